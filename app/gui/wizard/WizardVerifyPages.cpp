#include "auth/AuthLog.h"
#include "auth/CredentialShapes.h"
#include "auth/DeploymentFiles.h"
#include "auth/Scopes.h"
#include "auth/TokenEndpoint.h"
#include "ui_wizardauthorize.h"
#include "ui_wizardconductorone.h"
#include "ui_wizardcredentials.h"
#include "ui_wizardfinish.h"
#include "ui_wizardprepare.h"
#include "ui_wizardverify.h"
#include "wizard/WizardHelpers.h"
#include "wizard/WizardPages.h"

#include <QClipboard>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QStyle>

// The last pages: what the authorization allows (Verify), the optional ConductorOne client, and
// where the credentials are kept (Finish).

namespace dbx::gui {

// ---- Verify --------------------------------------------------------------------------------

VerifyPage::VerifyPage(QWidget *parent)
    : WizardPageBase(parent), m_ui(new Ui::WizardVerifyPage), m_verifier(new CredentialVerifier(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Verify"));
    setSubTitle(tr("A first call to Dropbox with the new credentials: who authorized, on which team, "
                   "and which permissions were granted."));
    m_ui->provisioningCheck->setText(tr("Allow &provisioning (changes to the team)"));
    m_ui->provisioningCheck->setToolTip(tr("Let this app invite, suspend and remove members and change "
                                           "admin roles and groups. Off: read-only."));
    m_ui->retryButton->setText(tr("&Check again"));
    connect(m_ui->retryButton, &QPushButton::clicked, this, &VerifyPage::verify);
    connect(m_verifier, &CredentialVerifier::finished, this, &VerifyPage::onVerified);
}

VerifyPage::~VerifyPage() = default;

void VerifyPage::initializePage() { verify(); }

void VerifyPage::cleanupPage() { m_verifier->cancel(); }

void VerifyPage::verify()
{
    WizardState &s = state();
    s.verifiedOk = false;
    m_ui->retryButton->setVisible(false);
    m_ui->provisioningCheck->setEnabled(false);
    m_ui->scopesLabel->clear();
    m_ui->authorizedAsLabel->setText(tr("Checking the credentials with Dropbox…"));
    Q_EMIT completeChanged();
    CredentialVerifier::Input input;
    input.baseUrl = s.info.baseUrl;
    input.appKey = s.info.appKey;
    input.appSecret = s.secrets.appSecret;
    input.refreshToken = s.secrets.refreshToken;
    input.grantedScope = s.grant.scope;
    input.timeoutMs = connectionWizard()->options().tokenTimeoutMs;
    m_verifier->start(input);
}

void VerifyPage::onVerified(const Expected<Verification> &verification)
{
    WizardState &s = state();
    s.verified = verification.value_or(Verification());
    if (!verification.ok()) {
        m_ui->authorizedAsLabel->setText(errorStyle(verification.error().message()));
        m_ui->retryButton->setVisible(true);
        Q_EMIT completeChanged();
        return;
    }
    s.verifiedOk = true;
    const Verification &result = *verification;
    s.info.adminName = result.admin.displayName;
    s.info.adminEmail = result.admin.email;
    s.info.adminTeamMemberId = result.admin.teamMemberId;
    s.info.teamName = result.team.name;
    s.info.teamId = result.team.teamId;
    s.info.grantedScopes = result.grantedScopes;
    s.info.authorizedAt = QDateTime::currentDateTimeUtc();
    if (s.info.name.isEmpty())
        s.info.name = result.team.name;
    m_ui->authorizedAsLabel->setText(QStringLiteral("<b>%1</b>").arg(result.authorizedAs().toHtmlEscaped()));

    QString html;
    if (!result.scopesKnown()) {
        html = tr("Dropbox did not report the granted permissions; missing ones will show up as "
                  "errors on first use.")
                   .toHtmlEscaped();
    } else {
        html = tr("Granted: %1").arg(result.grantedScopes.join(QStringLiteral(", "))).toHtmlEscaped();
        auto list = [](const QVector<ScopeInfo> &scopes) -> QString {
            QString items;
            for (const ScopeInfo &sc : scopes)
                items += QStringLiteral("<li><b>%1</b>: %2</li>")
                             .arg(sc.name.toHtmlEscaped(), tr("without it, no %1").arg(sc.disables).toHtmlEscaped());
            return QStringLiteral("<ul>") + items + QStringLiteral("</ul>");
        };
        if (!result.missingReadOnly.isEmpty())
            html += QStringLiteral("<p>") + errorStyle(tr("Missing for sync:")) + list(result.missingReadOnly)
                + tr("Tick them on the App Console's Permissions tab, press Submit, then authorize again.")
                      .toHtmlEscaped()
                + QStringLiteral("</p>");
        if (!result.missingProvisioning.isEmpty())
            html += QStringLiteral("<p>") + tr("Missing for provisioning (read-only use works):").toHtmlEscaped()
                + list(result.missingProvisioning) + QStringLiteral("</p>");
        if (result.missingReadOnly.isEmpty() && result.missingProvisioning.isEmpty())
            html += QStringLiteral("<p>") + tr("Every permission this app uses is granted.").toHtmlEscaped()
                + QStringLiteral("</p>");
        // Optional: the last sign-in of each member (Read sign-in activity) reads the team log.
        if (!result.grantedScopes.contains(Scopes::signInActivity()))
            html += QStringLiteral("<p>")
                + tr("Optional, for each member's last sign-in: %1. Tick it on the App Console's Permissions tab, "
                     "press Submit, then authorize again.")
                      .arg(Scopes::signInActivity())
                      .toHtmlEscaped()
                + QStringLiteral("</p>");
    }
    m_ui->scopesLabel->setText(html);
    const bool canProvision = !result.scopesKnown() || result.missingProvisioning.isEmpty();
    m_ui->provisioningCheck->setEnabled(canProvision);
    m_ui->provisioningCheck->setChecked(canProvision
                                        && (s.info.id.isEmpty() ? result.scopesKnown() : s.info.provisioning));
    Q_EMIT completeChanged();
}

bool VerifyPage::isComplete() const { return state().verifiedOk; }

bool VerifyPage::validatePage()
{
    state().info.provisioning = m_ui->provisioningCheck->isEnabled() && m_ui->provisioningCheck->isChecked();
    return true;
}

// ---- ConductorOne --------------------------------------------------------------------------

ConductorOnePage::ConductorOnePage(QWidget *parent) : WizardPageBase(parent), m_ui(new Ui::WizardConductorOnePage)
{
    m_ui->setupUi(this);
    setTitle(tr("ConductorOne (optional)"));
    setSubTitle(tr("To push syncs to ConductorOne and take its tasks. Leave both empty to skip."));
    m_ui->introLabel->setText(tr("In ConductorOne: Integrations > Connectors > your Dropbox connector > "
                                 "Settings > Edit: create a client credential and copy both values."));
    m_ui->clientIdLabel->setText(tr("Client &ID:"));
    m_ui->clientIdEdit->setPlaceholderText(QStringLiteral("name@tenant.conductor.one/suffix"));
    m_ui->clientSecretLabel->setText(tr("Client &secret:"));
    m_ui->clientSecretEdit->setPlaceholderText(QStringLiteral("secret-token:conductorone.com:v1:…"));
    for (QLineEdit *e : {m_ui->clientIdEdit, m_ui->clientSecretEdit}) {
        connect(e, &QLineEdit::textChanged, this, [this] {
            m_ui->problemLabel->setText(problem());
            Q_EMIT completeChanged();
        });
    }
}

ConductorOnePage::~ConductorOnePage() = default;

void ConductorOnePage::initializePage()
{
    if (m_ui->clientIdEdit->text().isEmpty())
        m_ui->clientIdEdit->setText(state().info.c1ClientId);
}

QString ConductorOnePage::problem() const
{
    const QString id = m_ui->clientIdEdit->text().trimmed();
    const QString secret = m_ui->clientSecretEdit->text().trimmed();
    if (id.isEmpty() && secret.isEmpty())
        return QString();
    auto shape = CredentialShapes::checkC1ClientId(id);
    if (shape)
        shape = CredentialShapes::checkC1ClientSecret(secret);
    return shape ? QString() : shape.error().message();
}

bool ConductorOnePage::isComplete() const { return problem().isEmpty(); }

bool ConductorOnePage::validatePage()
{
    state().info.c1ClientId = m_ui->clientIdEdit->text().trimmed();
    state().secrets.c1ClientSecret = m_ui->clientSecretEdit->text().trimmed();
    return true;
}

// ---- Finish --------------------------------------------------------------------------------

FinishPage::FinishPage(QWidget *parent) : WizardPageBase(parent), m_ui(new Ui::WizardFinishPage)
{
    m_ui->setupUi(this);
    setTitle(tr("Finish"));
    setFinalPage(true);
    m_ui->sessionOnlyCheck->setText(tr("Keep the credentials for &this session only (you will "
                                       "authorize again after restarting the app)"));
    m_ui->sessionOnlyCheck->setVisible(false);
    m_ui->deployGroup->setTitle(tr("Self-hosted connector (optional)"));
    m_ui->deployWarningLabel->setText(
        tr("Write the seed's Kubernetes manifests (baton-dropbox-secrets.yaml, baton-dropbox.yaml) "
           "and an env file, filled in with these credentials.")
        + QLatin1Char(' ') + DeploymentFiles::warning());
    m_ui->saveFilesButton->setText(tr("Save &manifests and env file…"));
    connect(m_ui->sessionOnlyCheck, &QCheckBox::toggled, this, &FinishPage::completeChanged);
    connect(m_ui->saveFilesButton, &QPushButton::clicked, this, &FinishPage::saveDeploymentFiles);
}

FinishPage::~FinishPage() = default;

void FinishPage::initializePage()
{
    WizardState &s = state();
    if (s.info.id.isEmpty())
        s.info.id = ConnectionRegistry::newId(); // a new connection: its database is named now
    if (s.info.dbPath.isEmpty())
        s.info.dbPath = ConnectionRegistry::defaultDbPath(s.info.id);
    QString summary = tr("<p><b>%1</b></p>").arg(s.verified.authorizedAs().toHtmlEscaped());
    summary += tr("<p>Connection: %1<br>Snapshot database: %2<br>Provisioning: %3<br>ConductorOne: %4</p>")
                   .arg(s.info.name.toHtmlEscaped(), QDir::toNativeSeparators(s.info.dbPath).toHtmlEscaped(),
                        s.info.provisioning ? tr("allowed") : tr("off (read-only)"),
                        s.info.c1ClientId.isEmpty() ? tr("not set") : s.info.c1ClientId.toHtmlEscaped());
    m_ui->summaryLabel->setText(summary);
    m_ui->saveErrorLabel->clear();
    m_ui->filesLabel->clear();
    m_backend = Backend::Checking;
    m_ui->storageLabel->setText(tr("Checking the system keychain…"));
    m_ui->sessionOnlyCheck->setVisible(false);
    m_ui->sessionOnlyCheck->setChecked(false);
    Q_EMIT completeChanged();
    const quint64 generation = ++m_probeGeneration;
    QPointer<FinishPage> self(this);
    connectionWizard()->registry().secretStore()->probe([self, generation](const SecretError &e) {
        if (self && generation == self->m_probeGeneration)
            self->onProbed(e);
    });
}

void FinishPage::onProbed(const SecretError &error)
{
    m_backendError = error;
    SecretStore *store = connectionWizard()->registry().secretStore();
    if (!error.isError()) {
        m_backend = Backend::Available;
        const QString where = store->isPersistent()
            ? tr("%1 (service \"%2\")")
                  .arg(store->description(), QString::fromLatin1(KeychainSecretStore::kServiceName))
            : store->description();
        m_ui->storageLabel->setText(tr("The app secret, the refresh token and the ConductorOne secret "
                                       "will be stored in %1. Other settings go to the app's settings "
                                       "file.")
                                        .arg(where));
    } else {
        m_backend = Backend::Missing;
        m_ui->storageLabel->setText(errorStyle(error.message()) + QStringLiteral("<br>")
                                    + tr("Secrets are never written to disk in plain text.").toHtmlEscaped());
        m_ui->sessionOnlyCheck->setVisible(true);
    }
    Q_EMIT completeChanged();
}

bool FinishPage::isComplete() const
{
    return m_backend == Backend::Available || (m_backend == Backend::Missing && m_ui->sessionOnlyCheck->isChecked());
}

bool FinishPage::validatePage()
{
    WizardState &s = state();
    s.info.sessionOnly = m_backend != Backend::Available;
    bool done = false;
    SecretError error;
    ConnectionInfo saved;
    QEventLoop loop;
    // Keychain jobs are asynchronous; the page must answer now, so wait here (input excluded).
    connectionWizard()->registry().save(s.info, s.secrets, [&](const ConnectionInfo &info, const SecretError &e) {
        saved = info;
        error = e;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (error.isError()) {
        m_ui->saveErrorLabel->setText(errorStyle(error.message()));
        if (error.kind == SecretError::Kind::NoBackend) {
            m_backend = Backend::Missing;
            m_ui->sessionOnlyCheck->setVisible(true);
            Q_EMIT completeChanged();
        }
        return false;
    }
    s.info = saved;
    connectionWizard()->setSaved(saved.id);
    return true;
}

void FinishPage::saveDeploymentFiles()
{
    const WizardState &s = state();
    if (QMessageBox::warning(this, tr("Files with secrets"), DeploymentFiles::warning(),
                             QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Save)
        return;
    const QString dir
        = QFileDialog::getExistingDirectory(this, tr("Folder for the manifests and env file"),
                                            QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    if (dir.isEmpty())
        return;
    DeploymentValues v;
    v.appKey = s.info.appKey;
    v.appSecret = s.secrets.appSecret;
    v.refreshToken = s.secrets.refreshToken;
    v.c1ClientId = s.info.c1ClientId;
    v.c1ClientSecret = s.secrets.c1ClientSecret;
    v.baseUrl = s.info.baseUrl;
    v.provisioning = s.info.provisioning;
    const Expected<QStringList> files = DeploymentFiles::writeAll(dir, v);
    if (!files) {
        m_ui->filesLabel->setText(errorStyle(files.error().message()));
        return;
    }
    QStringList written = *files;
    for (QString &p : written)
        p = QDir::toNativeSeparators(p);
    m_ui->filesLabel->setText(tr("Written (mode 0600): %1").arg(written.join(QStringLiteral(", "))).toHtmlEscaped());
}

} // namespace dbx::gui
