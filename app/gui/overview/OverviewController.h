#pragma once
// The Overview and Findings tabs of the window: after every snapshot shown, the figures and the
// findings are computed on the worker thread (core/insight) and shown; a click on a chart opens
// the matching filtered table; "Build a plan" hands a finding's proposed CSV to the existing plan
// preview. installOverview(window) is the one line the launcher needs.

#include "insight/Insight.h"
#include "overview/OverviewCharts.h"

#include <QObject>
#include <QSet>
#include <QTemporaryDir>

#include <functional>

namespace dbx::gui {

class FindingsModel;
class FindingsPage;
class MainWindow;
class OverviewPage;
class ReviewController;

class OverviewController : public QObject
{
    Q_OBJECT
public:
    explicit OverviewController(MainWindow *window);

    OverviewPage *overviewPage() const { return m_overview; }
    FindingsPage *findingsPage() const { return m_findingsPage; }
    FindingsModel *findingsModel() const { return m_findings; }
    ReviewController *reviews() const { return m_reviews; }
    const Insight &insight() const { return m_insight; }
    // Milliseconds from the snapshot being shown to its overview being on screen (last one).
    qint64 lastReadyMs() const { return m_readyMs; }
    void setSettings(const InsightSettings &settings);
    // The rows a filtered table shows after a chart click (tests).
    QSet<QString> lastShownIds() const { return m_shownIds; }

public Q_SLOTS:
    void refresh();
    void showFinding(const QString &id);
    // Writes the finding's proposed plan and opens it in the plan preview. False when the
    // finding proposes no change, provisioning is not installed, or the file cannot be written.
    bool buildPlan(const dbx::Finding &finding);
    // Asks for the findings' thresholds, keeps them in the settings and computes again.
    void editThresholds();

Q_SIGNALS:
    void insightReady(qint64 runId);
    void reviewRequested(const dbx::Finding &finding);

private:
    void apply(const Insight &insight, quint64 generation, qint64 startedMs);
    void onChartClicked(OverviewCharts::Chart chart, int index, int series);
    void showAccounts(const std::function<bool(const Account &)> &keep, const QString &what);
    void showIds(int view, const QSet<QString> &ids, const QString &what);

    MainWindow *m_window;
    FindingsModel *m_findings;
    OverviewPage *m_overview;
    FindingsPage *m_findingsPage;
    ReviewController *m_reviews;
    InsightSettings m_settings;
    Insight m_insight;
    quint64 m_generation = 0; // a result of an older snapshot is dropped
    qint64 m_readyMs = -1;
    QSet<QString> m_shownIds;
    QTemporaryDir m_plans; // the plans "Build a plan" writes, for the preview to read
};

// The Overview, Findings and Access review tabs.
OverviewController *installOverview(MainWindow *window);

} // namespace dbx::gui
