// The OAuth flows against the simulator's endpoints over loopback, with a stub browser that GETs
// the authorize URL and follows the redirect to the local reply handler: a successful grant (the
// simulator checks the PKCE verifier, the redirect URI and hands back the state), a state
// mismatch, a denied consent, invalid_grant, timeouts (a token endpoint that accepts and stays
// silent; a browser that never comes back), a taken port, the paste-code exchange, and the
// refresh-token grant afterwards. The captured log output must hold none of the secrets.

#include "auth/AuthorizationFlow.h"
#include "auth/CredentialVerifier.h"
#include "auth/TokenEndpoint.h"
#include "dropbox/TokenSource.h"
#include "support/LogCapture.h"
#include "support/SimFixture.h"
#include "support/StubBrowser.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace dbx;
using namespace dbx::test;
using AuthResult = Expected<TokenGrant>; // what an authorization attempt ends in

class tst_AuthorizationFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void successfulGrant();
    void freshStateAndPkcePerAttempt();
    void stateMismatch();
    void wrongStateKeepsWaiting();
    void accessDenied();
    void invalidGrant();
    void tokenEndpointTimeout();
    void browserTimeout();
    void portInUse();
    void retryOnSameFixedPort();
    void cancel();
    void pasteCodeExchange();
    void pasteCodeErrors();
    void refreshGrantAfterwards();

private:
    AuthResult runFlow(AuthorizationFlow::Options options, StubBrowser *browser);
    AuthorizationFlow::Options options() const;
    void remember(const AuthResult &r);

    SimFixture m_sim;
    QStringList m_secrets;
};

void tst_AuthorizationFlow::initTestCase()
{
    qRegisterMetaType<dbx::Expected<dbx::TokenGrant>>();
    QVERIFY(m_sim.start());
    m_secrets << m_sim->credentials().appSecret;
    startCapture(QStringLiteral("dbx.auth.debug=true\nqt.networkauth*.debug=true"));
}

void tst_AuthorizationFlow::cleanupTestCase()
{
    expectNoSecretInLog(m_secrets, [](const QString &line) {
        return line.startsWith(QLatin1String("dbx.auth")) || line.startsWith(QLatin1String("qt.networkauth"))
            || line.startsWith(QLatin1String("default"));
    });
    QVERIFY(!g_log.isEmpty());
    QVERIFY(g_log.join(QLatin1Char('\n')).contains(QStringLiteral("dbx.auth")));
}

void tst_AuthorizationFlow::init()
{
    m_sim->setDenyConsent(false);
    m_sim->setGrantedScopes(sim::OAuthSettings::defaultScopes());
}

AuthorizationFlow::Options tst_AuthorizationFlow::options() const
{
    AuthorizationFlow::Options o;
    o.appKey = m_sim->credentials().appKey;
    o.appSecret = m_sim->credentials().appSecret;
    o.baseUrl = m_sim->baseUrl();
    o.port = 0;
    o.tokenTimeoutMs = 5000;
    o.browserTimeoutMs = 10000;
    return o;
}

void tst_AuthorizationFlow::remember(const AuthResult &r)
{
    const TokenGrant grant = r.value_or(TokenGrant());
    if (!grant.accessToken.isEmpty())
        m_secrets << grant.accessToken;
    if (!grant.refreshToken.isEmpty())
        m_secrets << grant.refreshToken;
}

AuthResult tst_AuthorizationFlow::runFlow(AuthorizationFlow::Options o, StubBrowser *browser)
{
    AuthorizationFlow flow(o);
    if (browser)
        flow.setBrowserOpener([browser](const QUrl &url) { browser->open(url); });
    QSignalSpy finished(&flow, &AuthorizationFlow::finished);
    flow.start();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000); }();
    if (finished.isEmpty())
        return unexpected(AuthError::make(AuthError::Kind::Cancelled, QStringLiteral("test: no answer")));
    QTest::qWait(50); // a second finished() would show up here
    [&] { QCOMPARE(finished.count(), 1); }();
    const AuthResult r = finished.first().first().value<AuthResult>();
    remember(r);
    return r;
}

