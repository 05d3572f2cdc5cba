#include "worker/ConnectorSession.h"

#include "dropbox/DropboxClient.h"
#include "dropbox/TokenSource.h"
#include "store/SnapshotStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUuid>

#include <algorithm>

namespace dbx {

ConnectorSession::ConnectorSession(const ConnectionConfig &config, QObject *parent) : QObject(parent), m_config(config)
{
    const QUrl base = config.effectiveBaseUrl();
    if (!config.accessToken.isEmpty()) {
        m_tokens = new StaticTokenSource(config.accessToken, this);
    } else {
        m_tokenNam = new QNetworkAccessManager(this);
        QUrl tokenUrl = base;
        tokenUrl.setPath(QStringLiteral("/oauth2/token"));
        m_tokens = new RefreshTokenSource(m_tokenNam, tokenUrl, {config.appKey, config.appSecret, config.refreshToken},
                                          this);
    }
    DropboxClient::Options opts;
    opts.baseUrl = base;
    // The sync's parallel listings, plus its cursor chains and the calls around them.
    opts.maxConnections = std::max(1, config.maxConcurrency) + 8;
    m_client = new DropboxClient(m_tokens, opts, this);
    m_store = std::make_unique<SnapshotStore>(QStringLiteral("session-")
                                              + QUuid::createUuid().toString(QUuid::WithoutBraces));
    SyncEngine::Options syncOpts;
    syncOpts.maxConcurrency = config.maxConcurrency;
    syncOpts.readSignIns = config.syncLastLogin;
    syncOpts.signInDays = config.lastLoginDays;
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
