#include "auth/OAuth.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace dbx {

namespace OAuthEndpoints {

namespace {
QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl u = base;
    QString p = u.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    u.setPath(p + path);
    u.setQuery(QString());
    u.setFragment(QString());
    return u;
}
} // namespace

bool isDropbox(const QUrl &baseUrl)
{
    return baseUrl.isEmpty() || baseUrl.host() == QLatin1String("api.dropboxapi.com");
}

QUrl authorizeUrl(const QUrl &baseUrl)
{
    if (isDropbox(baseUrl))
        return QUrl(QStringLiteral("https://www.dropbox.com/oauth2/authorize"));
    return withPath(baseUrl, QStringLiteral("/oauth2/authorize"));
}

QUrl tokenUrl(const QUrl &baseUrl)
{
    if (isDropbox(baseUrl))
        return QUrl(QStringLiteral("https://api.dropboxapi.com/oauth2/token"));
    return withPath(baseUrl, QStringLiteral("/oauth2/token"));
}

} // namespace OAuthEndpoints

QStringList TokenGrant::scopes() const { return scope.split(QLatin1Char(' '), Qt::SkipEmptyParts); }

Expected<TokenGrant> TokenGrant::fromJson(const QJsonObject &o)
{
    TokenGrant g;
    g.accessToken = o.value(QLatin1String("access_token")).toString();
    g.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    g.tokenType = o.value(QLatin1String("token_type")).toString();
    g.scope = o.value(QLatin1String("scope")).toString();
    const QJsonValue expires = o.value(QLatin1String("expires_in"));
    g.expiresIn = expires.isString() ? expires.toString().toInt() : expires.toInt();
    if (g.expiresIn > 0)
        g.expiresAt = QDateTime::currentDateTimeUtc().addSecs(g.expiresIn);
    g.teamId = o.value(QLatin1String("team_id")).toString();
    g.accountId = o.value(QLatin1String("account_id")).toString();
    if (g.accessToken.isEmpty())
        return unexpected(Error::malformed(QString(), QStringLiteral("access_token")));
    return g;
}

Error AuthError::make(Kind kind, const QString &description, const QString &oauthError, int httpStatus)
{
    Error::Kind errorKind = Error::Kind::None;
    QString tag = oauthError;
    switch (kind) {
    case Kind::None: return Error();
    case Kind::StateMismatch:
        errorKind = Error::Kind::Refused;
        tag = QStringLiteral("state_mismatch");
        break;
    case Kind::AccessDenied:
        errorKind = Error::Kind::Refused;
        tag = QStringLiteral("access_denied");
        break;
    case Kind::AuthorizationError: errorKind = Error::Kind::Refused; break;
    case Kind::InvalidGrant: errorKind = Error::Kind::TokenRefresh; break;
    case Kind::InvalidClient: errorKind = Error::Kind::Unauthorized; break;
    case Kind::TokenEndpoint: errorKind = Error::Kind::TokenRefresh; break;
    case Kind::Timeout: errorKind = Error::Kind::Timeout; break;
    case Kind::Network: errorKind = Error::Kind::Network; break;
    case Kind::Malformed: errorKind = Error::Kind::Malformed; break;
    case Kind::ListenFailed: errorKind = Error::Kind::Io; break;
    case Kind::BadInput: errorKind = Error::Kind::Invalid; break;
    case Kind::Cancelled: errorKind = Error::Kind::Cancelled; break;
    }
    Error e = Error::make(errorKind, sentence(kind, description, oauthError, httpStatus), description);
    e.tag = tag;
    e.httpStatus = httpStatus;
    return e;
}

AuthError::Kind AuthError::kindOf(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Refused:
        if (error.tag == QLatin1String("state_mismatch"))
            return Kind::StateMismatch;
        return error.tag == QLatin1String("access_denied") ? Kind::AccessDenied : Kind::AuthorizationError;
    case Error::Kind::TokenRefresh:
        return error.tag == QLatin1String("invalid_grant") ? Kind::InvalidGrant : Kind::TokenEndpoint;
    case Error::Kind::Unauthorized: return Kind::InvalidClient;
    case Error::Kind::Timeout: return Kind::Timeout;
    case Error::Kind::Network: return Kind::Network;
    case Error::Kind::Malformed: return Kind::Malformed;
    case Error::Kind::Io: return Kind::ListenFailed;
    case Error::Kind::Invalid: return Kind::BadInput;
    case Error::Kind::Cancelled: return Kind::Cancelled;
    default: return Kind::None;
    }
}

Error AuthError::fromTokenReply(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
            return make(Kind::Timeout, reply->errorString());
        return make(Kind::Network, reply->errorString());
    }
    const QByteArray body = reply->readAll();
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString error = o.value(QLatin1String("error")).toString();
    if (error.isEmpty() && o.value(QLatin1String("error")).isObject()) // {"error": {".tag": ...}}
        error = o.value(QLatin1String("error")).toObject().value(QLatin1String(".tag")).toString();
    const QString description = o.value(QLatin1String("error_description")).toString();
    Kind kind = Kind::TokenEndpoint;
    if (error == QLatin1String("invalid_grant"))
        kind = Kind::InvalidGrant;
    else if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client") || status == 401)
        kind = Kind::InvalidClient;
    return make(kind, description, error, status);
}

QString AuthError::sentence(Kind kind, const QString &description, const QString &oauthError, int httpStatus)
{
    const QString detail = description.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(description);
    switch (kind) {
    case Kind::None: return QString();
    case Kind::StateMismatch:
        return tr("The answer from the browser did not carry this attempt's security code (state), "
                  "so it was ignored: it may be stale or forged. Start the authorization again.");
    case Kind::AccessDenied:
        return tr("Authorization was declined on Dropbox's page. Start again and press Allow, "
                  "signed in as a team admin.");
    case Kind::AuthorizationError:
        return tr("Dropbox refused the authorization: %1%2. Check the app's permissions in the App "
                  "Console and start again.")
            .arg(oauthError, detail);
    case Kind::InvalidGrant:
        return tr("Dropbox did not accept the authorization code%1: it may have expired or been used "
                  "already, or the redirect URI differs from the registered one. Start the "
                  "authorization again for a fresh code.")
            .arg(detail);
    case Kind::InvalidClient:
        return tr("Dropbox did not accept the app key and app secret%1. Copy both again from the "
                  "App Console (Settings tab).")
            .arg(detail);
    case Kind::TokenEndpoint:
        if (oauthError.isEmpty())
            return tr("Dropbox's token endpoint answered HTTP %1%2. Try again in a moment.")
                .arg(httpStatus)
                .arg(detail);
        return tr("Dropbox's token endpoint refused the request: %1%2.").arg(oauthError, detail);
    case Kind::Timeout:
        return description.isEmpty() ? tr("No answer in time. Check the network and try again.") : description;
    case Kind::Network:
        return tr("Could not reach Dropbox%1. Check the network connection and proxy, then try again.").arg(detail);
    case Kind::Malformed: return tr("Dropbox's token endpoint sent an unexpected reply%1. Try again.").arg(detail);
    case Kind::ListenFailed:
        return tr("Cannot receive the browser's answer%1. Choose another port, register the new "
                  "redirect URI in the App Console, or paste the code instead.")
            .arg(detail);
    case Kind::BadInput: return description;
    case Kind::Cancelled: return tr("Authorization cancelled.");
    }
    return QString();
}

} // namespace dbx
