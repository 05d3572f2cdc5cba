// An access review from start to plan with the real dropbox-connector-cli against the simulated
// team on loopback: a review of a group is created, rows are decided, the review is read back by
// later processes (each command opens the SQLite file anew: a restart), its evidence is exported
// as CSV and HTML, and its revokes become a plan that `apply --dry-run` accepts row by row and
// that sends nothing to Dropbox.

#include "sim/SimServer.h"
#include "sim/SimThread.h"
#include "support/CliFixture.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dbx;

class TestCliReview : public QObject, private test::CliSimTest
{
    Q_OBJECT

    QString m_group;      // the group under review
    QStringList m_emails; // its members and owners, as the simulator has them

private Q_SLOTS:
    void initTestCase()
    {
        m_options.provisioning = true; // writes allowed
        QVERIFY(startTeam(50, 6, 11));
        const Snapshot truth = m_sim->truth();
        QHash<QString, QString> email;
        for (const Account &a : truth.accounts)
            email.insert(a.teamMemberId, a.email);
        // A user-managed group of a few members.
        QHash<QString, QStringList> members;
        for (const Membership &m : truth.memberships)
            members[m.groupId] << email.value(m.teamMemberId);
        for (const Group &g : truth.groups) {
            if (g.managementType == GroupManagementType::UserManaged && members.value(g.id).size() >= 3) {
                m_group = g.id;
                m_emails = members.value(g.id);
                break;
            }
        }
        QVERIFY(!m_group.isEmpty());
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--quiet")}, &out, &err), 0);
    }

    void createDecideResumeExportPlan()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("create"), QStringLiteral("--scope"),
                      QStringLiteral("group:") + m_group, QStringLiteral("--reviewer"),
                      QStringLiteral("auditor@example.com")},
                     &out, &err),
                 0);
        const QString id = QString::fromUtf8(out.trimmed());
        QVERIFY2(id.toInt() > 0, err.constData());

        // Every member of the group is a row, undecided.
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("show"), id}, &out, &err), 0);
        const QString shown = QString::fromUtf8(out);
        for (const QString &e : m_emails)
            QVERIFY2(shown.contains(e), qPrintable(e));
        QVERIFY(err.isEmpty() || !err.contains("rror"));
        QVERIFY(shown.contains(QStringLiteral("0 of %1 decided").arg(m_emails.size())));

        // Decide in separate processes: each opens the database anew.
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("decide"), id, QStringLiteral("1"),
                      QStringLiteral("keep"), QStringLiteral("--comment"), QStringLiteral("project lead")},
                     &out, &err),
                 0);
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("decide"), id, QStringLiteral("2,3"),
                      QStringLiteral("revoke"), QStringLiteral("--comment"), QStringLiteral("left the project")},
                     &out, &err),
                 0);
        QVERIFY2(err.contains("3 of"), err.constData());
        // Wrong rows and decisions are refused with a reason, and change nothing.
        QCOMPARE(
            run({QStringLiteral("review"), QStringLiteral("decide"), id, QStringLiteral("999"), QStringLiteral("keep")},
                &out, &err),
            2);
        QCOMPARE(
            run({QStringLiteral("review"), QStringLiteral("decide"), id, QStringLiteral("1"), QStringLiteral("maybe")},
                &out, &err),
            2);

        // Resumed: a new process reads the decisions back.
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("list")}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("3 of %1 decided").arg(m_emails.size()).toUtf8()), out.constData());

        QByteArray csv;
        runToFile(
            {QStringLiteral("review"), QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("csv")},
            m_dir.filePath(QStringLiteral("evidence.csv")), &csv);
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), m_emails.size() + 1);
        QVERIFY(lines.at(0).startsWith("review_id,scope,snapshot_run,reviewer"));
        QVERIFY(lines.at(1).contains(",keep,") && lines.at(1).contains("project lead")
                && lines.at(1).contains("auditor@example.com"));
        QVERIFY(lines.at(2).contains(",revoke,remove-from-group,left the project,"));

        QByteArray page;
        runToFile({QStringLiteral("review"), QStringLiteral("export"), id, QStringLiteral("--format"),
                   QStringLiteral("html")},
                  m_dir.filePath(QStringLiteral("evidence.html")), &page);
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("auditor@example.com") && page.contains("left the project"));
        QVERIFY(!page.contains("<script") && !page.contains("src=") && !page.contains("href="));

        const QString plan = m_dir.filePath(QStringLiteral("plan.csv"));
        QByteArray planCsv;
        runToFile({QStringLiteral("review"), QStringLiteral("plan"), id}, plan, &planCsv);
        const QList<QByteArray> rows = planCsv.trimmed().split('\n');
        QCOMPARE(rows.size(), 3); // the header and the two revokes
        QVERIFY(rows.at(1).startsWith("remove-from-group,dbmid:"));
        QVERIFY(rows.at(1).contains(m_group.toUtf8()));

        // The dry run accepts every row as a change and sends nothing.
        m_sim->server()->resetStats();
        QCOMPARE(run({QStringLiteral("apply"), plan, QStringLiteral("--dry-run")}, &out, &err), 0);
        QVERIFY2(out.contains("Preview: 2 will change, 0 already so, 0 invalid."), out.constData());
        QCOMPARE(m_sim->stats().writes, 0);

        // Closed: decisions are final.
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("close"), id}, &out, &err), 0);
        QCOMPARE(
            run({QStringLiteral("review"), QStringLiteral("decide"), id, QStringLiteral("4"), QStringLiteral("keep")},
                &out, &err),
            2);
        QVERIFY2(err.contains("closed"), err.constData());
    }

    void badScopesAreRefused()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("create"), QStringLiteral("--scope"),
                      QStringLiteral("everyone")},
                     &out, &err),
                 2);
        QVERIFY(err.contains("group:"));
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("create"), QStringLiteral("--scope"),
                      QStringLiteral("group:No such group")},
                     &out, &err),
                 1);
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("export"), QStringLiteral("4242")}, &out, &err), 1);
        QVERIFY(err.contains("4242"));
    }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
