// `findings` and `report` of the real dropbox-connector-cli against a seeded simulated team on
// loopback. The team is given one case of every rule on purpose (a suspended admin, a suspended
// group owner, a group without owner, an empty group, too many team admins, a fresh invitation
// next to the stale ones); the test then works out the expected rows itself from the simulator's
// own truth, with its own code, and compares them with what the product reports.

#include "sim/SimServer.h"
#include "sim/SimThread.h"
#include "support/CliFixture.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dbx;

namespace {
using IdSet = QSet<QString>;

// What every rule should list, from the simulator's truth alone.
QHash<QString, IdSet> expectedFindings(const Snapshot &truth, const QDateTime &now, int staleDays, int maxAdmins)
{
    QHash<QString, IdSet> e;
    for (const QString &id :
         {QStringLiteral("group_without_owner"), QStringLiteral("suspended_admin"),
          QStringLiteral("suspended_group_owner"), QStringLiteral("stale_invite"), QStringLiteral("inactive_member"),
          QStringLiteral("admin_count"), QStringLiteral("recoverable_removed"), QStringLiteral("empty_group")})
        e.insert(id, {});
    QString teamAdminRole;
    for (const Role &r : truth.roles) {
        if (r.name == QLatin1String("Team admin"))
            teamAdminRole = r.id;
    }
    QHash<QString, int> members, owners;
    QSet<QString> ownersOfAny;
    for (const Membership &m : truth.memberships) {
        if (m.accessType == AccessType::Owner) {
            ++owners[m.groupId];
            ownersOfAny.insert(m.teamMemberId);
        } else {
            ++members[m.groupId];
        }
    }
    for (const Group &g : truth.groups) {
        if (members.value(g.id) + owners.value(g.id) == 0)
            e[QStringLiteral("empty_group")].insert(g.id);
        else if (owners.value(g.id) == 0 && g.managementType == GroupManagementType::UserManaged)
            e[QStringLiteral("group_without_owner")].insert(g.id);
    }
    IdSet admins;
    for (const Account &a : truth.accounts) {
        if (a.status == AccountStatus::Suspended && !a.roleId.isEmpty())
            e[QStringLiteral("suspended_admin")].insert(a.teamMemberId);
        if (a.status == AccountStatus::Suspended && ownersOfAny.contains(a.teamMemberId))
            e[QStringLiteral("suspended_group_owner")].insert(a.teamMemberId);
        if (a.status == AccountStatus::Invited && a.invitedOn.isValid() && a.invitedOn.addDays(staleDays) < now)
            e[QStringLiteral("stale_invite")].insert(a.teamMemberId);
        if (a.status == AccountStatus::Removed && a.removedIsRecoverable)
            e[QStringLiteral("recoverable_removed")].insert(a.teamMemberId);
        if (a.status == AccountStatus::Active && !teamAdminRole.isEmpty() && a.roleId == teamAdminRole)
            admins.insert(a.teamMemberId);
    }
    if (admins.size() > maxAdmins || admins.size() == 1)
        e[QStringLiteral("admin_count")] = admins;
    return e;
}
} // namespace

class TestCliInsight : public QObject, private test::CliSimTest
{
    Q_OBJECT

    QJsonObject findingsJson(const QStringList &extra = {})
    {
        QByteArray out, err;
        const int code
            = run(QStringList{QStringLiteral("findings"), QStringLiteral("--format"), QStringLiteral("json")} + extra,
                  &out, &err);
        if (code != 0)
            qWarning("findings: %s", err.constData());
        return QJsonDocument::fromJson(out).object();
    }

    static QHash<QString, IdSet> reported(const QJsonObject &doc)
    {
        QHash<QString, IdSet> r;
        for (const QJsonValue &f : doc.value(QStringLiteral("findings")).toArray()) {
            IdSet ids;
            const QJsonArray items = f.toObject().value(QStringLiteral("items")).toArray();
            for (const QJsonValue &i : items)
                ids.insert(i.toObject().value(QStringLiteral("id")).toString());
            if (f.toObject().value(QStringLiteral("count")).toInt() != items.size())
                qWarning("count differs from the items");
            r.insert(f.toObject().value(QStringLiteral("id")).toString(), ids);
        }
        return r;
    }

