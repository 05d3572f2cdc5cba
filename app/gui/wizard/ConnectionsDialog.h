#pragma once
// The connections (Dropbox teams) the app knows: list, add (the wizard), edit the settings that
// are not secret, re-authorize (the wizard for that connection) and remove (asks first; deletes
// the connection's keychain entries, keeps its snapshot database file).

#include "wizard/ConnectionWizard.h"

#include <QDialog>

#include <memory>

namespace Ui {
class WizardConnectionsDialog;
}

namespace dbx::gui {

class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    // wizardOptions: passed to the wizard for "Add" and "Re-authorize" (connectionId is set here).
    explicit ConnectionsDialog(ConnectionRegistry &registry, const ConnectionWizardOptions &wizardOptions = {},
                               QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    QString currentConnectionId() const;
    void setCurrentConnectionId(const QString &id);

Q_SIGNALS:
    void connectionRemoved(const QString &id);

private:
    void reload();
    void updateDetails();
    void addConnection();
    void editConnection();
    void reauthorize();
    void removeConnection();

    std::unique_ptr<Ui::WizardConnectionsDialog> m_ui;
    ConnectionRegistry &m_registry;
    ConnectionWizardOptions m_wizardOptions;
};

} // namespace dbx::gui
