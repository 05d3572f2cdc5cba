#include "provision/ProvisioningController.h"

#include "GuiLog.h"
#include "MainWindow.h"
#include "provision/AuditView.h"
#include "provision/LifecycleActions.h"
#include "provision/ProvisionDialogs.h"
#include "provision/RunDialogs.h"
#include "views/DetailPane.h"
#include "views/FlowLayout.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dbx::gui {

namespace {

constexpr int kConfirmLines = 8; // consequences listed before "... and N more"

// Still on the team (removed accounts stay listed, greyed, but take no changes).
bool isCurrent(const Account &a) { return a.status != AccountStatus::Removed; }

} // namespace

ProvisioningController *installProvisioning(MainWindow *window)
{
    auto *controller = new ProvisioningController(window);
    installLifecycleActions(window, controller); // groups' lifecycle, recover, resend invite, profiles
    return controller;
}

template <typename Dialog, typename Result>
bool ProvisioningController::finishRun(Running kind, Dialog *dialog, const Result &result, bool cancelled)
{
    if (m_running != kind)
        return false;
    m_running = Running::None;
    if (dialog)
        dialog->onFinished(result, cancelled);
    m_audit->refresh();
    updateActions();
    return true;
}

ProvisioningController::ProvisioningController(MainWindow *window)
    : QObject(window), m_window(window), m_audit(new AuditPage(window))
{
    setObjectName(QStringLiteral("provisioningController"));
    window->addView(m_audit, tr("Audit"));

    // One row per action: object name (tests and action() find it by that), text, tool tip, slot.
    struct Spec {
        const char *name;
        const char *text;
        const char *tip;
        void (ProvisioningController::*slot)();
    };
    static const Spec specs[] = {
        {"createAccountAction",
         QT_TR_NOOP("Create account..."),
                    QT_TR_NOOP("Invite a new member to the team"), &ProvisioningController::createAccount},
         {"removeAccountsAction",
          QT_TR_NOOP("Remove..."),
                     QT_TR_NOOP("Remove the selected members from the team (you choose what happens to their files)"),
                                &ProvisioningController::removeSelected},
          {"suspendAction",
           QT_TR_NOOP("Suspend..."),
                      QT_TR_NOOP("Stop the selected members from signing in"),
                                 &ProvisioningController::suspendSelected},
           {"unsuspendAction",
            QT_TR_NOOP("Unsuspend"),
                       QT_TR_NOOP("Let the selected suspended members sign in again"),
                                  &ProvisioningController::unsuspendSelected},
            {"setRoleAction",
             QT_TR_NOOP("Set role..."),
                        QT_TR_NOOP("Give the selected members an admin role (replacing the one they hold)"),
                                   &ProvisioningController::setRoleOfSelected},
             {"clearRoleAction",
              QT_TR_NOOP("Clear role"),
                         QT_TR_NOOP("Take the admin role away from the selected members"),
                                    &ProvisioningController::clearRoleOfSelected},
              {"addToGroupAction",
               QT_TR_NOOP("Add to group..."),
                          QT_TR_NOOP("Add the selected members to groups, as members or owners"),
                                     &ProvisioningController::addSelectedToGroup},
               {"removeFromGroupAction",
                QT_TR_NOOP("Remove from group..."),
                           QT_TR_NOOP("Remove the selected members from some of their groups"),
                                      &ProvisioningController::removeSelectedFromGroup},
                {"makeOwnerAction",
                 QT_TR_NOOP("Make group owner..."),
                            QT_TR_NOOP("Make the selected members owners of groups they are in"),
                                       &ProvisioningController::makeSelectedOwners},
                 {"makeMemberAction",
                  QT_TR_NOOP("Make group member..."),
                             QT_TR_NOOP("Turn owners into plain members of groups (without removing them)"),
                                        &ProvisioningController::makeSelectedMembers},
                  {"addGroupMembersAction",
                   QT_TR_NOOP("Add members..."),
                              QT_TR_NOOP("Add members to the selected groups by email"),
                                         &ProvisioningController::addMembersToSelectedGroups},
                   {"clearRoleHoldersAction",
                    QT_TR_NOOP("Clear role from its holders..."),
                               QT_TR_NOOP("Take the selected roles away from everyone who holds them"),
                                          &ProvisioningController::clearSelectedRolesFromHolders},
                   };
    for (const Spec &s : specs)
        m_actions.add(this, QString::fromLatin1(s.name), tr(s.text), tr(s.tip), s.slot);
    const auto named = [this](std::initializer_list<const char *> names) {
        QList<QAction *> out;
        for (const char *name : names)
            out << action(QString::fromLatin1(name));
        return out;
    };
    QAction *plan = new QAction(tr("Apply plan (CSV)..."), this);
    plan->setObjectName(QStringLiteral("applyPlanAction"));
    plan->setToolTip(tr("Preview and apply a CSV plan: action,email_or_id,group_or_role,options"));
    connect(plan, &QAction::triggered, this, [this] { openPlan(); });
    m_actions.append(plan);
    m_accountActions
        = named({"removeAccountsAction", "suspendAction", "unsuspendAction", "setRoleAction", "clearRoleAction",
                 "addToGroupAction", "removeFromGroupAction", "makeOwnerAction", "makeMemberAction"});

    QMenu *menu = window->menu(MainWindow::Menu::Actions);
    menu->addSeparator();
    menu->addActions(named({"createAccountAction"}) + m_accountActions);
    menu->addSeparator();
    menu->addActions(named({"addGroupMembersAction", "clearRoleHoldersAction"}));
    menu->addSeparator();
    menu->addAction(plan);

    window->mainToolBar()->addActions(
        named({"createAccountAction", "removeAccountsAction", "suspendAction", "addToGroupAction", "applyPlanAction"}));

    if (QMenu *accounts = window->contextMenu(MainWindow::View::Accounts))
        accounts->addActions(m_accountActions);
    if (QMenu *groups = window->contextMenu(MainWindow::View::Groups))
        groups->addActions(named({"addGroupMembersAction"}));
    if (QMenu *roles = window->contextMenu(MainWindow::View::Roles))
        roles->addActions(named({"clearRoleHoldersAction"}));

    // The detail pane of an account offers the common changes under the profile.
    if (DetailPane *pane = window->detailPane()) {
        if (auto *paneLayout = qobject_cast<QVBoxLayout *>(pane->layout())) {
            m_detailBar = new QWidget(pane);
            m_detailBar->setObjectName(QStringLiteral("detailProvisionBar"));
            // Wraps: in German the five buttons alone would make the window wider than the screen.
            auto *row = new FlowLayout(m_detailBar);
            row->setContentsMargins(0, 4, 0, 4);
            for (QAction *a : named({"suspendAction", "unsuspendAction", "setRoleAction", "addToGroupAction",
                                     "removeAccountsAction"})) {
                auto *button = new QToolButton(m_detailBar);
                button->setDefaultAction(a);
                row->addWidget(button);
            }
            paneLayout->addWidget(m_detailBar);
            m_detailBar->hide();
        }
    }

    connect(window, &MainWindow::selectionChanged, this, &ProvisioningController::updateActions);
    connect(window, &MainWindow::snapshotShown, this, [this] {
        updateActions();
        // The first snapshot of a connection: show its audit log.
        if (m_audit->model()->rowCount() == 0)
            m_audit->refresh();
    });

    ConnectorWorker *worker = window->worker();
    connect(worker, &ConnectorWorker::operationProgress, this, [this](const ProvisionProgress &p) {
        if (m_running == Running::Operations && m_runDialogWidget)
            m_runDialogWidget->onProgress(p);
        else if (m_running == Running::Plan && m_planDialog)
            m_planDialog->onProgress(p);
    });
    connect(worker, &ConnectorWorker::operationFinished, this, [this](const OperationResult &r) {
        if (m_running == Running::Operations && m_runDialogWidget)
            m_runDialogWidget->onOperationFinished(r);
    });
    connect(worker, &ConnectorWorker::provisionFinished, this,
            [this](const QVector<OperationResult> &results, bool cancelled) {
                // The worker has already sent the patched snapshot (snapshotLoaded) before this.
                if (!finishRun(Running::Operations, m_runDialogWidget.data(), results, cancelled))
                    return;
                qCInfo(lcGui) << "provisioning run finished:" << results.size() << "items, cancelled" << cancelled;
                emit runFinished(results, cancelled);
            });
    connect(worker, &ConnectorWorker::interruptedReconciled, this, [this](const QVector<OperationResult> &results) {
        // Changes an earlier run sent without hearing back: read back on opening; the Audit tab
        // shows each with what Dropbox holds now.
        m_audit->refresh();
        const int unknown = countOutcomes(results).unknown;
        m_window->statusBar()->showMessage(
            unknown
                ? tr("%n change(s) of an interrupted run were checked with Dropbox; %1 still unknown: sync to confirm "
                     "(see the Audit tab).",
                     nullptr, int(results.size()))
                      .arg(unknown)
                : tr("%n change(s) of an interrupted run were checked with Dropbox (see the Audit tab).", nullptr,
                     int(results.size())),
            15000);
    });
    connect(worker, &ConnectorWorker::planPreviewed, this, [this](const Plan &p) {
        if (!m_awaitingPreview || !m_planDialog)
            return;
        m_awaitingPreview = false;
        m_planDialog->setPlan(p, false);
        m_planDialog->show();
        m_planDialog->raise();
    });
    connect(worker, &ConnectorWorker::planFinished, this, [this](const Plan &p, bool cancelled) {
        if (!finishRun(Running::Plan, m_planDialog.data(), p, cancelled))
            return;
        // Plans patch the store like single changes; the window shows the patched run.
        m_window->reloadSnapshot();
        emit planApplied(p, cancelled);
    });
    updateActions();
}

