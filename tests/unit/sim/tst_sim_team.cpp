// The generated team (no HTTP): deterministic for a seed, realistic in its mix, consistent
// between profiles and memberships, fast for 100,000 members, and changeable by tests.

#include "sim/SimServer.h"
#include "sim/SimTeam.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace dbx;
using namespace dbx::sim;

class TestSimTeam : public QObject
{
    Q_OBJECT

private:
    static void checkConsistent(const Snapshot &s)
    {
        QHash<QString, QStringList> groupsOf;
        QHash<QString, int> countOf;
        QSet<QString> groupIds;
        for (const Group &g : s.groups)
            groupIds.insert(g.id);
        for (const Membership &m : s.memberships) {
            groupsOf[m.teamMemberId].append(m.groupId);
            ++countOf[m.groupId];
            QVERIFY(groupIds.contains(m.groupId));
        }
        for (const Group &g : s.groups)
            QCOMPARE(g.memberCount, countOf.value(g.id));
        for (const Account &a : s.accounts) {
            QStringList expected = groupsOf.value(a.teamMemberId);
            QStringList got = a.groupIds;
            expected.sort();
            got.sort();
            QCOMPARE(got, expected);
            if (a.status == AccountStatus::Removed)
                QVERIFY(a.groupIds.isEmpty());
        }
    }

private Q_SLOTS:
    void deterministicForASeed()
    {
        TeamSpec spec;
        spec.seed = 42;
        const Snapshot a = SimTeam(spec).truth();
        const Snapshot b = SimTeam(spec).truth();
        QVERIFY(a.accounts == b.accounts);
        QVERIFY(a.groups == b.groups);
        QVERIFY(a.memberships == b.memberships);
        QCOMPARE(a.team.teamId, b.team.teamId);
        spec.seed = 43;
        const Snapshot c = SimTeam(spec).truth();
        QVERIFY(!(a.accounts == c.accounts));
    }

    void realisticMix()
    {
        TeamSpec spec;
        spec.members = 400;
        spec.groups = 20;
        spec.teamName = QStringLiteral("Zürich Ünïcode Team");
        const Snapshot s = SimTeam(spec).truth();
        QCOMPARE(s.accounts.size(), 400);
        QCOMPARE(s.team.name, spec.teamName);
        QHash<AccountStatus, int> statuses;
        bool nonAscii = false, cjk = false, limited = false;
        QSet<QString> emails, ids;
        for (const Account &a : s.accounts) {
            ++statuses[a.status];
            QVERIFY2(a.teamMemberId.startsWith(QLatin1String("dbmid:AA")), qPrintable(a.teamMemberId));
            QVERIFY(a.email.contains(QLatin1Char('@')));
            QVERIFY(!emails.contains(a.email.toLower()));
            emails.insert(a.email.toLower());
            QVERIFY(!ids.contains(a.teamMemberId));
            ids.insert(a.teamMemberId);
            for (const QChar c : QString(a.givenName + a.surname)) {
                if (c.unicode() > 0x7f)
                    nonAscii = true;
                if (c.unicode() >= 0x3040)
                    cjk = true;
            }
            limited |= a.membershipType == MembershipType::Limited;
            QVERIFY(!a.displayName.isEmpty());
            QVERIFY(!a.memberFolderId.isEmpty());
            if (a.status == AccountStatus::Invited) {
                QVERIFY(a.accountId.isEmpty());
                QVERIFY(!a.joinedOn.isValid());
                QVERIFY(a.invitedOn.isValid());
            } else {
                QVERIFY2(a.accountId.startsWith(QLatin1String("dbid:")), qPrintable(a.accountId));
                QVERIFY(a.joinedOn.isValid());
            }
            if (a.status == AccountStatus::Suspended)
                QVERIFY(a.suspendedOn.isValid());
        }
        QVERIFY(statuses.value(AccountStatus::Active) > 300);
        QVERIFY(statuses.value(AccountStatus::Invited) > 0);
        QVERIFY(statuses.value(AccountStatus::Suspended) > 0);
        QVERIFY(statuses.value(AccountStatus::Removed) > 0);
        QVERIFY(nonAscii);
        QVERIFY(cjk);
        QVERIFY(limited);

        // Roles: the admin is Team admin, several roles are held, one is held by nobody.
        QVERIFY(s.roles.size() >= 8);
        QCOMPARE(s.roles.first().name, QStringLiteral("Team admin"));
        QSet<QString> held;
        for (const Account &a : s.accounts)
            if (!a.roleId.isEmpty())
                held.insert(a.roleId);
        QVERIFY(held.size() >= 5);
        QVERIFY(held.size() < s.roles.size());
        for (const Role &r : s.roles)
            QVERIFY(r.id.startsWith(QLatin1String("pid_dbtmr:")));
        const Account admin = *std::find_if(s.accounts.begin(), s.accounts.end(),
                                            [&](const Account &a) { return a.teamMemberId == s.admin.teamMemberId; });
        QCOMPARE(admin.roleId, s.roles.first().id);
        QCOMPARE(admin.status, AccountStatus::Active);

        // Groups: every management type, the system group holds everyone not removed, one empty.
        QHash<GroupManagementType, int> types;
        bool empty = false;
        for (const Group &g : s.groups) {
            ++types[g.managementType];
            QVERIFY(g.id.startsWith(QLatin1String("g:")));
            QCOMPARE(g.id.size(), 34);
            empty |= g.memberCount == 0;
        }
        QCOMPARE(types.value(GroupManagementType::SystemManaged), 1);
        QVERIFY(types.value(GroupManagementType::CompanyManaged) > 0);
        QVERIFY(types.value(GroupManagementType::UserManaged) > 0);
        QVERIFY(empty);
        const Group everyone = *std::find_if(s.groups.begin(), s.groups.end(), [](const Group &g) {
            return g.managementType == GroupManagementType::SystemManaged;
        });
        QVERIFY(everyone.name.startsWith(QLatin1String("Everyone at ")));
        QCOMPARE(everyone.memberCount, 400 - statuses.value(AccountStatus::Removed));
        bool owner = false;
        for (const Membership &m : s.memberships)
            owner |= m.accessType == AccessType::Owner;
        QVERIFY(owner);
        // about 3 memberships per member by default
        QVERIFY(qAbs(s.memberships.size() - 1200) < 60);
        checkConsistent(s);
    }

