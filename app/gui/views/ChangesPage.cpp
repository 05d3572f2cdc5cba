#include "views/ChangesPage.h"

#include "models/TableFilterProxy.h"
#include "views/TablePage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dbx::gui {

ChangesPage::ChangesPage(QWidget *parent)
    : QWidget(parent), m_model(new ChangesModel(this)),
      m_table(new TablePage(QStringLiteral("changes"), m_model, this)), m_from(new QComboBox(this)),
      m_to(new QComboBox(this)), m_compare(new QPushButton(tr("Compare"), this)), m_kind(new QComboBox(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("changesView"));
    m_from->setObjectName(QStringLiteral("fromRunCombo"));
    m_to->setObjectName(QStringLiteral("toRunCombo"));
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_kind->setObjectName(QStringLiteral("changeKindFilter"));
    m_summary->setObjectName(QStringLiteral("changesSummary"));
    m_summary->setWordWrap(true);
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_to->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_kind->addItem(tr("All changes"), -1);
    m_kind->addItem(tr("Accounts"), 0);
    m_kind->addItem(tr("Groups"), 1);
    m_kind->addItem(tr("Grants"), 2);
    m_table->addFilterWidget(m_kind);
    m_table->setPlaceholder(tr("Search changes"));
    m_table->setColumnWidths({150, 320, 460});
    m_table->view()->sortByColumn(ChangesModel::Change, Qt::AscendingOrder);

    auto *runs = new QHBoxLayout;
    runs->setContentsMargins(6, 6, 6, 0);
    runs->addWidget(new QLabel(tr("From run"), this));
    runs->addWidget(m_from);
    runs->addWidget(new QLabel(tr("to run"), this));
    runs->addWidget(m_to);
    runs->addWidget(m_compare);
    runs->addSpacing(12);
    runs->addWidget(m_summary, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(runs);
    layout->addWidget(m_table, 1);

    connect(m_compare, &QPushButton::clicked, this,
            [this] { emit compareRequested(m_from->currentData().toLongLong(), m_to->currentData().toLongLong()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChangesPage::applyKindFilter);
    connect(m_table, &TablePage::rowActivated, this, [this](int row) {
        if (row >= 0)
            emit objectRequested(m_model->linkKind(row), m_model->linkId(row));
    });
    m_summary->setText(tr("Changes appear after the second sync."));
}

void ChangesPage::applyKindFilter()
{
    const int kind = m_kind->currentData().toInt();
    if (kind < 0) {
        m_table->proxy()->setRowPredicate({});
        return;
    }
    m_table->proxy()->setRowPredicate([this, kind](int row) {
        switch (m_model->kind(row)) {
        case ChangesModel::Kind::AccountAdded:
        case ChangesModel::Kind::AccountRemoved:
        case ChangesModel::Kind::AccountChanged: return kind == 0;
        case ChangesModel::Kind::GroupAdded:
        case ChangesModel::Kind::GroupRemoved: return kind == 1;
        case ChangesModel::Kind::GrantAdded:
        case ChangesModel::Kind::GrantRemoved: return kind == 2;
        }
        return false;
    });
}

void ChangesPage::setRuns(const QVector<RunInfo> &runs)
{
    const qint64 from = m_from->currentData().toLongLong();
    const qint64 to = m_to->currentData().toLongLong();
    const QSignalBlocker b1(m_from);
    const QSignalBlocker b2(m_to);
    m_from->clear();
    m_to->clear();
    m_from->addItem(tr("The one before"), 0);
    m_to->addItem(tr("Newest"), 0);
    for (const RunInfo &r : runs) {
        if (r.status != QLatin1String("complete"))
            continue;
        const QString label
            = tr("#%1 \u2013 %2").arg(r.id).arg(QLocale().toString(r.finishedAt.toLocalTime(), QLocale::ShortFormat));
        m_from->addItem(label, r.id);
        m_to->addItem(label, r.id);
    }
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(to)));
}

void ChangesPage::setDiff(const SnapshotDiff &diff, TeamIndexPtr team)
{
    m_model->setDiff(diff, std::move(team));
    if (diff.fromRun <= 0) {
        m_summary->setText(tr("Nothing to compare yet: changes appear after the second sync."));
        return;
    }
    const QLocale l;
    int accountsChanged = diff.accountsChanged.size();
    m_summary->setText(tr("Run #%1 \u2192 #%2: %3 accounts added, %4 gone, %5 changed; %6 groups added, %7 removed; "
                          "%8 grants added, %9 removed.")
                           .arg(diff.fromRun)
                           .arg(diff.toRun)
                           .arg(l.toString(diff.accountsAdded.size()), l.toString(diff.accountsRemoved.size()),
                                l.toString(accountsChanged), l.toString(diff.groupsAdded.size()),
                                l.toString(diff.groupsRemoved.size()), l.toString(diff.grantsAdded.size()),
                                l.toString(diff.grantsRemoved.size())));
}

QString ChangesPage::summaryText() const { return m_summary->text(); }

} // namespace dbx::gui
