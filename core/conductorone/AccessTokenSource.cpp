#include "conductorone/AccessTokenSource.h"

#include "conductorone/C1Log.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace dbx {
namespace c1 {

namespace {

const char *const kCtx = "dbx::c1::AccessTokenSource";
QString tr(const char *s) { return QCoreApplication::translate(kCtx, s); }

constexpr int kRefreshMarginSecs = 30;

QByteArray formField(const char *name, const QString &value)
{
    // Every reserved character escaped: a '+' in a client id must not arrive as a space.
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

AccessTokenSource::AccessTokenSource(ClientCredentials credentials, QUrl tokenUrl)
    : m_credentials(std::move(credentials)),
      m_url(tokenUrl.isEmpty() ? defaultTokenUrl(m_credentials.host) : std::move(tokenUrl)),
      m_userAgent(QByteArrayLiteral("dropbox-team-connector"))
{}

AccessTokenSource::~AccessTokenSource() = default;

QUrl AccessTokenSource::defaultTokenUrl(const QString &host)
{
    return QUrl(QStringLiteral("https://%1/auth/v1/token").arg(host));
}

Expected<void> AccessTokenSource::checkTokenUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return unexpected(Error::make(Error::Kind::Invalid, tr("The ConductorOne token address is not a valid URL.")));
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    return unexpected(Error::make(Error::Kind::Invalid,
                                  tr("The ConductorOne token address must use https (plain http is only accepted "
                                     "on this computer's loopback address, for tests).")));
}

Expected<AccessToken> AccessTokenSource::token()
{
    QMutexLocker lock(&m_cacheMutex);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_cached.accessToken.isEmpty() && m_cached.refreshAt > now)
        return m_cached;
    Expected<AccessToken> fresh = fetch();
    if (fresh)
        m_cached = *fresh;
    return fresh;
}

void AccessTokenSource::invalidate()
{
    QMutexLocker lock(&m_cacheMutex);
    m_cached = AccessToken();
}

void AccessTokenSource::cancel()
{
    m_cancelled = true;
    QMutexLocker lock(&m_replyMutex);
    if (m_reply)
        QMetaObject::invokeMethod(m_reply.data(), &QNetworkReply::abort, Qt::QueuedConnection);
}

Expected<AccessToken> AccessTokenSource::fetch()
{
    if (m_cancelled)
        return unexpected(Error::make(Error::Kind::Cancelled, tr("Stopped before a ConductorOne token was fetched.")));
    // Neither a bad address nor an unusable key gets better by retrying: both are refusals.
    if (const Expected<void> url = checkTokenUrl(m_url); !url)
        return unexpected(Error::make(Error::Kind::Refused, url.error().message()));
    const Expected<QByteArray> assertion = Credentials::signAssertion(m_credentials, QDateTime::currentDateTimeUtc());
    if (!assertion)
        return unexpected(Error::make(Error::Kind::Refused, assertion.error().message()));
    const QByteArray body = formField("grant_type", QStringLiteral("client_credentials")) + '&'
        + formField("client_id", m_credentials.clientId) + '&'
        + formField("client_assertion_type", QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))
        + '&' + formField("client_assertion", QString::fromLatin1(*assertion));

    ++m_fetches;
    QNetworkAccessManager nam;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    {
        QMutexLocker lock(&m_replyMutex);
        m_reply = reply;
    }
    if (m_cancelled)
        reply->abort();
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    {
        QMutexLocker lock(&m_replyMutex);
        m_reply = nullptr;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netErrorText = reply->errorString();
    delete reply;

    if (status == 0) {
        qCWarning(lcC1) << "token endpoint unreachable:" << m_url.host() << netError;
        if (m_cancelled)
            return unexpected(Error::make(Error::Kind::Cancelled, tr("Stopped while fetching a ConductorOne token.")));
        return unexpected(Error::make(
            Error::Kind::Network,
            tr("ConductorOne could not be reached at %1 to get an access token: %2").arg(m_url.host(), netErrorText),
            netErrorText));
    }
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    if (status != 200) {
        const QString oauthError = json.value(QLatin1String("error")).toString();
        const QString description = json.value(QLatin1String("error_description")).toString();
        QString detail = QStringLiteral("HTTP %1").arg(status);
        if (!oauthError.isEmpty())
            detail += QStringLiteral(", ") + oauthError;
        if (!description.isEmpty())
            detail += QStringLiteral(": ") + description;
        qCWarning(lcC1) << "token endpoint answered" << status << oauthError;
        Error error = (status == 400 || status == 401 || status == 403)
            ? Error::make(Error::Kind::Refused,
                          tr("ConductorOne refused the client credentials (%1). The client secret "
                             "may be wrong, or the credential was deleted or revoked in "
                             "ConductorOne; create a new one for this connector and enter it again.")
                              .arg(detail),
                          detail)
            : Error::make(Error::Kind::Server,
                          tr("ConductorOne's token endpoint failed (%1); trying again later.").arg(detail), detail);
        error.httpStatus = status;
        error.tag = oauthError;
        return unexpected(std::move(error));
    }
    AccessToken result;
    result.accessToken = json.value(QLatin1String("access_token")).toString();
    result.tokenType = json.value(QLatin1String("token_type")).toString();
    if (result.accessToken.isEmpty()) {
        Error error
            = Error::make(Error::Kind::Refused, tr("ConductorOne's token endpoint answered without an access token."));
        error.httpStatus = status;
        return unexpected(std::move(error));
    }
    int expiresIn = json.value(QLatin1String("expires_in")).toInt();
    if (expiresIn <= 0)
        expiresIn = 60; // no lifetime given: short, so a refused token shows soon
    const QDateTime now = QDateTime::currentDateTimeUtc();
    result.expiresAt = now.addSecs(expiresIn);
    // Short lifetimes (tests) still get half their life before a new fetch.
    result.refreshAt = now.addSecs(qMax(expiresIn - kRefreshMarginSecs, expiresIn / 2));
    qCInfo(lcC1) << "ConductorOne access token obtained, expires in" << expiresIn << "s";
    return result;
}

} // namespace c1
} // namespace dbx
