// The whole ConductorOne cycle with the real parts: C1Service and ConnectorTaskHandler against a
// fake ConductorOne (token endpoint verifying the assertion, grpc++ BatonService on loopback) and
// the simulated Dropbox team. Hello; a sync task whose c1z is uploaded, reassembled, hash-checked
// and read back against the simulator's truth; group member and owner grants and revokes, a role,
// a new account, disable/enable and delete changing the simulated team; provisioning off refusing
// every write without a call to Dropbox; a revoked Dropbox refresh token.

#include "conductorone/C1Service.h"
#include "conductorone/C1z.h"
#include "conductorone/Credentials.h"
#include "helpers/ConnectorTestBed.h"
#include "model/Entitlements.h"
#include "sim/SimThread.h"
#include "store/SnapshotStore.h"
#include "support/SimFixture.h"
#include "support/SnapshotLookups.h"
#include "worker/ConnectorTaskHandler.h"

#include <QFile>
#include <QMutex>
#include <QSet>
#include <QTest>

#include <atomic>

using namespace dbx;
using namespace dbx::c1;
using dbx::test::FakeConductorOne;
using dbx::test::findAccount;
using dbx::test::memberOf;
using dbx::test::pickGroupAndOutsider;

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }

qint64 writeRequests(const sim::RequestStats &stats)
{
    qint64 n = 0;
    for (auto it = stats.perRoute.cbegin(); it != stats.perRoute.cend(); ++it) {
        const QString &route = it.key();
        if (route.contains(QLatin1String("/add")) || route.contains(QLatin1String("/remove"))
            || route.contains(QLatin1String("suspend")) || route.contains(QLatin1String("set_"))
            || route.contains(QLatin1String("set_access_type")))
            n += it.value();
    }
    return n;
}
// Counts the Provisioner's "loaded run" lines (one per read of the whole run), from any thread.
std::atomic<int> g_stateLoads{0};
QtMessageHandler g_previousHandler = nullptr;
void countStateLoads(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "dbx.provision") == 0
        && message.startsWith(QLatin1String("loaded run")))
        ++g_stateLoads;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

class TestC1Cycle : public QObject, private test::ConnectorTestBed
{
    Q_OBJECT

private:
    std::atomic<int> m_storeChanges{0};

    bool startService(bool provisioning = true)
    {
        ConnectorTaskHandler::Options o;
        o.connection = m_bed.simConnection(provisioning);
        return startHandler(o, QStringLiteral("cycle-host"), [this] { ++m_storeChanges; });
    }

private slots:
    void init()
    {
        m_storeChanges = 0;
        const Expected<void> up = setUpBed(QStringLiteral("kid-cycle"));
        QVERIFY2(up, qPrintable(up.error().message()));
    }

    void cleanup() { tearDownBed(); }

    void syncUploadsTheTeam()
    {
        QVERIFY(startService());
        QTRY_VERIFY_WITH_TIMEOUT(!m_bed.fake->hellos().isEmpty(), 10000);
        QCOMPARE(str(m_bed.fake->hellos().first().host_id()), QStringLiteral("cycle-host"));

        const batonv1::Task task = FakeConductorOne::syncTask();
        const auto fin = run(task);
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QVERIFY(m_storeChanges.load() >= 1);

        const QVector<FakeConductorOne::Upload> uploads = m_bed.fake->uploads();
        QCOMPARE(uploads.size(), 1);
        QVERIFY(uploads.first().hashMatches);
        QCOMPARE(uploads.first().taskId, str(task.id()));
        const QString received = m_bed.dir->filePath(QStringLiteral("received.c1z"));
        QFile f(received);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(uploads.first().data);
        f.close();

        const Expected<C1zContents> read = readC1z(received);
        QVERIFY2(read, qPrintable(read.error().message()));
        const C1zContents &c = *read;
        const Snapshot truth = m_bed.sim->truth();
        QSet<QString> expected;
        for (const Account &a : truth.accounts)
            expected.insert(QStringLiteral("user:") + a.teamMemberId);
        for (const Group &g : truth.groups)
            expected.insert(QStringLiteral("group:") + g.id);
        for (const Role &r : truth.roles)
            expected.insert(QStringLiteral("role:") + r.id);
        expected.insert(QStringLiteral("license:full"));
        QCOMPARE(QSet<QString>(c.resourceExternalIds.cbegin(), c.resourceExternalIds.cend()), expected);

        const QSet<QString> expectedGrants = test::grantIds(truth);
        QCOMPARE(test::grantIds(c), expectedGrants);
        QVERIFY(!expectedGrants.isEmpty());
    }

