#include "conductorone/C1zSqlite.h"

#include <QCoreApplication>

namespace dbx {
namespace c1 {
namespace c1zinternal {

namespace {
const char *const kCtx = "dbx::c1::C1z";
} // namespace

QString tr(const char *s) { return QCoreApplication::translate(kCtx, s); }

Unexpected<Error> fail(Error::Kind kind, const QString &text) { return unexpected(Error::make(kind, text)); }

} // namespace c1zinternal
} // namespace c1
} // namespace dbx
