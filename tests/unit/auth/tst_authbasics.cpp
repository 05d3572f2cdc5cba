// PKCE and state, the OAuth endpoints and their base-URL override, the shape checks of what the
// admin types, and the scope table.

#include "auth/CredentialShapes.h"
#include "auth/OAuth.h"
#include "auth/Pkce.h"
#include "auth/Scopes.h"
#include "auth/TokenEndpoint.h"

#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace dbx;

class tst_AuthBasics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pkceVerifier();
    void pkceChallengeRfc7636();
    void stateIsFreshAndUrlSafe();
    void endpoints_data();
    void endpoints();
    void pasteCodeAuthorizeUrl();
    void formEncoding();
    void appKeyShape_data();
    void appKeyShape();
    void c1Shapes_data();
    void c1Shapes();
    void scopes();
    void errorMessagesNeverEmpty();
};

void tst_AuthBasics::pkceVerifier()
{
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const Pkce p = Pkce::generate();
        QCOMPARE(p.verifier.size(), 64);
        QVERIFY(Pkce::isValidVerifier(p.verifier));
        QCOMPARE(p.challenge, Pkce::challengeFor(p.verifier));
        QCOMPARE(p.challenge.size(), 43); // 32 bytes, base64url, no padding
        QVERIFY(!p.challenge.contains(QLatin1Char('=')));
        QVERIFY(!p.challenge.contains(QLatin1Char('+')) && !p.challenge.contains(QLatin1Char('/')));
        seen.insert(p.verifier);
    }
    QCOMPARE(seen.size(), 50);
    QVERIFY(!Pkce::isValidVerifier(QStringLiteral("short")));
    QVERIFY(!Pkce::isValidVerifier(QString(64, QLatin1Char('+'))));
}

void tst_AuthBasics::pkceChallengeRfc7636()
{
    // RFC 7636, appendix B.
    QCOMPARE(Pkce::challengeFor(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
             QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void tst_AuthBasics::stateIsFreshAndUrlSafe()
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        const QString s = Pkce::randomState();
        QCOMPARE(s.size(), 43);
        QCOMPARE(QString::fromLatin1(QUrl::toPercentEncoding(s)), s);
        seen.insert(s);
    }
    QCOMPARE(seen.size(), 100);
}

void tst_AuthBasics::endpoints_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QUrl>("authorize");
    QTest::addColumn<QUrl>("token");
    QTest::newRow("dropbox") << QUrl() << QUrl(QStringLiteral("https://www.dropbox.com/oauth2/authorize"))
                             << QUrl(QStringLiteral("https://api.dropboxapi.com/oauth2/token"));
    QTest::newRow("dropbox explicit") << QUrl(QStringLiteral("https://api.dropboxapi.com"))
                                      << QUrl(QStringLiteral("https://www.dropbox.com/oauth2/authorize"))
                                      << QUrl(QStringLiteral("https://api.dropboxapi.com/oauth2/token"));
    QTest::newRow("simulator") << QUrl(QStringLiteral("http://127.0.0.1:8080"))
                               << QUrl(QStringLiteral("http://127.0.0.1:8080/oauth2/authorize"))
                               << QUrl(QStringLiteral("http://127.0.0.1:8080/oauth2/token"));
    QTest::newRow("trailing slash") << QUrl(QStringLiteral("http://127.0.0.1:8080/x/"))
                                    << QUrl(QStringLiteral("http://127.0.0.1:8080/x/oauth2/authorize"))
                                    << QUrl(QStringLiteral("http://127.0.0.1:8080/x/oauth2/token"));
}

void tst_AuthBasics::endpoints()
{
    QFETCH(QUrl, base);
    QFETCH(QUrl, authorize);
    QFETCH(QUrl, token);
    QCOMPARE(OAuthEndpoints::authorizeUrl(base), authorize);
    QCOMPARE(OAuthEndpoints::tokenUrl(base), token);
}

