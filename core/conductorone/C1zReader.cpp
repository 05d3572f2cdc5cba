#include "conductorone/C1z.h"
#include "conductorone/C1zSqlite.h"
#include "store/RowCodec.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace dbx {
namespace c1 {

using namespace c1zinternal;

namespace {

QString text(const QSqlRecord &rec, const char *field)
{
    const int i = rec.indexOf(QLatin1String(field));
    return i < 0 ? QString() : rec.value(i).toString();
}

template <class T>
Expected<void> parseRows(QSqlDatabase db, const QString &table, const QString &syncId, std::vector<T> *out,
                         QStringList *ids)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT external_id, data FROM %1 WHERE sync_id = ? ORDER BY id").arg(table));
    q.addBindValue(syncId);
    if (!q.exec())
        return fail(Error::Kind::Database, tr("The c1z file could not be read: %1").arg(q.lastError().text()));
    while (q.next()) {
        const QByteArray data = q.value(1).toByteArray();
        T msg;
        if (!msg.ParseFromArray(data.constData(), int(data.size()))) {
            return fail(Error::Kind::Invalid,
                        tr("The c1z file holds a row it cannot decode (%1, %2).").arg(table, q.value(0).toString()));
        }
        out->push_back(std::move(msg));
        ids->append(q.value(0).toString());
    }
    return {};
}

// baton's choice: newest finished full sync, ties broken by the (time-ordered) sync id; else the
// newest finished sync of any type; else the newest unfinished one. Empty when there is none.
QString chooseSyncRun(const QVector<C1zSyncRun> &runs)
{
    const C1zSyncRun *best = nullptr;
    auto newer = [](const C1zSyncRun &a, const C1zSyncRun *b) {
        if (!b)
            return true;
        const QString ea = a.finished() ? a.endedAt : a.startedAt;
        const QString eb = b->finished() ? b->endedAt : b->startedAt;
        return ea != eb ? ea > eb : a.syncId > b->syncId;
    };
    for (const C1zSyncRun &r : runs) {
        if (r.finished() && r.syncType == QLatin1String("full") && newer(r, best))
            best = &r;
    }
    if (!best) {
        for (const C1zSyncRun &r : runs) {
            if (r.finished() && newer(r, best))
                best = &r;
        }
    }
    if (!best) {
        for (const C1zSyncRun &r : runs) {
            if (newer(r, best))
                best = &r;
        }
    }
    return best ? best->syncId : QString();
}

Expected<void> readDatabase(const QString &dbPath, C1zContents *out, const QString &wantedSync)
{
    ScopedConnection scoped(QStringLiteral("dbx-c1z-"), dbPath);
    QSqlDatabase db = scoped.db();
    if (!db.open())
        return fail(Error::Kind::Database, tr("The c1z database could not be opened: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        out->journalMode = q.value(0).toString().toLower();
    if (!q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")))
        return fail(Error::Kind::Invalid, tr("The c1z file is not a SQLite database: %1").arg(q.lastError().text()));
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("table"))
            out->tables.append(q.value(1).toString());
        else if (q.value(0).toString() == QLatin1String("index"))
            out->indexes.append(q.value(1).toString());
    }
    out->tables.sort();
    out->indexes.sort();
    for (const char *needed : {"v1_resource_types", "v1_resources", "v1_entitlements", "v1_grants", "v1_sync_runs"}) {
        if (!out->tables.contains(QLatin1String(needed))) {
            return fail(Error::Kind::Invalid,
                        tr("The c1z file has no %1 table: it is not a baton sync file.").arg(QLatin1String(needed)));
        }
    }

    // Sync runs: columns were added over the years, so read whatever the file has.
    if (!q.exec(QStringLiteral("SELECT * FROM v1_sync_runs ORDER BY id")))
        return fail(Error::Kind::Database, tr("The c1z file could not be read: %1").arg(q.lastError().text()));
    while (q.next()) {
        const QSqlRecord rec = q.record();
        C1zSyncRun run;
        run.syncId = text(rec, "sync_id");
        run.startedAt = text(rec, "started_at");
        run.endedAt = text(rec, "ended_at");
        run.syncToken = text(rec, "sync_token");
        run.syncType = rec.indexOf(QLatin1String("sync_type")) < 0 ? QStringLiteral("full") : text(rec, "sync_type");
        run.parentSyncId = text(rec, "parent_sync_id");
        out->syncRuns.append(run);
    }

    QString syncId = wantedSync;
    if (syncId.isEmpty()) {
        syncId = chooseSyncRun(out->syncRuns);
        if (syncId.isEmpty())
            return fail(Error::Kind::Invalid, tr("The c1z file holds no sync run."));
    }
    out->syncId = syncId;

    Expected<void> rows
        = parseRows(db, QStringLiteral("v1_resource_types"), syncId, &out->resourceTypes, &out->resourceTypeIds);
    if (rows)
        rows = parseRows(db, QStringLiteral("v1_resources"), syncId, &out->resources, &out->resourceExternalIds);
    if (rows)
        rows = parseRows(db, QStringLiteral("v1_entitlements"), syncId, &out->entitlements, &out->entitlementIds);
    if (!rows)
        return rows;

    // Grants: newer SDKs may write "slim" blobs without entitlement and principal; the columns
    // carry them, as baton's own reader hydrates them.
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT external_id, entitlement_id, resource_type_id, resource_id, "
                             "principal_resource_type_id, principal_resource_id, data FROM v1_grants "
                             "WHERE sync_id = ? ORDER BY id"));
    q.addBindValue(syncId);
    if (!q.exec())
        return fail(Error::Kind::Database, tr("The c1z file could not be read: %1").arg(q.lastError().text()));
    while (q.next()) {
        C1zGrantColumns cols;
        sqlstore::readColumns(q, cols.externalId, cols.entitlementId, cols.resourceTypeId, cols.resourceId,
                              cols.principalResourceTypeId, cols.principalResourceId);
        const QByteArray data = q.value(6).toByteArray();
        v2::Grant g;
        if (!g.ParseFromArray(data.constData(), int(data.size()))) {
            return fail(Error::Kind::Invalid,
                        tr("The c1z file holds a row it cannot decode (%1, %2).")
                            .arg(QStringLiteral("v1_grants"), cols.externalId));
        }
        if (!g.has_entitlement()) {
            cols.slim = true;
            v2::Entitlement *e = g.mutable_entitlement();
            e->set_id(toStd(cols.entitlementId));
            e->mutable_resource()->mutable_id()->set_resource_type(toStd(cols.resourceTypeId));
            e->mutable_resource()->mutable_id()->set_resource(toStd(cols.resourceId));
        }
        if (!g.has_principal()) {
            cols.slim = true;
            g.mutable_principal()->mutable_id()->set_resource_type(toStd(cols.principalResourceTypeId));
            g.mutable_principal()->mutable_id()->set_resource(toStd(cols.principalResourceId));
        }
        if (g.id().empty())
            g.set_id(toStd(cols.externalId));
        out->grants.push_back(std::move(g));
        out->grantColumns.append(cols);
    }
    db.close();
    return {};
}

} // namespace

Expected<C1zContents> readC1z(const QString &path, const QString &syncId)
{
    QTemporaryDir tmp(QDir(QDir::tempPath()).filePath(QStringLiteral("dbx-c1z-XXXXXX")));
    if (!tmp.isValid())
        return fail(Error::Kind::Io, tr("No temporary folder to unpack the c1z: %1").arg(tmp.errorString()));
    const QString dbPath = tmp.filePath(QStringLiteral("db"));
    if (Expected<void> unpacked = c1z::decompress(path, dbPath); !unpacked)
        return unexpected(std::move(unpacked).error());
    C1zContents contents;
    contents.formatVersion = 1;
    contents.databaseBytes = QFileInfo(dbPath).size();
    if (Expected<void> read = readDatabase(dbPath, &contents, syncId); !read)
        return unexpected(std::move(read).error());
    return contents;
}

} // namespace c1
} // namespace dbx
