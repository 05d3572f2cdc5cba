#include "provision/RunDialogs.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dbx::gui {

namespace {

QColor outcomeColor(Outcome o)
{
    switch (o) {
    case Outcome::Success: return QColor(0x1b, 0x7f, 0x3b);
    case Outcome::NoChange: return QColor(0x5f, 0x63, 0x68);
    case Outcome::Failed:
    case Outcome::Invalid: return QColor(0xb3, 0x26, 0x1e);
    case Outcome::Cancelled: return QColor(0x7a, 0x7a, 0x7a);
    case Outcome::Unknown: return QColor(0xa8, 0x5d, 0x00);
    }
    return QColor();
}

QTableWidgetItem *item(const QString &text, const QColor &color = QColor())
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setToolTip(text);
    if (color.isValid())
        i->setForeground(color);
    return i;
}

QTableWidget *resultTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString counts(int done, int noChange, int failed, int cancelled, int unknown = 0)
{
    QStringList parts;
    parts << RunDialog::tr("%n done", nullptr, done);
    parts << RunDialog::tr("%n without change", nullptr, noChange);
    parts << RunDialog::tr("%n failed", nullptr, failed);
    if (cancelled > 0)
        parts << RunDialog::tr("%n not started (cancelled)", nullptr, cancelled);
    if (unknown > 0)
        parts << RunDialog::tr("%n unknown: the reply was lost and could not be read back; sync to confirm", nullptr,
                               unknown);
    return parts.join(QStringLiteral(", "));
}

} // namespace

// ---------------------------------------------------------------------------- ResultsDialog

ResultsDialog::ResultsDialog(const QString &prefix, const QString &tableName, const QStringList &headers,
                             const QString &cancelText, QWidget *parent)
    : QDialog(parent), m_status(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(cancelText, this)), m_table(resultTable(tableName, headers, this)),
      m_summary(new QLabel(this)), m_close(new QPushButton(tr("Close"), this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_status->setObjectName(prefix + QStringLiteral("StatusLabel"));
    m_progress->setObjectName(prefix + QStringLiteral("ProgressBar"));
    m_cancel->setObjectName(prefix + QStringLiteral("CancelButton"));
    m_summary->setObjectName(prefix + QStringLiteral("SummaryLabel"));
    m_summary->setWordWrap(true);
    m_close->setObjectName(prefix + QStringLiteral("CloseButton"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling: a change in flight is stopped and read back from Dropbox..."));
        emit cancelRequested();
    });
}

void ResultsDialog::showProgress(const ProvisionProgress &progress)
{
    m_progress->setRange(0, qMax(1, progress.total));
    m_progress->setValue(progress.done);
    if (!progress.text.isEmpty())
        m_status->setText(progress.text);
}

QString ResultsDialog::summary() const { return m_summary->text(); }

// -------------------------------------------------------------------------------- RunDialog

RunDialog::RunDialog(const QString &title, const QVector<Operation> &operations, const Snapshot &snapshot,
                     QWidget *parent)
    : ResultsDialog(QStringLiteral("provision"), QStringLiteral("provisionResultsTable"),
                    {tr("Outcome"), tr("Change"), tr("Message"), tr("Request id")}, tr("Cancel"), parent),
      m_snapshot(snapshot), m_total(int(operations.size()))
{
    setObjectName(QStringLiteral("provisionRunDialog"));
    setWindowTitle(title);

    m_status->setText(tr("Sending to Dropbox..."));
    m_progress->setRange(0, m_total);
    m_progress->setValue(0);
    m_cancel->setToolTip(tr("Stops before the next item; a change already sent to Dropbox completes."));
    m_table->setRowCount(m_total);
    for (int i = 0; i < m_total; ++i) {
        m_table->setItem(i, 0, item(tr("Waiting")));
        m_table->setItem(i, 1, item(operations.at(i).describe(&m_snapshot)));
        m_table->setItem(i, 2, item(QString()));
        m_table->setItem(i, 3, item(QString()));
    }
    m_table->setColumnWidth(0, 90);
    m_table->setColumnWidth(1, 360);
    m_table->setColumnWidth(2, 360);
    m_close->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    resize(960, 420);
}

void RunDialog::onProgress(const ProvisionProgress &progress)
{
    if (!m_finished)
        showProgress(progress);
}

void RunDialog::setRow(const OperationResult &r)
{
    if (r.index < 0 || r.index >= m_table->rowCount())
        return;
    const QColor color = outcomeColor(r.outcome);
    m_table->setItem(r.index, 0, item(displayName(r.outcome), color));
    m_table->setItem(r.index, 2, item(r.message));
    m_table->setItem(r.index, 3, item(r.requestId));
}

void RunDialog::onOperationFinished(const OperationResult &result)
{
    if (m_finished)
        return;
    setRow(result);
}

void RunDialog::onFinished(const QVector<OperationResult> &results, bool cancelled)
{
    m_finished = true;
    for (const OperationResult &r : results)
        setRow(r);
    m_progress->setRange(0, qMax(1, m_total));
    m_progress->setValue(m_total);
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
    m_status->setText(cancelled ? tr("Cancelled: the items not yet started were not sent.") : tr("Finished."));
    const OutcomeCounts n = countOutcomes(results);
    m_summary->setText(counts(n.success, n.noChange, n.failed, n.cancelled, n.unknown));
}

// ------------------------------------------------------------------------------- PlanDialog

PlanDialog::PlanDialog(QWidget *parent)
    : ResultsDialog(QStringLiteral("plan"), QStringLiteral("planTable"),
                    {tr("Line"), tr("Action"), tr("Member"), tr("Group or role"), tr("Status"), tr("Why")},
                    tr("Cancel run"), parent)
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(tr("Apply plan"));

    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("planSourceLabel"));
    m_source->setWordWrap(true);
    m_table->setColumnWidth(0, 50);
    m_table->setColumnWidth(1, 130);
    m_table->setColumnWidth(2, 200);
    m_table->setColumnWidth(3, 160);
    m_table->setColumnWidth(4, 110);
    m_progress->hide();
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("planApplyButton"));
    m_cancel->hide();
    m_save = new QPushButton(tr("Save report..."), this);
    m_save->setObjectName(QStringLiteral("planSaveReportButton"));
    // Tab in the order the buttons stand (the shared ones were made first).
    setTabOrder(m_table, m_apply);
    setTabOrder(m_apply, m_cancel);
    setTabOrder(m_cancel, m_save);
    setTabOrder(m_save, m_close);

    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addWidget(m_status, 1);
    buttonsRow->addWidget(m_progress, 1);
    buttonsRow->addWidget(m_cancel);
    buttonsRow->addWidget(m_apply);
    buttonsRow->addWidget(m_save);
    buttonsRow->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttonsRow);

    connect(m_apply, &QPushButton::clicked, this, [this] {
        // A plan rejected as a whole is never sent, whatever state the button is in.
        if (!m_plan.isValid())
            return;
        if (!m_refusal.isEmpty()) {
            m_status->setText(m_refusal);
            m_status->setWordWrap(true);
            return;
        }
        m_running = true;
        m_apply->setEnabled(false);
        m_close->setEnabled(false);
        m_cancel->show();
        m_cancel->setEnabled(true);
        m_progress->show();
        m_progress->setRange(0, 0);
        m_status->setText(tr("Applying..."));
        emit applyRequested(m_plan);
    });
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveReportRequested(m_plan); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    resize(1000, 520);
}

