#pragma once
// The simulated OAuth 2 side of Dropbox: the authorize page (playing the admin's consent) and
// the token endpoint (authorization_code with PKCE, refresh_token), plus the bookkeeping of
// the access tokens it hands out. Not thread-safe: SimServer guards it with its mutex.

#include "sim/HttpServer.h"
#include "sim/SimTypes.h"

#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

namespace dbx {
namespace sim {

class JsonWriter;

class SimOAuth
{
public:
    SimOAuth();

    Credentials credentials;
    OAuthSettings settings;
    QByteArray teamId; // for the token reply
    QByteArray adminUid;

    HttpResponse handleToken(const HttpRequest &req, qint64 nowMs);
    HttpResponse handleAuthorize(const HttpRequest &req, qint64 nowMs);

    // What the admin's consent yields, without a browser: the code for the paste-code flow
    // (redirectUri empty) or for a redirect flow. codeChallenge is the S256 challenge, empty
    // for none.
    QString mintAuthorizationCode(const QString &redirectUri, const QString &codeChallenge, qint64 nowMs);
    // A fresh access token with the granted scopes, as if a refresh grant had just happened.
    QString issueAccessToken(qint64 nowMs);

    enum class Check {
        Ok,
        Missing,
        Invalid,
        Expired,
        MissingScope
    };
    // Validates "Authorization: Bearer ..." for a route needing scope; counts one use of the
    // token. expiresEveryN > 0: a token stops working after that many uses.
    Check check(const QByteArray &authorization, const QString &scope, int expiresEveryN, qint64 nowMs);

    void expireAllAccessTokens();
    void revokeAllRefreshTokens(); // the configured one included: re-authorization needed

    static QByteArray s256(const QByteArray &verifier); // base64url(SHA-256), no padding

private:
    struct Code {
        QString redirectUri;
        QString challenge;
        QStringList scopes;
        qint64 expiresAtMs = 0;
        bool used = false;
        bool offline = true; // token_access_type=online: no refresh token
    };
    struct AccessToken {
        QStringList scopes;
        qint64 expiresAtMs = 0; // 0 = never (the configured fixed token)
        qint64 uses = 0;
        bool expired = false;
    };
    struct RefreshToken {
        QStringList scopes;
        bool publicClient = false; // issued to a PKCE flow without the secret
    };

    QString randomToken(int length);
    QString grantAccessToken(const QStringList &scopes, qint64 nowMs);
    JsonWriter &openTokenReply(JsonWriter &w, const QStringList &scopes, qint64 nowMs);
    QStringList scopesFor(const QString &requested) const;
    bool redirectAllowed(const QString &uri) const;
    static HttpResponse oauthError(const char *error, const QString &description, int status = 400);
    HttpResponse page(int status, const QString &title, const QString &bodyHtml) const;

    QRandomGenerator m_rng;
    QHash<QString, Code> m_codes;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, RefreshToken> m_refreshTokens; // issued by code grants
    bool m_configuredRefreshRevoked = false;
};

} // namespace sim
} // namespace dbx
