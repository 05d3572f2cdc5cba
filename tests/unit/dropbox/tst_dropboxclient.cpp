// DropboxClient against a scripted loopback HTTP server: what goes on the wire, and what every
// status of the contract's error table turns into (retries, refresh, typed errors).

#include "helpers/ClientFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace dbx;
using namespace dbxtest;
using Kind = Error::Kind;

Q_DECLARE_METATYPE(dbxtest::CannedResponse)

namespace {

// The failure a row expects: the fields the client fills from the reply.
Error failure(Kind kind, int status, const char *route, const char *tag, const char *requestId,
              const QString &detail = QString())
{
    Error e;
    e.kind = kind;
    e.httpStatus = status;
    e.route = QString::fromLatin1(route);
    e.tag = QString::fromLatin1(tag);
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
            e.requestId,
            e.detail,
            e.requiredScope};
}

// Starts the call a row names ("teamInfo", "listGroups" or an rpc route) and collects each
// answer's error.
void callByName(DropboxClient &client, const QString &call, QList<Error> *answers)
{
    const auto collect = [answers](const auto &r) { answers->append(r.error()); };
    if (call == QLatin1String("teamInfo"))
        client.teamInfo(collect);
    else if (call == QLatin1String("listGroups"))
        client.listGroups(10, collect);
    else if (call == QLatin1String("team/get_info"))
        client.rpc(call, QJsonValue(), collect);
    else
        client.rpc(call, QJsonObject{}, collect);
}

} // namespace

class TestDropboxClient : public DropboxClientTest
{
    Q_OBJECT
private Q_SLOTS:
    void requestShape();
    void typedRequestBodies_data();
    void typedRequestBodies();
    void typedReadParsed();
    void callbackNeverInsideRpc();
    void rateLimitHonoursRetryAfter();
    void rateLimitJsonRetryAfter();
    void serverErrorsRetried_data();
    void serverErrorsRetried();
    void backoffGrows();
    void endpointError_data();
    void endpointError();
    void expiredTokenRefreshedOnce();
    void errorReply_data();
    void errorReply();
};

void TestDropboxClient::requestShape()
{
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(200, R"({"answer":42})", kRequestId));
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/groups/list"), QJsonObject{{QStringLiteral("limit"), 7}}, a.callback());
    QVERIFY(a.waitOne());
    QCOMPARE(a.list.size(), 1);
    const Expected<QJsonValue> &r = a.list.first();
    QVERIFY2(r.ok(), qPrintable(r.error().brief()));
    QCOMPARE(r.value().toObject().value(QLatin1String("answer")).toInt(), 42);
    QCOMPARE(r.requestId, QStringLiteral("req-ok"));

    QCOMPARE(m_server->requests().size(), 1);
    const auto &req = m_server->requests().first();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, QByteArray("/2/team/groups/list"));
    QCOMPARE(req.header("Authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(req.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(req.json().object(), (QJsonObject{{QStringLiteral("limit"), 7}}));
    QCOMPARE(client->stats().requests, 1);
    QCOMPARE(client->stats().retries, 0);

    // A null argument goes as the JSON text null; a null result comes back as null.
    m_server->enqueue(CannedResponse::json(200, "null"));
    Answers<QJsonValue> b;
    client->rpc(QStringLiteral("team/token/get_authenticated_admin"), QJsonValue(), b.callback());
    QVERIFY(b.waitOne());
    QVERIFY(b.list.first().ok());
    QVERIFY(b.list.first().value().isNull());
    QCOMPARE(m_server->requests().at(1).body, QByteArray("null"));
}

void TestDropboxClient::typedRequestBodies_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("members, limit clamped high")
        << QStringLiteral("members:5000:true") << QByteArray("/2/team/members/list_v2")
        << QByteArray(R"({"include_removed":true,"limit":1000})");
    QTest::newRow("members, limit clamped low")
        << QStringLiteral("members:0:false") << QByteArray("/2/team/members/list_v2")
        << QByteArray(R"({"include_removed":false,"limit":1})");
    QTest::newRow("members continue") << QStringLiteral("membersContinue")
                                      << QByteArray("/2/team/members/list/continue_v2")
                                      << QByteArray(R"({"cursor":"c1"})");
    QTest::newRow("groups") << QStringLiteral("groups") << QByteArray("/2/team/groups/list")
                            << QByteArray(R"({"limit":250})");
    QTest::newRow("groups continue") << QStringLiteral("groupsContinue") << QByteArray("/2/team/groups/list/continue")
                                     << QByteArray(R"({"cursor":"c1"})");
    QTest::newRow("group members") << QStringLiteral("groupMembers") << QByteArray("/2/team/groups/members/list")
                                   << QByteArray(R"({"group":{".tag":"group_id","group_id":"g:1"},"limit":1000})");
    QTest::newRow("group members continue")
        << QStringLiteral("groupMembersContinue") << QByteArray("/2/team/groups/members/list/continue")
        << QByteArray(R"({"cursor":"c1"})");
    QTest::newRow("roles") << QStringLiteral("roles") << QByteArray("/2/team/members/get_available_team_member_roles")
                           << QByteArray("null");
    QTest::newRow("team info") << QStringLiteral("teamInfo") << QByteArray("/2/team/get_info") << QByteArray("null");
    QTest::newRow("admin") << QStringLiteral("admin") << QByteArray("/2/team/token/get_authenticated_admin")
                           << QByteArray("null");
}

