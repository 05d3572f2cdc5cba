#include "conductorone/C1z.h"

#include "conductorone/C1Log.h"
#include "conductorone/Ksuid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <zstd.h>

#include <memory>

namespace dbx {
namespace c1 {

namespace {

const char *const kCtx = "dbx::c1::C1z";
QString tr(const char *s) { return QCoreApplication::translate(kCtx, s); }

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// One QSqlDatabase connection for the lifetime of the object; removed afterwards so that the
// connection name can be reused and the file closed before it is compressed or deleted.
class ScopedDb
{
public:
    explicit ScopedDb(const QString &path)
        : m_name(QStringLiteral("dbx-c1z-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
    }
    ~ScopedDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedDb(const ScopedDb &) = delete;
    ScopedDb &operator=(const ScopedDb &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    setError(error, tr("The c1z database could not be written: %1").arg(q.lastError().text()));
    return false;
}

QByteArray blob(const google::protobuf::MessageLite &m)
{
    const std::string s = serializeDeterministic(m);
    return QByteArray(s.data(), qsizetype(s.size()));
}

struct Inserter {
    QSqlQuery query;
    QString *error;
    qint64 rows = 0;

    bool run(std::initializer_list<QVariant> values)
    {
        for (const QVariant &v : values)
            query.addBindValue(v);
        if (!query.exec()) {
            setError(error, tr("The c1z database could not be written: %1").arg(query.lastError().text()));
            return false;
        }
        ++rows;
        return true;
    }
};

bool prepare(Inserter *ins, const QString &sql)
{
    if (ins->query.prepare(sql))
        return true;
    setError(ins->error, tr("The c1z database could not be written: %1").arg(ins->query.lastError().text()));
    return false;
}

bool writeDatabase(const Snapshot &snapshot, const QString &dbPath, const QString &syncId,
                   const QDateTime &startedAt, const QDateTime &endedAt, QString *error)
{
    ScopedDb scoped(dbPath);
    QSqlDatabase db = scoped.db();
    if (!db.open()) {
        setError(error, tr("The c1z database could not be created: %1").arg(db.lastError().text()));
        return false;
    }
    QSqlQuery q(db);
    // DELETE journal: nothing lives beside the file once it is closed, so the file alone is the
    // whole database when it is compressed.
    if (!exec(q, QStringLiteral("PRAGMA journal_mode=DELETE"), error)
        || !exec(q, QStringLiteral("PRAGMA synchronous=OFF"), error))
        return false;
    for (const QString &statement : c1z::schemaStatements()) {
        if (!exec(q, statement, error))
            return false;
    }
    if (!db.transaction()) {
        setError(error, tr("The c1z database could not be written: %1").arg(db.lastError().text()));
        return false;
    }

    const QString discovered = c1z::formatTimestamp(QDateTime::currentDateTime());

    // Resource types.
    {
        Inserter ins{QSqlQuery(db), error};
        if (!prepare(&ins, QStringLiteral("INSERT OR IGNORE INTO v1_resource_types "
                                          "(external_id, data, sync_id, discovered_at) VALUES (?, ?, ?, ?)")))
            return false;
        for (const v2::ResourceType &t : syncedResourceTypes()) {
            if (!ins.run({fromStd(t.id()), blob(t), syncId, discovered}))
                return false;
        }
    }

    // Resources and entitlements; grants need the full group/role resources again.
    QHash<QString, v2::Resource> groups;
    QHash<QString, v2::Resource> roles;
    {
        Inserter res{QSqlQuery(db), error};
        Inserter ent{QSqlQuery(db), error};
        if (!prepare(&res, QStringLiteral("INSERT OR IGNORE INTO v1_resources (resource_type_id, external_id, "
                                          "parent_resource_type_id, parent_resource_id, data, sync_id, "
                                          "discovered_at) VALUES (?, ?, NULL, NULL, ?, ?, ?)"))
            || !prepare(&ent, QStringLiteral("INSERT OR IGNORE INTO v1_entitlements (resource_type_id, "
                                             "resource_id, external_id, data, sync_id, discovered_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?)")))
            return false;

        auto putResource = [&](const v2::Resource &r) {
            const QString type = fromStd(r.id().resource_type());
            return res.run({type, type + QLatin1Char(':') + fromStd(r.id().resource()), blob(r), syncId,
                            discovered});
        };
        auto putEntitlement = [&](const v2::Entitlement &e) {
            return ent.run({fromStd(e.resource().id().resource_type()), fromStd(e.resource().id().resource()),
                            fromStd(e.id()), blob(e), syncId, discovered});
        };

        for (const Account &a : snapshot.accounts) {
            if (!putResource(userResource(a)))
                return false;
        }
        for (const Role &r : snapshot.roles) {
            const v2::Resource resource = roleResource(r);
            roles.insert(r.id, resource);
            if (!putResource(resource) || !putEntitlement(roleEntitlement(resource)))
                return false;
        }
        for (const Group &g : snapshot.groups) {
            const v2::Resource resource = groupResource(g);
            groups.insert(g.id, resource);
            if (!putResource(resource) || !putEntitlement(groupEntitlement(resource, AccessType::Member))
                || !putEntitlement(groupEntitlement(resource, AccessType::Owner)))
                return false;
        }
    }

    // Grants.
    {
        Inserter ins{QSqlQuery(db), error};
        if (!prepare(&ins, QStringLiteral("INSERT OR IGNORE INTO v1_grants (resource_type_id, resource_id, "
                                          "entitlement_id, principal_resource_type_id, principal_resource_id, "
                                          "external_id, expansion, needs_expansion, data, sync_id, discovered_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, NULL, 0, ?, ?, ?)")))
            return false;
        int orphans = 0;
        for (const Grant &g : grantsOf(snapshot)) {
            const QHash<QString, v2::Resource> &known = g.resourceType == resource_type::role() ? roles : groups;
            v2::Resource resource;
            const auto it = known.constFind(g.resourceId);
            if (it != known.constEnd()) {
                resource = *it;
            } else {
                // A membership of something the snapshot does not list: keep the grant, with the
                // bare id as the resource (what a slim row would give a reader anyway).
                ++orphans;
                resource.mutable_id()->set_resource_type(toStd(g.resourceType));
                resource.mutable_id()->set_resource(toStd(g.resourceId));
            }
            const v2::Grant msg = grantMessage(resource, g.slug, g.teamMemberId);
            if (!ins.run({g.resourceType, g.resourceId, g.entitlementId(), resource_type::user(), g.teamMemberId,
                          g.id(), blob(msg), syncId, discovered}))
                return false;
        }
        if (orphans > 0)
            qCWarning(lcC1) << "c1z: grants of unlisted groups or roles:" << orphans;
    }

    // The sync run, finished.
    {
        Inserter ins{QSqlQuery(db), error};
        if (!prepare(&ins, QStringLiteral("INSERT INTO v1_sync_runs (sync_id, started_at, ended_at, sync_token, "
                                          "sync_type, parent_sync_id, linked_sync_id, grants_backfilled) "
                                          "VALUES (?, ?, ?, '', 'full', '', '', 1)"))
            || !ins.run({syncId, c1z::formatTimestamp(startedAt), c1z::formatTimestamp(endedAt)}))
            return false;
    }

    if (!db.commit()) {
        setError(error, tr("The c1z database could not be written: %1").arg(db.lastError().text()));
        return false;
    }
    db.close();
    return true;
}

// ---------------------------------------------------------------------------------------
// Reading

QString text(const QSqlRecord &rec, const char *field)
{
    const int i = rec.indexOf(QLatin1String(field));
    return i < 0 ? QString() : rec.value(i).toString();
}

template <class T>
bool parseRows(QSqlDatabase db, const QString &table, const QString &syncId, std::vector<T> *out,
               QStringList *ids, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT external_id, data FROM %1 WHERE sync_id = ? ORDER BY id").arg(table));
    q.addBindValue(syncId);
    if (!q.exec()) {
        setError(error, tr("The c1z file could not be read: %1").arg(q.lastError().text()));
        return false;
    }
    while (q.next()) {
        const QByteArray data = q.value(1).toByteArray();
        T msg;
        if (!msg.ParseFromArray(data.constData(), int(data.size()))) {
            setError(error, tr("The c1z file holds a row it cannot decode (%1, %2).")
                                .arg(table, q.value(0).toString()));
            return false;
        }
        out->push_back(std::move(msg));
        ids->append(q.value(0).toString());
    }
    return true;
}

bool readDatabase(const QString &dbPath, C1zContents *out, const QString &wantedSync, QString *error)
{
    ScopedDb scoped(dbPath);
    QSqlDatabase db = scoped.db();
    if (!db.open()) {
        setError(error, tr("The c1z database could not be opened: %1").arg(db.lastError().text()));
        return false;
    }
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        out->journalMode = q.value(0).toString().toLower();
    if (!q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))) {
        setError(error, tr("The c1z file is not a SQLite database: %1").arg(q.lastError().text()));
        return false;
    }
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("table"))
            out->tables.append(q.value(1).toString());
        else if (q.value(0).toString() == QLatin1String("index"))
            out->indexes.append(q.value(1).toString());
    }
    out->tables.sort();
    out->indexes.sort();
    for (const char *needed : {"v1_resource_types", "v1_resources", "v1_entitlements", "v1_grants",
                               "v1_sync_runs"}) {
        if (!out->tables.contains(QLatin1String(needed))) {
            setError(error, tr("The c1z file has no %1 table: it is not a baton sync file.")
                                .arg(QLatin1String(needed)));
            return false;
        }
    }

