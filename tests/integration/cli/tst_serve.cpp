// `dropbox-connector-cli serve` as a deployment runs it: the real binary, configured through the
// environment like the Kubernetes manifest does, against a fake ConductorOne on loopback and the
// simulated Dropbox team. It finishes a sync task (upload hash-checked), logs JSON lines, and
// stops cleanly on SIGTERM; bad credentials end it with exit 2, credentials ConductorOne refuses
// with exit 1; SIGTERM in the middle of a sync tells ConductorOne the task was cancelled.

#include "sim/SimServer.h"
#include "sim/SimThread.h"
#include "support/C1TestBed.h"
#include "support/CliFixture.h"
#include "support/SimFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dbx;
using dbx::test::FakeConductorOne;

class TestServe : public QObject
{
    Q_OBJECT

private:
    test::C1TestBed m_bed;

    // The deployment's environment: no BATON_* of the caller; ConductorOne's credentials and host,
    // info logging, the database, and (withDropbox) the simulated team's credentials and address.
    QProcessEnvironment environment(bool withDropbox = true) const
    {
        const QString db = m_bed.dir->filePath(QStringLiteral("snapshots.sqlite"));
        QProcessEnvironment env = withDropbox ? test::cliSimEnvironment(*m_bed.sim, db) : test::cliBaseEnvironment();
        env.insert(QStringLiteral("BATON_CLIENT_ID"), m_bed.key.clientId);
        env.insert(QStringLiteral("BATON_CLIENT_SECRET"), m_bed.key.clientSecret);
        env.insert(QStringLiteral("BATON_C1_API_HOST"), m_bed.fake->grpcTarget());
        env.insert(QStringLiteral("BATON_LOG_LEVEL"), QStringLiteral("info"));
        env.insert(QStringLiteral("BATON_DB"), db);
        return env;
    }

    // serve against the fake ConductorOne, with environment(withDropbox) less the unset variables
    // and plus the set ones.
    void startServe(QProcess &p, const QStringList &extra = {}, bool withDropbox = true, const QStringList &unset = {},
                    const QProcessEnvironment &set = {})
    {
        QProcessEnvironment env = environment(withDropbox);
        for (const QString &k : unset)
            env.remove(k);
        for (const QString &k : set.keys())
            env.insert(k, set.value(k));
        test::startCli(p,
                       QStringList{QStringLiteral("serve"), QStringLiteral("--insecure"),
                                   QStringLiteral("--c1-token-url"), m_bed.fake->tokenUrl().toString(),
                                   QStringLiteral("--host-id"), QStringLiteral("serve-host")}
                           + extra,
                       env);
    }

    // Waits while this process's event loop keeps serving the fake's token endpoint.
    static bool waitForExit(QProcess &p, int timeoutMs) { return test::waitForExit(p, timeoutMs); }

    // SIGTERM; serve must then end by itself within withinMs, normally and with exit code 0.
    static void stopBySigterm(QProcess &p, int withinMs)
    {
        p.terminate();
        QVERIFY2(waitForExit(p, withinMs),
                 qPrintable(QStringLiteral("serve did not stop within %1 s of SIGTERM").arg(withinMs / 1000)));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    // SIGTERM while taskId is still unfinished; serve stops within withinMs and has, before it
    // exited, told ConductorOne how the task ended (the caller reads m_bed.fake->finished(taskId)).
    void stopWhileUnfinished(QProcess &p, const QString &taskId, int withinMs)
    {
        QVERIFY(!m_bed.fake->finished(taskId).has_value());
        stopBySigterm(p, withinMs);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_bed.fake->finished(taskId).has_value());
    }

