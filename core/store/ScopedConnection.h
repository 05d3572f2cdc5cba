#pragma once
// One named QSqlDatabase connection (QSQLITE) to a file for the lifetime of the object, closed and
// removed afterwards: the file can then be compressed, moved or deleted, and no later connection
// inherits the name by mistake.

#include <QSqlDatabase>
#include <QString>

namespace dbx {

class ScopedConnection
{
public:
    // prefix says whose connection it is ("dbx-c1z-"); a fresh UUID makes the name unique. The
    // connection is not opened: set its options first.
    ScopedConnection(const QString &prefix, const QString &path);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace dbx
