// DropboxClient against a scripted loopback HTTP server: every failure of the contract's error
// table (401, 403, 409, 429, 5xx, 400, malformed replies) as the typed error the caller gets, with
// its sentence for the user, and how often the client sent, retried and refreshed.

#include "helpers/ClientFixture.h"

#include <QJsonObject>
#include <QTest>

using namespace dbx;
using namespace dbxtest;
using Kind = Error::Kind;

Q_DECLARE_METATYPE(dbxtest::CannedResponse)

namespace {

// Dropbox's error reply for a union tag: the tag and its error_summary ("<tag>/..").
CannedResponse tagged(int status, const char *tag)
{
    return CannedResponse::json(
        status, QByteArray(R"({"error_summary":")") + tag + R"(/..","error":{".tag":")" + tag + R"("}})");
}

// The failure a row expects: the fields the client fills from the reply (a tagged() reply's
// summary is "<tag>/..").
Error failure(Kind kind, int status, const char *route, const char *tag, const char *requestId = "",
              const QString &detail = QString())
{
    Error e;
    e.kind = kind;
    e.httpStatus = status;
    e.route = QString::fromLatin1(route);
    e.tag = QString::fromLatin1(tag);
    e.summary = e.tag.isEmpty() ? QString() : e.tag + QStringLiteral("/..");
    e.requestId = QString::fromLatin1(requestId);
    e.detail = detail;
    return e;
}

// Those fields side by side, so that one QCOMPARE shows which of them differs.
QStringList replyFields(const Error &e)
{
    return {QString::number(int(e.kind)),
            QString::number(e.httpStatus),
            e.route,
            e.tag,
            e.summary,
            e.userMessage,
            e.requestId,
            e.detail,
            e.requiredScope};
}

// What a call answered: its error, the reply's request id and whether it carried a value.
struct Answer {
    Error error;
    QString requestId;
    bool hasValue = false;
};

// Starts the call a row names (a typed call or an rpc route) and collects its answers.
void callByName(DropboxClient &client, const QString &call, QList<Answer> *answers)
{
    const auto collect = [answers](const auto &r) { answers->append({r.error(), r.requestId, r.has_value()}); };
    if (call == QLatin1String("teamInfo"))
        client.teamInfo(collect);
    else if (call == QLatin1String("listGroups"))
        client.listGroups(10, collect);
    else if (call == QLatin1String("listGroupMembers"))
        client.listGroupMembers(QStringLiteral("g:gone"), 10, collect);
    else if (call == QLatin1String("team/get_info"))
        client.rpc(call, QJsonValue(), collect);
    else
        client.rpc(call, QJsonObject{}, collect);
}

} // namespace

class TestDropboxClientErrors : public DropboxClientTest
{
    Q_OBJECT
private Q_SLOTS:
    void errorReply_data();
    void errorReply();
};

void TestDropboxClientErrors::errorReply_data()
{
    QTest::addColumn<QList<CannedResponse>>("replies");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("call");
    QTest::addColumn<Error>("expected"); // the fields of replyFields()
    QTest::addColumn<QString>("brief");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<bool>("reauthorize");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("retries");
    QTest::addColumn<int>("refreshes");
    QTest::addColumn<QStringList>("invalidated");
    const QString reauthorize = QStringLiteral(
        "The Dropbox authorization is no longer valid. Run the connection wizard again to re-authorize.");
    const QString notUnderstood = QStringLiteral("Dropbox sent a reply the connector does not understand (%1). Try "
                                                 "again; if it persists, please report it with this message.");
    const CannedResponse notReached = CannedResponse::json(200, "{}");

    const QByteArray limited
        = R"({"error_summary":"too_many_requests/..","error":{"reason":{".tag":"too_many_requests"}}})";
    QTest::newRow("429 until the attempts run out")
        << QList<CannedResponse>{CannedResponse::json(429, limited, {{"Retry-After", "0"}}),
                                 CannedResponse::json(429, limited,
                                                      {{"Retry-After", "0"}, {"X-Dropbox-Request-Id", "req-429"}})}
        << 2 << QStringLiteral("team/get_info")
        << failure(Kind::RateLimited, 429, "team/get_info", "too_many_requests", "req-429")
        << QStringLiteral("429 team/get_info: too_many_requests")
        << QStringLiteral("Dropbox kept asking the connector to slow down (rate limited) and the retries ran out. "
                          "Wait a few minutes and try again.")
        << true << false << 2 << 1 << 0 << QStringList();

    QList<CannedResponse> busy;
    for (int i = 0; i < 3; ++i)
        busy << CannedResponse::text(503, "unavailable", {{"X-Dropbox-Request-Id", "req-" + QByteArray::number(i)}});
    QTest::newRow("503 until the attempts run out")
        << (busy << notReached) << 3 << QStringLiteral("team/groups/list")
        << failure(Kind::Server, 503, "team/groups/list", "", "req-2", QStringLiteral("unavailable"))
        << QStringLiteral("503 team/groups/list: server (unavailable)")
        << QStringLiteral("Dropbox's servers answered with an error (HTTP 503) several times in a row. This is "
                          "usually temporary; try again in a few minutes.")
        << true << false << 3 << 2 << 0 << QStringList();

    const QString invalid = QStringLiteral(
        "Error in call to API function \"team/groups/list\": request body: limit: 0 is not a valid value");
    QTest::newRow("400 is not retried")
        << QList<CannedResponse>{CannedResponse::text(400, invalid.toUtf8(), {{"X-Dropbox-Request-Id", "req-400"}}),
                                 notReached}
        << 4 << QStringLiteral("team/groups/list")
        << failure(Kind::BadRequest, 400, "team/groups/list", "", "req-400", invalid)
        << QStringLiteral("400 team/groups/list: bad_request (%1)").arg(invalid)
        << QStringLiteral("Dropbox rejected the request for team/groups/list as invalid (%1). This is a bug in the "
                          "connector; please report it with this message.")
               .arg(invalid)
        << false << false << 1 << 0 << 0 << QStringList();

    QTest::newRow("token expired again after the refresh")
        << QList<CannedResponse>{tagged(401, "expired_access_token"), tagged(401, "expired_access_token"), notReached}
        << 4 << QStringLiteral("team/get_info")
        << failure(Kind::Unauthorized, 401, "team/get_info", "expired_access_token")
        << QStringLiteral("401 team/get_info: expired_access_token") << reauthorize << false << true << 2 << 0 << 1
        << QStringList{QStringLiteral("token-1")};

    QTest::newRow("invalid token") << QList<CannedResponse>{tagged(401, "invalid_access_token")} << 4
                                   << QStringLiteral("teamInfo")
                                   << failure(Kind::Unauthorized, 401, "team/get_info", "invalid_access_token")
                                   << QStringLiteral("401 team/get_info: invalid_access_token") << reauthorize << false
                                   << true << 1 << 0 << 0 << QStringList();

    Error scope = failure(Kind::Unauthorized, 401, "team/groups/list", "missing_scope");
    scope.requiredScope = QStringLiteral("groups.read");
    QTest::newRow("missing scope") << QList<CannedResponse>{CannedResponse::json(
        401, R"({"error_summary":"missing_scope/..","error":{".tag":"missing_scope","required_scope":"groups.read"}})")}
                                   << 4 << QStringLiteral("listGroups") << scope
                                   << QStringLiteral("401 team/groups/list: missing_scope")
                                   << QStringLiteral("The Dropbox app lacks the permission groups.read. Enable it on "
                                                     "the app's Permissions tab "
                                                     "in the Dropbox App Console, then run the connection wizard again "
                                                     "to re-authorize.")
                                   << false << true << 1 << 0 << 0 << QStringList();

    QTest::newRow("403 team access denied")
        << QList<CannedResponse>{tagged(403, "team_access_denied")} << 4 << QStringLiteral("team/get_info")
        << failure(Kind::Forbidden, 403, "team/get_info", "team_access_denied")
        << QStringLiteral("403 team/get_info: team_access_denied")
        << QStringLiteral("Dropbox denied this app access to the team's data. Make sure the app is a team app "
                          "(scoped access, team scopes) and authorize it as a team admin in the connection wizard.")
        << false << false << 1 << 0 << 0 << QStringList();

    const QString notJson = QStringLiteral("team/members/list_v2: the reply is not JSON (unterminated object)");
    QTest::newRow("malformed JSON is not retried")
        << QList<CannedResponse>{CannedResponse::json(200, R"({"members": [)", {{"X-Dropbox-Request-Id", "req-bad"}})}
        << 4 << QStringLiteral("team/members/list_v2")
        << failure(Kind::Malformed, 200, "team/members/list_v2", "", "req-bad", notJson)
        << QStringLiteral("200 team/members/list_v2: malformed (the reply is not JSON (unterminated object))")
        << notUnderstood.arg(notJson) << false << false << 1 << 0 << 0 << QStringList();

    const QString noTeamId = QStringLiteral("team/get_info: team_id is missing");
    QTest::newRow("typed reply without team_id")
        << QList<CannedResponse>{CannedResponse::json(
               200, R"({"name":"Team","num_licensed_users":1,"num_provisioned_users":1})",
               {{"X-Dropbox-Request-Id", "req-info"}})}
        << 4 << QStringLiteral("teamInfo") << failure(Kind::Malformed, 200, "team/get_info", "", "req-info", noTeamId)
        << QStringLiteral("200 team/get_info: malformed (team_id is missing)") << notUnderstood.arg(noTeamId) << false
        << false << 1 << 0 << 0 << QStringList();

    // 409: the route's own error, with Dropbox's user_message (localized or as text) when it sent one.
    const auto endpoint = [](const char *tag, const QString &userMessage, const char *summary) {
        Error e = failure(Kind::Endpoint, 409, "team/groups/members/list", tag, "req-409");
        e.userMessage = userMessage;
        e.summary = QString::fromLatin1(summary);
        return e;
    };
    const auto endpointRow = [&](const char *name, const QByteArray &body, const Error &e, const QString &message) {
        QTest::newRow(name) << QList<CannedResponse>{CannedResponse::json(409, body,
                                                                          {{"X-Dropbox-Request-Id", "req-409"}})}
                            << 4 << QStringLiteral("listGroupMembers") << e
                            << QStringLiteral("409 team/groups/members/list: ") + e.tag << message << false << false
                            << 1 << 0 << 0 << QStringList();
    };
    endpointRow(
        "409 with a localized user_message",
        R"({"error_summary":"group_not_found/..","error":{".tag":"group_not_found"},"user_message":{"locale":"en","text":"That group is gone."}})",
        endpoint("group_not_found", QStringLiteral("That group is gone."), "group_not_found/.."),
        QStringLiteral("That group is gone."));
    endpointRow(
        "409 with user_message as text",
        R"({"error_summary":"duplicate_user/...","error":{".tag":"duplicate_user"},"user_message":"Already there."})",
        endpoint("duplicate_user", QStringLiteral("Already there."), "duplicate_user/..."),
        QStringLiteral("Already there."));
    endpointRow("409 with a summary only, trailing dots", R"({"error_summary":"invalid_cursor/...."})",
                endpoint("invalid_cursor", QString(), "invalid_cursor/...."),
                QStringLiteral("Dropbox no longer accepts the listing's cursor (the team changed or the cursor "
                               "expired). Start the sync again."));
    endpointRow(
        "409 union with payload",
        R"({"error_summary":"users_not_found/..","error":{".tag":"users_not_found","users_not_found":["dbmid:x"]}})",
        endpoint("users_not_found", QString(), "users_not_found/.."),
        QStringLiteral("Some of the members were not found on Dropbox. Sync again to refresh the list of accounts."));
}

// Every failure the contract's error table names, through rpc() and the typed calls: the typed
// error, its sentence for the user, and how often the client sent, retried and refreshed.
void TestDropboxClientErrors::errorReply()
{
    QFETCH(QList<CannedResponse>, replies);
    QFETCH(int, attempts);
    QFETCH(QString, call);
    QFETCH(Error, expected);
    QFETCH(QString, brief);
    QFETCH(QString, message);
    QFETCH(bool, transient);
    QFETCH(bool, reauthorize);
    QFETCH(int, requests);
    QFETCH(int, retries);
    QFETCH(int, refreshes);
    QFETCH(QStringList, invalidated);
    auto client = makeClient(attempts);
    for (const CannedResponse &reply : replies)
        m_server->enqueue(reply);
    QList<Answer> answers;
    callByName(*client, call, &answers);
    QVERIFY(QTest::qWaitFor([&answers] { return !answers.isEmpty(); }, 10000));
    const Error e = answers.first().error;
    QCOMPARE(replyFields(e), replyFields(expected));
    QCOMPARE(answers.first().requestId, expected.requestId);
    QVERIFY(!answers.first().hasValue); // no value with an error
    QCOMPARE(e.brief(), brief);
    QCOMPARE(e.message(), message);
    QCOMPARE(e.isTransient(), transient);
    QCOMPARE(e.needsReauthorization(), reauthorize);
    QCOMPARE(client->stats().retries, retries);
    QCOMPARE(client->stats().tokenRefreshes, refreshes);
    QCOMPARE(m_tokens->invalidated, invalidated);
    QTest::qWait(100); // a retry nobody decided would arrive now
    QCOMPARE(m_server->requests().size(), requests);
    QCOMPARE(answers.size(), 1);
}

QTEST_GUILESS_MAIN(TestDropboxClientErrors)
#include "tst_dropboxclient_errors.moc"
