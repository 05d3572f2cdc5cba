#include "models/TableModel.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace dbx::gui {

void TableModel::prepareSearch(const QString &needleLower) { m_needle = needleLower; }

bool TableModel::rowMatches(int row) const
{
    if (m_needle.isEmpty())
        return true;
    if (row < 0 || row >= m_searchKeys.size())
        return false;
    return m_searchKeys.at(row).contains(m_needle);
}

const QVector<int> &TableModel::sortRank(int column) const
{
    if (m_ranks.size() <= column)
        m_ranks.resize(column + 1);
    QVector<int> &rank = m_ranks[column];
    const int n = rows();
    if (rank.size() != n) {
        QVector<int> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [this, column](int a, int b) { return lessThan(column, a, b); });
        rank.resize(n);
        // Equal rows share a rank so that the proxy's own tie-breaking (stable) stays in charge.
        int r = 0;
        for (int i = 0; i < n; ++i) {
            if (i > 0 && lessThan(column, order[i - 1], order[i]))
                r = i;
            rank[order[i]] = r;
        }
    }
    return rank;
}

int TableModel::rowOfId(const QString &id) const
{
    if (!m_rowOfIdBuilt) {
        const int n = rows();
        m_rowOfId.clear();
        m_rowOfId.reserve(n);
        for (int i = 0; i < n; ++i)
            m_rowOfId.insert(rowId(i), i);
        m_rowOfIdBuilt = true;
    }
    return m_rowOfId.value(id, -1);
}

QString TableModel::exportText(int row, int column) const
{
    return data(index(row, column), Qt::DisplayRole).toString();
}

void TableModel::resetCaches(QVector<QString> searchKeys)
{
    m_searchKeys = std::move(searchKeys);
    m_ranks.clear();
    m_rowOfId.clear();
    m_rowOfIdBuilt = false;
}

bool textLess(const QString &a, const QString &b)
{
    if (a.isEmpty() != b.isEmpty())
        return b.isEmpty();
    return QString::compare(a, b, Qt::CaseInsensitive) < 0;
}

} // namespace dbx::gui