    void compare(const QJsonObject &doc, int staleDays, int maxAdmins)
    {
        const QDateTime now = QDateTime::fromString(doc.value(QStringLiteral("generated_at")).toString(), Qt::ISODate);
        QVERIFY(now.isValid());
        const QHash<QString, IdSet> expected = expectedFindings(m_sim->truth(), now, staleDays, maxAdmins);
        const QHash<QString, IdSet> got = reported(doc);
        QCOMPARE(got.keys().size(), expected.keys().size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(got.contains(it.key()), qPrintable(it.key()));
            QVERIFY2(got.value(it.key()) == it.value(),
                     qPrintable(it.key() + QStringLiteral(": got ") + QString::number(got.value(it.key()).size())
                                + QStringLiteral(", expected ") + QString::number(it.value().size())));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startTeam(80, 8, 7));
        sim::SimServer *s = m_sim->server();
        const Snapshot truth = m_sim->truth();
        QString teamAdminRole, otherRole;
        for (const Role &r : truth.roles) {
            if (r.name == QLatin1String("Team admin"))
                teamAdminRole = r.id;
            else if (otherRole.isEmpty())
                otherRole = r.id;
        }
        QVERIFY(!teamAdminRole.isEmpty() && !otherRole.isEmpty());
        QSet<QString> owners;
        for (const Membership &m : truth.memberships) {
            if (m.accessType == AccessType::Owner)
                owners.insert(m.teamMemberId);
        }
        QStringList plain; // active, no role, owns nothing, not the authorizing admin
        QString owner;
        for (const Account &a : truth.accounts) {
            if (a.status != AccountStatus::Active || !a.roleId.isEmpty() || a.teamMemberId == truth.admin.teamMemberId)
                continue;
            if (owners.contains(a.teamMemberId))
                owner = a.teamMemberId;
            else
                plain << a.teamMemberId;
        }
        QVERIFY(plain.size() > 10 && !owner.isEmpty());
        // suspended_admin
        QVERIFY(s->setMemberRole(plain.at(0), otherRole));
        QVERIFY(s->setMemberStatus(plain.at(0), AccountStatus::Suspended));
        // suspended_group_owner
        QVERIFY(s->setMemberStatus(owner, AccountStatus::Suspended));
        // admin_count: seven active team admins in all
        for (int i = 1; i <= 6; ++i)
            QVERIFY(s->setMemberRole(plain.at(i), teamAdminRole));
        // group_without_owner and empty_group
        const QString ownerless = s->addGroup(QStringLiteral("Contractors (no owner)"));
        QVERIFY(s->addMembership(ownerless, plain.at(7), AccessType::Member));
        s->addGroup(QStringLiteral("Nobody here"));
        // A fresh invitation: not stale.
        s->addMember(QStringLiteral("fresh.invite@example.com"), QStringLiteral("Fresh"), QStringLiteral("Invite"),
                     false);

        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--quiet")}, &out, &err), 0);
    }

    void everyRuleMatchesTheTruth()
    {
        const QJsonObject doc = findingsJson();
        QVERIFY(doc.value(QStringLiteral("run")).toInt() > 0);
        compare(doc, 30, 5);
        // The seeded cases are there: the comparison above is not of two empty lists.
        const QHash<QString, IdSet> got = reported(doc);
        for (const char *id : {"group_without_owner", "suspended_admin", "suspended_group_owner", "stale_invite",
                               "admin_count", "empty_group"})
            QVERIFY2(!got.value(QString::fromLatin1(id)).isEmpty(), id);
        QVERIFY(got.value(QStringLiteral("inactive_member")).isEmpty());
        // Sign-in not read: no count (not a misleading 0) and a note that says so.
        for (const QJsonValue &f : doc.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject o = f.toObject();
            if (o.value(QStringLiteral("id")).toString() != QLatin1String("inactive_member"))
                continue;
            QVERIFY(o.value(QStringLiteral("count")).isNull());
            QVERIFY(o.value(QStringLiteral("note")).toString().contains(QStringLiteral("not read")));
        }
        QByteArray text, err;
        QCOMPARE(run({QStringLiteral("findings")}, &text, &err), 0);
        QVERIFY2(QString::fromUtf8(text).contains(QRegularExpression(QStringLiteral("inactive_member +not read "))),
                 text.constData());
        // Every item says what it is and names it.
        for (const QJsonValue &f : doc.value(QStringLiteral("findings")).toArray()) {
            for (const QJsonValue &i : f.toObject().value(QStringLiteral("items")).toArray()) {
                const QString kind = i.toObject().value(QStringLiteral("kind")).toString();
                QVERIFY(kind == QLatin1String("account") || kind == QLatin1String("group"));
                QVERIFY(!i.toObject().value(QStringLiteral("name")).toString().isEmpty());
            }
        }
    }

