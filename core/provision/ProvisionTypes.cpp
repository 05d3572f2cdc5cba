#include "provision/ProvisionTypes.h"

namespace dbx {

OutcomeCounts countOutcomes(const QVector<OperationResult> &results)
{
    OutcomeCounts c;
    for (const OperationResult &r : results) {
        switch (r.outcome) {
        case Outcome::Success: ++c.success; break;
        case Outcome::NoChange: ++c.noChange; break;
        case Outcome::Failed:
        case Outcome::Invalid: ++c.failed; break;
        case Outcome::Cancelled: ++c.cancelled; break;
        case Outcome::Unknown: ++c.unknown; break;
        }
    }
    return c;
}

} // namespace dbx
