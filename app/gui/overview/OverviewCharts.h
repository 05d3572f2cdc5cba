#pragma once
// The Overview's charts (Qt Charts): accounts by status, admin roles held, group sizes (member vs
// owner), members and memberships across the kept sync runs, and last sign-in where it is read.
// Each bar or point is clickable: elementClicked says which, and the window opens the matching
// filtered table.

#include "insight/Insight.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace dbx::gui {

class OverviewCharts : public QWidget
{
    Q_OBJECT
public:
    enum class Chart {
        Status,
        Roles,
        GroupSizes,
        History,
        SignIn
    };
    Q_ENUM(Chart)

    explicit OverviewCharts(QWidget *parent = nullptr);

    void setFigures(const OverviewFigures &figures);
    // The last sign-in chart (or, when sign-in is not read, the sentence that says so), in a panel
    // of its own: the Overview page places it beside the list of findings, where there is room.
    QWidget *signInPanel() const;
    const OverviewFigures &figures() const;

    // The values a chart shows, series by series (tests compare them with the snapshot).
    QVector<QVector<qreal>> seriesValues(Chart chart) const;
    QStringList categories(Chart chart) const;
    // What a click on that element does (tests; the charts call it on a click).
    void click(Chart chart, int index, int series = 0);

Q_SIGNALS:
    // index: the bar's category (status, role, size bin, sign-in bucket) or the run's point;
    // series: which set of a stacked bar (group sizes: 0 member, 1 owner).
    void elementClicked(dbx::gui::OverviewCharts::Chart chart, int index, int series);

private:
    // One set of horizontal bars (values) over the chart's categories; a click opens the rows.
    void horizontalBars(Chart which, const QString &setName, const QList<qreal> &values);

    struct Private;
    std::unique_ptr<Private> d;

public:
    ~OverviewCharts() override;
};

} // namespace dbx::gui