    // Sync runs: columns were added over the years, so read whatever the file has.
    if (!q.exec(QStringLiteral("SELECT * FROM v1_sync_runs ORDER BY id"))) {
        setError(error, tr("The c1z file could not be read: %1").arg(q.lastError().text()));
        return false;
    }
    while (q.next()) {
        const QSqlRecord rec = q.record();
        C1zSyncRun run;
        run.syncId = text(rec, "sync_id");
        run.startedAt = text(rec, "started_at");
        run.endedAt = text(rec, "ended_at");
        run.syncToken = text(rec, "sync_token");
        run.syncType = rec.indexOf(QLatin1String("sync_type")) < 0 ? QStringLiteral("full")
                                                                     : text(rec, "sync_type");
        run.parentSyncId = text(rec, "parent_sync_id");
        out->syncRuns.append(run);
    }

    QString syncId = wantedSync;
    if (syncId.isEmpty()) {
        // baton's choice: newest finished full sync, ties broken by the (time-ordered) sync id.
        const C1zSyncRun *best = nullptr;
        auto newer = [](const C1zSyncRun &a, const C1zSyncRun *b) {
            if (!b)
                return true;
            const QString ea = a.finished() ? a.endedAt : a.startedAt;
            const QString eb = b->finished() ? b->endedAt : b->startedAt;
            return ea != eb ? ea > eb : a.syncId > b->syncId;
        };
        for (const C1zSyncRun &r : qAsConst(out->syncRuns)) {
            if (r.finished() && r.syncType == QLatin1String("full") && newer(r, best))
                best = &r;
        }
        if (!best) {
            for (const C1zSyncRun &r : qAsConst(out->syncRuns)) {
                if (r.finished() && newer(r, best))
                    best = &r;
            }
        }
        if (!best) {
            for (const C1zSyncRun &r : qAsConst(out->syncRuns)) {
                if (newer(r, best))
                    best = &r;
            }
        }
        if (!best) {
            setError(error, tr("The c1z file holds no sync run."));
            return false;
        }
        syncId = best->syncId;
    }
    out->syncId = syncId;