void tst_AuthorizationFlow::successfulGrant()
{
    StubBrowser browser;
    const qint64 tokensBefore = m_sim->requestCount(QStringLiteral("oauth2/token"));
    const AuthResult r = runFlow(options(), &browser);
    QVERIFY2(r.ok(), qPrintable(r.error().message()));
    QVERIFY(!r->accessToken.isEmpty());
    QVERIFY(!r->refreshToken.isEmpty());
    QCOMPARE(r->scopes(), sim::OAuthSettings::defaultScopes());
    QCOMPARE(r->expiresIn, 14400);
    QVERIFY(r->expiresAt > QDateTime::currentDateTimeUtc().addSecs(14000));
    QVERIFY(!r->teamId.isEmpty());
    QCOMPARE(m_sim->requestCount(QStringLiteral("oauth2/token")), tokensBefore + 1);
    QTRY_COMPARE(browser.callbackStatus, 200); // the local handler answered the browser

    QCOMPARE(browser.opened.size(), 1);
    const QUrl url = browser.opened.first();
    QCOMPARE(url.adjusted(QUrl::RemoveQuery), m_sim->baseUrl().resolved(QUrl(QStringLiteral("/oauth2/authorize"))));
    const QUrlQuery q(url);
    QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), m_sim->credentials().appKey);
    QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(q.queryItemValue(QStringLiteral("token_access_type")), QStringLiteral("offline"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QCOMPARE(q.queryItemValue(QStringLiteral("state")).size(), 43);
    QVERIFY(!q.hasQueryItem(QStringLiteral("scope"))); // Qt's empty scope is dropped
    const QString redirect = q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d+/dropbox-callback$")).match(redirect).hasMatch(),
        qPrintable(redirect));
}

void tst_AuthorizationFlow::freshStateAndPkcePerAttempt()
{
    StubBrowser browser;
    QVERIFY(runFlow(options(), &browser).ok());
    QVERIFY(runFlow(options(), &browser).ok());
    QCOMPARE(browser.opened.size(), 2);
    const QUrlQuery a(browser.opened[0]), b(browser.opened[1]);
    QVERIFY(a.queryItemValue(QStringLiteral("state")) != b.queryItemValue(QStringLiteral("state")));
    QVERIFY(a.queryItemValue(QStringLiteral("code_challenge")) != b.queryItemValue(QStringLiteral("code_challenge")));
}

void tst_AuthorizationFlow::stateMismatch()
{
    // Only forged redirects come: each is answered 400, the attempt waits until its browser
    // timeout and then says why (StateMismatch), never using the code.
    AuthorizationFlow::Options o = options();
    o.browserTimeoutMs = 1500;
    StubBrowser browser;
    browser.tamper = [](QUrlQuery *q) {
        q->removeAllQueryItems(QStringLiteral("state"));
        q->addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
    };
    const qint64 tokensBefore = m_sim->requestCount(QStringLiteral("oauth2/token"));
    QElapsedTimer t;
    t.start();
    const AuthResult r = runFlow(o, &browser);
    QCOMPARE(AuthError::kindOf(r.error()), AuthError::Kind::StateMismatch);
    QVERIFY(r.error().message().contains(QStringLiteral("state")));
    QVERIFY(t.elapsed() >= 1400); // it kept waiting
    QCOMPARE(browser.callbackStatus, 400);
    QCOMPARE(m_sim->requestCount(QStringLiteral("oauth2/token")), tokensBefore); // the code was not used

    // No state at all is a mismatch too.
    browser.callbackStatus = 0;
    browser.tamper = [](QUrlQuery *q) { q->removeAllQueryItems(QStringLiteral("state")); };
    QCOMPARE(AuthError::kindOf(runFlow(o, &browser).error()), AuthError::Kind::StateMismatch);
    QCOMPARE(browser.callbackStatus, 400);
}

