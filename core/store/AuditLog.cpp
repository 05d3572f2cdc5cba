// The audit log of provisioning actions.
#include "store/RowCodec.h"
#include "store/StorePrivate.h"

namespace dbx {

using namespace sqlstore;

Expected<qint64> SnapshotStore::appendAudit(const AuditEntry &e)
{
    if (!d->open)
        return notOpen();
    const QString empty(QLatin1String(""));
    const Expected<QSqlQuery> q
        = runQuery(d->db,
                   QStringLiteral("INSERT INTO audit(at, admin, connection, action, target, object, details, outcome,"
                                  " message, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {e.at.isValid() ? e.at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch(), e.admin,
                    e.connection, e.action.isNull() ? empty : e.action, e.target, e.object, e.details,
                    e.outcome.isNull() ? empty : e.outcome, e.message, e.requestId});
    if (!q) {
        qCWarning(lcStore) << "cannot append to the audit log:" << q.error().detail;
        return unexpected(q.error());
    }
    return q->lastInsertId().toLongLong();
}

Expected<void> SnapshotStore::completeAudit(qint64 id, const QString &outcome, const QString &message,
                                            const QString &requestId, const QString &details)
{
    if (!d->open)
        return notOpen();
    const Expected<int> changed
        = runChange(d->db,
                    QStringLiteral("UPDATE audit SET outcome = ?, message = ?, request_id = ?,"
                                   " details = COALESCE(?, details) WHERE id = ?"
                                   " AND outcome = 'attempted'"),
                    {outcome, message, requestId, details.isEmpty() ? QVariant() : QVariant(details), id});
    if (!changed) {
        qCWarning(lcStore) << "cannot complete audit row" << id << ":" << changed.error().detail;
        return unexpected(changed.error());
    }
    if (*changed != 1)
        return fail(Error::Kind::NotFound, tr("audit row %1 is not an open attempt").arg(id));
    return {};
}

QVector<AuditEntry> SnapshotStore::audit(const AuditFilter &filter) const
{
    QVector<AuditEntry> out;
    if (!d->open)
        return out;
    QStringList where;
    QVariantList values;
    if (!filter.text.isEmpty()) {
        // The user's text is matched literally: % and _ are escaped, not wildcards.
        QString pattern = filter.text;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        where << QStringLiteral("(action LIKE ? ESCAPE '\\' OR target LIKE ? ESCAPE '\\'"
                                " OR object LIKE ? ESCAPE '\\' OR message LIKE ? ESCAPE '\\')");
        values << pattern << pattern << pattern << pattern;
    }
    if (!filter.outcome.isEmpty()) {
        where << QStringLiteral("outcome = ?");
        values << filter.outcome;
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("at >= ?");
        values << filter.since.toMSecsSinceEpoch();
    }
    QString sql = QStringLiteral("SELECT id, at, admin, connection, action, target, object, details, outcome,"
                                 " message, request_id FROM audit");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?");
    values << (filter.limit > 0 ? filter.limit : -1); // SQLite: a negative limit is no limit
    Expected<QSqlQuery> q = runQuery(d->db, sql, values);
    if (!q) {
        qCWarning(lcStore) << "audit:" << q.error().detail;
        return out;
    }
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = timeFrom(q->value(1));
        e.admin = q->value(2).toString();
        e.connection = q->value(3).toString();
        e.action = q->value(4).toString();
        e.target = q->value(5).toString();
        e.object = q->value(6).toString();
        e.details = q->value(7).toString();
        e.outcome = q->value(8).toString();
        e.message = q->value(9).toString();
        e.requestId = q->value(10).toString();
        out.push_back(e);
    }
    return out;
}

} // namespace dbx
