// The Overview and Findings tabs' controller (OverviewController.h).
#include "overview/OverviewController.h"

#include "GuiLog.h"
#include "MainWindow.h"
#include "SettingsKeys.h"
#include "models/TableFilterProxy.h"
#include "models/TableModel.h"
#include "overview/FindingsPage.h"
#include "overview/InsightModels.h"
#include "overview/OverviewPage.h"
#include "overview/ReviewController.h"
#include "provision/ProvisioningController.h"
#include "views/TablePage.h"
#include "worker/ConnectorSession.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>

namespace dbx::gui {

namespace {
qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
} // namespace

OverviewController::OverviewController(MainWindow *window)
    : QObject(window), m_window(window), m_findings(new FindingsModel(this))
{
    setObjectName(QStringLiteral("overviewController"));
    m_overview = new OverviewPage(m_findings, window);
    m_findingsPage = new FindingsPage(m_findings, window);
    window->addView(m_overview, tr("Overview"));
    window->addView(m_findingsPage, tr("Findings"));
    // The Overview is the first tab, Findings the second: the picture first, then the list.
    if (auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))) {
        tabs->tabBar()->moveTab(tabs->indexOf(m_overview), 0);
        tabs->tabBar()->moveTab(tabs->indexOf(m_findingsPage), 1);
        tabs->setCurrentWidget(m_overview);
    }

    if (QSettings *s = window->settings()) {
        m_settings.staleInviteDays = keys::InsightStaleInviteDays.read(*s);
        m_settings.inactiveDays = keys::InsightInactiveDays.read(*s);
        m_settings.maxAdmins = keys::InsightMaxAdmins.read(*s);
    }
    connect(m_findingsPage, &FindingsPage::thresholdsRequested, this, &OverviewController::editThresholds);
    connect(window, &MainWindow::snapshotShown, this, &OverviewController::refresh);
    connect(m_overview->charts(), &OverviewCharts::elementClicked, this, &OverviewController::onChartClicked);
    connect(m_overview, &OverviewPage::findingActivated, this, &OverviewController::showFinding);
    connect(m_findingsPage, &FindingsPage::objectActivated, window, &MainWindow::showObject);
    connect(m_findingsPage, &FindingsPage::buildPlanRequested, this, &OverviewController::buildPlan);
    connect(m_findingsPage, &FindingsPage::reviewRequested, this, &OverviewController::reviewRequested);
    m_reviews = new ReviewController(window);
    connect(this, &OverviewController::reviewRequested, m_reviews, &ReviewController::startReviewOfFinding);
    if (window->snapshot().runId != 0)
        refresh();
}

void OverviewController::setSettings(const InsightSettings &settings)
{
    m_settings = settings;
    refresh();
}

void OverviewController::refresh()
{
    const Snapshot snapshot = m_window->snapshot(); // implicitly shared: no copy of the rows
    const quint64 generation = ++m_generation;
    const qint64 started = nowMs();
    if (snapshot.runId == 0) {
        apply(Insight(), generation, started);
        return;
    }
    const InsightSettings settings = m_settings;
    QPointer<OverviewController> self(this);
    // The figures are computed on the worker thread: at 100,000 members the rules read every
    // account and membership, which the window's thread should not wait for.
    m_window->worker()->runOnWorker([self, snapshot, settings, generation, started](ConnectorSession *session) {
        const QVector<RunInfo> runs = session && session->store() ? session->store()->runs() : QVector<RunInfo>();
        const Insight insight = computeInsight(snapshot, runs, settings, QDateTime::currentDateTimeUtc());
        QMetaObject::invokeMethod(
            self.data(),
            [self, insight, generation, started] {
                if (self)
                    self->apply(insight, generation, started);
            },
            Qt::QueuedConnection);
    });
}

void OverviewController::apply(const Insight &insight, quint64 generation, qint64 startedMs)
{
    if (generation != m_generation)
        return; // a newer snapshot is being computed
    m_insight = insight;
    m_overview->charts()->setFigures(insight.overview);
    m_findings->setFindings(insight.findings);
    m_readyMs = nowMs() - startedMs;
    if (insight.runId == 0) {
        m_overview->setHeadline(tr("No snapshot yet: sync the team to see it here."));
    } else {
        int attention = 0;
        for (const Finding &f : insight.findings)
            attention += f.count() > 0 ? 1 : 0;
        const QLocale locale;
        m_overview->setHeadline(tr("<b>%1</b>: %2 accounts, %3 groups, %4 memberships in sync run %5 (%6). "
                                   "%7 of %8 checks found something.")
                                    .arg(insight.teamName.toHtmlEscaped(), locale.toString(insight.overview.accounts),
                                         locale.toString(insight.overview.groups),
                                         locale.toString(insight.overview.memberships))
                                    .arg(insight.runId)
                                    .arg(locale.toString(insight.snapshotAt.toLocalTime(), QLocale::ShortFormat))
                                    .arg(attention)
                                    .arg(insight.findings.size()));
    }
    qCInfo(lcGui) << "overview of run" << insight.runId << "ready in" << m_readyMs << "ms";
    Q_EMIT insightReady(insight.runId);
}

void OverviewController::showFinding(const QString &id)
{
    m_window->showView(m_findingsPage);
    m_findingsPage->showFinding(id);
}

