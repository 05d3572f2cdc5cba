// ConductorOne client credentials: parsing the client id and secret (and the sentence for each
// kind of mistake), the EdDSA assertion checked with the public key from the JWK, and the token
// exchange against a fake token endpoint on loopback that verifies the signature itself.

#include "conductorone/AccessTokenSource.h"
#include "conductorone/Credentials.h"
#include "sim/HttpServer.h"
#include "support/C1Fixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace dbx;
using namespace dbx::c1;

namespace {

// The server refused the credentials: retrying will not help.
bool refused(const Expected<AccessToken> &token) { return token.error().kind == Error::Kind::Refused; }

QString secretWithJwk(const QJsonObject &jwk)
{
    return QStringLiteral("secret-token:conductorone.com:v1:")
        + QString::fromLatin1(test::base64Url(QJsonDocument(jwk).toJson(QJsonDocument::Compact)));
}

QJsonObject jwkOf(const test::TestKey &key)
{
    return QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
                       {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                       {QStringLiteral("d"), QString::fromLatin1(test::base64Url(key.seed))},
                       {QStringLiteral("x"), QString::fromLatin1(test::base64Url(key.publicKey))}};
}

// A fake ConductorOne token endpoint: checks the form and the assertion like the real one
// would, with the public key it was given.
struct FakeTokenEndpoint {
    FakeTokenEndpoint(QByteArray key, QString clientId, QString audience)
        : publicKey(std::move(key)), expectedClientId(std::move(clientId)), expectedAudience(std::move(audience))
    {}

    QByteArray publicKey;
    QString expectedClientId;
    QString expectedAudience;
    int refuseWith = 0; // answer this HTTP status instead
    int requests = 0;
    int lifetime = 3600;
    QString lastError;
    Credentials::Jws lastJws;

    sim::HttpResponse handle(const sim::HttpRequest &req)
    {
        ++requests;
        if (req.method != "POST" || req.path != "/auth/v1/token")
            return sim::HttpResponse::json(404, R"({"error":"not_found"})");
        if (!req.header("content-type").startsWith("application/x-www-form-urlencoded"))
            return sim::HttpResponse::json(400, R"({"error":"invalid_request"})");
        if (refuseWith)
            return sim::HttpResponse::json(refuseWith, R"({"error":"invalid_client","error_description":"revoked"})");
        // Form semantics: a raw '+' is a space, so an unescaped one would corrupt the id.
        const QUrlQuery form(QString::fromUtf8(req.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
        auto field = [&form](const char *name) { return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
        if (field("grant_type") != QLatin1String("client_credentials")
            || field("client_assertion_type") != QLatin1String("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
            || field("client_id") != expectedClientId) {
            lastError = QStringLiteral("form: ") + QString::fromUtf8(req.body);
            return sim::HttpResponse::json(400, R"({"error":"invalid_request"})");
        }
        const Expected<Credentials::Jws> verified
            = Credentials::verifyAssertion(field("client_assertion").toLatin1(), publicKey);
        if (!verified) {
            lastError = verified.error().message();
            return sim::HttpResponse::json(401, R"({"error":"invalid_client"})");
        }
        const Credentials::Jws &jws = *verified;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject &c = jws.claims;
        if (c.value(QLatin1String("iss")).toString() != expectedClientId
            || c.value(QLatin1String("sub")).toString() != expectedClientId
            || c.value(QLatin1String("aud")).toString() != expectedAudience
            || c.value(QLatin1String("nbf")).toInteger() > now || c.value(QLatin1String("exp")).toInteger() < now) {
            lastError = QStringLiteral("claims: ") + QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact));
            return sim::HttpResponse::json(401, R"({"error":"invalid_client"})");
        }
        lastJws = jws;
        return sim::HttpResponse::json(
            200,
            QStringLiteral(R"({"access_token":"tok-%1","token_type":"bearer","expires_in":%2})")
                .arg(requests)
                .arg(lifetime)
                .toUtf8());
    }
};

} // namespace

class TestC1Credentials : public QObject
{
    Q_OBJECT

private slots:
    void parsesGoodCredentials()
    {
        const test::TestKey key = test::makeTestKey(QStringLiteral("acme.conductor.one"), QStringLiteral("key-7"));
        const auto creds = Credentials::parse(key.clientId, key.clientSecret);
        QVERIFY2(creds, qPrintable(creds.error().message()));
        QCOMPARE(creds->clientId, key.clientId);
        QCOMPARE(creds->clientName, QStringLiteral("tester"));
        QCOMPARE(creds->host, QStringLiteral("acme.conductor.one"));
        QCOMPARE(creds->audience(), QStringLiteral("acme.conductor.one"));
        QCOMPARE(creds->privateKey, key.seed);
        QCOMPARE(creds->publicKey, key.publicKey);
        QCOMPARE(creds->keyId, QStringLiteral("key-7"));

        // Surrounding whitespace from a paste is forgiven; a port stays out of the audience.
        const auto withPort = Credentials::parse(QStringLiteral("  bot@acme.conductor.one:8443/x "),
                                                 key.clientSecret + QLatin1Char('\n'));
        QVERIFY2(withPort, qPrintable(withPort.error().message()));
        QCOMPARE(withPort->host, QStringLiteral("acme.conductor.one:8443"));
        QCOMPARE(withPort->audience(), QStringLiteral("acme.conductor.one"));
        QCOMPARE(withPort->clientId, QStringLiteral("bot@acme.conductor.one:8443/x"));

        // Our encoder produces what the parser reads.
        const QString encoded = Credentials::encodeClientSecret(key.seed, key.publicKey, QStringLiteral("k"));
        const Expected<ClientSecretKey> secret = Credentials::parseClientSecret(encoded);
        QVERIFY(secret);
        QCOMPARE(secret->privateKey, key.seed);
        QCOMPARE(secret->keyId, QStringLiteral("k"));
    }