void TestDropboxClient::typedRequestBodies()
{
    QFETCH(QString, call);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    auto client = makeClient();
    // The reply does not matter here (it is malformed for every route); the request does.
    m_server->enqueue(CannedResponse::json(200, "{}"));
    bool answered = false;
    const auto done = [&answered](const auto &) { answered = true; };
    const QString c1 = QStringLiteral("c1");
    if (call == QLatin1String("members:5000:true"))
        client->listMembers(5000, true, done);
    else if (call == QLatin1String("members:0:false"))
        client->listMembers(0, false, done);
    else if (call == QLatin1String("membersContinue"))
        client->listMembersContinue(c1, done);
    else if (call == QLatin1String("groups"))
        client->listGroups(250, done);
    else if (call == QLatin1String("groupsContinue"))
        client->listGroupsContinue(c1, done);
    else if (call == QLatin1String("groupMembers"))
        client->listGroupMembers(QStringLiteral("g:1"), 100000, done);
    else if (call == QLatin1String("groupMembersContinue"))
        client->listGroupMembersContinue(c1, done);
    else if (call == QLatin1String("roles"))
        client->availableRoles(done);
    else if (call == QLatin1String("teamInfo"))
        client->teamInfo(done);
    else if (call == QLatin1String("admin"))
        client->authenticatedAdmin(done);
    QTRY_VERIFY(answered);
    QCOMPARE(m_server->requests().size(), 1);
    const auto &req = m_server->requests().first();
    QCOMPARE(req.path, path);
    if (body == "null") {
        QCOMPARE(req.body, body);
    } else {
        const QJsonDocument expected = QJsonDocument::fromJson(body);
        QCOMPARE(req.json(), expected);
    }
}

void TestDropboxClient::typedReadParsed()
{
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(200, R"({"groups":[{"group_name":"Eng","group_id":"g:1",
        "group_management_type":{".tag":"user_managed"},"member_count":3}],"cursor":"c2","has_more":true})",
                                           {{"X-Dropbox-Request-Id", "req-groups"}}));
    Answers<GroupPage> a;
    client->listGroups(100, a.callback());
    QVERIFY(a.waitOne());
    const auto &r = a.list.first();
    QVERIFY2(r.ok(), qPrintable(r.error().brief()));
    QCOMPARE(r.requestId, QStringLiteral("req-groups"));
    QCOMPARE(r.value().groups.size(), 1);
    QCOMPARE(r.value().groups.first().name, QStringLiteral("Eng"));
    QCOMPARE(r.value().groups.first().memberCount, 3);
    QCOMPARE(r.value().cursor, QStringLiteral("c2"));
    QVERIFY(r.value().hasMore);
}