void tst_AuthorizationFlow::wrongStateKeepsWaiting()
{
    // A page sends a forged and a stale redirect to the fixed callback port first: each gets a
    // 400 page, the attempt goes on, and the admin's real redirect then completes it.
    AuthorizationFlow::Options o = options();
    o.port = freePort();
    AuthorizationFlow flow(o);
    QUrl authorizeUrl;
    flow.setBrowserOpener([&authorizeUrl](const QUrl &url) { authorizeUrl = url; });
    QSignalSpy finished(&flow, &AuthorizationFlow::finished);
    flow.start();
    QVERIFY(!authorizeUrl.isEmpty());
    const QString realState = QUrlQuery(authorizeUrl).queryItemValue(QStringLiteral("state"));

    QNetworkAccessManager nam;
    const auto get = [&nam](const QUrl &url, QByteArray *body) -> int {
        QNetworkReply *reply = nam.get(QNetworkRequest(url));
        QElapsedTimer waited;
        waited.start();
        while (!reply->isFinished() && waited.elapsed() < 10000)
            QTest::qWait(10);
        *body = reply->readAll();
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    QByteArray page;
    for (const QString &query : {QStringLiteral("code=forged-code&state=forged-state"),
                                 QString(QStringLiteral("code=old-code&state=") + realState + QStringLiteral("x")),
                                 QStringLiteral("error=access_denied&state=wrong"),
                                 QStringLiteral("error=access_denied"), QStringLiteral("code=no-state")}) {
        QUrl cb(flow.redirectUri());
        cb.setQuery(query);
        QCOMPARE(get(cb, &page), 400);
        QVERIFY2(page.contains("state"), page.constData());
        QCOMPARE(finished.count(), 0);
        QVERIFY(flow.isRunning());
        QCOMPARE(flow.stage(), AuthorizationFlow::Stage::WaitingForBrowser);
    }
    QUrl other(flow.redirectUri());
    other.setPath(QStringLiteral("/elsewhere"));
    QCOMPARE(get(other, &page), 404);
    QVERIFY(flow.isRunning());

    // The admin's browser now: the simulator's consent redirects with the real state and code.
    StubBrowser browser;
    browser.open(authorizeUrl);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const AuthResult r = finished.first().first().value<AuthResult>();
    remember(r);
    QVERIFY2(r.ok(), qPrintable(r.error().message()));
    QCOMPARE(browser.callbackStatus, 200);
    QVERIFY(!r->refreshToken.isEmpty());
}

void tst_AuthorizationFlow::accessDenied()
{
    m_sim->setDenyConsent(true);
    StubBrowser browser;
    const AuthResult r = runFlow(options(), &browser);
    QCOMPARE(AuthError::kindOf(r.error()), AuthError::Kind::AccessDenied);
    QCOMPARE(r.error().tag, QStringLiteral("access_denied"));
    QVERIFY(r.error().message().contains(QStringLiteral("Allow")));
}

void tst_AuthorizationFlow::invalidGrant()
{
    StubBrowser browser;
    browser.tamper = [](QUrlQuery *q) {
        q->removeAllQueryItems(QStringLiteral("code"));
        q->addQueryItem(QStringLiteral("code"), QStringLiteral("not-a-code-the-simulator-issued"));
    };
    const AuthResult r = runFlow(options(), &browser);
    QCOMPARE(AuthError::kindOf(r.error()), AuthError::Kind::InvalidGrant);
    QCOMPARE(r.error().tag, QStringLiteral("invalid_grant"));
    QCOMPARE(r.error().httpStatus, 400);
    QVERIFY(!r.error().detail.isEmpty());

    // A wrong app secret: invalid_client, said as such.
    AuthorizationFlow::Options o = options();
    o.appSecret = QStringLiteral("wrong-secret");
    StubBrowser browser2;
    QCOMPARE(AuthError::kindOf(runFlow(o, &browser2).error()), AuthError::Kind::InvalidClient);
}

void tst_AuthorizationFlow::tokenEndpointTimeout()
{
    // A token endpoint that accepts the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            held << s;
    });
    AuthorizationFlow::Options o = options();
    o.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    o.tokenTimeoutMs = 700;
    // The browser plays the consent itself: it sends the redirect with a code and the state.
    StubBrowser browser;
    AuthorizationFlow flow(o);
    flow.setBrowserOpener([&browser](const QUrl &url) {
        const QUrlQuery q(url);
        QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        redirect.setQuery(QStringLiteral("code=some-code&state=") + q.queryItemValue(QStringLiteral("state")));
        browser.follow(redirect);
    });
    QSignalSpy finished(&flow, &AuthorizationFlow::finished);
    QElapsedTimer t;
    t.start();
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const AuthResult r = finished.first().first().value<AuthResult>();
    QCOMPARE(AuthError::kindOf(r.error()), AuthError::Kind::Timeout);
    QVERIFY(r.error().message().contains(QStringLiteral("token endpoint")));
    QVERIFY(t.elapsed() >= 600);
    QVERIFY(!held.isEmpty()); // it really connected, then waited
    QVERIFY(!flow.isRunning());
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
}

