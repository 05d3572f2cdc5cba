// c1z v1 files: written from a snapshot and read back (magic, one zstd frame, baton's tables
// and indexes, rows and their protobuf fields, grant ids, the sync run), files shaped like the
// Go SDK's (WAL database, older sync_runs columns, slim grants, several runs), damaged files,
// and KSUIDs.

#include "conductorone/C1z.h"
#include "conductorone/Ksuid.h"
#include "model/Entitlements.h"
#include "support/C1Fixtures.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <google/protobuf/struct.pb.h>
#include <zstd.h>

using namespace dbx;
using namespace dbx::c1;

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

QString profileString(const v2::Resource &r, const char *key)
{
    const auto &fields = r.profile().fields();
    const auto it = fields.find(key);
    return it == fields.end() ? QStringLiteral("<missing>") : str(it->second.string_value());
}

const v2::Resource *findResource(const C1zContents &c, const QString &type, const QString &id)
{
    for (const v2::Resource &r : c.resources) {
        if (str(r.id().resource_type()) == type && str(r.id().resource()) == id)
            return &r;
    }
    return nullptr;
}

// Builds a database the way the Go SDK leaves one, with SQL of its shape, then compresses it.
bool execAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            qWarning() << s << q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

class TestC1z : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFixture(const QString &name, QString *syncId = nullptr)
    {
        const QString path = m_dir.filePath(name);
        const Expected<QString> written = writeC1z(test::c1Snapshot(), path);
        if (!written)
            qWarning() << "writeC1z:" << written.error().message();
        else if (syncId)
            *syncId = *written;
        return path;
    }

