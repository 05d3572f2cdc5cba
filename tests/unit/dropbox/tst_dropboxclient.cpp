// DropboxClient against a scripted loopback HTTP server: what goes on the wire, and what every
// status of the contract's error table turns into (retries, refresh, typed errors, cancel).

#include "dropbox/DropboxClient.h"
#include "dropbox/TokenSource.h"
#include "helpers/FakeHttpServer.h"

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
using dbxtest::CannedResponse;
using dbxtest::FakeHttpServer;
using Kind = Error::Kind;

namespace {

// Hands out "token-1", "token-2", ...: a new one after each invalidate() of the current one.
class CountingTokenSource : public TokenSource
{
public:
    using TokenSource::TokenSource;
    void fetchToken(Callback cb) override
    {
        ++fetches;
        cb(QStringLiteral("token-%1").arg(generation), Error());
    }
    void invalidate(const QString &accessToken) override
    {
        invalidated << accessToken;
        if (accessToken == QStringLiteral("token-%1").arg(generation))
            ++generation;
    }
    int generation = 1;
    int fetches = 0;
    QStringList invalidated;
};

const QList<QPair<QByteArray, QByteArray>> kRequestId = {{"X-Dropbox-Request-Id", "req-ok"}};

QByteArray expiredBody()
{
    return R"({"error_summary":"expired_access_token/..","error":{".tag":"expired_access_token"}})";
}

// Collects every answer of one call, so "exactly once" can be checked after the fact.
template <typename T>
struct Answers {
    QList<Expected<T>> list;
    DropboxClient::Callback<T> callback()
    {
        return [this](const Expected<T> &r) { list.append(r); };
    }
    bool waitOne(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return !list.isEmpty(); }, ms);
    }
};

} // namespace

class TestDropboxClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void requestShape();
    void typedRequestBodies_data();
    void typedRequestBodies();
    void typedReadParsed();
    void callbackNeverInsideRpc();
    void rateLimitHonoursRetryAfter();
    void rateLimitJsonRetryAfter();
    void rateLimitExhausted();
    void serverErrorsRetried_data();
    void serverErrorsRetried();
    void retriesExhausted();
    void backoffGrows();
    void badRequestNotRetried();
    void endpointError_data();
    void endpointError();
    void expiredTokenRefreshedOnce();
    void expiredTokenTwice();
    void invalidToken();
    void missingScope();
    void forbidden();
    void malformedJson();
    void typedMalformed();
    void connectionDroppedRetried();
    void connectionRefused();
    void timeout();
    void timeoutThenSuccess();
    void abortAllCancelsEveryCall();
    void abortAllBeforeStart();
    void tokenErrorPropagates();
    void refreshTokenSourceEndToEnd();
    // Writes do not guess; bounds.
    void writeNotResentAfterALostReply_data();
    void writeNotResentAfterALostReply();
    void writeResentAfter429();
    void writeResentAfterExpiredToken();
    void abortWritesLeavesReads();
    void truncatedReadIsRetried();
    void replySizeCap();
    void callDeadline();
    void retryAfterOverTheCap();

private:
    std::unique_ptr<DropboxClient> makeClient(int maxAttempts = 4, int timeoutMs = 5000);

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<CountingTokenSource> m_tokens;
};

void TestDropboxClient::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_tokens = std::make_unique<CountingTokenSource>();
}

void TestDropboxClient::cleanup()
{
    m_server.reset();
    m_tokens.reset();
}

