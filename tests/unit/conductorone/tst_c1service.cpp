// The service loop against a fake ConductorOne on loopback (token endpoint verifying the
// assertion's signature, grpc++ BatonService): Hello with the connector's metadata, a full sync
// whose c1z is uploaded in chunks, reassembled, hash-checked and opened (rows against the
// simulated team's truth), provisioning tasks and their responses, refusal with provisioning
// off, unknown tasks, heartbeats that cancel, a dropped upload stream retried, a revoked
// credential, stop() in the middle of a task, endpoint rules.

#include "base/Thread.h"
#include "conductorone/C1Service.h"
#include "conductorone/C1z.h"
#include "conductorone/Ksuid.h"
#include "helpers/ServiceTestBed.h"
#include "model/Entitlements.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <google/protobuf/struct.pb.h>

using namespace dbx;
using namespace dbx::c1;
using dbx::c1::testing::ServiceTestBed;
using dbx::c1::testing::str;
using dbx::test::FakeConductorOne;

class TestC1Service : public QObject
{
    Q_OBJECT

private:
    ServiceTestBed m_bed;

private slots:
    void init()
    {
        const Expected<void> up = m_bed.setUp();
        QVERIFY2(up, qPrintable(up.error().message()));
    }

    void cleanup() { m_bed.tearDown(); }

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