void TestDropboxClient::callbackNeverInsideRpc()
{
    // Even an immediate failure (no token at all) answers from the event loop, never from
    // inside rpc(): callers may rely on rpc() returning first.
    StaticTokenSource none(QString{});
    DropboxClient::Options o;
    o.baseUrl = m_server->baseUrl();
    DropboxClient client(&none, o);
    Answers<QJsonValue> a;
    client.rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    QVERIFY(a.list.isEmpty());
    QVERIFY(a.waitOne());
    QCOMPARE(a.list.size(), 1);
}

void TestDropboxClient::rateLimitHonoursRetryAfter()
{
    auto client = makeClient();
    QSignalSpy limited(client.get(), &DropboxClient::rateLimited);
    QSignalSpy retrying(client.get(), &DropboxClient::retrying);
    m_server->enqueue(CannedResponse::json(
        429,
        R"({"error_summary":"too_many_requests/..","error":{"reason":{".tag":"too_many_requests"},"retry_after":5}})",
        {{"Retry-After", "1"}}));
    m_server->enqueue(CannedResponse::json(200, "{}"));
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    QVERIFY(a.waitOne(8000));
    QVERIFY(a.list.first().ok());
    QCOMPARE(m_server->requests().size(), 2);
    // The header (1 s) wins over the body (5 s), and the wait is honoured.
    const qint64 gap = m_server->requests().at(1).receivedAtMs - m_server->requests().at(0).receivedAtMs;
    QVERIFY2(gap >= 950 && gap < 4000, qPrintable(QString::number(gap)));
    QCOMPARE(limited.size(), 1);
    QCOMPARE(limited.first().at(0).toString(), QStringLiteral("team/get_info"));
    QCOMPARE(limited.first().at(1).toInt(), 1);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.first().at(2).toInt(), 1000);
    QCOMPARE(client->stats().rateLimited, 1);
    QCOMPARE(client->stats().retries, 1);
    QCOMPARE(client->stats().requests, 2);
}

void TestDropboxClient::rateLimitJsonRetryAfter()
{
    auto client = makeClient();
    QSignalSpy retrying(client.get(), &DropboxClient::retrying);
    // No header: the JSON retry_after decides (0 s = at once); plain text with neither: backoff.
    m_server->enqueue(CannedResponse::json(
        429,
        R"({"error_summary":"too_many_write_operations/..","error":{"reason":{".tag":"too_many_write_operations"},"retry_after":0}})"));
    m_server->enqueue(CannedResponse::text(429, "slow down"));
    m_server->enqueue(CannedResponse::json(200, "{}"));
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    QVERIFY(a.waitOne());
    QVERIFY(a.list.first().ok());
    QCOMPARE(retrying.size(), 2);
    QCOMPARE(retrying.at(0).at(2).toInt(), 0);
    const int backoff = retrying.at(1).at(2).toInt();
    QVERIFY2(backoff >= 7 && backoff <= 40, qPrintable(QString::number(backoff))); // 2nd retry: 20 ms +-25%
    QCOMPARE(client->stats().rateLimited, 2);
}

void TestDropboxClient::serverErrorsRetried_data()
{
    QTest::addColumn<QList<int>>("statuses");
    QTest::newRow("500 then ok") << QList<int>{500};
    QTest::newRow("503 then ok") << QList<int>{503};
    QTest::newRow("500, 503, 502 then ok") << QList<int>{500, 503, 502};
}

void TestDropboxClient::serverErrorsRetried()
{
    QFETCH(QList<int>, statuses);
    auto client = makeClient(4);
    QSignalSpy retrying(client.get(), &DropboxClient::retrying);
    for (int status : statuses)
        m_server->enqueue(CannedResponse::text(status, "<html>busy</html>"));
    m_server->enqueue(CannedResponse::json(200, "{}", kRequestId));
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/groups/list"), QJsonObject{}, a.callback());
    QVERIFY(a.waitOne());
    QVERIFY2(a.list.first().ok(), qPrintable(a.list.first().error().brief()));
    QCOMPARE(a.list.first().requestId, QStringLiteral("req-ok"));
    QCOMPARE(m_server->requests().size(), statuses.size() + 1);
    QCOMPARE(client->stats().retries, statuses.size());
    QCOMPARE(client->stats().requests, statuses.size() + 1);
    QCOMPARE(retrying.size(), statuses.size());
    QCOMPARE(retrying.first().at(1).toInt(), 2); // the attempt about to be made
    // Every request of the call carried the same body and token.
    for (const auto &req : m_server->requests())
        QCOMPARE(req.header("Authorization"), QByteArray("Bearer token-1"));
    QTest::qWait(50);
    QCOMPARE(a.list.size(), 1);
}

