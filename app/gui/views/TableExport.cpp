#include "views/TableExport.h"

#include "models/TableFilterProxy.h"
#include "models/TableModel.h"
#include "store/Export.h"
#include "views/TablePage.h"

#include <QCoreApplication>
#include <QHeaderView>
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

Expected<int> exportTableCsv(const TablePage &page, const QString &path)
{
    QSaveFile file(path);
    const auto cannotWrite = [&file, &path] {
        return unexpected(Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("dbx::gui::TableExport", "Cannot write %1: %2").arg(path, file.errorString()),
            file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite();
    int rows = 0;
    file.write(tableCsv(page, &rows));
    if (!file.commit())
        return cannotWrite();
    return rows;
}

} // namespace dbx::gui
