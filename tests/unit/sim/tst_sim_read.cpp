// The read routes over real loopback HTTP: pagination with cursors, include_removed, roles,
// group members over 1000, get_info_v2, team info and the authenticated admin; error shapes
// for 400 (bad input), 401, 404 and 409 — compared with the simulator's truth.

#include "sim/SimServer.h"
#include "support/SimFixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace dbx;
using namespace dbx::sim;
using namespace simtest;

class TestSimRead : public QObject
{
    Q_OBJECT

private:
    test::SimFixture m_sim;

    // Every page of a listing, following cursors.
    QJsonArray listAll(const QString &route, const QJsonObject &arg, const QString &key, int *pages)
    {
        QJsonArray all;
        Reply r = m_sim.http().rpc(route, arg, m_sim.token());
        *pages = 1;
        while (true) {
            if (r.status != 200) {
                qWarning() << route << r.status << r.body.left(300);
                return QJsonArray();
            }
            const QJsonObject o = r.json();
            for (const QJsonValue &v : o.value(key).toArray())
                all.append(v);
            if (!o.value(QLatin1String("has_more")).toBool())
                break;
            const QString cursor = o.value(QLatin1String("cursor")).toString();
            r = m_sim.http().rpc(route.endsWith(QLatin1String("_v2")) ? QStringLiteral("team/members/list/continue_v2")
                                                                      : route + QStringLiteral("/continue"),
                                 obj({{QStringLiteral("cursor"), cursor}}), m_sim.token());
            ++*pages;
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.start(test::SimFixture::team(2300, 30, 9)));
        QVERIFY(m_sim->port() > 0);
        QCOMPARE(m_sim->baseUrl().host(), QStringLiteral("127.0.0.1"));
    }

