#pragma once
// What the c1z writer, reader and compressor share: their translation context, their error, and
// one SQLite connection per file (store/ScopedConnection.h). Internal to core/conductorone.

#include "base/Expected.h"
#include "store/ScopedConnection.h"

#include <QString>

namespace dbx {
namespace c1 {
namespace c1zinternal {

QString tr(const char *s);
// A local failure with its sentence for the user.
Unexpected<Error> fail(Error::Kind kind, const QString &text);

} // namespace c1zinternal
} // namespace c1
} // namespace dbx
