#include "PushSettingsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dbx::gui {

PushSettingsDialog::PushSettingsDialog(const PushSettings &settings, const QString &secretNote, QWidget *parent)
    : QDialog(parent), m_base(settings)
{
    setObjectName(QStringLiteral("pushSettingsDialog"));
    setWindowTitle(tr("ConductorOne settings"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The credentials of this connector in ConductorOne (Integrations > Connectors > your "
                                "Dropbox connector > Settings). They are the BATON_CLIENT_ID and "
                                "BATON_CLIENT_SECRET of a self-hosted connector."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_clientId = new QLineEdit(settings.clientId, this);
    m_clientId->setObjectName(QStringLiteral("c1ClientId"));
    m_clientId->setPlaceholderText(QStringLiteral("name@tenant.conductor.one/suffix"));
    m_clientSecret = new QLineEdit(settings.clientSecret, this);
    m_clientSecret->setObjectName(QStringLiteral("c1ClientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(QStringLiteral("secret-token:conductorone.com:v1:..."));
    m_clientSecret->setToolTip(tr("Kept in %1, never in the settings file.").arg(secretNote));
    m_apiHost = new QLineEdit(settings.apiHost, this);
    m_apiHost->setObjectName(QStringLiteral("c1ApiHost"));
    m_apiHost->setPlaceholderText(tr("from the client id"));
    m_appId = new QLineEdit(settings.appId, this);
    m_appId->setObjectName(QStringLiteral("c1AppId"));
    m_appId->setPlaceholderText(tr("optional"));
    m_connectorId = new QLineEdit(settings.connectorId, this);
    m_connectorId->setObjectName(QStringLiteral("c1ConnectorId"));
    m_connectorId->setPlaceholderText(tr("optional"));
    m_maxAge = new QSpinBox(this);
    m_maxAge->setObjectName(QStringLiteral("c1MaxAge"));
    m_maxAge->setRange(0, 7 * 24 * 60);
    m_maxAge->setSuffix(tr(" min"));
    m_maxAge->setSpecialValueText(tr("always sync"));
    m_maxAge->setValue(settings.syncIfOlderThanMinutes);

    form->addRow(tr("Client &id:"), m_clientId);
    form->addRow(tr("Client &secret:"), m_clientSecret);
    form->addRow(tr("API &host:"), m_apiHost);
    form->addRow(tr("&App id:"), m_appId);
    form->addRow(tr("&Connector id:"), m_connectorId);
    form->addRow(tr("Sync first when the snapshot is older than:"), m_maxAge);
    layout->addLayout(form);

    auto *note = new QLabel(tr("With the app id and connector id, a push asks ConductorOne to start a sync now; "
                               "without them it serves the sync ConductorOne asks for on its own schedule. "
                               "The client secret is kept in %1.")
                                .arg(secretNote),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("c1SettingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_clientId, m_clientSecret, m_apiHost, m_appId, m_connectorId})
        connect(edit, &QLineEdit::textChanged, this, &PushSettingsDialog::validate);
    validate();
    resize(560, sizeHint().height());
}

PushSettings PushSettingsDialog::settings() const
{
    PushSettings s = m_base;
    s.clientId = m_clientId->text().trimmed();
    s.clientSecret = m_clientSecret->text().trimmed();
    s.apiHost = m_apiHost->text().trimmed();
    s.appId = m_appId->text().trimmed();
    s.connectorId = m_connectorId->text().trimmed();
    s.syncIfOlderThanMinutes = m_maxAge->value();
    return s;
}

void PushSettingsDialog::validate()
{
    const auto valid = settings().validate();
    const QString error = valid ? QString() : valid.error().message();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(error.isEmpty());
}

} // namespace dbx::gui
