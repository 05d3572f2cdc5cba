#pragma once
// The actions a provisioning installer adds to the window (ProvisioningController, LifecycleActions):
// made one way (object name, text, the tip as tool tip and status tip, a slot of the owner) and
// found again by object name, which the menus, the detail pane's bars and the tests use.

#include <QAction>
#include <QList>
#include <QString>

namespace dbx::gui {

class ActionList
{
public:
    template <typename Owner>
    QAction *add(Owner *owner, const QString &name, const QString &text, const QString &tip, void (Owner::*slot)())
    {
        auto *a = new QAction(text, owner);
        a->setObjectName(name);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        QObject::connect(a, &QAction::triggered, owner, slot);
        m_actions << a;
        return a;
    }
    // One made elsewhere (it has its own wiring).
    void append(QAction *a) { m_actions << a; }
    // nullptr: no action of that object name.
    QAction *find(const QString &objectName) const
    {
        for (QAction *a : m_actions) {
            if (a->objectName() == objectName)
                return a;
        }
        return nullptr;
    }
    const QList<QAction *> &all() const { return m_actions; }

private:
    QList<QAction *> m_actions;
};

} // namespace dbx::gui