void PlanDialog::setPlan(const Plan &plan, bool applied)
{
    m_plan = plan;
    m_applied = applied;
    fill();
}

void PlanDialog::fill()
{
    m_source->setText(tr("Plan: %1").arg(m_plan.source));
    m_table->setRowCount(0);
    if (!m_plan.isValid()) {
        m_summary->setText(m_plan.error);
        m_apply->setEnabled(false);
        m_save->setEnabled(false);
        return;
    }
    m_table->setRowCount(int(m_plan.rows.size()));
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        const PlanRow &row = m_plan.rows.at(i);
        QString status;
        QColor color;
        if (row.applied) {
            status = displayName(row.result.outcome);
            color = outcomeColor(row.result.outcome);
        } else if (!row.parsed) {
            status = tr("Invalid");
            color = outcomeColor(Outcome::Invalid);
        } else {
            switch (row.verdict) {
            case Precheck::Verdict::WillChange:
                status = tr("Will change");
                color = outcomeColor(Outcome::Success);
                break;
            case Precheck::Verdict::AlreadySo:
                status = tr("Already so");
                color = outcomeColor(Outcome::NoChange);
                break;
            case Precheck::Verdict::Invalid:
                status = tr("Invalid");
                color = outcomeColor(Outcome::Invalid);
                break;
            }
        }
        QString why = row.message();
        if (why.isEmpty() && row.parsed && !row.applied && row.verdict == Precheck::Verdict::WillChange)
            why = row.operation.describe();
        m_table->setItem(i, 0, item(QString::number(row.line)));
        m_table->setItem(i, 1, item(row.action));
        m_table->setItem(i, 2, item(row.user));
        m_table->setItem(i, 3, item(row.object));
        m_table->setItem(i, 4, item(status, color));
        m_table->setItem(i, 5, item(why));
    }
    if (m_applied) {
        m_summary->setText(tr("Applied: %1.")
                               .arg(counts(m_plan.count(Outcome::Success), m_plan.count(Outcome::NoChange),
                                           m_plan.count(Outcome::Failed) + m_plan.count(Outcome::Invalid),
                                           m_plan.count(Outcome::Cancelled), m_plan.count(Outcome::Unknown))));
    } else {
        const int change = m_plan.count(Precheck::Verdict::WillChange);
        const int invalid = int(std::count_if(m_plan.rows.cbegin(), m_plan.rows.cend(), [](const PlanRow &r) {
            return !r.parsed || r.verdict == Precheck::Verdict::Invalid;
        }));
        m_summary->setText(
            (m_plan.rows.size() == 1 ? tr("Preview of 1 row: ") : tr("Preview of %1 rows: ").arg(m_plan.rows.size()))
            + tr("%1 would change, %2 already so, %3 invalid (not sent; the other rows still run).")
                  .arg(change)
                  .arg(m_plan.count(Precheck::Verdict::AlreadySo))
                  .arg(invalid));
        m_apply->setEnabled(change > 0 && !m_running);
    }
    m_apply->setVisible(!m_applied);
    m_save->setEnabled(true);
}

void PlanDialog::onProgress(const ProvisionProgress &progress)
{
    if (m_running)
        showProgress(progress);
}

void PlanDialog::onOperationFinished(const OperationResult &)
{
    // Rows are shown with their outcome once the plan comes back as a whole (planFinished):
    // the result's index counts operations, not plan lines.
}

void PlanDialog::onFinished(const Plan &plan, bool cancelled)
{
    if (!m_running)
        return;
    m_running = false;
    m_progress->hide();
    m_cancel->hide();
    m_close->setEnabled(true);
    m_status->setText(cancelled ? tr("Cancelled: rows not yet started were not sent.") : tr("Finished."));
    setPlan(plan, true);
}

} // namespace dbx::gui
