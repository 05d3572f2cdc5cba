#include "wizard/ConnectionWizard.h"

#include "wizard/WizardPages.h"

#include <QDesktopServices>

namespace dbx::gui {

ConnectionWizard::ConnectionWizard(ConnectionRegistry &registry, const ConnectionWizardOptions &options,
                                   QWidget *parent)
    : QWizard(parent), m_registry(registry), m_options(options)
{
    setObjectName(QStringLiteral("connectionWizard"));
    setWindowTitle(options.connectionId.isEmpty() ? tr("Connect a Dropbox team") : tr("Re-authorize a Dropbox team"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setMinimumSize(720, 520);

    if (!options.connectionId.isEmpty()) {
        m_state.info = registry.connection(options.connectionId);
    } else {
        m_state.info.baseUrl = options.baseUrl;
    }

    setPage(PreparePage, new gui::PreparePage(this));
    setPage(CredentialsPage, new gui::CredentialsPage(this));
    setPage(AuthorizePage, new gui::AuthorizePage(this));
    setPage(VerifyPage, new gui::VerifyPage(this));
    setPage(ConductorOnePage, new gui::ConductorOnePage(this));
    setPage(FinishPage, new gui::FinishPage(this));
    if (!options.connectionId.isEmpty() && !m_state.info.id.isEmpty())
        setStartId(CredentialsPage);
}

ConnectionWizard::~ConnectionWizard() = default;

void ConnectionWizard::openUrl(const QUrl &url) const
{
    if (m_options.openUrl)
        m_options.openUrl(url);
    else
        QDesktopServices::openUrl(url);
}

void ConnectionWizard::setSaved(const QString &id)
{
    m_savedId = id;
    Q_EMIT connectionSaved(id);
}

bool runConnectionWizard(QWidget *parent, ConnectionRegistry &registry, const ConnectionWizardOptions &options,
                         QString *connectionId)
{
    ConnectionWizard wizard(registry, options, parent);
    const bool accepted = wizard.exec() == QDialog::Accepted && !wizard.savedConnectionId().isEmpty();
    if (accepted && connectionId)
        *connectionId = wizard.savedConnectionId();
    return accepted;
}

} // namespace dbx::gui