    if (!parseRows(db, QStringLiteral("v1_resource_types"), syncId, &out->resourceTypes, &out->resourceTypeIds, error)
        || !parseRows(db, QStringLiteral("v1_resources"), syncId, &out->resources, &out->resourceExternalIds, error)
        || !parseRows(db, QStringLiteral("v1_entitlements"), syncId, &out->entitlements, &out->entitlementIds, error))
        return false;

    // Grants: newer SDKs may write "slim" blobs without entitlement and principal; the columns
    // carry them, as baton's own reader hydrates them.
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT external_id, entitlement_id, resource_type_id, resource_id, "
                             "principal_resource_type_id, principal_resource_id, data FROM v1_grants "
                             "WHERE sync_id = ? ORDER BY id"));
    q.addBindValue(syncId);
    if (!q.exec()) {
        setError(error, tr("The c1z file could not be read: %1").arg(q.lastError().text()));
        return false;
    }
    while (q.next()) {
        C1zGrantColumns cols;
        cols.externalId = q.value(0).toString();
        cols.entitlementId = q.value(1).toString();
        cols.resourceTypeId = q.value(2).toString();
        cols.resourceId = q.value(3).toString();
        cols.principalResourceTypeId = q.value(4).toString();
        cols.principalResourceId = q.value(5).toString();
        const QByteArray data = q.value(6).toByteArray();
        v2::Grant g;
        if (!g.ParseFromArray(data.constData(), int(data.size()))) {
            setError(error, tr("The c1z file holds a row it cannot decode (%1, %2).")
                                .arg(QStringLiteral("v1_grants"), cols.externalId));
            return false;
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
    return true;
}

} // namespace

