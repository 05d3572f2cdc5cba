#include "auth/TokenEndpoint.h"

#include "auth/AuthLog.h"
#include "dropbox/TransportPolicy.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace dbx {

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}

TokenEndpoint::TokenEndpoint(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_nam(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        Error e = AuthError::make(AuthError::Kind::Timeout,
                                  tr("Dropbox's token endpoint did not answer within %n second(s). "
                                     "Check the network and try again.",
                                     nullptr, (m_options.timeoutMs + 999) / 1000));
        qCWarning(lcAuth) << "token endpoint timed out:" << OAuthEndpoints::tokenUrl(m_options.baseUrl).toString();
        finish(unexpected(e));
    });
}

TokenEndpoint::~TokenEndpoint()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QUrl TokenEndpoint::pasteCodeAuthorizeUrl(const QString &appKey, const QUrl &baseUrl, const Pkce &pkce,
                                          const QString &scope)
{
    QUrl url = OAuthEndpoints::authorizeUrl(baseUrl);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), appKey);
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("token_access_type"), QStringLiteral("offline"));
    if (!pkce.challenge.isEmpty()) {
        q.addQueryItem(QStringLiteral("code_challenge"), pkce.challenge);
        q.addQueryItem(QStringLiteral("code_challenge_method"), QString::fromLatin1(Pkce::method));
    }
    if (!scope.isEmpty())
        q.addQueryItem(QStringLiteral("scope"), scope);
    url.setQuery(q);
    return url;
}

void TokenEndpoint::exchangeCode(const QString &code, const QString &codeVerifier)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty()) {
        finish(unexpected(AuthError::make(AuthError::Kind::BadInput,
                                          tr("Paste the code that Dropbox shows after you press Allow."))));
        return;
    }
    QList<QPair<QString, QString>> form = {
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), trimmed},
    };
    if (!codeVerifier.isEmpty())
        form.append({QStringLiteral("code_verifier"), codeVerifier});
    qCInfo(lcAuth) << "exchanging an authorization code at" << OAuthEndpoints::tokenUrl(m_options.baseUrl).toString();
    post(form, QString());
}

void TokenEndpoint::refresh(const QString &refreshToken)
{
    qCInfo(lcAuth) << "refresh-token grant at" << OAuthEndpoints::tokenUrl(m_options.baseUrl).toString();
    post({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
          {QStringLiteral("refresh_token"), refreshToken}},
         refreshToken);
}

void TokenEndpoint::post(const QList<QPair<QString, QString>> &formIn, const QString &keepRefreshToken)
{
    cancel();
    // The app secret, code and refresh token never travel unencrypted: refused before any
    // connection (the base URL too: http://api.dropboxapi.com is not Dropbox's https endpoint).
    auto allowed = checkTransport(m_options.baseUrl);
    if (allowed)
        allowed = checkTransport(OAuthEndpoints::tokenUrl(m_options.baseUrl));
    if (!allowed) {
        const QString refusal = allowed.error().detail;
        qCWarning(lcAuth).noquote() << "token endpoint refused:" << refusal;
        finish(unexpected(AuthError::make(AuthError::Kind::BadInput, refusal)));
        return;
    }
    QList<QPair<QString, QString>> form = formIn;
    QNetworkRequest request(OAuthEndpoints::tokenUrl(m_options.baseUrl));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    if (!m_options.appSecret.isEmpty()) {
        const QByteArray basic = (m_options.appKey + QLatin1Char(':') + m_options.appSecret).toUtf8().toBase64();
        request.setRawHeader("Authorization", "Basic " + basic);
    } else {
        form.append({QStringLiteral("client_id"), m_options.appKey});
    }
    m_keepRefreshToken = keepRefreshToken;
    m_reply = m_nam->post(request, formEncode(form));
    connect(m_reply.data(), &QNetworkReply::finished, this, &TokenEndpoint::onFinished);
    m_timer.start(m_options.timeoutMs);
}

void TokenEndpoint::cancel()
{
    m_timer.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void TokenEndpoint::onFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || sender() != reply)
        return;
    if (reply->error() != QNetworkReply::NoError)
        return finish(unexpected(AuthError::fromTokenReply(reply)));
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    Expected<TokenGrant> read = TokenGrant::fromJson(doc.object());
    if (!doc.isObject() || !read)
        return finish(unexpected(AuthError::make(
            AuthError::Kind::Malformed, doc.isObject() ? tr("no %1").arg(read.error().detail) : tr("not JSON"))));
    TokenGrant grant = *read;
    if (m_keepRefreshToken.isEmpty() && grant.refreshToken.isEmpty())
        return finish(unexpected(
            AuthError::make(AuthError::Kind::Malformed, tr("no refresh_token: was token_access_type=offline lost?"))));
    if (grant.refreshToken.isEmpty())
        grant.refreshToken = m_keepRefreshToken;
    finish(grant);
}

void TokenEndpoint::finish(const Expected<TokenGrant> &result)
{
    cancel();
    m_keepRefreshToken.clear();
    if (result.ok())
        qCInfo(lcAuth) << "token endpoint granted; scopes:" << result->scope;
    else
        qCWarning(lcAuth) << "token endpoint failed:" << result.error().tag << result.error().httpStatus;
    Q_EMIT finished(result);
}

} // namespace dbx
