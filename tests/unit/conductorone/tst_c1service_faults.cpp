// The service loop when things go wrong, against a fake ConductorOne on loopback: heartbeats
// that cancel, a dropped upload stream retried and one that keeps breaking, a revoked or wrong
// credential, a refused Hello, an unreachable server, stop() in the middle of a task, and the
// poll interval the server asks for.

#include "helpers/ServiceTestBed.h"

#include "base/Thread.h"
#include "conductorone/C1Service.h"
#include "conductorone/Ksuid.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace dbx;
using namespace dbx::c1;
using dbx::c1::testing::ServiceTestBed;
using dbx::c1::testing::str;
using dbx::test::FakeConductorOne;

class TestC1ServiceFaults : public QObject
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

    void heartbeatCancelsTask()
    {
        m_bed.fake->setNextHeartbeatMs(1000);
        m_bed.handler->blockUntilCancelled = true;
        QVERIFY(m_bed.startService(m_bed.options()));
        const batonv1::Task task = FakeConductorOne::syncTask();
        m_bed.fake->cancelOnHeartbeat(str(task.id()), 2);   // the first (synchronous) one passes
        const auto fin = m_bed.run(task, 15000);
        QVERIFY(fin);
        QVERIFY(fin->has_error());
        QCOMPARE(fin->status().code(), 1);              // CANCELLED
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

        m_bed.fake->dropUploads(1, 2);   // the first stream breaks after two chunks
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
        QCOMPARE(fin->status().code(), 14);   // UNAVAILABLE, as the stream said
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
        m_bed.fake->setHelloStatus(7);   // PERMISSION_DENIED
        QVERIFY(m_bed.startService(m_bed.options()));
        QSignalSpy fatal(m_bed.service.get(), &C1Service::fatalError);
        QTRY_COMPARE_WITH_TIMEOUT(fatal.size(), 1, 10000);
        QVERIFY2(fatal.first().first().toString().contains(QStringLiteral("PERMISSION_DENIED")),
                 qPrintable(fatal.first().first().toString()));
        QCOMPARE(m_bed.fake->hellos().size(), 1);   // not retried
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
        o.apiHost = QStringLiteral("127.0.0.1:1");   // nothing listens there
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
        QVERIFY(!fin->error().non_retryable());    // ConductorOne may hand it out again
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
        QCOMPARE(m_bed.fake->tokenRequests(), 1);   // one token for all of it
    }
};

QTEST_GUILESS_MAIN(TestC1ServiceFaults)
#include "tst_c1service_faults.moc"