// ---------------------------------------------------------------------------------------

namespace c1z {

QByteArray magicV1()
{
    return QByteArray("C1ZF\0", 5);
}

QByteArray magicV3()
{
    return QByteArray("C1Z3\0", 5);
}

QString formatTimestamp(const QDateTime &t)
{
    // Go's "2006-01-02 15:04:05.999999999" on a local time: the fraction loses its trailing
    // zeros, and its dot when nothing is left. Qt keeps milliseconds, so at most 3 digits.
    const QDateTime local = t.toLocalTime();
    QString out = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    int ms = local.time().msec();
    if (ms > 0) {
        QString frac = QStringLiteral("%1").arg(ms, 3, 10, QLatin1Char('0'));
        while (frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
        out += QLatin1Char('.') + frac;
    }
    return out;
}

QStringList schemaStatements()
{
    // baton-sdk pkg/dotc1z, table by table in its order (resource types, resources,
    // entitlements, sync runs, grants, assets, connector sessions), then the indexes its
    // migrations add. Whitespace kept: SQLite stores the text and tools compare it.
    return {
        QStringLiteral("create table if not exists v1_resource_types (\n"
                       "    id integer primary key,\n"
                       "    external_id text not null,\n"
                       "    data blob not null,\n"
                       "    sync_id text not null,\n"
                       "    discovered_at datetime not null\n"
                       ")"),
        QStringLiteral("create unique index if not exists idx_resource_types_external_sync_v1 on "
                       "v1_resource_types (external_id, sync_id)"),

        QStringLiteral("create table if not exists v1_resources (\n"
                       "    id integer primary key,\n"
                       "    resource_type_id text not null,\n"
                       "    external_id text not null,\n"
                       "\tparent_resource_type_id text,\n"
                       "\tparent_resource_id text,\n"
                       "    data blob not null,\n"
                       "    sync_id text not null,\n"
                       "    discovered_at datetime not null\n"
                       ")"),
        // baton's index names here do not match their columns (its format arguments are in
        // another order than its statements); the names are what readers look up, so keep them.
        QStringLiteral("create index if not exists idx_resources_resource_type_id_v1 on v1_resources "
                       "(resource_type_id)"),
        QStringLiteral("create index if not exists idx_resources_external_sync_v1 on v1_resources "
                       "(parent_resource_type_id, parent_resource_id)"),
        QStringLiteral("create unique index if not exists idx_resources_parent_resource_id_v1 on "
                       "v1_resources (external_id, sync_id)"),

        QStringLiteral("create table if not exists v1_entitlements (\n"
                       "    id integer primary key,\n"
                       "    resource_type_id text not null,\n"
                       "    resource_id text not null,\n"
                       "    external_id text not null,\n"
                       "    data blob not null,\n"
                       "    sync_id text not null,\n"
                       "    discovered_at datetime not null\n"
                       ")"),
        QStringLiteral("create index if not exists idx_entitlements_resource_id_v1 on v1_entitlements "
                       "(resource_type_id, resource_id)"),
        QStringLiteral("create unique index if not exists idx_entitlements_external_sync_v1 on "
                       "v1_entitlements (external_id, sync_id)"),

        QStringLiteral("create table if not exists v1_sync_runs (\n"
                       "    id integer primary key,\n"
                       "    sync_id text not null,\n"
                       "    started_at datetime not null,\n"
                       "    ended_at datetime,\n"
                       "    sync_token text not null,\n"
                       "    sync_type text not null default 'full',\n"
                       "    parent_sync_id text not null default '',\n"
                       "    linked_sync_id text not null default '',\n"
                       "    supports_diff integer not null default 0,\n"
                       "    grants_backfilled integer not null default 0,\n"
                       "\t\tstats text,\n"
                       "    ingest_invariant_generation text not null default '',\n"
                       "    ingest_invariant_coverage text not null default '',\n"
                       "    ingest_invariant_mode text not null default ''\n"
                       ")"),
        QStringLiteral("create unique index if not exists idx_sync_runs_sync_id_v1 on v1_sync_runs (sync_id)"),

        QStringLiteral("create table if not exists v1_grants (\n"
                       "    id integer primary key,\n"
                       "\tresource_type_id text not null,\n"
                       "    resource_id text not null,\n"
                       "    entitlement_id text not null,\n"
                       "    principal_resource_type_id text not null,\n"
                       "    principal_resource_id text not null,\n"
                       "    external_id text not null,\n"
                       "    expansion blob,                             -- Serialized GrantExpandable "
                       "proto; NULL if grant is not expandable.\n"
                       "    needs_expansion integer not null default 0, -- 1 if grant should be "
                       "processed during expansion.\n"
                       "    data blob not null,\n"
                       "    sync_id text not null,\n"
                       "    discovered_at datetime not null\n"
                       ")"),
        QStringLiteral("create index if not exists idx_grants_resource_type_id_resource_id_v1 on v1_grants "
                       "(resource_type_id, resource_id)"),
        QStringLiteral("create index if not exists idx_grants_principal_id_v1 on v1_grants "
                       "(principal_resource_type_id, principal_resource_id)"),
        QStringLiteral("create index if not exists idx_grants_entitlement_id_principal_id_v1 on v1_grants "
                       "(entitlement_id, principal_resource_type_id, principal_resource_id)"),
        QStringLiteral("create unique index if not exists idx_grants_external_sync_v1 on v1_grants "
                       "(external_id, sync_id)"),
        QStringLiteral("create index if not exists idx_grants_entitlement_sync_grant_v1 on v1_grants "
                       "(entitlement_id, sync_id, id)"),

        QStringLiteral("create table if not exists v1_assets (\n"
                       "    id integer primary key,\n"
                       "    external_id text not null,\n"
                       "    content_type text not null,\n"
                       "    data blob not null,\n"
                       "    sync_id text not null,\n"
                       "    discovered_at datetime not null\n"
                       ")"),
        QStringLiteral("create unique index if not exists idx_assets_external_sync_v1 on v1_assets "
                       "(external_id, sync_id)"),

        QStringLiteral("CREATE TABLE IF NOT EXISTS v1_connector_sessions (\n"
                       "    id integer primary key,\n"
                       "\tsync_id text NOT NULL,\n"
                       "\tkey TEXT NOT NULL,\n"
                       "\tvalue BLOB NOT NULL\n"
                       ")"),
        QStringLiteral("create unique index if not exists idx_session_store_sync_key_v1 on "
                       "v1_connector_sessions (sync_id, key)"),

        // Added by the grants migration; present so that opening the file migrates nothing.
        QStringLiteral("create index if not exists idx_grants_sync_expansion_v1 on v1_grants (sync_id) "
                       "where expansion is not null"),
        QStringLiteral("create index if not exists idx_grants_sync_needs_expansion_v1 on v1_grants (sync_id) "
                       "where needs_expansion = 1"),
    };
}

bool compress(const QString &dbPath, const QString &c1zPath, int level, QString *error)
{
    QFile in(dbPath);
    if (!in.open(QIODevice::ReadOnly)) {
        setError(error, tr("The c1z database could not be read: %1").arg(in.errorString()));
        return false;
    }
    QSaveFile out(c1zPath);
    if (!out.open(QIODevice::WriteOnly)) {
        setError(error, tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(c1zPath), out.errorString()));
        return false;
    }
    const std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> cctx(ZSTD_createCCtx(), &ZSTD_freeCCtx);
    if (!cctx) {
        setError(error, tr("The zstd compressor could not be created."));
        return false;
    }
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_checksumFlag, 1);
    // The size goes into the frame header, as baton records it (Frame_Content_Size).
    ZSTD_CCtx_setPledgedSrcSize(cctx.get(), quint64(in.size()));

