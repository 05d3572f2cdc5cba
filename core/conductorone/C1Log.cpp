#include "conductorone/C1Log.h"

namespace dbx {
namespace c1 {
Q_LOGGING_CATEGORY(lcC1, "dbx.c1")
} // namespace c1
} // namespace dbx
