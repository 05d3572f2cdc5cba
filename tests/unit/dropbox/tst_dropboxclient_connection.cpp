// DropboxClient against a scripted loopback HTTP server when the connection fails: dropped,
// refused and timed-out calls, cancel, token errors, writes that do not guess, and the bounds.

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

class TestDropboxClientConnection : public DropboxClientTest
{
    Q_OBJECT
private Q_SLOTS:
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
};

void TestDropboxClientConnection::connectionDroppedRetried()
{
    auto client = makeClient(6);
    // Qt may itself resend once on a connection closed before any reply; either way the call
    // succeeds and every drop is consumed.
    m_server->enqueue(CannedResponse::drop());
    m_server->enqueue(CannedResponse::drop());
    m_server->enqueue(CannedResponse::drop());
    m_server->enqueue(CannedResponse::json(200, R"({"ok":true})"));
    Answers<QJsonValue> a;
    QVERIFY(a.rpc(*client));
    QVERIFY2(a.list.first().ok(), qPrintable(a.list.first().error().brief()));
    QCOMPARE(m_server->queuedResponses(), 0);
    QCOMPARE(m_server->requests().size(), 4);
    QVERIFY(client->stats().retries >= 1);
}

void TestDropboxClientConnection::connectionRefused()
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
    QVERIFY(a.rpc(client));
    const Error &e = a.list.first().error();
    QCOMPARE(e.kind, Kind::Network);
    QCOMPARE(e.httpStatus, 0);
    QVERIFY(!e.detail.isEmpty());
    QVERIFY(e.isTransient());
    QCOMPARE(client.stats().requests, 3);
    QCOMPARE(client.stats().retries, 2);
}

void TestDropboxClientConnection::timeout()
{
    auto client = makeClient(2, 150);
    m_server->enqueue(CannedResponse::hang());
    m_server->enqueue(CannedResponse::hang());
    QElapsedTimer clock;
    clock.start();
    Answers<QJsonValue> a;
    QVERIFY(a.rpc(*client));
    const Error &e = a.list.first().error();
    QCOMPARE(e.kind, Kind::Timeout);
    QCOMPARE(e.route, QStringLiteral("team/get_info"));
    QVERIFY(clock.elapsed() >= 250);
    QCOMPARE(m_server->requests().size(), 2);
    QTest::qWait(50);
    QCOMPARE(a.list.size(), 1);
}

void TestDropboxClientConnection::timeoutThenSuccess()
{
    auto client = makeClient(3, 150);
    m_server->enqueue(CannedResponse::hang());
    m_server->enqueue(CannedResponse::json(200, "{}"));
    Answers<QJsonValue> a;
    QVERIFY(a.rpc(*client));
    QVERIFY(a.list.first().ok());
    QCOMPARE(client->stats().retries, 1);
}

void TestDropboxClientConnection::abortAllCancelsEveryCall()
{
    // The 503 call waits in its retry timer.
    DropboxClient client(m_tokens.get(), serverOptions(4, 60000, 60000));
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
    client.listMembers(10, false, typed.callback()); // not even started yet

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
    QVERIFY(after.rpc(client));
    QVERIFY(after.list.first().ok());
}

void TestDropboxClientConnection::abortAllBeforeStart()
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
    client->abortAll(); // nothing pending: a no-op
    QCOMPARE(a.list.size(), 1);
}

void TestDropboxClientConnection::tokenErrorPropagates()
{
    StaticTokenSource tokens(QStringLiteral("fixed"));
    tokens.invalidate(QStringLiteral("fixed"));
    DropboxClient::Options o;
    o.baseUrl = m_server->baseUrl();
    DropboxClient client(&tokens, o);
    Answers<QJsonValue> a;
    QVERIFY(a.rpc(client));
    QCOMPARE(a.list.first().error().kind, Kind::Unauthorized);
    QVERIFY(a.list.first().error().needsReauthorization());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestDropboxClientConnection::refreshTokenSourceEndToEnd()
{
    // One server plays both the token endpoint and the API, answering in order: first token,
    // a call rejected as expired, the second token, the call again.
    QNetworkAccessManager nam;
    QUrl tokenUrl = m_server->baseUrl();
    tokenUrl.setPath(QStringLiteral("/oauth2/token"));
    RefreshTokenSource tokens(&nam, tokenUrl,
                              {QStringLiteral("key"), QStringLiteral("secret"), QStringLiteral("refresh")});
    m_server->enqueue(
        CannedResponse::json(200, R"({"access_token":"sl.first","expires_in":14400,"token_type":"bearer"})"));
    m_server->enqueue(CannedResponse::json(401, expiredBody()));
    m_server->enqueue(
        CannedResponse::json(200, R"({"access_token":"sl.second","expires_in":14400,"token_type":"bearer"})"));
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

void TestDropboxClientConnection::writeNotResentAfterALostReply_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("dropped connection") << 0;
    QTest::newRow("503") << 1;
    QTest::newRow("500") << 2;
    QTest::newRow("timeout") << 3;
    QTest::newRow("empty 200") << 4;
    QTest::newRow("200, not JSON") << 5;
}

void TestDropboxClientConnection::writeNotResentAfterALostReply()
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
    client->write(QStringLiteral("team/members/suspend"), QJsonObject{{QStringLiteral("wipe_data"), false}},
                  a.callback());
    QVERIFY(a.waitOne());
    const Expected<QJsonValue> &r = a.list.first();
    QVERIFY(!r.ok());
    QVERIFY2(r.error().maybeApplied, qPrintable(r.error().brief()));
    QTest::qWait(300); // a resend, by the client or by Qt, would arrive now
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(client->stats().writes, 1);
}

