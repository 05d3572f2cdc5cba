// The Overview's charts (OverviewCharts.h). Each chart is rebuilt from the figures on every new
// snapshot: a handful of series with at most a few dozen points, so rebuilding costs far less
// than the 300 ms budget and keeps no state to get out of step.
#include "overview/OverviewCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace dbx::gui {

namespace {
constexpr AccountStatus kStatuses[]
    = {AccountStatus::Active, AccountStatus::Invited, AccountStatus::Suspended, AccountStatus::Removed};

QChartView *makeView(const QString &objectName, const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 230);
    return view;
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// Bars (stacked when sets > 1) with categories along x (or y for horizontal bars).
void fillBars(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, bool horizontal)
{
    int max = 1;
    for (int i = 0; i < categories.size(); ++i) {
        int total = 0;
        for (QBarSet *set : series->barSets())
            total += static_cast<int>(set->at(i));
        max = std::max(max, total);
    }
    chart->addSeries(series);
    auto *cats = new QBarCategoryAxis;
    cats->append(categories);
    QFont small = cats->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    cats->setLabelsFont(small);
    cats->setTruncateLabels(horizontal); // "101-1000" under a narrow bar: smaller, not cut
    auto *values = new QValueAxis;
    values->setRange(0, max * 1.1);
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(cats, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(cats);
    series->attachAxis(values);
    series->setLabelsVisible(true);
}
} // namespace

struct OverviewCharts::Private {
    OverviewFigures figures;
    QChartView *views[5] = {};
    QLabel *signInNote = nullptr;
    QWidget *signInPanel = nullptr;
    QChart *chart(Chart c) const { return views[static_cast<int>(c)]->chart(); }
};

OverviewCharts::OverviewCharts(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("overviewCharts"));
    d->views[0] = makeView(QStringLiteral("statusChart"), tr("Accounts by status"), this);
    d->views[1] = makeView(QStringLiteral("rolesChart"), tr("Admin roles held"), this);
    d->views[2]
        = makeView(QStringLiteral("groupSizesChart"), tr("Memberships by group size (members per group)"), this);
    d->views[3] = makeView(QStringLiteral("historyChart"), tr("Members and memberships across sync runs"), this);
    d->signInPanel = new QWidget(this);
    d->signInPanel->setObjectName(QStringLiteral("signInPanel"));
    d->views[4] = makeView(QStringLiteral("signInChart"), tr("Last sign-in of active members"), d->signInPanel);
    d->views[4]->setMinimumSize(220, 200);
    for (int i : {2, 3})
        d->views[i]->chart()->legend()->setVisible(true);
    d->signInNote = new QLabel(tr("Last sign-in: not read. This connection does not read members' sign-in "
                                  "activity, so accounts cannot be grouped by it. Turn on \"Read sign-in "
                                  "activity\" in the connection's settings and sync again."),
                               d->signInPanel);
    d->signInNote->setObjectName(QStringLiteral("signInNotRead"));
    d->signInNote->setWordWrap(true);
    d->signInNote->setAlignment(Qt::AlignCenter);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(d->views[0], 0, 0);
    grid->addWidget(d->views[1], 0, 1);
    grid->addWidget(d->views[2], 1, 0);
    grid->addWidget(d->views[3], 1, 1);
    auto *panel = new QVBoxLayout(d->signInPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    panel->addWidget(d->views[4], 1);
    panel->addWidget(d->signInNote);
    d->views[4]->hide();
}

OverviewCharts::~OverviewCharts() = default;

const OverviewFigures &OverviewCharts::figures() const { return d->figures; }

QWidget *OverviewCharts::signInPanel() const { return d->signInPanel; }

void OverviewCharts::setFigures(const OverviewFigures &f)
{
    d->figures = f;

    QList<qreal> statusCounts;
    for (AccountStatus s : kStatuses)
        statusCounts << f.status(s);
    horizontalBars(Chart::Status, tr("Accounts"), statusCounts);

    QList<qreal> roleCounts;
    for (const RoleCount &r : f.roles)
        roleCounts << r.count;
    horizontalBars(Chart::Roles, tr("Members"), roleCounts);

    QChart *sizes = d->chart(Chart::GroupSizes);
    clear(sizes);
    auto *memberSet = new QBarSet(tr("Member"));
    auto *ownerSet = new QBarSet(tr("Owner"));
    QStringList bins;
    for (const GroupSizeBin &b : f.groupSizes) {
        *memberSet << b.members;
        *ownerSet << b.owners;
        bins << b.label();
    }
    auto *sizeSeries = new QStackedBarSeries;
    sizeSeries->append(memberSet);
    sizeSeries->append(ownerSet);
    connect(sizeSeries, &QStackedBarSeries::clicked, this,
            [this, ownerSet](int index, QBarSet *set) { click(Chart::GroupSizes, index, set == ownerSet ? 1 : 0); });
    fillBars(sizes, sizeSeries, bins, false);
    sizeSeries->setLabelsVisible(false);

    QChart *history = d->chart(Chart::History);
    clear(history);
    auto *members = new QLineSeries;
    members->setName(tr("Members"));
    auto *memberships = new QLineSeries;
    memberships->setName(tr("Memberships"));
    int max = 1;
    for (int i = 0; i < f.history.size(); ++i) {
        members->append(i, f.history.at(i).accounts);
        memberships->append(i, f.history.at(i).memberships);
        max = std::max({max, f.history.at(i).accounts, f.history.at(i).memberships});
    }
    for (QLineSeries *line : {members, memberships}) {
        line->setPointsVisible(true);
        history->addSeries(line);
        connect(line, &QLineSeries::clicked, this, [this, line, memberships](const QPointF &p) {
            click(Chart::History, qRound(p.x()), line == memberships ? 1 : 0);
        });
    }
    auto *runAxis = new QValueAxis;
    runAxis->setRange(-0.5, std::max<qreal>(0.5, f.history.size() - 0.5));
    runAxis->setTickCount(std::min<int>(std::max<int>(2, static_cast<int>(f.history.size()) + 1), 12));
    runAxis->setLabelFormat(QStringLiteral("%d"));
    runAxis->setTitleText(f.history.isEmpty()
                              ? tr("Sync runs")
                              : tr("Runs %1 to %2").arg(f.history.constFirst().runId).arg(f.history.constLast().runId));
    runAxis->setLabelsVisible(false); // the points are runs, not a scale
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, max * 1.1);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    history->addAxis(runAxis, Qt::AlignBottom);
    history->addAxis(countAxis, Qt::AlignLeft);
    for (QLineSeries *line : {members, memberships}) {
        line->attachAxis(runAxis);
        line->attachAxis(countAxis);
    }

