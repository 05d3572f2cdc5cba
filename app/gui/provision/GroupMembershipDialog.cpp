#include "provision/DialogParts.h"
#include "provision/ProvisionDialogs.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace dbx::gui {

// ---------------------------------------------------------------------------- group members

GroupMembershipDialog::GroupMembershipDialog(Mode mode, const Snapshot &snapshot, const QVector<Account> &accounts,
                                             const QStringList &preselectedGroupIds, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_accounts(accounts)
{
    setObjectName(QStringLiteral("groupMembershipDialog"));
    switch (mode) {
    case Mode::Add: setWindowTitle(tr("Add to group")); break;
    case Mode::Remove: setWindowTitle(tr("Remove from group")); break;
    case Mode::SetAccess: setWindowTitle(tr("Change access in group")); break;
    }

    auto *layout = new QVBoxLayout(this);
    if (!accounts.isEmpty()) {
        auto *who = wrappingLabel(QStringLiteral("membersLabel"), this);
        who->setText(tr("Members: %1").arg(names(accounts)));
        layout->addWidget(who);
    } else {
        layout->addWidget(new QLabel(tr("&Members (emails, one per line):"), this));
        m_emails = new QPlainTextEdit(this);
        m_emails->setObjectName(QStringLiteral("membersEdit"));
        m_emails->setMaximumHeight(90);
        qobject_cast<QLabel *>(layout->itemAt(0)->widget())->setBuddy(m_emails);
        layout->addWidget(m_emails);
        connect(m_emails, &QPlainTextEdit::textChanged, this, &GroupMembershipDialog::update);
    }

    // Removing or changing access only makes sense for groups the members are in.
    QSet<QString> theirGroups;
    if (mode != Mode::Add && !accounts.isEmpty()) {
        QSet<QString> ids;
        for (const Account &a : accounts)
            ids.insert(a.teamMemberId);
        for (const Membership &m : snapshot.memberships) {
            if (ids.contains(m.teamMemberId))
                theirGroups.insert(m.groupId);
        }
    }
    m_filter = searchEdit(QStringLiteral("groupFilterEdit"), tr("Find a group"), this);
    m_groups = new QListWidget(this);
    m_groups->setObjectName(QStringLiteral("groupList"));
    QVector<Group> groups = snapshot.groups;
    std::sort(groups.begin(), groups.end(),
              [](const Group &a, const Group &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    for (const Group &g : groups) {
        if (mode != Mode::Add && !accounts.isEmpty() && !theirGroups.contains(g.id))
            continue;
        auto *item = new QListWidgetItem(g.name, m_groups);
        item->setData(Qt::UserRole, g.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(preselectedGroupIds.contains(g.id) ? Qt::Checked : Qt::Unchecked);
        if (g.managementType != GroupManagementType::UserManaged)
            item->setToolTip(tr("Managed by the company or the system: Dropbox may refuse changes."));
    }
    layout->addWidget(new QLabel(tr("&Groups:"), this));
    qobject_cast<QLabel *>(layout->itemAt(layout->count() - 1)->widget())->setBuddy(m_filter);
    layout->addWidget(m_filter);
    layout->addWidget(m_groups, 1);

    if (mode != Mode::Remove) {
        auto *accessBox = new QGroupBox(mode == Mode::Add ? tr("Add as") : tr("Make them"), this);
        m_asMember = new QRadioButton(tr("&Member"), accessBox);
        m_asMember->setObjectName(QStringLiteral("asMemberRadio"));
        m_asOwner = new QRadioButton(tr("&Owner (manages the group)"), accessBox);
        m_asOwner->setObjectName(QStringLiteral("asOwnerRadio"));
        m_asMember->setChecked(true);
        auto *al = new QHBoxLayout(accessBox);
        al->addWidget(m_asMember);
        al->addWidget(m_asOwner);
        layout->addWidget(accessBox);
    }
    m_error = errorLabel(QStringLiteral("validationLabel"), this);
    layout->addWidget(m_error);
    QString okText;
    switch (mode) {
    case Mode::Add: okText = tr("Add"); break;
    case Mode::Remove: okText = tr("Remove..."); break;
    case Mode::SetAccess: okText = tr("Change..."); break;
    }
    layout->addWidget(buttons(this, okText, &m_ok));

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_groups->count(); ++i) {
            QListWidgetItem *item = m_groups->item(i);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_groups, &QListWidget::itemChanged, this, &GroupMembershipDialog::update);
    resize(440, 460);
    update();
}

QStringList GroupMembershipDialog::checkedGroupIds() const
{
    QStringList ids;
    for (int i = 0; i < m_groups->count(); ++i) {
        if (m_groups->item(i)->checkState() == Qt::Checked)
            ids << m_groups->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

void GroupMembershipDialog::setAccess(AccessType access)
{
    if (m_asOwner)
        (access == AccessType::Owner ? m_asOwner : m_asMember)->setChecked(true);
}

QStringList GroupMembershipDialog::members() const
{
    QStringList out;
    if (!m_emails) {
        for (const Account &a : m_accounts)
            out << a.teamMemberId;
        return out;
    }
    const QStringList lines
        = m_emails->toPlainText().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    for (const QString &l : lines)
        out << l.trimmed();
    return out;
}

QVector<Operation> GroupMembershipDialog::operations() const
{
    QVector<Operation> ops;
    const AccessType access = m_asOwner && m_asOwner->isChecked() ? AccessType::Owner : AccessType::Member;
    const QStringList groups = checkedGroupIds();
    for (const QString &member : members()) {
        const UserSelector user = m_emails ? UserSelector::parse(member) : UserSelector::byId(member);
        for (const QString &g : groups) {
            switch (m_mode) {
            case Mode::Add: ops << Operation::addToGroup(user, g, access); break;
            case Mode::Remove: ops << Operation::removeFromGroup(user, g); break;
            case Mode::SetAccess: ops << Operation::setAccessType(user, g, access); break;
            }
        }
    }
    return ops;
}

void GroupMembershipDialog::update()
{
    QString error;
    if (m_emails) {
        for (const QString &m : members()) {
            if (!looksLikeEmail(m)) {
                error = tr("\"%1\" is not an email address.").arg(m);
                break;
            }
        }
        if (error.isEmpty() && members().isEmpty())
            error = tr("Enter at least one member's email.");
    }
    if (error.isEmpty() && checkedGroupIds().isEmpty())
        error = m_groups->count() == 0 ? tr("They are in no group.") : tr("Tick at least one group.");
    m_error->setText(error);
    m_ok->setEnabled(error.isEmpty());
}

} // namespace dbx::gui
