// The building blocks of the Dropbox reply parsing: the structs provisioning replies share,
// timestamps, error tags and user messages of error bodies, and any JSON value as a body.

#include "dropbox/Parse.h"
#include "helpers/ParseFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace dbx;
using namespace dbxtest;

class TestParseBlocks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildingBlocks();
    void timestamps_data();
    void timestamps();
    void errorTag_data();
    void errorTag();
    void userMessage();
    void jsonValue_data();
    void jsonValue();
};

void TestParseBlocks::buildingBlocks()
{
    const QJsonValue page = loadFixture(QStringLiteral("members_list_v2.json"));
    Expected<Account> a = parse::teamMemberInfo(page[QLatin1String("members")][3], QStringLiteral("complete[0]"));
    QVERIFY(a);
    QCOMPARE(a->status, AccountStatus::Removed);
    QCOMPARE(a->roleId, QStringLiteral("pid_dbtmr:user_management_admin"));

    QJsonValue broken = setAt(page[QLatin1String("members")][3], QStringLiteral("profile.name.surname"),
                              QJsonValue(QJsonValue::Undefined));
    a = parse::teamMemberInfo(broken, QStringLiteral("complete[0]"));
    QVERIFY(!a);
    QCOMPARE(a.error().detail, QStringLiteral("complete[0].profile.name.surname is missing"));

    a = parse::teamMemberProfile(page[QLatin1String("members")][1][QLatin1String("profile")], QString());
    QVERIFY(a);
    QCOMPARE(a->status, AccountStatus::Invited);
    QVERIFY(a->accountId.isEmpty());

    const Expected<Role> role
        = parse::role(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}, QStringLiteral("r"));
    QVERIFY(!role);
    QCOMPARE(role.error().detail, QStringLiteral("r.role_id is missing"));

    const Expected<Group> g
        = parse::groupSummary(loadFixture(QStringLiteral("groups_list.json"))[QLatin1String("groups")][0], QString());
    QVERIFY(g);
    QCOMPARE(g->id, QStringLiteral("g:1111"));
}

void TestParseBlocks::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2015, 5, 12), QTime(15, 50, 38), QTimeZone::utc());
    QTest::newRow("dropbox format") << QStringLiteral("2015-05-12T15:50:38Z") << t;
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z")
                              << QDateTime(QDate(2024, 2, 29), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("offset") << QStringLiteral("2015-05-12T15:50:38+00:00") << QDateTime();
    QTest::newRow("fractional seconds") << QStringLiteral("2015-05-12T15:50:38.123Z") << QDateTime();
    QTest::newRow("date only") << QStringLiteral("2015-05-12") << QDateTime();
    QTest::newRow("no zone") << QStringLiteral("2015-05-12T15:50:38") << QDateTime();
    QTest::newRow("invalid date") << QStringLiteral("2015-02-30T10:00:00Z") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("inside a European DST gap")
        << QStringLiteral("2024-03-31T02:30:00Z") << QDateTime(QDate(2024, 3, 31), QTime(2, 30), QTimeZone::utc());
    QTest::newRow("hour 24") << QStringLiteral("2015-05-12T24:00:00Z") << QDateTime();
    QTest::newRow("single-digit month") << QStringLiteral("2015-5-12T15:50:38Z") << QDateTime();
}

void TestParseBlocks::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime t = parse::timestamp(text);
    QCOMPARE(t.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(t, expected);
        QCOMPARE(t.timeSpec(), Qt::UTC);
    }
}

void TestParseBlocks::errorTag_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("tag");
    QTest::newRow("error object") << QByteArray(R"({"error_summary":"other/..","error":{".tag":"group_not_found"}})")
                                  << QStringLiteral("group_not_found");
    QTest::newRow("summary with dots") << QByteArray(R"({"error_summary":"invalid_cursor/..."})")
                                       << QStringLiteral("invalid_cursor");
    QTest::newRow("summary ending in dots, no slash")
        << QByteArray(R"({"error_summary":"user_not_found..."})") << QStringLiteral("user_not_found");
    QTest::newRow("nested summary") << QByteArray(R"({"error_summary":"users_not_found/dbmid:x/.."})")
                                    << QStringLiteral("users_not_found");
    QTest::newRow("error object without tag falls back")
        << QByteArray(R"({"error_summary":"duplicate_user/.","error":{}})") << QStringLiteral("duplicate_user");
    QTest::newRow("oauth style") << QByteArray(R"({"error":"invalid_grant","error_description":"x"})")
                                 << QStringLiteral("invalid_grant");
    QTest::newRow("nothing") << QByteArray("{}") << QString();
}

void TestParseBlocks::errorTag()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, tag);
    QCOMPARE(parse::errorTag(QJsonDocument::fromJson(body).object()), tag);
}

void TestParseBlocks::userMessage()
{
    QCOMPARE(parse::userMessage(QJsonDocument::fromJson(R"({"user_message":"Plain"})").object()),
             QStringLiteral("Plain"));
    QCOMPARE(
        parse::userMessage(QJsonDocument::fromJson(R"({"user_message":{"locale":"en","text":"Localized"}})").object()),
        QStringLiteral("Localized"));
    QCOMPARE(parse::userMessage(QJsonObject()), QString());
}

void TestParseBlocks::jsonValue_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("type");
    QTest::newRow("object") << QByteArray("{\"a\":1}") << true << QStringLiteral("object");
    QTest::newRow("array") << QByteArray("[1]") << true << QStringLiteral("array");
    QTest::newRow("null") << QByteArray("null") << true << QStringLiteral("null");
    QTest::newRow("empty body") << QByteArray("") << true << QStringLiteral("null");
    QTest::newRow("string") << QByteArray("\"s\"") << true << QStringLiteral("string");
    QTest::newRow("number with spaces") << QByteArray(" 12\n") << true << QStringLiteral("number");
    QTest::newRow("html") << QByteArray("<html>oops</html>") << false << QString();
    QTest::newRow("truncated") << QByteArray("{\"a\":") << false << QString();
    QTest::newRow("two values") << QByteArray("1],[2") << false << QString();
    QTest::newRow("trailing garbage") << QByteArray("{} x") << false << QString();
}

void TestParseBlocks::jsonValue()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, type);
    const Expected<QJsonValue> parsed = parse::jsonValue(body);
    QCOMPARE(parsed.has_value(), ok);
    if (!ok) {
        QVERIFY(!parsed.error().detail.isEmpty());
        return;
    }
    const QJsonValue v = *parsed;
    const QString actual = v.isObject() ? QStringLiteral("object")
        : v.isArray()                   ? QStringLiteral("array")
        : v.isNull()                    ? QStringLiteral("null")
        : v.isString()                  ? QStringLiteral("string")
        : v.isDouble()                  ? QStringLiteral("number")
                                        : QStringLiteral("other");
    QCOMPARE(actual, type);
}

QTEST_GUILESS_MAIN(TestParseBlocks)
#include "tst_parse_blocks.moc"