        ServiceOptions o = m_bed.options();
        o.apiHost = QStringLiteral("acme.conductor.one:443");
        C1Service service(o, m_bed.handler);
        const Expected<void> started = service.start();
        QVERIFY(!started);
        QVERIFY2(started.error().message().contains(QStringLiteral("loopback")), qPrintable(started.error().message()));
        QVERIFY(!service.isRunning());
    }

    void helloAndFullSync()
    {
        QVERIFY(m_bed.startService(m_bed.options()));
        QSignalSpy started(m_bed.service.get(), &C1Service::taskStarted);
        QSignalSpy finished(m_bed.service.get(), &C1Service::taskFinished);
        QSignalSpy progress(m_bed.service.get(), &C1Service::progress);
        QTRY_VERIFY_WITH_TIMEOUT(!m_bed.fake->hellos().isEmpty(), 10000);
        QTRY_COMPARE(m_bed.service->state(), C1Service::State::Connected);

        // Hello: who we are and what we can do.
        const batonv1::BatonServiceHelloRequest hello = m_bed.fake->hellos().first();
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
            if (rtc.resource_type().id() == "license") { // synced only, read from the member list
                QCOMPARE(rtc.capabilities_size(), 1);
                QCOMPARE(rtc.capabilities(0), v2::CAPABILITY_SYNC);
                QCOMPARE(str(rtc.permissions().permissions(0).permission()), QStringLiteral("members.read"));
                continue;
            }
            QVERIFY(rtc.capabilities_size() >= 2); // sync + provision/account provisioning
            QVERIFY(rtc.permissions().permissions_size() >= 2);
        }
        types.sort();
        QCOMPARE(types, QStringList({"group", "license", "role", "user"}));
        QVERIFY(std::count(caps.connector_capabilities().begin(), caps.connector_capabilities().end(),
                           v2::CAPABILITY_ACTIONS)
                == 1);
        QVERIFY(hello.connector_metadata().account_creation_schema().field_map().count("email") == 1);

        // The sync task.
        const batonv1::Task task = FakeConductorOne::syncTask();
        const auto fin = m_bed.run(task);
        QVERIFY(fin);
        QVERIFY2(fin->has_success(), fin->has_error() ? fin->status().message().c_str() : "no state");
        QCOMPARE(str(fin->host_id()), QStringLiteral("test-host"));
        QVERIFY(m_bed.fake->heartbeats(str(task.id())) >= 1);
        QCOMPARE(m_bed.handler->callList(), QStringList({"fullSync"}));

        const QVector<FakeConductorOne::Upload> uploads = m_bed.fake->uploads();
        QCOMPARE(uploads.size(), 1);
        const FakeConductorOne::Upload &up = uploads.first();
        QCOMPARE(up.taskId, str(task.id()));
        QCOMPARE(up.hostId, QStringLiteral("test-host"));
        QVERIFY(up.hashMatches);
        QVERIFY(up.data.startsWith(QByteArray("C1ZF\0", 5)));
        for (int size : up.chunkSizes)
            QVERIFY(size > 0 && size <= BatonClient::kChunkSize);
        QVERIFY(!QFileInfo::exists(m_bed.dir->filePath(QStringLiteral("sync-%1.c1z").arg(str(task.id())))));

        // The c1z holds the simulated team.
        const QString received = m_bed.dir->filePath(QStringLiteral("received.c1z"));
        QFile f(received);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(up.data);
        f.close();
        const Expected<C1zContents> read = readC1z(received);
        QVERIFY2(read, qPrintable(read.error().message()));
        const C1zContents &c = *read;
        const Snapshot &truth = m_bed.handler->truth;
        QCOMPARE(int(c.resources.size()), truth.accounts.size() + truth.groups.size() + truth.roles.size() + 1);
        QSet<QString> expectedUsers;
        for (const Account &a : truth.accounts)
            expectedUsers.insert(QStringLiteral("user:") + a.teamMemberId);
        QSet<QString> gotUsers;
        for (const QString &ext : c.resourceExternalIds) {
            if (ext.startsWith(QLatin1String("user:")))
                gotUsers.insert(ext);
        }
        QCOMPARE(gotUsers, expectedUsers);
        QCOMPARE(test::grantIds(c), test::grantIds(truth));

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
        m_bed.fake->enqueue(helloTask);
        QTRY_VERIFY_WITH_TIMEOUT(m_bed.fake->hellos().size() == 2, 5000);
        QCOMPARE(str(m_bed.fake->hellos().last().task_id()), str(helloTask.id()));

        m_bed.service->stop();
        QCOMPARE(m_bed.service->state(), C1Service::State::Stopped);
        QVERIFY(!m_bed.service->isRunning());
    }

    void provisioningTasks()
    {
        QVERIFY(m_bed.startService(m_bed.options()));

        // Grant: the handler gets plain values, ConductorOne gets the grant back.
        auto fin = m_bed.run(FakeConductorOne::grantTask(QStringLiteral("group"), QStringLiteral("g:abc"),
                                                         QStringLiteral("owner"), QStringLiteral("dbmid:u1")));
        QVERIFY(fin && fin->has_success());
        {
            QMutexLocker lock(&m_bed.handler->mutex);
            QCOMPARE(m_bed.handler->lastGrant.entitlementId, QStringLiteral("group:g:abc:owner"));
            QCOMPARE(m_bed.handler->lastGrant.resourceType, QStringLiteral("group"));
            QCOMPARE(m_bed.handler->lastGrant.resourceId, QStringLiteral("g:abc"));
            QCOMPARE(m_bed.handler->lastGrant.slug, QStringLiteral("owner"));
            QCOMPARE(m_bed.handler->lastGrant.principalId, QStringLiteral("dbmid:u1"));
        }
        v2::GrantManagerServiceGrantResponse grantResp;
        QVERIFY(fin->success().response().UnpackTo(&grantResp));
        QCOMPARE(grantResp.grants_size(), 1);
        QCOMPARE(str(grantResp.grants(0).id()), QStringLiteral("group:g:abc:owner:user:dbmid:u1"));

        // Revoke of something already gone: success with GrantAlreadyRevoked.
        m_bed.handler->nextOutcome = TaskOutcome::alreadyDone();
        fin = m_bed.run(FakeConductorOne::revokeTask(QStringLiteral("role"), QStringLiteral("pid_dbtmr:1"),
                                                     QStringLiteral("member"), QStringLiteral("dbmid:u2")));
        QVERIFY(fin && fin->has_success());
        v2::GrantManagerServiceRevokeResponse revokeResp;
        QVERIFY(fin->success().response().UnpackTo(&revokeResp));
        QVERIFY(hasAnnotation<v2::GrantAlreadyRevoked>(revokeResp.annotations()));
        QVERIFY(hasAnnotation<v2::GrantAlreadyRevoked>(fin->success().annotations()));
        {
            QMutexLocker lock(&m_bed.handler->mutex);
            QCOMPARE(m_bed.handler->lastRevoke.grantId, QStringLiteral("role:pid_dbtmr:1:member:user:dbmid:u2"));
        }
        m_bed.handler->nextOutcome = TaskOutcome::done();

        // Create account: the email from the profile; the new user's resource comes back.
        fin = m_bed.run(FakeConductorOne::createAccountTask(QStringLiteral("new@acme.test"), QStringLiteral("Nia"),
                                                            QStringLiteral("New")));
        QVERIFY(fin && fin->has_success());
        {
            QMutexLocker lock(&m_bed.handler->mutex);
            QCOMPARE(m_bed.handler->lastCreate.email, QStringLiteral("new@acme.test"));
            QCOMPARE(m_bed.handler->lastCreate.givenName, QStringLiteral("Nia"));
            QCOMPARE(m_bed.handler->lastCreate.surname, QStringLiteral("New"));
        }
        v2::CreateAccountResponse createResp;
        QVERIFY(fin->success().response().UnpackTo(&createResp));
        QVERIFY(createResp.has_success());
        QVERIFY(createResp.success().is_create_account_result());
        QCOMPARE(str(createResp.success().resource().id().resource()), QStringLiteral("dbmid:new"));

        // Delete.
        fin = m_bed.run(FakeConductorOne::deleteTask(QStringLiteral("dbmid:gone")));
        QVERIFY(fin && fin->has_success());
        v2::DeleteResourceResponse deleteResp;
        QVERIFY(fin->success().response().UnpackTo(&deleteResp));

        // Disable through the account action; its status can be asked afterwards.
        fin = m_bed.run(FakeConductorOne::actionTask(QStringLiteral("disable_user"), QStringLiteral("dbmid:u3")));
        QVERIFY(fin && fin->has_success());
        {
            QMutexLocker lock(&m_bed.handler->mutex);
            QCOMPARE(m_bed.handler->lastEnabledUser, QStringLiteral("dbmid:u3"));
            QVERIFY(!m_bed.handler->lastEnable);
        }
        v2::InvokeActionResponse actionResp;
        QVERIFY(fin->success().response().UnpackTo(&actionResp));
        QCOMPARE(actionResp.status(), v2::BATON_ACTION_STATUS_COMPLETE);
        QVERIFY(actionResp.response().fields().at("success").bool_value());
        batonv1::Task status;
        status.set_id(toStd(Ksuid::generate()));
        status.mutable_action_status()->set_id(actionResp.id());
        fin = m_bed.run(status);
        QVERIFY(fin && fin->has_success());
        v2::GetActionStatusResponse statusResp;
        QVERIFY(fin->success().response().UnpackTo(&statusResp));
        QCOMPARE(statusResp.status(), v2::BATON_ACTION_STATUS_COMPLETE);

        // The action schemas.
        fin = m_bed.run(FakeConductorOne::listActionsTask());
        QVERIFY(fin && fin->has_success());
        v2::ListActionSchemasResponse schemas;
        QVERIFY(fin->success().response().UnpackTo(&schemas));
        QCOMPARE(schemas.schemas_size(), 2);
        QCOMPARE(str(schemas.schemas(0).arguments(0).name()), QStringLiteral("user_id"));

        // A failure the handler reports is passed on, non-retryable unless it says otherwise.
        m_bed.handler->nextOutcome
            = TaskOutcome::failed(QStringLiteral("Dropbox said no_such_user"), false, TaskCode::NotFound);
        fin = m_bed.run(FakeConductorOne::grantTask(QStringLiteral("group"), QStringLiteral("g:abc"),
                                                    QStringLiteral("member"), QStringLiteral("dbmid:nobody")));
        QVERIFY(fin && fin->has_error());
        QVERIFY(fin->error().non_retryable());
        QCOMPARE(fin->status().code(), 5);
        QCOMPARE(str(fin->status().message()), QStringLiteral("Dropbox said no_such_user"));

        // Malformed: a grant to something other than a user.
        m_bed.handler->nextOutcome = TaskOutcome::done();
        batonv1::Task toGroup = FakeConductorOne::grantTask(QStringLiteral("group"), QStringLiteral("g:abc"),
                                                            QStringLiteral("member"), QStringLiteral("g:other"));
        toGroup.mutable_grant()->mutable_principal()->mutable_id()->set_resource_type("group");
        fin = m_bed.run(toGroup);
        QVERIFY(fin && fin->has_error());
        QCOMPARE(fin->status().code(), 3);

        // A task type this connector does not handle.
        const int callsBefore = m_bed.handler->callList().size();
        fin = m_bed.run(FakeConductorOne::rotateCredentialsTask());
        QVERIFY(fin && fin->has_error());
        QVERIFY(fin->error().non_retryable());
        QCOMPARE(fin->status().code(), 12);
        QVERIFY2(str(fin->status().message()).contains(QStringLiteral("rotate_credentials")),
                 fin->status().message().c_str());
        QCOMPARE(m_bed.handler->callList().size(), callsBefore);
    }

    void provisioningOffRefusesWrites()
    {
        m_bed.handler->provisioning = false;
        QVERIFY(m_bed.startService(m_bed.options()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_bed.fake->hellos().isEmpty(), 10000);
        // Hello announces sync only.
        // A copy: hellos() returns a list by value, a reference into it would dangle.
        const batonv1::BatonServiceHelloRequest hello = m_bed.fake->hellos().first();
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
            const auto fin = m_bed.run(t);
            QVERIFY(fin && fin->has_error());
            QVERIFY(fin->error().non_retryable());
            QCOMPARE(fin->status().code(), 9); // FAILED_PRECONDITION
            QVERIFY2(str(fin->status().message()).contains(QStringLiteral("Provisioning is turned off")),
                     fin->status().message().c_str());
        }
        QVERIFY(m_bed.handler->callList().isEmpty());

        // Syncing still works.
        const auto fin = m_bed.run(FakeConductorOne::syncTask());
        QVERIFY(fin && fin->has_success());
    }

    void heartbeatCancelsTask()
    {
        m_bed.fake->setNextHeartbeatMs(1000);
        m_bed.handler->blockUntilCancelled = true;
        QVERIFY(m_bed.startService(m_bed.options()));
        const batonv1::Task task = FakeConductorOne::syncTask();
        m_bed.fake->cancelOnHeartbeat(str(task.id()), 2); // the first (synchronous) one passes
        const auto fin = m_bed.run(task, 15000);
        QVERIFY(fin);
        QVERIFY(fin->has_error());
        QCOMPARE(fin->status().code(), 1); // CANCELLED
        QVERIFY(!fin->error().non_retryable());
        QCOMPARE(m_bed.fake->heartbeats(str(task.id())), 2);
        QMutexLocker lock(&m_bed.handler->mutex);
        QVERIFY2(m_bed.handler->cancelReason.contains(QStringLiteral("ConductorOne cancelled")),
                 qPrintable(m_bed.handler->cancelReason));
    }

    void droppedUploadIsRetried()
    {
        // Through the client, with a file big enough for several chunks.
        const auto creds = Credentials::parse(m_bed.key.clientId, m_bed.key.clientSecret);
        auto tokens = std::make_shared<AccessTokenSource>(*creds, m_bed.fake->tokenUrl());
        const Expected<BatonEndpoint> endpoint = BatonEndpoint::resolve(QString(), m_bed.fake->grpcTarget(), true);
        QVERIFY(endpoint);
        BatonClient client(*endpoint, tokens, QStringLiteral("upload-host"));

        QByteArray payload(1300 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(42);
        gen.fillRange(reinterpret_cast<quint32 *>(payload.data()), payload.size() / 4);
        const QString path = m_bed.dir->filePath(QStringLiteral("payload.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(payload);
        f.close();

        m_bed.fake->dropUploads(1, 2); // the first stream breaks after two chunks
        const QString taskId = Ksuid::generate();
        QVector<qint64> seen;
        // The test's event loop must keep serving the token endpoint while the client blocks.
        std::atomic<bool> done{false};
        RpcStatus result;
        ThreadPtr uploader(QThread::create([&] {
            result = client.uploadAsset(taskId, path, [&seen](qint64 sent, qint64) { seen << sent; });
            done = true;
        }));
        uploader->start();
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 20000);
        uploader.reset();
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        QCOMPARE(m_bed.fake->uploadStreams(), 2);
        QCOMPARE(client.uploadAttemptsMade(), qint64(2));
        const QVector<FakeConductorOne::Upload> uploads = m_bed.fake->uploads();
        QCOMPARE(uploads.size(), 1);
        QCOMPARE(uploads.first().data, payload);
        QVERIFY(uploads.first().hashMatches);
        QCOMPARE(uploads.first().sha256, QCryptographicHash::hash(payload, QCryptographicHash::Sha256));
        QCOMPARE(uploads.first().chunkSizes, QVector<int>({512 * 1024, 512 * 1024, 276 * 1024}));
        QCOMPARE(uploads.first().hostId, QStringLiteral("upload-host"));
        QCOMPARE(seen.last(), qint64(payload.size()));

        // And through the service: a sync task whose first upload breaks still succeeds.
        m_bed.fake->dropUploads(1, 1);
        QVERIFY(m_bed.startService(m_bed.options()));
        const auto fin = m_bed.run(FakeConductorOne::syncTask());
        QVERIFY(fin && fin->has_success());
        QCOMPARE(m_bed.fake->uploadStreams(), 4);
        QCOMPARE(m_bed.fake->uploads().size(), 2);
    }

    void uploadGivesUpAfterThreeAttempts()
    {
        m_bed.fake->dropUploads(3, 1);
        QVERIFY(m_bed.startService(m_bed.options()));
        const auto fin = m_bed.run(FakeConductorOne::syncTask(), 20000);
        QVERIFY(fin && fin->has_error());
        QVERIFY(!fin->error().non_retryable());
        QCOMPARE(fin->status().code(), 14); // UNAVAILABLE, as the stream said
        QCOMPARE(m_bed.fake->uploadStreams(), 3);
    }

    void revokedCredentialsStopTheService()
    {
        QVERIFY(m_bed.startService(m_bed.options()));
        QSignalSpy fatal(m_bed.service.get(), &C1Service::fatalError);
        QTRY_VERIFY_WITH_TIMEOUT(!m_bed.fake->hellos().isEmpty(), 10000);
        m_bed.fake->revoke();
        QTRY_COMPARE_WITH_TIMEOUT(fatal.size(), 1, 10000);
        const QString message = fatal.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("refused the client credentials")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("revoked")));
        QTRY_VERIFY(!m_bed.service->isRunning());
        QCOMPARE(m_bed.service->state(), C1Service::State::Failed);
        QVERIFY(m_bed.fake->unauthenticatedCalls() >= 1);
    }

    void refusedAtHelloStopsWithMessage()
    {
        m_bed.fake->setHelloStatus(7); // PERMISSION_DENIED
        QVERIFY(m_bed.startService(m_bed.options()));
        QSignalSpy fatal(m_bed.service.get(), &C1Service::fatalError);
        QTRY_COMPARE_WITH_TIMEOUT(fatal.size(), 1, 10000);
        QVERIFY2(fatal.first().first().toString().contains(QStringLiteral("PERMISSION_DENIED")),
                 qPrintable(fatal.first().first().toString()));
        QCOMPARE(m_bed.fake->hellos().size(), 1); // not retried
    }

    void wrongSecretIsRefused()
    {
        ServiceOptions o = m_bed.options();
        const test::TestKey other = test::makeTestKey();
        o.credentials = *Credentials::parse(m_bed.key.clientId, other.clientSecret);
        QVERIFY(m_bed.startService(o));
        QSignalSpy fatal(m_bed.service.get(), &C1Service::fatalError);
        QTRY_COMPARE_WITH_TIMEOUT(fatal.size(), 1, 10000);
        QVERIFY(fatal.first().first().toString().contains(QStringLiteral("refused the client credentials")));
        QVERIFY(m_bed.fake->hellos().isEmpty());
    }

    void unreachableServerBacksOffAndStops()
    {
        ServiceOptions o = m_bed.options();
        o.apiHost = QStringLiteral("127.0.0.1:1"); // nothing listens there
        o.tokenUrl = m_bed.fake->tokenUrl();
        QVERIFY(m_bed.startService(o));
        QSignalSpy states(m_bed.service.get(), &C1Service::stateChanged);
        QTRY_COMPARE_WITH_TIMEOUT(m_bed.service->state(), C1Service::State::Reconnecting, 10000);
        QElapsedTimer t;
        t.start();
        m_bed.service->stop();
        QVERIFY(t.elapsed() < 3000);
        QCOMPARE(m_bed.service->state(), C1Service::State::Stopped);
    }

    void stopDuringTaskTellsConductorOne()
    {
        m_bed.handler->blockUntilCancelled = true;
        QVERIFY(m_bed.startService(m_bed.options()));
        const batonv1::Task task = FakeConductorOne::syncTask();
        m_bed.fake->enqueue(task);
        QTRY_VERIFY_WITH_TIMEOUT(m_bed.handler->running.load(), 10000);
        m_bed.service->stop();
        QVERIFY(!m_bed.service->isRunning());
        const auto fin = m_bed.fake->finished(str(task.id()));
        QVERIFY(fin);
        QVERIFY(fin->has_error());
        QCOMPARE(fin->status().code(), 1);
        QVERIFY(!fin->error().non_retryable()); // ConductorOne may hand it out again
        QVERIFY(str(fin->status().message()).contains(QStringLiteral("stopping")));
    }

    void pollsHonourNextPoll()
    {
        m_bed.fake->setNextPollMs(400);
        QVERIFY(m_bed.startService(m_bed.options()));
        QTRY_VERIFY_WITH_TIMEOUT(m_bed.fake->getTaskCalls() >= 1, 10000);
        const int first = m_bed.fake->getTaskCalls();
        QTest::qWait(1000);
        const int polls = m_bed.fake->getTaskCalls() - first;
        QVERIFY2(polls >= 1 && polls <= 3, qPrintable(QString::number(polls)));
        QCOMPARE(m_bed.fake->tokenRequests(), 1); // one token for all of it
    }
};

QTEST_GUILESS_MAIN(TestC1Service)
#include "tst_c1service.moc"
