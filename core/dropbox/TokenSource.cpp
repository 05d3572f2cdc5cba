#include "dropbox/TokenSource.h"

#include "dropbox/Parse.h"
#include "dropbox/TransportPolicy.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace dbx {

namespace {
// In an anonymous namespace: other modules may define a category function of the same name.
Q_LOGGING_CATEGORY(lcToken, "dbx.token")

const QString kTokenRoute = QStringLiteral("oauth2/token");
// Refresh this long before the token's stated expiry, so a call sent with it cannot expire
// in flight and clocks a little apart do not matter.
constexpr qint64 kRefreshMarginSecs = 5 * 60;

QByteArray formField(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}
} // namespace

StaticTokenSource::StaticTokenSource(const QString &token, QObject *parent) : TokenSource(parent), m_token(token) {}

void StaticTokenSource::fetchToken(Callback cb)
{
    if (m_invalid || m_token.isEmpty()) {
        // A fixed token cannot be renewed: the API's verdict stands for every later call.
        Error e;
        e.kind = Error::Kind::Unauthorized;
        e.tag = m_token.isEmpty() ? QStringLiteral("invalid_access_token") : QStringLiteral("expired_access_token");
        e.detail = m_token.isEmpty() ? tr("no access token is configured")
                                     : tr("the access token expired and cannot be refreshed");
        cb(QString(), e);
        return;
    }
    cb(m_token, Error());
}

void StaticTokenSource::invalidate(const QString &accessToken)
{
    if (accessToken == m_token)
        m_invalid = true;
}

RefreshTokenSource::RefreshTokenSource(QNetworkAccessManager *nam, const QUrl &tokenUrl, const Credentials &creds,
                                       QObject *parent)
    : TokenSource(parent), m_nam(nam), m_tokenUrl(tokenUrl), m_creds(creds), m_timeoutTimer(new QTimer(this)),
      m_retryTimer(new QTimer(this))
{
    m_timeoutTimer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    connect(m_timeoutTimer, &QTimer::timeout, this, &RefreshTokenSource::handleTimeout);
    connect(m_retryTimer, &QTimer::timeout, this, &RefreshTokenSource::sendRequest);
}

void RefreshTokenSource::setRetryPolicy(int maxAttempts, int initialBackoffMs)
{
    m_maxAttempts = std::max(1, maxAttempts);
    m_initialBackoffMs = std::max(0, initialBackoffMs);
}

bool RefreshTokenSource::tokenUsable() const
{
    if (m_token.isEmpty())
        return false;
    // No expires_in in the reply: a long-lived token, good until the API says otherwise.
    if (!m_expiresAt.isValid())
        return true;
    return QDateTime::currentDateTimeUtc().secsTo(m_expiresAt) > kRefreshMarginSecs;
}

void RefreshTokenSource::fetchToken(Callback cb)
{
    if (!m_refreshing && tokenUsable()) {
        cb(m_token, Error());
        return;
    }
    m_waiting.append(std::move(cb));
    if (!m_refreshing)
        refresh();
}

void RefreshTokenSource::invalidate(const QString &accessToken)
{
    if (!accessToken.isEmpty() && accessToken == m_token) {
        m_token.clear();
        m_expiresAt = QDateTime();
    }
}

void RefreshTokenSource::refresh()
{
    m_refreshing = true;
    m_attempt = 0;
    // The app secret and refresh token never travel unencrypted: refused before any connection.
    if (const auto allowed = checkTransport(m_tokenUrl, kTokenRoute); !allowed) {
        const Error e = allowed.error();
        qCWarning(lcToken).noquote() << "token refresh refused:" << e.detail;
        QMetaObject::invokeMethod(
            this, [this, e] { finish(QString(), e); }, Qt::QueuedConnection);
        return;
    }
    if (m_creds.refreshToken.isEmpty() || m_creds.appKey.isEmpty()) {
        Error e;
        e.kind = Error::Kind::TokenRefresh;
        e.route = kTokenRoute;
        e.detail = m_creds.refreshToken.isEmpty() ? tr("no refresh token is stored") : tr("no app key is configured");
        // Queued: callers expect fetchToken() to return before an asynchronous refresh answers.
        QMetaObject::invokeMethod(
            this, [this, e] { finish(QString(), e); }, Qt::QueuedConnection);
        return;
    }
    sendRequest();
}

