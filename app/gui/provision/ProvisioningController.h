#pragma once
// Provisioning from the window: the actions (toolbar, Actions menu, the Accounts / Groups /
// Roles context menus) that create, remove, suspend and unsuspend members, set or clear their
// role, and change group membership; CSV plans; and the Audit view. Forms collect the choices,
// destructive changes are confirmed with their consequence spelled out, the changes run on the
// worker with progress and Cancel, and every run ends with a per-row result list, a refreshed
// snapshot and a refreshed audit log.
//
// installProvisioning(window) is the one line the launcher needs. Tests replace the three
// points where a person answers: setDialogRunner (forms), setConfirmer (confirmations) and
// setOpenPathProvider (the plan file).

#include "provision/ActionList.h"
#include "provision/Plan.h"
#include "provision/ProvisionTypes.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QDialog;
class QWidget;

namespace dbx::gui {

class AuditPage;
class MainWindow;
class PlanDialog;
class RunDialog;

class ProvisioningController : public QObject
{
    Q_OBJECT
public:
    explicit ProvisioningController(MainWindow *window);

    // Shows a form and returns QDialog::Accepted or Rejected; the default is dialog->exec().
    using DialogRunner = std::function<int(QDialog *dialog)>;
    // Asks "do it?" with the consequence; true = go ahead. The default is a QMessageBox.
    using Confirmer = std::function<bool(const QString &title, const QString &text, const QString &doText)>;
    using OpenPathProvider = std::function<QString()>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    void setOpenPathProvider(OpenPathProvider provider) { m_openPath = std::move(provider); }

    // By objectName: "createAccountAction", "removeAccountsAction", ...
    QAction *action(const QString &objectName) const;
    QList<QAction *> actions() const { return m_actions.all(); }
    AuditPage *auditPage() const { return m_audit; }
    // The dialog of the latest run or plan (nullptr once closed).
    RunDialog *runDialog() const;
    PlanDialog *planDialog() const;
    bool isRunning() const { return m_running != Running::None; }

    // "" when the connection allows writes; else what the admin is told.
    QString refusal() const;
    // Shows a form through the dialog runner (tests replace it); QDialog::Accepted or Rejected.
    int execDialog(QDialog *dialog);
    // Runs op on each selected account that keep says yes to, without a form.
    void runForSelected(const std::function<bool(const Account &)> &keep, Operation (*op)(const UserSelector &),
                        const QString &title);

public Q_SLOTS:
    void createAccount();
    void removeSelected();
    void suspendSelected();
    void unsuspendSelected();
    void setRoleOfSelected();
    void clearRoleOfSelected();
    void addSelectedToGroup();
    void removeSelectedFromGroup();
    void makeSelectedOwners();
    void makeSelectedMembers();
    void addMembersToSelectedGroups();
    void clearSelectedRolesFromHolders();
    // Loads a plan (empty path: asks) and shows its preview.
    void openPlan(const QString &path = QString());
    // Runs operations on the worker with the progress dialog. Destructive ones are confirmed
    // first unless confirmed is true. False when nothing was started (refused or declined).
    bool run(const QVector<dbx::Operation> &operations, const QString &title, bool confirmed = false);

Q_SIGNALS:
    void runFinished(const QVector<dbx::OperationResult> &results, bool cancelled);
    void planApplied(const dbx::Plan &plan, bool cancelled);
    // A change was refused before anything was sent (provisioning off, nothing selected, ...).
    void refused(const QString &message);

private:
    enum class Running {
        None,
        Operations,
        Plan
    };

    void updateActions();
    // A worker's finish signal: ends the run of that kind if this controller started one (false
    // otherwise: the signal is not its own), shows the outcome in the run's dialog, then the
    // audit log and the actions catch up.
    template <typename Dialog, typename Result>
    bool finishRun(Running kind, Dialog *dialog, const Result &result, bool cancelled);
    bool refuseIfDisabled();
    // The selected accounts that keep says yes to.
    QVector<Account> selectedAccounts(const std::function<bool(const Account &)> &keep) const;
    // Shows a form over those accounts (Dialog(snapshot, accounts, parent)) and runs what it asks for.
    template <typename Dialog>
    void runAccountsDialog(const std::function<bool(const Account &)> &keep, const QString &title);
    bool confirm(const QVector<dbx::Operation> &operations, const QString &title, const QString &doText);
    void groupChange(int mode, AccessType access);
    void savePlanReport(const dbx::Plan &plan);

    MainWindow *m_window;
    AuditPage *m_audit;
    ActionList m_actions;
    QList<QAction *> m_accountActions; // need selected accounts
    DialogRunner m_runDialog;
    Confirmer m_confirm;
    OpenPathProvider m_openPath;
    Running m_running = Running::None;
    bool m_awaitingPreview = false;
    QPointer<RunDialog> m_runDialogWidget;
    QPointer<PlanDialog> m_planDialog;
    QWidget *m_detailBar = nullptr; // under an account in the detail pane
};

// Adds provisioning to the window (actions, Audit view); the controller is a child of window.
ProvisioningController *installProvisioning(MainWindow *window);

} // namespace dbx::gui
