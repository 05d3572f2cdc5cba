// The transport policy (dropbox/TransportPolicy.h) and every Dropbox entry point that applies it:
// DropboxClient, RefreshTokenSource, TokenEndpoint, AuthorizationFlow, CredentialVerifier and
// the base URL check of the wizard and `configure`. Plain http to a host that is not loopback
// (Dropbox's own included) is refused with a sentence before any connection is made.
//
// Nothing can leave this machine even if a check were missing: the application proxy points at a
// local QTcpServer that only counts connections, so a request to api.dropboxapi.com or
// dropbox.invalid would reach it (not the network, not DNS) and the count would show it.

#include "auth/AuthorizationFlow.h"
#include "auth/CredentialShapes.h"
#include "auth/CredentialVerifier.h"
#include "auth/TokenEndpoint.h"
#include "dropbox/DropboxClient.h"
#include "dropbox/TokenSource.h"
#include "dropbox/TransportPolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace dbx;
using AuthResult = Expected<TokenGrant>; // what an authorization attempt ends in

class tst_Transport : public QObject
{
    Q_OBJECT

    QTcpServer m_trap; // the application proxy: counts every connection
    int m_connections = 0;

    int connections()
    {
        QTest::qWait(100); // a connection under way would land now
        return m_connections;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_trap.listen(QHostAddress::LocalHost, 0));
        connect(&m_trap, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_trap.nextPendingConnection()) {
                ++m_connections;
                s->abort();
                s->deleteLater();
            }
        });
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_trap.serverPort()));
        qRegisterMetaType<dbx::Expected<dbx::TokenGrant>>();
        qRegisterMetaType<dbx::Expected<dbx::Verification>>();
    }

    void cleanupTestCase() { QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy)); }

    void trapCatchesAnyRequest()
    {
        // The safety net works: a plain request (no policy involved) reaches the trap, not the net.
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(QStringLiteral("http://dropbox.invalid/"))));
        QTRY_VERIFY(reply->isFinished());
        reply->deleteLater();
        QVERIFY(m_connections >= 1); // Qt may try a closed connection again
        m_connections = 0;
    }

    void policy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https dropbox") << "https://api.dropboxapi.com" << true;
        QTest::newRow("https any host") << "https://dropbox.invalid:8443/base" << true;
        QTest::newRow("empty = default") << "" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3:8080" << true;
        QTest::newRow("http ::1") << "http://[::1]:8080/" << true;
        QTest::newRow("http localhost") << "http://localhost:8080" << true;
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST" << true;
        QTest::newRow("http dropbox") << "http://api.dropboxapi.com" << false;
        QTest::newRow("http invalid") << "http://dropbox.invalid" << false;
        QTest::newRow("http private lan") << "http://192.168.1.10:8080" << false;
        QTest::newRow("http 0.0.0.0") << "http://0.0.0.0:8080" << false;
        QTest::newRow("http ::") << "http://[::]:8080" << false;
        QTest::newRow("http localhost.evil") << "http://localhost.dropbox.invalid" << false;
        QTest::newRow("http 127 as name") << "http://127.0.0.1.dropbox.invalid" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
        QTest::newRow("ws") << "ws://dropbox.invalid/" << false;
    }

    void policy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const auto checked = checkTransport(QUrl(url));
        const QString refusal = checked ? QString() : checked.error().detail;
        QCOMPARE(refusal.isEmpty(), allowed);
        if (!allowed) {
            QVERIFY2(refusal.contains(QStringLiteral("https")), qPrintable(refusal));
            QVERIFY2(refusal.contains(QStringLiteral("loopback")), qPrintable(refusal));
            QVERIFY2(refusal.contains(QStringLiteral("Nothing was sent")), qPrintable(refusal));
        }
        // The wizard's field and `configure` use the same rule.
        QCOMPARE(CredentialShapes::checkBaseUrl(url).ok(),
                 allowed || url.startsWith(QLatin1String("ftp")) ? allowed : false);
    }

    void dropboxClientRefuses_data()
    {
        QTest::addColumn<QString>("base");
        QTest::newRow("dropbox's own host") << "http://api.dropboxapi.com";
        QTest::newRow("invalid") << "http://dropbox.invalid";
    }

    void dropboxClientRefuses()
    {
        QFETCH(QString, base);
        m_connections = 0;
        StaticTokenSource tokens(QStringLiteral("token-that-must-not-travel"));
        DropboxClient::Options o;
        o.baseUrl = QUrl(base);
        o.maxAttempts = 3;
        DropboxClient client(&tokens, o);
        bool done = false;
        Expected<TeamInfo> result;
        client.teamInfo([&](const Expected<TeamInfo> &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.error().kind, Error::Kind::BadRequest);
        QCOMPARE(result.error().tag, QStringLiteral("insecure_transport"));
        QVERIFY2(result.error().message().contains(QUrl(base).host()), qPrintable(result.error().message()));
        QVERIFY(result.error().message().contains(QStringLiteral("must use https")));
        QVERIFY(!result.error().needsReauthorization());
        QCOMPARE(client.stats().requests, 0);
        QCOMPARE(client.stats().retries, 0);
        QCOMPARE(connections(), 0);
    }

    void refreshTokenSourceRefuses()
    {
        m_connections = 0;
        QNetworkAccessManager nam;
        RefreshTokenSource tokens(&nam, QUrl(QStringLiteral("http://api.dropboxapi.com/oauth2/token")),
                                  {QStringLiteral("key"), QStringLiteral("secret"), QStringLiteral("refresh")});
        bool done = false;
        Error error;
        tokens.fetchToken([&](const QString &, const Error &e) {
            error = e;
            done = true;
        });
        QVERIFY(!done); // answered later, as a refresh would be
        QTRY_VERIFY(done);
        QCOMPARE(error.tag, QStringLiteral("insecure_transport"));
        QVERIFY(error.message().contains(QStringLiteral("must use https")));
        QCOMPARE(tokens.refreshCount(), 0);
        QCOMPARE(connections(), 0);
    }

    void tokenEndpointRefuses()
    {
        m_connections = 0;
        for (const QString &base :
             {QStringLiteral("http://api.dropboxapi.com"), QStringLiteral("http://dropbox.invalid")}) {
            TokenEndpoint endpoint({QStringLiteral("key"), QStringLiteral("secret"), QUrl(base), 5000});
            QSignalSpy finished(&endpoint, &TokenEndpoint::finished);
            endpoint.exchangeCode(QStringLiteral("code"), QStringLiteral("verifier"));
            QTRY_COMPARE(finished.count(), 1);
            const AuthResult r = finished.first().first().value<AuthResult>();
            QCOMPARE(AuthError::kindOf(r.error()), AuthError::Kind::BadInput);
            QVERIFY2(r.error().message().contains(QStringLiteral("must use https")), qPrintable(r.error().message()));
            endpoint.refresh(QStringLiteral("refresh"));
            QTRY_COMPARE(finished.count(), 2);
        }
        QCOMPARE(connections(), 0);
    }

    void authorizationFlowRefuses()
    {
        m_connections = 0;
        AuthorizationFlow::Options o;
        o.appKey = QStringLiteral("key");
        o.appSecret = QStringLiteral("secret");
        o.baseUrl = QUrl(QStringLiteral("http://dropbox.invalid"));
        o.port = 0;
        AuthorizationFlow flow(o);
        bool opened = false;
        flow.setBrowserOpener([&opened](const QUrl &) { opened = true; });
        QSignalSpy finished(&flow, &AuthorizationFlow::finished);
        flow.start();
        QCOMPARE(finished.count(), 1);
        const AuthResult r = finished.first().first().value<AuthResult>();
        QCOMPARE(AuthError::kindOf(r.error()), AuthError::Kind::BadInput);
        QVERIFY(r.error().message().contains(QStringLiteral("must use https")));
        QVERIFY(!opened); // no browser, no listening port
        QVERIFY(!flow.isRunning());
        QCOMPARE(connections(), 0);
    }

    void credentialVerifierRefuses()
    {
        m_connections = 0;
        CredentialVerifier verifier;
        QSignalSpy finished(&verifier, &CredentialVerifier::finished);
        verifier.start({QUrl(QStringLiteral("http://api.dropboxapi.com")), QStringLiteral("key"),
                        QStringLiteral("secret"), QStringLiteral("refresh"), QString(), 5000});
        QCOMPARE(finished.count(), 0); // never before start() returns
        QTRY_COMPARE(finished.count(), 1);
        const Expected<Verification> r = finished.first().first().value<Expected<Verification>>();
        QCOMPARE(r.error().tag, QStringLiteral("insecure_transport"));
        QVERIFY(r.error().message().contains(QStringLiteral("must use https")));
        QCOMPARE(connections(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Transport)
#include "tst_transport.moc"
