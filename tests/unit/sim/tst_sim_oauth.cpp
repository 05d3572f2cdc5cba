// The simulated OAuth endpoints over loopback HTTP: the refresh grant (HTTP Basic and form
// client auth), the code grant with PKCE (right and wrong verifier, redirect_uri match, single
// use), the authorize page playing consent (redirect with state, denial, the paste-code page).

#include "sim/SimServer.h"
#include "support/DataRows.h"
#include "support/SimFixture.h"

#include <QCryptographicHash>
#include <QTest>

using namespace dbx;
using namespace dbx::sim;
using namespace simtest;

namespace {
const QString kVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk.verifier~abc");

QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrlQuery query(std::initializer_list<QPair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &i : items)
        q.addQueryItem(i.first, QString::fromLatin1(QUrl::toPercentEncoding(i.second)));
    return q;
}
} // namespace

class TestSimOAuth : public QObject
{
    Q_OBJECT

private:
    test::SimFixture m_sim;
    Credentials m_creds;

    Reply token(const QUrlQuery &q, bool basic = true)
    {
        if (basic)
            return m_sim.http().form(QStringLiteral("/oauth2/token"), q, m_creds.appKey.toUtf8(),
                                     m_creds.appSecret.toUtf8());
        return m_sim.http().form(QStringLiteral("/oauth2/token"), q);
    }

    // GET /oauth2/authorize for the app's code flow (client_id, response_type=code) with more fields.
    Reply authorize(std::initializer_list<QPair<QString, QString>> fields)
    {
        QUrlQuery q = query(
            {{QStringLiteral("client_id"), m_creds.appKey}, {QStringLiteral("response_type"), QStringLiteral("code")}});
        for (const auto &f : fields)
            q.addQueryItem(f.first, QString::fromLatin1(QUrl::toPercentEncoding(f.second)));
        return m_sim.http().get(QStringLiteral("/oauth2/authorize?") + q.toString(QUrl::FullyEncoded));
    }

