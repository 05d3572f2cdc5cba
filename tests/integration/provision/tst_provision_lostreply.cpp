// Writes whose reply is lost, against the simulated team over real loopback HTTP into a real
// SQLite file. The simulator applies the write, then drops the connection, answers 503, hangs or
// truncates the body (sim::AfterWrite). For every write kind under every fault: the reported
// outcome, the audit row and the snapshot equal the simulator's truth, and exactly the write
// requests the Provisioner decided on reached the simulator (no hidden resend by the client or by
// Qt's HTTP stack). Also: a write that provably did not happen is read back and sent once more;
// a read-back that fails too is "unknown"; a cancel aborts the write in flight and reads it back;
// attempts a killed run left are reconciled; the options of every write arrive as asked.

#include "helpers/ProvisionBed.h"
#include "provision/Plan.h"
#include "provision/Provisioner.h"
#include "sim/SimServer.h"
#include "store/SnapshotStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dbx;
using namespace dbx::test;

namespace {

QJsonObject bodyOf(const sim::WriteRecord &w) { return QJsonDocument::fromJson(w.body).object(); }

} // namespace

class TestLostReply : public QObject, private ProvisionBed
{
    Q_OBJECT

private:
    QString m_adminEmail, m_alice, m_bob, m_sue, m_sales, m_userMgmtRole, m_supportRole;

    void openSession(int requestTimeoutMs = 1500)
    {
        DropboxClient::Options opts;
        opts.requestTimeoutMs = requestTimeoutMs; // "apply, then hang" ends in a timeout
        ProvisionBed::openSession(QStringLiteral("lost replies"), opts);
        m_sim->resetStats();
    }

    QVector<sim::WriteRecord> writesTo(const QString &route) const
    {
        QVector<sim::WriteRecord> out;
        for (const sim::WriteRecord &w : m_sim->writes()) {
            if (w.route == route)
                out << w;
        }
        return out;
    }

    // Exactly one audit row for the action, complete, with this outcome; no attempt left open.
    void checkAudit(const QString &action, const QString &outcome)
    {
        int rows = 0;
        for (const AuditEntry &e : m_session->store()->audit()) {
            QVERIFY2(e.outcome != QLatin1String("attempted"), qPrintable(e.action + QLatin1Char(' ') + e.message));
            if (e.action == action) {
                ++rows;
                QCOMPARE(e.outcome, outcome);
                QVERIFY(!e.message.isEmpty());
            }
        }
        QCOMPARE(rows, 1);
    }

    // Each write of everyWriteUnderEveryFault: its operation on the cast, the route it sends, the
    // audit action it leaves and the member it changes (none for a create).
    struct WriteKind {
        const char *kind;
        const char *route;
        const char *action;
        QString member;
        Operation op;
    };

