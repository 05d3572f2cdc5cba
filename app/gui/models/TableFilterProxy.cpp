#include "models/TableFilterProxy.h"

#include "models/TableModel.h"

namespace dbx::gui {

TableFilterProxy::TableFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TableModel::SortRole);
}

void TableFilterProxy::setTable(TableModel *model)
{
    m_table = model;
    setSourceModel(model);
    if (m_table)
        m_table->prepareSearch(m_search.toLower());
}

void TableFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    if (m_table)
        m_table->prepareSearch(m_search.toLower());
    refilter();
}

void TableFilterProxy::setRowPredicate(RowPredicate predicate)
{
    m_predicate = std::move(predicate);
    refilter();
}

void TableFilterProxy::refilter() { invalidate(); }

int TableFilterProxy::sourceRowOf(int proxyRow) const { return mapToSource(index(proxyRow, 0)).row(); }

int TableFilterProxy::proxyRowOfSource(int sourceRow) const
{
    if (!m_table || sourceRow < 0)
        return -1;
    return mapFromSource(m_table->index(sourceRow, 0)).row();
}

bool TableFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_table)
        return false;
    if (!m_table->rowMatches(sourceRow))
        return false;
    return !m_predicate || m_predicate(sourceRow);
}

bool TableFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_table)
        return QSortFilterProxyModel::lessThan(left, right);
    const int l = left.row();
    const int r = right.row();
    const int pl = m_table->partition(l);
    const int pr = m_table->partition(r);
    if (pl != pr) {
        // Qt asks lessThan(right, left) for a descending sort: answer so that the set-apart
        // partition ends up last either way.
        return sortOrder() == Qt::AscendingOrder ? pl < pr : pl > pr;
    }
    const QVector<int> &rank = m_table->sortRank(left.column());
    return rank.at(l) < rank.at(r);
}

} // namespace dbx::gui
