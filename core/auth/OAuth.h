#pragma once
// Value types of the Dropbox OAuth 2 code flow: where the endpoints are, what a successful token
// reply holds, and every way an authorization attempt can end without one (each with a sentence
// for the admin). Shared by AuthorizationFlow (browser), TokenEndpoint (pasted code, refresh) and
// the CLI's configure command.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkReply;

namespace dbx {

namespace OAuthEndpoints {
// Base URL empty = Dropbox: https://www.dropbox.com/oauth2/authorize. A base URL (simulator,
// tests) moves both endpoints: <base>/oauth2/authorize and <base>/oauth2/token.
QUrl authorizeUrl(const QUrl &baseUrl);
QUrl tokenUrl(const QUrl &baseUrl);
bool isDropbox(const QUrl &baseUrl);
} // namespace OAuthEndpoints

// What the token endpoint granted. Holds secrets: never log it, never store it in QSettings.
struct TokenGrant {
    QString accessToken;
    QString refreshToken;                 // only from the offline authorization_code exchange
    QString tokenType;
    QString scope;                        // space-separated, as Dropbox sent it (may be empty)
    int expiresIn = 0;                    // seconds
    QDateTime expiresAt;
    QString teamId;                       // team apps
    QString accountId;

    QStringList scopes() const;
    bool isValid() const { return !accessToken.isEmpty(); }
    // From a JSON token reply; false + *missing naming the absent field.
    static bool fromJson(const QJsonObject &o, TokenGrant *out, QString *missing);
};

struct AuthError {
    Q_DECLARE_TR_FUNCTIONS(AuthError)
public:
    enum class Kind {
        None,
        StateMismatch,     // the redirect's state is not the one this attempt sent: possible forgery
        AccessDenied,      // the admin pressed Cancel/Deny on Dropbox's consent page
        AuthorizationError,// another error= on the redirect (invalid_scope, ...)
        InvalidGrant,      // token endpoint: invalid_grant (code used, expired, PKCE or redirect mismatch)
        InvalidClient,     // token endpoint: wrong app key or secret
        TokenEndpoint,     // another OAuth error or HTTP status from the token endpoint
        Timeout,           // no redirect or no token reply in time
        Network,           // could not reach the token endpoint
        Malformed,         // a token reply without access_token / refresh_token
        ListenFailed,      // the local redirect port is taken
        BadInput,          // e.g. an empty pasted code
        Cancelled,
    };
    Kind kind = Kind::None;
    QString oauthError;                   // e.g. "invalid_grant", "access_denied"
    QString description;                  // error_description, or a technical detail
    int httpStatus = 0;

    bool isError() const { return kind != Kind::None; }
    // One or two sentences: what happened and what to do next. Never contains a secret.
    QString message() const;
    static AuthError make(Kind kind, const QString &description = QString(),
                          const QString &oauthError = QString(), int httpStatus = 0);
    // A token endpoint reply that failed (HTTP error or transport error). Reads the body.
    static AuthError fromTokenReply(QNetworkReply *reply);
};

struct AuthResult {
    TokenGrant grant;
    AuthError error;
    bool ok() const { return !error.isError(); }
};

} // namespace dbx

Q_DECLARE_METATYPE(dbx::TokenGrant)
Q_DECLARE_METATYPE(dbx::AuthError)
Q_DECLARE_METATYPE(dbx::AuthResult)
