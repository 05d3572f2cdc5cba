#include "provision/ProvisionDialogs.h"

#include "models/TeamIndex.h"
#include "provision/DialogParts.h"

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

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return re.match(text).hasMatch();
}

// ------------------------------------------------------------------------------ create account

CreateAccountDialog::CreateAccountDialog(const Snapshot &snapshot, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("createAccountDialog"));
    setWindowTitle(tr("Create account"));
    for (const Account &a : snapshot.accounts) {
        if (a.status != AccountStatus::Removed)
            m_currentEmails.insert(a.email.toLower());
    }

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_givenName = new QLineEdit(this);
    m_givenName->setObjectName(QStringLiteral("givenNameEdit"));
    m_surname = new QLineEdit(this);
    m_surname->setObjectName(QStringLiteral("surnameEdit"));
    m_externalId = new QLineEdit(this);
    m_externalId->setObjectName(QStringLiteral("externalIdEdit"));
    m_externalId->setPlaceholderText(tr("Optional: your directory's id for this person"));
    m_welcome = new QCheckBox(tr("Send a welcome email"), this);
    m_welcome->setObjectName(QStringLiteral("welcomeEmailCheck"));
    m_welcome->setChecked(true);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->addItem(tr("No admin role"), QString());
    addRoles(m_role, snapshot);

    auto *form = new QFormLayout;
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Given name:"), m_givenName);
    form->addRow(tr("&Surname:"), m_surname);
    form->addRow(tr("E&xternal id:"), m_externalId);
    form->addRow(tr("Admin &role:"), m_role);
    form->addRow(QString(), m_welcome);

    m_consequence = wrappingLabel(QStringLiteral("consequenceLabel"), this);
    m_error = errorLabel(QStringLiteral("validationLabel"), this);
    auto *box = buttons(this, tr("Create account"), &m_ok);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_consequence);
    layout->addWidget(m_error);
    layout->addWidget(box);

    for (QLineEdit *edit : {m_email, m_givenName, m_surname, m_externalId})
        connect(edit, &QLineEdit::textChanged, this, &CreateAccountDialog::validate);
    connect(m_welcome, &QCheckBox::toggled, this, &CreateAccountDialog::validate);
    connect(m_role, &QComboBox::currentIndexChanged, this, &CreateAccountDialog::validate);
    resize(460, sizeHint().height());
    validate();
}

Operation CreateAccountDialog::operation() const
{
    return Operation::createAccount(m_email->text().trimmed(), m_givenName->text().trimmed(),
                                    m_surname->text().trimmed(), m_externalId->text().trimmed(), m_welcome->isChecked(),
                                    m_role->currentData().toString());
}

QString CreateAccountDialog::validationError() const
{
    const QString email = m_email->text().trimmed();
    if (email.isEmpty())
        return tr("Enter the new member's email address.");
    if (!looksLikeEmail(email))
        return tr("\"%1\" is not an email address.").arg(email);
    if (m_currentEmails.contains(email.toLower()))
        return tr("%1 is already a member of the team.").arg(email);
    if (m_givenName->text().trimmed().isEmpty())
        return tr("Enter the given name.");
    if (m_surname->text().trimmed().isEmpty())
        return tr("Enter the surname.");
    if (m_givenName->text().trimmed().size() > 100 || m_surname->text().trimmed().size() > 100)
        return tr("Names are at most 100 characters long.");
    return QString();
}

void CreateAccountDialog::validate()
{
    const QString error = validationError();
    // Say nothing while the form is untouched; once typing starts, say what is missing.
    const bool touched = !m_email->text().isEmpty() || !m_givenName->text().isEmpty() || !m_surname->text().isEmpty();
    m_error->setText(touched ? error : QString());
    m_ok->setEnabled(error.isEmpty());
    m_consequence->setText(error.isEmpty() ? operation().confirmationText() : QString());
}

// ------------------------------------------------------------------------------ remove accounts

