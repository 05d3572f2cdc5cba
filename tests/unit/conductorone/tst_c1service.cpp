// The service loop against a fake ConductorOne on loopback (token endpoint verifying the
// assertion's signature, grpc++ BatonService): Hello with the connector's metadata, a full sync
// whose c1z is uploaded in chunks, reassembled, hash-checked and opened (rows against the
// simulated team's truth), provisioning tasks and their responses, refusal with provisioning
// off, unknown tasks, heartbeats that cancel, a dropped upload stream retried, a revoked
// credential, stop() in the middle of a task, endpoint rules.

#include "support/C1Fixtures.h"
#include "support/FakeConductorOne.h"

#include "helpers/FakeTaskHandler.h"

#include "base/Thread.h"
#include "conductorone/C1Service.h"
#include "conductorone/C1z.h"
#include "conductorone/Ksuid.h"
#include "model/Entitlements.h"
#include "sim/SimTeam.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <google/protobuf/struct.pb.h>

using namespace dbx;
using namespace dbx::c1;
using dbx::c1::testing::FakeHandler;
using dbx::c1::testing::str;
using dbx::test::FakeConductorOne;

class TestC1Service : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestKey m_key;
    std::unique_ptr<FakeConductorOne> m_fake;
    std::shared_ptr<FakeHandler> m_handler;
    std::unique_ptr<C1Service> m_service;

    ServiceOptions options() const
    {
        return test::loopbackServiceOptions(*m_fake, m_key, QStringLiteral("test-host"));
    }

    bool startService(const ServiceOptions &o)
    {
        m_service = std::make_unique<C1Service>(o, m_handler);
        if (const Expected<void> started = m_service->start(); !started) {
            qWarning() << started.error().message();
            return false;
        }
        return true;
    }

    // Runs one task through the service and returns how ConductorOne was told it ended.
    std::optional<batonv1::BatonServiceFinishTaskRequest> run(const batonv1::Task &task, int timeoutMs = 10000)
    {
        return test::runTask(*m_fake, task, timeoutMs);
    }