    QVector<WriteKind> writeKinds() const
    {
        const UserSelector alice = UserSelector::byId(m_alice), bob = UserSelector::byId(m_bob);
        const UserSelector admin = UserSelector::byEmail(m_adminEmail);
        const char *remove = "team/members/remove", *suspend = "team/members/suspend";
        const char *setAdmin = "team/members/set_admin_permissions_v2", *addTo = "team/groups/members/add";
        return {
            {"create", "team/members/add_v2", "create_account", QString(),
             Operation::createAccount(QStringLiteral("new@lost.test"), QStringLiteral("Nina"), QStringLiteral("New"),
                                      QStringLiteral("ext-9"), false, QStringLiteral("Support admin"))},
            {"remove_wipe", remove, "remove_account", m_alice, Operation::removeAccount(alice, true, false)},
            {"remove_keep", remove, "remove_account", m_alice,
             Operation::removeAccount(alice, false, true, {}, {}, true)},
            {"remove_transfer", remove, "remove_account", m_alice,
             Operation::removeAccount(alice, false, false, admin, admin, false)},
            {"suspend", suspend, "suspend", m_alice, Operation::suspend(alice, false)},
            {"suspend_wipe", suspend, "suspend", m_alice, Operation::suspend(alice, true)},
            {"unsuspend", "team/members/unsuspend", "unsuspend", m_sue,
             Operation::unsuspend(UserSelector::byId(m_sue))},
            {"set_role", setAdmin, "set_role", m_alice, Operation::setRole(alice, m_userMgmtRole)},
            {"clear_role", setAdmin, "clear_role", m_bob, Operation::clearRole(bob)},
            {"add_member", addTo, "add_to_group", m_alice, Operation::addToGroup(alice, m_sales, AccessType::Member)},
            {"add_owner", addTo, "add_to_group", m_alice, Operation::addToGroup(alice, m_sales, AccessType::Owner)},
            {"remove_from_group", "team/groups/members/remove", "remove_from_group", m_bob,
             Operation::removeFromGroup(bob, m_sales)},
            {"set_access_type", "team/groups/members/set_access_type", "set_access_type", m_bob,
             Operation::setAccessType(bob, m_sales, AccessType::Owner)},
        };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_sim = test::writableTeam(20, 4, 9);
        QVERIFY(m_sim);
        const Snapshot truth = m_sim->truth();
        m_adminEmail = truth.admin.email;
        m_userMgmtRole = truth.roles.at(1).id;
        m_supportRole = truth.roles.at(2).id;
        m_alice
            = m_sim->addMember(QStringLiteral("alice@lost.test"), QStringLiteral("Alice"), QStringLiteral("Archer"));
        m_bob = m_sim->addMember(QStringLiteral("bob@lost.test"), QStringLiteral("Bob"), QStringLiteral("Baker"));
        m_sue = m_sim->addMember(QStringLiteral("sue@lost.test"), QStringLiteral("Sue"), QStringLiteral("Smith"));
        QVERIFY(m_sim->setMemberStatus(m_sue, AccountStatus::Suspended));
        QVERIFY(m_sim->setMemberRole(m_bob, m_supportRole));
        m_sales = m_sim->addGroup(QStringLiteral("Lost Sales"));
        QVERIFY(m_sim->addMembership(m_sales, m_bob, AccessType::Member));
        openSession();
    }

    void cleanup() { tearDown(); }

    // ---------------------------------------------------------------------------------------
    void everyWriteUnderEveryFault_data()
    {
        QTest::addColumn<int>("write"); // a row of writeKinds()
        QTest::addColumn<int>("fault");
        const QList<QPair<const char *, sim::AfterWrite>> faults{{"drop", sim::AfterWrite::Drop},
                                                                 {"503", sim::AfterWrite::ServiceUnavailable},
                                                                 {"hang", sim::AfterWrite::Hang},
                                                                 {"truncate", sim::AfterWrite::Truncate}};
        const QVector<WriteKind> writes = writeKinds();
        for (int w = 0; w < writes.size(); ++w) {
            for (const auto &f : faults)
                QTest::addRow("%s/%s", writes[w].kind, f.first) << w << int(f.second);
        }
    }