RemoveAccountsDialog::RemoveAccountsDialog(const Snapshot &snapshot, const QVector<Account> &accounts, QWidget *parent)
    : QDialog(parent), m_snapshot(snapshot), m_accounts(accounts)
{
    setObjectName(QStringLiteral("removeAccountsDialog"));
    setWindowTitle(tr("Remove from the team"));

    auto *who = wrappingLabel(QStringLiteral("membersLabel"), this);
    who->setText(tr("Remove %1 from the team.").arg(names(accounts)));

    auto *filesBox = new QGroupBox(tr("Their account and files"), this);
    m_delete = new QRadioButton(tr("&Delete the account (files stay with the team)"), filesBox);
    m_delete->setObjectName(QStringLiteral("deleteRadio"));
    m_delete->setChecked(true);
    m_keep = new QRadioButton(tr("&Keep as a Basic account (a personal account with their own files)"), filesBox);
    m_keep->setObjectName(QStringLiteral("keepAccountRadio"));
    m_transfer = new QCheckBox(tr("&Transfer their files to:"), filesBox);
    m_transfer->setObjectName(QStringLiteral("transferCheck"));
    m_transferDest = new QLineEdit(filesBox);
    m_transferDest->setObjectName(QStringLiteral("transferDestEdit"));
    m_transferDest->setPlaceholderText(tr("a member's email"));
    m_transferDest->setCompleter(emailCompleter(snapshot, false, m_transferDest));
    m_transferAdmin = new QLineEdit(filesBox);
    m_transferAdmin->setObjectName(QStringLiteral("transferAdminEdit"));
    m_transferAdmin->setPlaceholderText(tr("an admin's email"));
    m_transferAdmin->setCompleter(emailCompleter(snapshot, true, m_transferAdmin));
    m_retain = new QCheckBox(tr("Keep folders &shared with them explicitly (team shares)"), filesBox);
    m_retain->setObjectName(QStringLiteral("retainTeamSharesCheck"));
    m_wipe = new QCheckBox(tr("&Wipe their Dropbox files from linked computers and phones"), filesBox);
    m_wipe->setObjectName(QStringLiteral("wipeDataCheck"));
    m_wipe->setChecked(true);

    auto *transferForm = new QFormLayout;
    transferForm->setContentsMargins(24, 0, 0, 0);
    transferForm->addRow(tr("Member:"), m_transferDest);
    transferForm->addRow(tr("Admin told of transfer errors:"), m_transferAdmin);
    auto *fl = new QVBoxLayout(filesBox);
    fl->addWidget(m_delete);
    fl->addWidget(m_transfer);
    fl->addLayout(transferForm);
    fl->addWidget(m_keep);
    auto *retainRow = new QHBoxLayout;
    retainRow->setContentsMargins(24, 0, 0, 0);
    retainRow->addWidget(m_retain);
    fl->addLayout(retainRow);
    fl->addWidget(m_wipe);

    m_consequence = wrappingLabel(QStringLiteral("consequenceLabel"), this);
    m_consequence->setMinimumHeight(80);
    m_consequence->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_error = errorLabel(QStringLiteral("validationLabel"), this);
    auto *box = buttons(this, tr("Remove..."), &m_ok);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(filesBox);
    layout->addWidget(new QLabel(tr("What will happen:"), this));
    layout->addWidget(m_consequence);
    layout->addWidget(m_error);
    layout->addWidget(box);

    for (QAbstractButton *b : std::initializer_list<QAbstractButton *>{m_delete, m_keep, m_transfer, m_retain, m_wipe})
        connect(b, &QAbstractButton::toggled, this, &RemoveAccountsDialog::update);
    for (QLineEdit *e : {m_transferDest, m_transferAdmin})
        connect(e, &QLineEdit::textChanged, this, &RemoveAccountsDialog::update);
    resize(560, sizeHint().height());
    update();
}

UserSelector RemoveAccountsDialog::pick(const QLineEdit *edit) const
{
    const Account *a = findCurrent(m_snapshot, edit->text().trimmed());
    return a ? UserSelector::byId(a->teamMemberId) : UserSelector();
}

QVector<Operation> RemoveAccountsDialog::operations() const
{
    const bool keep = m_keep->isChecked();
    const bool transfer = !keep && m_transfer->isChecked();
    QVector<Operation> ops;
    for (const Account &a : m_accounts) {
        ops << Operation::removeAccount(UserSelector::byId(a.teamMemberId), !keep && m_wipe->isChecked(), keep,
                                        transfer ? pick(m_transferDest) : UserSelector(),
                                        transfer ? pick(m_transferAdmin) : UserSelector(),
                                        keep && m_retain->isChecked());
    }
    return ops;
}

QString RemoveAccountsDialog::validationError() const
{
    if (m_accounts.isEmpty())
        return tr("Select the members to remove first.");
    if (m_keep->isChecked() || !m_transfer->isChecked())
        return QString();
    const QString dest = m_transferDest->text().trimmed();
    const Account *d = findCurrent(m_snapshot, dest);
    if (dest.isEmpty())
        return tr("Enter the member who receives the files.");
    if (!d)
        return tr("%1 is not a member of the team.").arg(dest);
    for (const Account &a : m_accounts) {
        if (a.teamMemberId == d->teamMemberId)
            return tr("Files cannot be transferred to a member who is being removed.");
    }
    if (d->status != AccountStatus::Active)
        return tr("%1 is not an active member and cannot receive files.").arg(dest);
    const QString admin = m_transferAdmin->text().trimmed();
    const Account *ad = findCurrent(m_snapshot, admin);
    if (admin.isEmpty())
        return tr("Enter the admin who is told of transfer errors.");
    if (!ad || ad->roleId.isEmpty())
        return tr("%1 is not a team admin.").arg(admin);
    return QString();
}

