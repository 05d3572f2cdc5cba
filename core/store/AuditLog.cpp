// The audit log of provisioning actions.
#include "store/RowCodec.h"
#include "store/StorePrivate.h"

namespace dbx {

using namespace sqlstore;

qint64 SnapshotStore::appendAudit(const AuditEntry &e, QString *error)
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return 0;
    }
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT INTO audit(at, admin, connection, action, target, object, details, outcome,"
                             " message, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int i = 0;
    q.bindValue(i++, e.at.isValid() ? e.at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    q.bindValue(i++, e.admin);
    q.bindValue(i++, e.connection);
    q.bindValue(i++, e.action.isNull() ? QString(QLatin1String("")) : e.action);
    q.bindValue(i++, e.target);
    q.bindValue(i++, e.object);
    q.bindValue(i++, e.details);
    q.bindValue(i++, e.outcome.isNull() ? QString(QLatin1String("")) : e.outcome);
    q.bindValue(i++, e.message);
    q.bindValue(i++, e.requestId);
    if (!q.exec()) {
        setError(error, sqlError(q));
        qCWarning(lcStore) << "cannot append to the audit log:" << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool SnapshotStore::completeAudit(qint64 id, const QString &outcome, const QString &message,
                                  const QString &requestId, const QString &details, QString *error)
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return false;
    }
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("UPDATE audit SET outcome = ?, message = ?, request_id = ?,"
                             " details = COALESCE(?, details) WHERE id = ? AND outcome = 'attempted'"));
    q.bindValue(0, outcome);
    q.bindValue(1, message);
    q.bindValue(2, requestId);
    q.bindValue(3, details.isEmpty() ? QVariant() : QVariant(details));
    q.bindValue(4, id);
    if (!q.exec()) {
        setError(error, sqlError(q));
        qCWarning(lcStore) << "cannot complete audit row" << id << ":" << q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        setError(error, tr("audit row %1 is not an open attempt").arg(id));
        return false;
    }
    return true;
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
    values << (filter.limit > 0 ? filter.limit : -1);   // SQLite: a negative limit is no limit
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        qCWarning(lcStore) << "audit:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = timeFrom(q.value(1));
        e.admin = q.value(2).toString();
        e.connection = q.value(3).toString();
        e.action = q.value(4).toString();
        e.target = q.value(5).toString();
        e.object = q.value(6).toString();
        e.details = q.value(7).toString();
        e.outcome = q.value(8).toString();
        e.message = q.value(9).toString();
        e.requestId = q.value(10).toString();
        out.push_back(e);
    }
    return out;
}

} // namespace dbx