void tst_AuthorizationFlow::browserTimeout()
{
    AuthorizationFlow::Options o = options();
    o.browserTimeoutMs = 300;
    AuthorizationFlow flow(o);
    flow.setBrowserOpener([](const QUrl &) {}); // the admin never comes back
    QSignalSpy finished(&flow, &AuthorizationFlow::finished);
    QSignalSpy urls(&flow, &AuthorizationFlow::authorizeUrlReady);
    flow.start();
    QCOMPARE(flow.stage(), AuthorizationFlow::Stage::WaitingForBrowser);
    QCOMPARE(urls.count(), 1);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(AuthError::kindOf(finished.first().first().value<AuthResult>().error()), AuthError::Kind::Timeout);
}

void tst_AuthorizationFlow::portInUse()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    AuthorizationFlow::Options o = options();
    o.port = squatter.serverPort();
    const AuthResult r = runFlow(o, nullptr);
    QCOMPARE(AuthError::kindOf(r.error()), AuthError::Kind::ListenFailed);
    QVERIFY(r.error().message().contains(QString::number(o.port)));
}

void tst_AuthorizationFlow::retryOnSameFixedPort()
{
    AuthorizationFlow::Options o = options();
    o.port = freePort();
    o.browserTimeoutMs = 1500; // only a stale redirect comes: it ends at this timeout
    o.callbackPath = QStringLiteral("/custom/path");
    QCOMPARE(AuthorizationFlow::redirectUri(o.port, o.callbackPath),
             QStringLiteral("http://127.0.0.1:%1/custom/path").arg(o.port));
    AuthorizationFlow flow(o);
    StubBrowser browser;
    browser.tamper = [](QUrlQuery *q) {
        q->removeAllQueryItems(QStringLiteral("state"));
        q->addQueryItem(QStringLiteral("state"), QStringLiteral("stale"));
    };
    flow.setBrowserOpener([&browser](const QUrl &url) { browser.open(url); });
    QSignalSpy finished(&flow, &AuthorizationFlow::finished);
    flow.start();
    QCOMPARE(flow.redirectUri(), AuthorizationFlow::redirectUri(o.port, o.callbackPath));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(AuthError::kindOf(finished.takeFirst().first().value<AuthResult>().error()),
             AuthError::Kind::StateMismatch);
    QCOMPARE(browser.callbackStatus, 400);

    browser.tamper = nullptr; // the retry, on the same registered port and path
    o.browserTimeoutMs = 10000;
    flow.setOptions(o);
    flow.start();
    QTRY_COMPARE(finished.count(), 1);
    const AuthResult r = finished.takeFirst().first().value<AuthResult>();
    remember(r);
    QVERIFY2(r.ok(), qPrintable(r.error().message()));
    QCOMPARE(QUrlQuery(browser.opened.last()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             QStringLiteral("http://127.0.0.1:%1/custom/path").arg(o.port));
}

void tst_AuthorizationFlow::cancel()
{
    AuthorizationFlow flow(options());
    flow.setBrowserOpener([](const QUrl &) {});
    QSignalSpy finished(&flow, &AuthorizationFlow::finished);
    flow.start();
    QVERIFY(flow.isRunning());
    flow.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(AuthError::kindOf(finished.first().first().value<AuthResult>().error()), AuthError::Kind::Cancelled);
    flow.cancel(); // idle: nothing more
    QCOMPARE(finished.count(), 1);
}

void tst_AuthorizationFlow::pasteCodeExchange()
{
    // The seed's flow: the authorize page without a redirect URI shows the code.
    const Pkce pkce = Pkce::generate();
    const QUrl url = TokenEndpoint::pasteCodeAuthorizeUrl(m_sim->credentials().appKey, m_sim->baseUrl(), pkce);
    QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("redirect_uri")));
    StubBrowser browser;
    browser.open(url);
    QTRY_VERIFY(!browser.lastPage.isEmpty());
    const auto match = QRegularExpression(QStringLiteral("<code id=\"auth-code\">([^<]+)</code>"))
                           .match(QString::fromUtf8(browser.lastPage));
    QVERIFY2(match.hasMatch(), browser.lastPage.constData());
    const QString code = match.captured(1);
    m_secrets << code;

    TokenEndpoint endpoint({m_sim->credentials().appKey, m_sim->credentials().appSecret, m_sim->baseUrl(), 5000});
    QSignalSpy finished(&endpoint, &TokenEndpoint::finished);
    endpoint.exchangeCode(QStringLiteral("  ") + code + QStringLiteral("\n"), pkce.verifier); // pasted
    QTRY_COMPARE(finished.count(), 1);
    const AuthResult r = finished.first().first().value<AuthResult>();
    remember(r);
    QVERIFY2(r.ok(), qPrintable(r.error().message()));
    QVERIFY(!r->refreshToken.isEmpty());
    QCOMPARE(r->scopes(), sim::OAuthSettings::defaultScopes());
}