    if (out.write(magicV1()) != magicV1().size()) {
        setError(error, tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(c1zPath), out.errorString()));
        return false;
    }
    QByteArray inBuf(qsizetype(ZSTD_CStreamInSize()), Qt::Uninitialized);
    QByteArray outBuf(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized);
    qint64 remaining = in.size();
    bool finished = false;
    while (!finished) {
        const qint64 got = in.read(inBuf.data(), inBuf.size());
        if (got < 0) {
            setError(error, tr("The c1z database could not be read: %1").arg(in.errorString()));
            return false;
        }
        remaining -= got;
        const bool last = remaining <= 0 || got == 0;
        const ZSTD_EndDirective mode = last ? ZSTD_e_end : ZSTD_e_continue;
        ZSTD_inBuffer input{inBuf.constData(), size_t(got), 0};
        bool done = false;
        while (!done) {
            ZSTD_outBuffer output{outBuf.data(), size_t(outBuf.size()), 0};
            const size_t left = ZSTD_compressStream2(cctx.get(), &output, &input, mode);
            if (ZSTD_isError(left)) {
                setError(error, tr("Compressing the c1z failed: %1").arg(QString::fromLatin1(ZSTD_getErrorName(left))));
                return false;
            }
            if (out.write(outBuf.constData(), qint64(output.pos)) != qint64(output.pos)) {
                setError(error, tr("%1 could not be written: %2")
                                    .arg(QDir::toNativeSeparators(c1zPath), out.errorString()));
                return false;
            }
            done = last ? left == 0 : input.pos == input.size;
        }
        finished = last;
    }
    if (!out.commit()) {
        setError(error, tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(c1zPath), out.errorString()));
        return false;
    }
    return true;
}