std::unique_ptr<DropboxClient> TestDropboxClient::makeClient(int maxAttempts, int timeoutMs)
{
    DropboxClient::Options o;
    o.baseUrl = m_server->baseUrl();
    o.maxAttempts = maxAttempts;
    o.initialBackoffMs = 10;
    o.maxBackoffMs = 40;
    o.requestTimeoutMs = timeoutMs;
    return std::make_unique<DropboxClient>(m_tokens.get(), o);
}

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
    QTest::newRow("members, limit clamped high") << QStringLiteral("members:5000:true")
        << QByteArray("/2/team/members/list_v2") << QByteArray(R"({"include_removed":true,"limit":1000})");
    QTest::newRow("members, limit clamped low") << QStringLiteral("members:0:false")
        << QByteArray("/2/team/members/list_v2") << QByteArray(R"({"include_removed":false,"limit":1})");
    QTest::newRow("members continue") << QStringLiteral("membersContinue")
        << QByteArray("/2/team/members/list/continue_v2") << QByteArray(R"({"cursor":"c1"})");
    QTest::newRow("groups") << QStringLiteral("groups")
        << QByteArray("/2/team/groups/list") << QByteArray(R"({"limit":250})");
    QTest::newRow("groups continue") << QStringLiteral("groupsContinue")
        << QByteArray("/2/team/groups/list/continue") << QByteArray(R"({"cursor":"c1"})");
    QTest::newRow("group members") << QStringLiteral("groupMembers")
        << QByteArray("/2/team/groups/members/list")
        << QByteArray(R"({"group":{".tag":"group_id","group_id":"g:1"},"limit":1000})");
    QTest::newRow("group members continue") << QStringLiteral("groupMembersContinue")
        << QByteArray("/2/team/groups/members/list/continue") << QByteArray(R"({"cursor":"c1"})");
    QTest::newRow("roles") << QStringLiteral("roles")
        << QByteArray("/2/team/members/get_available_team_member_roles") << QByteArray("null");
    QTest::newRow("team info") << QStringLiteral("teamInfo") << QByteArray("/2/team/get_info") << QByteArray("null");
    QTest::newRow("admin") << QStringLiteral("admin")
        << QByteArray("/2/team/token/get_authenticated_admin") << QByteArray("null");
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
    m_server->enqueue(CannedResponse::json(429,
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
    m_server->enqueue(CannedResponse::json(429,
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
    QVERIFY2(backoff >= 7 && backoff <= 40, qPrintable(QString::number(backoff)));  // 2nd retry: 20 ms +-25%
    QCOMPARE(client->stats().rateLimited, 2);
}

void TestDropboxClient::rateLimitExhausted()
{
    auto client = makeClient(2);
    const QByteArray body = R"({"error_summary":"too_many_requests/...","error":{"reason":{".tag":"too_many_requests"}}})";
    m_server->enqueue(CannedResponse::json(429, body, {{"Retry-After", "0"}}));
    m_server->enqueue(CannedResponse::json(429, body, {{"Retry-After", "0"}, {"X-Dropbox-Request-Id", "req-429"}}));
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    QVERIFY(a.waitOne());
    const Error &e = a.list.first().error();
    QCOMPARE(e.kind, Kind::RateLimited);
    QCOMPARE(e.tag, QStringLiteral("too_many_requests"));
    QCOMPARE(e.httpStatus, 429);
    QCOMPARE(e.requestId, QStringLiteral("req-429"));
    QVERIFY(e.isTransient());
    QVERIFY(e.message().contains(QStringLiteral("rate limited")));
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
    QCOMPARE(retrying.first().at(1).toInt(), 2);  // the attempt about to be made
    // Every request of the call carried the same body and token.
    for (const auto &req : m_server->requests())
        QCOMPARE(req.header("Authorization"), QByteArray("Bearer token-1"));
    QTest::qWait(50);
    QCOMPARE(a.list.size(), 1);
}

void TestDropboxClient::retriesExhausted()
{
    auto client = makeClient(3);
    for (int i = 0; i < 3; ++i)
        m_server->enqueue(CannedResponse::text(503, "unavailable",
                                               {{"X-Dropbox-Request-Id", "req-" + QByteArray::number(i)}}));
    m_server->enqueue(CannedResponse::json(200, "{}"));  // must not be reached
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/groups/list"), QJsonObject{}, a.callback());
    QVERIFY(a.waitOne());
    const Error &e = a.list.first().error();
    QCOMPARE(e.kind, Kind::Server);
    QCOMPARE(e.httpStatus, 503);
    QCOMPARE(e.route, QStringLiteral("team/groups/list"));
    QCOMPARE(e.requestId, QStringLiteral("req-2"));
    QCOMPARE(e.detail, QStringLiteral("unavailable"));
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(client->stats().retries, 2);
    QCOMPARE(e.brief(), QStringLiteral("503 team/groups/list: server (unavailable)"));
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(a.list.size(), 1);
}

void TestDropboxClient::backoffGrows()
{
    DropboxClient::Options o;
    o.baseUrl = m_server->baseUrl();
    o.maxAttempts = 5;
    o.initialBackoffMs = 40;
    o.maxBackoffMs = 100;
    DropboxClient client(m_tokens.get(), o);
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

void TestDropboxClient::badRequestNotRetried()
{
    auto client = makeClient();
    const QByteArray text = "Error in call to API function \"team/groups/list\": request body: limit: 0 is not a valid value";
    m_server->enqueue(CannedResponse::text(400, text, {{"X-Dropbox-Request-Id", "req-400"}}));
    m_server->enqueue(CannedResponse::json(200, "{}"));
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/groups/list"), QJsonObject{}, a.callback());
    QVERIFY(a.waitOne());
    const Error &e = a.list.first().error();
    QCOMPARE(e.kind, Kind::BadRequest);
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(e.detail, QString::fromUtf8(text));
    QCOMPARE(e.requestId, QStringLiteral("req-400"));
    QVERIFY(!e.isTransient());
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(client->stats().retries, 0);
}

void TestDropboxClient::endpointError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("userMessage");
    QTest::addColumn<QString>("summary");
    QTest::newRow("tag and localized user_message")
        << QByteArray(R"({"error_summary":"group_not_found/..","error":{".tag":"group_not_found"},"user_message":{"locale":"en","text":"That group is gone."}})")
        << QStringLiteral("group_not_found") << QStringLiteral("That group is gone.") << QStringLiteral("group_not_found/..");
    QTest::newRow("user_message as text")
        << QByteArray(R"({"error_summary":"duplicate_user/...","error":{".tag":"duplicate_user"},"user_message":"Already there."})")
        << QStringLiteral("duplicate_user") << QStringLiteral("Already there.") << QStringLiteral("duplicate_user/...");
    QTest::newRow("summary only, trailing dots")
        << QByteArray(R"({"error_summary":"invalid_cursor/...."})")
        << QStringLiteral("invalid_cursor") << QString() << QStringLiteral("invalid_cursor/....");
    QTest::newRow("union with payload")
        << QByteArray(R"({"error_summary":"users_not_found/..","error":{".tag":"users_not_found","users_not_found":["dbmid:x"]}})")
        << QStringLiteral("users_not_found") << QString() << QStringLiteral("users_not_found/..");
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
    QVERIFY(!a.list.first().has_value());  // no page on an error
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

void TestDropboxClient::expiredTokenTwice()
{
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(401, expiredBody()));
    m_server->enqueue(CannedResponse::json(401, expiredBody()));
    m_server->enqueue(CannedResponse::json(200, "{}"));  // must not be reached
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    QVERIFY(a.waitOne());
    const Error &e = a.list.first().error();
    QCOMPARE(e.kind, Kind::Unauthorized);
    QCOMPARE(e.tag, QStringLiteral("expired_access_token"));
    QVERIFY(e.needsReauthorization());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(client->stats().tokenRefreshes, 1);
}

void TestDropboxClient::invalidToken()
{
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(401,
        R"({"error_summary":"invalid_access_token/...","error":{".tag":"invalid_access_token"}})"));
    Answers<TeamInfo> a;
    client->teamInfo(a.callback());
    QVERIFY(a.waitOne());
    const Error &e = a.list.first().error();
    QCOMPARE(e.kind, Kind::Unauthorized);
    QCOMPARE(e.tag, QStringLiteral("invalid_access_token"));
    QVERIFY(e.needsReauthorization());
    QCOMPARE(e.message(), QStringLiteral("The Dropbox authorization is no longer valid. Run the connection wizard again to re-authorize."));
    QVERIFY(m_tokens->invalidated.isEmpty());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(client->stats().tokenRefreshes, 0);
}

void TestDropboxClient::missingScope()
{
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(401,
        R"({"error_summary":"missing_scope/..","error":{".tag":"missing_scope","required_scope":"groups.read"}})"));
    Answers<GroupPage> a;
    client->listGroups(10, a.callback());
    QVERIFY(a.waitOne());
    const Error &e = a.list.first().error();
    QCOMPARE(e.kind, Kind::Unauthorized);
    QCOMPARE(e.tag, QStringLiteral("missing_scope"));
    QCOMPARE(e.requiredScope, QStringLiteral("groups.read"));
    QVERIFY(e.message().contains(QStringLiteral("groups.read")));
    QVERIFY(e.needsReauthorization());
}

void TestDropboxClient::forbidden()
{
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(403,
        R"({"error_summary":"team_access_denied/..","error":{".tag":"team_access_denied"}})"));
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    QVERIFY(a.waitOne());
    const Error &e = a.list.first().error();
    QCOMPARE(e.kind, Kind::Forbidden);
    QCOMPARE(e.tag, QStringLiteral("team_access_denied"));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestDropboxClient::malformedJson()
{
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(200, R"({"members": [)", {{"X-Dropbox-Request-Id", "req-bad"}}));
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/members/list_v2"), QJsonObject{}, a.callback());
    QVERIFY(a.waitOne());
    const Error &e = a.list.first().error();
    QCOMPARE(e.kind, Kind::Malformed);
    QCOMPARE(e.route, QStringLiteral("team/members/list_v2"));
    QVERIFY2(e.detail.startsWith(QStringLiteral("team/members/list_v2: ")), qPrintable(e.detail));
    QCOMPARE(e.requestId, QStringLiteral("req-bad"));
    QTest::qWait(50);
    QCOMPARE(m_server->requests().size(), 1);  // never retried
}