private slots:
    void init()
    {
        m_key = test::makeTestKey(QStringLiteral("acme.conductor.one"), QStringLiteral("kid-svc"));
        m_fake = std::make_unique<FakeConductorOne>(m_key.publicKey, m_key.clientId,
                                                    QStringLiteral("acme.conductor.one"));
        const auto started = m_fake->start();
        QVERIFY2(started, qPrintable(started.error().message()));
        m_handler = std::make_shared<FakeHandler>(m_dir.path());
        sim::TeamSpec spec;
        spec.members = 40;
        spec.groups = 6;
        spec.seed = 7;
        m_handler->truth = sim::SimTeam(spec).truth();
    }

    void cleanup()
    {
        if (m_service)
            m_service->stop();
        m_service.reset();
        m_fake.reset();
    }

    void endpointRules()
    {
        Expected<BatonEndpoint> e = BatonEndpoint::resolve(QStringLiteral("acme.conductor.one"), QString(), false);
        QVERIFY(e);
        QCOMPARE(e->target, QStringLiteral("acme.conductor.one:443"));
        e = BatonEndpoint::resolve(QStringLiteral("acme.conductor.one"), QStringLiteral("api.example:8443"), false);
        QVERIFY(e);
        QCOMPARE(e->target, QStringLiteral("api.example:8443"));
        e = BatonEndpoint::resolve(QStringLiteral("x"), QStringLiteral("[::1]:9000"), true);
        QVERIFY(e);
        QCOMPARE(e->target, QStringLiteral("[::1]:9000"));
        QVERIFY(BatonEndpoint::resolve(QStringLiteral("x"), QStringLiteral("localhost:9000"), true));
        e = BatonEndpoint::resolve(QStringLiteral("acme.conductor.one"), QString(), true);
        QVERIFY(!e);
        QVERIFY2(e.error().message().contains(QStringLiteral("loopback")), qPrintable(e.error().message()));
        QVERIFY(!BatonEndpoint::resolve(QStringLiteral("x"), QStringLiteral("10.1.2.3:80"), true));
        QVERIFY(!BatonEndpoint::resolve(QStringLiteral("x"), QStringLiteral("host:notaport"), false));

        ServiceOptions o = options();
        o.apiHost = QStringLiteral("acme.conductor.one:443");
        C1Service service(o, m_handler);
        const Expected<void> started = service.start();
        QVERIFY(!started);
        QVERIFY2(started.error().message().contains(QStringLiteral("loopback")), qPrintable(started.error().message()));
        QVERIFY(!service.isRunning());
    }

    void helloAndFullSync()
    {
        QVERIFY(startService(options()));
        QSignalSpy started(m_service.get(), &C1Service::taskStarted);
        QSignalSpy finished(m_service.get(), &C1Service::taskFinished);
        QSignalSpy progress(m_service.get(), &C1Service::progress);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake->hellos().isEmpty(), 10000);
        QTRY_COMPARE(m_service->state(), C1Service::State::Connected);

        // Hello: who we are and what we can do.
        const batonv1::BatonServiceHelloRequest hello = m_fake->hellos().first();
        QCOMPARE(str(hello.host_id()), QStringLiteral("test-host"));
        QVERIFY(hello.task_id().empty());
        QCOMPARE(str(hello.connector_metadata().display_name()), QStringLiteral("Dropbox"));
        QVERIFY(!hello.connector_metadata().description().empty());
        QCOMPARE(str(hello.build_info().package()), QStringLiteral("dropbox-team-connector"));
        QVERIFY(!hello.os_info().hostname().empty());
        QVERIFY(!hello.os_info().virtualization_system().empty());
        const v2::ConnectorCapabilities &caps = hello.connector_metadata().capabilities();
        QStringList types;
        for (const v2::ResourceTypeCapability &rtc : caps.resource_type_capabilities()) {
            types << str(rtc.resource_type().id());
            QVERIFY(rtc.capabilities_size() >= 2);   // sync + provision/account provisioning
            QVERIFY(rtc.permissions().permissions_size() >= 2);
        }
        types.sort();
        QCOMPARE(types, QStringList({"group", "role", "user"}));
        QVERIFY(std::count(caps.connector_capabilities().begin(), caps.connector_capabilities().end(),
                           v2::CAPABILITY_ACTIONS) == 1);
        QVERIFY(hello.connector_metadata().account_creation_schema().field_map().count("email") == 1);

        // The sync task.
        const batonv1::Task task = FakeConductorOne::syncTask();
        const auto fin = run(task);
        QVERIFY(fin);
        QVERIFY2(fin->has_success(), fin->has_error() ? fin->status().message().c_str() : "no state");
        QCOMPARE(str(fin->host_id()), QStringLiteral("test-host"));
        QVERIFY(m_fake->heartbeats(str(task.id())) >= 1);
        QCOMPARE(m_handler->callList(), QStringList({"fullSync"}));

        const QVector<FakeConductorOne::Upload> uploads = m_fake->uploads();
        QCOMPARE(uploads.size(), 1);
        const FakeConductorOne::Upload &up = uploads.first();
        QCOMPARE(up.taskId, str(task.id()));
        QCOMPARE(up.hostId, QStringLiteral("test-host"));
        QVERIFY(up.hashMatches);
        QVERIFY(up.data.startsWith(QByteArray("C1ZF\0", 5)));
        for (int size : up.chunkSizes)
            QVERIFY(size > 0 && size <= BatonClient::kChunkSize);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("sync-%1.c1z").arg(str(task.id())))));

        // The c1z holds the simulated team.
        const QString received = m_dir.filePath(QStringLiteral("received.c1z"));
        QFile f(received);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(up.data);
        f.close();
        const Expected<C1zContents> read = readC1z(received);
        QVERIFY2(read, qPrintable(read.error().message()));
        const C1zContents &c = *read;
        const Snapshot &truth = m_handler->truth;
        QCOMPARE(int(c.resources.size()), truth.accounts.size() + truth.groups.size() + truth.roles.size());
        QSet<QString> expectedUsers;
        for (const Account &a : truth.accounts)
            expectedUsers.insert(QStringLiteral("user:") + a.teamMemberId);
        QSet<QString> gotUsers;
        for (const QString &ext : c.resourceExternalIds) {
            if (ext.startsWith(QLatin1String("user:")))
                gotUsers.insert(ext);
        }
        QCOMPARE(gotUsers, expectedUsers);
        QSet<QString> expectedGrants;
        for (const Grant &g : grantsOf(truth))
            expectedGrants.insert(g.id());
        QSet<QString> gotGrants;
        for (const C1zGrantColumns &g : c.grantColumns)
            gotGrants.insert(g.externalId);
        QCOMPARE(gotGrants, expectedGrants);

        // What the GUI sees.
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(started.size(), 1);
        const TaskRecord rec = finished.first().first().value<TaskRecord>();
        QCOMPARE(rec.type, QStringLiteral("sync_full"));
        QVERIFY(rec.ok);
        QVERIFY(rec.finished);
        bool sawUpload = false;
        for (const QList<QVariant> &p : qAsConst(progress))
            sawUpload = sawUpload || p.at(1).toString() == QLatin1String("Uploading");
        QVERIFY(sawUpload);

        // A Hello task is answered with a Hello naming it.
        batonv1::Task helloTask;
        helloTask.set_id(toStd(Ksuid::generate()));
        helloTask.mutable_hello();
        m_fake->enqueue(helloTask);
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->hellos().size() == 2, 5000);
        QCOMPARE(str(m_fake->hellos().last().task_id()), str(helloTask.id()));

        m_service->stop();
        QCOMPARE(m_service->state(), C1Service::State::Stopped);
        QVERIFY(!m_service->isRunning());
    }

    void provisioningTasks()
    {
        QVERIFY(startService(options()));

        // Grant: the handler gets plain values, ConductorOne gets the grant back.
        auto fin = run(FakeConductorOne::grantTask(QStringLiteral("group"), QStringLiteral("g:abc"),
                                                   QStringLiteral("owner"), QStringLiteral("dbmid:u1")));
        QVERIFY(fin && fin->has_success());
        {
            QMutexLocker lock(&m_handler->mutex);
            QCOMPARE(m_handler->lastGrant.entitlementId, QStringLiteral("group:g:abc:owner"));
            QCOMPARE(m_handler->lastGrant.resourceType, QStringLiteral("group"));
            QCOMPARE(m_handler->lastGrant.resourceId, QStringLiteral("g:abc"));
            QCOMPARE(m_handler->lastGrant.slug, QStringLiteral("owner"));
            QCOMPARE(m_handler->lastGrant.principalId, QStringLiteral("dbmid:u1"));
        }
        v2::GrantManagerServiceGrantResponse grantResp;
        QVERIFY(fin->success().response().UnpackTo(&grantResp));
        QCOMPARE(grantResp.grants_size(), 1);
        QCOMPARE(str(grantResp.grants(0).id()), QStringLiteral("group:g:abc:owner:user:dbmid:u1"));

        // Revoke of something already gone: success with GrantAlreadyRevoked.
        m_handler->nextOutcome = TaskOutcome::alreadyDone();
        fin = run(FakeConductorOne::revokeTask(QStringLiteral("role"), QStringLiteral("pid_dbtmr:1"),
                                               QStringLiteral("member"), QStringLiteral("dbmid:u2")));
        QVERIFY(fin && fin->has_success());
        v2::GrantManagerServiceRevokeResponse revokeResp;
        QVERIFY(fin->success().response().UnpackTo(&revokeResp));
        QVERIFY(hasAnnotation<v2::GrantAlreadyRevoked>(revokeResp.annotations()));
        QVERIFY(hasAnnotation<v2::GrantAlreadyRevoked>(fin->success().annotations()));
        {
            QMutexLocker lock(&m_handler->mutex);
            QCOMPARE(m_handler->lastRevoke.grantId, QStringLiteral("role:pid_dbtmr:1:member:user:dbmid:u2"));
        }
        m_handler->nextOutcome = TaskOutcome::done();

        // Create account: the email from the profile; the new user's resource comes back.
        fin = run(FakeConductorOne::createAccountTask(QStringLiteral("new@acme.test"), QStringLiteral("Nia"),
                                                      QStringLiteral("New")));
        QVERIFY(fin && fin->has_success());
        {
            QMutexLocker lock(&m_handler->mutex);
            QCOMPARE(m_handler->lastCreate.email, QStringLiteral("new@acme.test"));
            QCOMPARE(m_handler->lastCreate.givenName, QStringLiteral("Nia"));
            QCOMPARE(m_handler->lastCreate.surname, QStringLiteral("New"));
        }
        v2::CreateAccountResponse createResp;
        QVERIFY(fin->success().response().UnpackTo(&createResp));
        QVERIFY(createResp.has_success());
        QVERIFY(createResp.success().is_create_account_result());
        QCOMPARE(str(createResp.success().resource().id().resource()), QStringLiteral("dbmid:new"));

        // Delete.
        fin = run(FakeConductorOne::deleteTask(QStringLiteral("dbmid:gone")));
        QVERIFY(fin && fin->has_success());
        v2::DeleteResourceResponse deleteResp;
        QVERIFY(fin->success().response().UnpackTo(&deleteResp));

        // Disable through the account action; its status can be asked afterwards.
        fin = run(FakeConductorOne::actionTask(QStringLiteral("disable_user"), QStringLiteral("dbmid:u3")));
        QVERIFY(fin && fin->has_success());
        {
            QMutexLocker lock(&m_handler->mutex);
            QCOMPARE(m_handler->lastEnabledUser, QStringLiteral("dbmid:u3"));
            QVERIFY(!m_handler->lastEnable);
        }
        v2::InvokeActionResponse actionResp;
        QVERIFY(fin->success().response().UnpackTo(&actionResp));
        QCOMPARE(actionResp.status(), v2::BATON_ACTION_STATUS_COMPLETE);
        QVERIFY(actionResp.response().fields().at("success").bool_value());
        batonv1::Task status;
        status.set_id(toStd(Ksuid::generate()));
        status.mutable_action_status()->set_id(actionResp.id());
        fin = run(status);
        QVERIFY(fin && fin->has_success());
        v2::GetActionStatusResponse statusResp;
        QVERIFY(fin->success().response().UnpackTo(&statusResp));
        QCOMPARE(statusResp.status(), v2::BATON_ACTION_STATUS_COMPLETE);

        // The action schemas.
        fin = run(FakeConductorOne::listActionsTask());
        QVERIFY(fin && fin->has_success());
        v2::ListActionSchemasResponse schemas;
        QVERIFY(fin->success().response().UnpackTo(&schemas));
        QCOMPARE(schemas.schemas_size(), 2);
        QCOMPARE(str(schemas.schemas(0).arguments(0).name()), QStringLiteral("user_id"));

        // A failure the handler reports is passed on, non-retryable unless it says otherwise.
        m_handler->nextOutcome = TaskOutcome::failed(QStringLiteral("Dropbox said no_such_user"), false,
                                                     TaskCode::NotFound);
        fin = run(FakeConductorOne::grantTask(QStringLiteral("group"), QStringLiteral("g:abc"),
                                              QStringLiteral("member"), QStringLiteral("dbmid:nobody")));
        QVERIFY(fin && fin->has_error());
        QVERIFY(fin->error().non_retryable());
        QCOMPARE(fin->status().code(), 5);
        QCOMPARE(str(fin->status().message()), QStringLiteral("Dropbox said no_such_user"));

        // Malformed: a grant to something other than a user.
        m_handler->nextOutcome = TaskOutcome::done();
        batonv1::Task toGroup = FakeConductorOne::grantTask(QStringLiteral("group"), QStringLiteral("g:abc"),
                                                            QStringLiteral("member"), QStringLiteral("g:other"));
        toGroup.mutable_grant()->mutable_principal()->mutable_id()->set_resource_type("group");
        fin = run(toGroup);
        QVERIFY(fin && fin->has_error());
        QCOMPARE(fin->status().code(), 3);

        // A task type this connector does not handle.
        const int callsBefore = m_handler->callList().size();
        fin = run(FakeConductorOne::rotateCredentialsTask());
        QVERIFY(fin && fin->has_error());
        QVERIFY(fin->error().non_retryable());
        QCOMPARE(fin->status().code(), 12);
        QVERIFY2(str(fin->status().message()).contains(QStringLiteral("rotate_credentials")),
                 fin->status().message().c_str());
        QCOMPARE(m_handler->callList().size(), callsBefore);
    }

    void provisioningOffRefusesWrites()
    {
        m_handler->provisioning = false;
        QVERIFY(startService(options()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake->hellos().isEmpty(), 10000);
        // Hello announces sync only.
        // A copy: hellos() returns a list by value, a reference into it would dangle.
        const batonv1::BatonServiceHelloRequest hello = m_fake->hellos().first();
        const v2::ConnectorCapabilities &caps = hello.connector_metadata().capabilities();
        QCOMPARE(caps.connector_capabilities_size(), 1);
        QCOMPARE(caps.connector_capabilities(0), v2::CAPABILITY_SYNC);

        const QVector<batonv1::Task> writes = {
            FakeConductorOne::grantTask(QStringLiteral("group"), QStringLiteral("g:1"), QStringLiteral("member"),
                                        QStringLiteral("dbmid:1")),
            FakeConductorOne::revokeTask(QStringLiteral("group"), QStringLiteral("g:1"), QStringLiteral("member"),
                                         QStringLiteral("dbmid:1")),
            FakeConductorOne::createAccountTask(QStringLiteral("a@b.test"), QString(), QString()),
            FakeConductorOne::deleteTask(QStringLiteral("dbmid:1")),
            FakeConductorOne::actionTask(QStringLiteral("enable_user"), QStringLiteral("dbmid:1")),
        };
        for (const batonv1::Task &t : writes) {
            const auto fin = run(t);
            QVERIFY(fin && fin->has_error());
            QVERIFY(fin->error().non_retryable());
            QCOMPARE(fin->status().code(), 9);   // FAILED_PRECONDITION
            QVERIFY2(str(fin->status().message()).contains(QStringLiteral("Provisioning is turned off")),
                     fin->status().message().c_str());
        }
        QVERIFY(m_handler->callList().isEmpty());

        // Syncing still works.
        const auto fin = run(FakeConductorOne::syncTask());
        QVERIFY(fin && fin->has_success());
    }
};

QTEST_GUILESS_MAIN(TestC1Service)
#include "tst_c1service.moc"
