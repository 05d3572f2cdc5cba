// What a ConductorOne sync task carries beyond the team's users, groups and roles, and what it
// may ask to leave out, through the real parts (C1Service, ConnectorTaskHandler, the fake
// ConductorOne, the simulated team): the license resource and its seats read back against the
// simulator's truth; sync_resource_type_ids with and without "license"; targeted_sync_resources
// as a partial run of only those resources, said in the log. And how a sync task meets the
// snapshot: a cancelled sync writes no run, the GUI's worker shares the database while both sync
// and change the team, and a recent snapshot is uploaded without asking Dropbox again.

#include "conductorone/C1Service.h"
#include "conductorone/C1z.h"
#include "helpers/ConnectorTestBed.h"
#include "model/Entitlements.h"
#include "sim/SimThread.h"
#include "store/SnapshotStore.h"
#include "support/SimFixture.h"
#include "worker/ConnectorTaskHandler.h"
#include "worker/ConnectorWorker.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dbx;
using namespace dbx::c1;
using dbx::test::FakeConductorOne;
using dbx::test::memberOf;
using dbx::test::pickGroupAndOutsider;

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }

// The task handler's log lines, from any thread.
QMutex g_logMutex;
QStringList g_taskLog;
QtMessageHandler g_previousHandler = nullptr;
void keepTaskLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "dbx.worker.tasks") == 0) {
        QMutexLocker lock(&g_logMutex);
        g_taskLog << message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
QString taskLog()
{
    QMutexLocker lock(&g_logMutex);
    return g_taskLog.join(QLatin1Char('\n'));
}
} // namespace

class TestC1SyncOptions : public QObject, private test::ConnectorTestBed
{
    Q_OBJECT

private:
    bool startService()
    {
        ConnectorTaskHandler::Options o;
        o.connection = m_bed.simConnection();
        return startHandler(o, QStringLiteral("options-host"));
    }

