#include "sim/SimOAuth.h"

#include "sim/JsonWriter.h"
#include "sim/SimLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace dbx {
namespace sim {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("dbx::sim::SimOAuth", s); }

constexpr qint64 kCodeLifetimeMs = 10 * 60 * 1000;

// Form bodies and browser query strings encode a space as '+'; QUrlQuery does not decode it.
QUrlQuery formQuery(const QByteArray &encoded)
{
    QByteArray b = encoded;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(b));
}

QString item(const QUrlQuery &q, const char *key)
{
    return q.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
}

QString htmlEscape(const QString &s) { return s.toHtmlEscaped(); }

} // namespace

SimOAuth::SimOAuth() : m_rng(QRandomGenerator::securelySeeded()) {}

QByteArray SimOAuth::s256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString SimOAuth::randomToken(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[m_rng.bounded(64)]));
    return out;
}

QString SimOAuth::grantAccessToken(const QStringList &scopes, qint64 nowMs)
{
    const QString token = QStringLiteral("sl.sim-") + randomToken(48);
    AccessToken t;
    t.scopes = scopes;
    t.expiresAtMs = nowMs + qint64(settings.accessTokenLifetimeSeconds) * 1000;
    m_accessTokens.insert(token, t);
    return token;
}

// Both grant types answer with a fresh access token, its type and its lifetime first; what follows
// (refresh token, uid) differs per grant.
JsonWriter &SimOAuth::openTokenReply(JsonWriter &w, const QStringList &scopes, qint64 nowMs)
{
    const QString token = grantAccessToken(scopes, nowMs);
    return w.beginObject()
        .key("access_token")
        .value(token)
        .key("token_type")
        .value("bearer")
        .key("expires_in")
        .value(settings.accessTokenLifetimeSeconds);
}

QString SimOAuth::issueAccessToken(qint64 nowMs) { return grantAccessToken(settings.grantedScopes, nowMs); }

QString SimOAuth::mintAuthorizationCode(const QString &redirectUri, const QString &codeChallenge, qint64 nowMs)
{
    const QString code = randomToken(43);
    Code c;
    c.redirectUri = redirectUri;
    c.challenge = codeChallenge;
    c.scopes = settings.grantedScopes;
    c.expiresAtMs = nowMs + kCodeLifetimeMs;
    m_codes.insert(code, c);
    return code;
}

void SimOAuth::expireAllAccessTokens()
{
    for (AccessToken &t : m_accessTokens)
        t.expired = true;
    // The configured fixed token too: it gets an entry that is already expired.
    if (!credentials.accessToken.isEmpty() && !m_accessTokens.contains(credentials.accessToken)) {
        AccessToken t;
        t.scopes = settings.grantedScopes;
        t.expired = true;
        m_accessTokens.insert(credentials.accessToken, t);
    }
}

void SimOAuth::revokeAllRefreshTokens()
{
    m_refreshTokens.clear();
    m_configuredRefreshRevoked = true;
}

QStringList SimOAuth::scopesFor(const QString &requested) const
{
    if (requested.trimmed().isEmpty())
        return settings.grantedScopes;
    QStringList out;
    const QStringList wanted = requested.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &s : wanted)
        if (settings.grantedScopes.contains(s) && !out.contains(s))
            out.append(s);
    return out;
}

bool SimOAuth::redirectAllowed(const QString &uri) const
{
    if (!settings.redirectUris.isEmpty())
        return settings.redirectUris.contains(uri);
    // Like the App Console's rule for unregistered development URIs: loopback only.
    const QUrl url(uri);
    if (!url.isValid() || url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") || host == QLatin1String("localhost");
}

HttpResponse SimOAuth::oauthError(const char *error, const QString &description, int status)
{
    JsonWriter w;
    w.beginObject().key("error").value(error).key("error_description").value(description).endObject();
    return HttpResponse::json(status, w.take());
}

HttpResponse SimOAuth::page(int status, const QString &title, const QString &bodyHtml) const
{
    const QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                        "<body><h1>%1</h1>\n%2\n</body></html>\n")
                             .arg(htmlEscape(title), bodyHtml);
    HttpResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    r.body = html.toUtf8();
    return r;
}

