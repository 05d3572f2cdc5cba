// The Findings view (FindingsPage.h).
#include "overview/FindingsPage.h"

#include "overview/InsightModels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace dbx::gui {

namespace {
QTableView *makeTable(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}
} // namespace

FindingsPage::FindingsPage(FindingsModel *findings, QWidget *parent)
    : QWidget(parent), m_findings(findings), m_items(new FindingItemsModel(this))
{
    setObjectName(QStringLiteral("findingsPage"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_list = makeTable(QStringLiteral("findingsTable"), splitter);
    m_list->setModel(m_findings);
    m_list->horizontalHeader()->setSectionResizeMode(FindingsModel::Title, QHeaderView::Stretch);
    m_list->horizontalHeader()->setStretchLastSection(false);

    auto *detail = new QWidget(splitter);
    m_title = new QLabel(detail);
    m_title->setObjectName(QStringLiteral("findingTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_why = new QLabel(detail);
    m_why->setObjectName(QStringLiteral("findingWhy"));
    m_why->setWordWrap(true);
    m_note = new QLabel(detail);
    m_note->setObjectName(QStringLiteral("findingNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #a05a00"));
    m_itemsView = makeTable(QStringLiteral("findingItemsTable"), detail);
    m_itemsView->setModel(m_items);
    m_itemsView->setToolTip(tr("Double-click a row to open it"));
    m_buildPlan = new QPushButton(tr("Build a plan..."), detail);
    m_buildPlan->setObjectName(QStringLiteral("buildPlanButton"));
    m_buildPlan->setToolTip(tr("Preview the change that fixes these rows as a plan; nothing is applied until you "
                               "confirm it there"));
    m_review = new QPushButton(tr("Review these rows..."), detail);
    m_review->setObjectName(QStringLiteral("reviewFindingButton"));
    m_review->setToolTip(tr("Start an access review of these rows: keep or revoke each, with a comment"));
    auto *thresholds = new QPushButton(tr("Thresholds..."), detail);
    thresholds->setObjectName(QStringLiteral("thresholdsButton"));
    thresholds->setToolTip(tr("How old an invitation is stale, how long without sign-in is inactive, how many "
                              "team admins are too many"));
    connect(thresholds, &QPushButton::clicked, this, &FindingsPage::thresholdsRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(thresholds);
    buttons->addStretch(1);
    buttons->addWidget(m_review);
    buttons->addWidget(m_buildPlan);
    auto *dl = new QVBoxLayout(detail);
    dl->addWidget(m_title);
    dl->addWidget(m_why);
    dl->addWidget(m_note);
    dl->addWidget(m_itemsView, 1);
    dl->addLayout(buttons);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current.row()); });
    connect(m_findings, &QAbstractItemModel::modelReset, this, &FindingsPage::refresh);
    connect(m_itemsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT objectActivated(m_items->data(index, FindingItemsModel::UrlRole).toUrl());
    });
    connect(m_buildPlan, &QPushButton::clicked, this, [this] {
        const int row = m_findings->rowOfId(m_current);
        if (row >= 0)
            Q_EMIT buildPlanRequested(m_findings->finding(row));
    });
    connect(m_review, &QPushButton::clicked, this, [this] {
        const int row = m_findings->rowOfId(m_current);
        if (row >= 0)
            Q_EMIT reviewRequested(m_findings->finding(row));
    });
    refresh();
}

bool FindingsPage::showFinding(const QString &id)
{
    const int row = m_findings->rowOfId(id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_findings->index(row, 0));
    showRow(row);
    return true;
}

void FindingsPage::refresh()
{
    // Keep the rule that was shown across a new snapshot; else the first one with rows.
    int row = m_findings->rowOfId(m_current);
    for (int i = 0; row < 0 && i < m_findings->rowCount(); ++i) {
        if (m_findings->finding(i).count() > 0)
            row = i;
    }
    if (row < 0 && m_findings->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_list->setCurrentIndex(m_findings->index(row, 0));
    showRow(row);
}

void FindingsPage::showRow(int row)
{
    if (row < 0 || row >= m_findings->rowCount()) {
        m_current.clear();
        m_title->setText(tr("No findings yet: sync the team first."));
        m_why->clear();
        m_note->hide();
        m_items->setItems({});
        m_buildPlan->setEnabled(false);
        m_review->setEnabled(false);
        return;
    }
    const Finding &f = m_findings->finding(row);
    m_current = f.id;
    m_title->setText(tr("%1: %2").arg(f.title, f.notRead ? tr("not read") : QString::number(f.count())));
    m_why->setText(f.why);
    m_note->setText(f.note);
    m_note->setVisible(!f.note.isEmpty());
    m_items->setItems(f.items);
    m_itemsView->resizeColumnToContents(FindingItemsModel::Name);
    m_buildPlan->setVisible(!f.planAction.isEmpty());
    m_buildPlan->setEnabled(f.count() > 0);
    const bool accounts = !f.items.isEmpty() && f.items.first().kind == QLatin1String("account");
    m_review->setEnabled(accounts);
}

} // namespace dbx::gui