void tst_AuthorizationFlow::pasteCodeErrors()
{
    const QString key = m_sim->credentials().appKey;
    const QString secret = m_sim->credentials().appSecret;
    TokenEndpoint endpoint({key, secret, m_sim->baseUrl(), 5000});
    QSignalSpy finished(&endpoint, &TokenEndpoint::finished);
    auto exchange = [&](const QString &code, const QString &verifier) {
        finished.clear();
        endpoint.exchangeCode(code, verifier);
        [&] { QTRY_COMPARE(finished.count(), 1); }();
        const AuthResult r = finished.isEmpty() ? AuthResult() : finished.first().first().value<AuthResult>();
        remember(r);
        return r;
    };

    QCOMPARE(AuthError::kindOf(exchange(QStringLiteral("   "), QString()).error()), AuthError::Kind::BadInput);

    const Pkce pkce = Pkce::generate();
    const QString code = m_sim->mintAuthorizationCode(pkce.challenge);
    m_secrets << code;
    const Pkce other = Pkce::generate();
    QCOMPARE(AuthError::kindOf(exchange(code, other.verifier).error()),
             AuthError::Kind::InvalidGrant); // wrong verifier
    const QString code2 = m_sim->mintAuthorizationCode(pkce.challenge);
    m_secrets << code2;
    QVERIFY(exchange(code2, pkce.verifier).ok());
    const AuthResult again = exchange(code2, pkce.verifier); // used twice
    QCOMPARE(AuthError::kindOf(again.error()), AuthError::Kind::InvalidGrant);
    QVERIFY(again.error().message().contains(QStringLiteral("again")));

    TokenEndpoint wrongSecret({key, QStringLiteral("nope"), m_sim->baseUrl(), 5000});
    QSignalSpy wrongSpy(&wrongSecret, &TokenEndpoint::finished);
    wrongSecret.exchangeCode(m_sim->mintAuthorizationCode(), QString());
    QTRY_COMPARE(wrongSpy.count(), 1);
    QCOMPARE(AuthError::kindOf(wrongSpy.first().first().value<AuthResult>().error()), AuthError::Kind::InvalidClient);

    // Nobody listening: a network error, promptly.
    QTcpServer gone;
    QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
    const quint16 port = gone.serverPort();
    gone.close();
    TokenEndpoint unreachable({key, secret, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), 5000});
    QSignalSpy unreachableSpy(&unreachable, &TokenEndpoint::finished);
    unreachable.exchangeCode(QStringLiteral("x"), QString());
    QTRY_COMPARE(unreachableSpy.count(), 1);
    QCOMPARE(AuthError::kindOf(unreachableSpy.first().first().value<AuthResult>().error()), AuthError::Kind::Network);
}

