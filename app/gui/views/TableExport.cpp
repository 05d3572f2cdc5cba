#include "views/TableExport.h"

#include "models/TableFilterProxy.h"
#include "models/TableModel.h"
#include "store/Export.h"
#include "views/TablePage.h"

#include <QHeaderView>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTableView>

namespace dbx::gui {

QByteArray tableCsv(const TablePage &page, int *rowsWritten)
{
    const QHeaderView *header = page.view()->horizontalHeader();
    const TableModel *model = page.model();
    const TableFilterProxy *proxy = page.proxy();
    QVector<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    QByteArray out;
    QStringList cells;
    for (int c : columns)
        cells << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    out += csvRow(cells);
    const int rows = proxy->rowCount();
    for (int r = 0; r < rows; ++r) {
        const int source = proxy->sourceRowOf(r);
        cells.clear();
        for (int c : columns)
            cells << model->exportText(source, c);
        out += csvRow(cells);
    }
    if (rowsWritten)
        *rowsWritten = rows;
    return out;
}

bool exportTableCsv(const TablePage &page, const QString &path, QString *error, int *rowsWritten)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("dbx::gui::TableExport", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(tableCsv(page, rowsWritten));
    if (!file.commit()) {
        *error = QCoreApplication::translate("dbx::gui::TableExport", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace dbx::gui
