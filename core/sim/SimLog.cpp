#include "sim/SimLog.h"

namespace dbx {
namespace sim {
Q_LOGGING_CATEGORY(lcSim, "dbx.sim")
} // namespace sim
} // namespace dbx
