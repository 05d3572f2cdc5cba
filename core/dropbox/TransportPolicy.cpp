#include "dropbox/TransportPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace dbx {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::TransportPolicy", s); }
} // namespace

bool isLoopbackHostName(const QString &host)
{
    QString h = host.trimmed();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // A literal address only: QHostAddress parses text, it never asks DNS.
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

namespace {
QString refusalOf(const QUrl &url)
{
    if (url.isEmpty())
        return QString();
    // Shown without user info, path or query: those may carry something private.
    const QString shown
        = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    if (!url.isValid() || url.host().isEmpty())
        return tr("The Dropbox address \"%1\" is not a valid URL; nothing was sent. Use an https "
                  "address such as https://api.dropboxapi.com.")
            .arg(shown.isEmpty() ? url.toString(QUrl::RemoveUserInfo) : shown);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return QString();
    if (scheme == QLatin1String("http") && isLoopbackHostName(url.host()))
        return QString();
    if (scheme == QLatin1String("http"))
        return tr("Refused to connect to %1: the Dropbox address must use https (plain http is only "
                  "accepted on this computer's loopback address, for simulators and tests), so the "
                  "credentials are never sent unencrypted. Nothing was sent.")
            .arg(shown);
    return tr("Refused to connect to %1: the Dropbox address must use https (plain http is only "
              "accepted on this computer's loopback address, for simulators and tests). Nothing was "
              "sent.")
        .arg(shown);
}
} // namespace

Expected<void> checkTransport(const QUrl &url, const QString &route)
{
    const QString refusal = refusalOf(url);
    if (refusal.isEmpty())
        return {};
    Error e;
    e.kind = Error::Kind::BadRequest;
    e.route = route;
    e.tag = QStringLiteral("insecure_transport");
    e.detail = refusal;
    return unexpected(e);
}

} // namespace dbx