void TestDropboxClient::backoffGrows()
{
    DropboxClient client(m_tokens.get(), serverOptions(5, 40, 100));
    QSignalSpy retrying(&client, &DropboxClient::retrying);
    for (int i = 0; i < 5; ++i)
        m_server->enqueue(CannedResponse::text(500, "x"));
    Answers<QJsonValue> a;
    client.rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    QVERIFY(a.waitOne());
    QCOMPARE(retrying.size(), 4);
    // 40, 80, 160, 320 ms, each +-25%, capped at 100 ms.
    const int d1 = retrying.at(0).at(2).toInt();
    const int d2 = retrying.at(1).at(2).toInt();
    QVERIFY2(d1 >= 30 && d1 <= 50, qPrintable(QString::number(d1)));
    QVERIFY2(d2 >= 60 && d2 <= 100, qPrintable(QString::number(d2)));
    QCOMPARE(retrying.at(2).at(2).toInt(), 100);
    QCOMPARE(retrying.at(3).at(2).toInt(), 100);
}

void TestDropboxClient::endpointError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("userMessage");
    QTest::addColumn<QString>("summary");
    QTest::newRow("tag and localized user_message") << QByteArray(
        R"({"error_summary":"group_not_found/..","error":{".tag":"group_not_found"},"user_message":{"locale":"en","text":"That group is gone."}})")
                                                    << QStringLiteral("group_not_found")
                                                    << QStringLiteral("That group is gone.")
                                                    << QStringLiteral("group_not_found/..");
    QTest::newRow("user_message as text") << QByteArray(
        R"({"error_summary":"duplicate_user/...","error":{".tag":"duplicate_user"},"user_message":"Already there."})")
                                          << QStringLiteral("duplicate_user") << QStringLiteral("Already there.")
                                          << QStringLiteral("duplicate_user/...");
    QTest::newRow("summary only, trailing dots")
        << QByteArray(R"({"error_summary":"invalid_cursor/...."})") << QStringLiteral("invalid_cursor") << QString()
        << QStringLiteral("invalid_cursor/....");
    QTest::newRow("union with payload") << QByteArray(
        R"({"error_summary":"users_not_found/..","error":{".tag":"users_not_found","users_not_found":["dbmid:x"]}})")
                                        << QStringLiteral("users_not_found") << QString()
                                        << QStringLiteral("users_not_found/..");
}

void TestDropboxClient::endpointError()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, tag);
    QFETCH(QString, userMessage);
    QFETCH(QString, summary);
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(409, body, {{"X-Dropbox-Request-Id", "req-409"}}));
    Answers<GroupMemberPage> a;
    client->listGroupMembers(QStringLiteral("g:gone"), 10, a.callback());
    QVERIFY(a.waitOne());
    const Error &e = a.list.first().error();
    QCOMPARE(e.kind, Kind::Endpoint);
    QCOMPARE(e.httpStatus, 409);
    QCOMPARE(e.tag, tag);
    QCOMPARE(e.userMessage, userMessage);
    QCOMPARE(e.summary, summary);
    QCOMPARE(e.requestId, QStringLiteral("req-409"));
    QCOMPARE(a.list.first().requestId, QStringLiteral("req-409"));
    QCOMPARE(e.brief(), QStringLiteral("409 team/groups/members/list: ") + tag);
    if (!userMessage.isEmpty())
        QCOMPARE(e.message(), userMessage);
    QVERIFY(!a.list.first().has_value()); // no page on an error
    QCOMPARE(m_server->requests().size(), 1);
}