void TestDropboxClient::typedMalformed()
{
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(200, R"({"name":"Team","num_licensed_users":1,"num_provisioned_users":1})",
                                           {{"X-Dropbox-Request-Id", "req-info"}}));
    Answers<TeamInfo> a;
    client->teamInfo(a.callback());
    QVERIFY(a.waitOne());
    const Error &e = a.list.first().error();
    QCOMPARE(e.kind, Kind::Malformed);
    QCOMPARE(e.detail, QStringLiteral("team/get_info: team_id is missing"));
    QCOMPARE(e.requestId, QStringLiteral("req-info"));
    QCOMPARE(e.httpStatus, 200);
    QVERIFY(e.message().contains(QStringLiteral("team/get_info: team_id is missing")));
}

void TestDropboxClient::connectionDroppedRetried()
{
    auto client = makeClient(6);
    // Qt may itself resend once on a connection closed before any reply; either way the call
    // succeeds and every drop is consumed.
    m_server->enqueue(CannedResponse::drop());
    m_server->enqueue(CannedResponse::drop());
    m_server->enqueue(CannedResponse::drop());
    m_server->enqueue(CannedResponse::json(200, R"({"ok":true})"));
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    QVERIFY(a.waitOne());
    QVERIFY2(a.list.first().ok(), qPrintable(a.list.first().error().brief()));
    QCOMPARE(m_server->queuedResponses(), 0);
    QCOMPARE(m_server->requests().size(), 4);
    QVERIFY(client->stats().retries >= 1);
}

