#pragma once
// The findings as tables: one row per rule (FindingsModel) and the rows of one finding
// (FindingItemsModel). Plain tables (ColumnsModel) over the worker's Insight value.

#include "insight/Insight.h"
#include "models/ColumnsModel.h"

namespace dbx::gui {

class FindingsModel : public ColumnsModel
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
    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QVector<Finding> &findings);
    const QVector<Finding> &findings() const { return m_findings; }
    const Finding &finding(int row) const { return m_findings.at(row); }
    int rowOfId(const QString &id) const; // -1: no such rule

protected:
    int rows() const override { return static_cast<int>(m_findings.size()); }
    QVariant cell(const QModelIndex &index, int role) const override;

private:
    QVector<Finding> m_findings;
};

class FindingItemsModel : public ColumnsModel
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
    explicit FindingItemsModel(QObject *parent = nullptr);

    void setItems(const QVector<FindingItem> &items);
    const FindingItem &item(int row) const { return m_items.at(row); }

protected:
    int rows() const override { return static_cast<int>(m_items.size()); }
    QVariant cell(const QModelIndex &index, int role) const override;

private:
    QVector<FindingItem> m_items;
};

} // namespace dbx::gui