    // The index-th upload, read back.
    Expected<C1zContents> received(int index)
    {
        const QString path = m_bed.dir->filePath(QStringLiteral("received-%1.c1z").arg(index));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(m_bed.fake->uploads().at(index).data);
        f.close();
        return readC1z(path);
    }

private slots:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(keepTaskLog); }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void init()
    {
        {
            QMutexLocker lock(&g_logMutex);
            g_taskLog.clear();
        }
        const Expected<void> up = setUpBed(QStringLiteral("kid-options"));
        QVERIFY2(up, qPrintable(up.error().message()));
    }

    void cleanup() { tearDownBed(); }

    // The seats: the "full" license with the counts team/get_info reports, and a grant for each
    // full member who is active or suspended, as the simulator holds them.
    void licenseSeatsAreTheTeams()
    {
        QVERIFY(startService());
        const auto fin = run(FakeConductorOne::syncTask());
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        const Expected<C1zContents> read = received(0);
        QVERIFY2(read, qPrintable(read.error().message()));
        const C1zContents &c = *read;
        const Snapshot truth = m_bed.sim->truth();
        const v2::Resource *license = nullptr;
        for (const v2::Resource &r : c.resources) {
            if (r.id().resource_type() == "license")
                license = &r;
        }
        QVERIFY(license);
        QCOMPARE(str(license->id().resource()), QStringLiteral("full"));
        v2::LicenseProfileTrait trait;
        QVERIFY(findAnnotation(license->annotations(), &trait));
        QCOMPARE(str(trait.license_name()), QStringLiteral("full"));
        QCOMPARE(trait.purchased_seats(), qint64(truth.team.numLicensedUsers));
        QCOMPARE(trait.consumed_seats(), qint64(truth.team.numUsedLicenses));
        QVERIFY(trait.purchased_seats() > 0);
        QSet<QString> holders;
        QSet<QString> notHolders;
        for (const Account &a : truth.accounts) {
            (a.membershipType == MembershipType::Full
                     && (a.status == AccountStatus::Active || a.status == AccountStatus::Suspended)
                 ? holders
                 : notHolders)
                .insert(a.teamMemberId);
        }
        QVERIFY(!holders.isEmpty());
        QVERIFY(!notHolders.isEmpty()); // the generated team has invited, removed or limited members
        QSet<QString> granted;
        for (const C1zGrantColumns &g : c.grantColumns) {
            if (g.entitlementId == QLatin1String("license:full:assigned"))
                granted.insert(g.principalResourceId);
        }
        QCOMPARE(granted, holders);
    }

    // sync_resource_type_ids and targeted_sync_resources, honoured in the upload and said in the
    // log.
    void syncTaskNarrowsTheUpload()
    {
        QVERIFY(startService());
        const Snapshot truth = m_bed.sim->truth();
        QString groupId;
        QString userId;
        QVERIFY(pickGroupAndOutsider(truth, &groupId, &userId));
        QString holder;
        for (const Account &a : truth.accounts) {
            if (holdsLicense(a))
                holder = a.teamMemberId;
        }
        QVERIFY(!holder.isEmpty());

        // Users and licenses only: no groups, no roles, the license grants.
        batonv1::Task task = FakeConductorOne::syncTask();
        task.mutable_sync_full()->add_sync_resource_type_ids("user");
        task.mutable_sync_full()->add_sync_resource_type_ids("license");
        auto fin = run(task);
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        Expected<C1zContents> c = received(0);
        QVERIFY2(c, qPrintable(c.error().message()));
        QCOMPARE(c->resourceExternalIds.size(), truth.accounts.size() + 1);
        QCOMPARE(test::grantIds(*c).size(), licenseGrantsOf(truth).size());
        QCOMPARE(c->syncRuns.first().syncType, QStringLiteral("full"));

        // Without "license": no license type, the user type says it has no grants either.
        task = FakeConductorOne::syncTask();
        task.mutable_sync_full()->add_sync_resource_type_ids("user");
        task.mutable_sync_full()->add_sync_resource_type_ids("group");
        fin = run(task);
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        c = received(1);
        QVERIFY2(c, qPrintable(c.error().message()));
        QVERIFY(!c->resourceTypeIds.contains(QStringLiteral("license")));
        for (const v2::ResourceType &t : c->resourceTypes) {
            if (t.id() == "user")
                QVERIFY(hasAnnotation<v2::SkipEntitlementsAndGrants>(t.annotations()));
        }
        for (const C1zGrantColumns &g : c->grantColumns)
            QCOMPARE(g.resourceTypeId, QStringLiteral("group"));

        // Targeted: a group, a seat holder and one unknown id: a partial run of the two known
        // resources, the group's entitlements and grants and the user's license grant.
        task = FakeConductorOne::syncTask();
        for (const auto &[type, id] : {std::pair<QString, QString>{QStringLiteral("group"), groupId},
                                       {QStringLiteral("user"), holder},
                                       {QStringLiteral("user"), QStringLiteral("dbmid:nobody")}}) {
            v2::Resource *r = task.mutable_sync_full()->add_targeted_sync_resources();
            r->mutable_id()->set_resource_type(type.toStdString());
            r->mutable_id()->set_resource(id.toStdString());
        }
        fin = run(task);
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        c = received(2);
        QVERIFY2(c, qPrintable(c.error().message()));
        QCOMPARE(c->syncRuns.size(), 1);
        QCOMPARE(c->syncRuns.first().syncType, QStringLiteral("partial"));
        QCOMPARE(QSet<QString>(c->resourceExternalIds.cbegin(), c->resourceExternalIds.cend()),
                 QSet<QString>({QStringLiteral("group:") + groupId, QStringLiteral("user:") + holder}));
        QCOMPARE(QSet<QString>(c->entitlementIds.cbegin(), c->entitlementIds.cend()),
                 QSet<QString>({QStringLiteral("group:") + groupId + QStringLiteral(":member"),
                                QStringLiteral("group:") + groupId + QStringLiteral(":owner")}));
        QSet<QString> expectedGrants;
        for (const Membership &m : truth.memberships) {
            if (m.groupId == groupId)
                expectedGrants.insert(
                    grantId(entitlementId(QStringLiteral("group"), groupId, toWire(m.accessType)), m.teamMemberId));
        }
        expectedGrants.insert(QStringLiteral("license:full:assigned:user:") + holder);
        QCOMPARE(test::grantIds(*c), expectedGrants);
        const QString log = taskLog();
        QVERIFY2(log.contains(QLatin1String("the upload is a partial sync run of those resources")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("left out")) && log.contains(QLatin1String("user:dbmid:nobody")),
                 qPrintable(log));
    }

    void cancelledSyncStopsAndSaysSo()
    {
        sim::Faults slow;
        slow.latencyMs = 700;
        m_bed.sim->setFaults(slow);
        m_bed.fake->setNextHeartbeatMs(1000);
        QVERIFY(startService());
        const batonv1::Task task = FakeConductorOne::syncTask();
        m_bed.fake->cancelOnHeartbeat(str(task.id()), 2);
        QElapsedTimer clock;
        clock.start();
        const auto fin = m_bed.run(task, 30000);
        QVERIFY(fin && fin->has_error());
        QCOMPARE(fin->status().code(), 1); // CANCELLED
        QVERIFY(clock.elapsed() < 6000);
        QVERIFY(m_bed.fake->uploads().isEmpty());
        // The previous (empty) state is kept: no complete run was written.
        SnapshotStore store;
        const Expected<void> opened = store.open(m_bed.simConnection().dbPath);
        QVERIFY2(opened, qPrintable(opened.error().message()));
        QCOMPARE(store.latestCompleteRun(), qint64(0));
    }

    void sharesTheDatabaseWithTheGui()
    {
        // The GUI's worker has the same SQLite file open on its own thread: both sync at once,
        // then both change the team at once; neither is refused because the other holds a lock.
        ConnectorWorker worker;
        worker.setConnection(m_bed.simConnection());
        QSignalSpy synced(&worker, &ConnectorWorker::syncFinished);
        QSignalSpy provisioned(&worker, &ConnectorWorker::provisionFinished);
        QVERIFY(startService());

        const batonv1::Task task = FakeConductorOne::syncTask();
        m_bed.fake->enqueue(task);
        worker.startSync();
        QTRY_VERIFY_WITH_TIMEOUT(m_bed.fake->finished(str(task.id())).has_value(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 20000);
        QVERIFY(synced.first().first().value<SyncOutcome>().ok);
        auto fin = m_bed.fake->finished(str(task.id()));
        QVERIFY2(fin->has_success(), test::C1TestBed::failure(fin).constData());

        const Snapshot truth = m_bed.sim->truth();
        QString groupId, userId;
        QVERIFY(pickGroupAndOutsider(truth, &groupId, &userId));
        QString otherGroup;
        for (const Group &g : truth.groups) {
            if (g.id != groupId && g.managementType == GroupManagementType::UserManaged
                && !memberOf(truth, g.id, userId))
                otherGroup = g.id;
        }
        QVERIFY(!otherGroup.isEmpty());
        const batonv1::Task grant
            = FakeConductorOne::grantTask(QStringLiteral("group"), groupId, QStringLiteral("member"), userId);
        m_bed.fake->enqueue(grant);
        worker.provision({Operation::addToGroup(UserSelector::byId(userId), otherGroup)});
        QTRY_VERIFY_WITH_TIMEOUT(m_bed.fake->finished(str(grant.id())).has_value(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(provisioned.size(), 1, 20000);
        fin = m_bed.fake->finished(str(grant.id()));
        QVERIFY2(fin->has_success(), test::C1TestBed::failure(fin).constData());
        const auto results = provisioned.first().first().value<QVector<OperationResult>>();
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().ok(), qPrintable(results.first().message));
        QVERIFY(memberOf(m_bed.sim->truth(), groupId, userId));
        QVERIFY(memberOf(m_bed.sim->truth(), otherGroup, userId));
    }

    void reusesARecentSnapshot()
    {
        // A first handler syncs; a second one told to reuse snapshots younger than an hour
        // uploads it without asking Dropbox again.
        QVERIFY(startService());
        auto fin = run(FakeConductorOne::syncTask());
        QVERIFY2(fin && fin->has_success(), test::C1TestBed::failure(fin).constData());
        m_bed.stopService();

        ConnectorTaskHandler::Options o;
        o.connection = m_bed.simConnection();
        o.reuseSnapshotYoungerThanSecs = 3600;
        o.c1zDir = m_bed.dir->filePath(QStringLiteral("out"));
        ConnectorTaskHandler handler(o);
        m_bed.sim->server()->resetStats();
        TaskContext ctx(QStringLiteral("local-task"));
        const SyncResult r = handler.fullSync(SyncRequest(), ctx);
        QVERIFY2(r.outcome.ok(), qPrintable(r.outcome.message));
        QVERIFY(!r.removeAfterUpload);
        QVERIFY(QFile::exists(r.c1zPath));
        QVERIFY(r.c1zPath.startsWith(o.c1zDir));
        QCOMPARE(m_bed.sim->stats().apiRequests, qint64(0));
        const Expected<C1zContents> c = readC1z(r.c1zPath);
        QVERIFY2(c, qPrintable(c.error().message()));
        QCOMPARE(int(c->grantColumns.size()), test::grantIds(m_bed.sim->truth()).size());
    }
};

QTEST_GUILESS_MAIN(TestC1SyncOptions)
#include "tst_c1sync_options.moc"
