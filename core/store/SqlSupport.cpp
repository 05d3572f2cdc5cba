#include "store/SqlSupport.h"

Q_LOGGING_CATEGORY(dbx::lcStore, "dbx.store")

namespace dbx::sqlstore {

QString tr(const char *s) { return QCoreApplication::translate("dbx::SnapshotStore", s); }

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString sqlError(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    // SQLite's own words ("NOT NULL constraint failed: ...") without Qt's "Unable to fetch row".
    return tr("database error: %1").arg(e.databaseText().isEmpty() ? e.text() : e.databaseText());
}

} // namespace dbx::sqlstore
