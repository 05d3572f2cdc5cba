#pragma once
// The core objects for one connection, created together on ONE thread and used only there: the
// network access, token source, Dropbox client, snapshot store and sync engine. The CLI makes one
// on its main thread; ConnectorWorker makes one on its worker thread.

#include "auth/ConnectionConfig.h"
#include "base/Expected.h"
#include "sync/SyncEngine.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace dbx {

class DropboxClient;
class SnapshotStore;
class TokenSource;

class ConnectorSession : public QObject
{
    Q_OBJECT
public:
    explicit ConnectorSession(const ConnectionConfig &config, QObject *parent = nullptr);
    ~ConnectorSession() override;

    // Opens the snapshot database; a Database error with a sentence for the user when it cannot.
    Expected<void> open();

    const ConnectionConfig &config() const { return m_config; }
    DropboxClient *client() const { return m_client; }
    SnapshotStore *store() const { return m_store.get(); }
    SyncEngine *syncEngine() const { return m_sync.get(); }
    TokenSource *tokenSource() const { return m_tokens; }
    // The scopes the last token grant carried ("" when unknown, e.g. a fixed token).
    QString grantedScopes() const;

private:
    ConnectionConfig m_config;
    QNetworkAccessManager *m_tokenNam = nullptr;
    TokenSource *m_tokens = nullptr;
    DropboxClient *m_client = nullptr;
    std::unique_ptr<SnapshotStore> m_store;
    std::unique_ptr<SyncEngine> m_sync; // after m_store: destroyed before it
};

} // namespace dbx
