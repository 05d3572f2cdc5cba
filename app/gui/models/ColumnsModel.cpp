#include "models/ColumnsModel.h"

namespace dbx::gui {

ColumnsModel::ColumnsModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers)), m_columns(static_cast<int>(m_headers.size()))
{}

int ColumnsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : rows(); }

int ColumnsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_columns; }

QVariant ColumnsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(index, role);
}

QVariant ColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section >= 0 && section < m_columns ? QVariant(m_headers.at(section)) : QVariant();
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace dbx::gui
