// The rows of an access review as a table (ReviewModel.h).
#include "overview/ReviewModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace dbx::gui {

QString ReviewModel::decisionName(const QString &decision)
{
    if (decision == QLatin1String("keep"))
        return tr("Keep");
    if (decision == QLatin1String("revoke"))
        return tr("Revoke");
    return tr("Undecided");
}

ReviewModel::ReviewModel(QObject *parent)
    : ColumnsModel({tr("#"), tr("Email"), tr("Name"), tr("Access under review"), tr("Decision"), tr("Revoke by"),
                    tr("Comment"), tr("Decided by"), tr("Decided at")},
                   parent)
{}

void ReviewModel::setReview(const Review &review)
{
    beginResetModel();
    m_review = review;
    endResetModel();
}

void ReviewModel::updateItem(const ReviewItem &item)
{
    for (int i = 0; i < m_review.items.size(); ++i) {
        if (m_review.items.at(i).seq == item.seq) {
            m_review.items[i] = item;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
}

QVariant ReviewModel::cell(const QModelIndex &index, int role) const
{
    const ReviewItem &i = m_review.items.at(index.row());
    if (role == Qt::BackgroundRole && index.column() == Decision) {
        if (i.decision == QLatin1String("keep"))
            return QBrush(QColor(0xd9, 0xf2, 0xe0));
        if (i.decision == QLatin1String("revoke"))
            return QBrush(QColor(0xf9, 0xdc, 0xd9));
        return {};
    }
    if (role == Qt::EditRole) {
        if (index.column() == Decision)
            return i.decision;
        if (index.column() == Comment)
            return i.comment;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Row: return i.seq;
    case Email: return i.email;
    case Name: return i.name;
    case Access: return i.objectName;
    case Decision: return decisionName(i.decision);
    case RevokeBy: return i.revokeAction;
    case Comment: return i.comment;
    case DecidedBy: return i.decidedBy;
    case DecidedAt:
        return i.decidedAt.isValid() ? QLocale().toString(i.decidedAt.toLocalTime(), QLocale::ShortFormat) : QString();
    default: return {};
    }
}

Qt::ItemFlags ReviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = ColumnsModel::flags(index);
    if (index.isValid() && !m_review.closedAt.isValid() && (index.column() == Decision || index.column() == Comment))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || m_review.closedAt.isValid())
        return false;
    const ReviewItem &i = m_review.items.at(index.row());
    if (index.column() == Decision) {
        const QString d = value.toString().toLower();
        if (d != QLatin1String("keep") && d != QLatin1String("revoke") && d != QLatin1String("undecided"))
            return false;
        Q_EMIT decisionRequested(i.seq, d, i.comment);
        return true;
    }
    if (index.column() == Comment) {
        // A comment alone leaves the decision as it is.
        Q_EMIT decisionRequested(i.seq, i.decision, value.toString());
        return true;
    }
    return false;
}

} // namespace dbx::gui
