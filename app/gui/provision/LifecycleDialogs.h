#pragma once
// The forms of the group lifecycle and member upkeep: a group's name, external id and management
// (New group, Rename, Edit), and a member's profile (Edit profile). They only build Operations;
// the ProvisioningController confirms and runs them. Every widget has an objectName for tests.

#include "model/Types.h"
#include "provision/Operation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dbx::gui {

class GroupDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        Create,
        Rename,
        Edit
    };
    // group: the group to rename or edit (ignored for Create).
    GroupDialog(Mode mode, const Snapshot &snapshot, const Group &group, QWidget *parent = nullptr);

    Operation operation() const;
    QString validationError() const; // "" when the form may be sent

private:
    void validate();

    Mode m_mode;
    Snapshot m_snapshot;
    Group m_group;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_externalId = nullptr;
    QComboBox *m_management = nullptr;
    QCheckBox *m_owner = nullptr;
    QLabel *m_error;
    QPushButton *m_ok;
};

class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(const Snapshot &snapshot, const Account &account, QWidget *parent = nullptr);

    Operation operation() const; // only the fields that changed
    QString validationError() const;

private:
    void validate();

    Snapshot m_snapshot;
    Account m_account;
    QLineEdit *m_givenName;
    QLineEdit *m_surname;
    QLineEdit *m_email;
    QLineEdit *m_externalId;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace dbx::gui
