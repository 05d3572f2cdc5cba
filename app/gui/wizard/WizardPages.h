#pragma once
// The pages of ConnectionWizard (internal to the wizard; forms in ui/forms/wizard*.ui).

#include "auth/Pkce.h"
#include "wizard/ConnectionWizard.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class WizardPreparePage;
class WizardCredentialsPage;
class WizardAuthorizePage;
class WizardVerifyPage;
class WizardConductorOnePage;
class WizardFinishPage;
} // namespace Ui

namespace dbx {
class AuthorizationFlow;
class TokenEndpoint;
} // namespace dbx

namespace dbx::gui {

class WizardPageBase : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

protected:
    ConnectionWizard *connectionWizard() const { return static_cast<ConnectionWizard *>(wizard()); }
    WizardState &state() const { return connectionWizard()->state(); }
};

class PreparePage : public WizardPageBase
{
    Q_OBJECT
public:
    explicit PreparePage(QWidget *parent = nullptr);
    ~PreparePage() override;

private:
    void copy(const QString &text);
    std::unique_ptr<Ui::WizardPreparePage> m_ui;
};

class CredentialsPage : public WizardPageBase
{
    Q_OBJECT
public:
    explicit CredentialsPage(QWidget *parent = nullptr);
    ~CredentialsPage() override;
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QString problem() const;
    QUrl baseUrl() const;
    void updateProblem();
    std::unique_ptr<Ui::WizardCredentialsPage> m_ui;
    bool m_initialized = false;
};

class AuthorizePage : public WizardPageBase
{
    Q_OBJECT
public:
    explicit AuthorizePage(QWidget *parent = nullptr);
    ~AuthorizePage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void updateRedirectUri();
    void updateMode();
    void startBrowser();
    void openPasteUrl();
    void exchangePastedCode();
    void onFinished(const Expected<TokenGrant> &result);
    void setStatus(const QString &text, bool error = false);
    void setBusy(bool busy);

    std::unique_ptr<Ui::WizardAuthorizePage> m_ui;
    AuthorizationFlow *m_flow;
    TokenEndpoint *m_exchange = nullptr;
    Pkce m_pastePkce;
};

class VerifyPage : public WizardPageBase
{
    Q_OBJECT
public:
    explicit VerifyPage(QWidget *parent = nullptr);
    ~VerifyPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void verify();
    void onVerified(const Expected<Verification> &result);
    std::unique_ptr<Ui::WizardVerifyPage> m_ui;
    CredentialVerifier *m_verifier;
};

class ConductorOnePage : public WizardPageBase
{
    Q_OBJECT
public:
    explicit ConductorOnePage(QWidget *parent = nullptr);
    ~ConductorOnePage() override;
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QString problem() const;
    std::unique_ptr<Ui::WizardConductorOnePage> m_ui;
};

class FinishPage : public WizardPageBase
{
    Q_OBJECT
public:
    explicit FinishPage(QWidget *parent = nullptr);
    ~FinishPage() override;
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void onProbed(const SecretError &error);
    void saveDeploymentFiles();
    std::unique_ptr<Ui::WizardFinishPage> m_ui;
    enum class Backend {
        Checking,
        Available,
        Missing
    } m_backend = Backend::Checking;
    SecretError m_backendError;
    quint64 m_probeGeneration = 0;
};

} // namespace dbx::gui
