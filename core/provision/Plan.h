#pragma once
// Bulk plans: a CSV file with one operation per row,
//
//   action,email_or_id,group_or_role,options
//   create-account,ann@example.com,,given_name=Ann;surname=Lee;welcome_email=false
//   add-to-group,ann@example.com,Sales,owner=true
//   remove-account,bob@example.com,,wipe_data=false;keep_account=true
//
// Every row keeps its line number; a wrong row is reported with it and never stops the others.
// Blank lines and lines starting with '#' are skipped. Fields may be quoted ("Lee, Jr."; a quote
// inside a quoted field is written twice).
// A file that is broken as a whole is rejected as a whole (Plan::error, with the line), so that no
// row of it is ever applied: an unclosed quote (which would swallow every later line), a stray
// quote, text after a closing quote, a NUL byte, text that is not UTF-8 (or is UTF-16), more
// than kMaxPlanBytes or more than kMaxPlanRows rows.
// Options per action (keys are case-insensitive; booleans true/false/yes/no/1/0):
//   create-account    given_name, surname, external_id, welcome_email, role (or the 3rd column)
//   remove-account    wipe_data, keep_account, transfer_dest, transfer_admin, retain_team_shares
//   suspend           wipe_data
//   set-role          role (or the 3rd column)
//   add-to-group      owner=true | access=owner|member
//   set-access-type   owner=true|false | access=owner|member
//   unsuspend, clear-role, remove-from-group: none
// Groups and roles are named by id or by exact name.

#include "base/Expected.h"
#include "provision/Operation.h"
#include "provision/TeamState.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace dbx {

// A plan file larger than this is refused before it is read into memory.
constexpr qint64 kMaxPlanBytes = 20 * 1000 * 1000;
// Memory grows with the rows, not the bytes (each row holds its operation and, once applied, its
// result: about 2 KB), and 20 MB of short lines would be millions of rows.
constexpr int kMaxPlanRows = 100000;

struct PlanRow {
    int line = 0;   // 1-based line of the file where the row starts
    QString action; // the four fields as written
    QString user;
    QString object;
    QString options;

    bool parsed = false; // false: parseError says why; the row is Invalid
    QString parseError;
    Operation operation;

    // Preview (filled by previewPlan)
    bool previewed = false;
    Precheck::Verdict verdict = Precheck::Verdict::Invalid;
    QString reason; // why invalid / what already holds / what will change

    // Apply (filled when the plan ran)
    bool applied = false;
    OperationResult result;

    // "will_change", "no_change", "invalid" before applying; the result's outcome afterwards.
    QString status() const;
    QString message() const;
};

struct Plan {
    QString source;    // file name, for messages
    QString error;     // the whole file is rejected (unreadable, too large, wrong
                       // header, broken CSV); then rows is empty
    int errorLine = 0; // the line error is about; 0: the file as a whole
    QVector<PlanRow> rows;

    bool isValid() const { return error.isEmpty(); }
    int count(Precheck::Verdict verdict) const; // previewed rows with this verdict
    int count(Outcome outcome) const;           // applied rows with this outcome
    bool anyFailed() const;                     // any applied row Failed/Invalid/Cancelled, or unparsed
};

// The header every plan starts with.
QString planHeader();
Plan parsePlan(const QByteArray &csv, const QString &source = QString());
Plan readPlanFile(const QString &path);
// One row's options ("key=value;key=value") into the operation; false + the reason.
bool parsePlanRow(PlanRow *row);
// Checks every parsed row in order against state, each row seeing what the rows before it would
// change (so create-account then add-to-group of the same email previews correctly).
void previewPlan(Plan *plan, TeamState state);
// The report: the plan's columns plus status, message, request id, team member id.
QByteArray planReport(const Plan &plan);
Expected<void> writePlanReport(const Plan &plan, const QString &path);

// Splits CSV text into records; each record knows the line it starts on. A structural error (see
// above) is an Invalid error that says where.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};
Expected<QVector<CsvRecord>> parseCsv(const QString &text);

} // namespace dbx

Q_DECLARE_METATYPE(dbx::PlanRow)
Q_DECLARE_METATYPE(dbx::Plan)
