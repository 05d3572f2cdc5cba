#include "wizard/ConnectionsDialog.h"

#include "auth/Scopes.h"
#include "ui_wizardconnections.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QSpinBox>

namespace dbx::gui {

ConnectionsDialog::ConnectionsDialog(ConnectionRegistry &registry, const ConnectionWizardOptions &wizardOptions,
                                     QWidget *parent)
    : QDialog(parent), m_ui(new Ui::WizardConnectionsDialog), m_registry(registry), m_wizardOptions(wizardOptions)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Dropbox connections"));
    m_ui->addButton->setText(tr("&Add…"));
    m_ui->editButton->setText(tr("&Edit…"));
    m_ui->reauthorizeButton->setText(tr("Re-au&thorize…"));
    m_ui->removeButton->setText(tr("&Remove…"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->connectionList, &QListWidget::currentRowChanged, this, &ConnectionsDialog::updateDetails);
    connect(m_ui->connectionList, &QListWidget::itemDoubleClicked, this, &ConnectionsDialog::editConnection);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ConnectionsDialog::addConnection);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ConnectionsDialog::editConnection);
    connect(m_ui->reauthorizeButton, &QPushButton::clicked, this, &ConnectionsDialog::reauthorize);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ConnectionsDialog::removeConnection);
    connect(&m_registry, &ConnectionRegistry::changed, this, &ConnectionsDialog::reload);
    reload();
}

ConnectionsDialog::~ConnectionsDialog() = default;

