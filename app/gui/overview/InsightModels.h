#pragma once
// The findings as tables: one row per rule (FindingsModel) and the rows of one finding
// (FindingItemsModel). Plain QAbstractTableModels over the worker's Insight value.

#include "insight/Insight.h"

#include <QAbstractTableModel>

namespace dbx::gui {

class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Title,
        Count,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // the rule's id ("stale_invite")
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(const QVector<Finding> &findings);
    const QVector<Finding> &findings() const { return m_findings; }
    const Finding &finding(int row) const { return m_findings.at(row); }
    int rowOfId(const QString &id) const; // -1: no such rule

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Finding> m_findings;
};

class FindingItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Kind,
        Detail,
        Id,
        ColumnCount
    };
    enum Role {
        UrlRole = Qt::UserRole + 1, // dbx://account/<id> or dbx://group/<id>
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QVector<FindingItem> &items);
    const FindingItem &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<FindingItem> m_items;
};

} // namespace dbx::gui
