#pragma once
// CSV export of what a table shows: the rows that pass its search and filters, in its sort
// order, with its visible columns in their on-screen order. Cells are the model's export text
// (wire values such as "active" rather than translated words) in core's CSV dialect.

#include <QString>

namespace dbx::gui {

class TablePage;

bool exportTableCsv(const TablePage &page, const QString &path, QString *error, int *rowsWritten = nullptr);
QByteArray tableCsv(const TablePage &page, int *rowsWritten = nullptr);

} // namespace dbx::gui
