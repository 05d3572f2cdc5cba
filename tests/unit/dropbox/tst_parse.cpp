// The pure JSON -> value-type functions of the Dropbox client: every reply shape of the read
// routes, from the fixtures in tests/data/dropbox with one mutation per data row.

#include "dropbox/Parse.h"
#include "helpers/ParseFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>
#include <QTimeZone>

using namespace dbx;
using namespace dbxtest;

namespace {

QString str(bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); }
QString str(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-"); }

void flattenAccount(QMap<QString, QString> &m, const QString &p, const Account &a)
{
    m[p + QStringLiteral("teamMemberId")] = a.teamMemberId;
    m[p + QStringLiteral("email")] = a.email;
    m[p + QStringLiteral("emailVerified")] = str(a.emailVerified);
    m[p + QStringLiteral("status")] = toWire(a.status);
    m[p + QStringLiteral("removedIsRecoverable")] = str(a.removedIsRecoverable);
    m[p + QStringLiteral("removedIsDisconnected")] = str(a.removedIsDisconnected);
    m[p + QStringLiteral("givenName")] = a.givenName;
    m[p + QStringLiteral("surname")] = a.surname;
    m[p + QStringLiteral("familiarName")] = a.familiarName;
    m[p + QStringLiteral("displayName")] = a.displayName;
    m[p + QStringLiteral("abbreviatedName")] = a.abbreviatedName;
    m[p + QStringLiteral("membershipType")] = toWire(a.membershipType);
    m[p + QStringLiteral("groupIds")] = a.groupIds.join(QLatin1Char(','));
    m[p + QStringLiteral("memberFolderId")] = a.memberFolderId;
    m[p + QStringLiteral("rootFolderId")] = a.rootFolderId;
    m[p + QStringLiteral("accountId")] = a.accountId;
    m[p + QStringLiteral("externalId")] = a.externalId;
    m[p + QStringLiteral("persistentId")] = a.persistentId;
    m[p + QStringLiteral("profilePhotoUrl")] = a.profilePhotoUrl;
    QStringList emails;
    for (const SecondaryEmail &e : a.secondaryEmails)
        emails << e.email + (e.isVerified ? QStringLiteral("(v)") : QString());
    m[p + QStringLiteral("secondaryEmails")] = emails.join(QLatin1Char(','));
    m[p + QStringLiteral("invitedOn")] = str(a.invitedOn);
    m[p + QStringLiteral("joinedOn")] = str(a.joinedOn);
    m[p + QStringLiteral("suspendedOn")] = str(a.suspendedOn);
    m[p + QStringLiteral("isDirectoryRestricted")] = str(a.isDirectoryRestricted);
    m[p + QStringLiteral("roleId")] = a.roleId;
}

void flattenGroup(QMap<QString, QString> &m, const QString &p, const Group &g)
{
    m[p + QStringLiteral("id")] = g.id;
    m[p + QStringLiteral("name")] = g.name;
    m[p + QStringLiteral("managementType")] = toWire(g.managementType);
    m[p + QStringLiteral("externalId")] = g.externalId;
    m[p + QStringLiteral("memberCount")] = QString::number(g.memberCount);
}

void flattenGroupMember(QMap<QString, QString> &m, const QString &p, const GroupMemberEntry &e)
{
    m[p + QStringLiteral("teamMemberId")] = e.teamMemberId;
    m[p + QStringLiteral("email")] = e.email;
    m[p + QStringLiteral("accessType")] = toWire(e.accessType);
}

void flattenRole(QMap<QString, QString> &m, const QString &p, const Role &r)
{
    m[p + QStringLiteral("id")] = r.id;
    m[p + QStringLiteral("name")] = r.name;
    m[p + QStringLiteral("description")] = r.description;
}

// The count of a list and each of its items under "<key>[i].".
template <typename Item, typename Flatten>
void flattenList(QMap<QString, QString> &m, const char *key, const QVector<Item> &items, Flatten flatten)
{
    m[QStringLiteral("count")] = QString::number(items.size());
    for (int i = 0; i < items.size(); ++i)
        flatten(m, QStringLiteral("%1[%2].").arg(QLatin1String(key)).arg(i), items.at(i));
}

// A listing page: its frame, then its list.
template <typename Page, typename Item, typename Flatten>
void flattenPage(QMap<QString, QString> &m, const Page &v, const char *key, const QVector<Item> &items, Flatten flatten)
{
    m[QStringLiteral("cursor")] = v.cursor;
    m[QStringLiteral("hasMore")] = str(v.hasMore);
    flattenList(m, key, items, flatten);
}

// Every parsed value as "path=value" so one data-driven test can check any route's result.
struct Parsed {
    Error error;
    QMap<QString, QString> values;
};

// The value (a default one on failure), its error kept in *error.
template <typename T>
T take(const Expected<T> &r, Error *error)
{
    *error = r.error();
    return r.value_or(T());
}

Parsed run(const QString &kind, const QString &route, const QJsonValue &reply)
{
    Parsed out;
    auto &m = out.values;
    if (kind == QLatin1String("members")) {
        const MemberPage v = take(parse::memberPage(route, reply), &out.error);
        flattenPage(m, v, "members", v.members, flattenAccount);
    } else if (kind == QLatin1String("groups")) {
        const GroupPage v = take(parse::groupPage(route, reply), &out.error);
        flattenPage(m, v, "groups", v.groups, flattenGroup);
    } else if (kind == QLatin1String("groupMembers")) {
        const GroupMemberPage v = take(parse::groupMemberPage(route, reply), &out.error);
        flattenPage(m, v, "members", v.members, flattenGroupMember);
    } else if (kind == QLatin1String("roles")) {
        flattenList(m, "roles", take(parse::availableRoles(route, reply), &out.error), flattenRole);
    } else if (kind == QLatin1String("teamInfo")) {
        const TeamInfo v = take(parse::teamInfo(route, reply), &out.error);
        m[QStringLiteral("name")] = v.name;
        m[QStringLiteral("teamId")] = v.teamId;
        m[QStringLiteral("numLicensedUsers")] = QString::number(v.numLicensedUsers);
        m[QStringLiteral("numProvisionedUsers")] = QString::number(v.numProvisionedUsers);
        m[QStringLiteral("numUsedLicenses")] = QString::number(v.numUsedLicenses);
    } else if (kind == QLatin1String("admin")) {
        const AdminProfile v = take(parse::authenticatedAdmin(route, reply), &out.error);
        m[QStringLiteral("teamMemberId")] = v.teamMemberId;
        m[QStringLiteral("email")] = v.email;
        m[QStringLiteral("displayName")] = v.displayName;
        m[QStringLiteral("accountId")] = v.accountId;
    } else {
        qFatal("unknown kind %s", qPrintable(kind));
    }
    return out;
}

struct KindInfo {
    const char *kind;
    const char *fixture;
    const char *route;
};
const KindInfo kKinds[] = {
    {"members", "members_list_v2.json", "team/members/list_v2"},
    {"groups", "groups_list.json", "team/groups/list"},
    {"groupMembers", "group_members_list.json", "team/groups/members/list"},
    {"roles", "available_roles.json", "team/members/get_available_team_member_roles"},
    {"teamInfo", "team_get_info.json", "team/get_info"},
    {"admin", "get_authenticated_admin.json", "team/token/get_authenticated_admin"},
};

const KindInfo &kindInfo(const QString &kind)
{
    for (const KindInfo &k : kKinds) {
        if (kind == QLatin1String(k.kind))
            return k;
    }
    qFatal("unknown kind %s", qPrintable(kind));
    return kKinds[0];
}

} // namespace

class TestParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replies_data();
    void replies();
    void fullMemberProfile();
    void continueRouteNamedInErrors();
};

void TestParse::replies_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");       // field to change; empty = the fixture as is
    QTest::addColumn<QByteArray>("value");   // JSON text; empty = remove the field
    QTest::addColumn<QString>("error");      // expected Malformed detail; empty = success
    QTest::addColumn<QStringList>("checks"); // "key=value" on the parsed result

    const auto ok = [](const char *name, const char *kind, const char *path, const QByteArray &value,
                       std::initializer_list<const char *> checks) {
        QStringList list;
        for (const char *check : checks)
            list << QString::fromUtf8(check);
        QTest::newRow(name) << QString::fromLatin1(kind) << QString::fromLatin1(path) << value << QString() << list;
    };
    const auto bad
        = [](const char *name, const char *kind, const char *path, const QByteArray &value, const char *error) {
              QTest::newRow(name) << QString::fromLatin1(kind) << QString::fromLatin1(path) << value
                                  << QString::fromLatin1(error) << QStringList();
          };

    // --- team/members/list_v2 ---
    ok("members: fixture", "members", "", "",
       {"count=4",
        "cursor=cursor-members-1",
        "hasMore=true",
        "members[0].teamMemberId=dbmid:AAA-admin",
        "members[0].status=active",
        "members[0].roleId=pid_dbtmr:team_admin",
        "members[0].groupIds=g:1111,g:2222",
        "members[0].joinedOn=2015-05-12T15:50:38Z",
        "members[0].membershipType=full",
        "members[1].status=invited",
        "members[1].accountId=",
        "members[1].roleId=",
        "members[1].membershipType=limited",
        "members[1].invitedOn=2024-02-29T23:59:59Z",
        "members[1].joinedOn=-",
        "members[1].groupIds=",
        "members[2].status=suspended",
        "members[2].roleId=",
        "members[2].suspendedOn=2023-06-30T12:00:00Z",
        "members[3].status=removed",
        "members[3].removedIsRecoverable=true",
        "members[3].removedIsDisconnected=false",
        "members[3].roleId=pid_dbtmr:user_management_admin"});
    ok("members: unknown top-level field", "members", "surprise", "{\"nested\":[1,2,3]}", {"count=4"});
    ok("members: unknown profile field", "members", "members[0].profile.favourite_colour", "\"teal\"",
       {"members[0].email=ada@example.com"});
    ok("members: unknown field in name", "members", "members[0].profile.name.middle_name", "\"Augusta\"",
       {"members[0].displayName=Ada Lovelace"});
    ok("members: unknown status tag", "members", "members[0].profile.status", "{\".tag\":\"frozen\",\"since\":3}",
       {"members[0].status=unknown"});
    ok("members: unknown membership_type tag", "members", "members[0].profile.membership_type", "{\".tag\":\"guest\"}",
       {"members[0].membershipType=unknown"});
    ok("members: void status as a bare string", "members", "members[0].profile.status", "\"suspended\"",
       {"members[0].status=suspended"});
    ok("members: removed, disconnected", "members", "members[3].profile.status",
       "{\".tag\":\"removed\",\"is_recoverable\":false,\"is_disconnected\":true}",
       {"members[3].status=removed", "members[3].removedIsRecoverable=false", "members[3].removedIsDisconnected=true"});
    ok("members: optional fields absent", "members", "members[0].profile.external_id", "",
       {"members[0].externalId=", "members[0].persistentId=pid-ada"});
    ok("members: optional field null", "members", "members[0].profile.account_id", "null", {"members[0].accountId="});
    ok("members: secondary emails", "members", "", "",
       {"members[0].secondaryEmails=ada@old.example.com(v),ada@home.example", "members[1].secondaryEmails="});
    ok("members: roles absent", "members", "members[0].roles", "", {"members[0].roleId="});
    ok("members: roles empty", "members", "members[0].roles", "[]", {"members[0].roleId="});
    ok("members: two roles, first wins", "members", "members[0].roles[1]",
       "{\"role_id\":\"pid_dbtmr:support_admin\",\"name\":\"Support admin\",\"description\":\"x\"}",
       {"members[0].roleId=pid_dbtmr:team_admin"});
    ok("members: unknown role field", "members", "members[0].roles[0].scope", "\"all\"",
       {"members[0].roleId=pid_dbtmr:team_admin"});
    ok("members: empty page", "members", "members", "[]", {"count=0", "hasMore=true"});
    ok("members: is_directory_restricted true", "members", "members[1].profile.is_directory_restricted", "true",
       {"members[1].isDirectoryRestricted=true"});

    bad("members: email missing (4th member)", "members", "members[3].profile.email", "",
        "team/members/list_v2: members[3].profile.email is missing");
    bad("members: email null", "members", "members[0].profile.email", "null",
        "team/members/list_v2: members[0].profile.email is missing");
    bad("members: email not a string", "members", "members[0].profile.email", "42",
        "team/members/list_v2: members[0].profile.email is not a string");
    bad("members: team_member_id missing", "members", "members[1].profile.team_member_id", "",
        "team/members/list_v2: members[1].profile.team_member_id is missing");
    bad("members: email_verified wrong type", "members", "members[0].profile.email_verified", "\"true\"",
        "team/members/list_v2: members[0].profile.email_verified is not a boolean");
    bad("members: status missing", "members", "members[2].profile.status", "",
        "team/members/list_v2: members[2].profile.status is missing");
    bad("members: status without tag", "members", "members[2].profile.status", "{\"tag\":\"active\"}",
        "team/members/list_v2: members[2].profile.status has no .tag");
    bad("members: status wrong type", "members", "members[2].profile.status", "7",
        "team/members/list_v2: members[2].profile.status is not a union");
    bad("members: removed without is_recoverable", "members", "members[3].profile.status",
        "{\".tag\":\"removed\",\"is_disconnected\":false}",
        "team/members/list_v2: members[3].profile.status.is_recoverable is missing");
    bad("members: name missing", "members", "members[0].profile.name", "",
        "team/members/list_v2: members[0].profile.name is missing");
    bad("members: name not an object", "members", "members[0].profile.name", "\"Ada\"",
        "team/members/list_v2: members[0].profile.name is not an object");
    bad("members: display_name missing", "members", "members[1].profile.name.display_name", "",
        "team/members/list_v2: members[1].profile.name.display_name is missing");
    bad("members: membership_type missing", "members", "members[0].profile.membership_type", "",
        "team/members/list_v2: members[0].profile.membership_type is missing");
    bad("members: groups missing", "members", "members[0].profile.groups", "",
        "team/members/list_v2: members[0].profile.groups is missing");
    bad("members: groups not a list", "members", "members[0].profile.groups", "\"g:1111\"",
        "team/members/list_v2: members[0].profile.groups is not a list");
    bad("members: group id not a string", "members", "members[0].profile.groups[1]", "2222",
        "team/members/list_v2: members[0].profile.groups[1] is not a string");
    bad("members: member_folder_id missing", "members", "members[2].profile.member_folder_id", "",
        "team/members/list_v2: members[2].profile.member_folder_id is missing");
    bad("members: root_folder_id missing", "members", "members[2].profile.root_folder_id", "",
        "team/members/list_v2: members[2].profile.root_folder_id is missing");
    bad("members: profile missing", "members", "members[1].profile", "",
        "team/members/list_v2: members[1].profile is missing");
    bad("members: entry not an object", "members", "members[1]", "\"dbmid:x\"",
        "team/members/list_v2: members[1] is not an object");
    bad("members: optional field wrong type", "members", "members[0].profile.external_id", "12",
        "team/members/list_v2: members[0].profile.external_id is not a string");
    bad("members: joined_on not a timestamp", "members", "members[0].profile.joined_on", "\"12 May 2015\"",
        "team/members/list_v2: members[0].profile.joined_on is not a timestamp");
    bad("members: joined_on with an offset", "members", "members[0].profile.joined_on", "\"2015-05-12T15:50:38+02:00\"",
        "team/members/list_v2: members[0].profile.joined_on is not a timestamp");
    bad("members: secondary email without is_verified", "members", "members[0].profile.secondary_emails[1].is_verified",
        "", "team/members/list_v2: members[0].profile.secondary_emails[1].is_verified is missing");
    bad("members: roles not a list", "members", "members[0].roles", "{}",
        "team/members/list_v2: members[0].roles is not a list");
    bad("members: role without role_id", "members", "members[3].roles[0].role_id", "",
        "team/members/list_v2: members[3].roles[0].role_id is missing");
    bad("members: members missing", "members", "members", "", "team/members/list_v2: members is missing");
    bad("members: members not a list", "members", "members", "{}", "team/members/list_v2: members is not a list");
    bad("members: cursor missing", "members", "cursor", "", "team/members/list_v2: cursor is missing");
    bad("members: has_more wrong type", "members", "has_more", "1", "team/members/list_v2: has_more is not a boolean");
    bad("members: reply is null", "members", "<root>", "null", "team/members/list_v2: the reply is missing");
    bad("members: reply is a list", "members", "<root>", "[]", "team/members/list_v2: the reply is not an object");

    // --- team/groups/list ---
    ok("groups: fixture", "groups", "", "",
       {"count=3", "cursor=cursor-groups-1", "hasMore=false", "groups[0].id=g:1111", "groups[0].name=Engineering",
        "groups[0].managementType=user_managed", "groups[0].externalId=eng-ext", "groups[0].memberCount=12",
        "groups[1].managementType=company_managed", "groups[1].externalId=", "groups[1].memberCount=-1",
        "groups[2].managementType=system_managed", "groups[2].memberCount=4"});
    ok("groups: unknown management type", "groups", "groups[0].group_management_type", "{\".tag\":\"partner_managed\"}",
       {"groups[0].managementType=unknown"});
    ok("groups: unknown field", "groups", "groups[1].group_type", "{\".tag\":\"team\"}", {"count=3"});
    ok("groups: member_count zero", "groups", "groups[0].member_count", "0", {"groups[0].memberCount=0"});
    bad("groups: group_id missing", "groups", "groups[2].group_id", "",
        "team/groups/list: groups[2].group_id is missing");
    bad("groups: group_name missing", "groups", "groups[0].group_name", "",
        "team/groups/list: groups[0].group_name is missing");
    bad("groups: management type missing", "groups", "groups[1].group_management_type", "",
        "team/groups/list: groups[1].group_management_type is missing");
    bad("groups: member_count a string", "groups", "groups[0].member_count", "\"12\"",
        "team/groups/list: groups[0].member_count is not a non-negative integer");
    bad("groups: member_count negative", "groups", "groups[0].member_count", "-1",
        "team/groups/list: groups[0].member_count is not a non-negative integer");
    bad("groups: member_count fractional", "groups", "groups[0].member_count", "1.5",
        "team/groups/list: groups[0].member_count is not a non-negative integer");
    bad("groups: has_more missing", "groups", "has_more", "", "team/groups/list: has_more is missing");

    // --- team/groups/members/list ---
    ok("group members: fixture", "groupMembers", "", "",
       {"count=2", "cursor=cursor-gm-1", "hasMore=true", "members[0].teamMemberId=dbmid:AAA-admin",
        "members[0].email=ada@example.com", "members[0].accessType=owner", "members[1].accessType=member"});
    ok("group members: access_type as a bare string", "groupMembers", "members[1].access_type", "\"owner\"",
       {"members[1].accessType=owner"});
    ok("group members: unknown profile fields", "groupMembers", "members[0].profile.groups", "[\"g:1\"]", {"count=2"});
    ok("group members: minimal profile", "groupMembers", "members[1].profile",
       "{\"team_member_id\":\"dbmid:min\",\"email\":\"min@example.com\"}", {"members[1].teamMemberId=dbmid:min"});
    bad("group members: unknown access type", "groupMembers", "members[1].access_type", "{\".tag\":\"manager\"}",
        "team/groups/members/list: members[1].access_type has an unknown tag \"manager\"");
    bad("group members: access type missing", "groupMembers", "members[0].access_type", "",
        "team/groups/members/list: members[0].access_type is missing");
    bad("group members: profile email missing", "groupMembers", "members[1].profile.email", "",
        "team/groups/members/list: members[1].profile.email is missing");
    bad("group members: team_member_id wrong type", "groupMembers", "members[0].profile.team_member_id", "[]",
        "team/groups/members/list: members[0].profile.team_member_id is not a string");

    // --- team/members/get_available_team_member_roles ---
    ok("roles: fixture", "roles", "", "",
       {"count=3", "roles[0].id=pid_dbtmr:team_admin", "roles[0].name=Team admin",
        "roles[2].description=Helps users."});
    ok("roles: none", "roles", "roles", "[]", {"count=0"});
    ok("roles: unknown field", "roles", "roles[0].permissions", "[\"a\"]", {"count=3"});
    bad("roles: description missing", "roles", "roles[1].description", "",
        "team/members/get_available_team_member_roles: roles[1].description is missing");
    bad("roles: list missing", "roles", "roles", "", "team/members/get_available_team_member_roles: roles is missing");

    // --- team/get_info ---
    ok("team info: fixture", "teamInfo", "", "",
       {"name=Example Inc.", "teamId=dbtid:1234abcd", "numLicensedUsers=25", "numProvisionedUsers=17",
        "numUsedLicenses=16"});
    ok("team info: num_used_licenses absent (default 0)", "teamInfo", "num_used_licenses", "", {"numUsedLicenses=0"});
    ok("team info: policies absent", "teamInfo", "policies", "", {"teamId=dbtid:1234abcd"});
    bad("team info: team_id missing", "teamInfo", "team_id", "", "team/get_info: team_id is missing");
    bad("team info: count wrong type", "teamInfo", "num_licensed_users", "\"25\"",
        "team/get_info: num_licensed_users is not a non-negative integer");

    // --- team/token/get_authenticated_admin ---
    ok("admin: fixture", "admin", "", "",
       {"teamMemberId=dbmid:AAA-admin", "email=ada@example.com", "displayName=Ada Lovelace",
        "accountId=dbid:AAH4f99T0taONIb-admin"});
    bad("admin: admin_profile missing", "admin", "admin_profile", "",
        "team/token/get_authenticated_admin: admin_profile is missing");
    bad("admin: email missing", "admin", "admin_profile.email", "",
        "team/token/get_authenticated_admin: admin_profile.email is missing");
}