QAction *ProvisioningController::action(const QString &objectName) const { return m_actions.find(objectName); }

RunDialog *ProvisioningController::runDialog() const { return m_runDialogWidget.data(); }

PlanDialog *ProvisioningController::planDialog() const { return m_planDialog.data(); }

QVector<Account> ProvisioningController::selectedAccounts(const std::function<bool(const Account &)> &keep) const
{
    QVector<Account> out;
    const TeamIndexPtr team = m_window->team();
    for (const QString &id : m_window->selectedAccountIds()) {
        if (const Account *a = team->account(id); a && keep(*a))
            out << *a;
    }
    return out;
}

template <typename Dialog>
void ProvisioningController::runAccountsDialog(const std::function<bool(const Account &)> &keep, const QString &title)
{
    if (refuseIfDisabled())
        return;
    Dialog dialog(m_window->snapshot(), selectedAccounts(keep), m_window);
    if (execDialog(&dialog) != QDialog::Accepted)
        return;
    run(dialog.operations(), title);
}

void ProvisioningController::runForSelected(const std::function<bool(const Account &)> &keep,
                                            Operation (*op)(const UserSelector &), const QString &title)
{
    QVector<Operation> ops;
    for (const Account &a : selectedAccounts(keep))
        ops << op(UserSelector::byId(a.teamMemberId));
    run(ops, title);
}

