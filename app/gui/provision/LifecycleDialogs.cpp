#include "provision/LifecycleDialogs.h"

#include "provision/DialogParts.h"
#include "provision/ProvisionDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dbx::gui {

namespace {
QLineEdit *edit(const QString &name, const QString &text, QWidget *parent)
{
    auto *e = new QLineEdit(text, parent);
    e->setObjectName(name);
    return e;
}

bool nameTaken(const Snapshot &s, const QString &name, const QString &exceptId)
{
    for (const Group &g : s.groups) {
        if (g.id != exceptId && g.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

GroupDialog::GroupDialog(Mode mode, const Snapshot &snapshot, const Group &group, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_snapshot(snapshot), m_group(group)
{
    setObjectName(QStringLiteral("groupDialog"));
    setWindowTitle(mode == Mode::Create       ? tr("New group")
                       : mode == Mode::Rename ? tr("Rename %1").arg(group.name)
                                              : tr("Edit %1").arg(group.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    if (mode != Mode::Edit) {
        m_name = edit(QStringLiteral("groupNameEdit"), mode == Mode::Rename ? group.name : QString(), this);
        form->addRow(mode == Mode::Create ? tr("&Name:") : tr("New &name:"), m_name);
        connect(m_name, &QLineEdit::textChanged, this, &GroupDialog::validate);
    }
    if (mode != Mode::Rename) {
        m_externalId
            = edit(QStringLiteral("groupExternalIdEdit"), mode == Mode::Edit ? group.externalId : QString(), this);
        m_externalId->setToolTip(tr("An id of your own (for example from your directory); empty for none."));
        form->addRow(tr("&External ID:"), m_externalId);
        m_management = new QComboBox(this);
        m_management->setObjectName(QStringLiteral("groupManagementCombo"));
        m_management->addItem(tr("Managed by its owners (user managed)"), int(GroupManagementType::UserManaged));
        m_management->addItem(tr("Managed by admins only (company managed)"), int(GroupManagementType::CompanyManaged));
        if (mode == Mode::Edit && group.managementType == GroupManagementType::CompanyManaged)
            m_management->setCurrentIndex(1);
        form->addRow(tr("&Management:"), m_management);
        connect(m_externalId, &QLineEdit::textChanged, this, &GroupDialog::validate);
        connect(m_management, &QComboBox::currentIndexChanged, this, &GroupDialog::validate);
    }
    if (mode == Mode::Create) {
        m_owner = new QCheckBox(tr("Make me an owner of the group"), this);
        m_owner->setObjectName(QStringLiteral("groupOwnerCheck"));
        m_owner->setChecked(true);
        layout->addWidget(m_owner);
    }
    m_error = errorLabel(QStringLiteral("validationLabel"), this);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this,
                              mode == Mode::Create       ? tr("Create")
                                  : mode == Mode::Rename ? tr("Rename")
                                                         : tr("Save"),
                              &m_ok));
    validate();
}

Operation GroupDialog::operation() const
{
    switch (m_mode) {
    case Mode::Create:
        return Operation::createGroup(m_name->text().trimmed(), m_externalId->text().trimmed(),
                                      GroupManagementType(m_management->currentData().toInt()), m_owner->isChecked());
    case Mode::Rename: return Operation::renameGroup(m_group.id, m_name->text().trimmed());
    case Mode::Edit: {
        const QString id = m_externalId->text().trimmed();
        const auto management = GroupManagementType(m_management->currentData().toInt());
        return Operation::setGroup(m_group.id, id == m_group.externalId ? std::nullopt : std::optional<QString>(id),
                                   management == m_group.managementType ? GroupManagementType::Unknown : management);
    }
    }
    return Operation();
}

QString GroupDialog::validationError() const
{
    if (m_name) {
        const QString name = m_name->text().trimmed();
        if (name.isEmpty())
            return tr("Give the group a name.");
        if (m_mode == Mode::Rename && name == m_group.name)
            return tr("Type the new name.");
        if (nameTaken(m_snapshot, name, m_mode == Mode::Rename ? m_group.id : QString()))
            return tr("Another group is called \"%1\" already.").arg(name);
    }
    if (m_mode == Mode::Edit) {
        const Operation op = operation();
        if (!op.changeExternalId && op.managementType == GroupManagementType::Unknown)
            return tr("Change the external ID or the management.");
    }
    return QString();
}

void GroupDialog::validate() { showValidation(validationError(), m_error, m_ok); }

ProfileDialog::ProfileDialog(const Snapshot &snapshot, const Account &account, QWidget *parent)
    : QDialog(parent), m_snapshot(snapshot), m_account(account)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Edit profile of %1").arg(account.email));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_givenName = edit(QStringLiteral("givenNameEdit"), account.givenName, this);
    m_surname = edit(QStringLiteral("surnameEdit"), account.surname, this);
    m_email = edit(QStringLiteral("emailEdit"), account.email, this);
    m_externalId = edit(QStringLiteral("externalIdEdit"), account.externalId, this);
    form->addRow(tr("&Given name:"), m_givenName);
    form->addRow(tr("&Surname:"), m_surname);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("E&xternal ID:"), m_externalId);
    m_error = errorLabel(QStringLiteral("validationLabel"), this);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, tr("Save"), &m_ok));
    for (QLineEdit *e : {m_givenName, m_surname, m_email, m_externalId})
        connect(e, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    validate();
}

Operation ProfileDialog::operation() const
{
    const auto changed = [](const QLineEdit *e, const QString &was) {
        const QString now = e->text().trimmed();
        return now == was ? QString() : now;
    };
    const QString externalId = m_externalId->text().trimmed();
    return Operation::setProfile(UserSelector::byId(m_account.teamMemberId), changed(m_givenName, m_account.givenName),
                                 changed(m_surname, m_account.surname), changed(m_email, m_account.email),
                                 externalId == m_account.externalId ? std::nullopt
                                                                    : std::optional<QString>(externalId));
}

QString ProfileDialog::validationError() const
{
    const Operation op = operation();
    if (op.givenName.isEmpty() && op.surname.isEmpty() && op.newEmail.isEmpty() && !op.changeExternalId)
        return tr("Change at least one field.");
    if (!op.newEmail.isEmpty() && !looksLikeEmail(op.newEmail))
        return tr("\"%1\" is not an email address.").arg(op.newEmail);
    if (!op.newEmail.isEmpty()) {
        if (const Account *other = findCurrent(m_snapshot, op.newEmail);
            other && other->teamMemberId != m_account.teamMemberId)
            return tr("%1 belongs to another member.").arg(op.newEmail);
    }
    if (m_givenName->text().trimmed().isEmpty() || m_surname->text().trimmed().isEmpty())
        return tr("Given name and surname cannot be empty.");
    return QString();
}

void ProfileDialog::validate() { showValidation(validationError(), m_error, m_ok); }

} // namespace dbx::gui