void TestDropboxClient::connectionRefused()
{
    // A port nobody listens on: take one from a server and close it again.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    DropboxClient::Options o;
    o.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    o.maxAttempts = 3;
    o.initialBackoffMs = 5;
    o.maxBackoffMs = 10;
    DropboxClient client(m_tokens.get(), o);
    Answers<QJsonValue> a;
    client.rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    QVERIFY(a.waitOne());
    const Error &e = a.list.first().error();
    QCOMPARE(e.kind, Kind::Network);
    QCOMPARE(e.httpStatus, 0);
    QVERIFY(!e.detail.isEmpty());
    QVERIFY(e.isTransient());
    QCOMPARE(client.stats().requests, 3);
    QCOMPARE(client.stats().retries, 2);
}

void TestDropboxClient::timeout()
{
    auto client = makeClient(2, 150);
    m_server->enqueue(CannedResponse::hang());
    m_server->enqueue(CannedResponse::hang());
    QElapsedTimer clock;
    clock.start();
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    QVERIFY(a.waitOne());
    const Error &e = a.list.first().error();
    QCOMPARE(e.kind, Kind::Timeout);
    QCOMPARE(e.route, QStringLiteral("team/get_info"));
    QVERIFY(clock.elapsed() >= 250);
    QCOMPARE(m_server->requests().size(), 2);
    QTest::qWait(50);
    QCOMPARE(a.list.size(), 1);
}

void TestDropboxClient::timeoutThenSuccess()
{
    auto client = makeClient(3, 150);
    m_server->enqueue(CannedResponse::hang());
    m_server->enqueue(CannedResponse::json(200, "{}"));
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    QVERIFY(a.waitOne());
    QVERIFY(a.list.first().ok());
    QCOMPARE(client->stats().retries, 1);
}