HttpResponse SimOAuth::handleAuthorize(const HttpRequest &req, qint64 nowMs)
{
    if (req.method != "GET" && req.method != "POST")
        return HttpResponse::text(405, "Use GET for /oauth2/authorize\n");
    const QUrlQuery q = formQuery(req.query);
    const QString clientId = item(q, "client_id");
    const QString responseType = item(q, "response_type");
    const QString redirectUri = item(q, "redirect_uri");
    const QString state = item(q, "state");
    const QString challenge = item(q, "code_challenge");
    const QString method = item(q, "code_challenge_method");
    const QString accessType = item(q, "token_access_type");
    const QString title = tr("Simulated Dropbox: authorization");

    // Problems with the request itself never redirect: the redirect URI may be the problem.
    if (clientId != credentials.appKey)
        return page(400, title, tr("<p>Invalid client_id: this app is not known.</p>"));
    if (responseType != QLatin1String("code"))
        return page(400, title, tr("<p>Invalid response_type: only \"code\" is supported.</p>"));
    if (!accessType.isEmpty() && accessType != QLatin1String("offline") && accessType != QLatin1String("online")
        && accessType != QLatin1String("legacy"))
        return page(400, title, tr("<p>Invalid token_access_type.</p>"));
    if (!redirectUri.isEmpty() && !redirectAllowed(redirectUri))
        return page(
            400, title,
            tr("<p>Invalid redirect_uri. It must exactly match one of the redirect URIs registered for the app.</p>"));
    if (!challenge.isEmpty()) {
        if (method != QLatin1String("S256"))
            return page(400, title, tr("<p>Invalid code_challenge_method: use S256.</p>"));
        if (challenge.size() < 43 || challenge.size() > 128)
            return page(400, title, tr("<p>Invalid code_challenge.</p>"));
    } else if (!method.isEmpty()) {
        return page(400, title, tr("<p>code_challenge_method without code_challenge.</p>"));
    }

    QStringList scopes = scopesFor(item(q, "scope"));
    if (settings.denyConsent) {
        if (redirectUri.isEmpty())
            return page(200, title, tr("<p>Access was denied: the app was not connected.</p>"));
        QByteArray location = redirectUri.toUtf8();
        location += redirectUri.contains(QLatin1Char('?')) ? '&' : '?';
        location += "error=access_denied&error_description="
            + QUrl::toPercentEncoding(
                        QStringLiteral("The user chose not to give your app access to their Dropbox account."));
        if (!state.isEmpty())
            location += "&state=" + QUrl::toPercentEncoding(state);
        HttpResponse r = HttpResponse::text(302, QByteArray());
        r.headers.append(qMakePair(QByteArrayLiteral("Location"), location));
        return r;
    }

    const QString code = mintAuthorizationCode(redirectUri, challenge, nowMs);
    m_codes[code].scopes = scopes;
    m_codes[code].offline = accessType != QLatin1String("online");
    if (redirectUri.isEmpty()) {
        return page(200, title,
                    tr("<p>Enter this code into the app to finish connecting:</p>\n"
                       "<p><code id=\"auth-code\">%1</code></p>")
                        .arg(htmlEscape(code)));
    }
    QByteArray location = redirectUri.toUtf8();
    location += redirectUri.contains(QLatin1Char('?')) ? '&' : '?';
    location += "code=" + QUrl::toPercentEncoding(code);
    if (!state.isEmpty())
        location += "&state=" + QUrl::toPercentEncoding(state);
    HttpResponse r = HttpResponse::text(302, QByteArray());
    r.contentType.clear();
    r.headers.append(qMakePair(QByteArrayLiteral("Location"), location));
    return r;
}

