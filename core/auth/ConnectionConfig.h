#pragma once
// Everything needed to talk to one Dropbox team. Secrets travel in memory only: they come from
// the keychain (GUI), the environment or flags (CLI), never from QSettings or the database.

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace dbx {

struct ConnectionConfig {
    QString name;                         // the connection's label, e.g. the team name
    QUrl baseUrl;                         // empty = https://api.dropboxapi.com
    QString appKey;
    QString appSecret;
    QString refreshToken;
    QString accessToken;                  // optional: a fixed token instead of the refresh grant
    QString dbPath;                       // empty = SnapshotStore::defaultPath()
    bool provisioning = false;            // BATON_PROVISIONING: writes are refused unless set
    int maxConcurrency = 6;

    // An empty string when usable, else the sentence that says what is missing.
    QString validate() const;
    QUrl effectiveBaseUrl() const;
    QString effectiveDbPath() const;
};

} // namespace dbx

Q_DECLARE_METATYPE(dbx::ConnectionConfig)
