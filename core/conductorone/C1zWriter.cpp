#include "conductorone/C1Log.h"
#include "conductorone/C1z.h"
#include "conductorone/C1zSqlite.h"
#include "conductorone/Ksuid.h"
#include "store/RawQuery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace dbx {
namespace c1 {

using namespace c1zinternal;

namespace {

Unexpected<Error> writeFailed(const QString &sqliteText)
{
    return fail(Error::Kind::Database, tr("The c1z database could not be written: %1").arg(sqliteText));
}

Expected<void> exec(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return {};
    return writeFailed(q.lastError().text());
}

QByteArray blob(const google::protobuf::MessageLite &m)
{
    const std::string s = serializeDeterministic(m);
    return QByteArray(s.data(), qsizetype(s.size()));
}

// One value of a row: text (ids, times) or a blob (the protobuf message).
struct Arg {
    Arg(const QString &text) : bytes(text.toUtf8()), isText(true) {}
    Arg(QByteArray blob) : bytes(std::move(blob)) {}
    QByteArray bytes;
    bool isText = false;
};

// One prepared INSERT, run once a row, through SQLite's C API on the writer's Qt connection:
// a c1z of 100,000 members holds 600,000 rows, and Qt's driver would wrap each of their nine
// values in a QVariant and copy it again.
class Inserter
{
public:
    Inserter(const QSqlDatabase &db, const QString &sql) : m_db(sqlstore::sqliteHandle(db))
    {
        const QByteArray text = sql.toUtf8();
        if (m_db && sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
        }
    }
    ~Inserter() { sqlite3_finalize(m_stmt); }
    Inserter(const Inserter &) = delete;
    Inserter &operator=(const Inserter &) = delete;

