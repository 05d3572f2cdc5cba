#include "conductorone/ForceSync.h"

#include "conductorone/AccessTokenSource.h"
#include "conductorone/C1Log.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace dbx {
namespace c1 {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dbx::c1::ForceSync", text); }

} // namespace

QUrl forceSyncUrl(const QUrl &baseUrl, const QString &appId, const QString &connectorId)
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += QStringLiteral("/api/v1/apps/%1/connectors/%2/force_sync")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(appId)),
                     QString::fromLatin1(QUrl::toPercentEncoding(connectorId)));
    url.setPath(path, QUrl::StrictMode);
    return url;
}

Expected<void> requestForceSync(AccessTokenSource &tokens, const QUrl &baseUrlIn, const QString &appId,
                                const QString &connectorId, int timeoutMs)
{
    if (appId.trimmed().isEmpty() || connectorId.trimmed().isEmpty()) {
        return unexpected(Error::make(Error::Kind::Invalid,
                                      tr("Asking ConductorOne to sync needs both the app id and the connector id.")));
    }
    QUrl baseUrl = baseUrlIn;
    if (baseUrl.isEmpty()) {
        baseUrl.setScheme(QStringLiteral("https"));
        const QString host = tokens.credentials().host;
        const int colon = host.lastIndexOf(QLatin1Char(':'));
        if (colon > 0) {
            baseUrl.setHost(host.left(colon));
            baseUrl.setPort(host.mid(colon + 1).toInt());
        } else {
            baseUrl.setHost(host);
        }
    }
    if (Expected<void> checked = AccessTokenSource::checkTokenUrl(baseUrl); !checked)
        return checked;
    const Expected<AccessToken> token = tokens.token();
    if (!token)
        return unexpected(token.error());

    const QUrl url = forceSyncUrl(baseUrl, appId.trimmed(), connectorId.trimmed());
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token->accessToken.toUtf8());
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = nam.post(request, QByteArrayLiteral("{}"));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString netError = reply->errorString();
    delete reply;

    if (httpStatus == 0) {
        return unexpected(Error::make(
            Error::Kind::Network,
            tr("ConductorOne could not be reached at %1 to ask for a sync: %2").arg(url.host(), netError), netError));
    }
    if (httpStatus >= 200 && httpStatus < 300) {
        qCInfo(lcC1) << "ConductorOne accepted the request to sync connector" << connectorId;
        return {};
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QString detail = json.value(QLatin1String("message")).toString();
    if (detail.isEmpty())
        detail = json.value(QLatin1String("error")).toString();
    const QString status = detail.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus)
                                            : QStringLiteral("HTTP %1: %2").arg(httpStatus).arg(detail);
    Error error;
    if (httpStatus == 404)
        error = Error::make(Error::Kind::NotFound,
                            tr("ConductorOne has no connector %1 in app %2 (%3); check both ids in the settings.")
                                .arg(connectorId, appId, status));
    else if (httpStatus == 401 || httpStatus == 403)
        error = Error::make(Error::Kind::Refused,
                            tr("ConductorOne refused the request to sync (%1); the credential "
                               "may lack the Connector Administrator role.")
                                .arg(status));
    else
        error = Error::make(Error::Kind::Server, tr("ConductorOne did not start a sync (%1).").arg(status));
    error.httpStatus = httpStatus;
    error.detail = detail;
    qCWarning(lcC1) << "force_sync answered" << httpStatus;
    return unexpected(std::move(error));
}

} // namespace c1
} // namespace dbx
