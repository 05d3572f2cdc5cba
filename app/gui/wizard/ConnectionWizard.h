#pragma once
// Integration note for the main window
// ------------------------------------
// Own one SecretStore and one ConnectionRegistry for the application's lifetime:
//     dbx::KeychainSecretStore m_keychain;                 // core/auth/SecretStore.h
//     QSettings m_settings;                                // the app's usual settings
//     dbx::ConnectionRegistry m_connections{&m_settings, &m_keychain};
// New connection:      dbx::gui::runConnectionWizard(this, m_connections, {}, &id)
// Manage connections:  dbx::gui::ConnectionsDialog dlg(m_connections, {}, this); dlg.exec();
//                      (list, edit, re-authorize = the wizard for it, remove with confirmation)
// Connect to a team:   m_connections.connectionConfig(id, [](const ConnectionConfig &c,
//                          const SecretError &e) { ... hand c to ConnectorWorker ... });
//                      e.kind == NotFound: the secrets are gone (e.g. a session-only
//                      connection after a restart): offer re-authorization (the wizard with
//                      ConnectionWizardOptions::connectionId = id).
// ConnectionRegistry::changed() fires after every save, edit and removal. For the demo team, pass
// ConnectionWizardOptions::baseUrl = the simulator's URL: the wizard then runs against it.

#include "auth/ConnectionRegistry.h"
#include "auth/CredentialVerifier.h"
#include "auth/OAuth.h"

#include <QWizard>

#include <functional>

namespace dbx::gui {

struct ConnectionWizardOptions {
    QString connectionId;                                 // re-authorize this connection (fields prefilled)
    QUrl baseUrl;                                         // prefilled "advanced" base URL (simulator, tests)
    quint16 redirectPort = OAuthEndpoints::kRedirectPort; // 0 = any free port (tests)
    QString callbackPath = QString::fromLatin1(OAuthEndpoints::kRedirectPath);
    std::function<void(const QUrl &)> openUrl; // empty = QDesktopServices::openUrl
    int tokenTimeoutMs = 30000;
    int browserTimeoutMs = 10 * 60 * 1000;
};

// What the pages collect, shared by them.
struct WizardState {
    ConnectionInfo info;
    ConnectionSecrets secrets;
    TokenGrant grant; // of the last successful authorization
    Verification verified;
    bool authorized = false;
    bool verifiedOk = false;
};

class ConnectionWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        PreparePage,
        CredentialsPage,
        AuthorizePage,
        VerifyPage,
        ConductorOnePage,
        FinishPage
    };

    ConnectionWizard(ConnectionRegistry &registry, const ConnectionWizardOptions &options = {},
                     QWidget *parent = nullptr);
    ~ConnectionWizard() override;

    ConnectionRegistry &registry() { return m_registry; }
    const ConnectionWizardOptions &options() const { return m_options; }
    WizardState &state() { return m_state; }
    QString savedConnectionId() const { return m_savedId; }
    void openUrl(const QUrl &url) const;

    // Called by the Finish page once the connection is stored.
    void setSaved(const QString &id);

Q_SIGNALS:
    void connectionSaved(const QString &id);

private:
    ConnectionRegistry &m_registry;
    ConnectionWizardOptions m_options;
    WizardState m_state;
    QString m_savedId;
};

// Runs the wizard modally. True when a connection was saved (*connectionId = its id).
bool runConnectionWizard(QWidget *parent, ConnectionRegistry &registry, const ConnectionWizardOptions &options = {},
                         QString *connectionId = nullptr);

} // namespace dbx::gui