void ProvisioningController::updateActions()
{
    const bool ready = m_window->hasConnection() && m_window->snapshot().runId > 0 && !isRunning();
    bool anyCurrent = false, anyActive = false, anySuspended = false, anyRole = false;
    const TeamIndexPtr team = m_window->team();
    for (const QString &id : m_window->selectedAccountIds()) {
        const Account *a = team->account(id);
        if (!a || a->status == AccountStatus::Removed)
            continue;
        anyCurrent = true;
        anyActive = anyActive || a->status == AccountStatus::Active || a->status == AccountStatus::Invited;
        anySuspended = anySuspended || a->status == AccountStatus::Suspended;
        anyRole = anyRole || !a->roleId.isEmpty();
    }
    for (QAction *a : std::as_const(m_accountActions))
        a->setEnabled(ready && anyCurrent);
    action(QStringLiteral("suspendAction"))->setEnabled(ready && anyActive);
    action(QStringLiteral("unsuspendAction"))->setEnabled(ready && anySuspended);
    action(QStringLiteral("clearRoleAction"))->setEnabled(ready && anyRole);
    action(QStringLiteral("createAccountAction"))->setEnabled(ready);
    action(QStringLiteral("applyPlanAction"))->setEnabled(ready);
    action(QStringLiteral("addGroupMembersAction"))->setEnabled(ready && !m_window->selectedGroupIds().isEmpty());
    action(QStringLiteral("clearRoleHoldersAction"))->setEnabled(ready && !m_window->selectedRoleIds().isEmpty());
    if (m_detailBar) {
        QString kind, id;
        const bool account = m_window->detailPane()
            && DetailPane::parseObjectUrl(m_window->detailPane()->currentObject(), &kind, &id)
            && kind == QLatin1String("account") && m_window->selectedAccountIds().contains(id);
        m_detailBar->setVisible(account && m_window->hasConnection());
    }
}

QString ProvisioningController::refusal() const
{
    if (!m_window->hasConnection())
        return tr("No Dropbox team is connected yet. Set up a connection first.");
    const ConnectionConfig c = m_window->connection();
    if (!c.provisioning) {
        return tr("Provisioning is off for the connection \"%1\", so nothing was changed. To allow changes, turn on "
                  "\"Allow provisioning\" for it in Connection > Manage connections (the headless connector uses "
                  "--provisioning or BATON_PROVISIONING=true).")
            .arg(c.name);
    }
    return QString();
}

