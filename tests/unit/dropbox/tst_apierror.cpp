// Error: the sentence for people, the short form for logs, and who must re-authorize.

#include "base/Error.h"

#include <QTest>

using namespace dbx;
using Kind = Error::Kind;

namespace {
Error make(Kind kind, int status, const char *route, const char *tag)
{
    Error e;
    e.kind = kind;
    e.httpStatus = status;
    e.route = QString::fromLatin1(route);
    e.tag = QString::fromLatin1(tag);
    return e;
}
} // namespace

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void messages_data();
    void messages();
    void everyKindHasAMessage();
    void brief_data();
    void brief();
    void needsReauthorization_data();
    void needsReauthorization();
    void factories();
};

void TestApiError::messages_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<QStringList>("contains");

    QTest::newRow("expired token")
        << make(Kind::Unauthorized, 401, "team/get_info", "expired_access_token")
        << QStringList{QStringLiteral(
               "The Dropbox authorization is no longer valid. Run the connection wizard again to re-authorize.")};
    QTest::newRow("invalid token")
        << make(Kind::Unauthorized, 401, "team/get_info", "invalid_access_token")
        << QStringList{QStringLiteral(
               "The Dropbox authorization is no longer valid. Run the connection wizard again to re-authorize.")};
    Error scope = make(Kind::Unauthorized, 401, "team/groups/list", "missing_scope");
    scope.requiredScope = QStringLiteral("groups.read");
    QTest::newRow("missing scope") << scope
                                   << QStringList{QStringLiteral("groups.read"), QStringLiteral("App Console"),
                                                  QStringLiteral("re-authorize")};
    QTest::newRow("team access denied") << make(Kind::Forbidden, 403, "team/get_info", "team_access_denied")
                                        << QStringList{QStringLiteral("team admin")};
    Error limited = make(Kind::RateLimited, 429, "team/members/list_v2", "too_many_requests");
    QTest::newRow("rate limited") << limited
                                  << QStringList{QStringLiteral("rate limited"), QStringLiteral("try again")};
    QTest::newRow("server") << make(Kind::Server, 503, "team/groups/list", "")
                            << QStringList{QStringLiteral("HTTP 503"), QStringLiteral("try again")};
    Error net = make(Kind::Network, 0, "team/groups/list", "");
    net.detail = QStringLiteral("Connection refused");
    QTest::newRow("network") << net << QStringList{QStringLiteral("Connection refused"), QStringLiteral("network")};
    QTest::newRow("timeout") << make(Kind::Timeout, 0, "team/groups/list", "")
                             << QStringList{QStringLiteral("team/groups/list"), QStringLiteral("in time")};
    QTest::newRow("malformed") << Error::malformed(QStringLiteral("team/members/list_v2"),
                                                   QStringLiteral("members[3].profile.email is missing"))
                               << QStringList{
                                      QStringLiteral("team/members/list_v2: members[3].profile.email is missing")};
    Error withUserMessage = make(Kind::Endpoint, 409, "team/members/remove", "remove_last_admin");
    withUserMessage.userMessage = QStringLiteral("You can't remove the last admin.");
    QTest::newRow("endpoint with user_message")
        << withUserMessage << QStringList{QStringLiteral("You can't remove the last admin.")};
    QTest::newRow("endpoint group_not_found")
        << make(Kind::Endpoint, 409, "team/groups/members/list", "group_not_found")
        << QStringList{QStringLiteral("group does not exist")};
    QTest::newRow("endpoint invalid_cursor") << make(Kind::Endpoint, 409, "team/groups/list/continue", "invalid_cursor")
                                             << QStringList{QStringLiteral("cursor")};
    QTest::newRow("endpoint user_not_found") << make(Kind::Endpoint, 409, "team/members/suspend", "user_not_found")
                                             << QStringList{QStringLiteral("No member")};
    QTest::newRow("endpoint unknown tag")
        << make(Kind::Endpoint, 409, "team/members/suspend", "brand_new_tag")
        << QStringList{QStringLiteral("brand_new_tag"), QStringLiteral("team/members/suspend")};
    Error grant = make(Kind::TokenRefresh, 400, "oauth2/token", "invalid_grant");
    QTest::newRow("invalid_grant") << grant << QStringList{QStringLiteral("re-authorize")};
    Error bad = make(Kind::BadRequest, 400, "team/members/list_v2", "");
    bad.detail = QStringLiteral("Error in call to API function \"team/members/list_v2\": unknown field");
    QTest::newRow("bad request") << bad << QStringList{QStringLiteral("unknown field"), QStringLiteral("report")};
}