void TestParse::replies()
{
    QFETCH(QString, kind);
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(QString, error);
    QFETCH(QStringList, checks);

    const KindInfo &info = kindInfo(kind);
    QJsonValue reply = loadFixture(QString::fromLatin1(info.fixture));
    if (path == QLatin1String("<root>"))
        reply = jsonText(value);
    else if (!path.isEmpty())
        reply = setAt(reply, path, jsonText(value));

    const Parsed parsed = run(kind, QString::fromLatin1(info.route), reply);
    if (error.isEmpty()) {
        QVERIFY2(!parsed.error.isError(), qPrintable(parsed.error.detail));
    } else {
        QCOMPARE(parsed.error.kind, Error::Kind::Malformed);
        QCOMPARE(parsed.error.route, QString::fromLatin1(info.route));
        QCOMPARE(parsed.error.detail, error);
        QVERIFY(parsed.error.message().contains(error));
    }
    for (const QString &check : checks) {
        const QString key = check.section(QLatin1Char('='), 0, 0);
        const QString expected = check.section(QLatin1Char('='), 1);
        QVERIFY2(parsed.values.contains(key), qPrintable(QStringLiteral("no value ") + key));
        QCOMPARE(parsed.values.value(key), expected);
    }
}

void TestParse::fullMemberProfile()
{
    const auto r = parse::memberPage(QStringLiteral("team/members/list_v2"),
                                     loadFixture(QStringLiteral("members_list_v2.json")));
    QVERIFY(r.ok());
    QCOMPARE(r.value().members.size(), 4);

    Account expected;
    expected.teamMemberId = QStringLiteral("dbmid:AAA-admin");
    expected.email = QStringLiteral("ada@example.com");
    expected.emailVerified = true;
    expected.status = AccountStatus::Active;
    expected.givenName = QStringLiteral("Ada");
    expected.surname = QStringLiteral("Lovelace");
    expected.familiarName = QStringLiteral("Ada");
    expected.displayName = QStringLiteral("Ada Lovelace");
    expected.abbreviatedName = QStringLiteral("AL");
    expected.membershipType = MembershipType::Full;
    expected.groupIds = QStringList{QStringLiteral("g:1111"), QStringLiteral("g:2222")};
    expected.memberFolderId = QStringLiteral("20");
    expected.rootFolderId = QStringLiteral("30");
    expected.accountId = QStringLiteral("dbid:AAH4f99T0taONIb-admin");
    expected.externalId = QStringLiteral("244423");
    expected.persistentId = QStringLiteral("pid-ada");
    expected.profilePhotoUrl = QStringLiteral("https://dl-web.dropbox.com/account_photo/get/ada");
    expected.secondaryEmails
        = {{QStringLiteral("ada@old.example.com"), true}, {QStringLiteral("ada@home.example"), false}};
    expected.joinedOn = QDateTime(QDate(2015, 5, 12), QTime(15, 50, 38), QTimeZone::utc());
    expected.isDirectoryRestricted = false;
    expected.roleId = QStringLiteral("pid_dbtmr:team_admin");
    QVERIFY(r.value().members.at(0) == expected);
    QCOMPARE(r.value().members.at(0).joinedOn.timeSpec(), Qt::UTC);
}

void TestParse::continueRouteNamedInErrors()
{
    // The route given names the call, so a continuation page's error points at the continuation.
    QJsonValue reply = loadFixture(QStringLiteral("members_list_v2.json"));
    reply = setAt(reply, QStringLiteral("members[2].profile.email"), QJsonValue(QJsonValue::Undefined));
    const auto r = parse::memberPage(QStringLiteral("team/members/list/continue_v2"), reply);
    QCOMPARE(r.error().detail, QStringLiteral("team/members/list/continue_v2: members[2].profile.email is missing"));
    QVERIFY(!r.has_value()); // no partial page on failure
}

QTEST_GUILESS_MAIN(TestParse)
#include "tst_parse.moc"
