// Fault injection over loopback HTTP: 429 with Retry-After every Nth request, tokens that
// expire every N requests, a one-time invalid cursor, 5xx, dropped connections, malformed
// bodies, latency by timers (concurrent requests overlap), and the HTTP server itself:
// loopback only, unique request ids, keep-alive and pipelining.

#include "sim/SimServer.h"
#include "sim/SimThread.h"
#include "support/SimFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

using namespace dbx;
using namespace dbx::sim;
using namespace simtest;

class TestSimFaults : public QObject
{
    Q_OBJECT

private:
    test::SimFixture m_sim;
    QByteArray m_token;

    Reply info() { return m_sim.http().rpcNull(QStringLiteral("team/get_info"), m_token); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sim.start()); }

    void init()
    {
        m_sim->setFaults(Faults());
        m_token = m_sim.renewToken();
    }

    void refusesNonLoopback_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("any IPv4") << "0.0.0.0";
        QTest::newRow("any IPv6") << "::";
        QTest::newRow("a LAN address") << "192.168.1.10";
    }

    void refusesNonLoopback()
    {
        QFETCH(QString, address);
        SimServer server;
        const auto listening = server.listen(QHostAddress(address), 0);
        QVERIFY(!listening);
        QVERIFY(listening.error().message().contains(QLatin1String("loopback")));
        QVERIFY(!server.isListening());
        SimThread thread;
        QVERIFY(!thread.start(0, QHostAddress(address)));
        QVERIFY(!thread.isRunning());
    }

    void ipv6Loopback()
    {
        SimServer server;
        if (!server.listen(QHostAddress(QHostAddress::LocalHostIPv6)))
            QSKIP("no IPv6 loopback here");
        QCOMPARE(server.baseUrl().host(), QStringLiteral("::1"));
        Http http(server.baseUrl());
        QCOMPARE(http.rpcNull(QStringLiteral("team/get_info"), server.issueAccessToken().toUtf8()).status, 200);
    }

    void rateLimitEveryN()
    {
        Faults f;
        f.rateLimitEveryN = 3;
        f.retryAfterSeconds = 7;
        m_sim->setFaults(f);
        QList<int> statuses;
        for (int i = 0; i < 6; ++i) {
            const Reply r = info();
            statuses.append(r.status);
            if (r.status == 429) {
                QCOMPARE(r.header("retry-after"), QByteArray("7"));
                const QJsonObject e = r.json().value(QLatin1String("error")).toObject();
                QCOMPARE(e.value(QLatin1String("reason")).toObject().value(QLatin1String(".tag")).toString(),
                         QStringLiteral("too_many_requests"));
                QCOMPARE(e.value(QLatin1String("retry_after")).toInt(), 7);
            }
        }
        QCOMPARE(statuses, (QList<int>{200, 200, 429, 200, 200, 429}));
        QCOMPARE(m_sim->stats().rateLimited, qint64(2));
    }

    void tokenExpiresEveryN()
    {
        Faults f;
        f.tokenExpiresEveryN = 4;
        m_sim->setFaults(f);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(info().status, 200);
        Reply r = info();
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorTag(), QStringLiteral("expired_access_token"));
        QVERIFY(r.errorSummary().startsWith(QLatin1String("expired_access_token/")));
        // It stays expired; a refreshed token works again for N requests.
        QCOMPARE(info().status, 401);
        const Credentials c = m_sim->credentials();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        q.addQueryItem(QStringLiteral("refresh_token"), c.refreshToken);
        r = m_sim.http().form(QStringLiteral("/oauth2/token"), q, c.appKey.toUtf8(), c.appSecret.toUtf8());
        QCOMPARE(r.status, 200);
        m_token = r.json().value(QLatin1String("access_token")).toString().toUtf8();
        QCOMPARE(info().status, 200);
    }

    void invalidCursorOnce()
    {
        const Reply first
            = m_sim.http().rpc(QStringLiteral("team/members/list_v2"), obj({{QStringLiteral("limit"), 10}}), m_token);
        const QString cursor = first.json().value(QLatin1String("cursor")).toString();
        Faults f;
        f.invalidCursorOnce = true;
        m_sim->setFaults(f);
        // Not a continue: unaffected.
        QCOMPARE(m_sim.http()
                     .rpc(QStringLiteral("team/members/list_v2"), obj({{QStringLiteral("limit"), 10}}), m_token)
                     .status,
                 200);
        Reply r = m_sim.http().rpc(QStringLiteral("team/members/list/continue_v2"),
                                   obj({{QStringLiteral("cursor"), cursor}}), m_token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorTag(), QStringLiteral("invalid_cursor"));
        r = m_sim.http().rpc(QStringLiteral("team/members/list/continue_v2"), obj({{QStringLiteral("cursor"), cursor}}),
                             m_token);
        QCOMPARE(r.status, 200);
        QVERIFY(!m_sim->faults().invalidCursorOnce);
    }

    void serverErrors()
    {
        Faults f;
        f.serverErrorRate = 1.0;
        m_sim->setFaults(f);
        for (int i = 0; i < 6; ++i) {
            const int s = info().status;
            QVERIFY2(s == 500 || s == 503, QByteArray::number(s).constData());
        }
        QCOMPARE(m_sim->stats().serverErrors >= 6, true);
        // OAuth is never faulted.
        const Credentials c = m_sim->credentials();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        q.addQueryItem(QStringLiteral("refresh_token"), c.refreshToken);
        QCOMPARE(m_sim.http().form(QStringLiteral("/oauth2/token"), q, c.appKey.toUtf8(), c.appSecret.toUtf8()).status,
                 200);
    }

    void someServerErrors()
    {
        Faults f;
        f.serverErrorRate = 0.3;
        f.seed = 5;
        m_sim->setFaults(f);
        int failed = 0;
        for (int i = 0; i < 40; ++i)
            failed += info().status != 200;
        QVERIFY2(failed > 2 && failed < 25, QByteArray::number(failed).constData());
    }

    void droppedConnections()
    {
        Faults f;
        f.dropConnectionRate = 1.0;
        m_sim->setFaults(f);
        const Reply r = info();
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(!r.timedOut);
        m_sim->setFaults(Faults());
        QCOMPARE(info().status, 200);
    }

    void malformedBodies()
    {
        Faults f;
        f.malformedRate = 1.0;
        m_sim->setFaults(f);
        for (int i = 0; i < 4; ++i) {
            const Reply r = m_sim.http().rpc(QStringLiteral("team/members/list_v2"),
                                             obj({{QStringLiteral("limit"), 5}}), m_token);
            QCOMPARE(r.status, 200);
            QJsonParseError err;
            QJsonDocument::fromJson(r.body, &err);
            QVERIFY(err.error != QJsonParseError::NoError);
        }
        // Errors stay errors: only 200 bodies are spoiled.
        QCOMPARE(m_sim.http().rpcNull(QStringLiteral("team/get_info"), "bad").status, 401);
    }

    void latencyUsesTimers()
    {
        Faults f;
        f.latencyMs = 300;
        m_sim->setFaults(f);
        // Four requests at once over separate connections: with timers they overlap.
        QElapsedTimer clock;
        clock.start();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i) {
            QNetworkRequest req(m_sim.http().url(QStringLiteral("/2/team/get_info")));
            req.setRawHeader("Authorization", "Bearer " + m_token);
            req.setRawHeader("Content-Type", "application/json");
            replies.append(m_sim.http().nam().post(req, QByteArrayLiteral("null")));
        }
        for (QNetworkReply *r : replies)
            QCOMPARE(Http::wait(r).status, 200);
        const qint64 ms = clock.elapsed();
        QVERIFY2(ms >= 290, QByteArray::number(ms).constData());
        QVERIFY2(ms < 1100, QByteArray::number(ms).constData());
    }

    void requestIdsAreUnique()
    {
        QSet<QByteArray> ids;
        for (int i = 0; i < 10; ++i) {
            const Reply r = i % 2 ? info() : m_sim.http().get(QStringLiteral("/nothing"));
            const QByteArray id = r.header("x-dropbox-request-id");
            QVERIFY(!id.isEmpty());
            QVERIFY(!ids.contains(id));
            ids.insert(id);
        }
    }

    // Raw bytes on one socket: three requests written at once come back in order.
    void pipelining()
    {
        Faults f;
        f.latencyMs = 50;
        m_sim->setFaults(f);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sim->port());
        QVERIFY(socket.waitForConnected(5000));
        auto request = [&](const QByteArray &route, const QByteArray &body) -> QByteArray {
            return "POST /2/" + route + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n\r\n" + body;
        };
        socket.write(request("team/get_info", "null") + request("team/members/list_v2", R"({"limit":1})")
                     + request("team/groups/list", R"({"limit":1})"));
        QByteArray in;
        QElapsedTimer clock;
        clock.start();
        while (in.count("HTTP/1.1 200 OK") < 3 || !in.contains("\"groups\"")) {
            if (clock.elapsed() > 10000)
                break;
            QTest::qWait(20); // the server runs on this thread's event loop
            in += socket.readAll();
        }
        const qsizetype a = in.indexOf("\"team_id\"");
        const qsizetype b = in.indexOf("\"members\"");
        const qsizetype c = in.indexOf("\"groups\"");
        QVERIFY2(a > 0 && b > a && c > b, in.left(400).constData());
        QCOMPARE(in.count("Connection: keep-alive"), qsizetype(3));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }

    void keepAliveReusesConnections()
    {
        const qint64 before = m_sim->stats().connections;
        Http fresh(m_sim->baseUrl());
        for (int i = 0; i < 20; ++i)
            QCOMPARE(fresh.rpcNull(QStringLiteral("team/get_info"), m_token).status, 200);
        const qint64 opened = m_sim->stats().connections - before;
        QVERIFY2(opened == 1, QByteArray::number(opened).constData());
    }

    void simThread()
    {
        TeamSpec spec;
        spec.members = 30;
        SimThread thread(spec);
        const auto started = thread.start(0);
        QVERIFY2(started, qPrintable(started.error().message()));
        QVERIFY(thread.port() > 0);
        QVERIFY(thread.server()->thread() != QThread::currentThread());
        Http http(thread.baseUrl());
        const QByteArray token = thread.server()->issueAccessToken().toUtf8();
        Faults f;
        f.latencyMs = 20;
        thread.setFaults(f);
        const Reply r = http.rpc(QStringLiteral("team/members/list_v2"), obj({{QStringLiteral("limit"), 1000}}), token);
        QCOMPARE(r.status, 200);
        int listed = 0;
        for (const Account &a : thread.truth().accounts)
            listed += a.status != AccountStatus::Removed;
        QCOMPARE(r.json().value(QLatin1String("members")).toArray().size(), listed);
        QCOMPARE(thread.stats().apiRequests, qint64(1));
        thread.stop();
        QVERIFY(!thread.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_sim_faults.moc"