void TestDropboxClient::abortAllCancelsEveryCall()
{
    DropboxClient::Options o;
    o.baseUrl = m_server->baseUrl();
    o.maxAttempts = 4;
    o.initialBackoffMs = 60000;  // the 503 call waits in its retry timer
    o.maxBackoffMs = 60000;
    DropboxClient client(m_tokens.get(), o);
    m_server->enqueue(CannedResponse::hang());
    m_server->enqueue(CannedResponse::hang());
    Answers<QJsonValue> hanging1, hanging2, waiting;
    Answers<MemberPage> typed;
    client.rpc(QStringLiteral("team/get_info"), QJsonValue(), hanging1.callback());
    client.rpc(QStringLiteral("team/groups/list"), QJsonObject{}, hanging2.callback());
    QTRY_COMPARE(m_server->requests().size(), 2);
    m_server->enqueue(CannedResponse::text(503, "busy"));
    QSignalSpy retrying(&client, &DropboxClient::retrying);
    client.rpc(QStringLiteral("team/groups/members/list"), QJsonObject{}, waiting.callback());
    QTRY_COMPARE(retrying.size(), 1);
    client.listMembers(10, false, typed.callback());  // not even started yet

    client.abortAll();
    // Synchronously: every callback has run, exactly once, with Cancelled.
    for (auto *a : {&hanging1, &hanging2, &waiting}) {
        QCOMPARE(a->list.size(), 1);
        QCOMPARE(a->list.first().error().kind, Kind::Cancelled);
    }
    QCOMPARE(typed.list.size(), 1);
    QCOMPARE(typed.list.first().error().kind, Kind::Cancelled);
    QCOMPARE(typed.list.first().error().route, QStringLiteral("team/members/list_v2"));
    QCOMPARE(hanging1.list.first().error().route, QStringLiteral("team/get_info"));

    // Nothing more arrives later: no retry fires, no late reply is delivered.
    QTest::qWait(200);
    QCOMPARE(hanging1.list.size(), 1);
    QCOMPARE(hanging2.list.size(), 1);
    QCOMPARE(waiting.list.size(), 1);
    QCOMPARE(typed.list.size(), 1);
    QCOMPARE(m_server->requests().size(), 3);

    // The client is still usable afterwards.
    m_server->enqueue(CannedResponse::json(200, "{}"));
    Answers<QJsonValue> after;
    client.rpc(QStringLiteral("team/get_info"), QJsonValue(), after.callback());
    QVERIFY(after.waitOne());
    QVERIFY(after.list.first().ok());
}

void TestDropboxClient::abortAllBeforeStart()
{
    auto client = makeClient();
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    client->abortAll();
    QCOMPARE(a.list.size(), 1);
    QCOMPARE(a.list.first().error().kind, Kind::Cancelled);
    QTest::qWait(100);
    QCOMPARE(a.list.size(), 1);
    QCOMPARE(m_server->requests().size(), 0);
    client->abortAll();  // nothing pending: a no-op
    QCOMPARE(a.list.size(), 1);
}