    void bigTeamHasAGroupOverAThousand()
    {
        TeamSpec spec;
        spec.members = 1100;
        spec.groups = 8;
        const Snapshot s = SimTeam(spec).truth();
        int over = 0;
        for (const Group &g : s.groups)
            if (g.memberCount > 1000 && g.managementType != GroupManagementType::SystemManaged)
                ++over;
        QVERIFY(over >= 1);
        checkConsistent(s);
    }

    void tinyTeams_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("groups");
        QTest::newRow("empty") << 0 << 0;
        QTest::newRow("one member, no group") << 1 << 0;
        QTest::newRow("one group") << 3 << 1;
        QTest::newRow("two groups") << 5 << 2;
        QTest::newRow("three groups") << 5 << 3;
    }

    void tinyTeams()
    {
        QFETCH(int, members);
        QFETCH(int, groups);
        TeamSpec spec;
        spec.members = members;
        spec.groups = groups;
        const Snapshot s = SimTeam(spec).truth();
        QCOMPARE(s.accounts.size(), members);
        QCOMPARE(s.groups.size(), groups);
        checkConsistent(s);
    }

    void largeTeamIsFast()
    {
        TeamSpec spec;
        spec.members = 100000;
        spec.groups = 5000;
        spec.memberships = 500000;
        QElapsedTimer clock;
        clock.start();
        SimTeam team(spec);
        const qint64 ms = clock.elapsed();
        qInfo("generated 100,000 members / 5,000 groups in %lld ms", ms);
        QVERIFY2(ms < 15000, "generation must take a few seconds at most");
        qint64 memberships = 0;
        for (const SimGroup &g : team.groups())
            memberships += qint64(g.members.size());
        QCOMPARE(memberships, qint64(500000));
        QCOMPARE(int(team.members().size()), 100000);
    }

    void mutatorsChangeTheTruth()
    {
        SimServer server;
        const Snapshot before = server.truth();
        const QString id = server.addMember(QStringLiteral("new.person@example.com"), QStringLiteral("Ñandú"),
                                            QStringLiteral("Øre"));
        QVERIFY(id.startsWith(QLatin1String("dbmid:")));
        Snapshot s = server.truth();
        QCOMPARE(s.accounts.size(), before.accounts.size() + 1);
        const Account added = s.accounts.last();
        QCOMPARE(added.displayName, QStringLiteral("Ñandú Øre"));
        QCOMPARE(added.status, AccountStatus::Active);

        const QString groupId = s.groups.at(1).id;
        QVERIFY(server.addMembership(groupId, id, AccessType::Owner));
        const auto again = server.addMembership(groupId, id, AccessType::Member);
        QVERIFY(!again);
        QVERIFY(!again.error().message().isEmpty());
        QVERIFY(server.setMemberRole(id, s.roles.at(2).id));
        QVERIFY(!server.setMemberRole(id, QStringLiteral("pid_dbtmr:nope")));
        QVERIFY(server.renameGroup(groupId, QStringLiteral("Renamed – ø")));
        s = server.truth();
        QVERIFY(s.accounts.last().groupIds.contains(groupId));
        QCOMPARE(s.accounts.last().roleId, s.roles.at(2).id);
        checkConsistent(s);

        QVERIFY(server.setMemberStatus(id, AccountStatus::Suspended));
        QCOMPARE(server.truth().accounts.last().status, AccountStatus::Suspended);
        QVERIFY(server.removeMembership(groupId, id));
        QVERIFY(!server.removeMembership(groupId, id));
        QVERIFY(server.removeMember(id));
        s = server.truth();
        QCOMPARE(s.accounts.last().status, AccountStatus::Removed);
        QVERIFY(s.accounts.last().groupIds.isEmpty());
        QVERIFY(!server.removeMember(QStringLiteral("dbmid:unknown")));
        checkConsistent(s);
    }

    void randomChanges()
    {
        SimServer a;
        SimServer b;
        const quint64 gen = a.generation();
        const Snapshot before = a.truth();
        const QString what = a.applyRandomChanges(12, 5);
        QCOMPARE(what.split(QLatin1Char('\n')).size(), 12);
        QVERIFY(a.generation() > gen);
        QCOMPARE(b.applyRandomChanges(12, 5), what); // deterministic too
        const Snapshot after = a.truth();
        QVERIFY(!(after.accounts == before.accounts && after.memberships == before.memberships
                  && after.groups == before.groups));
        QCOMPARE(after.admin.teamMemberId, before.admin.teamMemberId);
        checkConsistent(after);
    }
};

QTEST_GUILESS_MAIN(TestSimTeam)
#include "tst_sim_team.moc"