    void everyWriteUnderEveryFault()
    {
        QFETCH(int, write);
        QFETCH(int, fault);
        const WriteKind w = writeKinds().at(write);
        const QString kind = QString::fromLatin1(w.kind);
        const QString route = QString::fromLatin1(w.route);
        const QString action = QString::fromLatin1(w.action);
        const QString &member = w.member;
        const Operation &op = w.op;

        sim::Faults f;
        f.afterWrite = sim::AfterWrite(fault);
        f.afterWriteRoute = route;
        f.afterWriteTimes = 1;
        m_sim->setFaults(f);

        const QVector<OperationResult> results = run({op});
        QCOMPARE(results.size(), 1);
        const OperationResult &r = results.first();
        // The simulator made the change and lost the reply: the report is "done", confirmed.
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(toWire(r.outcome) + QStringLiteral(": ") + r.message));
        QVERIFY2(r.message.contains(QStringLiteral("Confirmed")), qPrintable(r.message));
        QCOMPARE(m_sim->stats().lostWriteReplies, qint64(1));
        // One write request reached Dropbox: nobody sent it a second time.
        const QVector<sim::WriteRecord> sent = writesTo(route);
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().applied());
        checkAudit(action, QStringLiteral("success"));

        // The snapshot equals the truth, and the options arrived as asked.
        const QJsonObject body = bodyOf(sent.first());
        if (kind == QLatin1String("create")) {
            const Snapshot truth = m_sim->truth();
            const Account *t = byEmail(truth, QStringLiteral("new@lost.test"));
            QVERIFY(t);
            QCOMPARE(r.teamMemberId, t->teamMemberId);
            compareMember(t->teamMemberId);
            const QJsonObject m = body.value(QLatin1String("new_members")).toArray().first().toObject();
            QCOMPARE(m.value(QLatin1String("member_given_name")).toString(), QStringLiteral("Nina"));
            QCOMPARE(m.value(QLatin1String("member_surname")).toString(), QStringLiteral("New"));
            QCOMPARE(m.value(QLatin1String("member_external_id")).toString(), QStringLiteral("ext-9"));
            QCOMPARE(m.value(QLatin1String("send_welcome_email")).toBool(true), false);
            QCOMPARE(m.value(QLatin1String("role_ids")).toArray().first().toString(), m_supportRole);
        } else {
            compareMember(member);
        }
        if (route == QLatin1String("team/members/remove")) {
            QCOMPARE(body.value(QLatin1String("wipe_data")).toBool(), op.wipeData);
            QCOMPARE(body.value(QLatin1String("keep_account")).toBool(), op.keepAccount);
            QCOMPARE(body.value(QLatin1String("retain_team_shares")).toBool(), op.retainTeamShares);
            QCOMPARE(body.contains(QLatin1String("transfer_dest_id")), kind == QLatin1String("remove_transfer"));
            QCOMPARE(body.contains(QLatin1String("transfer_admin_id")), kind == QLatin1String("remove_transfer"));
        }
        if (route == QLatin1String("team/members/suspend")) {
            QVERIFY(body.contains(QLatin1String("wipe_data")));
            QCOMPARE(body.value(QLatin1String("wipe_data")).toBool(), kind == QLatin1String("suspend_wipe"));
        }
    }

    // ---------------------------------------------------------------------------------------
    void notAppliedIsReadBackAndSentAgain()
    {
        sim::Faults f;
        f.failWritesBeforeApplying = 1;
        f.afterWriteRoute = QStringLiteral("team/members/suspend");
        m_sim->setFaults(f);
        const QVector<OperationResult> r = run({Operation::suspend(UserSelector::byId(m_alice), false)});
        QCOMPARE(r.size(), 1);
        QVERIFY2(r.first().outcome == Outcome::Success, qPrintable(r.first().message));
        const QVector<sim::WriteRecord> sent = writesTo(QStringLiteral("team/members/suspend"));
        QCOMPARE(sent.size(), 2); // the first provably not applied, then one more
        QVERIFY(!sent[0].applied());
        QVERIFY(sent[1].applied());
        QCOMPARE(toWire(byId(m_sim->truth(), m_alice)->status), QStringLiteral("suspended"));
        compareMember(m_alice);
        checkAudit(QStringLiteral("suspend"), QStringLiteral("success"));
    }

    void readBackFailingTooIsUnknown()
    {
        // Every request fails: the write's reply is lost and nothing can be read back.
        sim::Faults f;
        f.serverErrorRate = 1.0;
        m_sim->setFaults(f);
        const QVector<OperationResult> r = run({Operation::suspend(UserSelector::byId(m_alice), false)});
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().outcome, Outcome::Unknown);
        QVERIFY2(r.first().message.contains(QStringLiteral("sync to confirm")), qPrintable(r.first().message));
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/members/suspend")), qint64(1)); // never resent
        checkAudit(QStringLiteral("suspend"), QStringLiteral("unknown"));
        // The snapshot is not patched on a guess.
        QCOMPARE(toWire(byId(stored(), m_alice)->status), QStringLiteral("active"));
    }

    void planUnderDroppedReplies()
    {
        sim::Faults f;
        f.afterWrite = sim::AfterWrite::Drop; // every applied write loses its reply
        m_sim->setFaults(f);
        const Plan plan = parsePlan(QStringLiteral("action,email_or_id,group_or_role,options\n"
                                                   "suspend,alice@lost.test,,\n"
                                                   "add-to-group,sue@lost.test,Lost Sales,\n"
                                                   "set-role,bob@lost.test,%1,\n")
                                        .arg(m_userMgmtRole)
                                        .toUtf8());
        for (const PlanRow &row : plan.rows)
            QVERIFY2(row.parsed, qPrintable(row.parseError));
        const std::optional<Plan> done = applyPlan(plan);
        QVERIFY(done);
        int success = 0;
        for (const PlanRow &row : done->rows) {
            QVERIFY2(row.result.outcome == Outcome::Success || row.result.outcome == Outcome::NoChange,
                     qPrintable(QStringLiteral("line %1: %2").arg(row.line).arg(row.result.message)));
            success += row.result.outcome == Outcome::Success ? 1 : 0;
        }
        QVERIFY(success >= 2);
        // Each write reached the simulator exactly once.
        QHash<QString, int> perRoute;
        for (const sim::WriteRecord &w : m_sim->writes())
            ++perRoute[w.route];
        for (auto it = perRoute.constBegin(); it != perRoute.constEnd(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        compareMember(m_alice);
        compareMember(m_bob);
        compareMember(m_sue);
    }

    void createBatchWithLostReply()
    {
        sim::Faults f;
        f.afterWrite = sim::AfterWrite::Truncate;
        f.afterWriteTimes = 1;
        m_sim->setFaults(f);
        const QVector<OperationResult> r = run({Operation::createAccount(QStringLiteral("one@lost.test")),
                                                Operation::createAccount(QStringLiteral("two@lost.test"))});
        QCOMPARE(r.size(), 2);
        for (const OperationResult &x : r) {
            QVERIFY2(x.outcome == Outcome::Success, qPrintable(x.message));
            QVERIFY(!x.teamMemberId.isEmpty());
            compareMember(x.teamMemberId);
        }
        QCOMPARE(writesTo(QStringLiteral("team/members/add_v2")).size(), 1); // one batch, sent once
    }

    void cancelAbortsTheWriteInFlight()
    {
        openSession(60000); // the client would wait a minute for the reply
        sim::Faults f;
        f.afterWrite = sim::AfterWrite::Hang;
        f.afterWriteRoute = QStringLiteral("team/members/suspend");
        f.afterWriteTimes = 1;
        m_sim->setFaults(f);
        QSignalSpy spy(m_prov, &Provisioner::finished);
        m_prov->run({Operation::suspend(UserSelector::byId(m_alice), false),
                     Operation::suspend(UserSelector::byId(m_bob), false)});
        QTRY_COMPARE_WITH_TIMEOUT(writesTo(QStringLiteral("team/members/suspend")).size(), 1, 10000);
        // The attempt is on record before the answer (which never comes).
        bool attempted = false;
        for (const AuditEntry &e : m_session->store()->audit())
            attempted = attempted || e.outcome == QLatin1String("attempted");
        QVERIFY(attempted);
        QElapsedTimer clock;
        clock.start();
        m_prov->cancel();
        QVERIFY(spy.wait(10000));
        QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
        const QVector<OperationResult> r = spy.first().first().value<QVector<OperationResult>>();
        QCOMPARE(r.size(), 2);
        QVERIFY2(r[0].outcome == Outcome::Success, qPrintable(r[0].message)); // applied, read back
        QCOMPARE(r[1].outcome, Outcome::Cancelled);
        QCOMPARE(writesTo(QStringLiteral("team/members/suspend")).size(), 1);
        compareMember(m_alice);
        checkAudit(QStringLiteral("suspend"), QStringLiteral("success"));
    }

    void interruptedAttemptsAreReconciled()
    {
        // What a killed run leaves: "attempted" rows of a process that is gone. Alice's suspension
        // reached Dropbox; the role for Sue did not.
        QVERIFY(m_sim->setMemberStatus(m_alice, AccountStatus::Suspended));
        const auto attempt = [this](const QString &action, const QString &user, const QString &object, QJsonObject d) {
            AuditEntry e;
            e.admin = m_adminEmail;
            e.connection = QStringLiteral("lost replies");
            e.action = action;
            e.target = user;
            e.object = object;
            d.insert(QStringLiteral("user"), user);
            d.insert(QStringLiteral("pid"), 2147483000); // no such process
            d.insert(QStringLiteral("instance"), QStringLiteral("a run that was killed"));
            e.details = QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact));
            e.outcome = QStringLiteral("attempted");
            e.message = QStringLiteral("Sent to Dropbox; waiting for the answer.");
            return m_session->store()->appendAudit(e).value_or(0);
        };
        const qint64 a
            = attempt(QStringLiteral("suspend"), QStringLiteral("alice@lost.test"), QString(),
                      QJsonObject{{QStringLiteral("wipe_data"), false}, {QStringLiteral("team_member_id"), m_alice}});
        const qint64 b
            = attempt(QStringLiteral("set_role"), QStringLiteral("sue@lost.test"), m_userMgmtRole,
                      QJsonObject{{QStringLiteral("role"), m_userMgmtRole}, {QStringLiteral("team_member_id"), m_sue}});
        QVERIFY(a > 0 && b > 0);
        QSignalSpy spy(m_prov, &Provisioner::reconciled);
        m_prov->reconcileInterrupted();
        QVERIFY(spy.wait(20000));
        const QVector<OperationResult> r = spy.first().first().value<QVector<OperationResult>>();
        QCOMPARE(r.size(), 2);
        QHash<qint64, AuditEntry> rows;
        for (const AuditEntry &e : m_session->store()->audit())
            rows.insert(e.id, e);
        QCOMPARE(rows.value(a).outcome, QStringLiteral("success"));
        QVERIFY2(rows.value(a).message.contains(QStringLiteral("was made")), qPrintable(rows.value(a).message));
        QCOMPARE(rows.value(b).outcome, QStringLiteral("failed"));
        QVERIFY2(rows.value(b).message.contains(QStringLiteral("not made")), qPrintable(rows.value(b).message));
        QCOMPARE(m_sim->stats().writes, qint64(0)); // reconciling reads; it never writes
        // The snapshot was patched with what Dropbox holds.
        QCOMPARE(toWire(byId(stored(), m_alice)->status), QStringLiteral("suspended"));
        // Nothing left open: a second pass has nothing to do.
        QSignalSpy again(m_prov, &Provisioner::reconciled);
        m_prov->reconcileInterrupted();
        QVERIFY(again.wait(5000));
        QVERIFY(again.first().first().value<QVector<OperationResult>>().isEmpty());
    }

    void attemptsOfALiveProcessAreLeftAlone()
    {
        AuditEntry e;
        e.action = QStringLiteral("suspend");
        e.target = QStringLiteral("alice@lost.test");
        e.details
            = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("user"), QStringLiteral("alice@lost.test")},
                                                          {QStringLiteral("pid"), 1},
                                                          {QStringLiteral("instance"), QStringLiteral("other")}})
                                    .toJson(QJsonDocument::Compact));
        e.outcome = QStringLiteral("attempted");
        const qint64 id = m_session->store()->appendAudit(e).value_or(0);
        QSignalSpy spy(m_prov, &Provisioner::reconciled);
        m_prov->reconcileInterrupted();
        QVERIFY(spy.wait(5000));
        QVERIFY(spy.first().first().value<QVector<OperationResult>>().isEmpty());
        for (const AuditEntry &row : m_session->store()->audit()) {
            if (row.id == id)
                QCOMPARE(row.outcome, QStringLiteral("attempted"));
        }
    }

    // ---------------------------------------------------------------------------------------
    void retryAfterBeyondTheCapFailsWithASentence()
    {
        sim::Faults f;
        f.rateLimitEveryN = 1;
        f.retryAfterSeconds = 3000000;
        m_sim->setFaults(f);
        QElapsedTimer clock;
        clock.start();
        Expected<QJsonValue> got;
        bool done = false;
        m_session->client()->rpc(QStringLiteral("team/get_info"), QJsonValue(), [&](const Expected<QJsonValue> &r) {
            got = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(got.error().kind, Error::Kind::RateLimited);
        const QString text = got.error().message();
        QVERIFY2(text.contains(QStringLiteral("3000000")) && text.contains(QStringLiteral("300 s")), qPrintable(text));
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/get_info")), qint64(1)); // not retried at once
        QVERIFY(clock.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestLostReply)
#include "tst_provision_lostreply.moc"