void TestDropboxClient::tokenErrorPropagates()
{
    StaticTokenSource tokens(QStringLiteral("fixed"));
    tokens.invalidate(QStringLiteral("fixed"));
    DropboxClient::Options o;
    o.baseUrl = m_server->baseUrl();
    DropboxClient client(&tokens, o);
    Answers<QJsonValue> a;
    client.rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    QVERIFY(a.waitOne());
    QCOMPARE(a.list.first().error().kind, Kind::Unauthorized);
    QVERIFY(a.list.first().error().needsReauthorization());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestDropboxClient::refreshTokenSourceEndToEnd()
{
    // One server plays both the token endpoint and the API, answering in order: first token,
    // a call rejected as expired, the second token, the call again.
    QNetworkAccessManager nam;
    QUrl tokenUrl = m_server->baseUrl();
    tokenUrl.setPath(QStringLiteral("/oauth2/token"));
    RefreshTokenSource tokens(&nam, tokenUrl, {QStringLiteral("key"), QStringLiteral("secret"), QStringLiteral("refresh")});
    m_server->enqueue(CannedResponse::json(200, R"({"access_token":"sl.first","expires_in":14400,"token_type":"bearer"})"));
    m_server->enqueue(CannedResponse::json(401, expiredBody()));
    m_server->enqueue(CannedResponse::json(200, R"({"access_token":"sl.second","expires_in":14400,"token_type":"bearer"})"));
    m_server->enqueue(CannedResponse::json(200, R"({"roles":[]})"));
    DropboxClient::Options o;
    o.baseUrl = m_server->baseUrl();
    DropboxClient client(&tokens, o);
    Answers<QVector<Role>> a;
    client.availableRoles(a.callback());
    QVERIFY(a.waitOne());
    QVERIFY2(a.list.first().ok(), qPrintable(a.list.first().error().brief()));
    const auto &reqs = m_server->requests();
    QCOMPARE(reqs.size(), 4);
    QCOMPARE(reqs.at(0).path, QByteArray("/oauth2/token"));
    QCOMPARE(reqs.at(1).header("Authorization"), QByteArray("Bearer sl.first"));
    QCOMPARE(reqs.at(2).path, QByteArray("/oauth2/token"));
    QCOMPARE(reqs.at(3).header("Authorization"), QByteArray("Bearer sl.second"));
    QCOMPARE(tokens.refreshCount(), 2);
    QCOMPARE(client.stats().tokenRefreshes, 1);
}


void TestDropboxClient::writeNotResentAfterALostReply_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("dropped connection") << 0;
    QTest::newRow("503") << 1;
    QTest::newRow("500") << 2;
    QTest::newRow("timeout") << 3;
    QTest::newRow("empty 200") << 4;
    QTest::newRow("200, not JSON") << 5;
}

void TestDropboxClient::writeNotResentAfterALostReply()
{
    QFETCH(int, kind);
    auto client = makeClient(6, 600);
    switch (kind) {
    case 0: m_server->enqueue(CannedResponse::drop()); break;
    case 1: m_server->enqueue(CannedResponse::text(503, "Service Unavailable")); break;
    case 2: m_server->enqueue(CannedResponse::text(500, "oops")); break;
    case 3: m_server->enqueue(CannedResponse::hang()); break;
    case 4: m_server->enqueue(CannedResponse::json(200, "")); break;
    default: m_server->enqueue(CannedResponse::json(200, R"({"complete": )")); break;
    }
    // Anything after it would be a second send nobody decided.
    m_server->enqueue(CannedResponse::json(200, R"({"ok":true})"));
    Answers<QJsonValue> a;
    client->write(QStringLiteral("team/members/suspend"), QJsonObject{{QStringLiteral("wipe_data"), false}}, a.callback());
    QVERIFY(a.waitOne());
    const Expected<QJsonValue> &r = a.list.first();
    QVERIFY(!r.ok());
    QVERIFY2(r.error().maybeApplied, qPrintable(r.error().brief()));
    QTest::qWait(300);                    // a resend, by the client or by Qt, would arrive now
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(client->stats().writes, 1);
}

void TestDropboxClient::writeResentAfter429()
{
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(429, R"({"error": {"reason": {".tag": "too_many_requests"}}})",
                                           {{"Retry-After", "0"}}));
    m_server->enqueue(CannedResponse::json(200, "null"));
    Answers<QJsonValue> a;
    client->write(QStringLiteral("team/members/unsuspend"), QJsonObject(), a.callback());
    QVERIFY(a.waitOne());
    QVERIFY2(a.list.first().ok(), qPrintable(a.list.first().error().brief()));   // 429: Dropbox did not apply it
    QCOMPARE(m_server->requests().size(), 2);
}

void TestDropboxClient::writeResentAfterExpiredToken()
{
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(401, R"({"error_summary": "expired_access_token/..", "error": {".tag": "expired_access_token"}})"));
    m_server->enqueue(CannedResponse::json(200, "null"));
    Answers<QJsonValue> a;
    client->write(QStringLiteral("team/members/unsuspend"), QJsonObject(), a.callback());
    QVERIFY(a.waitOne());
    QVERIFY2(a.list.first().ok(), qPrintable(a.list.first().error().brief()));
    QCOMPARE(m_server->requests().size(), 2);
}

