// Last sign-ins from the team log (team_log/get_events, category logins) over real loopback HTTP
// into a real SQLite file: equal to the simulator's truth over the window; a later read continues
// from the stored cursor and reads only the new events; empty pages with has_more, unsorted events
// and sign-outs are handled; an expired cursor re-reads the window; a missing events.read scope is
// a sentence that says how to add it; the sync reports what was read.

#include "helpers/SyncTestBase.h"
#include "sim/SimServer.h"
#include "store/SnapshotStore.h"
#include "support/SimConnection.h"
#include "support/SimFixture.h"
#include "sync/SignInReader.h"
#include "sync/SyncEngine.h"
#include "worker/ConnectorSession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dbx;

class TestSignIns : public QObject, private test::SyncTestBase
{
    Q_OBJECT

private:
    // A connection on a new database that reads last sign-ins over that many days.
    ConnectionConfig signInConfig(int days = 90)
    {
        ConnectionConfig c = config(newDb(QStringLiteral("signins")));
        c.syncLastLogin = true;
        c.lastLoginDays = days;
        return c;
    }

    // Reads the team's last sign-ins over that many days into the session's store.
    SignInReadOutcome read(ConnectorSession &session, int days = 90)
    {
        SignInReader reader(session.client(), session.store());
        QSignalSpy spy(&reader, &SignInReader::finished);
        reader.start(m_sim->truth().team.teamId, days);
        if (spy.isEmpty() && !spy.wait(60000))
            return SignInReadOutcome();
        return spy.first().first().value<SignInReadOutcome>();
    }

    // Every account's stored last sign-in equals the simulator's newest login_success in the window.
    void compareWithTruth(ConnectorSession &session, int days)
    {
        const auto s = session.store()->load(session.store()->latestCompleteRun());
        QVERIFY(s);
        // The window is measured from the read; a second of slack on its edge.
        const QHash<QString, QDateTime> truth = m_sim->lastSignIns(s->activityReadAt.addDays(-days).addSecs(5));
        int withTime = 0;
        for (const Account &a : s->accounts) {
            if (truth.contains(a.teamMemberId)) {
                QCOMPARE(a.lastActive, truth.value(a.teamMemberId));
                ++withTime;
            } else if (a.lastActive.isValid()) {
                // Only an event right on the window's edge may be there without the truth's slack.
                QVERIFY2(a.lastActive < s->activityReadAt.addDays(-days).addSecs(10), qPrintable(a.email));
            }
        }
        if (days >= 30) // the generated team signs in over the last 60 days
            QVERIFY(withTime > 10);
        QCOMPARE(s->activityDays, days);
        QVERIFY(s->activityReadAt.isValid());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sim = std::make_unique<sim::SimServer>(test::SimFixture::team(80, 4, 11));
        QVERIFY(m_sim->listen());
    }
    void cleanup() { m_sim.reset(); }

    void syncReadsLastSignInsEqualToTheTruth()
    {
        ConnectorSession session(signInConfig());
        const SyncOutcome o = openAndSync(session);
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY2(!o.signInsFailed, qPrintable(o.signIns));
        QVERIFY2(o.signIns.contains(QStringLiteral("of the last 90 days")), qPrintable(o.signIns));
        QVERIFY(o.summary().contains(o.signIns));
        compareWithTruth(session, 90);
        // Sign-outs and failed sign-ins are in the category, but are no sign-in: the truth above
        // counts login_success only, and the comparison held.
    }

    void laterReadsContinueFromTheCursor()
    {
        ConnectorSession session(signInConfig());
        const SyncOutcome first = openAndSync(session);
        QVERIFY2(first.ok, qPrintable(first.message));
        const Snapshot truth = m_sim->truth();
        const QString someone = truth.accounts.at(3).teamMemberId;
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY(m_sim->addSignIn(someone, now.addSecs(-30)));
        QVERIFY(m_sim->addSignIn(someone, now.addSecs(-3600), true)); // older, as an admin, later in the log
        QVERIFY(m_sim->addSignIn(someone, now, false, "logout"));     // a sign-out is no sign-in
        const qint64 getEventsBefore = m_sim->requestCount(QStringLiteral("team_log/get_events"));
        const SignInReadOutcome o = read(session);
        QVERIFY2(o.ok, qPrintable(o.error.message()));
        QVERIFY(o.fromCursor);
        QCOMPARE(o.events, 2);                                                                 // only the new ones
        QCOMPARE(m_sim->requestCount(QStringLiteral("team_log/get_events")), getEventsBefore); // no window read
        const auto s = session.store()->load(session.store()->latestCompleteRun());
        QVERIFY(s);
        for (const Account &a : s->accounts) {
            if (a.teamMemberId == someone)
                QCOMPARE(a.lastActive, QDateTime::fromSecsSinceEpoch(now.addSecs(-30).toSecsSinceEpoch(), Qt::UTC));
        }
    }

