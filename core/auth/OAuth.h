#pragma once
// Value types of the Dropbox OAuth 2 code flow: where the endpoints are, what a successful token
// reply holds, and every way an authorization attempt can end without one (each a dbx::Error with
// a sentence for the admin). Shared by AuthorizationFlow (browser), TokenEndpoint (pasted code,
// refresh) and the CLI's configure command; an attempt ends in one Expected<TokenGrant>.

#include "base/Expected.h"

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

// The loopback redirect the Dropbox app is registered with: http://127.0.0.1:53682/dropbox-callback.
inline constexpr quint16 kRedirectPort = 53682;
inline constexpr char kRedirectPath[] = "dropbox-callback";
} // namespace OAuthEndpoints

// What the token endpoint granted. Holds secrets: never log it, never store it in QSettings.
struct TokenGrant {
    QString accessToken;
    QString refreshToken; // only from the offline authorization_code exchange
    QString tokenType;
    QString scope;     // space-separated, as Dropbox sent it (may be empty)
    int expiresIn = 0; // seconds
    QDateTime expiresAt;
    QString teamId; // team apps
    QString accountId;

    QStringList scopes() const;
    bool isValid() const { return !accessToken.isEmpty(); }
    // From a JSON token reply; Kind::Malformed with detail naming the absent field.
    static Expected<TokenGrant> fromJson(const QJsonObject &o);
};

// The ways an authorization attempt ends without a grant. Each becomes one dbx::Error:
//   StateMismatch, AccessDenied, AuthorizationError   -> Kind::Refused (tag "state_mismatch",
//                                                        "access_denied", or the redirect's error=)
//   InvalidGrant, TokenEndpoint                       -> Kind::TokenRefresh (tag: the OAuth error)
//   InvalidClient                                     -> Kind::Unauthorized (tag: the OAuth error)
//   Timeout, Network, Malformed, Cancelled            -> the Error kind of the same name
//   ListenFailed -> Kind::Io;  BadInput -> Kind::Invalid
// detail holds error_description or a technical detail, httpStatus the token endpoint's status,
// text the sentence for the admin (never a secret).
class AuthError
{
    Q_DECLARE_TR_FUNCTIONS(AuthError)
public:
    enum class Kind {
        None,
        StateMismatch,      // the redirect's state is not the one this attempt sent: possible forgery
        AccessDenied,       // the admin pressed Cancel/Deny on Dropbox's consent page
        AuthorizationError, // another error= on the redirect (invalid_scope, ...)
        InvalidGrant,       // token endpoint: invalid_grant (code used, expired, PKCE or redirect mismatch)
        InvalidClient,      // token endpoint: wrong app key or secret
        TokenEndpoint,      // another OAuth error or HTTP status from the token endpoint
        Timeout,            // no redirect or no token reply in time
        Network,            // could not reach the token endpoint
        Malformed,          // a token reply without access_token / refresh_token
        ListenFailed,       // the local redirect port is taken
        BadInput,           // e.g. an empty pasted code
        Cancelled,
    };

    static Error make(Kind kind, const QString &description = QString(), const QString &oauthError = QString(),
                      int httpStatus = 0);
    // A token endpoint reply that failed (HTTP error or transport error). Reads the body.
    static Error fromTokenReply(QNetworkReply *reply);
    // Which of the above an Error made here stands for; None for no error.
    static Kind kindOf(const Error &error);

private:
    // One or two sentences: what happened and what to do next.
    static QString sentence(Kind kind, const QString &description, const QString &oauthError, int httpStatus);
};

} // namespace dbx

Q_DECLARE_METATYPE(dbx::TokenGrant)
Q_DECLARE_METATYPE(dbx::Expected<dbx::TokenGrant>)
