#pragma once
// The flat table every model of the window is: its column titles are fixed when it is made, so
// the row and column counts, the horizontal header and the check of an index come from here, and
// a model states only its rows and its cells.

#include <QAbstractTableModel>
#include <QStringList>

namespace dbx::gui {

class ColumnsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // headers: the column titles (translated), in the order of the model's column enum.
    explicit ColumnsModel(QStringList headers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    // A stored count, not headers().size(): QAbstractTableModel::index() asks for it on every
    // call, and a proxy calls index() millions of times while sorting 100,000 rows.
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Nothing for an index that is not a cell of this table; else cell().
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;

protected:
    virtual int rows() const = 0;
    // index: a valid cell of this table.
    virtual QVariant cell(const QModelIndex &index, int role) const = 0;
    const QStringList &headers() const { return m_headers; }

private:
    QStringList m_headers;
    int m_columns;
};

} // namespace dbx::gui
