#pragma once
// CSV export of what a table shows: the rows that pass its search and filters, in its sort
// order, with its visible columns in their on-screen order. Cells are the model's export text
// (wire values such as "active" rather than translated words) in core's CSV dialect.

#include "base/Expected.h"

#include <QByteArray>
#include <QString>

namespace dbx::gui {

class TablePage;

// Writes the table to path (atomically: all or nothing); the number of rows written, or an Io error
// whose sentence names the file.
Expected<int> exportTableCsv(const TablePage &page, const QString &path);
QByteArray tableCsv(const TablePage &page, int *rowsWritten = nullptr);

} // namespace dbx::gui