bool ProvisioningController::refuseIfDisabled()
{
    const QString message = refusal();
    if (message.isEmpty())
        return false;
    QAction *manage = m_window->findChild<QAction *>(QStringLiteral("manageConnectionsAction"));
    if (manage && m_window->hasConnection())
        m_window->showMessage(message, true, tr("Manage connections..."), [manage] { manage->trigger(); });
    else
        m_window->showMessage(message, true);
    qCInfo(lcGui) << "provisioning refused:" << message;
    emit refused(message);
    return true;
}

int ProvisioningController::execDialog(QDialog *dialog) { return m_runDialog ? m_runDialog(dialog) : dialog->exec(); }

bool ProvisioningController::confirm(const QVector<Operation> &operations, const QString &title, const QString &doText)
{
    const Snapshot &snapshot = m_window->snapshot();
    QStringList lines;
    for (int i = 0; i < operations.size() && i < kConfirmLines; ++i)
        lines << operations.at(i).confirmationText(&snapshot);
    if (operations.size() > kConfirmLines)
        lines << tr("... and %1 more like these.").arg(operations.size() - kConfirmLines);
    QString text = operations.size() == 1 ? lines.constFirst()
                                          : tr("%1 changes will be sent to Dropbox:").arg(operations.size())
            + QStringLiteral("\n\n") + lines.join(QStringLiteral("\n\n"));
    if (m_confirm)
        return m_confirm(title, text, doText);
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("provisionConfirmBox"));
    QPushButton *go = box.addButton(doText, QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

bool ProvisioningController::run(const QVector<Operation> &operations, const QString &title, bool confirmed)
{
    if (refuseIfDisabled())
        return false;
    if (operations.isEmpty()) {
        const QString message = tr("Nothing to change: select the members first.");
        m_window->showMessage(message, false);
        emit refused(message);
        return false;
    }
    if (isRunning() || m_window->isSyncing()) {
        const QString message = tr("Wait for the running sync or change to finish first.");
        m_window->showMessage(message, false);
        emit refused(message);
        return false;
    }
    const bool destructive = std::any_of(operations.cbegin(), operations.cend(),
                                         [](const Operation &op) { return isDestructive(op.type); });
    if (destructive && !confirmed && !confirm(operations, title, title)) {
        m_window->statusBar()->showMessage(tr("Cancelled: nothing was changed."), 8000);
        return false;
    }
    if (m_runDialogWidget)
        m_runDialogWidget->close();
    m_runDialogWidget = new RunDialog(title, operations, m_window->snapshot(), m_window);
    connect(m_runDialogWidget, &RunDialog::cancelRequested, m_window->worker(), &ConnectorWorker::cancel);
    m_runDialogWidget->show();
    m_running = Running::Operations;
    updateActions();
    qCInfo(lcGui) << "provisioning" << operations.size() << "items:" << title;
    m_window->worker()->provision(operations);
    return true;
}

// ------------------------------------------------------------------------------------ actions

void ProvisioningController::createAccount()
{
    if (refuseIfDisabled())
        return;
    CreateAccountDialog dialog(m_window->snapshot(), m_window);
    if (execDialog(&dialog) != QDialog::Accepted)
        return;
    run({dialog.operation()}, tr("Create account"), true);
}

void ProvisioningController::removeSelected()
{
    runAccountsDialog<RemoveAccountsDialog>(isCurrent, tr("Remove from the team"));
}

void ProvisioningController::suspendSelected()
{
    runAccountsDialog<SuspendDialog>(
        [](const Account &a) { return a.status == AccountStatus::Active || a.status == AccountStatus::Invited; },
        tr("Suspend"));
}

void ProvisioningController::unsuspendSelected()
{
    runForSelected([](const Account &a) { return a.status == AccountStatus::Suspended; }, &Operation::unsuspend,
                   tr("Unsuspend"));
}

void ProvisioningController::setRoleOfSelected() { runAccountsDialog<SetRoleDialog>(isCurrent, tr("Set admin role")); }

void ProvisioningController::clearRoleOfSelected()
{
    runForSelected([](const Account &a) { return isCurrent(a) && !a.roleId.isEmpty(); }, &Operation::clearRole,
                   tr("Clear admin role"));
}

void ProvisioningController::groupChange(int mode, AccessType access)
{
    if (refuseIfDisabled())
        return;
    const QVector<Account> accounts = selectedAccounts(isCurrent);
    if (accounts.isEmpty()) {
        run({}, QString());
        return;
    }
    const auto m = GroupMembershipDialog::Mode(mode);
    // Groups are picked in the form: a selection left in the Groups view is not a choice made here.
    GroupMembershipDialog dialog(m, m_window->snapshot(), accounts, {}, m_window);
    dialog.setAccess(access);
    if (execDialog(&dialog) != QDialog::Accepted)
        return;
    QString title;
    switch (m) {
    case GroupMembershipDialog::Mode::Add: title = tr("Add to group"); break;
    case GroupMembershipDialog::Mode::Remove: title = tr("Remove from group"); break;
    case GroupMembershipDialog::Mode::SetAccess:
        title = access == AccessType::Owner ? tr("Make group owner") : tr("Make group member");
        break;
    }
    run(dialog.operations(), title);
}

void ProvisioningController::addSelectedToGroup()
{
    groupChange(int(GroupMembershipDialog::Mode::Add), AccessType::Member);
}

void ProvisioningController::removeSelectedFromGroup()
{
    groupChange(int(GroupMembershipDialog::Mode::Remove), AccessType::Member);
}

void ProvisioningController::makeSelectedOwners()
{
    groupChange(int(GroupMembershipDialog::Mode::SetAccess), AccessType::Owner);
}

void ProvisioningController::makeSelectedMembers()
{
    groupChange(int(GroupMembershipDialog::Mode::SetAccess), AccessType::Member);
}

void ProvisioningController::addMembersToSelectedGroups()
{
    if (refuseIfDisabled())
        return;
    GroupMembershipDialog dialog(GroupMembershipDialog::Mode::Add, m_window->snapshot(), {},
                                 m_window->selectedGroupIds(), m_window);
    if (execDialog(&dialog) != QDialog::Accepted)
        return;
    run(dialog.operations(), tr("Add to group"));
}

void ProvisioningController::clearSelectedRolesFromHolders()
{
    const TeamIndexPtr team = m_window->team();
    QVector<Operation> ops;
    for (const QString &roleId : m_window->selectedRoleIds()) {
        const int r = team->roleIndex(roleId);
        if (r < 0)
            continue;
        for (int account : team->holdersOfRole.at(r)) {
            const Account &a = team->snapshot.accounts.at(account);
            if (a.status != AccountStatus::Removed)
                ops << Operation::clearRole(UserSelector::byId(a.teamMemberId));
        }
    }
    run(ops, tr("Clear admin role"));
}

// -------------------------------------------------------------------------------------- plans

void ProvisioningController::openPlan(const QString &requestedPath)
{
    if (!m_window->hasConnection()) {
        refuseIfDisabled();
        return;
    }
    QString path = requestedPath;
    if (path.isEmpty()) {
        path = m_openPath
            ? m_openPath()
            : QFileDialog::getOpenFileName(m_window, tr("Open a provisioning plan"),
                                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                           tr("CSV files (*.csv);;All files (*)"));
        if (path.isEmpty())
            return;
    }
    if (m_planDialog && !isRunning())
        m_planDialog->close();
    m_planDialog = new PlanDialog(m_window);
    // Previewing is reading only, so it works with provisioning off; Apply then explains.
    m_planDialog->setApplyRefusal(refusal());
    connect(m_planDialog, &PlanDialog::applyRequested, this, [this](const Plan &plan) {
        if (refuseIfDisabled() || isRunning())
            return;
        m_running = Running::Plan;
        updateActions();
        qCInfo(lcGui) << "applying plan" << plan.source << "with" << plan.rows.size() << "rows";
        m_window->worker()->applyPlan(plan);
    });
    connect(m_planDialog, &PlanDialog::cancelRequested, m_window->worker(), &ConnectorWorker::cancel);
    connect(m_planDialog, &PlanDialog::saveReportRequested, this, &ProvisioningController::savePlanReport);
    m_awaitingPreview = true;
    m_window->worker()->loadPlan(path);
}

void ProvisioningController::savePlanReport(const Plan &plan)
{
    const QString base = QFileInfo(plan.source).completeBaseName();
    const QString path
        = m_window->askSavePath(QStringLiteral("%1-report.csv").arg(base.isEmpty() ? QStringLiteral("plan") : base),
                                tr("Save the plan report"), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const auto written = writePlanReport(plan, path); !written) {
        m_window->showMessage(written.error().message(), true);
        return;
    }
    m_window->statusBar()->showMessage(tr("Saved the report to %1").arg(QDir::toNativeSeparators(path)), 10000);
}

} // namespace dbx::gui