void tst_AuthorizationFlow::refreshGrantAfterwards()
{
    StubBrowser browser;
    const AuthResult granted = runFlow(options(), &browser);
    QVERIFY2(granted.ok(), qPrintable(granted.error().message()));

    // Our own refresh grant...
    TokenEndpoint endpoint({m_sim->credentials().appKey, m_sim->credentials().appSecret, m_sim->baseUrl(), 5000});
    QSignalSpy finished(&endpoint, &TokenEndpoint::finished);
    endpoint.refresh(granted->refreshToken);
    QTRY_COMPARE(finished.count(), 1);
    const AuthResult refreshed = finished.first().first().value<AuthResult>();
    remember(refreshed);
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.error().message()));
    QVERIFY(refreshed->accessToken != granted->accessToken);
    QCOMPARE(refreshed->refreshToken, granted->refreshToken);
    QCOMPARE(refreshed->scopes(), sim::OAuthSettings::defaultScopes());

    // ... the client's RefreshTokenSource with the new refresh token ...
    QNetworkAccessManager nam;
    RefreshTokenSource tokens(&nam, OAuthEndpoints::tokenUrl(m_sim->baseUrl()),
                              {m_sim->credentials().appKey, m_sim->credentials().appSecret, granted->refreshToken});
    QString access;
    bool done = false;
    tokens.fetchToken([&](const QString &t, const Error &e) {
        QVERIFY2(!e.isError(), qPrintable(e.message()));
        access = t;
        done = true;
    });
    QTRY_VERIFY(done);
    m_secrets << access;
    QVERIFY(!access.isEmpty());
    QCOMPARE(tokens.grantedScopes(), sim::OAuthSettings::defaultScopes().join(QLatin1Char(' ')));

    // ... and the wizard's Verify step: who, on which team, which scopes are missing.
    m_sim->setGrantedScopes({QStringLiteral("members.read"), QStringLiteral("groups.read"),
                             QStringLiteral("team_info.read"), QStringLiteral("members.write")});
    StubBrowser browser2;
    const AuthResult narrow = runFlow(options(), &browser2);
    QVERIFY(narrow.ok());
    CredentialVerifier verifier;
    QSignalSpy verified(&verifier, &CredentialVerifier::finished);
    verifier.start({m_sim->baseUrl(), m_sim->credentials().appKey, m_sim->credentials().appSecret, narrow->refreshToken,
                    narrow->scope, 5000});
    QTRY_COMPARE(verified.count(), 1);
    const Expected<Verification> v = verified.first().first().value<Expected<Verification>>();
    QVERIFY2(v.ok(), qPrintable(v.error().message()));
    const Snapshot truth = m_sim->truth();
    QCOMPARE(v->team.name, truth.team.name);
    QCOMPARE(v->admin.email, truth.admin.email);
    QCOMPARE(
        v->authorizedAs(),
        QStringLiteral("Authorized as %1 (%2) on %3").arg(truth.admin.displayName, truth.admin.email, truth.team.name));
    QVERIFY(v->missingReadOnly.isEmpty());
    QCOMPARE(v->missingProvisioning.size(), 2);
    QCOMPARE(v->missingProvisioning[0].name, QStringLiteral("members.delete"));
    QCOMPARE(v->missingProvisioning[1].name, QStringLiteral("groups.write"));

    // A revoked refresh token: the verifier says so, as re-authorization.
    m_sim->revokeRefreshTokens();
    CredentialVerifier revoked;
    QSignalSpy revokedSpy(&revoked, &CredentialVerifier::finished);
    revoked.start({m_sim->baseUrl(), m_sim->credentials().appKey, m_sim->credentials().appSecret, narrow->refreshToken,
                   QString(), 5000});
    QTRY_COMPARE(revokedSpy.count(), 1);
    const Expected<Verification> rv = revokedSpy.first().first().value<Expected<Verification>>();
    QVERIFY(!rv.ok());
    QVERIFY(rv.error().needsReauthorization());
}

QTEST_GUILESS_MAIN(tst_AuthorizationFlow)
#include "tst_authorizationflow.moc"