    void thresholdsAreOptions()
    {
        const QJsonObject doc = findingsJson({QStringLiteral("--max-admins"), QStringLiteral("10"),
                                              QStringLiteral("--stale-days"), QStringLiteral("100000")});
        compare(doc, 100000, 10);
        QVERIFY(reported(doc).value(QStringLiteral("admin_count")).isEmpty());
        QVERIFY(reported(doc).value(QStringLiteral("stale_invite")).isEmpty());
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("findings"), QStringLiteral("--max-admins"), QStringLiteral("zero")}, &out, &err),
                 2);
        QVERIFY(err.contains("--max-admins"));
    }

    void overviewCountsTheSnapshot()
    {
        const QJsonObject overview = findingsJson().value(QStringLiteral("overview")).toObject();
        const Snapshot truth = m_sim->truth();
        QHash<QString, int> status;
        for (const Account &a : truth.accounts)
            ++status[toWire(a.status)];
        const QJsonObject byStatus = overview.value(QStringLiteral("accounts_by_status")).toObject();
        for (const char *s : {"active", "invited", "suspended", "removed"})
            QCOMPARE(byStatus.value(QString::fromLatin1(s)).toInt(), status.value(QString::fromLatin1(s)));
        QCOMPARE(overview.value(QStringLiteral("accounts")).toInt(), truth.accounts.size());
        QCOMPARE(overview.value(QStringLiteral("memberships")).toInt(), truth.memberships.size());
        int groups = 0, memberships = 0;
        for (const QJsonValue &b : overview.value(QStringLiteral("group_sizes")).toArray()) {
            groups += b.toObject().value(QStringLiteral("groups")).toInt();
            memberships += b.toObject().value(QStringLiteral("members")).toInt()
                + b.toObject().value(QStringLiteral("owners")).toInt();
        }
        QCOMPARE(groups, truth.groups.size());
        QCOMPARE(memberships, truth.memberships.size());
        int held = 0;
        for (const QJsonValue &r : overview.value(QStringLiteral("admin_roles")).toArray())
            held += r.toObject().value(QStringLiteral("count")).toInt();
        QCOMPARE(held, truth.accounts.size() - status.value(QStringLiteral("removed")));
        QVERIFY(overview.value(QStringLiteral("last_sign_in")).isNull());
    }

    void reportsAreWrittenWhole()
    {
        QByteArray out, err;
        QByteArray page;
        runToFile({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("html")},
                  m_dir.filePath(QStringLiteral("report.html")), &page);
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("<svg"));
        QVERIFY(page.contains("suspended_admin"));
        // Self-contained: nothing to fetch, nothing to run.
        QVERIFY(!page.contains("<script"));
        QVERIFY(!page.contains("src="));
        QVERIFY(!page.contains("href="));
        QVERIFY(!page.contains("url("));

        const QString json = m_dir.filePath(QStringLiteral("report.json"));
        QByteArray report;
        runToFile({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json")}, json, &report);
        const QJsonObject doc = QJsonDocument::fromJson(report).object();
        for (const char *key : {"run", "generated_at", "overview", "findings"})
            QVERIFY2(doc.contains(QString::fromLatin1(key)), key);

        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("--out"), json},
                     &out, &err),
                 2);
        QCOMPARE(run({QStringLiteral("report")}, &out, &err), 2);
    }

    // The fixes findings propose are plans the dry run accepts: every row would change.
    void proposedPlansPassTheDryRun()
    {
        for (const char *id : {"suspended_admin", "stale_invite"}) {
            QByteArray out, err;
            const QString plan = m_dir.filePath(QString::fromLatin1(id) + QStringLiteral(".csv"));
            QCOMPARE(run({QStringLiteral("findings"), QStringLiteral("--plan"), QString::fromLatin1(id),
                          QStringLiteral("--out"), plan},
                         &out, &err),
                     0);
            const int rows = reported(findingsJson()).value(QString::fromLatin1(id)).size();
            QVERIFY(rows > 0);
            m_sim->server()->resetStats();
            QCOMPARE(run({QStringLiteral("apply"), plan, QStringLiteral("--dry-run")}, &out, &err), 0);
            QVERIFY2(
                out.contains(QStringLiteral("Preview: %1 will change, 0 already so, 0 invalid.").arg(rows).toUtf8()),
                out.constData());
            QCOMPARE(m_sim->stats().writes, 0);
        }
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("findings"), QStringLiteral("--plan"), QStringLiteral("empty_group")}, &out, &err),
                 2);
        QVERIFY(err.contains("information only"));
    }

    // With sign-in read (180 days), inactive_member, the last sign-in buckets and a review of the
    // inactive members equal what the simulator's own log says. Runs last: the slots above see a
    // team whose sign-in is not read.
    void signInReadMatchesTheLog()
    {
        QByteArray out, err;
        QCOMPARE(run(syncWithSignIns(180), &out, &err), 0);
        const QJsonObject doc = findingsJson({QStringLiteral("--inactive-days"), QStringLiteral("60")});
        const QDateTime now = QDateTime::fromString(doc.value(QStringLiteral("generated_at")).toString(), Qt::ISODate);
        const QJsonObject signIn
            = doc.value(QStringLiteral("overview")).toObject().value(QStringLiteral("last_sign_in")).toObject();
        QCOMPARE(signIn.value(QStringLiteral("read_days")).toInt(), 180);
        const QDateTime readAt = QDateTime::fromString(signIn.value(QStringLiteral("read_at")).toString(), Qt::ISODate);
        QVERIFY(readAt.isValid() && readAt <= now);

        // The truth: each member's newest login_success in the window read (a second of slack on its edge).
        const QHash<QString, QDateTime> last = m_sim->server()->lastSignIns(readAt.addDays(-180).addSecs(5));
        constexpr qint64 kDay = 86400;
        int buckets[4] = {0, 0, 0, 0};
        IdSet inactive;
        for (const Account &a : m_sim->truth().accounts) {
            if (a.status != AccountStatus::Active)
                continue;
            if (!last.contains(a.teamMemberId)) {
                ++buckets[3];
                inactive.insert(a.teamMemberId); // 180 days read cover the 60 asked
                continue;
            }
            const qint64 age = last.value(a.teamMemberId).secsTo(now);
            ++buckets[age < 30 * kDay ? 0 : age <= 90 * kDay ? 1 : 2];
            if (age > 60 * kDay)
                inactive.insert(a.teamMemberId);
        }
        QCOMPARE(signIn.value(QStringLiteral("under_30_days")).toInt(), buckets[0]);
        QCOMPARE(signIn.value(QStringLiteral("30_to_90_days")).toInt(), buckets[1]);
        QCOMPARE(signIn.value(QStringLiteral("over_90_days")).toInt(), buckets[2]);
        QCOMPARE(signIn.value(QStringLiteral("none")).toInt(), buckets[3]);
        // The generated log has members in every bucket: the comparison is not of zeros.
        for (int n : buckets)
            QVERIFY(n > 0);

        QCOMPARE(reported(doc).value(QStringLiteral("inactive_member")), inactive);
        for (const QJsonValue &f : doc.value(QStringLiteral("findings")).toArray()) {
            if (f.toObject().value(QStringLiteral("id")).toString() == QLatin1String("inactive_member")) {
                QCOMPARE(f.toObject().value(QStringLiteral("count")).toInt(-1), inactive.size());
                QVERIFY(!f.toObject().contains(QStringLiteral("note")));
            }
        }

        // Longer than the read: only members known to be idle that long are listed (none: the read
        // holds nothing older than 180 days), and the note says why the unseen ones are not.
        const QJsonObject longer = findingsJson({QStringLiteral("--inactive-days"), QStringLiteral("365")});
        for (const QJsonValue &f : longer.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject o = f.toObject();
            if (o.value(QStringLiteral("id")).toString() != QLatin1String("inactive_member"))
                continue;
            QCOMPARE(o.value(QStringLiteral("count")).toInt(-1), 0);
            QVERIFY2(o.value(QStringLiteral("note")).toString().contains(QStringLiteral("180 days only")),
                     qPrintable(o.value(QStringLiteral("note")).toString()));
        }

        // A review of the inactive members covers exactly them.
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("create"), QStringLiteral("--scope"),
                      QStringLiteral("inactive:60")},
                     &out, &err),
                 0);
        const QString id = QString::fromUtf8(out.trimmed());
        QVERIFY2(id.toInt() > 0, err.constData());
        QByteArray csv;
        runToFile(
            {QStringLiteral("review"), QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("csv")},
            m_dir.filePath(QStringLiteral("inactive.csv")), &csv);
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        IdSet reviewed;
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines.at(i).split(',');
            QVERIFY(cells.size() > 14);
            QCOMPARE(cells.at(1), QByteArray("inactive:60"));
            reviewed.insert(QString::fromUtf8(cells.at(7)));
        }
        QCOMPARE(reviewed, inactive);

        // The HTML report draws the chart.
        QByteArray text;
        runToFile({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("html")},
                  m_dir.filePath(QStringLiteral("signin.html")), &text);
        QVERIFY(text.contains("Last sign-in of active members"));
        QVERIFY(text.contains("None in 180 days"));
    }

    void anEmptyDatabaseSaysSyncFirst()
    {
        QByteArray out, err;
        const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QCOMPARE(test::runCli({QStringLiteral("findings"), QStringLiteral("--db"), empty}, test::cliBaseEnvironment(),
                              &out, &err),
                 1);
        QVERIFY2(err.contains("sync"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliInsight)
#include "tst_cli_insight.moc"