void RefreshTokenSource::sendRequest()
{
    if (!m_nam) {
        Error e;
        e.kind = Error::Kind::TokenRefresh;
        e.route = kTokenRoute;
        e.detail = tr("no network access");
        return finish(QString(), e);
    }
    ++m_attempt;
    QNetworkRequest request(m_tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QByteArray basic = (m_creds.appKey + QLatin1Char(':') + m_creds.appSecret).toUtf8().toBase64();
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + basic);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const QByteArray body = formField("grant_type", QStringLiteral("refresh_token")) + '&'
        + formField("refresh_token", m_creds.refreshToken);
    qCDebug(lcToken) << "refreshing the access token, attempt" << m_attempt;
    m_reply = m_nam->post(request, body);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handleReply(reply); });
    m_timeoutTimer->start(std::max(1, m_timeoutMs));
}

void RefreshTokenSource::handleTimeout()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    disconnect(reply, nullptr, this, nullptr); // abort() emits finished() synchronously
    if (reply->isRunning())                    // a finished reply must not be aborted again
        reply->abort();
    reply->deleteLater();
    Error e;
    e.kind = Error::Kind::Timeout;
    e.route = kTokenRoute;
    e.detail = tr("no answer within %1 ms").arg(m_timeoutMs);
    qCWarning(lcToken) << "token request timed out";
    retryOrFinish(e);
}

void RefreshTokenSource::handleReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_timeoutTimer->stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    Error e;
    e.route = kTokenRoute;
    e.httpStatus = status;
    e.requestId = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("X-Dropbox-Request-Id")));
    qCDebug(lcToken) << "token endpoint answered" << status;

    if (status == 0) {
        e.kind = Error::Kind::Network;
        e.detail = reply->errorString();
        return retryOrFinish(e);
    }
    const QJsonValue v = parse::jsonValue(body).value_or(QJsonValue());
    const bool isJson = !v.isUndefined(); // a reply that is not JSON reads as undefined
    const QJsonObject json = v.toObject();
    if (status >= 500) {
        e.kind = Error::Kind::TokenRefresh;
        e.detail = QString::fromUtf8(body.left(500)).trimmed();
        return retryOrFinish(e);
    }
    if (status != 200) {
        // 400 {"error":"invalid_grant","error_description":...}: the refresh token was revoked
        // or the app credentials are wrong. Retrying cannot help; the user must re-authorize.
        e.kind = Error::Kind::TokenRefresh;
        e.tag = json.value(QLatin1String("error")).toString();
        e.detail = json.value(QLatin1String("error_description")).toString();
        if (e.tag.isEmpty() && e.detail.isEmpty())
            e.detail = QString::fromUtf8(body.left(500)).trimmed();
        qCWarning(lcToken).noquote() << "token refresh refused:" << status << e.tag;
        return finish(QString(), e);
    }
    const QJsonValue token = json.value(QLatin1String("access_token"));
    if (!isJson || !v.isObject() || !token.isString() || token.toString().isEmpty()) {
        return finish(QString(),
                      Error::malformed(kTokenRoute,
                                       isJson && v.isObject() ? tr("access_token is missing")
                                                              : tr("the reply is not a JSON object")));
    }
    m_token = token.toString();
    const QJsonValue expiresIn = json.value(QLatin1String("expires_in"));
    m_expiresAt = expiresIn.isDouble()
        ? QDateTime::currentDateTimeUtc().addSecs(static_cast<qint64>(expiresIn.toDouble()))
        : QDateTime();
    const QString scope = json.value(QLatin1String("scope")).toString();
    if (!scope.isEmpty())
        m_scopes = scope;
    ++m_refreshCount;
    qCInfo(lcToken) << "access token refreshed; expires" << m_expiresAt.toString(Qt::ISODate);
    Q_EMIT tokenRefreshed(m_expiresAt);
    finish(m_token, Error());
}

void RefreshTokenSource::retryOrFinish(const Error &err)
{
    if (m_attempt >= m_maxAttempts) {
        qCWarning(lcToken).noquote() << "token refresh failed:" << err.brief();
        return finish(QString(), err);
    }
    const double base = m_initialBackoffMs * std::pow(2.0, m_attempt - 1);
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    const int delay = static_cast<int>(std::min(base * jitter, 60000.0));
    qCInfo(lcToken) << "token refresh attempt" << m_attempt << "failed; retrying in" << delay << "ms";
    m_retryTimer->start(delay);
}

void RefreshTokenSource::finish(const QString &token, const Error &err)
{
    m_refreshing = false;
    // Swapped out first: a callback may ask for a token again and start a new refresh.
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &cb : waiting)
        cb(token, err);
}

} // namespace dbx
