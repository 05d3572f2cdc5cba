#pragma once
// The Changes view: what differs between two complete runs (by default the one before the newest
// and the newest), with run pickers, a kind filter and a one-line summary.

#include "models/ChangesModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace dbx::gui {

class TablePage;

class ChangesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChangesPage(QWidget *parent = nullptr);

    ChangesModel *model() const { return m_model; }
    TablePage *table() const { return m_table; }
    void setRuns(const QVector<RunInfo> &runs);
    void setDiff(const SnapshotDiff &diff, TeamIndexPtr team);
    QString summaryText() const;

Q_SIGNALS:
    // The user asked for another pair of runs (0, 0 = previous vs newest).
    void compareRequested(qint64 fromRun, qint64 toRun);
    void objectRequested(const QString &kind, const QString &id);

private:
    void applyKindFilter();

    ChangesModel *m_model;
    TablePage *m_table;
    QComboBox *m_from;
    QComboBox *m_to;
    QPushButton *m_compare;
    QComboBox *m_kind;
    QLabel *m_summary;
};

} // namespace dbx::gui
