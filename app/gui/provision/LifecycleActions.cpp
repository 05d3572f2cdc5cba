#include "provision/LifecycleActions.h"

#include "MainWindow.h"
#include "provision/LifecycleDialogs.h"
#include "provision/ProvisioningController.h"
#include "views/DetailPane.h"
#include "views/FlowLayout.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace dbx::gui {

namespace {
QWidget *detailBar(DetailPane *pane, const QString &name, const QList<QAction *> &actions)
{
    auto *paneLayout = pane ? qobject_cast<QVBoxLayout *>(pane->layout()) : nullptr;
    if (!paneLayout)
        return nullptr;
    auto *bar = new QWidget(pane);
    bar->setObjectName(name);
    auto *row = new FlowLayout(bar); // wraps rather than widening the window
    row->setContentsMargins(0, 4, 0, 4);
    for (QAction *a : actions) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(a);
        row->addWidget(button);
    }
    paneLayout->addWidget(bar);
    bar->hide();
    return bar;
}
} // namespace

LifecycleActions *installLifecycleActions(MainWindow *window, ProvisioningController *controller)
{
    return new LifecycleActions(window, controller);
}

LifecycleActions::LifecycleActions(MainWindow *window, ProvisioningController *controller)
    : QObject(controller), m_window(window), m_controller(controller)
{
    setObjectName(QStringLiteral("lifecycleActions"));
    QAction *create = add("newGroupAction", tr("New group..."), tr("Create a group"), &LifecycleActions::newGroup);
    QAction *rename
        = add("renameGroupAction", tr("Rename..."), tr("Rename the selected group"), &LifecycleActions::renameGroup);
    QAction *edit = add("editGroupAction", tr("Edit..."), tr("Change the selected group's external ID or management"),
                        &LifecycleActions::editGroup);
    QAction *remove = add("deleteGroupAction", tr("Delete..."),
                          tr("Delete the selected groups (their members lose access to the groups' folders)"),
                          &LifecycleActions::deleteGroups);
    QAction *recover = add("recoverAccountAction", tr("Recover"),
                           tr("Bring the selected removed members back, while Dropbox still allows it"),
                           &LifecycleActions::recoverSelected);
    QAction *resend = add("resendInviteAction", tr("Resend invite"),
                          tr("Send the selected invited members the welcome email again"),
                          &LifecycleActions::resendInviteToSelected);
    QAction *profile
        = add("editProfileAction", tr("Edit profile..."), tr("Change the selected member's name, email or external ID"),
              &LifecycleActions::editProfile);

    QMenu *menu = window->menu(MainWindow::Menu::Actions);
    menu->addSeparator();
    menu->addActions({create, rename, edit, remove});
    menu->addSeparator();
    menu->addActions({recover, resend, profile});
    window->mainToolBar()->addAction(create);
    if (QMenu *groups = window->contextMenu(MainWindow::View::Groups)) {
        groups->addSeparator();
        groups->addActions({create, rename, edit, remove});
    }
    if (QMenu *accounts = window->contextMenu(MainWindow::View::Accounts)) {
        accounts->addSeparator();
        accounts->addActions({recover, resend, profile});
    }
    m_groupBar = detailBar(window->detailPane(), QStringLiteral("detailGroupBar"), {rename, edit, remove});
    m_accountBar = detailBar(window->detailPane(), QStringLiteral("detailUpkeepBar"), {recover, resend, profile});

    connect(window, &MainWindow::selectionChanged, this, &LifecycleActions::updateActions);
    connect(window, &MainWindow::snapshotShown, this, &LifecycleActions::updateActions);
    connect(controller, &ProvisioningController::runFinished, this, &LifecycleActions::updateActions);
    updateActions();
}

QAction *LifecycleActions::add(const char *name, const QString &text, const QString &tip,
                               void (LifecycleActions::*slot)())
{
    return m_actions.add(this, QString::fromLatin1(name), text, tip, slot);
}

QAction *LifecycleActions::action(const QString &objectName) const { return m_actions.find(objectName); }

