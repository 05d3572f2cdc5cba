#pragma once
// The tasks ConductorOne gave this connector while the window was open, newest first: when,
// what, how it ended and why. Rows are updated in place when a running task finishes.

#include "models/ColumnsModel.h"
#include "worker/PushService.h"

#include <QVector>

namespace dbx::gui {

class TaskHistoryModel : public ColumnsModel
{
    Q_OBJECT

public:
    enum Column {
        Started,
        Task,
        Result,
        Duration,
        Message,
        ColumnCount
    };

    explicit TaskHistoryModel(QObject *parent = nullptr);

    const PushTask &record(int row) const { return m_rows.at(row); }
    // Adds the task, or updates the row of the task with the same id.
    void upsert(const PushTask &record);
    void clear();

    static QString resultText(const PushTask &record);

protected:
    int rows() const override { return static_cast<int>(m_rows.size()); }
    QVariant cell(const QModelIndex &index, int role) const override;

private:
    QVector<PushTask> m_rows; // newest first
};

} // namespace dbx::gui
