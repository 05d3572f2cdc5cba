#include "conductorone/C1z.h"

#include "conductorone/C1Log.h"
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

} // namespace

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

} // namespace c1
} // namespace dbx
