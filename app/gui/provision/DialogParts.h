#pragma once
// The pieces the provisioning dialogs and views share: labels, search fields, the OK/Cancel box
// whose buttons tests find by name, the list of names a dialog acts on, and look-ups in the
// snapshot.

#include "model/Types.h"
#include "provision/Operation.h"

#include <QString>
#include <QVector>

class QComboBox;
class QCompleter;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QObject;
class QPushButton;
class QWidget;

namespace dbx::gui {

QLabel *wrappingLabel(const QString &name, QWidget *parent);
QLabel *errorLabel(const QString &name, QWidget *parent);
// A line edit that filters a list as the admin types: placeholder says what it searches, with a
// clear button.
QLineEdit *searchEdit(const QString &name, const QString &placeholder, QWidget *parent);
// What a form says about its input: the first thing to fix under it (or nothing), and OK only
// when there is nothing to fix.
void showValidation(const QString &error, QLabel *errorLabel, QPushButton *ok);
QDialogButtonBox *buttons(QDialog *dialog, const QString &okText, QPushButton **ok);
QString names(const QVector<Account> &accounts, int limit = 5);
// The consequence of the first operation, with "(and the same for N more members)".
QString firstConsequence(const QVector<Operation> &ops, const Snapshot &snapshot);
// The team's admin roles by name into combo (the role id as item data).
void addRoles(QComboBox *combo, const Snapshot &snapshot);
QCompleter *emailCompleter(const Snapshot &snapshot, bool adminsOnly, QObject *parent);
const Account *findCurrent(const Snapshot &snapshot, const QString &email);

} // namespace dbx::gui
