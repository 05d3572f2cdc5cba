// A change whose run is killed (kill -9) while Dropbox holds the write's reply: the audit row is
// already on disk as "attempted" (written before the request left), and the next start of the
// real dropbox-connector-cli reads the member back from the simulated team and completes the row
// with what Dropbox did, before it sends anything new. Also: exit code 4 for an unknown outcome.

#include "sim/SimServer.h"
#include "sim/SimThread.h"
#include "store/SnapshotStore.h"
#include "support/CliFixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace dbx;

class TestCliInterrupted : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimThread> m_sim;
    QString m_db;

    QProcessEnvironment environment() const
    {
        test::CliSimOptions options;
        options.provisioning = true;
        return test::cliSimEnvironment(*m_sim, m_db, options);
    }

    // output: standard output, then standard error.
    int run(const QStringList &args, QByteArray *output = nullptr)
    {
        const test::CliResult r = test::runCli(args, environment());
        if (output)
            *output = r.out + r.err;
        return r.exitCode;
    }

    QVector<AuditEntry> audit() const
    {
        SnapshotStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!store.open(m_db))
            return {};
        return store.audit();
    }

    QString activeMember(const Snapshot &s) const
    {
        for (const Account &a : s.accounts) {
            if (a.teamMemberId != s.admin.teamMemberId && a.status == AccountStatus::Active && a.roleId.isEmpty())
                return a.email;
        }
        return QString();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".sqlite"));
        m_sim = test::startSimTeam(25, 5);
        QVERIFY(m_sim);
        QByteArray out;
        QCOMPARE(run({QStringLiteral("sync")}, &out), 0);
    }

    void cleanup() { m_sim.reset(); }

    void killedWhileTheReplyIsHeldIsReconciledOnTheNextStart()
    {
        const QString email = activeMember(m_sim->truth());
        QVERIFY(!email.isEmpty());
        m_sim->setFaults(test::holdWriteReply(QStringLiteral("team/members/suspend")));

        QProcess p;
        test::startCli(p, {QStringLiteral("suspend"), email}, environment());
        QVERIFY(p.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->stats().lostWriteReplies >= 1, 30000);
        p.kill(); // SIGKILL: no handler runs
        QVERIFY(p.waitForFinished(5000));

        // Dropbox made the change; the audit log already knows it was attempted.
        const QVector<AuditEntry> before = audit();
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().outcome, QStringLiteral("attempted"));
        QCOMPARE(before.first().action, QStringLiteral("suspend"));
        const qint64 rowId = before.first().id;

        // The next start reads it back and completes the row; the command itself then has
        // nothing to do (the snapshot was corrected by the read-back), so nothing is sent.
        m_sim->setFaults(sim::Faults());
        m_sim->server()->resetStats();
        QByteArray out;
        QCOMPARE(run({QStringLiteral("suspend"), email}, &out), 0);
        QVERIFY2(out.contains("interrupted"), out.constData());
        QCOMPARE(m_sim->stats().writes, 0);
        bool found = false;
        for (const AuditEntry &e : audit()) {
            QVERIFY2(e.outcome != QLatin1String("attempted"), qPrintable(e.message));
            if (e.id == rowId) {
                found = true;
                QCOMPARE(e.outcome, QStringLiteral("success"));
                QVERIFY2(e.message.contains(QStringLiteral("was made")), qPrintable(e.message));
            }
        }
        QVERIFY(found);
    }

    void unknownOutcomeExitsFour()
    {
        const QString email = activeMember(m_sim->truth());
        sim::Faults down;
        down.serverErrorRate = 1.0; // the write's reply is lost and nothing can be read back
        m_sim->setFaults(down);
        QByteArray out;
        const int code = run({QStringLiteral("suspend"), email}, &out);
        QCOMPARE(code, 4);
        QVERIFY2(out.contains("UNKNOWN") && out.contains("sync"), out.constData());
        QCOMPARE(m_sim->server()->requestCount(QStringLiteral("team/members/suspend")), qint64(1));
        QCOMPARE(audit().first().outcome, QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestCliInterrupted)
#include "tst_cli_interrupted.moc"
