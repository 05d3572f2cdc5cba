#include "conductorone/C1Log.h"
#include "conductorone/C1z.h"
#include "conductorone/C1zSqlite.h"
#include "conductorone/Ksuid.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

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

// One prepared INSERT, run once a row.
class Inserter
{
public:
    Inserter(const QSqlDatabase &db, const QString &sql) : m_query(db) { m_prepared = m_query.prepare(sql); }

    // Whether the statement could be prepared.
    Expected<void> ready() const
    {
        if (m_prepared)
            return {};
        return writeFailed(m_query.lastError().text());
    }

    Expected<void> run(std::initializer_list<QVariant> values)
    {
        for (const QVariant &v : values)
            m_query.addBindValue(v);
        if (!m_query.exec())
            return writeFailed(m_query.lastError().text());
        return {};
    }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

// The rows of one sync run, written table by table inside one transaction.
class RowWriter
{
public:
    RowWriter(const QSqlDatabase &db, const QString &syncId)
        : m_db(db), m_syncId(syncId), m_discovered(c1z::formatTimestamp(QDateTime::currentDateTime()))
    {}

    Expected<void> resourceTypes()
    {
        Inserter ins(m_db,
                     QStringLiteral("INSERT OR IGNORE INTO v1_resource_types "
                                    "(external_id, data, sync_id, discovered_at) VALUES (?, ?, ?, ?)"));
        Expected<void> ok = ins.ready();
        for (const v2::ResourceType &t : syncedResourceTypes()) {
            if (ok)
                ok = ins.run({fromStd(t.id()), blob(t), m_syncId, m_discovered});
        }
        return ok;
    }

    // Resources and entitlements; grants need the full group/role resources again.
    Expected<void> resourcesAndEntitlements(const Snapshot &snapshot)
    {
        Inserter res(m_db,
                     QStringLiteral("INSERT OR IGNORE INTO v1_resources (resource_type_id, external_id, "
                                    "parent_resource_type_id, parent_resource_id, data, sync_id, "
                                    "discovered_at) VALUES (?, ?, NULL, NULL, ?, ?, ?)"));
        Inserter ent(m_db,
                     QStringLiteral("INSERT OR IGNORE INTO v1_entitlements (resource_type_id, "
                                    "resource_id, external_id, data, sync_id, discovered_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"));
        Expected<void> ok = res.ready();
        if (ok)
            ok = ent.ready();
        // Each put is skipped once something failed: the first failure is the one reported.
        auto putResource = [&](const v2::Resource &r) {
            const QString type = fromStd(r.id().resource_type());
            if (ok) {
                ok = res.run(
                    {type, type + QLatin1Char(':') + fromStd(r.id().resource()), blob(r), m_syncId, m_discovered});
            }
        };
        auto putEntitlement = [&](const v2::Entitlement &e) {
            if (ok) {
                ok = ent.run({fromStd(e.resource().id().resource_type()), fromStd(e.resource().id().resource()),
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
        return ok;
    }

    Expected<void> grants(const Snapshot &snapshot)
    {
        Inserter ins(m_db,
                     QStringLiteral("INSERT OR IGNORE INTO v1_grants (resource_type_id, resource_id, "
                                    "entitlement_id, principal_resource_type_id, principal_resource_id, "
                                    "external_id, expansion, needs_expansion, data, sync_id, discovered_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, NULL, 0, ?, ?, ?)"));
        Expected<void> ok = ins.ready();
        int orphans = 0;
        for (const Grant &g : grantsOf(snapshot)) {
            if (!ok)
                break;
            const QHash<QString, v2::Resource> &known = g.resourceType == resource_type::role() ? m_roles : m_groups;
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
            ok = ins.run({g.resourceType, g.resourceId, g.entitlementId(), resource_type::user(), g.teamMemberId,
                          g.id(), blob(msg), m_syncId, m_discovered});
        }
        if (ok && orphans > 0)
            qCWarning(lcC1) << "c1z: grants of unlisted groups or roles:" << orphans;
        return ok;
    }

    // The sync run, finished.
    Expected<void> syncRun(const QDateTime &startedAt, const QDateTime &endedAt)
    {
        Inserter ins(m_db,
                     QStringLiteral("INSERT INTO v1_sync_runs (sync_id, started_at, ended_at, sync_token, "
                                    "sync_type, parent_sync_id, linked_sync_id, grants_backfilled) "
                                    "VALUES (?, ?, ?, '', 'full', '', '', 1)"));
        Expected<void> ok = ins.ready();
        if (ok)
            ok = ins.run({m_syncId, c1z::formatTimestamp(startedAt), c1z::formatTimestamp(endedAt)});
        return ok;
    }

private:
    QSqlDatabase m_db;
    QString m_syncId;
    QString m_discovered;
    QHash<QString, v2::Resource> m_groups;
    QHash<QString, v2::Resource> m_roles;
};

Expected<void> writeDatabase(const Snapshot &snapshot, const QString &dbPath, const QString &syncId,
                             const QDateTime &startedAt, const QDateTime &endedAt)
{
    ScopedDb scoped(dbPath);
    QSqlDatabase db = scoped.db();
    if (!db.open())
        return fail(Error::Kind::Database, tr("The c1z database could not be created: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    // DELETE journal: nothing lives beside the file once it is closed, so the file alone is the
    // whole database when it is compressed.
    const QStringList statements
        = QStringList{QStringLiteral("PRAGMA journal_mode=DELETE"), QStringLiteral("PRAGMA synchronous=OFF")}
        + c1z::schemaStatements();
    for (const QString &statement : statements) {
        if (Expected<void> ok = exec(q, statement); !ok)
            return ok;
    }
    if (!db.transaction())
        return writeFailed(db.lastError().text());

    RowWriter rows(db, syncId);
    Expected<void> ok = rows.resourceTypes();
    if (ok)
        ok = rows.resourcesAndEntitlements(snapshot);
    if (ok)
        ok = rows.grants(snapshot);
    if (ok)
        ok = rows.syncRun(startedAt, endedAt);
    if (!ok)
        return ok;

    if (!db.commit())
        return writeFailed(db.lastError().text());
    db.close();
    return {};
}

} // namespace

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
    if (Expected<void> written = writeDatabase(snapshot, dbPath, syncId, started, ended); !written)
        return unexpected(std::move(written).error());
    for (const char *suffix : {"-wal", "-journal"}) {
        if (QFileInfo::exists(dbPath + QLatin1String(suffix))) {
            return fail(Error::Kind::Database,
                        tr("The c1z database was not closed cleanly (%1 left behind).").arg(QLatin1String(suffix)));
        }
    }
    if (Expected<void> compressed = c1z::compress(dbPath, path, options.compressionLevel); !compressed)
        return unexpected(std::move(compressed).error());
    qCInfo(lcC1) << "c1z written:" << QDir::toNativeSeparators(path) << "sync" << syncId << "accounts"
                 << snapshot.accounts.size() << "groups" << snapshot.groups.size() << "roles" << snapshot.roles.size()
                 << "bytes" << QFileInfo(path).size();
    return syncId;
}

} // namespace c1
} // namespace dbx