void TestDropboxClient::expiredTokenRefreshedOnce()
{
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(401, expiredBody()));
    m_server->enqueue(CannedResponse::json(200, "{}"));
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    QVERIFY(a.waitOne());
    QVERIFY2(a.list.first().ok(), qPrintable(a.list.first().error().brief()));
    QCOMPARE(m_tokens->invalidated, QStringList{QStringLiteral("token-1")});
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).header("Authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(m_server->requests().at(1).header("Authorization"), QByteArray("Bearer token-2"));
    QCOMPARE(m_server->requests().at(1).body, QByteArray("null"));
    QCOMPARE(client->stats().tokenRefreshes, 1);
}

void TestDropboxClient::errorReply_data()
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

    const QByteArray limited
        = R"({"error_summary":"too_many_requests/...","error":{"reason":{".tag":"too_many_requests"}}})";
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
    busy << CannedResponse::json(200, "{}"); // must not be reached
    QTest::newRow("503 until the attempts run out")
        << busy << 3 << QStringLiteral("team/groups/list")
        << failure(Kind::Server, 503, "team/groups/list", "", "req-2", QStringLiteral("unavailable"))
        << QStringLiteral("503 team/groups/list: server (unavailable)")
        << QStringLiteral("Dropbox's servers answered with an error (HTTP 503) several times in a row. This is "
                          "usually temporary; try again in a few minutes.")
        << true << false << 3 << 2 << 0 << QStringList();

    const QString invalid = QStringLiteral(
        "Error in call to API function \"team/groups/list\": request body: limit: 0 is not a valid value");
    QTest::newRow("400 is not retried")
        << QList<CannedResponse>{CannedResponse::text(400, invalid.toUtf8(), {{"X-Dropbox-Request-Id", "req-400"}}),
                                 CannedResponse::json(200, "{}")}
        << 4 << QStringLiteral("team/groups/list")
        << failure(Kind::BadRequest, 400, "team/groups/list", "", "req-400", invalid)
        << QStringLiteral("400 team/groups/list: bad_request (%1)").arg(invalid)
        << QStringLiteral("Dropbox rejected the request for team/groups/list as invalid (%1). This is a bug in the "
                          "connector; please report it with this message.")
               .arg(invalid)
        << false << false << 1 << 0 << 0 << QStringList();

    QTest::newRow("token expired again after the refresh")
        << QList<CannedResponse>{CannedResponse::json(401, expiredBody()), CannedResponse::json(401, expiredBody()),
                                 CannedResponse::json(200, "{}")} // must not be reached
        << 4 << QStringLiteral("team/get_info")
        << failure(Kind::Unauthorized, 401, "team/get_info", "expired_access_token", "")
        << QStringLiteral("401 team/get_info: expired_access_token") << reauthorize << false << true << 2 << 0 << 1
        << QStringList{QStringLiteral("token-1")};

    QTest::newRow("invalid token") << QList<CannedResponse>{CannedResponse::json(
        401, R"({"error_summary":"invalid_access_token/...","error":{".tag":"invalid_access_token"}})")}
                                   << 4 << QStringLiteral("teamInfo")
                                   << failure(Kind::Unauthorized, 401, "team/get_info", "invalid_access_token", "")
                                   << QStringLiteral("401 team/get_info: invalid_access_token") << reauthorize << false
                                   << true << 1 << 0 << 0 << QStringList();

    Error scope = failure(Kind::Unauthorized, 401, "team/groups/list", "missing_scope", "");
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
        << QList<CannedResponse>{CannedResponse::json(
               403, R"({"error_summary":"team_access_denied/..","error":{".tag":"team_access_denied"}})")}
        << 4 << QStringLiteral("team/get_info")
        << failure(Kind::Forbidden, 403, "team/get_info", "team_access_denied", "")
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
}

// Every failure the contract's error table names, through rpc() and the typed calls: the typed
// error, its sentence for the user, and how often the client sent, retried and refreshed.
void TestDropboxClient::errorReply()
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
    QList<Error> answers;
    callByName(*client, call, &answers);
    QVERIFY(QTest::qWaitFor([&answers] { return !answers.isEmpty(); }, 10000));
    const Error e = answers.first();
    QCOMPARE(replyFields(e), replyFields(expected));
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

QTEST_GUILESS_MAIN(TestDropboxClient)
#include "tst_dropboxclient.moc"
