#pragma once
// The base of every table model of the window. Besides the usual QAbstractTableModel interface,
// it gives its proxy (TableFilterProxy) typed fast paths so that 100,000 rows filter and sort
// without building a QVariant per row per keystroke:
//  - search: prepareSearch(needle) once per keystroke, then rowMatches(row) per row, by default
//    against a precomputed lowercase key per row;
//  - sort: a rank per row and column computed once per loaded snapshot, so the proxy compares ints;
//  - partition: rows set apart (removed accounts) sort after the others in either order.

#include "models/ColumnsModel.h"

#include <QVector>

namespace dbx::gui {

class TableModel : public ColumnsModel
{
    Q_OBJECT
public:
    enum ItemRole {
        IdRole = Qt::UserRole + 1, // the object's id (team_member_id, group_id, ...)
        KindRole,                  // "account", "group", "role", ... for links and actions
        SortRole,                  // a value that sorts like the column (numbers as numbers)
    };

    using ColumnsModel::ColumnsModel;

    // Search: the needle is already lowercase; an empty needle matches every row.
    virtual void prepareSearch(const QString &needleLower);
    virtual bool rowMatches(int row) const;
    const QString &searchNeedle() const { return m_needle; }

    // Sort support: rank of each row for a column (0 = first ascending).
    const QVector<int> &sortRank(int column) const;
    virtual int partition(int /*row*/) const { return 0; }

    // The object's id at a row ("" when the row has none), and the row of an id (-1 if absent).
    virtual QString rowId(int row) const = 0;
    int rowOfId(const QString &id) const;
    // What a CSV export writes for a cell: the display text, unless a model knows better.
    virtual QString exportText(int row, int column) const;

protected:
    // Strict weak order of two rows by a column, used once per column to build the rank.
    virtual bool lessThan(int column, int left, int right) const = 0;
    // Called by subclasses inside begin/endResetModel once their rows changed.
    void resetCaches(QVector<QString> searchKeys = {});

    QVector<QString> m_searchKeys;

private:
    QString m_needle;
    mutable QVector<QVector<int>> m_ranks;
    mutable QHash<QString, int> m_rowOfId;
    mutable bool m_rowOfIdBuilt = false;
};

// Case-insensitive string order that puts empty strings last: names sort like people expect.
bool textLess(const QString &a, const QString &b);

// The lowercase search key of each item, for resetCaches(): key(item) is its searchable text.
template <typename T, typename KeyOf>
QVector<QString> searchKeys(const QVector<T> &items, KeyOf key)
{
    QVector<QString> keys;
    keys.reserve(items.size());
    for (const T &item : items)
        keys.push_back(key(item).toLower());
    return keys;
}

} // namespace dbx::gui