void tst_AuthBasics::pasteCodeAuthorizeUrl()
{
    const Pkce pkce = Pkce::generate();
    const QUrl url = TokenEndpoint::pasteCodeAuthorizeUrl(QStringLiteral("abcdefghijklmno"), QUrl(), pkce);
    QCOMPARE(url.adjusted(QUrl::RemoveQuery), QUrl(QStringLiteral("https://www.dropbox.com/oauth2/authorize")));
    const QUrlQuery q(url);
    QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), QStringLiteral("abcdefghijklmno"));
    QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(q.queryItemValue(QStringLiteral("token_access_type")), QStringLiteral("offline"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")), pkce.challenge);
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(!q.hasQueryItem(QStringLiteral("redirect_uri"))); // Dropbox then shows the code
}

void tst_AuthBasics::formEncoding()
{
    QCOMPARE(formEncode({{QStringLiteral("a"), QStringLiteral("x+y z&=")}, {QStringLiteral("b"), QString()}}),
             QByteArray("a=x%2By%20z%26%3D&b="));
}

void tst_AuthBasics::appKeyShape_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<bool>("keyOk");
    QTest::addColumn<bool>("secretOk");
    QTest::newRow("dropbox") << "abcd1234efgh567"
                             << "zyxw9876vuts543" << true << true << true;
    QTest::newRow("empty") << ""
                           << "" << true << false << false;
    QTest::newRow("spaces") << " abcd1234efgh567"
                            << "zyxw9876vuts543 " << true << false << false;
    QTest::newRow("upper") << "ABCD1234EFGH567"
                           << "zyxw9876vuts543" << true << false << true;
    QTest::newRow("too short") << "abcd1234"
                               << "zyxw9876vuts543" << true << false << true;
    QTest::newRow("same") << "abcd1234efgh567"
                          << "abcd1234efgh567" << true << true << false;
    QTest::newRow("simulator strict") << "sim-app-key"
                                      << "sim-app-secret" << true << false << false;
    QTest::newRow("simulator relaxed") << "sim-app-key"
                                       << "sim-app-secret" << false << true << true;
}

void tst_AuthBasics::appKeyShape()
{
    QFETCH(QString, key);
    QFETCH(QString, secret);
    QFETCH(bool, strict);
    QFETCH(bool, keyOk);
    QFETCH(bool, secretOk);
    QCOMPARE(CredentialShapes::checkAppKey(key, strict).ok(), keyOk);
    const auto secretShape = CredentialShapes::checkAppSecret(secret, key, strict);
    const QString secretProblem = secretShape ? QString() : secretShape.error().message();
    QCOMPARE(secretProblem.isEmpty(), secretOk);
    if (!secret.isEmpty())
        QVERIFY(!secretProblem.contains(secret.trimmed())); // never echoed back
}

void tst_AuthBasics::c1Shapes_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("idOk");
    QTest::addColumn<bool>("secretOk");
    QTest::newRow("good") << "bright-fox-12345@acme.conductor.one/pcc"
                          << "secret-token:conductorone.com:v1:eyJrdHkiOiJPS1AiLCJjcnYiOiJFZDI1NTE5In0" << true << true;
    QTest::newRow("padded") << "x@a.b.conductor.one/y"
                            << "secret-token:conductorone.com:v1:YWJj==" << true << true;
    QTest::newRow("no tenant") << "fox@conductor.one/pcc"
                               << "secret-token:conductorone.com:v2:abc" << false << false;
    QTest::newRow("no suffix") << "fox@acme.conductor.one"
                               << "conductorone.com:v1:abc" << false << false;
    QTest::newRow("bad b64") << "fox@acme.conductor.one/p"
                             << "secret-token:conductorone.com:v1:a+b/c" << true << false;
}

void tst_AuthBasics::c1Shapes()
{
    QFETCH(QString, id);
    QFETCH(QString, secret);
    QFETCH(bool, idOk);
    QFETCH(bool, secretOk);
    QCOMPARE(CredentialShapes::checkC1ClientId(id).ok(), idOk);
    QCOMPARE(CredentialShapes::checkC1ClientSecret(secret).ok(), secretOk);
}

void tst_AuthBasics::scopes()
{
    QCOMPARE(
        Scopes::readOnly(),
        (QStringList{QStringLiteral("team_info.read"), QStringLiteral("members.read"), QStringLiteral("groups.read")}));
    QCOMPARE(Scopes::provisioning(),
             (QStringList{QStringLiteral("members.write"), QStringLiteral("members.delete"),
                          QStringLiteral("groups.write")}));
    const QStringList readOnlyGrant = Scopes::readOnly();
    QVERIFY(Scopes::missing(readOnlyGrant, false).isEmpty());
    const auto missing = Scopes::missing(readOnlyGrant, true);
    QCOMPARE(missing.size(), 3);
    for (const ScopeInfo &s : missing) {
        QVERIFY(s.forProvisioning);
        QVERIFY(!s.disables.isEmpty());
    }
    QVERIFY(!Scopes::grantsProvisioning(readOnlyGrant));
    QVERIFY(Scopes::grantsProvisioning(readOnlyGrant + Scopes::provisioning()));
    QCOMPARE(Scopes::missing({QStringLiteral("members.read")}, false).size(), 2);
}

void tst_AuthBasics::errorMessagesNeverEmpty()
{
    for (int k = int(AuthError::Kind::StateMismatch); k <= int(AuthError::Kind::Cancelled); ++k) {
        const Error e = AuthError::make(AuthError::Kind(k),
                                        k == int(AuthError::Kind::BadInput) ? QStringLiteral("x") : QString());
        QVERIFY2(!e.message().isEmpty(), qPrintable(QString::number(k)));
    }
}

QTEST_GUILESS_MAIN(tst_AuthBasics)
#include "tst_authbasics.moc"
