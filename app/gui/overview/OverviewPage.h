#pragma once
// The Overview tab, the first thing an admin sees: the charts of the team and, beside them, the
// short list of what needs attention (the findings with their counts; a click opens one).

#include <QWidget>

class QLabel;
class QTableView;

namespace dbx::gui {

class FindingsModel;
class OverviewCharts;

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(FindingsModel *findings, QWidget *parent = nullptr);

    OverviewCharts *charts() const { return m_charts; }
    QTableView *attentionView() const { return m_attention; }
    void setHeadline(const QString &text);
    QString headline() const;

Q_SIGNALS:
    void findingActivated(const QString &id);

private:
    OverviewCharts *m_charts;
    QTableView *m_attention;
    QLabel *m_headline;
};

} // namespace dbx::gui