bool decompress(const QString &c1zPath, const QString &dbPath, QString *error, qint64 maxBytes)
{
    QFile in(c1zPath);
    if (!in.open(QIODevice::ReadOnly)) {
        setError(error, tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(c1zPath), in.errorString()));
        return false;
    }
    const QByteArray magic = in.read(5);
    if (magic == magicV3()) {
        setError(error, tr("%1 is a c1z of format v3 (Pebble), which this application does not read; "
                           "baton writes format v1 with --storage-engine sqlite.")
                            .arg(QDir::toNativeSeparators(c1zPath)));
        return false;
    }
    if (magic != magicV1()) {
        setError(error, tr("%1 is not a c1z file (it does not start with C1ZF).").arg(QDir::toNativeSeparators(c1zPath)));
        return false;
    }
    QFile out(dbPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        setError(error, tr("The c1z database could not be unpacked: %1").arg(out.errorString()));
        return false;
    }
    const std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> dctx(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    if (!dctx) {
        setError(error, tr("The zstd decompressor could not be created."));
        return false;
    }
    // baton's decoder allows windows up to 128 MiB; so do we.
    ZSTD_DCtx_setParameter(dctx.get(), ZSTD_d_windowLogMax, 27);
    QByteArray inBuf(qsizetype(ZSTD_DStreamInSize()), Qt::Uninitialized);
    QByteArray outBuf(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    qint64 total = 0;
    size_t lastRet = 1;
    bool sawInput = false;
    for (;;) {
        const qint64 got = in.read(inBuf.data(), inBuf.size());
        if (got < 0) {
            setError(error, tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(c1zPath), in.errorString()));
            return false;
        }
        if (got == 0)
            break;
        sawInput = true;
        ZSTD_inBuffer input{inBuf.constData(), size_t(got), 0};
        while (input.pos < input.size) {
            ZSTD_outBuffer output{outBuf.data(), size_t(outBuf.size()), 0};
            lastRet = ZSTD_decompressStream(dctx.get(), &output, &input);
            if (ZSTD_isError(lastRet)) {
                setError(error, tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(c1zPath),
                                                           QString::fromLatin1(ZSTD_getErrorName(lastRet))));
                return false;
            }
            total += qint64(output.pos);
            if (total > maxBytes) {
                setError(error, tr("%1 unpacks to more than %2 bytes, the limit.")
                                    .arg(QDir::toNativeSeparators(c1zPath)).arg(maxBytes));
                return false;
            }
            if (out.write(outBuf.constData(), qint64(output.pos)) != qint64(output.pos)) {
                setError(error, tr("The c1z database could not be unpacked: %1").arg(out.errorString()));
                return false;
            }
        }
    }
    if (!sawInput || lastRet != 0) {
        setError(error, tr("%1 is truncated: its compressed database ends early.").arg(QDir::toNativeSeparators(c1zPath)));
        return false;
    }
    if (!out.flush()) {
        setError(error, tr("The c1z database could not be unpacked: %1").arg(out.errorString()));
        return false;
    }
    return true;
}

} // namespace c1z

