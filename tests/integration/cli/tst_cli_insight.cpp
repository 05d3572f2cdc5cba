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

class TestCliInsight : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimThread> m_sim;

    QString db() const { return m_dir.filePath(QStringLiteral("insight.sqlite")); }
    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        return test::runCli(args, test::cliSimEnvironment(*m_sim, db()), out, err);
    }

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
        QVERIFY(m_dir.isValid());
        m_sim = test::startSimTeam(80, 8, 7);
        QVERIFY(m_sim);
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
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("html"),
                      QStringLiteral("--out"), html},
                     &out, &err),
                 0);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray page = f.readAll();
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("<svg"));
        QVERIFY(page.contains("suspended_admin"));
        // Self-contained: nothing to fetch, nothing to run.
        QVERIFY(!page.contains("<script"));
        QVERIFY(!page.contains("src="));
        QVERIFY(!page.contains("href="));
        QVERIFY(!page.contains("url("));

        const QString json = m_dir.filePath(QStringLiteral("report.json"));
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--out"), json},
                     &out, &err),
                 0);
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(j.readAll()).object();
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
