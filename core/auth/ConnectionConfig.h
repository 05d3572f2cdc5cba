#pragma once
// Everything needed to talk to one Dropbox team. Secrets travel in memory only: they come from
// the keychain (GUI), the environment or flags (CLI), never from QSettings or the database.

#include "base/Expected.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace dbx {

struct ConnectionConfig {
    QString name; // the connection's label, e.g. the team name
    QUrl baseUrl; // empty = https://api.dropboxapi.com
    QString appKey;
    QString appSecret;
    QString refreshToken;
    QString accessToken;       // optional: a fixed token instead of the refresh grant
    QString dbPath;            // empty = SnapshotStore::defaultPath()
    bool provisioning = false; // BATON_PROVISIONING: writes are refused unless set
    int maxConcurrency = 32;   // ceiling of the sync's parallel listings (it starts at 8 and adapts)
    // Read each member's last sign-in from the team log after a sync (needs events.read):
    // --sync-user-last-login / BATON_SYNC_USER_LAST_LOGIN, over --last-login-days days.
    bool syncLastLogin = false;
    int lastLoginDays = 90;

    // Usable, or an Invalid error whose sentence says what is missing.
    Expected<void> validate() const;
    QUrl effectiveBaseUrl() const;
    // dbPath, or the snapshot database's default place (SnapshotStore::defaultPath()).
    QString effectiveDbPath() const;
};

} // namespace dbx

Q_DECLARE_METATYPE(dbx::ConnectionConfig)