void TestDropboxClientConnection::writeResentAfter429()
{
    auto client = makeClient();
    m_server->enqueue(
        CannedResponse::json(429, R"({"error": {"reason": {".tag": "too_many_requests"}}})", {{"Retry-After", "0"}}));
    m_server->enqueue(CannedResponse::json(200, "null"));
    Answers<QJsonValue> a;
    client->write(QStringLiteral("team/members/unsuspend"), QJsonObject(), a.callback());
    QVERIFY(a.waitOne());
    QVERIFY2(a.list.first().ok(), qPrintable(a.list.first().error().brief())); // 429: Dropbox did not apply it
    QCOMPARE(m_server->requests().size(), 2);
}

void TestDropboxClientConnection::writeResentAfterExpiredToken()
{
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(
        401, R"({"error_summary": "expired_access_token/..", "error": {".tag": "expired_access_token"}})"));
    m_server->enqueue(CannedResponse::json(200, "null"));
    Answers<QJsonValue> a;
    client->write(QStringLiteral("team/members/unsuspend"), QJsonObject(), a.callback());
    QVERIFY(a.waitOne());
    QVERIFY2(a.list.first().ok(), qPrintable(a.list.first().error().brief()));
    QCOMPARE(m_server->requests().size(), 2);
}

void TestDropboxClientConnection::abortWritesLeavesReads()
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
    QVERIFY(w.list.first().error().maybeApplied); // it was out: Dropbox may have applied it
    QVERIFY(r.waitOne());
    QVERIFY2(r.list.first().ok(), qPrintable(r.list.first().error().brief()));
}

void TestDropboxClientConnection::truncatedReadIsRetried()
{
    auto client = makeClient();
    m_server->enqueue(CannedResponse::json(200, R"({"name": "cut)"));
    m_server->enqueue(CannedResponse::json(200, R"({"name":"whole"})"));
    Answers<QJsonValue> a;
    QVERIFY(a.rpc(*client));
    // A read whose body is not whole is no answer: the malformed reply is reported, never taken
    // for an empty success.
    const Expected<QJsonValue> &r = a.list.first();
    if (r.ok())
        QCOMPARE(r.value().toObject().value(QLatin1String("name")).toString(), QStringLiteral("whole"));
    else
        QCOMPARE(r.error().kind, Error::Kind::Malformed);
    QVERIFY(!r.error().maybeApplied);
}

void TestDropboxClientConnection::replySizeCap()
{
    DropboxClient::Options o;
    o.baseUrl = m_server->baseUrl();
    o.maxReplyBytes = 4096;
    DropboxClient client(m_tokens.get(), o);
    m_server->enqueue(CannedResponse::json(200, "[\"" + QByteArray(100000, 'x') + "\"]"));
    Answers<QJsonValue> a;
    QVERIFY(a.rpc(client, QStringLiteral("team/members/list_v2")));
    QCOMPARE(a.list.first().error().kind, Error::Kind::Malformed);
    QVERIFY2(a.list.first().error().detail.contains(QStringLiteral("larger than")),
             qPrintable(a.list.first().error().detail));
}

void TestDropboxClientConnection::callDeadline()
{
    DropboxClient::Options o = serverOptions(50, 100, 100);
    o.maxCallMs = 500;
    DropboxClient client(m_tokens.get(), o);
    for (int i = 0; i < 50; ++i)
        m_server->enqueue(CannedResponse::text(503, "busy"));
    QElapsedTimer clock;
    clock.start();
    Answers<QJsonValue> a;
    QVERIFY(a.rpc(client));
    QCOMPARE(a.list.first().error().kind, Error::Kind::Server);
    QVERIFY2(a.list.first().error().detail.contains(QStringLiteral("gave up after")),
             qPrintable(a.list.first().error().detail));
    QVERIFY(m_server->requests().size() < 10);
    QVERIFY(clock.elapsed() < 5000);
}

void TestDropboxClientConnection::retryAfterOverTheCap()
{
    auto client = makeClient();
    // 3,000,000 s once overflowed 32-bit milliseconds and was retried at once; 3600 s was waited out.
    m_server->enqueue(CannedResponse::json(429, R"({"error": {"reason": {".tag": "too_many_requests"}}})",
                                           {{"Retry-After", "3000000"}}));
    QElapsedTimer clock;
    clock.start();
    Answers<QJsonValue> a;
    QVERIFY(a.rpc(*client));
    QCOMPARE(a.list.first().error().kind, Error::Kind::RateLimited);
    const QString text = a.list.first().error().message();
    QVERIFY2(text.contains(QStringLiteral("3000000")) && text.contains(QStringLiteral("limit")), qPrintable(text));
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(clock.elapsed() < 3000);
}

QTEST_GUILESS_MAIN(TestDropboxClientConnection)
#include "tst_dropboxclient_connection.moc"
