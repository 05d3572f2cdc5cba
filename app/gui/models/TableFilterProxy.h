#pragma once
// The proxy over every TableModel: text search as you type plus per-view filters (a predicate on
// source rows), and sorting by the model's precomputed ranks. Re-filtering invalidates the whole
// mapping in one go (one layoutChanged) instead of QSortFilterProxyModel's incremental path,
// which emits one remove signal per run of hidden rows and crawls on 100,000 rows.

#include <QSortFilterProxyModel>

#include <functional>

namespace dbx::gui {

class TableModel;

class TableFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using RowPredicate = std::function<bool(int sourceRow)>;

    explicit TableFilterProxy(QObject *parent = nullptr);

    void setTable(TableModel *model);
    TableModel *table() const { return m_table; }

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    // Extra filters of a view (status, type, ...); call refilter() after their inputs change.
    void setRowPredicate(RowPredicate predicate);
    void refilter();

    int sourceRowOf(int proxyRow) const;
    int proxyRowOfSource(int sourceRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    TableModel *m_table = nullptr;
    QString m_search;
    RowPredicate m_predicate;
};

} // namespace dbx::gui