    void groupGrantsChangeTheTeam()
    {
        QVERIFY(startService());
        QString groupId, userId;
        QVERIFY(pickGroupAndOutsider(m_bed.sim->truth(), &groupId, &userId));

        // Member: added.
        auto fin = run(FakeConductorOne::grantTask(QStringLiteral("group"), groupId, QStringLiteral("member"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        AccessType access = AccessType::Owner;
        QVERIFY(memberOf(m_bed.sim->truth(), groupId, userId, &access));
        QCOMPARE(access, AccessType::Member);

        // Again: already so, no call.
        const qint64 writesBefore = writeRequests(m_bed.sim->stats());
        fin = run(FakeConductorOne::grantTask(QStringLiteral("group"), groupId, QStringLiteral("member"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QCOMPARE(writeRequests(m_bed.sim->stats()), writesBefore);

        // Owner: a member is promoted, not added twice.
        fin = run(FakeConductorOne::grantTask(QStringLiteral("group"), groupId, QStringLiteral("owner"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QVERIFY(memberOf(m_bed.sim->truth(), groupId, userId, &access));
        QCOMPARE(access, AccessType::Owner);

        // Revoking ownership demotes: still in the group.
        fin = run(FakeConductorOne::revokeTask(QStringLiteral("group"), groupId, QStringLiteral("owner"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QVERIFY(memberOf(m_bed.sim->truth(), groupId, userId, &access));
        QCOMPARE(access, AccessType::Member);

        // Revoking membership removes.
        fin = run(FakeConductorOne::revokeTask(QStringLiteral("group"), groupId, QStringLiteral("member"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QVERIFY(!memberOf(m_bed.sim->truth(), groupId, userId));

        // And again: already revoked.
        fin = run(FakeConductorOne::revokeTask(QStringLiteral("group"), groupId, QStringLiteral("member"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        v2::GrantManagerServiceRevokeResponse resp;
        QVERIFY(fin->success().response().UnpackTo(&resp));
        QCOMPARE(resp.annotations_size(), 1);

        // An unknown group: not found, not retried.
        fin = run(FakeConductorOne::grantTask(QStringLiteral("group"), QStringLiteral("g:nope"),
                                              QStringLiteral("member"), userId));
        QVERIFY(fin && fin->has_error());
        QVERIFY(fin->error().non_retryable());
        QVERIFY(m_storeChanges.load() >= 4);
    }

    // Write tasks patch the snapshot the handler holds and hand the change to the window: no
    // task reads the whole run again, and the held state, the stored run and a copy patched with
    // the reported changes stay the same. A write by another connection is seen by the next task.
    void writeTasksPatchTheHeldSnapshot()
    {
        QVERIFY(startService());
        QMutex mutex;
        QVector<SnapshotChange> changes;
        m_handler->setSnapshotPatchedCallback([&](const SnapshotChange &c) {
            QMutexLocker lock(&mutex);
            changes << c;
        });
        g_stateLoads = 0;
        g_previousHandler = qInstallMessageHandler(countStateLoads);
        const auto restore = qScopeGuard([] { qInstallMessageHandler(g_previousHandler); });
        QString groupId, userId;
        QVERIFY(pickGroupAndOutsider(m_bed.sim->truth(), &groupId, &userId));

        // The first write syncs (there is no snapshot yet) and reads the run once.
        auto fin = run(FakeConductorOne::grantTask(QStringLiteral("group"), groupId, QStringLiteral("member"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QCOMPARE(g_stateLoads.load(), 1);
        SnapshotStore reader;
        QVERIFY(reader.open(m_bed.simConnection().dbPath));
        const qint64 runId = reader.latestCompleteRun();
        auto held = reader.load(runId);
        QVERIFY(held);
        {
            QMutexLocker lock(&mutex);
            QCOMPARE(changes.size(), 1);
            QCOMPARE(changes.first().runId, runId);
            QCOMPARE(changes.first().memberships.size(), 1);
            QCOMPARE(changes.first().memberships.first().teamMemberId, userId);
            changes.clear();
        }
        const int storeChangesBefore = m_storeChanges.load();

        // Promote, demote, remove, suspend: four writes, no read of the run.
        for (const batonv1::Task &task :
             {FakeConductorOne::grantTask(QStringLiteral("group"), groupId, QStringLiteral("owner"), userId),
              FakeConductorOne::revokeTask(QStringLiteral("group"), groupId, QStringLiteral("owner"), userId),
              FakeConductorOne::revokeTask(QStringLiteral("group"), groupId, QStringLiteral("member"), userId),
              FakeConductorOne::actionTask(QStringLiteral("disable_user"), userId)}) {
            fin = run(task);
            QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        }
        QCOMPARE(g_stateLoads.load(), 1);
        QCOMPARE(m_storeChanges.load(), storeChangesBefore); // the changes went to the patch callback
        Snapshot patched = *held;
        {
            QMutexLocker lock(&mutex);
            QCOMPARE(changes.size(), 4);
            for (const SnapshotChange &c : std::as_const(changes))
                applyChange(&patched, c);
        }
        auto stored = reader.load(runId);
        QVERIFY(stored);
        QVERIFY(stored->accounts == patched.accounts);
        QVERIFY(stored->memberships == patched.memberships);
        QVERIFY(stored->groups == patched.groups);
        QVERIFY(!memberOf(*stored, groupId, userId));
        QCOMPARE(findAccount(*stored, userId)->status, AccountStatus::Suspended);

        // Another connection (the window's worker, another process) writes the run: the next task
        // reads it again and decides on what it says. Here it lists a member with the email the
        // task is about to create, so the task finds them and sends nothing.
        Account listed = *findAccount(*stored, userId);
        listed.teamMemberId = QStringLiteral("dbmid:listed-elsewhere");
        listed.email = QStringLiteral("listed.elsewhere@cycle.test");
        listed.status = AccountStatus::Active;
        listed.groupIds.clear();
        QVERIFY(reader.upsertAccount(runId, listed));
        const qint64 writesBefore = writeRequests(m_bed.sim->stats());
        fin = run(FakeConductorOne::createAccountTask(listed.email, QStringLiteral("Lis"), QStringLiteral("Ted")));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        v2::CreateAccountResponse created;
        QVERIFY(fin->success().response().UnpackTo(&created));
        QVERIFY(created.has_already_exists());
        QCOMPARE(writeRequests(m_bed.sim->stats()), writesBefore);
        QCOMPARE(g_stateLoads.load(), 2);
    }

    void roleGrantAndRevoke()
    {
        QVERIFY(startService());
        const Snapshot truth = m_bed.sim->truth();
        QString userId;
        for (const Account &a : truth.accounts) {
            if (a.status == AccountStatus::Active && a.roleId.isEmpty()) {
                userId = a.teamMemberId;
                break;
            }
        }
        QString roleId, otherRoleId;
        for (const Role &r : truth.roles) {
            if (r.name.contains(QLatin1String("Team admin"), Qt::CaseInsensitive))
                continue;
            (roleId.isEmpty() ? roleId : otherRoleId) = r.id;
            if (!otherRoleId.isEmpty())
                break;
        }
        QVERIFY(!userId.isEmpty());
        QVERIFY(!roleId.isEmpty() && !otherRoleId.isEmpty());

        auto fin = run(FakeConductorOne::grantTask(QStringLiteral("role"), roleId, QStringLiteral("member"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QCOMPARE(findAccount(m_bed.sim->truth(), userId)->roleId, roleId);

        // Revoking a role they do not hold leaves theirs alone.
        fin = run(FakeConductorOne::revokeTask(QStringLiteral("role"), otherRoleId, QStringLiteral("member"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QCOMPARE(findAccount(m_bed.sim->truth(), userId)->roleId, roleId);

        fin = run(FakeConductorOne::revokeTask(QStringLiteral("role"), roleId, QStringLiteral("member"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QVERIFY(findAccount(m_bed.sim->truth(), userId)->roleId.isEmpty());
    }

    void accountLifecycle()
    {
        QVERIFY(startService());
        const QString email = QStringLiteral("nia.new@cycle.test");
        auto fin = run(FakeConductorOne::createAccountTask(email, QStringLiteral("Nia"), QStringLiteral("New")));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        v2::CreateAccountResponse created;
        QVERIFY(fin->success().response().UnpackTo(&created));
        QVERIFY(created.has_success());
        const QString newId = str(created.success().resource().id().resource());
        QVERIFY(!newId.isEmpty());
        // truth() returns a snapshot by value: keep it while a points into it.
        Snapshot truth = m_bed.sim->truth();
        const Account *a = findAccount(truth, newId);
        QVERIFY(a);
        QCOMPARE(a->email, email);
        QCOMPARE(a->givenName, QStringLiteral("Nia"));

        // The same email again: it exists already.
        fin = run(FakeConductorOne::createAccountTask(email, QStringLiteral("Nia"), QStringLiteral("New")));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QVERIFY(fin->success().response().UnpackTo(&created));
        QVERIFY(created.has_already_exists());

        // Disable / enable an active member.
        QString userId;
        for (const Account &acc : m_bed.sim->truth().accounts) {
            if (acc.status == AccountStatus::Active && acc.roleId.isEmpty() && acc.teamMemberId != newId) {
                userId = acc.teamMemberId;
                break;
            }
        }
        QVERIFY(!userId.isEmpty());
        fin = run(FakeConductorOne::actionTask(QStringLiteral("disable_user"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QCOMPARE(findAccount(m_bed.sim->truth(), userId)->status, AccountStatus::Suspended);
        fin = run(FakeConductorOne::actionTask(QStringLiteral("enable_user"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QCOMPARE(findAccount(m_bed.sim->truth(), userId)->status, AccountStatus::Active);

        // Delete: removed from the team.
        fin = run(FakeConductorOne::deleteTask(userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        truth = m_bed.sim->truth();
        a = findAccount(truth, userId);
        QVERIFY(!a || a->status == AccountStatus::Removed);
        // Twice: already gone, nothing sent.
        const qint64 removes = m_bed.sim->server()->requestCount(QStringLiteral("team/members/remove"));
        fin = run(FakeConductorOne::deleteTask(userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QCOMPARE(m_bed.sim->server()->requestCount(QStringLiteral("team/members/remove")), removes);

        // The audit log names ConductorOne as the admin.
        SnapshotStore store;
        const Expected<void> opened = store.open(m_bed.simConnection().dbPath);
        QVERIFY2(opened, qPrintable(opened.error().message()));
        const QVector<AuditEntry> audit = store.audit();
        QVERIFY(audit.size() >= 4);
        QCOMPARE(audit.first().admin, QStringLiteral("ConductorOne"));
    }

    void provisioningOffRefusesWithoutCalls()
    {
        QVERIFY(startService(false));
        QString groupId, userId;
        QVERIFY(pickGroupAndOutsider(m_bed.sim->truth(), &groupId, &userId));
        m_bed.sim->server()->resetStats();
        const QVector<batonv1::Task> writes = {
            FakeConductorOne::grantTask(QStringLiteral("group"), groupId, QStringLiteral("member"), userId),
            FakeConductorOne::revokeTask(QStringLiteral("group"), groupId, QStringLiteral("member"), userId),
            FakeConductorOne::createAccountTask(QStringLiteral("x@cycle.test"), QString(), QString()),
            FakeConductorOne::deleteTask(userId),
            FakeConductorOne::actionTask(QStringLiteral("disable_user"), userId),
        };
        for (const batonv1::Task &t : writes) {
            const auto fin = run(t);
            QVERIFY(fin && fin->has_error());
            QCOMPARE(fin->status().code(), 9); // FAILED_PRECONDITION
            QVERIFY(fin->error().non_retryable());
        }
        QCOMPARE(m_bed.sim->stats().apiRequests, qint64(0));
        QVERIFY(!memberOf(m_bed.sim->truth(), groupId, userId));
    }

    void revokedRefreshTokenFailsClearly()
    {
        m_bed.sim->server()->revokeRefreshTokens();
        QVERIFY(startService());
        const auto fin = run(FakeConductorOne::syncTask());
        QVERIFY(fin && fin->has_error());
        QCOMPARE(fin->status().code(), 16); // UNAUTHENTICATED
        QVERIFY(fin->error().non_retryable());
        const QString message = str(fin->status().message());
        QVERIFY2(message.contains(QLatin1String("authoriz"), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(m_bed.fake->uploads().isEmpty());
    }

    void staleSnapshotIsCheckedLive()
    {
        QVERIFY(startService());
        auto fin = run(FakeConductorOne::syncTask());
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QString groupId, userId;
        QVERIFY(pickGroupAndOutsider(m_bed.sim->truth(), &groupId, &userId));

        // Someone makes them an owner in Dropbox after the sync: granting ownership finds it so
        // and sends nothing (a snapshot-only check would have sent an add and been refused).
        const auto added = m_bed.sim->server()->addMembership(groupId, userId, AccessType::Owner);
        QVERIFY2(added, qPrintable(added.error().message()));
        m_bed.sim->server()->resetStats();
        fin = run(FakeConductorOne::grantTask(QStringLiteral("group"), groupId, QStringLiteral("owner"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        v2::GrantManagerServiceGrantResponse granted;
        QVERIFY(fin->success().response().UnpackTo(&granted));
        QCOMPARE(granted.annotations_size(), 1); // GrantAlreadyExists
        QCOMPARE(writeRequests(m_bed.sim->stats()), qint64(0));

        // Revoking the member grant of an owner keeps them in the group.
        fin = run(FakeConductorOne::revokeTask(QStringLiteral("group"), groupId, QStringLiteral("member"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QVERIFY(memberOf(m_bed.sim->truth(), groupId, userId));

        // Removed in Dropbox behind the snapshot's back: the revoke is already done.
        const auto removed = m_bed.sim->server()->removeMembership(groupId, userId);
        QVERIFY2(removed, qPrintable(removed.error().message()));
        fin = run(FakeConductorOne::revokeTask(QStringLiteral("group"), groupId, QStringLiteral("owner"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QCOMPARE(writeRequests(m_bed.sim->stats()), qint64(0));
        QVERIFY(!memberOf(m_bed.sim->truth(), groupId, userId));

        // A role given and a suspension made in Dropbox since the sync: nothing to send.
        QString roleId;
        for (const Role &r : m_bed.sim->truth().roles) {
            if (!r.name.contains(QLatin1String("Team admin"), Qt::CaseInsensitive))
                roleId = r.id;
        }
        const auto roleSet = m_bed.sim->server()->setMemberRole(userId, roleId);
        QVERIFY2(roleSet, qPrintable(roleSet.error().message()));
        fin = run(FakeConductorOne::grantTask(QStringLiteral("role"), roleId, QStringLiteral("member"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QVERIFY(fin->success().response().UnpackTo(&granted));
        QCOMPARE(granted.annotations_size(), 1);
        const auto statusSet = m_bed.sim->server()->setMemberStatus(userId, AccountStatus::Suspended);
        QVERIFY2(statusSet, qPrintable(statusSet.error().message()));
        fin = run(FakeConductorOne::actionTask(QStringLiteral("disable_user"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QCOMPARE(writeRequests(m_bed.sim->stats()), qint64(0));
        // ...and the role taken away in Dropbox: revoking it sends nothing either.
        const auto roleCleared = m_bed.sim->server()->setMemberRole(userId, QString());
        QVERIFY2(roleCleared, qPrintable(roleCleared.error().message()));
        fin = run(FakeConductorOne::revokeTask(QStringLiteral("role"), roleId, QStringLiteral("member"), userId));
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        QCOMPARE(writeRequests(m_bed.sim->stats()), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestC1Cycle)
#include "tst_c1cycle.moc"
