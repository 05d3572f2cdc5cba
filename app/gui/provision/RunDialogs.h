#pragma once
// What an admin watches while changes run on the worker: RunDialog (a progress bar, Cancel
// between items, then one row per item: done / no change / failed and why) and PlanDialog (a
// CSV plan's preview, what would change, what already holds, what is invalid with its line,
// then Apply with progress and the report CSV).

#include "provision/Plan.h"
#include "provision/ProvisionTypes.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace dbx::gui {

// What both share: a status line, a progress bar, Cancel between items (a change already sent
// completes), the results table, a summary and Close, named <prefix>StatusLabel, ...ProgressBar,
// ...CancelButton, ...SummaryLabel and ...CloseButton for the tests; each lays them out itself.
class ResultsDialog : public QDialog
{
    Q_OBJECT
public:
    QString summary() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    ResultsDialog(const QString &prefix, const QString &tableName, const QStringList &headers,
                  const QString &cancelText, QWidget *parent);
    void showProgress(const ProvisionProgress &progress);

    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_close;
};

class RunDialog : public ResultsDialog
{
    Q_OBJECT
public:
    RunDialog(const QString &title, const QVector<Operation> &operations, const Snapshot &snapshot,
              QWidget *parent = nullptr);

    bool isFinished() const { return m_finished; }
    QTableWidget *resultsTable() const { return m_table; }

public Q_SLOTS:
    void onProgress(const dbx::ProvisionProgress &progress);
    void onOperationFinished(const dbx::OperationResult &result);
    void onFinished(const QVector<dbx::OperationResult> &results, bool cancelled);

private:
    void setRow(const OperationResult &result);

    Snapshot m_snapshot;
    int m_total;
    bool m_finished = false;
};

class PlanDialog : public ResultsDialog
{
    Q_OBJECT
public:
    explicit PlanDialog(QWidget *parent = nullptr);

    void setPlan(const Plan &plan, bool applied);
    const Plan &plan() const { return m_plan; }
    // Provisioning off: Apply stays visible but explains instead.
    void setApplyRefusal(const QString &message) { m_refusal = message; }
    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void onProgress(const dbx::ProvisionProgress &progress);
    void onOperationFinished(const dbx::OperationResult &result);
    void onFinished(const dbx::Plan &plan, bool cancelled);

Q_SIGNALS:
    void applyRequested(const dbx::Plan &plan);
    void saveReportRequested(const dbx::Plan &plan);

private:
    void fill();

    Plan m_plan;
    bool m_applied = false;
    bool m_running = false;
    QString m_refusal;
    QLabel *m_source;
    QPushButton *m_apply;
    QPushButton *m_save;
};

} // namespace dbx::gui