QString RemoveAccountsDialog::consequence() const { return m_consequence->text(); }

void RemoveAccountsDialog::update()
{
    const bool keep = m_keep->isChecked();
    // Dropbox refuses keep_account together with a transfer or with wiping data.
    m_transfer->setEnabled(!keep);
    m_transferDest->setEnabled(!keep && m_transfer->isChecked());
    m_transferAdmin->setEnabled(!keep && m_transfer->isChecked());
    m_retain->setEnabled(keep);
    m_wipe->setEnabled(!keep);
    const QString error = validationError();
    showValidation(error, m_error, m_ok);
    m_consequence->setText(error.isEmpty() ? firstConsequence(operations(), m_snapshot) : QString());
}

// ------------------------------------------------------------------- suspend and set role

AccountsFormDialog::AccountsFormDialog(const Snapshot &snapshot, const QVector<Account> &accounts, QWidget *parent)
    : QDialog(parent), m_snapshot(snapshot), m_accounts(accounts)
{}

void AccountsFormDialog::layOut(const QString &whoText, QLayout *fields, const QString &okText, bool canSend)
{
    auto *who = wrappingLabel(QStringLiteral("membersLabel"), this);
    who->setText(whoText);
    m_consequence = wrappingLabel(QStringLiteral("consequenceLabel"), this);
    QPushButton *ok = nullptr;
    auto *box = buttons(this, okText, &ok);
    ok->setEnabled(canSend);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(fields);
    layout->addWidget(m_consequence);
    layout->addWidget(box);
    resize(480, sizeHint().height());
}

void AccountsFormDialog::update() { m_consequence->setText(firstConsequence(operations(), m_snapshot)); }

SuspendDialog::SuspendDialog(const Snapshot &snapshot, const QVector<Account> &accounts, QWidget *parent)
    : AccountsFormDialog(snapshot, accounts, parent)
{
    setObjectName(QStringLiteral("suspendDialog"));
    setWindowTitle(tr("Suspend"));
    m_wipe = new QCheckBox(tr("Also &wipe their Dropbox files from linked computers and phones"), this);
    m_wipe->setObjectName(QStringLiteral("wipeDataCheck"));
    auto *fields = new QVBoxLayout;
    fields->addWidget(m_wipe);
    layOut(tr("Suspend %1.").arg(names(accounts)), fields, tr("Suspend..."), !accounts.isEmpty());
    connect(m_wipe, &QCheckBox::toggled, this, &SuspendDialog::update);
    update();
}

QVector<Operation> SuspendDialog::operations() const
{
    QVector<Operation> ops;
    for (const Account &a : m_accounts)
        ops << Operation::suspend(UserSelector::byId(a.teamMemberId), m_wipe->isChecked());
    return ops;
}

SetRoleDialog::SetRoleDialog(const Snapshot &snapshot, const QVector<Account> &accounts, QWidget *parent)
    : AccountsFormDialog(snapshot, accounts, parent)
{
    setObjectName(QStringLiteral("setRoleDialog"));
    setWindowTitle(tr("Set admin role"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    addRoles(m_role, snapshot);
    auto *form = new QFormLayout;
    form->addRow(tr("&Role:"), m_role);
    layOut(tr("Give %1 an admin role. A member holds one role at most: it replaces the one they hold.")
               .arg(names(accounts)),
           form, tr("Set role..."), !accounts.isEmpty() && m_role->count() > 0);
    connect(m_role, &QComboBox::currentIndexChanged, this, &SetRoleDialog::update);
    update();
}

QVector<Operation> SetRoleDialog::operations() const
{
    QVector<Operation> ops;
    const QString role = m_role->currentData().toString();
    if (role.isEmpty())
        return ops;
    for (const Account &a : m_accounts)
        ops << Operation::setRole(UserSelector::byId(a.teamMemberId), role);
    return ops;
}

void SetRoleDialog::update()
{
    // Each member's own sentence: which role it replaces differs from one to the next.
    QStringList lines;
    const QVector<Operation> ops = operations();
    for (int i = 0; i < ops.size() && i < 5; ++i)
        lines << ops.at(i).confirmationText(&m_snapshot);
    if (ops.size() > 5)
        lines << tr("... and %n more.", nullptr, int(ops.size() - 5));
    m_consequence->setText(lines.join(QLatin1Char('\n')));
}

} // namespace dbx::gui
