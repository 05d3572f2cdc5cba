#pragma once
// The group lifecycle and member upkeep in the window: New group, Rename, Edit and Delete on the
// Groups tab (toolbar, context menu, detail pane), Recover, Resend invite and Edit profile on the
// selected accounts (context menu, Actions menu, detail pane). Forms build the operations; the
// ProvisioningController confirms (Delete names how many members lose access) and runs them.

#include "provision/ActionList.h"
#include "provision/LifecycleDialogs.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace dbx::gui {

class MainWindow;
class ProvisioningController;

class LifecycleActions : public QObject
{
    Q_OBJECT
public:
    LifecycleActions(MainWindow *window, ProvisioningController *controller);

    // By objectName: "newGroupAction", "renameGroupAction", "editGroupAction", "deleteGroupAction",
    // "recoverAccountAction", "resendInviteAction", "editProfileAction".
    QAction *action(const QString &objectName) const;

public Q_SLOTS:
    void newGroup();
    void renameGroup();
    void editGroup();
    void deleteGroups();
    void recoverSelected();
    void resendInviteToSelected();
    void editProfile();

private:
    QAction *add(const char *name, const QString &text, const QString &tip, void (LifecycleActions::*slot)());
    void updateActions();
    // The single selected group, or nullptr (with the sentence shown) when there is none or it is
    // managed by Dropbox itself.
    bool oneGroup(int *row);
    bool refuse(const QString &message);
    // The group form over group (ignored for Create); runs its operation when accepted.
    void runGroupDialog(GroupDialog::Mode mode, const Group &group, const QString &title);

    MainWindow *m_window;
    ProvisioningController *m_controller;
    ActionList m_actions;
    QWidget *m_groupBar = nullptr;   // under a group in the detail pane
    QWidget *m_accountBar = nullptr; // under an account in the detail pane
};

// Adds the actions to the window; the object is a child of the controller.
LifecycleActions *installLifecycleActions(MainWindow *window, ProvisioningController *controller);

} // namespace dbx::gui
