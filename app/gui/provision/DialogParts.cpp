#include "provision/DialogParts.h"

#include "models/TeamIndex.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace dbx::gui {

QLabel *wrappingLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    QLabel *label = wrappingLabel(name, parent);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    return label;
}

QLineEdit *searchEdit(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

void showValidation(const QString &error, QLabel *errorLabel, QPushButton *ok)
{
    errorLabel->setText(error);
    ok->setEnabled(error.isEmpty());
}

void addRoles(QComboBox *combo, const Snapshot &snapshot)
{
    QVector<Role> roles = snapshot.roles;
    std::sort(roles.begin(), roles.end(),
              [](const Role &a, const Role &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    for (const Role &r : roles)
        combo->addItem(r.name, r.id);
}

QDialogButtonBox *buttons(QDialog *dialog, const QString &okText, QPushButton **ok)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->setObjectName(QStringLiteral("dialogButtons"));
    *ok = box->button(QDialogButtonBox::Ok);
    (*ok)->setText(okText);
    (*ok)->setObjectName(QStringLiteral("okButton"));
    box->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

QString names(const QVector<Account> &accounts, int limit)
{
    QStringList out;
    for (int i = 0; i < accounts.size() && i < limit; ++i)
        out << accountLabel(accounts.at(i));
    if (accounts.size() > limit)
        out << QDialog::tr("and %n more", nullptr, int(accounts.size() - limit));
    return out.join(QStringLiteral(", "));
}

// The consequence of the first operation, with "(and the same for N more members)".
QString firstConsequence(const QVector<Operation> &ops, const Snapshot &snapshot)
{
    if (ops.isEmpty())
        return QString();
    QString text = ops.constFirst().confirmationText(&snapshot);
    if (ops.size() > 1)
        text += QLatin1Char(' ')
            + (ops.size() == 2 ? QDialog::tr("The same applies to the other selected member.")
                               : QDialog::tr("The same applies to the %1 other selected members.").arg(ops.size() - 1));
    return text;
}

QCompleter *emailCompleter(const Snapshot &snapshot, bool adminsOnly, QObject *parent)
{
    QStringList emails;
    for (const Account &a : snapshot.accounts) {
        if (a.status == AccountStatus::Removed || a.email.isEmpty())
            continue;
        if (adminsOnly && a.roleId.isEmpty())
            continue;
        emails << a.email;
    }
    emails.sort(Qt::CaseInsensitive);
    auto *completer = new QCompleter(emails, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    return completer;
}

const Account *findCurrent(const Snapshot &snapshot, const QString &email)
{
    for (const Account &a : snapshot.accounts) {
        if (a.status != AccountStatus::Removed && a.email.compare(email, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

} // namespace dbx::gui
