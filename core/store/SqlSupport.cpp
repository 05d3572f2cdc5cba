#include "store/SqlSupport.h"

#include <QSqlError>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(dbx::lcStore, "dbx.store")

namespace dbx::sqlstore {

namespace {
// SQLite counts every allocation it makes (for sqlite3_memory_used() and a soft heap limit,
// neither used here) under one mutex for the whole process: each malloc and free of every
// connection on every thread takes it. Off, the sync's writer spends about 4% less of its time
// in mutexes (perf, 100k members), and the c1z writer's threads no longer take it at all.
// sqlite3_config() only works before SQLite initializes, so this runs when the program loads,
// before any connection is opened; were it too late, SQLite would refuse and nothing change.
[[maybe_unused]] const int kAllocationCountsOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
} // namespace

QString tr(const char *s) { return QCoreApplication::translate("dbx::SnapshotStore", s); }

Error sqlFailure(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    // SQLite's own words ("NOT NULL constraint failed: ...") without Qt's "Unable to fetch row".
    return Error::make(Error::Kind::Database,
                       tr("database error: %1").arg(e.databaseText().isEmpty() ? e.text() : e.databaseText()),
                       e.text());
}

Unexpected<Error> notOpen() { return fail(Error::Kind::Invalid, tr("the snapshot database is not open")); }

Expected<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return unexpected(sqlFailure(q));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return unexpected(sqlFailure(q));
    return q;
}

Expected<void> runStatement(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    const Expected<QSqlQuery> q = runQuery(db, sql, values);
    if (!q)
        return unexpected(q.error());
    return {};
}

Expected<int> runChange(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    const Expected<QSqlQuery> q = runQuery(db, sql, values);
    if (!q)
        return unexpected(q.error());
    return q->numRowsAffected();
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStore) << "rollback failed:" << q.lastError().text();
    }
}

Expected<void> Transaction::begin(Mode mode)
{
    const Expected<void> done
        = runStatement(m_db, mode == Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_active = done.has_value();
    return done;
}

Expected<void> Transaction::commit()
{
    Expected<void> done = runStatement(m_db, QStringLiteral("COMMIT"));
    if (done)
        m_active = false;
    return done;
}

} // namespace dbx::sqlstore
