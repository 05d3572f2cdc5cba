// The Overview tab (OverviewPage.h).
#include "overview/OverviewPage.h"

#include "overview/InsightModels.h"
#include "overview/OverviewCharts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace dbx::gui {

OverviewPage::OverviewPage(FindingsModel *findings, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewPage"));
    m_headline = new QLabel(tr("No snapshot yet: sync the team to see it here."), this);
    m_headline->setObjectName(QStringLiteral("overviewHeadline"));
    m_headline->setWordWrap(true);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_charts = new OverviewCharts(scroll);
    scroll->setWidget(m_charts);

    auto *side = new QWidget(this);
    auto *title = new QLabel(tr("<b>Needs attention</b>"), side);
    auto *hint = new QLabel(tr("Click a finding to see its rows and what to do."), side);
    hint->setWordWrap(true);
    m_attention = new QTableView(side);
    m_attention->setObjectName(QStringLiteral("attentionTable"));
    m_attention->setModel(findings);
    m_attention->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attention->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attention->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attention->verticalHeader()->hide();
    m_attention->horizontalHeader()->setSectionResizeMode(FindingsModel::Title, QHeaderView::Stretch);
    m_attention->horizontalHeader()->setSectionResizeMode(FindingsModel::Count, QHeaderView::ResizeToContents);
    auto *sl = new QVBoxLayout(side);
    sl->setContentsMargins(0, 0, 0, 0);
    sl->addWidget(title);
    sl->addWidget(hint);
    // The list takes the height of its rows; the last sign-in chart the room below it.
    m_attention->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_attention->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    sl->addWidget(m_attention);
    sl->addWidget(m_charts->signInPanel(), 1);
    side->setMinimumWidth(240);
    side->setMaximumWidth(300);

    auto *row = new QHBoxLayout;
    row->addWidget(scroll, 1);
    row->addWidget(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(row, 1);

    connect(m_attention, &QAbstractItemView::clicked, this, [this, findings](const QModelIndex &index) {
        Q_EMIT findingActivated(findings->data(index, FindingsModel::IdRole).toString());
    });
    connect(m_attention, &QAbstractItemView::activated, this, [this, findings](const QModelIndex &index) {
        Q_EMIT findingActivated(findings->data(index, FindingsModel::IdRole).toString());
    });
}

void OverviewPage::setHeadline(const QString &text) { m_headline->setText(text); }
QString OverviewPage::headline() const { return m_headline->text(); }

} // namespace dbx::gui
