#include "views/TablePage.h"

#include "SettingsKeys.h"
#include "models/TableFilterProxy.h"
#include "models/TableModel.h"
#include "views/FlowLayout.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace dbx::gui {

TablePage::TablePage(const QString &name, TableModel *model, QWidget *parent)
    : QWidget(parent), m_name(name), m_model(model), m_proxy(new TableFilterProxy(this)), m_search(new QLineEdit(this)),
      m_filters(new FlowLayout), m_count(new QLabel(this)), m_view(new QTableView(this))
{
    setObjectName(name + QStringLiteral("Page"));
    m_proxy->setObjectName(name + QStringLiteral("Proxy"));
    m_proxy->setTable(model);

    m_search->setObjectName(name + QStringLiteral("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search"));
    m_search->setMinimumWidth(260);
    m_count->setObjectName(name + QStringLiteral("Count"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_view->setObjectName(name + QStringLiteral("Table"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights and no vertical header: with 100,000 rows anything measured per row
    // turns into a stall when scrolling or filtering.
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSortIndicatorShown(true);

    // The search box and the filters wrap onto a second line when the page is narrow (or their
    // translated texts long), instead of setting a minimum width for the whole window.
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    m_filters->setContentsMargins(0, 0, 0, 0);
    m_filters->addWidget(m_search);
    top->addLayout(m_filters, 1);
    top->addWidget(m_count, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) { m_proxy->setSearchText(text); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentRowChanged(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TablePage::selectionChanged);
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { emit rowActivated(m_proxy->mapToSource(index).row()); });
    updateCount();
}

void TablePage::addFilterWidget(QWidget *widget) { m_filters->addWidget(widget); }

void TablePage::setPlaceholder(const QString &text) { m_search->setPlaceholderText(text); }

void TablePage::setColumnWidths(const QVector<int> &widths)
{
    for (int i = 0; i < widths.size(); ++i)
        m_view->horizontalHeader()->resizeSection(i, widths.at(i));
}

void TablePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TablePage::updateCount()
{
    const QLocale locale;
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%1 rows").arg(locale.toString(total))
                                    : tr("%1 of %2 rows").arg(locale.toString(shown), locale.toString(total)));
}

QStringList TablePage::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids << m_model->rowId(m_proxy->mapToSource(index).row());
    return ids;
}

QString TablePage::currentId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    return m_model->rowId(m_proxy->mapToSource(current).row());
}

bool TablePage::selectId(const QString &id)
{
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return false;
    int proxyRow = m_proxy->proxyRowOfSource(sourceRow);
    if (proxyRow < 0 && !m_search->text().isEmpty()) {
        m_search->clear();
        proxyRow = m_proxy->proxyRowOfSource(sourceRow);
    }
    if (proxyRow < 0)
        return false;
    const QModelIndex index = m_proxy->index(proxyRow, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void TablePage::selectIds(const QStringList &ids, const QString &current)
{
    QItemSelection selection;
    for (const QString &id : ids) {
        const int proxyRow = m_proxy->proxyRowOfSource(m_model->rowOfId(id));
        if (proxyRow >= 0)
            selection.select(m_proxy->index(proxyRow, 0), m_proxy->index(proxyRow, m_proxy->columnCount() - 1));
    }
    const int currentRow = m_proxy->proxyRowOfSource(m_model->rowOfId(current));
    QItemSelectionModel *sm = m_view->selectionModel();
    if (currentRow >= 0)
        sm->setCurrentIndex(m_proxy->index(currentRow, 0), QItemSelectionModel::NoUpdate);
    sm->select(selection, QItemSelectionModel::ClearAndSelect);
}

void TablePage::saveState(QSettings &settings) const
{
    keys::tableHeader(m_name).write(settings, m_view->horizontalHeader()->saveState());
}

void TablePage::restoreState(const QSettings &settings)
{
    const QByteArray state = keys::tableHeader(m_name).read(settings);
    if (state.isEmpty())
        return;
    QHeaderView *header = m_view->horizontalHeader();
    if (header->restoreState(state))
        m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

} // namespace dbx::gui