    void membersPagination_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("includeRemoved");
        QTest::newRow("1000, active") << 1000 << false;
        QTest::newRow("1000, with removed") << 1000 << true;
        QTest::newRow("333, with removed") << 333 << true;
    }

    void membersPagination()
    {
        QFETCH(int, limit);
        QFETCH(bool, includeRemoved);
        int pages = 0;
        const QJsonArray members
            = listAll(QStringLiteral("team/members/list_v2"),
                      obj({{QStringLiteral("limit"), limit}, {QStringLiteral("include_removed"), includeRemoved}}),
                      QStringLiteral("members"), &pages);
        const Snapshot truth = m_sim->truth();
        int expected = 0;
        QHash<QString, Account> byId;
        for (const Account &a : truth.accounts) {
            byId.insert(a.teamMemberId, a);
            if (includeRemoved || a.status != AccountStatus::Removed)
                ++expected;
        }
        QCOMPARE(members.size(), expected);
        QCOMPARE(pages, (expected + limit - 1) / limit);
        QSet<QString> seen;
        bool sawRemoved = false;
        for (const QJsonValue &v : members) {
            const QJsonObject info = v.toObject();
            const QJsonObject p = info.value(QLatin1String("profile")).toObject();
            const QString id = p.value(QLatin1String("team_member_id")).toString();
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            QVERIFY(byId.contains(id));
            const Account a = byId.value(id);
            QCOMPARE(p.value(QLatin1String("email")).toString(), a.email);
            const QJsonObject status = p.value(QLatin1String("status")).toObject();
            QCOMPARE(status.value(QLatin1String(".tag")).toString(), toWire(a.status));
            if (a.status == AccountStatus::Removed) {
                sawRemoved = true;
                QVERIFY(status.contains(QLatin1String("is_recoverable")));
                QVERIFY(status.contains(QLatin1String("is_disconnected")));
            }
            const QJsonObject name = p.value(QLatin1String("name")).toObject();
            QCOMPARE(name.value(QLatin1String("display_name")).toString(), a.displayName);
            QCOMPARE(name.value(QLatin1String("given_name")).toString(), a.givenName);
            QCOMPARE(p.value(QLatin1String("membership_type")).toObject().value(QLatin1String(".tag")).toString(),
                     toWire(a.membershipType));
            QCOMPARE(p.contains(QLatin1String("account_id")), !a.accountId.isEmpty());
            QCOMPARE(p.contains(QLatin1String("joined_on")), a.joinedOn.isValid());
            if (a.joinedOn.isValid())
                QCOMPARE(p.value(QLatin1String("joined_on")).toString(), a.joinedOn.toString(Qt::ISODate));
            QStringList groups;
            for (const QJsonValue &g : p.value(QLatin1String("groups")).toArray())
                groups.append(g.toString());
            QCOMPARE(groups, a.groupIds);
            QVERIFY(p.value(QLatin1String("member_folder_id")).isString());
            QVERIFY(p.value(QLatin1String("root_folder_id")).isString());
            const QJsonArray roles = info.value(QLatin1String("roles")).toArray();
            QCOMPARE(roles.isEmpty(), a.roleId.isEmpty());
            if (!roles.isEmpty())
                QCOMPARE(roles.first().toObject().value(QLatin1String("role_id")).toString(), a.roleId);
        }
        QCOMPARE(sawRemoved, includeRemoved);
    }

    void rolesListed()
    {
        const Reply r
            = m_sim.http().rpcNull(QStringLiteral("team/members/get_available_team_member_roles"), m_sim.token());
        QCOMPARE(r.status, 200);
        const QJsonArray roles = r.json().value(QLatin1String("roles")).toArray();
        const Snapshot truth = m_sim->truth();
        QCOMPARE(roles.size(), truth.roles.size());
        QStringList names;
        for (const QJsonValue &v : roles) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QLatin1String("role_id")).toString().startsWith(QLatin1String("pid_dbtmr:")));
            QVERIFY(!o.value(QLatin1String("description")).toString().isEmpty());
            names.append(o.value(QLatin1String("name")).toString());
        }
        QVERIFY(names.contains(QStringLiteral("Team admin")));
        QVERIFY(names.contains(QStringLiteral("User management admin")));
        QVERIFY(names.contains(QStringLiteral("Support admin")));
        // Also without a body: routes without an argument accept none.
        QCOMPARE(m_sim.http()
                     .rpcRaw(QStringLiteral("team/members/get_available_team_member_roles"), QByteArray(),
                             m_sim.token(), QByteArray())
                     .status,
                 200);
    }

    void groupsAndTheirMembers()
    {
        int pages = 0;
        const QJsonArray groups = listAll(QStringLiteral("team/groups/list"), obj({{QStringLiteral("limit"), 7}}),
                                          QStringLiteral("groups"), &pages);
        const Snapshot truth = m_sim->truth();
        QCOMPARE(groups.size(), truth.groups.size());
        QCOMPARE(pages, (truth.groups.size() + 6) / 7);
        QHash<QString, QSet<QString>> truthMembers;
        QHash<QString, QSet<QString>> truthOwners;
        for (const Membership &m : truth.memberships) {
            truthMembers[m.groupId].insert(m.teamMemberId);
            if (m.accessType == AccessType::Owner)
                truthOwners[m.groupId].insert(m.teamMemberId);
        }
        bool continued = false;
        for (const QJsonValue &gv : groups) {
            const QJsonObject g = gv.toObject();
            const QString id = g.value(QLatin1String("group_id")).toString();
            QVERIFY(!g.value(QLatin1String("group_name")).toString().isEmpty());
            QVERIFY(g.value(QLatin1String("group_management_type")).toObject().contains(QLatin1String(".tag")));
            QCOMPARE(g.value(QLatin1String("member_count")).toInt(), truthMembers.value(id).size());
            int memberPages = 0;
            const QJsonArray members = listAll(QStringLiteral("team/groups/members/list"),
                                               obj({{QStringLiteral("group"), tagged(QStringLiteral("group_id"), id)},
                                                    {QStringLiteral("limit"), 1000}}),
                                               QStringLiteral("members"), &memberPages);
            QSet<QString> got, owners;
            for (const QJsonValue &mv : members) {
                const QJsonObject m = mv.toObject();
                const QJsonObject p = m.value(QLatin1String("profile")).toObject();
                QVERIFY(!p.contains(QLatin1String("groups"))); // MemberProfile, not TeamMemberProfile
                got.insert(p.value(QLatin1String("team_member_id")).toString());
                if (m.value(QLatin1String("access_type")).toObject().value(QLatin1String(".tag")).toString()
                    == QLatin1String("owner"))
                    owners.insert(p.value(QLatin1String("team_member_id")).toString());
            }
            QCOMPARE(got, truthMembers.value(id));
            QCOMPARE(owners, truthOwners.value(id));
            QCOMPARE(memberPages, qMax(1, int((got.size() + 999) / 1000)));
            continued |= memberPages > 1;
        }
        QVERIFY2(continued, "a group over 1000 members must need a continue");
    }

    void groupByExternalId()
    {
        const Snapshot truth = m_sim->truth();
        const auto it = std::find_if(truth.groups.begin(), truth.groups.end(),
                                     [](const Group &g) { return !g.externalId.isEmpty(); });
        QVERIFY(it != truth.groups.end());
        const Reply r = m_sim.http().rpc(
            QStringLiteral("team/groups/members/list"),
            obj({{QStringLiteral("group"), tagged(QStringLiteral("group_external_id"), it->externalId)},
                 {QStringLiteral("limit"), 5}}),
            m_sim.token());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("members")).toArray().size(), qMin(5, it->memberCount));
    }

    void getInfo()
    {
        const Snapshot truth = m_sim->truth();
        const Account &a = truth.accounts.at(3);
        const QJsonArray sels{tagged(QStringLiteral("team_member_id"), a.teamMemberId),
                              tagged(QStringLiteral("email"), a.email.toUpper()),
                              tagged(QStringLiteral("email"), QStringLiteral("nobody@nowhere.example")),
                              tagged(QStringLiteral("external_id"), QStringLiteral("no-such-external-id"))};
        const Reply r = m_sim.http().rpc(QStringLiteral("team/members/get_info_v2"),
                                         obj({{QStringLiteral("members"), sels}}), m_sim.token());
        QCOMPARE(r.status, 200);
        const QJsonArray info = r.json().value(QLatin1String("members_info")).toArray();
        QCOMPARE(info.size(), 4);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject o = info.at(i).toObject();
            QCOMPARE(o.value(QLatin1String(".tag")).toString(), QStringLiteral("member_info"));
            QCOMPARE(o.value(QLatin1String("profile")).toObject().value(QLatin1String("team_member_id")).toString(),
                     a.teamMemberId);
            QVERIFY(o.contains(QLatin1String("roles")));
        }
        QCOMPARE(info.at(2).toObject().value(QLatin1String(".tag")).toString(), QStringLiteral("id_not_found"));
        QCOMPARE(info.at(2).toObject().value(QLatin1String("id_not_found")).toString(),
                 QStringLiteral("nobody@nowhere.example"));
        QCOMPARE(info.at(3).toObject().value(QLatin1String(".tag")).toString(), QStringLiteral("id_not_found"));
    }

    void teamInfoAndAdmin()
    {
        const Snapshot truth = m_sim->truth();
        Reply r = m_sim.http().rpcNull(QStringLiteral("team/get_info"), m_sim.token());
        QCOMPARE(r.status, 200);
        QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("name")).toString(), truth.team.name);
        QCOMPARE(o.value(QLatin1String("team_id")).toString(), truth.team.teamId);
        QCOMPARE(o.value(QLatin1String("num_licensed_users")).toInt(), truth.team.numLicensedUsers);
        QCOMPARE(o.value(QLatin1String("num_provisioned_users")).toInt(), truth.team.numProvisionedUsers);
        QCOMPARE(o.value(QLatin1String("num_used_licenses")).toInt(), truth.team.numUsedLicenses);
        QVERIFY(o.value(QLatin1String("policies")).isObject());

        r = m_sim.http().rpcNull(QStringLiteral("team/token/get_authenticated_admin"), m_sim.token());
        QCOMPARE(r.status, 200);
        o = r.json().value(QLatin1String("admin_profile")).toObject();
        QCOMPARE(o.value(QLatin1String("team_member_id")).toString(), truth.admin.teamMemberId);
        QCOMPARE(o.value(QLatin1String("email")).toString(), truth.admin.email);
        QCOMPARE(o.value(QLatin1String("account_id")).toString(), truth.admin.accountId);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("mentions");
        const QString list = QStringLiteral("team/members/list_v2");
        const QByteArray json = QByteArrayLiteral("application/json");
        QTest::newRow("limit 0") << list << QByteArray(R"({"limit":0})") << json << "limit";
        QTest::newRow("limit 1001") << list << QByteArray(R"({"limit":1001})") << json << "limit";
        QTest::newRow("limit not a number") << list << QByteArray(R"({"limit":"ten"})") << json << "limit";
        QTest::newRow("unknown field") << list << QByteArray(R"({"limit":10,"colour":"blue"})") << json << "colour";
        QTest::newRow("malformed JSON") << list << QByteArray(R"({"limit":)") << json << "JSON";
        QTest::newRow("wrong content type")
            << list << QByteArray(R"({"limit":10})") << QByteArray("text/plain") << "Content-Type";
        QTest::newRow("a body where none is taken")
            << QStringLiteral("team/get_info") << QByteArray(R"({"x":1})") << json << "null";
        QTest::newRow("missing cursor") << QStringLiteral("team/members/list/continue_v2") << QByteArray("{}") << json
                                        << "cursor";
        QTest::newRow("bad group selector") << QStringLiteral("team/groups/members/list")
                                            << QByteArray(R"({"group":{".tag":"name","name":"x"}})") << json << "group";
        QTest::newRow("groups limit") << QStringLiteral("team/groups/list") << QByteArray(R"({"limit":5000})") << json
                                      << "limit";
    }

    void badInput()
    {
        QFETCH(QString, route);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, mentions);
        const Reply r = m_sim.http().rpcRaw(route, body, m_sim.token(), contentType);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.header("content-type").startsWith("text/plain"), r.header("content-type").constData());
        QVERIFY2(QString::fromUtf8(r.body).contains(mentions), r.body.constData());
        QVERIFY(!r.header("x-dropbox-request-id").isEmpty());
    }

    void errors409()
    {
        Reply r = m_sim.http().rpc(QStringLiteral("team/members/list/continue_v2"),
                                   obj({{QStringLiteral("cursor"), QStringLiteral("not-a-cursor")}}), m_sim.token());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorTag(), QStringLiteral("invalid_cursor"));
        QVERIFY(r.errorSummary().startsWith(QLatin1String("invalid_cursor/")));
        QVERIFY(r.header("content-type").startsWith("application/json"));

        // A cursor of one listing is not a cursor of another.
        const Reply groups
            = m_sim.http().rpc(QStringLiteral("team/groups/list"), obj({{QStringLiteral("limit"), 1}}), m_sim.token());
        r = m_sim.http().rpc(QStringLiteral("team/members/list/continue_v2"),
                             obj({{QStringLiteral("cursor"), groups.json().value(QLatin1String("cursor"))}}),
                             m_sim.token());
        QCOMPARE(r.errorTag(), QStringLiteral("invalid_cursor"));

        r = m_sim.http().rpc(
            QStringLiteral("team/groups/members/list"),
            obj({{QStringLiteral("group"), tagged(QStringLiteral("group_id"), QStringLiteral("g:nope"))}}),
            m_sim.token());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorTag(), QStringLiteral("group_not_found"));
        QVERIFY(r.errorSummary().startsWith(QLatin1String("group_not_found/")));
    }

    void errors401_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("unknown token") << QByteArray("Bearer sl.not-a-token");
        QTest::newRow("not bearer") << QByteArray("Basic abc");
    }

    void errors401()
    {
        QFETCH(QByteArray, authorization);
        QNetworkRequest req(m_sim.http().url(QStringLiteral("/2/team/get_info")));
        req.setRawHeader("Content-Type", "application/json");
        if (!authorization.isEmpty())
            req.setRawHeader("Authorization", authorization);
        const Reply r = m_sim.http().send(req, "POST", "null");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorTag(), QStringLiteral("invalid_access_token"));
        QVERIFY(r.errorSummary().startsWith(QLatin1String("invalid_access_token/")));
    }

    void expiredAndScopes()
    {
        const QByteArray token = m_sim->issueAccessToken().toUtf8();
        QCOMPARE(m_sim.http().rpcNull(QStringLiteral("team/get_info"), token).status, 200);
        m_sim->expireAccessTokens();
        Reply r = m_sim.http().rpcNull(QStringLiteral("team/get_info"), token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorTag(), QStringLiteral("expired_access_token"));

        m_sim->setGrantedScopes({QStringLiteral("members.read")});
        const QByteArray narrow = m_sim->issueAccessToken().toUtf8();
        m_sim->setGrantedScopes(OAuthSettings::defaultScopes());
        QCOMPARE(m_sim.http()
                     .rpc(QStringLiteral("team/members/list_v2"), obj({{QStringLiteral("limit"), 1}}), narrow)
                     .status,
                 200);
        r = m_sim.http().rpc(QStringLiteral("team/groups/list"), obj({{QStringLiteral("limit"), 1}}), narrow);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorTag(), QStringLiteral("missing_scope"));
        QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("required_scope")).toString(),
                 QStringLiteral("groups.read"));
        m_sim.token() = m_sim->issueAccessToken().toUtf8();
    }

    void unknownRoutes()
    {
        Reply r = m_sim.http().rpcNull(QStringLiteral("team/members/list_v9"), m_sim.token());
        QCOMPARE(r.status, 404);
        r = m_sim.http().get(QStringLiteral("/index.html"));
        QCOMPARE(r.status, 404);
        r = m_sim.http().get(QStringLiteral("/2/team/get_info"));
        QCOMPARE(r.status, 405);
    }

    void countsRequests()
    {
        m_sim->resetStats();
        m_sim.http().rpcNull(QStringLiteral("team/get_info"), m_sim.token());
        m_sim.http().rpcNull(QStringLiteral("team/get_info"), m_sim.token());
        m_sim.http().rpc(QStringLiteral("team/groups/list"), obj({{QStringLiteral("limit"), 1}}), m_sim.token());
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/get_info")), qint64(2));
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/groups/list")), qint64(1));
        QCOMPARE(m_sim->stats().apiRequests, qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestSimRead)
#include "tst_sim_read.moc"
