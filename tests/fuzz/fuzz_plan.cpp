// Fuzz target: CSV plan parsing (core/provision/Plan.h): parse, preview against an empty team,
// write the report.

#include "FuzzCommon.h"
#include "provision/Plan.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dbx;
    Plan plan = parsePlan(fuzz::bytes(data, size), QStringLiteral("fuzz.csv"));
    if (plan.isValid()) {
        previewPlan(&plan, TeamState());
        (void)planReport(plan);
        for (const PlanRow &row : plan.rows) {
            (void)row.status();
            (void)row.message();
        }
    }
    return 0;
}
