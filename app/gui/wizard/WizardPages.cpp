#include "wizard/WizardPages.h"

#include "auth/AuthLog.h"
#include "auth/AuthorizationFlow.h"
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

#include <QClipboard>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QStyle>

namespace dbx::gui {

// ---- Prepare -------------------------------------------------------------------------------

PreparePage::PreparePage(QWidget *parent) : WizardPageBase(parent), m_ui(new Ui::WizardPreparePage)
{
    m_ui->setupUi(this);
    setTitle(tr("Prepare a Dropbox app"));
    setSubTitle(tr("What you need before you start, and what to set up in Dropbox's App Console."));
    m_ui->introLabel->setText(
        tr("<p><b>You need:</b> to be a <b>Team Admin</b> of the Dropbox team, and a Dropbox app with "
           "<b>Scoped access</b> and <b>Team</b> access (\"Full Dropbox\" or \"App folder\" does not "
           "matter for this connector).</p>"
           "<ol>"
           "<li>Open the <a href=\"https://www.dropbox.com/developers/apps\">App Console</a> and press "
           "<i>Create app</i>: choose <i>Scoped access</i>, then the access type, and name the app.</li>"
           "<li>On the <i>Permissions</i> tab, tick the scopes below and press <i>Submit</i>. Scopes "
           "are fixed when you authorize: if you add one later, authorize again.</li>"
           "<li>On the <i>Settings</i> tab, note the <i>App key</i> and <i>App secret</i> (press "
           "<i>Show</i>). To authorize in the browser, add the redirect URI shown on the Authorize "
           "page under <i>OAuth 2 &gt; Redirect URIs</i>; pasting a code needs none.</li>"
           "</ol>"));
    m_ui->readOnlyLabel->setText(tr("To sync (read-only):"));
    m_ui->provisioningLabel->setText(tr("Also, to provision:"));
    m_ui->legacyLabel->setText(tr("Older names in setup docs:"));
    m_ui->readOnlyScopesEdit->setText(Scopes::readOnly().join(QLatin1Char(' ')));
    m_ui->provisioningScopesEdit->setText(Scopes::provisioning().join(QLatin1Char(' ')));
    m_ui->legacyScopesEdit->setText(Scopes::legacyNames().join(QLatin1Char(' ')));
    m_ui->legacyScopesEdit->setToolTip(tr("The seed's setup instructions call the permissions team_data.member and "
                                          "team_data.governance. The App Console today lists the names above."));
    setupCopyButton(m_ui->copyReadOnlyButton, tr("Copy the read-only scopes"));
    setupCopyButton(m_ui->copyProvisioningButton, tr("Copy the provisioning scopes"));
    setupCopyButton(m_ui->copyLegacyButton, tr("Copy the older scope names"));
    connect(m_ui->copyReadOnlyButton, &QToolButton::clicked, this, [this] { copy(m_ui->readOnlyScopesEdit->text()); });
    connect(m_ui->copyProvisioningButton, &QToolButton::clicked, this,
            [this] { copy(m_ui->provisioningScopesEdit->text()); });
    connect(m_ui->copyLegacyButton, &QToolButton::clicked, this, [this] { copy(m_ui->legacyScopesEdit->text()); });
}

PreparePage::~PreparePage() = default;

void PreparePage::copy(const QString &text)
{
    copyToClipboard(text);
    m_ui->copiedLabel->setText(tr("Copied: %1").arg(text));
}

// ---- App credentials -----------------------------------------------------------------------

CredentialsPage::CredentialsPage(QWidget *parent) : WizardPageBase(parent), m_ui(new Ui::WizardCredentialsPage)
{
    m_ui->setupUi(this);
    setTitle(tr("App credentials"));
    setSubTitle(tr("From the App Console, Settings tab. The app secret goes to the system keychain, "
                   "never to a settings file."));
    m_ui->nameLabel->setText(tr("Connection na&me:"));
    m_ui->nameEdit->setPlaceholderText(tr("optional: the team's name is used"));
    m_ui->appKeyLabel->setText(tr("App &key:"));
    m_ui->appKeyEdit->setPlaceholderText(tr("15 letters and digits"));
    m_ui->appSecretLabel->setText(tr("App &secret:"));
    m_ui->showSecretButton->setText(tr("Show"));
    m_ui->advancedGroup->setTitle(tr("Advanced: another API base URL (simulator, testing)"));
    m_ui->baseUrlLabel->setText(tr("Base &URL:"));
    m_ui->baseUrlEdit->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    connect(m_ui->showSecretButton, &QToolButton::toggled, this,
            [this](bool on) { m_ui->appSecretEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    for (QLineEdit *e : {m_ui->appKeyEdit, m_ui->appSecretEdit, m_ui->baseUrlEdit})
        connect(e, &QLineEdit::textChanged, this, &CredentialsPage::updateProblem);
    connect(m_ui->advancedGroup, &QGroupBox::toggled, this, &CredentialsPage::updateProblem);
}

CredentialsPage::~CredentialsPage() = default;

void CredentialsPage::initializePage()
{
    if (m_initialized)
        return;
    m_initialized = true;
    const ConnectionInfo &info = state().info;
    m_ui->nameEdit->setText(info.name);
    m_ui->appKeyEdit->setText(info.appKey);
    if (!info.baseUrl.isEmpty()) {
        m_ui->advancedGroup->setChecked(true);
        m_ui->baseUrlEdit->setText(info.baseUrl.toString());
    }
    if (!info.id.isEmpty()) {
        // Re-authorizing: offer the stored app secret.
        QPointer<CredentialsPage> self(this);
        connectionWizard()->registry().loadSecrets(info.id, [self](const ConnectionSecrets &s, const SecretError &) {
            if (self && self->m_ui->appSecretEdit->text().isEmpty())
                self->m_ui->appSecretEdit->setText(s.appSecret);
        });
    }
    updateProblem();
}

QUrl CredentialsPage::baseUrl() const
{
    if (!m_ui->advancedGroup->isChecked())
        return QUrl();
    const QString text = m_ui->baseUrlEdit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

QString CredentialsPage::problem() const
{
    Expected<void> shape;
    if (m_ui->advancedGroup->isChecked())
        shape = CredentialShapes::checkBaseUrl(m_ui->baseUrlEdit->text());
    const bool strict = OAuthEndpoints::isDropbox(baseUrl());
    const QString key = m_ui->appKeyEdit->text();
    if (shape)
        shape = CredentialShapes::checkAppKey(key, strict);
    if (shape)
        shape = CredentialShapes::checkAppSecret(m_ui->appSecretEdit->text(), key, strict);
    return shape ? QString() : shape.error().message();
}

void CredentialsPage::updateProblem()
{
    const bool typed = !m_ui->appKeyEdit->text().isEmpty() || !m_ui->appSecretEdit->text().isEmpty();
    m_ui->problemLabel->setText(typed ? problem() : QString());
    Q_EMIT completeChanged();
}

bool CredentialsPage::isComplete() const { return problem().isEmpty(); }

bool CredentialsPage::validatePage()
{
    WizardState &s = state();
    const QString key = m_ui->appKeyEdit->text();
    const QString secret = m_ui->appSecretEdit->text();
    const QUrl base = baseUrl();
    if (key != s.info.appKey || secret != s.secrets.appSecret || base != s.info.baseUrl) {
        s.authorized = false; // new credentials: the old grant does not belong to them
        s.verifiedOk = false;
    }
    s.info.name = m_ui->nameEdit->text().trimmed();
    s.info.appKey = key;
    s.info.baseUrl = base;
    s.secrets.appSecret = secret;
    return true;
}

// ---- Authorize -----------------------------------------------------------------------------

AuthorizePage::AuthorizePage(QWidget *parent)
    : WizardPageBase(parent), m_ui(new Ui::WizardAuthorizePage),
      m_flow(new AuthorizationFlow(AuthorizationFlow::Options(), this))
{
    m_ui->setupUi(this);
    setTitle(tr("Authorize"));
    setSubTitle(tr("Sign in to Dropbox as a team admin and allow the app. Either way ends with a "
                   "refresh token, kept in the keychain."));
    m_ui->browserRadio->setText(tr("In the b&rowser (recommended): Dropbox sends the answer back to this app"));
    m_ui->pasteRadio->setText(tr("&Paste a code: Dropbox shows a code, you paste it here (no redirect URI needed)"));
    m_ui->portLabel->setText(tr("Local por&t:"));
    m_ui->portSpin->setMinimum(0);
    m_ui->portSpin->setSpecialValueText(tr("any free port"));
    m_ui->redirectLabel->setText(tr("Redirect URI:"));
    m_ui->redirectHelpLabel->setText(tr("Register exactly this URI in the App Console (Settings > OAuth 2 > "
                                        "Redirect URIs). Only this computer can answer on it."));
    setupCopyButton(m_ui->copyRedirectButton, tr("Copy the redirect URI"));
    m_ui->authorizeButton->setText(tr("&Open Dropbox and authorize"));
    m_ui->cancelAuthorizeButton->setText(tr("Cancel"));
    m_ui->authorizeUrlLabel->setText(tr("If no browser opened:"));
    setupCopyButton(m_ui->copyAuthorizeUrlButton, tr("Copy the authorization page's address"));
    m_ui->pasteHelpLabel->setText(tr("Open the authorization page, press Allow, then copy the code "
                                     "Dropbox shows and paste it below."));
    m_ui->openPasteUrlButton->setText(tr("Open the pa&ge"));
    setupCopyButton(m_ui->copyPasteUrlButton, tr("Copy the authorization page's address"));
    m_ui->codeLabel->setText(tr("&Code:"));
    m_ui->exchangeButton->setText(tr("&Use this code"));

    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &AuthorizePage::updateRedirectUri);
    connect(m_ui->copyRedirectButton, &QToolButton::clicked, this,
            [this] { copyToClipboard(m_ui->redirectUriEdit->text()); });
    connect(m_ui->copyAuthorizeUrlButton, &QToolButton::clicked, this,
            [this] { copyToClipboard(m_ui->authorizeUrlEdit->text()); });
    connect(m_ui->copyPasteUrlButton, &QToolButton::clicked, this,
            [this] { copyToClipboard(m_ui->pasteUrlEdit->text()); });
    connect(m_ui->browserRadio, &QRadioButton::toggled, this, &AuthorizePage::updateMode);
    connect(m_ui->authorizeButton, &QPushButton::clicked, this, &AuthorizePage::startBrowser);
    connect(m_ui->cancelAuthorizeButton, &QPushButton::clicked, m_flow, &AuthorizationFlow::cancel);
    connect(m_ui->openPasteUrlButton, &QPushButton::clicked, this, &AuthorizePage::openPasteUrl);
    connect(m_ui->exchangeButton, &QPushButton::clicked, this, &AuthorizePage::exchangePastedCode);
    connect(m_ui->codeEdit, &QLineEdit::returnPressed, this, &AuthorizePage::exchangePastedCode);

    connect(m_flow, &AuthorizationFlow::authorizeUrlReady, this,
            [this](const QUrl &url) { m_ui->authorizeUrlEdit->setText(url.toString(QUrl::FullyEncoded)); });
    connect(m_flow, &AuthorizationFlow::stageChanged, this, [this](AuthorizationFlow::Stage stage) {
        if (stage == AuthorizationFlow::Stage::WaitingForBrowser)
            setStatus(tr("Waiting for you to press Allow on Dropbox's page in the browser…"));
        else if (stage == AuthorizationFlow::Stage::ExchangingCode)
            setStatus(tr("Dropbox answered; getting the refresh token…"));
    });
    connect(m_flow, &AuthorizationFlow::finished, this, &AuthorizePage::onFinished);
    m_flow->setBrowserOpener([this](const QUrl &url) { connectionWizard()->openUrl(url); });
    updateMode();
}

AuthorizePage::~AuthorizePage() = default;

void AuthorizePage::initializePage()
{
    const ConnectionWizardOptions &o = connectionWizard()->options();
    m_ui->portSpin->setValue(o.redirectPort);
    m_ui->authorizeUrlEdit->clear();
    m_ui->pasteUrlEdit->clear();
    m_ui->codeEdit->clear();
    updateRedirectUri();
    setBusy(false);
    if (state().authorized)
        setStatus(tr("Already authorized. Press Next, or authorize again."));
    else
        setStatus(QString());
}

void AuthorizePage::cleanupPage()
{
    m_flow->cancel();
    if (m_exchange)
        m_exchange->cancel();
    setBusy(false);
}

bool AuthorizePage::isComplete() const { return state().authorized && !m_flow->isRunning(); }

void AuthorizePage::updateRedirectUri()
{
    const QString path = connectionWizard() ? connectionWizard()->options().callbackPath
                                            : QString::fromLatin1(AuthorizationFlow::kDefaultPath);
    m_ui->redirectUriEdit->setText(AuthorizationFlow::redirectUri(quint16(m_ui->portSpin->value()), path));
}

void AuthorizePage::updateMode()
{
    const bool browser = m_ui->browserRadio->isChecked();
    m_ui->browserPanel->setEnabled(browser);
    m_ui->pastePanel->setEnabled(!browser);
}

void AuthorizePage::setStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(error ? errorStyle(text) : text.toHtmlEscaped());
}

void AuthorizePage::setBusy(bool busy)
{
    m_ui->authorizeButton->setEnabled(!busy);
    m_ui->cancelAuthorizeButton->setEnabled(busy && m_flow->isRunning());
    m_ui->exchangeButton->setEnabled(!busy);
    m_ui->browserRadio->setEnabled(!busy);
    m_ui->pasteRadio->setEnabled(!busy);
    m_ui->portSpin->setEnabled(!busy);
    Q_EMIT completeChanged();
}

void AuthorizePage::startBrowser()
{
    const WizardState &s = state();
    const ConnectionWizardOptions &o = connectionWizard()->options();
    AuthorizationFlow::Options options;
    options.appKey = s.info.appKey;
    options.appSecret = s.secrets.appSecret;
    options.baseUrl = s.info.baseUrl;
    options.port = quint16(m_ui->portSpin->value());
    options.callbackPath = o.callbackPath;
    options.tokenTimeoutMs = o.tokenTimeoutMs;
    options.browserTimeoutMs = o.browserTimeoutMs;
    m_flow->setOptions(options);
    state().authorized = false;
    setBusy(true);
    m_flow->start();
    if (m_flow->isRunning())
        m_ui->redirectUriEdit->setText(m_flow->redirectUri()); // the real port when "any"
    setBusy(m_flow->isRunning());
}

void AuthorizePage::openPasteUrl()
{
    m_pastePkce = Pkce::generate();
    const QUrl url = TokenEndpoint::pasteCodeAuthorizeUrl(state().info.appKey, state().info.baseUrl, m_pastePkce);
    m_ui->pasteUrlEdit->setText(url.toString(QUrl::FullyEncoded));
    connectionWizard()->openUrl(url);
    setStatus(tr("Press Allow in the browser, then paste the code Dropbox shows."));
    m_ui->codeEdit->setFocus();
}

void AuthorizePage::exchangePastedCode()
{
    if (m_pastePkce.verifier.isEmpty()) {
        setStatus(tr("Open the authorization page first: the code belongs to that page."), true);
        return;
    }
    const WizardState &s = state();
    if (m_exchange)
        m_exchange->deleteLater();
    TokenEndpoint::Options options;
    options.appKey = s.info.appKey;
    options.appSecret = s.secrets.appSecret;
    options.baseUrl = s.info.baseUrl;
    options.timeoutMs = connectionWizard()->options().tokenTimeoutMs;
    m_exchange = new TokenEndpoint(options, this);
    connect(m_exchange, &TokenEndpoint::finished, this, &AuthorizePage::onFinished);
    state().authorized = false;
    setBusy(true);
    setStatus(tr("Exchanging the code for a refresh token…"));
    m_exchange->exchangeCode(m_ui->codeEdit->text(), m_pastePkce.verifier);
}

void AuthorizePage::onFinished(const Expected<TokenGrant> &result)
{
    WizardState &s = state();
    if (result.ok()) {
        s.grant = *result;
        s.secrets.refreshToken = result->refreshToken;
        s.authorized = true;
        s.verifiedOk = false;
        m_ui->codeEdit->clear();
        m_pastePkce = Pkce(); // a code works once
        setStatus(tr("Authorized. Press Next to check the connection."));
    } else if (result.error().kind == Error::Kind::Cancelled) {
        setStatus(result.error().message());
    } else {
        setStatus(result.error().message() + QLatin1Char(' ') + tr("You can try again."), true);
    }
    setBusy(false);
}

} // namespace dbx::gui