    static QVector<QJsonObject> jsonLines(const QByteArray &stderrText, QString *bad)
    {
        QVector<QJsonObject> out;
        for (const QByteArray &line : stderrText.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError e;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &e);
            if (!doc.isObject()) {
                *bad = QString::fromUtf8(line);
                return {};
            }
            out << doc.object();
        }
        return out;
    }

    void serveOneSync(const QStringList &extra, bool withDropbox)
    {
        QProcess p;
        startServe(p, extra, withDropbox);
        QVERIFY(p.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_bed.fake->hellos().isEmpty(), 15000);
        QCOMPARE(QString::fromStdString(m_bed.fake->hellos().first().host_id()), QStringLiteral("serve-host"));

        const auto task = FakeConductorOne::syncTask();
        const QString taskId = QString::fromStdString(task.id());
        m_bed.fake->enqueue(task);
        QTRY_VERIFY_WITH_TIMEOUT(m_bed.fake->finished(taskId).has_value(), 30000);
        const auto fin = m_bed.fake->finished(taskId);
        QVERIFY2(fin->has_success(), fin->status().message().c_str());
        QCOMPARE(m_bed.fake->uploads().size(), 1);
        QVERIFY(m_bed.fake->uploads().first().hashMatches);

        QElapsedTimer stopClock;
        stopClock.start();
        stopBySigterm(p, 5000);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(stopClock.elapsed() < 5000);

        QString bad;
        const QByteArray log = p.readAllStandardError();
        if (qEnvironmentVariableIsSet("DBX_SHOW_SERVE_LOG")) // to read what an operator sees
            qInfo().noquote() << log;
        const QVector<QJsonObject> lines = jsonLines(log, &bad);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("not a JSON line: ") + bad));
        QVERIFY(!lines.isEmpty());
        bool sawTask = false;
        bool sawStop = false;
        for (const QJsonObject &o : lines) {
            for (const char *key : {"ts", "level", "category", "msg"})
                QVERIFY2(o.contains(QLatin1String(key)), qPrintable(QJsonDocument(o).toJson()));
            if (o.value(QStringLiteral("task_id")).toString() == taskId && o.value(QStringLiteral("ok")).toBool())
                sawTask = true;
            if (o.value(QStringLiteral("msg")).toString().startsWith(QLatin1String("Stopping")))
                sawStop = true;
        }
        QVERIFY(sawTask);
        QVERIFY(sawStop);
        // Secrets never reach the log.
        for (const QJsonObject &o : lines)
            QVERIFY(!QJsonDocument(o).toJson().contains(m_bed.key.clientSecret.toUtf8()));
    }