void OverviewController::onChartClicked(OverviewCharts::Chart chart, int index, int series)
{
    Q_UNUSED(series);
    const OverviewFigures &f = m_insight.overview;
    switch (chart) {
    case OverviewCharts::Chart::Status: {
        const AccountStatus status = static_cast<AccountStatus>(index);
        showAccounts([status](const Account &a) { return a.status == status; },
                     tr("accounts with status %1").arg(displayName(status)));
        break;
    }
    case OverviewCharts::Chart::Roles: {
        const RoleCount role = f.roles.value(index);
        showAccounts([role](const Account &a) { return a.status != AccountStatus::Removed && a.roleId == role.roleId; },
                     role.roleId.isEmpty() ? tr("members with no admin role") : tr("holders of %1").arg(role.name));
        break;
    }
    case OverviewCharts::Chart::GroupSizes: {
        const GroupSizeBin bin = f.groupSizes.value(index);
        QHash<QString, int> size;
        for (const Membership &m : m_window->snapshot().memberships)
            ++size[m.groupId];
        QSet<QString> ids;
        for (const Group &g : m_window->snapshot().groups) {
            const int n = size.value(g.id);
            if (n >= bin.min && (bin.max < 0 || n <= bin.max))
                ids.insert(g.id);
        }
        showIds(int(MainWindow::View::Groups), ids, tr("groups of %1 members").arg(bin.label()));
        break;
    }
    case OverviewCharts::Chart::History: {
        const RunPoint point = f.history.value(index);
        m_window->showView(MainWindow::View::Runs);
        if (TablePage *runs = m_window->page(MainWindow::View::Runs))
            runs->selectId(QString::number(point.runId));
        m_shownIds = {QString::number(point.runId)};
        break;
    }
    case OverviewCharts::Chart::SignIn: {
        // The same bucket the figures counted with, as of when they were computed.
        const Snapshot snapshot = m_window->snapshot();
        const QDateTime asOf = m_insight.generatedAt;
        const QString what[] = {tr("active members who signed in within 30 days"),
                                tr("active members whose last sign-in was 30 to 90 days ago"),
                                tr("active members with no sign-in for over 90 days"),
                                tr("active members with no sign-in in the %1 days read").arg(f.signInDays)};
        showAccounts([&snapshot, asOf, index](const Account &a) { return signInBucket(a, snapshot, asOf) == index; },
                     what[qBound(0, index, 3)]);
        break;
    }
    }
}

void OverviewController::showAccounts(const std::function<bool(const Account &)> &keep, const QString &what)
{
    QSet<QString> ids;
    for (const Account &a : m_window->snapshot().accounts) {
        if (keep(a))
            ids.insert(a.teamMemberId);
    }
    showIds(int(MainWindow::View::Accounts), ids, what);
}

void OverviewController::showIds(int view, const QSet<QString> &ids, const QString &what)
{
    TablePage *page = m_window->page(static_cast<MainWindow::View>(view));
    if (!page)
        return;
    m_shownIds = ids;
    page->searchBox()->clear();
    TableModel *model = page->model();
    page->proxy()->setRowPredicate([model, ids](int row) { return ids.contains(model->rowId(row)); });
    page->updateCount();
    m_window->showView(static_cast<MainWindow::View>(view));
    QPointer<TablePage> guard(page);
    m_window->showMessage(tr("Showing %1 (%2), from the Overview.").arg(what).arg(ids.size()), false, tr("Show all"),
                          [guard] {
                              if (!guard)
                                  return;
                              guard->proxy()->setRowPredicate({});
                              guard->updateCount();
                          });
}

bool OverviewController::buildPlan(const Finding &finding)
{
    const QByteArray csv = findingPlanCsv(finding);
    auto *provisioning = m_window->findChild<ProvisioningController *>();
    if (csv.isEmpty() || !provisioning || !m_plans.isValid())
        return false;
    const QString path = m_plans.filePath(finding.id + QStringLiteral("-")
                                          + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                                          + QStringLiteral(".csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
        m_window->showMessage(tr("Cannot write the plan %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    file.close();
    provisioning->openPlan(path);
    return true;
}

void OverviewController::editThresholds()
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("thresholdsDialog"));
    dialog.setWindowTitle(tr("Findings thresholds"));
    const auto spin = [&dialog](int value, int max, const QString &suffix) {
        auto *box = new QSpinBox(&dialog);
        box->setRange(1, max);
        box->setValue(value);
        box->setSuffix(suffix);
        return box;
    };
    QSpinBox *stale = spin(m_settings.staleInviteDays, 3650, tr(" days"));
    QSpinBox *inactive = spin(m_settings.inactiveDays, 3650, tr(" days"));
    QSpinBox *admins = spin(m_settings.maxAdmins, 1000, QString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("An invitation is stale after"), stale);
    form->addRow(tr("A member is inactive after no sign-in for"), inactive);
    form->addRow(tr("Too many team admins: more than"), admins);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    InsightSettings s;
    s.staleInviteDays = stale->value();
    s.inactiveDays = inactive->value();
    s.maxAdmins = admins->value();
    if (QSettings *settings = m_window->settings()) {
        keys::InsightStaleInviteDays.write(*settings, s.staleInviteDays);
        keys::InsightInactiveDays.write(*settings, s.inactiveDays);
        keys::InsightMaxAdmins.write(*settings, s.maxAdmins);
    }
    setSettings(s);
}

OverviewController *installOverview(MainWindow *window) { return new OverviewController(window); }

} // namespace dbx::gui
