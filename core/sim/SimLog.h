#pragma once

#include <QLoggingCategory>

namespace dbx {
namespace sim {
Q_DECLARE_LOGGING_CATEGORY(lcSim)
} // namespace sim
} // namespace dbx
