#pragma once
// The forms that collect what an admin wants changed: a new account, how to remove or suspend
// members, which role, which groups. They only build Operations; the ProvisioningController
// confirms destructive ones and runs them on the worker. Every widget has an objectName so
// tests drive the real form.

#include "model/Types.h"
#include "provision/Operation.h"

#include <QDialog>
#include <QSet>
#include <QVector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace dbx::gui {

// True when text looks like an email address (one '@', a dot in the domain, no spaces).
bool looksLikeEmail(const QString &text);

class CreateAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateAccountDialog(const Snapshot &snapshot, QWidget *parent = nullptr);

    Operation operation() const;
    // "" when the form is complete; else the first thing to fix, as shown under the form.
    QString validationError() const;

private:
    void validate();

    QSet<QString> m_currentEmails; // lower-case emails of members not removed
    QLineEdit *m_email;
    QLineEdit *m_givenName;
    QLineEdit *m_surname;
    QLineEdit *m_externalId;
    QCheckBox *m_welcome;
    QComboBox *m_role;
    QLabel *m_error;
    QLabel *m_consequence;
    QPushButton *m_ok;
};

class RemoveAccountsDialog : public QDialog
{
    Q_OBJECT
public:
    RemoveAccountsDialog(const Snapshot &snapshot, const QVector<Account> &accounts, QWidget *parent = nullptr);

    QVector<Operation> operations() const;
    QString validationError() const;
    // The consequence as the form shows it now (confirmationText of the first member, "and N more").
    QString consequence() const;

private:
    void update();
    UserSelector pick(const QLineEdit *edit) const;

    Snapshot m_snapshot; // a shared copy: the window may load a newer one meanwhile
    QVector<Account> m_accounts;
    QRadioButton *m_delete;
    QRadioButton *m_keep;
    QCheckBox *m_wipe;
    QCheckBox *m_transfer;
    QLineEdit *m_transferDest;
    QLineEdit *m_transferAdmin;
    QCheckBox *m_retain;
    QLabel *m_consequence;
    QLabel *m_error;
    QPushButton *m_ok;
};

// A short form over the selected accounts (Suspend, Set role), laid out one way: who it is
// about, the form's own fields, what will happen, OK/Cancel.
class AccountsFormDialog : public QDialog
{
    Q_OBJECT
public:
    // What OK sends: one operation per account, as the fields say now.
    virtual QVector<Operation> operations() const = 0;

protected:
    AccountsFormDialog(const Snapshot &snapshot, const QVector<Account> &accounts, QWidget *parent);
    // After the subclass made its fields (so they come first in the tab order): the layout, with
    // OK (okText) enabled when canSend.
    void layOut(const QString &whoText, QLayout *fields, const QString &okText, bool canSend);
    // After a field changed: what will happen (by default the first member's consequence, "and
    // the same for N more").
    virtual void update();

    Snapshot m_snapshot; // a shared copy: the window may load a newer one meanwhile
    QVector<Account> m_accounts;
    QLabel *m_consequence = nullptr;
};

class SuspendDialog : public AccountsFormDialog
{
    Q_OBJECT
public:
    SuspendDialog(const Snapshot &snapshot, const QVector<Account> &accounts, QWidget *parent = nullptr);
    QVector<Operation> operations() const override;

private:
    QCheckBox *m_wipe;
};

class SetRoleDialog : public AccountsFormDialog
{
    Q_OBJECT
public:
    SetRoleDialog(const Snapshot &snapshot, const QVector<Account> &accounts, QWidget *parent = nullptr);
    QVector<Operation> operations() const override;

private:
    void update() override; // each member's own sentence

    QComboBox *m_role;
};

// Group membership: add to, remove from, or change member <-> owner. Members are the selected
// accounts, or (from the Groups view) typed emails; groups are picked from a list.
class GroupMembershipDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        Add,
        Remove,
        SetAccess
    };
    GroupMembershipDialog(Mode mode, const Snapshot &snapshot, const QVector<Account> &accounts,
                          const QStringList &preselectedGroupIds, QWidget *parent = nullptr);

    QVector<Operation> operations() const;
    QStringList checkedGroupIds() const;
    void setAccess(AccessType access);

private:
    void update();
    QStringList members() const;

    Mode m_mode;
    QVector<Account> m_accounts;
    QLineEdit *m_filter;
    QListWidget *m_groups;
    QPlainTextEdit *m_emails = nullptr;
    QRadioButton *m_asMember = nullptr;
    QRadioButton *m_asOwner = nullptr;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace dbx::gui