    void emptyPagesWithHasMoreAreFollowed()
    {
        sim::Faults f;
        f.teamLogEmptyPages = 3;
        m_sim->setFaults(f);
        ConnectorSession session(signInConfig());
        const SyncOutcome o = openAndSync(session);
        QVERIFY2(o.ok && !o.signInsFailed, qPrintable(o.signIns));
        QVERIFY(m_sim->requestCount(QStringLiteral("team_log/get_events/continue")) >= 3);
        compareWithTruth(session, 90);
    }

    void anExpiredCursorRereadsTheWindow()
    {
        ConnectorSession session(signInConfig(30));
        const SyncOutcome first = openAndSync(session);
        QVERIFY2(first.ok, qPrintable(first.message));
        sim::Faults f;
        f.teamLogResetOnce = true;
        m_sim->setFaults(f);
        const qint64 before = m_sim->requestCount(QStringLiteral("team_log/get_events"));
        const SignInReadOutcome o = read(session, 30);
        QVERIFY2(o.ok, qPrintable(o.error.message()));
        QVERIFY(o.windowReread);
        QCOMPARE(m_sim->requestCount(QStringLiteral("team_log/get_events")), before + 1);
        compareWithTruth(session, 30);
    }

    void aShorterWindowStartsOver()
    {
        ConnectorSession session(signInConfig(90));
        const SyncOutcome first = openAndSync(session);
        QVERIFY2(first.ok, qPrintable(first.message));
        const SignInReadOutcome o = read(session, 7);
        QVERIFY(o.ok);
        QVERIFY(!o.fromCursor);
        compareWithTruth(session, 7);
    }

    void missingScopeIsASentence()
    {
        QStringList scopes = sim::OAuthSettings::defaultScopes();
        scopes.removeAll(QStringLiteral("events.read"));
        m_sim->setGrantedScopes(scopes);
        ConnectorSession session(signInConfig());
        const SyncOutcome o = openAndSync(session);
        QVERIFY(o.ok); // the snapshot is saved all the same
        QVERIFY(o.signInsFailed);
        QVERIFY2(o.signIns.contains(QStringLiteral("events.read"))
                     && o.signIns.contains(QStringLiteral("Permissions tab")),
                 qPrintable(o.signIns));
        const auto s = session.store()->load(session.store()->latestCompleteRun());
        QVERIFY(s);
        QVERIFY(!s->activityReadAt.isValid());
    }

    void theSimulatorFollowsTheContract()
    {
        // Both category and event_type: invalid_filters; an inverted range: invalid_time_range.
        ConnectorSession session(signInConfig());
        QVERIFY(session.open());
        Expected<QJsonValue> reply;
        bool answered = false;
        session.client()->rpc(
            QStringLiteral("team_log/get_events"),
            QJsonObject{
                {QStringLiteral("category"), QJsonObject{{QStringLiteral(".tag"), QStringLiteral("logins")}}},
                {QStringLiteral("event_type"), QJsonObject{{QStringLiteral(".tag"), QStringLiteral("login_success")}}}},
            [&](const Expected<QJsonValue> &r) {
                reply = r;
                answered = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().tag, QStringLiteral("invalid_filters"));
        answered = false;
        session.client()->rpc(QStringLiteral("team_log/get_events/continue"),
                              QJsonObject{{QStringLiteral("cursor"), QStringLiteral("not-a-cursor")}},
                              [&](const Expected<QJsonValue> &r) {
                                  reply = r;
                                  answered = true;
                              });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QCOMPARE(reply.error().tag, QStringLiteral("bad_cursor"));
    }
};

QTEST_GUILESS_MAIN(TestSignIns)
#include "tst_signins.moc"
