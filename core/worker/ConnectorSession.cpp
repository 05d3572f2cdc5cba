#include "worker/ConnectorSession.h"

#include "dropbox/DropboxClient.h"
#include "dropbox/TokenSource.h"
#include "store/SnapshotStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUuid>

namespace dbx {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::ConnectionConfig", s); }
}

QString ConnectionConfig::validate() const
{
    if (!accessToken.isEmpty())
        return QString();
    QStringList missing;
    if (appKey.isEmpty())
        missing << QStringLiteral("app key (BATON_APP_KEY)");
    if (appSecret.isEmpty())
        missing << QStringLiteral("app secret (BATON_APP_SECRET)");
    if (refreshToken.isEmpty())
        missing << QStringLiteral("refresh token (BATON_REFRESH_TOKEN)");
    if (missing.isEmpty())
        return QString();
    const QString what = missing.size() == 1
        ? tr("the %1 is missing").arg(missing.first())
        : tr("these are missing: %1").arg(missing.join(QStringLiteral(", ")));
    return tr("Dropbox credentials are incomplete: %1. Run the connection wizard, or set the "
              "environment variables, or use --demo for the simulated team.").arg(what);
}

QUrl ConnectionConfig::effectiveBaseUrl() const
{
    return baseUrl.isEmpty() ? DropboxClient::defaultBaseUrl() : baseUrl;
}

QString ConnectionConfig::effectiveDbPath() const
{
    return dbPath.isEmpty() ? SnapshotStore::defaultPath() : dbPath;
}

ConnectorSession::ConnectorSession(const ConnectionConfig &config, QObject *parent)
    : QObject(parent), m_config(config)
{
    const QUrl base = config.effectiveBaseUrl();
    if (!config.accessToken.isEmpty()) {
        m_tokens = new StaticTokenSource(config.accessToken, this);
    } else {
        m_tokenNam = new QNetworkAccessManager(this);
        QUrl tokenUrl = base;
        tokenUrl.setPath(QStringLiteral("/oauth2/token"));
        m_tokens = new RefreshTokenSource(
            m_tokenNam, tokenUrl, {config.appKey, config.appSecret, config.refreshToken}, this);
    }
    DropboxClient::Options opts;
    opts.baseUrl = base;
    m_client = new DropboxClient(m_tokens, opts, this);
    m_store = std::make_unique<SnapshotStore>(
        QStringLiteral("session-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    SyncEngine::Options syncOpts;
    syncOpts.maxConcurrency = config.maxConcurrency;
    m_sync = std::make_unique<SyncEngine>(m_client, m_store.get(), syncOpts);
}

// The engine goes first (declared after the store), while the store still exists.
ConnectorSession::~ConnectorSession() = default;

Expected<void> ConnectorSession::open()
{
    const Expected<void> opened = m_store->open(m_config.effectiveDbPath());
    if (opened)
        return {};
    const QString why = opened.error().message();
    return unexpected(Error::make(Error::Kind::Database,
                                  tr("Cannot open the snapshot database %1: %2").arg(m_config.effectiveDbPath(), why),
                                  why));
}

QString ConnectorSession::grantedScopes() const
{
    if (auto *r = qobject_cast<RefreshTokenSource *>(m_tokens))
        return r->grantedScopes();
    return QString();
}

} // namespace dbx