    // Whether the statement could be prepared.
    Expected<void> ready() const
    {
        if (m_stmt)
            return {};
        return writeFailed(m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not an SQLite connection"));
    }

    // The row, unless a row with this key was inserted before: the unique indexes are made after
    // the rows (see writeDatabase), so the first row of a key wins here, as INSERT OR IGNORE
    // made it win with the index in place.
    Expected<void> runOnce(const QString &key, std::initializer_list<Arg> values)
    {
        if (m_seen.contains(key))
            return {};
        m_seen.insert(key);
        return run(values);
    }

    Expected<void> run(std::initializer_list<Arg> values)
    {
        int i = 1;
        // SQLITE_STATIC: the values outlive the step below, which is all SQLite needs them for.
        for (const Arg &v : values) {
            if (v.isText)
                sqlite3_bind_text(m_stmt, i++, v.bytes.constData(), int(v.bytes.size()), SQLITE_STATIC);
            else
                sqlite3_bind_blob(m_stmt, i++, v.bytes.constData(), int(v.bytes.size()), SQLITE_STATIC);
        }
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE)
            return writeFailed(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return {};
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QSet<QString> m_seen;
};

// The rows of one sync run, written table by table inside one transaction.
class RowWriter
{
public:
    RowWriter(const QSqlDatabase &db, const QString &syncId, C1zWriteOptions::Progress progress)
        : m_db(db), m_syncId(syncId), m_discovered(c1z::formatTimestamp(QDateTime::currentDateTime())),
          m_progress(std::move(progress))
    {}

    Expected<void> resourceTypes()
    {
        Inserter ins(m_db,
                     QStringLiteral("INSERT INTO v1_resource_types "
                                    "(external_id, data, sync_id, discovered_at) VALUES (?, ?, ?, ?)"));
        Expected<void> ok = ins.ready();
        for (const v2::ResourceType &t : syncedResourceTypes(m_licenses)) {
            if (ok)
                ok = ins.runOnce(fromStd(t.id()), {fromStd(t.id()), blob(t), m_syncId, m_discovered});
        }
        return ok;
    }

    // Resources and entitlements; grants need the full group/role resources again.
    Expected<void> resourcesAndEntitlements(const Snapshot &snapshot)
    {
        Inserter res(m_db,
                     QStringLiteral("INSERT INTO v1_resources (resource_type_id, external_id, "
                                    "parent_resource_type_id, parent_resource_id, data, sync_id, "
                                    "discovered_at) VALUES (?, ?, NULL, NULL, ?, ?, ?)"));
        Inserter ent(m_db,
                     QStringLiteral("INSERT INTO v1_entitlements (resource_type_id, "
                                    "resource_id, external_id, data, sync_id, discovered_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"));
        Expected<void> ok = res.ready();
        if (ok)
            ok = ent.ready();
        // Each put is skipped once something failed: the first failure is the one reported.
        auto putResource = [&](const v2::Resource &r) {
            const QString type = fromStd(r.id().resource_type());
            if (ok && wanted(type, fromStd(r.id().resource()))) {
                const QString key = type + QLatin1Char(':') + fromStd(r.id().resource());
                ok = res.runOnce(key, {type, key, blob(r), m_syncId, m_discovered});
            }
        };
        auto putEntitlement = [&](const v2::Entitlement &e) {
            if (ok && m_entitlements
                && wanted(fromStd(e.resource().id().resource_type()), fromStd(e.resource().id().resource()))) {
                ok = ent.runOnce(fromStd(e.id()),
                                 {fromStd(e.resource().id().resource_type()), fromStd(e.resource().id().resource()),
                                  fromStd(e.id()), blob(e), m_syncId, m_discovered});
            }
        };

        for (const Account &a : snapshot.accounts)
            putResource(userResource(a));
        for (const Role &r : snapshot.roles) {
            const v2::Resource resource = roleResource(r);
            m_roles.insert(r.id, resource);
            putResource(resource);
            putEntitlement(roleEntitlement(resource));
        }
        for (const Group &g : snapshot.groups) {
            const v2::Resource resource = groupResource(g);
            m_groups.insert(g.id, resource);
            putResource(resource);
            putEntitlement(groupEntitlement(resource, AccessType::Member));
            putEntitlement(groupEntitlement(resource, AccessType::Owner));
        }
        if (m_licenses) {
            m_license = licenseResource(snapshot.team);
            putResource(m_license);
            putEntitlement(licenseEntitlement(m_license));
        }
        return ok;
    }

    Expected<void> grants(const Snapshot &snapshot)
    {
        Inserter ins(m_db,
                     QStringLiteral("INSERT INTO v1_grants (resource_type_id, resource_id, "
                                    "entitlement_id, principal_resource_type_id, principal_resource_id, "
                                    "external_id, expansion, needs_expansion, data, sync_id, discovered_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, NULL, 0, ?, ?, ?)"));
        Expected<void> ok = ins.ready();
        int orphans = 0;
        QVector<Grant> all = grantsOf(snapshot);
        if (m_licenses)
            all += licenseGrantsOf(snapshot);
        const QString user = resource_type::user();
        const QString license = resource_type::license();
        const qint64 total = all.size();
        qint64 written = 0;
        // The values every row repeats, in UTF-8 once.
        const Arg userType(user), syncId(m_syncId), discovered(m_discovered);
        // A grant's message is its entitlement (field 1, with the whole group or role resource)
        // followed by its principal (2) and id (3). Protobuf writes fields in number order, so a
        // group's entitlement is serialized once and each member's grant appends only its own
        // fields: the bytes are those of the whole message serialized (tst_c1z_grants checks them).
        QString lastEntitlement;
        QByteArray entitlementBytes;
        bool orphan = false;
        v2::Grant own; // the principal (always a user) and the grant id
        own.mutable_principal()->mutable_id()->set_resource_type(toStd(user));
        for (const Grant &g : all) {
            if (!ok)
                break;
            // A targeted run holds the grants of its targets: a group's or role's own, and a
            // user's license grant (baton-dropbox lists that one with the user).
            if (!m_targets.isEmpty()
                && !(g.resourceType == license ? wanted(user, g.teamMemberId) : wanted(g.resourceType, g.resourceId)))
                continue;
            const QString entitlement = g.entitlementId();
            if (entitlement != lastEntitlement || entitlementBytes.isEmpty()) {
                v2::Grant head = grantMessage(resourceOf(g, &orphan), g.slug, g.teamMemberId);
                head.clear_principal();
                head.clear_id();
                entitlementBytes = blob(head);
                lastEntitlement = entitlement;
            }
            orphans += orphan ? 1 : 0;
            const QString id = g.id();
            own.mutable_principal()->mutable_id()->set_resource(toStd(g.teamMemberId));
            own.set_id(toStd(id));
            ok = ins.runOnce(id,
                             {g.resourceType, g.resourceId, entitlement, userType, g.teamMemberId, id,
                              Arg(entitlementBytes + blob(own)), syncId, discovered});
            if (m_progress && ++written % 10000 == 0)
                m_progress(C1zWriteOptions::Stage::Grants, written, total);
        }
        if (ok && orphans > 0)
            qCWarning(lcC1) << "c1z: grants of unlisted groups or roles:" << orphans;
        return ok;
    }

    // The group, role or license resource a grant is of. A membership of something the snapshot
    // does not list keeps its grant, with the bare id as the resource (what a slim row would give
    // a reader anyway); *orphan says which it was.
    v2::Resource resourceOf(const Grant &g, bool *orphan) const
    {
        *orphan = false;
        if (g.resourceType == resource_type::license())
            return m_license;
        const QHash<QString, v2::Resource> &known = g.resourceType == resource_type::role() ? m_roles : m_groups;
        if (const auto it = known.constFind(g.resourceId); it != known.constEnd())
            return *it;
        *orphan = true;
        v2::Resource resource;
        resource.mutable_id()->set_resource_type(toStd(g.resourceType));
        resource.mutable_id()->set_resource(toStd(g.resourceId));
        return resource;
    }

    // The sync run, finished.
    Expected<void> syncRun(const QDateTime &startedAt, const QDateTime &endedAt)
    {
        Inserter ins(m_db,
                     QStringLiteral("INSERT INTO v1_sync_runs (sync_id, started_at, ended_at, sync_token, "
                                    "sync_type, parent_sync_id, linked_sync_id, grants_backfilled) "
                                    "VALUES (?, ?, ?, '', ?, '', '', 1)"));
        Expected<void> ok = ins.ready();
        const QString type = m_targets.isEmpty() ? QStringLiteral("full") : QStringLiteral("partial");
        if (ok)
            ok = ins.run({m_syncId, c1z::formatTimestamp(startedAt), c1z::formatTimestamp(endedAt), type});
        return ok;
    }

private:
    QSqlDatabase m_db;
    QString m_syncId;
    QString m_discovered;

    // Whether a resource belongs in the run: all of them, or the targets of a targeted sync.
    bool wanted(const QString &type, const QString &id) const
    {
        return m_targets.isEmpty() || m_targets.contains(type + QLatin1Char(':') + id);
    }

public:
    bool m_entitlements = true; // false: resources only (skip_entitlements_and_grants)
    bool m_licenses = true;     // the license resource type, its entitlement and grants
    QSet<QString> m_targets;    // "<type>:<id>"; empty: everything

private:
    v2::Resource m_license;
    QHash<QString, v2::Resource> m_groups;
    QHash<QString, v2::Resource> m_roles;
    C1zWriteOptions::Progress m_progress;
};

Expected<void> writeDatabase(const Snapshot &snapshot, const QString &dbPath, const QString &syncId,
                             const QDateTime &startedAt, const QDateTime &endedAt, const C1zWriteOptions &options)
{
    ScopedConnection scoped(QStringLiteral("dbx-c1z-"), dbPath);
    QSqlDatabase db = scoped.db();
    if (!db.open())
        return fail(Error::Kind::Database, tr("The c1z database could not be created: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    // DELETE journal: nothing lives beside the file once it is closed, so the file alone is the
    // whole database when it is compressed.
    const QStringList statements
        = QStringList{QStringLiteral("PRAGMA journal_mode=DELETE"), QStringLiteral("PRAGMA synchronous=OFF"),
                      // The grant indexes take keys in no useful order: with SQLite's default 2 MB
                      // of cache every insert went out to the kernel and back (most of the time a
                      // 100k-member file took). Pages are only allocated as the file grows.
                      QStringLiteral("PRAGMA cache_size=-131072"), QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")}
        + c1z::schemaStatements();
    // Tables first, their indexes once the rows are in: SQLite builds an index over a filled table
    // by sorting it once, where six indexes kept up row by row cost a b-tree search each per row
    // (most of the time a 100k-member file took). The statements' text, which SQLite keeps, is
    // the same either way.
    QStringList indexes;
    for (const QString &statement : statements) {
        if (statement.startsWith(QLatin1String("create index"), Qt::CaseInsensitive)
            || statement.startsWith(QLatin1String("create unique index"), Qt::CaseInsensitive)) {
            indexes << statement;
            continue;
        }
        if (Expected<void> ok = exec(q, statement); !ok)
            return ok;
    }
    if (!db.transaction())
        return writeFailed(db.lastError().text());

    RowWriter rows(db, syncId, options.progress);
    rows.m_entitlements = options.entitlements;
    rows.m_licenses = options.licenses;
    rows.m_targets = QSet<QString>(options.targets.cbegin(), options.targets.cend());
    QElapsedTimer clock;
    clock.start();
    Expected<void> ok = rows.resourceTypes();
    if (ok)
        ok = rows.resourcesAndEntitlements(snapshot);
    const qint64 resourcesMs = clock.restart();
    if (ok && options.entitlements && options.grants)
        ok = rows.grants(snapshot);
    if (ok)
        ok = rows.syncRun(startedAt, endedAt);
    const qint64 grantsMs = clock.restart();
    // The index sorts: SQLite sorts what fits its cache in one run on one thread. With 4 MiB it
    // cuts each index's keys into runs that two worker threads sort while the table is read, then
    // merges them: the 16 indexes of a 100,000-member file took 2.7 s instead of 4.0 s on two
    // cores (bench_store; 16 and 32 MiB, or the runs kept in memory, gained less or nothing).
    for (const char *pragma : {"PRAGMA threads=2", "PRAGMA cache_size=-4096"}) {
        if (ok)
            ok = exec(q, QLatin1String(pragma));
    }
    for (const QString &statement : std::as_const(indexes)) {
        if (ok)
            ok = exec(q, statement);
    }
    if (!ok)
        return ok;

    if (!db.commit())
        return writeFailed(db.lastError().text());
    db.close();
    qCInfo(lcC1) << "c1z database:"
                 << "resources" << resourcesMs << "ms, grants" << grantsMs << "ms, indexes" << clock.elapsed() << "ms";
    return {};
}

} // namespace

Snapshot withResourceTypes(const Snapshot &snapshot, const QStringList &resourceTypeIds)
{
    if (resourceTypeIds.isEmpty())
        return snapshot;
    Snapshot s = snapshot;
    const bool users = resourceTypeIds.contains(resource_type::user());
    const bool groups = resourceTypeIds.contains(resource_type::group());
    const bool roles = resourceTypeIds.contains(resource_type::role());
    if (!users)
        s.accounts.clear();
    if (!groups)
        s.groups.clear();
    if (!roles)
        s.roles.clear();
    // A grant names a user and a group or role: without either, it goes.
    if (!users || !groups)
        s.memberships.clear();
    if (!roles) {
        for (Account &a : s.accounts)
            a.roleId.clear();
    }
    return s;
}

QStringList missingTargets(const Snapshot &snapshot, const QStringList &targets)
{
    QSet<QString> known;
    for (const Account &a : snapshot.accounts)
        known.insert(resource_type::user() + QLatin1Char(':') + a.teamMemberId);
    for (const Group &g : snapshot.groups)
        known.insert(resource_type::group() + QLatin1Char(':') + g.id);
    for (const Role &r : snapshot.roles)
        known.insert(resource_type::role() + QLatin1Char(':') + r.id);
    known.insert(resource_type::license() + QLatin1Char(':') + license::full());
    QStringList missing;
    for (const QString &t : targets) {
        if (!known.contains(t))
            missing << t;
    }
    return missing;
}

Expected<QString> writeC1z(const Snapshot &snapshot, const QString &path, const C1zWriteOptions &options)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime started = options.startedAt.isValid() ? options.startedAt
        : snapshot.startedAt.isValid()                    ? snapshot.startedAt
                                                          : now;
    const QDateTime ended = options.endedAt.isValid() ? options.endedAt
        : snapshot.finishedAt.isValid()               ? snapshot.finishedAt
                                                      : now;
    const QString syncId = options.syncId.isEmpty() ? Ksuid::generate(started) : options.syncId;

    QTemporaryDir tmp(QDir(options.tempDir.isEmpty() ? QDir::tempPath() : options.tempDir)
                          .filePath(QStringLiteral("dbx-c1z-XXXXXX")));
    if (!tmp.isValid())
        return fail(Error::Kind::Io, tr("No temporary folder for the c1z database: %1").arg(tmp.errorString()));
    const QString dbPath = tmp.filePath(QStringLiteral("db"));
    if (options.progress)
        options.progress(C1zWriteOptions::Stage::Grants, 0, -1);
    if (Expected<void> written = writeDatabase(snapshot, dbPath, syncId, started, ended, options); !written)
        return unexpected(std::move(written).error());
    for (const char *suffix : {"-wal", "-journal"}) {
        if (QFileInfo::exists(dbPath + QLatin1String(suffix))) {
            return fail(Error::Kind::Database,
                        tr("The c1z database was not closed cleanly (%1 left behind).").arg(QLatin1String(suffix)));
        }
    }
    if (options.progress)
        options.progress(C1zWriteOptions::Stage::Compressing, 0, QFileInfo(dbPath).size());
    QElapsedTimer clock;
    clock.start();
    if (Expected<void> compressed = c1z::compress(dbPath, path, options.compressionLevel, options.progress);
        !compressed)
        return unexpected(std::move(compressed).error());
    qCInfo(lcC1) << "c1z compressed in" << clock.elapsed() << "ms";
    qCInfo(lcC1) << "c1z written:" << QDir::toNativeSeparators(path) << "sync" << syncId << "accounts"
                 << snapshot.accounts.size() << "groups" << snapshot.groups.size() << "roles" << snapshot.roles.size()
                 << "bytes" << QFileInfo(path).size();
    return syncId;
}

} // namespace c1
} // namespace dbx