void LifecycleActions::updateActions()
{
    const bool ready = m_window->hasConnection() && m_window->snapshot().runId > 0 && !m_controller->isRunning();
    const QStringList groups = m_window->selectedGroupIds();
    action(QStringLiteral("newGroupAction"))->setEnabled(ready);
    action(QStringLiteral("renameGroupAction"))->setEnabled(ready && groups.size() == 1);
    action(QStringLiteral("editGroupAction"))->setEnabled(ready && groups.size() == 1);
    action(QStringLiteral("deleteGroupAction"))->setEnabled(ready && !groups.isEmpty());
    bool anyRecoverable = false, anyInvited = false;
    int current = 0;
    const TeamIndexPtr team = m_window->team();
    for (const QString &id : m_window->selectedAccountIds()) {
        const Account *a = team->account(id);
        if (!a)
            continue;
        anyRecoverable = anyRecoverable || (a->status == AccountStatus::Removed && a->removedIsRecoverable);
        anyInvited = anyInvited || a->status == AccountStatus::Invited;
        current += a->status != AccountStatus::Removed ? 1 : 0;
    }
    action(QStringLiteral("recoverAccountAction"))->setEnabled(ready && anyRecoverable);
    action(QStringLiteral("resendInviteAction"))->setEnabled(ready && anyInvited);
    action(QStringLiteral("editProfileAction"))->setEnabled(ready && current == 1);
    QString kind, id;
    const bool shown = m_window->detailPane()
        && DetailPane::parseObjectUrl(m_window->detailPane()->currentObject(), &kind, &id) && m_window->hasConnection();
    if (m_groupBar)
        m_groupBar->setVisible(shown && kind == QLatin1String("group") && groups.contains(id));
    if (m_accountBar)
        m_accountBar->setVisible(shown && kind == QLatin1String("account")
                                 && m_window->selectedAccountIds().contains(id));
}

bool LifecycleActions::refuse(const QString &message)
{
    m_window->showMessage(message, false);
    emit m_controller->refused(message);
    return false;
}

bool LifecycleActions::oneGroup(int *row)
{
    const QString message = m_controller->refusal();
    if (!message.isEmpty())
        return refuse(message);
    const QStringList ids = m_window->selectedGroupIds();
    if (ids.size() != 1)
        return refuse(tr("Select one group first."));
    const Snapshot &s = m_window->snapshot();
    for (int i = 0; i < s.groups.size(); ++i) {
        if (s.groups.at(i).id != ids.first())
            continue;
        if (s.groups.at(i).managementType == GroupManagementType::SystemManaged)
            return refuse(tr("\"%1\" is managed by Dropbox itself: it cannot be renamed, edited or deleted.")
                              .arg(s.groups.at(i).name));
        *row = i;
        return true;
    }
    return refuse(tr("The selected group is not in the snapshot any more; sync first."));
}

void LifecycleActions::newGroup()
{
    if (const QString message = m_controller->refusal(); !message.isEmpty()) {
        refuse(message);
        return;
    }
    runGroupDialog(GroupDialog::Mode::Create, Group(), tr("New group"));
}

void LifecycleActions::renameGroup()
{
    int row = -1;
    if (oneGroup(&row))
        runGroupDialog(GroupDialog::Mode::Rename, m_window->snapshot().groups.at(row), tr("Rename group"));
}

void LifecycleActions::editGroup()
{
    int row = -1;
    if (oneGroup(&row))
        runGroupDialog(GroupDialog::Mode::Edit, m_window->snapshot().groups.at(row), tr("Edit group"));
}

void LifecycleActions::runGroupDialog(GroupDialog::Mode mode, const Group &group, const QString &title)
{
    GroupDialog dialog(mode, m_window->snapshot(), group, m_window);
    if (m_controller->execDialog(&dialog) == QDialog::Accepted)
        m_controller->run({dialog.operation()}, title);
}

void LifecycleActions::deleteGroups()
{
    const TeamIndexPtr team = m_window->team();
    QVector<Operation> ops;
    for (const QString &id : m_window->selectedGroupIds()) {
        const Group *g = team->group(id);
        if (g && g->managementType == GroupManagementType::SystemManaged) {
            refuse(tr("\"%1\" is managed by Dropbox itself: it cannot be deleted.").arg(g->name));
            return;
        }
        ops << Operation::deleteGroup(id);
    }
    // Deleting is destructive: the controller asks first, naming how many members lose access.
    m_controller->run(ops, ops.size() == 1 ? tr("Delete group") : tr("Delete %1 groups").arg(ops.size()));
}

void LifecycleActions::recoverSelected()
{
    m_controller->runForSelected([](const Account &a) { return a.status == AccountStatus::Removed; },
                                 &Operation::recoverAccount, tr("Recover accounts"));
}

void LifecycleActions::resendInviteToSelected()
{
    m_controller->runForSelected([](const Account &a) { return a.status == AccountStatus::Invited; },
                                 &Operation::resendInvite, tr("Resend invites"));
}

void LifecycleActions::editProfile()
{
    if (const QString message = m_controller->refusal(); !message.isEmpty()) {
        refuse(message);
        return;
    }
    const TeamIndexPtr team = m_window->team();
    const QStringList ids = m_window->selectedAccountIds();
    const Account *a = ids.size() == 1 ? team->account(ids.first()) : nullptr;
    if (!a || a->status == AccountStatus::Removed) {
        refuse(tr("Select one member of the team first."));
        return;
    }
    ProfileDialog dialog(m_window->snapshot(), *a, m_window);
    if (m_controller->execDialog(&dialog) != QDialog::Accepted)
        return;
    m_controller->run({dialog.operation()}, tr("Edit profile"));
}

} // namespace dbx::gui