HttpResponse SimOAuth::handleToken(const HttpRequest &req, qint64 nowMs)
{
    if (req.method != "POST")
        return HttpResponse::text(405, "Use POST for /oauth2/token\n");
    if (!req.header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
        return oauthError("invalid_request", QStringLiteral("Content-Type must be application/x-www-form-urlencoded"));
    const QUrlQuery q = formQuery(req.body);

    // Client authentication: HTTP Basic or form fields, never both disagreeing.
    QString clientId = item(q, "client_id");
    QString clientSecret = item(q, "client_secret");
    bool secretGiven = q.hasQueryItem(QStringLiteral("client_secret"));
    const QByteArray auth = req.header("authorization");
    if (auth.toLower().startsWith("basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0)
            return oauthError("invalid_client", QStringLiteral("malformed HTTP Basic credentials"));
        const QString basicId = QUrl::fromPercentEncoding(decoded.left(colon));
        const QString basicSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        if (!clientId.isEmpty() && clientId != basicId)
            return oauthError("invalid_client", QStringLiteral("client_id does not match the HTTP Basic credentials"));
        clientId = basicId;
        clientSecret = basicSecret;
        secretGiven = true;
    }
    if (clientId.isEmpty())
        return oauthError("invalid_request", QStringLiteral("No auth function available for given request"));
    if (clientId != credentials.appKey)
        return oauthError("invalid_client", QStringLiteral("Invalid client_id or client_secret"));
    if (secretGiven && clientSecret != credentials.appSecret)
        return oauthError("invalid_client", QStringLiteral("Invalid client_id or client_secret"));

    const QString grantType = item(q, "grant_type");
    JsonWriter w(512);
    if (grantType == QLatin1String("refresh_token")) {
        const QString refresh = item(q, "refresh_token");
        if (refresh.isEmpty())
            return oauthError("invalid_request", QStringLiteral("missing refresh_token"));
        QStringList scopes;
        if (refresh == credentials.refreshToken && !m_configuredRefreshRevoked) {
            if (!secretGiven)
                return oauthError("invalid_client", QStringLiteral("client_secret required"));
            scopes = settings.grantedScopes;
        } else if (m_refreshTokens.contains(refresh)) {
            const RefreshToken &rt = m_refreshTokens[refresh];
            if (!secretGiven && !rt.publicClient)
                return oauthError("invalid_client", QStringLiteral("client_secret required"));
            scopes = rt.scopes;
        } else {
            return oauthError("invalid_grant", QStringLiteral("refresh token is invalid or revoked"));
        }
        // An optional narrower scope for this access token (never wider than the grant).
        const QString wanted = item(q, "scope");
        if (!wanted.isEmpty()) {
            QStringList narrowed;
            for (const QString &s : wanted.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (!scopes.contains(s))
                    return oauthError("invalid_scope", QStringLiteral("scope %1 was not granted").arg(s));
                narrowed.append(s);
            }
            scopes = narrowed;
        }
        openTokenReply(w, scopes, nowMs)
            .key("scope")
            .value(scopes.join(QLatin1Char(' ')))
            .key("team_id")
            .value(teamId)
            .endObject();
        return HttpResponse::json(200, w.take());
    }

    if (grantType == QLatin1String("authorization_code")) {
        const QString codeValue = item(q, "code");
        if (codeValue.isEmpty())
            return oauthError("invalid_request", QStringLiteral("missing code"));
        auto it = m_codes.find(codeValue);
        if (it == m_codes.end() || it->used || it->expiresAtMs < nowMs)
            return oauthError("invalid_grant", QStringLiteral("code doesn't exist or has expired"));
        Code &code = *it;
        const QString redirectUri = item(q, "redirect_uri");
        if (redirectUri != code.redirectUri)
            return oauthError("invalid_grant", QStringLiteral("redirect_uri mismatch"));
        const QString verifier = item(q, "code_verifier");
        if (!code.challenge.isEmpty()) {
            if (verifier.isEmpty())
                return oauthError("invalid_grant", QStringLiteral("code_verifier is required"));
            if (QString::fromLatin1(s256(verifier.toUtf8())) != code.challenge)
                return oauthError("invalid_grant", QStringLiteral("invalid code verifier"));
        } else {
            if (!verifier.isEmpty())
                return oauthError("invalid_grant",
                                  QStringLiteral("code_verifier given, but the authorization had no code_challenge"));
            if (!secretGiven)
                return oauthError("invalid_client", QStringLiteral("client_secret required"));
        }
        // A code works once: a second exchange is refused.
        code.used = true;
        const QStringList scopes = code.scopes;
        openTokenReply(w, scopes, nowMs);
        if (code.offline) {
            const QString refresh = randomToken(64);
            m_refreshTokens.insert(refresh, {scopes, !secretGiven});
            w.key("refresh_token").value(refresh);
        }
        w.key("scope")
            .value(scopes.join(QLatin1Char(' ')))
            .key("uid")
            .value(adminUid)
            .key("team_id")
            .value(teamId)
            .endObject();
        return HttpResponse::json(200, w.take());
    }

    if (grantType.isEmpty())
        return oauthError("invalid_request", QStringLiteral("missing grant_type"));
    return oauthError("unsupported_grant_type", QStringLiteral("grant_type %1 is not supported").arg(grantType));
}

SimOAuth::Check SimOAuth::check(const QByteArray &authorization, const QString &scope, int expiresEveryN, qint64 nowMs)
{
    if (authorization.isEmpty())
        return Check::Missing;
    if (!authorization.toLower().startsWith("bearer "))
        return Check::Invalid;
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    auto it = m_accessTokens.find(token);
    if (it == m_accessTokens.end()) {
        if (token.isEmpty() || token != credentials.accessToken)
            return Check::Invalid;
        AccessToken fixed;
        fixed.scopes = settings.grantedScopes;
        it = m_accessTokens.insert(token, fixed);
    }
    AccessToken &t = *it;
    if (t.expired || (t.expiresAtMs && t.expiresAtMs < nowMs))
        return Check::Expired;
    if (expiresEveryN > 0 && t.uses >= expiresEveryN) {
        t.expired = true;
        return Check::Expired;
    }
    ++t.uses;
    if (!scope.isEmpty() && !t.scopes.contains(scope))
        return Check::MissingScope;
    return Check::Ok;
}

} // namespace sim
} // namespace dbx
