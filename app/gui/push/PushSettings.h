#pragma once
// What "Push to ConductorOne" needs: the connector's ConductorOne credentials (client id and
// secret, as for BATON_CLIENT_ID / BATON_CLIENT_SECRET), optionally the app and connector ids
// that let the app ask ConductorOne to sync now, and how old a snapshot may be before a push
// syncs first. The client secret never goes to QSettings: it lives in the keychain (or in memory
// for this session when there is none).

#include "base/Expected.h"

#include <QString>
#include <QUrl>

class QSettings;

namespace dbx::gui {

struct PushSettings {
    QString clientId;
    QString clientSecret; // memory only
    QString apiHost;      // "host[:port]"; empty: the client id's host
    QString appId;        // both set: ask ConductorOne to start a sync (REST force_sync)
    QString connectorId;
    int syncIfOlderThanMinutes = 60; // a push syncs first when the newest snapshot is older
    bool stayConnected = false;      // keep serving ConductorOne's tasks after the push

    // Loopback fakes (tests, local trials); not saved.
    QUrl tokenUrl;
    QUrl restBaseUrl;
    bool insecure = false;

    bool canForceSync() const { return !appId.trimmed().isEmpty() && !connectorId.trimmed().isEmpty(); }
    // "" when usable, else what is missing or wrong, in a sentence.
    Expected<void> validate() const; // Invalid with the sentence for the dialog

    static PushSettings load(QSettings &settings);
    void save(QSettings &settings) const; // everything but the secret
    // Empty fields taken from BATON_CLIENT_ID, BATON_CLIENT_SECRET and BATON_C1_API_HOST.
    void fillFromEnvironment();
};

} // namespace dbx::gui
