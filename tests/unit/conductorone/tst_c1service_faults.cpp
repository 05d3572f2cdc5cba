// The service loop when things go wrong, against a fake ConductorOne on loopback: heartbeats
// that cancel, a dropped upload stream retried and one that keeps breaking, a revoked or wrong
// credential, a refused Hello, an unreachable server, stop() in the middle of a task, and the
// poll interval the server asks for.

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

class TestC1ServiceFaults : public QObject
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
        QString error;
        QVERIFY2(m_fake->start(&error), qPrintable(error));
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

    void heartbeatCancelsTask()
    {
        m_fake->setNextHeartbeatMs(1000);
        m_handler->blockUntilCancelled = true;
        QVERIFY(startService(options()));
        const batonv1::Task task = FakeConductorOne::syncTask();
        m_fake->cancelOnHeartbeat(str(task.id()), 2);   // the first (synchronous) one passes
        const auto fin = run(task, 15000);
        QVERIFY(fin);
        QVERIFY(fin->has_error());
        QCOMPARE(fin->status().code(), 1);              // CANCELLED
        QVERIFY(!fin->error().non_retryable());
        QCOMPARE(m_fake->heartbeats(str(task.id())), 2);
        QMutexLocker lock(&m_handler->mutex);
        QVERIFY2(m_handler->cancelReason.contains(QStringLiteral("ConductorOne cancelled")),
                 qPrintable(m_handler->cancelReason));
    }

    void droppedUploadIsRetried()
    {
        // Through the client, with a file big enough for several chunks.
        const auto creds = Credentials::parse(m_key.clientId, m_key.clientSecret);
        auto tokens = std::make_shared<AccessTokenSource>(*creds, m_fake->tokenUrl());
        const Expected<BatonEndpoint> endpoint = BatonEndpoint::resolve(QString(), m_fake->grpcTarget(), true);
        QVERIFY(endpoint);
        BatonClient client(*endpoint, tokens, QStringLiteral("upload-host"));

        QByteArray payload(1300 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(42);
        gen.fillRange(reinterpret_cast<quint32 *>(payload.data()), payload.size() / 4);
        const QString path = m_dir.filePath(QStringLiteral("payload.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(payload);
        f.close();

        m_fake->dropUploads(1, 2);   // the first stream breaks after two chunks
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
        QCOMPARE(m_fake->uploadStreams(), 2);
        QCOMPARE(client.uploadAttemptsMade(), qint64(2));
        const QVector<FakeConductorOne::Upload> uploads = m_fake->uploads();
        QCOMPARE(uploads.size(), 1);
        QCOMPARE(uploads.first().data, payload);
        QVERIFY(uploads.first().hashMatches);
        QCOMPARE(uploads.first().sha256, QCryptographicHash::hash(payload, QCryptographicHash::Sha256));
        QCOMPARE(uploads.first().chunkSizes, QVector<int>({512 * 1024, 512 * 1024, 276 * 1024}));
        QCOMPARE(uploads.first().hostId, QStringLiteral("upload-host"));
        QCOMPARE(seen.last(), qint64(payload.size()));

        // And through the service: a sync task whose first upload breaks still succeeds.
        m_fake->dropUploads(1, 1);
        QVERIFY(startService(options()));
        const auto fin = run(FakeConductorOne::syncTask());
        QVERIFY(fin && fin->has_success());
        QCOMPARE(m_fake->uploadStreams(), 4);
        QCOMPARE(m_fake->uploads().size(), 2);
    }

    void uploadGivesUpAfterThreeAttempts()
    {
        m_fake->dropUploads(3, 1);
        QVERIFY(startService(options()));
        const auto fin = run(FakeConductorOne::syncTask(), 20000);
        QVERIFY(fin && fin->has_error());
        QVERIFY(!fin->error().non_retryable());
        QCOMPARE(fin->status().code(), 14);   // UNAVAILABLE, as the stream said
        QCOMPARE(m_fake->uploadStreams(), 3);
    }

    void revokedCredentialsStopTheService()
    {
        QVERIFY(startService(options()));
        QSignalSpy fatal(m_service.get(), &C1Service::fatalError);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake->hellos().isEmpty(), 10000);
        m_fake->revoke();
        QTRY_COMPARE_WITH_TIMEOUT(fatal.size(), 1, 10000);
        const QString message = fatal.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("refused the client credentials")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("revoked")));
        QTRY_VERIFY(!m_service->isRunning());
        QCOMPARE(m_service->state(), C1Service::State::Failed);
        QVERIFY(m_fake->unauthenticatedCalls() >= 1);
    }

    void refusedAtHelloStopsWithMessage()
    {
        m_fake->setHelloStatus(7);   // PERMISSION_DENIED
        QVERIFY(startService(options()));
        QSignalSpy fatal(m_service.get(), &C1Service::fatalError);
        QTRY_COMPARE_WITH_TIMEOUT(fatal.size(), 1, 10000);
        QVERIFY2(fatal.first().first().toString().contains(QStringLiteral("PERMISSION_DENIED")),
                 qPrintable(fatal.first().first().toString()));
        QCOMPARE(m_fake->hellos().size(), 1);   // not retried
    }

    void wrongSecretIsRefused()
    {
        ServiceOptions o = options();
        const test::TestKey other = test::makeTestKey();
        o.credentials = *Credentials::parse(m_key.clientId, other.clientSecret);
        QVERIFY(startService(o));
        QSignalSpy fatal(m_service.get(), &C1Service::fatalError);
        QTRY_COMPARE_WITH_TIMEOUT(fatal.size(), 1, 10000);
        QVERIFY(fatal.first().first().toString().contains(QStringLiteral("refused the client credentials")));
        QVERIFY(m_fake->hellos().isEmpty());
    }

    void unreachableServerBacksOffAndStops()
    {
        ServiceOptions o = options();
        o.apiHost = QStringLiteral("127.0.0.1:1");   // nothing listens there
        o.tokenUrl = m_fake->tokenUrl();
        QVERIFY(startService(o));
        QSignalSpy states(m_service.get(), &C1Service::stateChanged);
        QTRY_COMPARE_WITH_TIMEOUT(m_service->state(), C1Service::State::Reconnecting, 10000);
        QElapsedTimer t;
        t.start();
        m_service->stop();
        QVERIFY(t.elapsed() < 3000);
        QCOMPARE(m_service->state(), C1Service::State::Stopped);
    }

    void stopDuringTaskTellsConductorOne()
    {
        m_handler->blockUntilCancelled = true;
        QVERIFY(startService(options()));
        const batonv1::Task task = FakeConductorOne::syncTask();
        m_fake->enqueue(task);
        QTRY_VERIFY_WITH_TIMEOUT(m_handler->running.load(), 10000);
        m_service->stop();
        QVERIFY(!m_service->isRunning());
        const auto fin = m_fake->finished(str(task.id()));
        QVERIFY(fin);
        QVERIFY(fin->has_error());
        QCOMPARE(fin->status().code(), 1);
        QVERIFY(!fin->error().non_retryable());    // ConductorOne may hand it out again
        QVERIFY(str(fin->status().message()).contains(QStringLiteral("stopping")));
    }

    void pollsHonourNextPoll()
    {
        m_fake->setNextPollMs(400);
        QVERIFY(startService(options()));
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->getTaskCalls() >= 1, 10000);
        const int first = m_fake->getTaskCalls();
        QTest::qWait(1000);
        const int polls = m_fake->getTaskCalls() - first;
        QVERIFY2(polls >= 1 && polls <= 3, qPrintable(QString::number(polls)));
        QCOMPARE(m_fake->tokenRequests(), 1);   // one token for all of it
    }
};

QTEST_GUILESS_MAIN(TestC1ServiceFaults)
#include "tst_c1service_faults.moc"