private slots:
    void ksuid()
    {
        // segmentio/ksuid's README example.
        const QByteArray bytes = QByteArray::fromHex("0669F7EFB5A1CD34B5F99D1154FB6853345C9735");
        QCOMPARE(Ksuid::encode(bytes), QStringLiteral("0ujtsYcgvSTl8PAuAdqWYSMnLOv"));
        QCOMPARE(Ksuid::decode(QStringLiteral("0ujtsYcgvSTl8PAuAdqWYSMnLOv")), bytes);
        QCOMPARE(Ksuid::timestamp(QStringLiteral("0ujtsYcgvSTl8PAuAdqWYSMnLOv")).toSecsSinceEpoch(),
                 qint64(107608047) + Ksuid::kEpoch);
        QCOMPARE(Ksuid::encode(QByteArray(20, '\0')), QString(27, QLatin1Char('0')));
        QCOMPARE(Ksuid::encode(QByteArray(20, '\xff')), QStringLiteral("aWgEPTl1tmebfsQzFP4bxwgy80V"));
        QVERIFY(Ksuid::decode(QStringLiteral("aWgEPTl1tmebfsQzFP4bxwgy80W")).isEmpty()); // > 160 bits
        QVERIFY(!Ksuid::isValid(QStringLiteral("short")));
        QVERIFY(!Ksuid::isValid(QStringLiteral("0ujtsYcgvSTl8PAuAdqWYSMnLO!")));

        const QDateTime when = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const QString a = Ksuid::generate(when);
        const QString b = Ksuid::generate(when);
        QVERIFY(Ksuid::isValid(a));
        QVERIFY(a != b);
        QCOMPARE(Ksuid::timestamp(a), when);
        QVERIFY(Ksuid::generate(when.addSecs(1)) > a); // text sorts by time
    }

    void timestampFormat()
    {
        const QDateTime t = QDateTime(QDate(2024, 3, 5), QTime(10, 11, 12, 340), Qt::LocalTime);
        QCOMPARE(c1z::formatTimestamp(t), QStringLiteral("2024-03-05 10:11:12.34"));
        QCOMPARE(c1z::formatTimestamp(t.addMSecs(-340)), QStringLiteral("2024-03-05 10:11:12"));
        QCOMPARE(c1z::formatTimestamp(t.addMSecs(-339)), QStringLiteral("2024-03-05 10:11:12.001"));
    }

    void fileIsMagicThenOneZstdFrame()
    {
        const QString path = writeFixture(QStringLiteral("frame.c1z"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes.left(5), QByteArray("C1ZF\0", 5));
        QCOMPARE(bytes.mid(5, 4), QByteArray::fromHex("28B52FFD")); // zstd frame magic
        const QByteArray frame = bytes.mid(5);
        QCOMPARE(ZSTD_findFrameCompressedSize(frame.constData(), size_t(frame.size())), size_t(frame.size()));
        const unsigned long long contentSize = ZSTD_getFrameContentSize(frame.constData(), size_t(frame.size()));
        QVERIFY(contentSize != ZSTD_CONTENTSIZE_UNKNOWN && contentSize != ZSTD_CONTENTSIZE_ERROR);

        QByteArray db(qsizetype(contentSize), Qt::Uninitialized);
        QCOMPARE(ZSTD_decompress(db.data(), size_t(db.size()), frame.constData(), size_t(frame.size())),
                 size_t(contentSize));
        QVERIFY(db.startsWith("SQLite format 3"));
        QCOMPARE(int(db.at(18)), 1); // legacy (rollback journal) read/write version: no WAL
        QCOMPARE(int(db.at(19)), 1);
    }

    void roundTrip()
    {
        QString writtenSync;
        const QString path = writeFixture(QStringLiteral("round.c1z"), &writtenSync);
        const Expected<C1zContents> read = readC1z(path);
        QVERIFY2(read, qPrintable(read.error().message()));
        const C1zContents &c = *read;

        QCOMPARE(c.formatVersion, 1);
        QCOMPARE(c.journalMode, QStringLiteral("delete"));
        QCOMPARE(c.tables,
                 QStringList({"v1_assets", "v1_connector_sessions", "v1_entitlements", "v1_grants", "v1_resource_types",
                              "v1_resources", "v1_sync_runs"}));
        for (const char *index :
             {"idx_resource_types_external_sync_v1", "idx_resources_resource_type_id_v1",
              "idx_resources_external_sync_v1", "idx_resources_parent_resource_id_v1",
              "idx_entitlements_resource_id_v1", "idx_entitlements_external_sync_v1", "idx_sync_runs_sync_id_v1",
              "idx_grants_resource_type_id_resource_id_v1", "idx_grants_principal_id_v1",
              "idx_grants_entitlement_id_principal_id_v1", "idx_grants_external_sync_v1",
              "idx_grants_entitlement_sync_grant_v1", "idx_grants_sync_expansion_v1",
              "idx_grants_sync_needs_expansion_v1", "idx_assets_external_sync_v1", "idx_session_store_sync_key_v1"})
            QVERIFY2(c.indexes.contains(QLatin1String(index)), index);

        // The run.
        QCOMPARE(c.syncRuns.size(), 1);
        const C1zSyncRun &run = c.syncRuns.first();
        QCOMPARE(run.syncId, writtenSync);
        QCOMPARE(c.syncId, writtenSync);
        QVERIFY(Ksuid::isValid(run.syncId));
        QVERIFY(run.finished());
        QCOMPARE(run.syncType, QStringLiteral("full"));
        QCOMPARE(run.syncToken, QString());
        QCOMPARE(run.parentSyncId, QString());
        const QRegularExpression stamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d*[1-9])?$"));
        QVERIFY2(stamp.match(run.startedAt).hasMatch(), qPrintable(run.startedAt));
        QVERIFY2(stamp.match(run.endedAt).hasMatch(), qPrintable(run.endedAt));
        const Snapshot snap = test::c1Snapshot();
        QCOMPARE(run.startedAt, c1z::formatTimestamp(snap.startedAt));
        QCOMPARE(run.endedAt, c1z::formatTimestamp(snap.finishedAt));
        QCOMPARE(Ksuid::timestamp(run.syncId), snap.startedAt.addMSecs(-snap.startedAt.time().msec()));

        // Counts.
        QCOMPARE(int(c.resourceTypes.size()), 4);
        QCOMPARE(int(c.resources.size()), 5 + 3 + 2 + 1);
        QCOMPARE(int(c.entitlements.size()), 2 * 2 + 3 + 1);
        QCOMPARE(int(c.grants.size()), 4 + 2 + 2); // memberships, roles, seats (Ada, Cy)
        QCOMPARE(c.resourceTypeIds, QStringList({"user", "role", "group", "license"}));

        // Resource types.
        for (const v2::ResourceType &t : c.resourceTypes) {
            QCOMPARE(t.traits_size(), 1);
            v2::CapabilityPermissions perms;
            QVERIFY(findAnnotation(t.annotations(), &perms));
            if (t.id() == "user") {
                QCOMPARE(str(t.display_name()), QStringLiteral("User"));
                QCOMPARE(t.traits(0), v2::ResourceType::TRAIT_USER);
                QCOMPARE(perms.permissions_size(), 3);
                QVERIFY(hasAnnotation<v2::SkipEntitlements>(t.annotations())); // its grants: seats
            } else if (t.id() == "group") {
                QCOMPARE(t.traits(0), v2::ResourceType::TRAIT_GROUP);
                QCOMPARE(str(perms.permissions(0).permission()), QStringLiteral("groups.read"));
            } else if (t.id() != "license") { // the license: tst_c1z_license
                QCOMPARE(str(t.id()), QStringLiteral("role"));
                QCOMPARE(t.traits(0), v2::ResourceType::TRAIT_ROLE);
            }
        }

        // Users: status mapping, trait, profile.
        struct Expect {
            const char *id;
            v2::Status::ResourceStatus status;
            const char *tag;
        };
        for (const Expect &e : {Expect{"dbmid:active1", v2::Status::RESOURCE_STATUS_ENABLED, "active"},
                                Expect{"dbmid:invited", v2::Status::RESOURCE_STATUS_ENABLED, "invited"},
                                Expect{"dbmid:suspend", v2::Status::RESOURCE_STATUS_DISABLED, "suspended"},
                                Expect{"dbmid:removed", v2::Status::RESOURCE_STATUS_DELETED, "removed"}}) {
            const v2::Resource *u = findResource(c, QStringLiteral("user"), QLatin1String(e.id));
            QVERIFY2(u, e.id);
            QCOMPARE(u->status().status(), e.status);
            QCOMPARE(str(u->status().details()), QLatin1String(e.tag));
            QCOMPARE(profileString(*u, "status"), QLatin1String(e.tag));
            QCOMPARE(profileString(*u, "team_member_id"), QLatin1String(e.id));
            v2::UserTrait trait;
            QVERIFY(findAnnotation(u->annotations(), &trait));
            QCOMPARE(int(trait.status().status()), int(e.status));
            QCOMPARE(trait.account_type(), v2::UserTrait::ACCOUNT_TYPE_HUMAN);
        }
        const v2::Resource *ada = findResource(c, QStringLiteral("user"), QStringLiteral("dbmid:active1"));
        QCOMPARE(str(ada->display_name()), QStringLiteral("ada@acme.test"));
        QCOMPARE(profileString(*ada, "email"), QStringLiteral("ada@acme.test"));
        QCOMPARE(profileString(*ada, "first_name"), QStringLiteral("Ada"));
        QCOMPARE(profileString(*ada, "last_name"), QStringLiteral("Lovelace"));
        QCOMPARE(profileString(*ada, "id"), QStringLiteral("dbid:ada"));
        QCOMPARE(profileString(*ada, "membership_type"), QStringLiteral("full"));
        QCOMPARE(ada->profile().fields_size(), 7);
        v2::UserTrait adaTrait;
        QVERIFY(findAnnotation(ada->annotations(), &adaTrait));
        QCOMPARE(adaTrait.emails_size(), 1);
        QCOMPARE(str(adaTrait.emails(0).address()), QStringLiteral("ada@acme.test"));
        QVERIFY(adaTrait.emails(0).is_primary());
        QCOMPARE(str(adaTrait.login()), QStringLiteral("ada@acme.test"));
        // The last sign-in (Account::lastActive) as the trait's last_login; none for who has none.
        QVERIFY(adaTrait.has_last_login());
        QCOMPARE(adaTrait.last_login().seconds(), qint64(1709528767));
        QCOMPARE(adaTrait.last_login().nanos(), 89000000);
        QVERIFY(!ada->has_parent_resource_id());
        const v2::Resource *bob = findResource(c, QStringLiteral("user"), QStringLiteral("dbmid:invited"));
        QCOMPARE(profileString(*bob, "id"), QString()); // invited: no account yet
        v2::UserTrait bobTrait;
        QVERIFY(findAnnotation(bob->annotations(), &bobTrait));
        QVERIFY(!bobTrait.has_last_login());
        QCOMPARE(
            profileString(*findResource(c, QStringLiteral("user"), QStringLiteral("dbmid:limited")), "membership_type"),
            QStringLiteral("limited"));
        QVERIFY(c.resourceExternalIds.contains(QStringLiteral("user:dbmid:active1")));
        QVERIFY(c.resourceExternalIds.contains(QStringLiteral("group:g:1a2b3c")));

        // Groups and roles, the unheld role included.
        const v2::Resource *eng = findResource(c, QStringLiteral("group"), QStringLiteral("g:1a2b3c"));
        QVERIFY(eng);
        QCOMPARE(str(eng->display_name()), QStringLiteral("Engineering"));
        QVERIFY(hasAnnotation<v2::GroupTrait>(eng->annotations()));
        QCOMPARE(profileString(*eng, "name"), QStringLiteral("Engineering"));
        QCOMPARE(profileString(*eng, "id"), QStringLiteral("g:1a2b3c"));
        const v2::Resource *billing = findResource(c, QStringLiteral("role"), QStringLiteral("pid_dbtmr:billing"));
        QVERIFY(billing);
        QVERIFY(hasAnnotation<v2::RoleTrait>(billing->annotations()));
        QCOMPARE(profileString(*billing, "description"), QStringLiteral("Nobody holds this one"));

        // Entitlements.
        QCOMPARE(QSet<QString>(c.entitlementIds.begin(), c.entitlementIds.end()),
                 QSet<QString>({"group:g:1a2b3c:member", "group:g:1a2b3c:owner", "group:g:4d5e6f:member",
                                "group:g:4d5e6f:owner", "role:pid_dbtmr:team_admin:member",
                                "role:pid_dbtmr:user_mgmt:member", "role:pid_dbtmr:billing:member",
                                "license:full:assigned"}));
        for (const v2::Entitlement &e : c.entitlements) {
            QCOMPARE(e.purpose(), v2::Entitlement::PURPOSE_VALUE_ASSIGNMENT);
            QCOMPARE(e.grantable_to_size(), 1);
            QCOMPARE(str(e.grantable_to(0).id()), QStringLiteral("user"));
            // The whole resource, as baton embeds it (the license has no profile, as in baton-dropbox).
            QVERIFY(e.resource().has_profile() || e.resource().id().resource_type() == "license");
            QCOMPARE(str(e.id()),
                     str(e.resource().id().resource_type()) + QLatin1Char(':') + str(e.resource().id().resource())
                         + QLatin1Char(':') + str(e.slug()));
            if (e.id() == "group:g:1a2b3c:owner") {
                QCOMPARE(str(e.display_name()), QStringLiteral("Engineering group owner"));
                QCOMPARE(str(e.description()), QStringLiteral("Owner of Engineering dropbox group"));
            } else if (e.id() == "group:g:1a2b3c:member") {
                QCOMPARE(str(e.display_name()), QStringLiteral("Engineering Group member"));
            } else if (e.id() == "role:pid_dbtmr:billing:member") {
                QCOMPARE(str(e.display_name()), QStringLiteral("Billing Role member"));
                QCOMPARE(str(e.description()), QStringLiteral("Member of Billing Dropbox role"));
            }
        }

        // Grants: ids as dbx::grantsOf names them, and as baton builds them from the messages.
        QSet<QString> expected;
        for (const Grant &g : grantsOf(snap) + licenseGrantsOf(snap))
            expected.insert(g.id());
        QSet<QString> got;
        for (int i = 0; i < int(c.grants.size()); ++i) {
            const v2::Grant &g = c.grants[size_t(i)];
            const C1zGrantColumns &cols = c.grantColumns[i];
            got.insert(str(g.id()));
            QVERIFY(!cols.slim);
            QCOMPARE(cols.externalId, str(g.id()));
            QCOMPARE(str(g.id()),
                     str(g.entitlement().id()) + QStringLiteral(":user:") + str(g.principal().id().resource()));
            QCOMPARE(str(g.principal().id().resource_type()), QStringLiteral("user"));
            QCOMPARE(cols.principalResourceId, str(g.principal().id().resource()));
            QCOMPARE(cols.entitlementId, str(g.entitlement().id()));
            QCOMPARE(cols.resourceTypeId, str(g.entitlement().resource().id().resource_type()));
            QCOMPARE(cols.resourceId, str(g.entitlement().resource().id().resource()));
            QVERIFY(!g.entitlement().resource().display_name().empty());
        }
        QCOMPARE(got, expected);
        QVERIFY(got.contains(QStringLiteral("group:g:1a2b3c:owner:user:dbmid:active1")));
        QVERIFY(got.contains(QStringLiteral("role:pid_dbtmr:user_mgmt:member:user:dbmid:suspend")));
        QVERIFY(!got.contains(QStringLiteral("role:pid_dbtmr:billing:member:user:dbmid:active1")));
    }

    void emptySnapshot()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.c1z"));
        const Expected<QString> written = writeC1z(Snapshot(), path);
        QVERIFY2(written, qPrintable(written.error().message()));
        const Expected<C1zContents> read = readC1z(path);
        QVERIFY2(read, qPrintable(read.error().message()));
        const C1zContents &c = *read;
        QCOMPARE(c.resourceExternalIds, QStringList({"license:full"})); // listed whatever the team
        QVERIFY(c.grants.empty());
        QCOMPARE(c.syncRuns.size(), 1);
    }

    // What a SyncFullTask leaves out: entitlements and grants, grants only, resource types.
    void whatASyncTaskLeavesOut()
    {
        const Snapshot full = test::c1Snapshot();
        const auto write = [this](const Snapshot &s, bool entitlements, bool grants, bool licenses = true) {
            const QString path = m_dir.filePath(QStringLiteral("partial.c1z"));
            C1zWriteOptions options;
            options.entitlements = entitlements;
            options.grants = grants;
            options.licenses = licenses;
            const Expected<QString> written = writeC1z(s, path, options);
            return written ? readC1z(path) : Expected<C1zContents>(unexpected(written.error()));
        };
        Expected<C1zContents> c = write(full, false, true);
        QVERIFY(c);
        QCOMPARE(int(c->resources.size()), int(full.accounts.size() + full.groups.size() + full.roles.size()) + 1);
        QVERIFY(c->entitlements.empty());
        QVERIFY(c->grants.empty());
        c = write(full, true, false);
        QVERIFY(c);
        QVERIFY(!c->entitlements.empty());
        QVERIFY(c->grants.empty());
        c = write(withResourceTypes(full, {QStringLiteral("group")}), true, true, false);
        QVERIFY(c);
        QCOMPARE(int(c->resources.size()), int(full.groups.size()));
        QVERIFY(c->grants.empty());
        c = write(withResourceTypes(full, {QStringLiteral("user"), QStringLiteral("role")}), true, true, false);
        QVERIFY(c);
        QVERIFY(!c->grants.empty());
        for (const v2::Grant &g : c->grants)
            QCOMPARE(str(g.entitlement().resource().id().resource_type()), QStringLiteral("role"));
    }

    void replacesAtomically()
    {
        const QString path = m_dir.filePath(QStringLiteral("atomic.c1z"));
        QVERIFY(test::writeFile(path, "old"));
        const Expected<QString> failed
            = writeC1z(test::c1Snapshot(), m_dir.filePath(QStringLiteral("no/such/dir/x.c1z")));
        QVERIFY(!failed);
        QVERIFY(!failed.error().message().isEmpty());
        const Expected<QString> written = writeC1z(test::c1Snapshot(), path);
        QVERIFY2(written, qPrintable(written.error().message()));
        const Expected<C1zContents> c = readC1z(path);
        QVERIFY(c);
        QCOMPARE(int(c->resources.size()), 11);
    }

    // A file as the Go SDK leaves it: WAL mode, a sync_runs table from before the stats and
    // ingest columns, two finished runs and a newer unfinished one, a slim grant.
    void readsGoShapedFile()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("go.db"));
        const QString olderRun = Ksuid::generate(QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC));
        const QString newerRun = Ksuid::generate(QDateTime(QDate(2024, 1, 2), QTime(9, 0), Qt::UTC));
        const QString openRun = Ksuid::generate(QDateTime(QDate(2024, 1, 3), QTime(9, 0), Qt::UTC));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("go"));
            db.setDatabaseName(dbPath);
            QVERIFY(db.open());
            QStringList ddl = c1z::schemaStatements();
            // The older sync_runs shape (as in baton-sdk's own test data).
            for (QString &s : ddl) {
                if (s.startsWith(QLatin1String("create table if not exists v1_sync_runs"))) {
                    s = QStringLiteral("create table if not exists v1_sync_runs (id integer primary key, "
                                       "sync_id text not null, started_at datetime not null, ended_at datetime, "
                                       "sync_token text not null)");
                }
            }
            QVERIFY(execAll(db, QStringList{QStringLiteral("PRAGMA journal_mode=WAL")} + ddl));

            const v2::Resource group = groupResource(test::c1Snapshot().groups.first());
            const v2::Resource user = userResource(test::c1Snapshot().accounts.first());
            v2::Grant slim; // no entitlement, no principal: only the id in the blob
            slim.set_id("group:g:1a2b3c:member:user:dbmid:active1");
            const std::string slimBlob = serializeDeterministic(slim);
            const std::string groupBlob = serializeDeterministic(group);
            const std::string userBlob = serializeDeterministic(user);
            const std::string oldGroupBlob = serializeDeterministic(groupResource(
                Group{QStringLiteral("g:old"), QStringLiteral("Old"), GroupManagementType::UserManaged, QString(), 0}));

            QSqlQuery q(db);
            auto insertRun = [&](const QString &id, const QString &started, const QVariant &ended) {
                q.prepare(QStringLiteral("INSERT INTO v1_sync_runs (sync_id, started_at, ended_at, sync_token) "
                                         "VALUES (?, ?, ?, ?)"));
                q.addBindValue(id);
                q.addBindValue(started);
                q.addBindValue(ended);
                q.addBindValue(QStringLiteral("{\"completed_actions_count\":3}"));
                return q.exec();
            };
            QVERIFY(insertRun(olderRun, QStringLiteral("2024-01-01 09:00:00.1"),
                              QStringLiteral("2024-01-01 09:05:00.123456789")));
            QVERIFY(
                insertRun(newerRun, QStringLiteral("2024-01-02 09:00:00"), QStringLiteral("2024-01-02 09:05:00.5")));
            QVERIFY(insertRun(openRun, QStringLiteral("2024-01-03 09:00:00"), QVariant(QMetaType(QMetaType::QString))));

            auto insertResource = [&](const QString &sync, const QString &ext, const std::string &data) {
                q.prepare(QStringLiteral("INSERT INTO v1_resources (resource_type_id, external_id, data, sync_id, "
                                         "discovered_at) VALUES (?, ?, ?, ?, '2024-01-02 09:01:00.25')"));
                q.addBindValue(ext.section(QLatin1Char(':'), 0, 0));
                q.addBindValue(ext);
                q.addBindValue(QByteArray::fromStdString(data));
                q.addBindValue(sync);
                return q.exec();
            };
            QVERIFY(insertResource(olderRun, QStringLiteral("group:g:old"), oldGroupBlob));
            QVERIFY(insertResource(newerRun, QStringLiteral("group:g:1a2b3c"), groupBlob));
            QVERIFY(insertResource(newerRun, QStringLiteral("user:dbmid:active1"), userBlob));
            QVERIFY(insertResource(openRun, QStringLiteral("group:g:open"), groupBlob));

            q.prepare(QStringLiteral("INSERT INTO v1_grants (resource_type_id, resource_id, entitlement_id, "
                                     "principal_resource_type_id, principal_resource_id, external_id, data, sync_id, "
                                     "discovered_at) VALUES ('group', 'g:1a2b3c', 'group:g:1a2b3c:member', 'user', "
                                     "'dbmid:active1', ?, ?, ?, '2024-01-02 09:02:00')"));
            q.addBindValue(str(slim.id()));
            q.addBindValue(QByteArray::fromStdString(slimBlob));
            q.addBindValue(newerRun);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            // Like baton before it saves: checkpoint, so the main file holds everything.
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("go"));

        const QString path = m_dir.filePath(QStringLiteral("go.c1z"));
        const Expected<void> compressed = c1z::compress(dbPath, path, 19);
        QVERIFY2(compressed, qPrintable(compressed.error().message()));
        Expected<C1zContents> read = readC1z(path);
        QVERIFY2(read, qPrintable(read.error().message()));
        C1zContents c = *read;
        QCOMPARE(c.journalMode, QStringLiteral("wal"));
        QCOMPARE(c.syncRuns.size(), 3);
        QCOMPARE(c.syncRuns[2].syncType, QStringLiteral("full")); // column missing: baton's default
        QVERIFY(!c.syncRuns[2].finished());
        QCOMPARE(c.syncId, newerRun); // newest finished, not the open one
        QCOMPARE(c.resourceExternalIds, QStringList({"group:g:1a2b3c", "user:dbmid:active1"}));
        QCOMPARE(int(c.grants.size()), 1);
        QVERIFY(c.grantColumns[0].slim);
        const v2::Grant &g = c.grants[0];
        QCOMPARE(str(g.entitlement().id()), QStringLiteral("group:g:1a2b3c:member"));
        QCOMPARE(str(g.entitlement().resource().id().resource()), QStringLiteral("g:1a2b3c"));
        QCOMPARE(str(g.principal().id().resource_type()), QStringLiteral("user"));
        QCOMPARE(str(g.principal().id().resource()), QStringLiteral("dbmid:active1"));

        // An explicit run.
        read = readC1z(path, olderRun);
        QVERIFY2(read, qPrintable(read.error().message()));
        c = *read;
        QCOMPARE(c.resourceExternalIds, QStringList({"group:g:old"}));
    }

    // A c1z that the Go SDK wrote, when one is at hand (none is committed): DBX_C1Z_SAMPLE=path.
    void readsSampleFromGoSdk()
    {
        const QString sample = qEnvironmentVariable("DBX_C1Z_SAMPLE");
        if (sample.isEmpty())
            QSKIP("DBX_C1Z_SAMPLE not set");
        const Expected<C1zContents> read = readC1z(sample);
        QVERIFY2(read, qPrintable(read.error().message()));
        const C1zContents &c = *read;
        QVERIFY(!c.syncRuns.isEmpty());
        qInfo() << "sample:" << c.syncRuns.size() << "runs, sync" << c.syncId << "types" << c.resourceTypes.size()
                << "resources" << c.resources.size() << "entitlements" << c.entitlements.size() << "grants"
                << c.grants.size() << "journal" << c.journalMode;

        // Our DDL against the sample's, statement by statement, where both have the object.
        const QString dbPath = m_dir.filePath(QStringLiteral("sample.db"));
        Expected<void> unpacked = c1z::decompress(sample, dbPath);
        QVERIFY2(unpacked, qPrintable(unpacked.error().message()));
        const QString ours = writeFixture(QStringLiteral("ours.c1z"));
        const QString oursDb = m_dir.filePath(QStringLiteral("ours.db"));
        unpacked = c1z::decompress(ours, oursDb);
        QVERIFY2(unpacked, qPrintable(unpacked.error().message()));
        auto schema = [](const QString &path, const QString &conn) {
            QHash<QString, QString> out;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
                db.setDatabaseName(path);
                db.open();
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"));
                while (q.next())
                    out.insert(q.value(0).toString(), q.value(1).toString());
                db.close();
            }
            QSqlDatabase::removeDatabase(conn);
            return out;
        };
        const QHash<QString, QString> theirs = schema(dbPath, QStringLiteral("sample"));
        const QHash<QString, QString> mine = schema(oursDb, QStringLiteral("mine"));
        int compared = 0;
        for (auto it = theirs.constBegin(); it != theirs.constEnd(); ++it) {
            if (!mine.contains(it.key()))
                continue;
            if (it.key() == QLatin1String("v1_sync_runs") && !it.value().contains(QLatin1String("ingest_invariant")))
                continue; // an older SDK's shape
            QCOMPARE(mine.value(it.key()), it.value());
            ++compared;
        }
        qInfo() << "schema objects compared:" << compared;
    }

    void refusesOtherFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("words");
        QTest::newRow("v3") << QByteArray("C1Z3\0rest", 9) << QStringLiteral("v3");
        QTest::newRow("not c1z") << QByteArray("SQLite format 3") << QStringLiteral("not a c1z");
        QTest::newRow("magic only") << QByteArray("C1ZF\0", 5) << QStringLiteral("truncated");
        QTest::newRow("not zstd") << QByteArray("C1ZF\0garbage-not-zstd", 21) << QStringLiteral("damaged");
    }

    void refusesOtherFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, words);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.c1z").arg(QTest::currentDataTag()));
        QVERIFY(test::writeFile(path, bytes));
        const Expected<C1zContents> c = readC1z(path);
        QVERIFY(!c);
        const QString error = c.error().message();
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    void refusesTruncatedFrame()
    {
        const QString path = writeFixture(QStringLiteral("whole.c1z"));
        const QByteArray bytes = test::readFile(path);
        QVERIFY(!bytes.isEmpty());
        const QString cut = m_dir.filePath(QStringLiteral("cut.c1z"));
        QVERIFY(test::writeFile(cut, bytes.left(bytes.size() - 7)));
        const Expected<C1zContents> c = readC1z(cut);
        QVERIFY(!c);
        const QString error = c.error().message();
        QVERIFY2(error.contains(QStringLiteral("truncated")) || error.contains(QStringLiteral("damaged")),
                 qPrintable(error));
    }

    void refusesDatabaseWithoutTables()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("plain.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            db.setDatabaseName(dbPath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("create table t (x)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        const QString path = m_dir.filePath(QStringLiteral("plain.c1z"));
        QVERIFY(c1z::compress(dbPath, path, 3));
        const Expected<C1zContents> c = readC1z(path);
        QVERIFY(!c);
        const QString error = c.error().message();
        QVERIFY2(error.contains(QStringLiteral("v1_resource_types")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestC1z)
#include "tst_c1z.moc"