    void rejectsBadClientIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("no at") << QStringLiteral("tester.acme.conductor.one/x");
        QTest::newRow("no name") << QStringLiteral("@acme.conductor.one/x");
        QTest::newRow("no slash") << QStringLiteral("tester@acme.conductor.one");
        QTest::newRow("no host") << QStringLiteral("tester@/x");
        QTest::newRow("no suffix") << QStringLiteral("tester@acme.conductor.one/");
        QTest::newRow("space") << QStringLiteral("tes ter@acme.conductor.one/x");
    }

    void rejectsBadClientIds()
    {
        QFETCH(QString, id);
        const test::TestKey key = test::makeTestKey();
        const auto parsed = Credentials::parse(id, key.clientSecret);
        QVERIFY(!parsed);
        const QString error = parsed.error().message();
        QVERIFY2(error.contains(QStringLiteral("client ID")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("name@tenant.conductor.one/suffix")));
    }

    void rejectsBadSecrets_data()
    {
        const test::TestKey key = test::makeTestKey();
        const test::TestKey other = test::makeTestKey();
        QJsonObject rsa = jwkOf(key);
        rsa.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        QJsonObject publicOnly = jwkOf(key);
        publicOnly.remove(QStringLiteral("d"));
        QJsonObject mismatched = jwkOf(key);
        mismatched.insert(QStringLiteral("x"), QString::fromLatin1(test::base64Url(other.publicKey)));
        QJsonObject shortD = jwkOf(key);
        shortD.insert(QStringLiteral("d"), QString::fromLatin1(test::base64Url(key.seed.left(16))));

        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QString() << QStringLiteral("client secret is not valid");
        QTest::newRow("v2") << QString(key.clientSecret).replace(QStringLiteral(":v1:"), QStringLiteral(":v2:"))
                            << QStringLiteral("client secret is not valid");
        QTest::newRow("client id pasted") << key.clientId << QStringLiteral("client secret is not valid");
        QTest::newRow("not base64") << QStringLiteral("secret-token:conductorone.com:v1:%%%")
                                    << QStringLiteral("client secret is not valid");
        QTest::newRow("not json") << QStringLiteral("secret-token:conductorone.com:v1:")
                + QString::fromLatin1(test::base64Url("hello"))
                                  << QStringLiteral("client secret is not valid");
        QTest::newRow("truncated") << key.clientSecret.left(key.clientSecret.size() - 10)
                                   << QStringLiteral("client secret is not valid");
        QTest::newRow("rsa") << secretWithJwk(rsa) << QStringLiteral("Ed25519");
        QTest::newRow("public only") << secretWithJwk(publicOnly) << QStringLiteral("public key");
        QTest::newRow("mismatched x") << secretWithJwk(mismatched) << QStringLiteral("client secret is not valid");
        QTest::newRow("short d") << secretWithJwk(shortD) << QStringLiteral("client secret is not valid");
    }

