// DropboxClient against a scripted loopback HTTP server: what goes on the wire, retries and their
// backoff, and a token refreshed once. What each failing status turns into: tst_dropboxclient_errors.

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
    void expiredTokenRefreshedOnce();
};

void TestDropboxClient::requestShape()
{
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(200, R"({"answer":42})", kRequestId));
    Answers<QJsonValue> a;
    QVERIFY(a.rpc(*client, QStringLiteral("team/groups/list"), QJsonObject{{QStringLiteral("limit"), 7}}));
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
    QVERIFY(b.rpc(*client, QStringLiteral("team/token/get_authenticated_admin")));
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
    QVERIFY(a.rpc(*client));
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
    QVERIFY(a.rpc(*client, QStringLiteral("team/groups/list"), QJsonObject{}));
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
    QVERIFY(a.rpc(client));
    QCOMPARE(retrying.size(), 4);
    // 40, 80, 160, 320 ms, each +-25%, capped at 100 ms.
    const int d1 = retrying.at(0).at(2).toInt();
    const int d2 = retrying.at(1).at(2).toInt();
    QVERIFY2(d1 >= 30 && d1 <= 50, qPrintable(QString::number(d1)));
    QVERIFY2(d2 >= 60 && d2 <= 100, qPrintable(QString::number(d2)));
    QCOMPARE(retrying.at(2).at(2).toInt(), 100);
    QCOMPARE(retrying.at(3).at(2).toInt(), 100);
}

void TestDropboxClient::expiredTokenRefreshedOnce()
{
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(401, expiredBody()));
    m_server->enqueue(CannedResponse::json(200, "{}"));
    Answers<QJsonValue> a;
    QVERIFY(a.rpc(*client));
    QVERIFY2(a.list.first().ok(), qPrintable(a.list.first().error().brief()));
    QCOMPARE(m_tokens->invalidated, QStringList{QStringLiteral("token-1")});
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).header("Authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(m_server->requests().at(1).header("Authorization"), QByteArray("Bearer token-2"));
    QCOMPARE(m_server->requests().at(1).body, QByteArray("null"));
    QCOMPARE(client->stats().tokenRefreshes, 1);
}

QTEST_GUILESS_MAIN(TestDropboxClient)
#include "tst_dropboxclient.moc"
