#include "auth/ConnectionConfig.h"

#include "dropbox/DropboxClient.h"
#include "store/SnapshotStore.h"

#include <QCoreApplication>

namespace dbx {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::ConnectionConfig", s); }
} // namespace

Expected<void> ConnectionConfig::validate() const
{
    if (!accessToken.isEmpty())
        return {};
    QStringList missing;
    if (appKey.isEmpty())
        missing << QStringLiteral("app key (BATON_APP_KEY)");
    if (appSecret.isEmpty())
        missing << QStringLiteral("app secret (BATON_APP_SECRET)");
    if (refreshToken.isEmpty())
        missing << QStringLiteral("refresh token (BATON_REFRESH_TOKEN)");
    if (missing.isEmpty())
        return {};
    const QString what = missing.size() == 1 ? tr("the %1 is missing").arg(missing.first())
                                             : tr("these are missing: %1").arg(missing.join(QStringLiteral(", ")));
    return unexpected(Error::make(Error::Kind::Invalid,
                                  tr("Dropbox credentials are incomplete: %1. Run the connection wizard, or set "
                                     "the environment variables, or use --demo for the simulated team.")
                                      .arg(what)));
}

QUrl ConnectionConfig::effectiveBaseUrl() const
{
    return baseUrl.isEmpty() ? DropboxClient::defaultBaseUrl() : baseUrl;
}

QString ConnectionConfig::effectiveDbPath() const { return dbPath.isEmpty() ? SnapshotStore::defaultPath() : dbPath; }

} // namespace dbx
