#include "TaskHistoryModel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace dbx::gui {

TaskHistoryModel::TaskHistoryModel(QObject *parent)
    : ColumnsModel({tr("Started"), tr("Task"), tr("Result"), tr("Took"), tr("Details")}, parent)
{}

QString TaskHistoryModel::resultText(const PushTask &record)
{
    if (!record.finished)
        return tr("Running");
    return record.ok ? tr("Done") : tr("Failed");
}

QVariant TaskHistoryModel::cell(const QModelIndex &index, int role) const
{
    const PushTask &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Started: return QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat);
        case Task: return r.summary.isEmpty() ? r.type : r.summary;
        case Result: return resultText(r);
        case Duration: {
            if (!r.finished)
                return QString();
            const qint64 ms = r.startedAt.msecsTo(r.finishedAt);
            return ms < 1000 ? tr("%1 ms").arg(ms) : tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
        }
        case Message: return r.message;
        default: return QVariant();
        }
    }
    if (role == Qt::DecorationRole && index.column() == Result) {
        QStyle *style = QApplication::style();
        if (!r.finished)
            return style->standardIcon(QStyle::SP_BrowserReload);
        return style->standardIcon(r.ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical);
    }
    if (role == Qt::UserRole)
        return r.taskId;
    return QVariant();
}

void TaskHistoryModel::upsert(const PushTask &record)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).taskId == record.taskId) {
            m_rows[row] = record;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows(QModelIndex(), 0, 0);
    m_rows.prepend(record);
    endInsertRows();
}

void TaskHistoryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace dbx::gui