    void rejectsBadSecrets()
    {
        QFETCH(QString, secret);
        QFETCH(QString, words);
        const auto parsed = Credentials::parse(QStringLiteral("tester@acme.conductor.one/x"), secret);
        QVERIFY(!parsed);
        const QString error = parsed.error().message();
        QVERIFY2(error.contains(words), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("ConductorOne")), qPrintable(error));
    }

    void signsAssertionThatVerifies()
    {
        const test::TestKey key = test::makeTestKey(QStringLiteral("acme.conductor.one:443"), QStringLiteral("kid-1"));
        const auto creds = Credentials::parse(key.clientId, key.clientSecret);
        QVERIFY(creds);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const Expected<QByteArray> signature = Credentials::signAssertion(*creds, now);
        const QByteArray jws = signature.value_or(QByteArray());
        QVERIFY2(!jws.isEmpty(), qPrintable(signature.error().message()));
        QCOMPARE(jws.count('.'), 2);
        QVERIFY(!jws.contains('='));

        const Expected<Credentials::Jws> verified = Credentials::verifyAssertion(jws, key.publicKey);
        QVERIFY2(verified, qPrintable(verified.error().message()));
        Credentials::Jws parts = *verified;
        QCOMPARE(parts.header.value(QLatin1String("alg")).toString(), QStringLiteral("EdDSA"));
        QCOMPARE(parts.header.value(QLatin1String("kid")).toString(), QStringLiteral("kid-1"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$"))
                    .match(parts.header.value(QLatin1String("nonce")).toString())
                    .hasMatch());
        const QJsonObject &c = parts.claims;
        QCOMPARE(c.value(QLatin1String("iss")).toString(), key.clientId);
        QCOMPARE(c.value(QLatin1String("sub")).toString(), key.clientId);
        QCOMPARE(c.value(QLatin1String("aud")).toString(), QStringLiteral("acme.conductor.one"));
        QCOMPARE(c.value(QLatin1String("iat")).toInteger(), qint64(1700000000));
        QCOMPARE(c.value(QLatin1String("nbf")).toInteger(), qint64(1700000000 - 120));
        QCOMPARE(c.value(QLatin1String("exp")).toInteger(), qint64(1700000000 + 120));
        QCOMPARE(c.size(), 6);

        // Two assertions differ (nonce); another key does not verify; a changed claim does not.
        QVERIFY(Credentials::signAssertion(*creds, now).value_or(QByteArray()) != jws);
        QVERIFY(!Credentials::verifyAssertion(jws, test::makeTestKey().publicKey));
        QList<QByteArray> split = jws.split('.');
        QJsonObject forged = c;
        forged.insert(QStringLiteral("sub"), QStringLiteral("admin"));
        split[1] = Credentials::base64UrlEncode(QJsonDocument(forged).toJson(QJsonDocument::Compact));
        QVERIFY(!Credentials::verifyAssertion(split.join('.'), key.publicKey));

        // No kid in the JWK: none in the header.
        const test::TestKey plain = test::makeTestKey();
        const auto plainCreds = Credentials::parse(plain.clientId, plain.clientSecret);
        const Expected<Credentials::Jws> plainParts = Credentials::verifyAssertion(
            Credentials::signAssertion(*plainCreds, now).value_or(QByteArray()), plain.publicKey);
        QVERIFY(plainParts);
        parts = *plainParts;
        QVERIFY(!parts.header.contains(QLatin1String("kid")));
    }

    void tokenUrlRules()
    {
        auto check = [](const char *url) { return AccessTokenSource::checkTokenUrl(QUrl(QLatin1String(url))); };
        QVERIFY(check("https://acme.conductor.one/auth/v1/token"));
        QVERIFY(check("http://127.0.0.1:8080/auth/v1/token"));
        QVERIFY(check("http://[::1]:8080/auth/v1/token"));
        QVERIFY(check("http://localhost/auth/v1/token"));
        const Expected<void> plainHttp = check("http://acme.conductor.one/auth/v1/token");
        QVERIFY(!plainHttp);
        QVERIFY(plainHttp.error().message().contains(QStringLiteral("https")));
        QVERIFY(!check("http://10.0.0.1/auth/v1/token"));
        QCOMPARE(AccessTokenSource::defaultTokenUrl(QStringLiteral("acme.conductor.one")).toString(),
                 QStringLiteral("https://acme.conductor.one/auth/v1/token"));
    }

    void exchangesTokenWithFakeEndpoint()
    {
        // A '+' in the name checks the form encoding.
        test::TestKey key = test::makeTestKey();
        key.clientId = QStringLiteral("bot+ci@acme.conductor.one/svc-1");
        FakeTokenEndpoint fake{key.publicKey, key.clientId, QStringLiteral("acme.conductor.one")};
        sim::HttpServer server([&fake](const sim::HttpRequest &r) { return fake.handle(r); });
        QString error;
        const auto listening = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listening, qPrintable(listening.error().message()));

        const auto creds = Credentials::parse(key.clientId, key.clientSecret);
        QVERIFY(creds);
        AccessTokenSource source(*creds, QUrl(QStringLiteral("http://127.0.0.1:%1/auth/v1/token").arg(server.port())));
        Expected<AccessToken> t = source.token();
        QVERIFY2(t.ok(), qPrintable(t.error().message() + QLatin1Char(' ') + fake.lastError));
        QCOMPARE(t->accessToken, QStringLiteral("tok-1"));
        QCOMPARE(t->tokenType, QStringLiteral("bearer"));
        QVERIFY(t->expiresAt > QDateTime::currentDateTimeUtc().addSecs(3500));
        QCOMPARE(fake.lastJws.claims.value(QLatin1String("iss")).toString(), key.clientId);

        // Cached, until invalidated.
        QCOMPARE(source.token()->accessToken, QStringLiteral("tok-1"));
        QCOMPARE(source.fetchCount(), qint64(1));
        source.invalidate();
        QCOMPARE(source.token()->accessToken, QStringLiteral("tok-2"));

        // A token about to expire is replaced on the next call.
        fake.lifetime = 2;
        source.invalidate();
        QCOMPARE(source.token()->accessToken, QStringLiteral("tok-3"));
        QTest::qWait(1100);
        QCOMPARE(source.token()->accessToken, QStringLiteral("tok-4"));
    }

