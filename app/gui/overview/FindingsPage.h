#pragma once
// The Findings view: every rule with its count; the chosen one's why-it-matters, its rows
// (double-click opens the account or group) and, where the fix is a change, "Build a plan",
// which hands the proposed CSV plan to the existing plan preview (nothing is applied there
// without its confirmation).

#include "insight/Insight.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QUrl;

namespace dbx::gui {

class FindingItemsModel;
class FindingsModel;

class FindingsPage : public QWidget
{
    Q_OBJECT
public:
    FindingsPage(FindingsModel *findings, QWidget *parent = nullptr);

    FindingItemsModel *itemsModel() const { return m_items; }
    QTableView *findingsView() const { return m_list; }
    QTableView *itemsView() const { return m_itemsView; }
    QPushButton *buildPlanButton() const { return m_buildPlan; }
    QPushButton *reviewButton() const { return m_review; }
    // The rule shown ("" when none).
    QString currentId() const { return m_current; }

public Q_SLOTS:
    bool showFinding(const QString &id);

Q_SIGNALS:
    void objectActivated(const QUrl &url);
    void buildPlanRequested(const dbx::Finding &finding);
    void reviewRequested(const dbx::Finding &finding);
    void thresholdsRequested();

private:
    void showRow(int row);
    void refresh();

    FindingsModel *m_findings;
    FindingItemsModel *m_items;
    QTableView *m_list;
    QTableView *m_itemsView;
    QLabel *m_title;
    QLabel *m_why;
    QLabel *m_note;
    QPushButton *m_buildPlan;
    QPushButton *m_review;
    QString m_current;
};

} // namespace dbx::gui