private slots:
    void init()
    {
        const Expected<void> up = m_bed.setUp(QStringLiteral("kid-serve"), test::SimFixture::team(30, 5, 5));
        QVERIFY2(up, qPrintable(up.error().message()));
    }

    void cleanup() { m_bed.tearDown(); }

    void servesASyncAndStopsOnSigterm() { serveOneSync({}, true); }

    void demoServesASync() { serveOneSync({QStringLiteral("--demo")}, false); }

    void simulatedConductorOneGetsASync()
    {
        // No tenant at all: serve makes its own ConductorOne, which asks for one sync at once.
        QProcess p;
        startServe(p, {QStringLiteral("--demo"), QStringLiteral("--simulate-conductorone")}, false,
                   {QStringLiteral("BATON_CLIENT_ID"), QStringLiteral("BATON_CLIENT_SECRET"),
                    QStringLiteral("BATON_C1_API_HOST")});
        QVERIFY(p.waitForStarted(5000));
        QByteArray log;
        QElapsedTimer t;
        t.start();
        // The "Task finished" line of the sync: its type and "ok":true.
        const auto finished = [&log] {
            for (const QByteArray &line : log.split('\n'))
                if (line.contains("\"task_type\":\"sync_full\"") && line.contains("\"ok\":true"))
                    return true;
            return false;
        };
        while (!finished() && t.elapsed() < 30000) {
            QTest::qWait(50);
            log += p.readAllStandardError();
        }
        QVERIFY2(finished(), log.constData());
        QCOMPARE(m_bed.fake->hellos().size(), 0); // the test's ConductorOne was not used
        stopBySigterm(p, 5000);
    }

    void sigtermDuringASyncTellsConductorOne()
    {
        sim::Faults slow;
        slow.latencyMs = 800;
        m_bed.sim->setFaults(slow);
        QProcess p;
        startServe(p);
        QVERIFY(p.waitForStarted(5000));
        const auto task = FakeConductorOne::syncTask();
        const QString taskId = QString::fromStdString(task.id());
        m_bed.fake->enqueue(task);
        QTRY_VERIFY_WITH_TIMEOUT(m_bed.fake->heartbeats(taskId) >= 1, 15000);
        QTest::qWait(300);
        stopWhileUnfinished(p, taskId, 5000);
        if (QTest::currentTestFailed())
            return;
        const auto fin = m_bed.fake->finished(taskId);
        QVERIFY(fin->has_error());
        QCOMPARE(fin->status().code(), 1); // CANCELLED: ConductorOne may hand it out again
        QVERIFY(m_bed.fake->uploads().isEmpty());
    }

    void sigtermDuringAHeldWriteReportsTheTruth()
    {
        // A grant whose write Dropbox applies but whose reply it holds: SIGTERM aborts the write,
        // reads the group back, tells ConductorOne the grant is done, and exits within 10 s.
        const Snapshot truth = m_bed.sim->truth();
        QString groupId, userId;
        for (const Group &g : truth.groups) {
            if (g.managementType != GroupManagementType::UserManaged)
                continue;
            for (const Account &a : truth.accounts) {
                bool in = false;
                for (const Membership &m : truth.memberships)
                    in = in || (m.groupId == g.id && m.teamMemberId == a.teamMemberId);
                if (!in && a.status == AccountStatus::Active) {
                    groupId = g.id;
                    userId = a.teamMemberId;
                    break;
                }
            }
            if (!groupId.isEmpty())
                break;
        }
        QVERIFY(!groupId.isEmpty());
        m_bed.sim->setFaults(test::holdWriteReply(QStringLiteral("team/groups/members/add")));

        QProcess p;
        QProcessEnvironment provisioning;
        provisioning.insert(QStringLiteral("BATON_PROVISIONING"), QStringLiteral("true"));
        startServe(p, {}, true, {}, provisioning);
        QVERIFY(p.waitForStarted(5000));
        const auto task
            = FakeConductorOne::grantTask(QStringLiteral("group"), groupId, QStringLiteral("member"), userId);
        const QString taskId = QString::fromStdString(task.id());
        m_bed.fake->enqueue(task);
        QTRY_VERIFY_WITH_TIMEOUT(m_bed.sim->server()->stats().lostWriteReplies >= 1, 30000);
        QTest::qWait(200);

        stopWhileUnfinished(p, taskId, 10000);
        if (QTest::currentTestFailed())
            return;
        const auto fin = m_bed.fake->finished(taskId);
        // Dropbox made the change: ConductorOne hears "done", not "cancelled" or "failed".
        QVERIFY2(fin->has_success(), fin->status().message().c_str());
        bool member = false;
        for (const Membership &m : m_bed.sim->truth().memberships)
            member = member || (m.groupId == groupId && m.teamMemberId == userId);
        QVERIFY(member);
        qint64 adds = 0;
        for (const sim::WriteRecord &w : m_bed.sim->server()->writes())
            adds += w.route == QLatin1String("team/groups/members/add") ? 1 : 0;
        QCOMPARE(adds, qint64(1));
    }

    void missingCredentialsExitTwo()
    {
        QProcess p;
        startServe(p, {}, true, {QStringLiteral("BATON_CLIENT_SECRET")});
        QVERIFY(waitForExit(p, 10000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray text = p.readAllStandardError();
        QVERIFY2(text.contains("BATON_CLIENT_SECRET"), text.constData());
        QCOMPARE(m_bed.fake->tokenRequests(), 0);
    }

    void refusedCredentialsExitOne()
    {
        m_bed.fake->revoke();
        QProcess p;
        startServe(p);
        QVERIFY(waitForExit(p, 20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QString bad;
        const QVector<QJsonObject> lines = jsonLines(p.readAllStandardError(), &bad);
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        bool sawError = false;
        for (const QJsonObject &o : lines)
            sawError = sawError || o.value(QStringLiteral("level")).toString() == QLatin1String("error");
        QVERIFY(sawError);
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
