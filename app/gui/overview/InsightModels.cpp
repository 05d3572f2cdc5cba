// The findings table models (InsightModels.h).
#include "overview/InsightModels.h"

#include "views/DetailPane.h"

#include <QFont>

namespace dbx::gui {

FindingsModel::FindingsModel(QObject *parent) : ColumnsModel({tr("Finding"), tr("Count")}, parent) {}

void FindingsModel::setFindings(const QVector<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowOfId(const QString &id) const
{
    for (int i = 0; i < m_findings.size(); ++i) {
        if (m_findings.at(i).id == id)
            return i;
    }
    return -1;
}

QVariant FindingsModel::cell(const QModelIndex &index, int role) const
{
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Title)
            return f.title;
        return f.notRead ? QVariant(tr("not read")) : QVariant(f.count());
    case Qt::ToolTipRole: return f.note.isEmpty() ? f.why : f.note;
    case Qt::FontRole:
        if (f.count() > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole: return f.id;
    default: return {};
    }
}

FindingItemsModel::FindingItemsModel(QObject *parent)
    : ColumnsModel({tr("Name"), tr("Kind"), tr("Why listed"), tr("ID")}, parent)
{}

void FindingItemsModel::setItems(const QVector<FindingItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

QVariant FindingItemsModel::cell(const QModelIndex &index, int role) const
{
    const FindingItem &item = m_items.at(index.row());
    if (role == UrlRole)
        return DetailPane::objectUrl(item.kind, item.id);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return item.name;
    case Kind: return item.kind == QLatin1String("group") ? tr("Group") : tr("Account");
    case Detail: return item.detail;
    case Id: return item.id;
    default: return {};
    }
}

} // namespace dbx::gui