    void refusedAndFailingEndpoints()
    {
        const test::TestKey key = test::makeTestKey();
        FakeTokenEndpoint fake{key.publicKey, key.clientId, QStringLiteral("acme.conductor.one")};
        sim::HttpServer server([&fake](const sim::HttpRequest &r) { return fake.handle(r); });
        QString error;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/auth/v1/token").arg(server.port()));

        // Signed with another key (a stale secret): the endpoint says 401.
        const test::TestKey stale = test::makeTestKey();
        const auto staleCreds = Credentials::parse(key.clientId, stale.clientSecret);
        AccessTokenSource wrongKey(*staleCreds, url);
        Expected<AccessToken> t = wrongKey.token();
        QVERIFY(!t.ok());
        QVERIFY(refused(t));
        QCOMPARE(t.error().httpStatus, 401);
        QVERIFY2(t.error().message().contains(QStringLiteral("refused the client credentials")),
                 qPrintable(t.error().message()));
        QVERIFY(t.error().message().contains(QStringLiteral("invalid_client")));

        // Revoked: 401 with a description.
        const auto creds = Credentials::parse(key.clientId, key.clientSecret);
        AccessTokenSource source(*creds, url);
        fake.refuseWith = 401;
        t = source.token();
        QVERIFY(refused(t));
        QVERIFY2(t.error().message().contains(QStringLiteral("revoked")), qPrintable(t.error().message()));

        // A server fault is not a refusal.
        fake.refuseWith = 503;
        t = source.token();
        QVERIFY(!t.ok());
        QVERIFY(!refused(t));
        QVERIFY2(t.error().message().contains(QStringLiteral("503")), qPrintable(t.error().message()));

        // Nobody listening.
        server.close();
        t = source.token();
        QVERIFY(!t.ok());
        QVERIFY(!refused(t));
        QVERIFY2(t.error().message().contains(QStringLiteral("could not be reached")), qPrintable(t.error().message()));

        // Plain http to a real host is refused before anything is sent.
        AccessTokenSource plain(*creds, QUrl(QStringLiteral("http://acme.conductor.one/auth/v1/token")));
        t = plain.token();
        QVERIFY(refused(t));
        QCOMPARE(plain.fetchCount(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestC1Credentials)
#include "tst_c1credentials.moc"
