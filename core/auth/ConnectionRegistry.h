#pragma once
// The connections (one per Dropbox team) the admin has set up. What is not secret lives in
// QSettings under connections/<id>/...: name, app key, base URL, snapshot database path, the
// provisioning switch, the scopes seen, who authorized it on which team, the ConductorOne client
// ID. The secrets (app secret, refresh token, ConductorOne client secret) go through a
// SecretStore under "<id>/app_secret", "<id>/refresh_token", "<id>/c1_client_secret"; a
// connection saved "for this session only" keeps them in the registry's own memory store.
// Removing a connection deletes its keychain entries.

#include "auth/ConnectionConfig.h"
#include "auth/SecretStore.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <functional>
#include <memory>

class QSettings;

namespace dbx {

struct ConnectionInfo {
    QString id;   // stable, generated (a UUID without braces)
    QString name; // label, e.g. the team's name
    QString appKey;
    QUrl baseUrl;   // empty = Dropbox
    QString dbPath; // empty = ConnectionRegistry::defaultDbPath(id)
    bool provisioning = false;
    bool readSignIns = false;  // "Read sign-in activity" (needs events.read)
    int signInDays = 90;       // its look-back window
    QStringList grantedScopes; // as the token endpoint reported them
    QString adminName;
    QString adminEmail;
    QString adminTeamMemberId;
    QString teamName;
    QString teamId;
    QString c1ClientId; // ConductorOne client ID (not secret; its secret is)
    QDateTime authorizedAt;
    bool sessionOnly = false; // secrets were kept in memory, not in the keychain

    QString authorizedAs() const; // "Ann Admin (ann@example.com) on Example Co"
};

struct ConnectionSecrets {
    QString appSecret;
    QString refreshToken;
    QString c1ClientSecret;
};

class ConnectionRegistry : public QObject
{
    Q_OBJECT
public:
    using DoneCallback = std::function<void(const SecretError &error)>;
    using SecretsCallback = std::function<void(const ConnectionSecrets &secrets, const SecretError &error)>;
    using ConfigCallback = std::function<void(const ConnectionConfig &config, const SecretError &error)>;

    // Neither is owned; both must outlive the registry. secrets is the persistent store
    // (KeychainSecretStore in the app, MemorySecretStore in tests).
    ConnectionRegistry(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);
    ~ConnectionRegistry() override;

    static QString newId();
    // <AppDataLocation>/connections/<id>.sqlite
    static QString defaultDbPath(const QString &id);

    QVector<ConnectionInfo> connections() const;
    bool contains(const QString &id) const;
    ConnectionInfo connection(const QString &id) const; // empty id when unknown

    SecretStore *secretStore() const { return m_secrets; }
    SecretStore *sessionStore() const;

    // Adds or replaces info (info.id empty: a new id is assigned and returned through the
    // callback's connection) and stores the secrets: in the keychain, or in memory when
    // info.sessionOnly. Settings are written only once the secrets are stored. Empty secret
    // fields are removed from the store (e.g. no ConductorOne secret).
    void save(ConnectionInfo info, const ConnectionSecrets &secrets,
              std::function<void(const ConnectionInfo &saved, const SecretError &error)> done);
    // Non-secret edits only (name, db path, provisioning, ...).
    bool updateInfo(const ConnectionInfo &info);
    // Deletes the keychain entries, then the settings (the settings go even when the keychain
    // fails, and the error says so).
    void remove(const QString &id, DoneCallback done);

    void loadSecrets(const QString &id, SecretsCallback done) const;
    // What the worker needs to connect; error NotFound when the secrets are gone.
    void connectionConfig(const QString &id, ConfigCallback done) const;
    static ConnectionConfig toConfig(const ConnectionInfo &info, const ConnectionSecrets &secrets);

Q_SIGNALS:
    void changed();

private:
    void writeInfo(const ConnectionInfo &info);
    SecretStore *storeFor(const ConnectionInfo &info) const;

    QSettings *m_settings;
    SecretStore *m_secrets;
    std::unique_ptr<MemorySecretStore> m_session;
};

} // namespace dbx