    d->views[4]->setVisible(f.signInRead);
    d->signInNote->setVisible(!f.signInRead);
    if (!f.signInRead) {
        clear(d->chart(Chart::SignIn)); // the note stands in for the chart
        return;
    }
    QList<qreal> signInCounts;
    for (int v : f.signIn)
        signInCounts << v;
    // "None in 180 days" stays readable in the narrow column beside the findings.
    horizontalBars(Chart::SignIn, tr("Members"), signInCounts);
}

void OverviewCharts::horizontalBars(Chart which, const QString &setName, const QList<qreal> &values)
{
    QChart *chart = d->chart(which);
    clear(chart);
    auto *set = new QBarSet(setName);
    set->append(values);
    // Horizontal bars: the category names stay readable however narrow the chart is.
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    connect(series, &QHorizontalBarSeries::clicked, this, [this, which](int index) { click(which, index); });
    fillBars(chart, series, categories(which), true);
}

QStringList OverviewCharts::categories(Chart chart) const
{
    QStringList out;
    switch (chart) {
    case Chart::Status:
        for (AccountStatus s : kStatuses)
            out << displayName(s);
        break;
    case Chart::Roles:
        for (const RoleCount &r : d->figures.roles)
            out << r.name;
        break;
    case Chart::GroupSizes:
        for (const GroupSizeBin &b : d->figures.groupSizes)
            out << b.label();
        break;
    case Chart::History:
        for (const RunPoint &p : d->figures.history)
            out << QString::number(p.runId);
        break;
    case Chart::SignIn:
        out << tr("Under 30 days") << tr("30 to 90 days") << tr("Over 90 days")
            << tr("None in %1 days").arg(d->figures.signInDays);
        break;
    }
    return out;
}

QVector<QVector<qreal>> OverviewCharts::seriesValues(Chart chart) const
{
    QVector<QVector<qreal>> out;
    for (QAbstractSeries *series : d->chart(chart)->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                QVector<qreal> values;
                for (int i = 0; i < set->count(); ++i)
                    values << set->at(i);
                out << values;
            }
        } else if (auto *line = qobject_cast<QXYSeries *>(series)) {
            QVector<qreal> values;
            for (int i = 0; i < line->count(); ++i)
                values << line->at(i).y();
            out << values;
        }
    }
    return out;
}

void OverviewCharts::click(Chart chart, int index, int series)
{
    if (index < 0 || index >= categories(chart).size())
        return;
    Q_EMIT elementClicked(chart, index, series);
}

} // namespace dbx::gui
