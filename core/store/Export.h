#pragma once
// Snapshot exports: one JSON document of the whole team, or one CSV table at a time.

#include "model/Types.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dbx {

// {"accounts":[{"id","email","display_name","status","role_id"}],"roles":[{"id","name"}],
//  "groups":[{"id","name","management_type"}],"memberships":[{"group_id","account_id","access_type"}]}
// Ids are Dropbox's own; role_id is null for a member without a role. Indented UTF-8, keys and
// rows in that order (the snapshot's), so two exports of the same snapshot are byte-identical.
QByteArray exportJson(const Snapshot &snapshot);

enum class CsvTable {
    Accounts,
    Roles,
    Groups,
    Memberships,
    Grants
};

// RFC 4180: a header row, CRLF line ends, UTF-8 without a byte order mark, cells quoted when they
// hold a comma, a quote or a line break. Formula cells are defused (see csvRow).
QByteArray exportCsv(const Snapshot &snapshot, CsvTable table);

// "accounts", "roles", "groups", "memberships", "grants" (any case). False for anything else.
bool csvTableFromName(const QString &name, CsvTable *table);
QString csvTableName(CsvTable table);

// One CSV record, CRLF included. A cell that starts with = + - @ TAB or CR gets a leading
// apostrophe, so that a spreadsheet shows it as text instead of running it as a formula: display
// names and external ids are written by the team's members, and an export is opened by an admin
// (the OWASP "CSV injection" advice). Dropbox's ids never start with those characters, so only
// such free text changes. Pass CsvFormulas::Keep for output meant for programs, not spreadsheets.
enum class CsvFormulas {
    Defuse,
    Keep
};
QByteArray csvRow(const QStringList &cells);
QByteArray csvRow(const QStringList &cells, CsvFormulas formulas);
// The same, appended to `out`: no intermediate array per row when writing many.
void appendCsvRow(QByteArray &out, const QStringList &cells, CsvFormulas formulas = CsvFormulas::Defuse);

} // namespace dbx