// ---------------------------------------------------------------------------------------

bool writeC1z(const Snapshot &snapshot, const QString &path, QString *error, const C1zWriteOptions &options,
              QString *syncIdOut)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime started = options.startedAt.isValid() ? options.startedAt
                              : snapshot.startedAt.isValid() ? snapshot.startedAt
                                                             : now;
    const QDateTime ended = options.endedAt.isValid() ? options.endedAt
                            : snapshot.finishedAt.isValid() ? snapshot.finishedAt
                                                            : now;
    const QString syncId = options.syncId.isEmpty() ? Ksuid::generate(started) : options.syncId;

    QTemporaryDir tmp(QDir(options.tempDir.isEmpty() ? QDir::tempPath() : options.tempDir)
                          .filePath(QStringLiteral("dbx-c1z-XXXXXX")));
    if (!tmp.isValid()) {
        setError(error, tr("No temporary folder for the c1z database: %1").arg(tmp.errorString()));
        return false;
    }
    const QString dbPath = tmp.filePath(QStringLiteral("db"));
    if (!writeDatabase(snapshot, dbPath, syncId, started, ended, error))
        return false;
    for (const char *suffix : {"-wal", "-journal"}) {
        if (QFileInfo::exists(dbPath + QLatin1String(suffix))) {
            setError(error, tr("The c1z database was not closed cleanly (%1 left behind).")
                                .arg(QLatin1String(suffix)));
            return false;
        }
    }
    if (!c1z::compress(dbPath, path, options.compressionLevel, error))
        return false;
    qCInfo(lcC1) << "c1z written:" << QDir::toNativeSeparators(path) << "sync" << syncId << "accounts"
                 << snapshot.accounts.size() << "groups" << snapshot.groups.size() << "roles"
                 << snapshot.roles.size() << "bytes" << QFileInfo(path).size();
    if (syncIdOut)
        *syncIdOut = syncId;
    return true;
}

bool readC1z(const QString &path, C1zContents *out, QString *error, const QString &syncId)
{
    *out = C1zContents();
    QTemporaryDir tmp(QDir(QDir::tempPath()).filePath(QStringLiteral("dbx-c1z-XXXXXX")));
    if (!tmp.isValid()) {
        setError(error, tr("No temporary folder to unpack the c1z: %1").arg(tmp.errorString()));
        return false;
    }
    const QString dbPath = tmp.filePath(QStringLiteral("db"));
    if (!c1z::decompress(path, dbPath, error))
        return false;
    out->formatVersion = 1;
    out->databaseBytes = QFileInfo(dbPath).size();
    return readDatabase(dbPath, out, syncId, error);
}

} // namespace c1
} // namespace dbx
