#pragma once
// What the c1z writer, reader and compressor share: their translation context, their error, and
// one SQLite connection per file. Internal to core/conductorone.

#include "base/Expected.h"

#include <QSqlDatabase>
#include <QString>

namespace dbx {
namespace c1 {
namespace c1zinternal {

QString tr(const char *s);
// A local failure with its sentence for the user.
Unexpected<Error> fail(Error::Kind kind, const QString &text);

// One QSqlDatabase connection for the lifetime of the object; removed afterwards so that the
// connection name can be reused and the file closed before it is compressed or deleted.
class ScopedDb
{
public:
    explicit ScopedDb(const QString &path);
    ~ScopedDb();
    ScopedDb(const ScopedDb &) = delete;
    ScopedDb &operator=(const ScopedDb &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace c1zinternal
} // namespace c1
} // namespace dbx