void TestDropboxClient::abortWritesLeavesReads()
{
    auto client = makeClient(4, 30000);
    m_server->enqueue(CannedResponse::hang());
    Answers<QJsonValue> w;
    client->write(QStringLiteral("team/members/suspend"), QJsonObject(), w.callback());
    QTRY_COMPARE(m_server->requests().size(), 1);
    m_server->enqueue(CannedResponse::json(200, R"({"name":"T"})", {}));
    Answers<QJsonValue> r;
    client->rpc(QStringLiteral("team/get_info"), QJsonValue(), r.callback());
    client->abortWrites();
    QCOMPARE(w.list.size(), 1);
    QCOMPARE(w.list.first().error().kind, Error::Kind::Cancelled);
    QVERIFY(w.list.first().error().maybeApplied);    // it was out: Dropbox may have applied it
    QVERIFY(r.waitOne());
    QVERIFY2(r.list.first().ok(), qPrintable(r.list.first().error().brief()));
}

void TestDropboxClient::truncatedReadIsRetried()
{
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(200, R"({"name": "cut)"));
    m_server->enqueue(CannedResponse::json(200, R"({"name":"whole"})"));
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    QVERIFY(a.waitOne());
    // A read whose body is not whole is no answer: the malformed reply is reported, never taken
    // for an empty success.
    const Expected<QJsonValue> &r = a.list.first();
    if (r.ok())
        QCOMPARE(r.value().toObject().value(QLatin1String("name")).toString(), QStringLiteral("whole"));
    else
        QCOMPARE(r.error().kind, Error::Kind::Malformed);
    QVERIFY(!r.error().maybeApplied);
}

void TestDropboxClient::replySizeCap()
{
    DropboxClient::Options o;
    o.baseUrl = m_server->baseUrl();
    o.maxReplyBytes = 4096;
    DropboxClient client(m_tokens.get(), o);
    m_server->enqueue(CannedResponse::json(200, "[\"" + QByteArray(100000, 'x') + "\"]"));
    Answers<QJsonValue> a;
    client.rpc(QStringLiteral("team/members/list_v2"), QJsonValue(), a.callback());
    QVERIFY(a.waitOne());
    QCOMPARE(a.list.first().error().kind, Error::Kind::Malformed);
    QVERIFY2(a.list.first().error().detail.contains(QStringLiteral("larger than")), qPrintable(a.list.first().error().detail));
}

void TestDropboxClient::callDeadline()
{
    DropboxClient::Options o;
    o.baseUrl = m_server->baseUrl();
    o.maxAttempts = 50;
    o.initialBackoffMs = 100;
    o.maxBackoffMs = 100;
    o.maxCallMs = 500;
    DropboxClient client(m_tokens.get(), o);
    for (int i = 0; i < 50; ++i)
        m_server->enqueue(CannedResponse::text(503, "busy"));
    QElapsedTimer clock;
    clock.start();
    Answers<QJsonValue> a;
    client.rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    QVERIFY(a.waitOne());
    QCOMPARE(a.list.first().error().kind, Error::Kind::Server);
    QVERIFY2(a.list.first().error().detail.contains(QStringLiteral("gave up after")), qPrintable(a.list.first().error().detail));
    QVERIFY(m_server->requests().size() < 10);
    QVERIFY(clock.elapsed() < 5000);
}

void TestDropboxClient::retryAfterOverTheCap()
{
    auto client = makeClient();
    // 3,000,000 s once overflowed 32-bit milliseconds and was retried at once; 3600 s was waited out.
    m_server->enqueue(CannedResponse::json(429, R"({"error": {"reason": {".tag": "too_many_requests"}}})",
                                           {{"Retry-After", "3000000"}}));
    QElapsedTimer clock;
    clock.start();
    Answers<QJsonValue> a;
    client->rpc(QStringLiteral("team/get_info"), QJsonValue(), a.callback());
    QVERIFY(a.waitOne());
    QCOMPARE(a.list.first().error().kind, Error::Kind::RateLimited);
    const QString text = a.list.first().error().message();
    QVERIFY2(text.contains(QStringLiteral("3000000")) && text.contains(QStringLiteral("limit")), qPrintable(text));
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(clock.elapsed() < 3000);
}

QTEST_GUILESS_MAIN(TestDropboxClient)
#include "tst_dropboxclient.moc"