void TestApiError::messages()
{
    QFETCH(Error, error);
    QFETCH(QStringList, contains);
    const QString text = error.message();
    for (const QString &part : contains)
        QVERIFY2(text.contains(part), qPrintable(text + QStringLiteral(" lacks ") + part));
}

void TestApiError::everyKindHasAMessage()
{
    QVERIFY(Error().message().isEmpty());
    for (int k = int(Kind::BadRequest); k <= int(Kind::TokenRefresh); ++k) {
        const Error e = make(Kind(k), 0, "team/get_info", "");
        QVERIFY2(e.message().size() > 20, qPrintable(QString::number(k)));
        QVERIFY(e.message().endsWith(QLatin1Char('.')));
    }
}

void TestApiError::brief_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("brief");
    QTest::newRow("endpoint") << make(Kind::Endpoint, 409, "team/groups/members/list", "group_not_found")
                              << QStringLiteral("409 team/groups/members/list: group_not_found");
    QTest::newRow("unauthorized") << make(Kind::Unauthorized, 401, "team/get_info", "invalid_access_token")
                                  << QStringLiteral("401 team/get_info: invalid_access_token");
    QTest::newRow("server") << make(Kind::Server, 503, "team/get_info", "")
                            << QStringLiteral("503 team/get_info: server");
    Error e = Error::malformed(QStringLiteral("team/get_info"), QStringLiteral("team_id is missing"));
    e.httpStatus = 200;
    QTest::newRow("malformed") << e << QStringLiteral("200 team/get_info: malformed (team_id is missing)");
    QTest::newRow("timeout") << make(Kind::Timeout, 0, "team/get_info", "")
                             << QStringLiteral("timeout team/get_info: timeout");
    QTest::newRow("cancelled") << Error::cancelled(QStringLiteral("team/get_info"))
                               << QStringLiteral("cancelled team/get_info: cancelled");
    QTest::newRow("none") << Error() << QStringLiteral("ok");
}

void TestApiError::brief()
{
    QFETCH(Error, error);
    QFETCH(QString, brief);
    QCOMPARE(error.brief(), brief);
}

void TestApiError::needsReauthorization_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<bool>("needs");
    QTest::newRow("expired after refresh") << make(Kind::Unauthorized, 401, "r", "expired_access_token") << true;
    QTest::newRow("invalid token") << make(Kind::Unauthorized, 401, "r", "invalid_access_token") << true;
    QTest::newRow("missing scope") << make(Kind::Unauthorized, 401, "r", "missing_scope") << true;
    QTest::newRow("user suspended") << make(Kind::Unauthorized, 401, "r", "user_suspended") << true;
    QTest::newRow("401 without tag") << make(Kind::Unauthorized, 401, "r", "") << true;
    QTest::newRow("route access denied") << make(Kind::Unauthorized, 401, "r", "route_access_denied") << false;
    QTest::newRow("invalid_grant") << make(Kind::TokenRefresh, 400, "oauth2/token", "invalid_grant") << true;
    QTest::newRow("token endpoint 503") << make(Kind::TokenRefresh, 503, "oauth2/token", "") << false;
    QTest::newRow("endpoint") << make(Kind::Endpoint, 409, "r", "group_not_found") << false;
    QTest::newRow("server") << make(Kind::Server, 500, "r", "") << false;
    QTest::newRow("network") << make(Kind::Network, 0, "r", "") << false;
    QTest::newRow("forbidden") << make(Kind::Forbidden, 403, "r", "no_permission") << false;
}

void TestApiError::needsReauthorization()
{
    QFETCH(Error, error);
    QFETCH(bool, needs);
    QCOMPARE(error.needsReauthorization(), needs);
}

void TestApiError::factories()
{
    const Error c = Error::cancelled(QStringLiteral("team/get_info"));
    QCOMPARE(c.kind, Kind::Cancelled);
    QCOMPARE(c.route, QStringLiteral("team/get_info"));
    QVERIFY(!c.isTransient());

    const Error m = Error::malformed(QStringLiteral("team/get_info"), QStringLiteral("team/get_info: name is missing"));
    QCOMPARE(m.detail, QStringLiteral("team/get_info: name is missing")); // not prefixed twice
    QCOMPARE(m.kind, Kind::Malformed);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