QString ConnectionsDialog::currentConnectionId() const
{
    const QListWidgetItem *item = m_ui->connectionList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConnectionsDialog::setCurrentConnectionId(const QString &id)
{
    for (int i = 0; i < m_ui->connectionList->count(); ++i) {
        if (m_ui->connectionList->item(i)->data(Qt::UserRole).toString() == id) {
            m_ui->connectionList->setCurrentRow(i);
            return;
        }
    }
}

void ConnectionsDialog::reload()
{
    const QString current = currentConnectionId();
    m_ui->connectionList->clear();
    for (const ConnectionInfo &c : m_registry.connections()) {
        auto *item = new QListWidgetItem(c.sessionOnly ? tr("%1 (this session only)").arg(c.name) : c.name);
        item->setData(Qt::UserRole, c.id);
        m_ui->connectionList->addItem(item);
    }
    if (!current.isEmpty())
        setCurrentConnectionId(current);
    if (!m_ui->connectionList->currentItem() && m_ui->connectionList->count() > 0)
        m_ui->connectionList->setCurrentRow(0);
    updateDetails();
}

void ConnectionsDialog::updateDetails()
{
    const ConnectionInfo c = m_registry.connection(currentConnectionId());
    const bool has = !c.id.isEmpty();
    m_ui->editButton->setEnabled(has);
    m_ui->reauthorizeButton->setEnabled(has);
    m_ui->removeButton->setEnabled(has);
    if (!has) {
        m_ui->detailsLabel->setText(m_ui->connectionList->count() == 0
                                        ? tr("No connection yet. Press Add to connect a Dropbox team.")
                                        : QString());
        return;
    }
    QStringList lines;
    if (!c.authorizedAs().isEmpty())
        lines << tr("Authorized as %1").arg(c.authorizedAs());
    lines << tr("App key: %1").arg(c.appKey);
    if (!c.baseUrl.isEmpty())
        lines << tr("API base URL: %1").arg(c.baseUrl.toString());
    lines << tr("Snapshot database: %1").arg(QDir::toNativeSeparators(c.dbPath));
    lines << tr("Provisioning: %1").arg(c.provisioning ? tr("allowed") : tr("off (read-only)"));
    if (!c.grantedScopes.isEmpty())
        lines << tr("Scopes: %1").arg(c.grantedScopes.join(QLatin1Char(' ')));
    if (!c.c1ClientId.isEmpty())
        lines << tr("ConductorOne client ID: %1").arg(c.c1ClientId);
    lines << (c.sessionOnly ? tr("Secrets: this session only (not in a keychain)")
                            : tr("Secrets: in the system keychain"));
    m_ui->detailsLabel->setText(lines.join(QLatin1Char('\n')));
}

void ConnectionsDialog::addConnection()
{
    ConnectionWizardOptions options = m_wizardOptions;
    options.connectionId.clear();
    QString id;
    if (runConnectionWizard(this, m_registry, options, &id))
        setCurrentConnectionId(id);
}

void ConnectionsDialog::reauthorize()
{
    const QString id = currentConnectionId();
    if (id.isEmpty())
        return;
    ConnectionWizardOptions options = m_wizardOptions;
    options.connectionId = id;
    runConnectionWizard(this, m_registry, options);
}

void ConnectionsDialog::editConnection()
{
    ConnectionInfo c = m_registry.connection(currentConnectionId());
    if (c.id.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Edit connection"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(c.name, &dialog);
    name->setObjectName(QStringLiteral("editNameEdit"));
    auto *dbPath = new QLineEdit(c.dbPath, &dialog);
    dbPath->setObjectName(QStringLiteral("editDbPathEdit"));
    auto *c1Id = new QLineEdit(c.c1ClientId, &dialog);
    auto *provisioning = new QCheckBox(tr("Allow provisioning (changes to the team)"), &dialog);
    provisioning->setChecked(c.provisioning);
    auto *signIns = new QCheckBox(tr("Read sign-in activity (each member's last sign-in; needs events.read)"), &dialog);
    signIns->setObjectName(QStringLiteral("editReadSignInsCheck"));
    signIns->setChecked(c.readSignIns);
    auto *signInDays = new QSpinBox(&dialog);
    signInDays->setObjectName(QStringLiteral("editSignInDaysSpin"));
    signInDays->setRange(1, 3650);
    signInDays->setValue(c.signInDays > 0 ? c.signInDays : 90);
    signInDays->setSuffix(tr(" days"));
    signInDays->setToolTip(tr("How far back the first read of the team's sign-ins looks; later syncs read only "
                              "what is new."));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("Snapshot &database:"), dbPath);
    form->addRow(tr("ConductorOne client &ID:"), c1Id);
    form->addRow(QString(), provisioning);
    form->addRow(QString(), signIns);
    form->addRow(tr("Sign-ins &look back:"), signInDays);
    if (!c.grantedScopes.isEmpty() && !c.grantedScopes.contains(Scopes::signInActivity()))
        form->addRow(new QLabel(tr("This connection's token lacks events.read: tick it on the App Console's "
                                   "Permissions tab, press Submit, then re-authorize."),
                                &dialog));
    form->addRow(new QLabel(tr("To change the app key, the app secret or the ConductorOne secret, "
                               "re-authorize."),
                            &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!name->text().trimmed().isEmpty())
        c.name = name->text().trimmed();
    if (!dbPath->text().trimmed().isEmpty())
        c.dbPath = dbPath->text().trimmed();
    c.c1ClientId = c1Id->text().trimmed();
    c.provisioning = provisioning->isChecked();
    c.readSignIns = signIns->isChecked();
    c.signInDays = signInDays->value();
    m_registry.updateInfo(c);
}

void ConnectionsDialog::removeConnection()
{
    const ConnectionInfo c = m_registry.connection(currentConnectionId());
    if (c.id.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove connection"),
        tr("Remove the connection \"%1\"?\n\nIts app secret, refresh token and ConductorOne secret are "
           "deleted from the keychain, and its settings from this app. The snapshot database (%2) is "
           "kept. The Dropbox app itself is not changed: to revoke its access, use the App Console or "
           "the team's admin console.")
            .arg(c.name, QDir::toNativeSeparators(c.dbPath)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QPointer<ConnectionsDialog> self(this);
    const QString id = c.id;
    m_registry.remove(id, [self, id](const SecretError &e) {
        if (!self)
            return;
        if (e.isError())
            QMessageBox::warning(self, tr("Remove connection"),
                                 tr("The connection was removed, but its keychain entries could not "
                                    "all be deleted: %1")
                                     .arg(e.message()));
        Q_EMIT self->connectionRemoved(id);
    });
}

} // namespace dbx::gui