    bool tokenWorks(const QString &accessToken)
    {
        return m_sim.http().rpcNull(QStringLiteral("team/get_info"), accessToken.toUtf8()).status == 200;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.start());
        m_creds = m_sim->credentials();
        QCOMPARE(m_creds.appKey, QStringLiteral("sim-app-key"));
    }

    void init()
    {
        m_sim->setDenyConsent(false);
        m_sim->setGrantedScopes(OAuthSettings::defaultScopes());
    }

    void refreshGrant_data() { test::addRows<bool>("basic", {{"HTTP Basic", true}, {"form fields", false}}); }

    void refreshGrant()
    {
        QFETCH(bool, basic);
        QUrlQuery q = query({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                             {QStringLiteral("refresh_token"), m_creds.refreshToken}});
        if (!basic) {
            q.addQueryItem(QStringLiteral("client_id"), m_creds.appKey);
            q.addQueryItem(QStringLiteral("client_secret"), m_creds.appSecret);
        }
        const Reply r = token(q, basic);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
        QCOMPARE(o.value(QLatin1String("expires_in")).toInt(), 14400);
        QCOMPARE(o.value(QLatin1String("scope")).toString().split(QLatin1Char(' ')), OAuthSettings::defaultScopes());
        QCOMPARE(o.value(QLatin1String("team_id")).toString(), m_sim->truth().team.teamId);
        QVERIFY(!o.contains(QLatin1String("refresh_token")));
        QVERIFY(tokenWorks(o.value(QLatin1String("access_token")).toString()));
    }

    void refreshGrantErrors_data()
    {
        QTest::addColumn<QString>("refreshToken");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("error");
        const Credentials c;
        QTest::newRow("revoked refresh token") << "revoked-refresh-token" << c.appKey << c.appSecret << "invalid_grant";
        QTest::newRow("wrong secret") << c.refreshToken << c.appKey << "nope"
                                      << "invalid_client";
        QTest::newRow("wrong key") << c.refreshToken << "other-app" << c.appSecret << "invalid_client";
    }

    void refreshGrantErrors()
    {
        QFETCH(QString, refreshToken);
        QFETCH(QString, key);
        QFETCH(QString, secret);
        QFETCH(QString, error);
        const Reply r = m_sim.http().form(QStringLiteral("/oauth2/token"),
                                          query({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                 {QStringLiteral("refresh_token"), refreshToken}}),
                                          key.toUtf8(), secret.toUtf8());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QLatin1String("error")).toString(), error);
        QVERIFY(!r.json().value(QLatin1String("error_description")).toString().isEmpty());
    }

    void unsupportedGrant()
    {
        const Reply r = token(query({{QStringLiteral("grant_type"), QStringLiteral("password")}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QLatin1String("error")).toString(), QStringLiteral("unsupported_grant_type"));
    }

    void codeGrantWithPkce_data()
    {
        QTest::addColumn<QString>("verifier");
        QTest::addColumn<bool>("withSecret");
        QTest::addColumn<bool>("ok");
        QTest::newRow("right verifier, public client") << kVerifier << false << true;
        QTest::newRow("right verifier, with secret") << kVerifier << true << true;
        QTest::newRow("wrong verifier") << QStringLiteral("x%1").arg(kVerifier) << false << false;
        QTest::newRow("no verifier") << QString() << true << false;
    }

    void codeGrantWithPkce()
    {
        QFETCH(QString, verifier);
        QFETCH(bool, withSecret);
        QFETCH(bool, ok);
        // The paste-code flow: no redirect URI.
        const QString code = m_sim->mintAuthorizationCode(challengeOf(kVerifier));
        QUrlQuery q = query({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                             {QStringLiteral("code"), code},
                             {QStringLiteral("client_id"), m_creds.appKey}});
        if (!verifier.isEmpty())
            q.addQueryItem(QStringLiteral("code_verifier"), verifier);
        if (withSecret)
            q.addQueryItem(QStringLiteral("client_secret"), m_creds.appSecret);
        const Reply r = token(q, false);
        if (!ok) {
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
            return;
        }
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        const QString refresh = o.value(QLatin1String("refresh_token")).toString();
        QVERIFY(!refresh.isEmpty());
        QVERIFY(!o.value(QLatin1String("uid")).toString().isEmpty());
        QVERIFY(tokenWorks(o.value(QLatin1String("access_token")).toString()));

        // A code works once.
        QCOMPARE(token(q, false).json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));

        // The new refresh token works; a public client may refresh without the secret.
        QUrlQuery rq = query({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                              {QStringLiteral("refresh_token"), refresh},
                              {QStringLiteral("client_id"), m_creds.appKey}});
        const Reply refreshed = token(rq, false);
        QCOMPARE(refreshed.status, withSecret ? 400 : 200);
        if (withSecret)
            QVERIFY(tokenWorks(token(query({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                            {QStringLiteral("refresh_token"), refresh}}))
                                   .json()
                                   .value(QLatin1String("access_token"))
                                   .toString()));
    }

    void codeGrantWithoutPkceNeedsSecret()
    {
        const QString code = m_sim->mintAuthorizationCode();
        const QUrlQuery q = query(
            {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")}, {QStringLiteral("code"), code}});
        QCOMPARE(m_sim.http()
                     .form(QStringLiteral("/oauth2/token"),
                           QUrlQuery(q.toString() + QStringLiteral("&client_id=sim-app-key")))
                     .status,
                 400);
        QCOMPARE(token(q).status, 200);
    }

    void authorizeRedirectsWithState()
    {
        const QString redirect = QStringLiteral("http://127.0.0.1:53682/callback");
        const QString state = QStringLiteral("st&te=42 ü");
        Reply r = authorize({{QStringLiteral("token_access_type"), QStringLiteral("offline")},
                             {QStringLiteral("redirect_uri"), redirect},
                             {QStringLiteral("state"), state},
                             {QStringLiteral("code_challenge"), challengeOf(kVerifier)},
                             {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
        QCOMPARE(r.status, 302);
        const QUrl location(QString::fromUtf8(r.header("location")));
        QCOMPARE(location.toString(QUrl::RemoveQuery), redirect);
        const QUrlQuery back(location);
        QCOMPARE(back.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), state);
        const QString code = back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());

        // The exchange must name the same redirect URI.
        QUrlQuery ex = query({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                              {QStringLiteral("code"), code},
                              {QStringLiteral("code_verifier"), kVerifier},
                              {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:1/other")}});
        r = token(ex);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        ex = query({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                    {QStringLiteral("code"), code},
                    {QStringLiteral("code_verifier"), kVerifier},
                    {QStringLiteral("redirect_uri"), redirect}});
        r = token(ex);
        QCOMPARE(r.status, 200);
        QVERIFY(tokenWorks(r.json().value(QLatin1String("access_token")).toString()));
    }

    void authorizeDenied()
    {
        m_sim->setDenyConsent(true);
        const Reply r = authorize({{QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:8080/cb")},
                                   {QStringLiteral("state"), QStringLiteral("s1")}});
        QCOMPARE(r.status, 302);
        const QUrlQuery back{QUrl(QString::fromUtf8(r.header("location")))};
        QCOMPARE(back.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(back.queryItemValue(QStringLiteral("state")), QStringLiteral("s1"));
        QVERIFY(!back.hasQueryItem(QStringLiteral("code")));
    }

    void authorizePasteCodePage()
    {
        const Reply r = authorize({{QStringLiteral("token_access_type"), QStringLiteral("offline")}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/html"));
        const QString html = QString::fromUtf8(r.body);
        const int at = html.indexOf(QLatin1String("<code id=\"auth-code\">"));
        QVERIFY(at > 0);
        const int start = at + int(qstrlen("<code id=\"auth-code\">"));
        const QString code = html.mid(start, html.indexOf(QLatin1String("</code>"), start) - start);
        const Reply t = token(query(
            {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")}, {QStringLiteral("code"), code}}));
        QCOMPARE(t.status, 200);
    }

    void onlineAccessHasNoRefreshToken()
    {
        const Reply r = authorize({{QStringLiteral("token_access_type"), QStringLiteral("online")},
                                   {QStringLiteral("redirect_uri"), QStringLiteral("http://[::1]:9/cb")}});
        QCOMPARE(r.status, 302);
        const QUrlQuery back{QUrl(QString::fromUtf8(r.header("location")))};
        const Reply t = token(query({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                     {QStringLiteral("code"), back.queryItemValue(QStringLiteral("code"))},
                                     {QStringLiteral("redirect_uri"), QStringLiteral("http://[::1]:9/cb")}}));
        QCOMPARE(t.status, 200);
        QVERIFY(!t.json().contains(QLatin1String("refresh_token")));
        QVERIFY(tokenWorks(t.json().value(QLatin1String("access_token")).toString()));
    }

    void authorizeRejects_data()
    {
        QTest::addColumn<QString>("queryString");
        QTest::newRow("unknown client") << "client_id=other&response_type=code";
        QTest::newRow("token response type") << "client_id=sim-app-key&response_type=token";
        QTest::newRow("non-loopback redirect")
            << "client_id=sim-app-key&response_type=code&redirect_uri=https%3A%2F%2Fevil.example%2Fcb";
        QTest::newRow("plain PKCE") << "client_id=sim-app-key&response_type=code&code_challenge="
                                       "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&code_challenge_method=plain";
    }

    void authorizeRejects()
    {
        QFETCH(QString, queryString);
        const Reply r = m_sim.http().get(QStringLiteral("/oauth2/authorize?") + queryString);
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("location").isEmpty());
    }

    void fewerScopes()
    {
        m_sim->setGrantedScopes({QStringLiteral("members.read"), QStringLiteral("team_info.read")});
        const Reply r = token(query({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                     {QStringLiteral("refresh_token"), m_creds.refreshToken}}));
        QCOMPARE(r.json().value(QLatin1String("scope")).toString(), QStringLiteral("members.read team_info.read"));
        const QByteArray t = r.json().value(QLatin1String("access_token")).toString().toUtf8();
        const Reply groups = m_sim.http().rpc(QStringLiteral("team/groups/list"), QJsonObject(), t);
        QCOMPARE(groups.status, 401);
        QCOMPARE(groups.errorTag(), QStringLiteral("missing_scope"));
    }

    void revokedRefreshTokens()
    {
        SimServer other;
        QVERIFY(other.listen());
        Http http(other.baseUrl());
        other.revokeRefreshTokens();
        const Reply r = http.form(QStringLiteral("/oauth2/token"),
                                  query({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                         {QStringLiteral("refresh_token"), m_creds.refreshToken}}),
                                  m_creds.appKey.toUtf8(), m_creds.appSecret.toUtf8());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(other.requestCount(QStringLiteral("oauth2/token")), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestSimOAuth)
#include "tst_sim_oauth.moc"
