#include "provision/AuditView.h"

#include "GuiLog.h"
#include "MainWindow.h"
#include "provision/Audit.h"
#include "provision/DialogParts.h"
#include "provision/Operation.h"

#include <QColor>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace dbx::gui {

// ------------------------------------------------------------------------------------- model

AuditModel::AuditModel(QObject *parent)
    : ColumnsModel({tr("Time"), tr("Admin"), tr("Connection"), tr("Operation"), tr("Target"), tr("Outcome"),
                    tr("Message"), tr("Request id")},
                   parent)
{}

void AuditModel::setEntries(const QVector<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AuditModel::setTeam(TeamIndexPtr team)
{
    m_team = std::move(team);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, Action), index(rowCount() - 1, Action));
}

QString AuditModel::objectLabel(const QString &object) const
{
    if (!m_team || object.isEmpty())
        return object;
    if (const Group *g = m_team->group(object))
        return g->name;
    if (const Role *r = m_team->role(object))
        return r->name;
    return object;
}

QString AuditModel::outcomeText(const QString &wire)
{
    dbx::Outcome o;
    if (dbx::outcomeFromWire(wire, &o))
        return displayName(o);
    if (wire == QLatin1String("dry_run"))
        return tr("Dry run");
    if (wire == QLatin1String("attempted"))
        return tr("Sent, no answer yet");
    return wire;
}

QString AuditModel::actionText(const QString &action)
{
    OperationType t;
    // The action column holds auditAction() names ("create_group"), which plan actions also accept.
    if (operationTypeFromPlanAction(action, &t) && auditAction(t) == action)
        return displayName(t);
    return action;
}

QVariant AuditModel::cell(const QModelIndex &index, int role) const
{
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Admin: return e.admin;
        case Connection: return e.connection;
        case Action:
            return e.object.isEmpty() ? actionText(e.action)
                                      : tr("%1: %2").arg(actionText(e.action), objectLabel(e.object));
        case Target: return e.target;
        case Result: return outcomeText(e.outcome);
        case Message: return e.message;
        case RequestId: return e.requestId;
        default: return QVariant();
        }
    case Qt::ToolTipRole:
        if (index.column() == Message)
            return e.message;
        if (index.column() == Time)
            return e.at.toUTC().toString(Qt::ISODate);
        if (index.column() == Action)
            return e.object;
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Result
            && (e.outcome == toWire(dbx::Outcome::Failed) || e.outcome == toWire(dbx::Outcome::Invalid)))
            return QColor(0xb3, 0x26, 0x1e);
        if (index.column() == Result
            && (e.outcome == toWire(dbx::Outcome::Unknown) || e.outcome == QLatin1String("attempted")))
            return QColor(0xa8, 0x5d, 0x00);
        return QVariant();
    case EntryRole: return e.outcome;
    case SearchRole:
        return QStringList{e.admin,  e.connection,          e.action,  actionText(e.action), e.target,
                           e.object, objectLabel(e.object), e.message, e.requestId,          outcomeText(e.outcome)}
            .join(QLatin1Char('\n'));
    default: return QVariant();
    }
}

// ------------------------------------------------------------------------------------ filter

AuditFilterProxy::AuditFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void AuditFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void AuditFilterProxy::setOutcomes(const QStringList &outcomes)
{
    m_outcomes = outcomes;
    invalidateFilter();
}

QVector<AuditEntry> AuditFilterProxy::visibleEntries() const
{
    QVector<AuditEntry> out;
    auto *audit = qobject_cast<AuditModel *>(sourceModel());
    if (!audit)
        return out;
    out.reserve(rowCount());
    for (int r = 0; r < rowCount(); ++r)
        out << audit->entry(mapToSource(index(r, 0)).row());
    return out;
}

bool AuditFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_outcomes.isEmpty() && !m_outcomes.contains(idx.data(AuditModel::EntryRole).toString()))
        return false;
    if (m_text.isEmpty())
        return true;
    return idx.data(AuditModel::SearchRole).toString().contains(m_text, Qt::CaseInsensitive);
}

// -------------------------------------------------------------------------------------- page

AuditPage::AuditPage(MainWindow *window, QWidget *parent)
    : QWidget(parent), m_window(window), m_model(new AuditModel(this)), m_proxy(new AuditFilterProxy(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_proxy->setSourceModel(m_model);

    m_search
        = searchEdit(QStringLiteral("auditSearch"), tr("Search operation, member, group, message, request id"), this);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("auditOutcomeFilter"));
    m_outcome->addItem(tr("All outcomes"), QStringList());
    m_outcome->addItem(tr("Done"), QStringList{toWire(Outcome::Success)});
    m_outcome->addItem(tr("No change"), QStringList{toWire(Outcome::NoChange)});
    // What did not happen and should have: refused, invalid or not started.
    m_outcome->addItem(tr("Failed"),
                       QStringList{toWire(Outcome::Failed), toWire(Outcome::Invalid), toWire(Outcome::Cancelled)});
    // Not known to be done or not: lost replies that could not be read back, and attempts still
    // waiting for an answer or for the read-back of an interrupted run.
    m_outcome->addItem(tr("Unknown"), QStringList{toWire(Outcome::Unknown), QStringLiteral("attempted")});
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("auditRefreshButton"));
    m_export = new QPushButton(tr("Export CSV..."), this);
    m_export->setObjectName(QStringLiteral("auditExportButton"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {135, 150, 100, 200, 200, 80, 420, 150};
    for (int c = 0; c < AuditModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_outcome);
    bar->addWidget(m_count);
    bar->addWidget(refresh);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateCount();
    });
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOutcomes(m_outcome->currentData().toStringList());
        updateCount();
    });
    connect(refresh, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(window, &MainWindow::snapshotShown, this, [this] { m_model->setTeam(m_window->team()); });
    m_model->setTeam(window->team());
    connect(window->worker(), &ConnectorWorker::auditListed, this, [this](const QVector<AuditEntry> &entries) {
        m_model->setEntries(entries);
        updateCount();
        emit refreshed(int(entries.size()));
    });
    updateCount();
}

void AuditPage::refresh() { m_window->worker()->listAudit(); }

void AuditPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? (all == 1 ? tr("1 change") : tr("%1 changes").arg(QLocale().toString(all)))
                                  : tr("%1 of %2").arg(QLocale().toString(shown), QLocale().toString(all)));
    m_export->setEnabled(shown > 0);
}

bool AuditPage::exportCsv(const QString &requestedPath)
{
    QString path = requestedPath;
    if (path.isEmpty()) {
        path = m_window->askSavePath(QStringLiteral("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
                                     tr("Export the audit log as CSV"), tr("CSV files (*.csv);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    const QVector<AuditEntry> entries = m_proxy->visibleEntries();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(auditCsv(entries)) < 0 || !file.commit()) {
        m_window->showMessage(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                              true);
        return false;
    }
    qCInfo(lcGui) << "exported" << entries.size() << "audit rows to" << QDir::toNativeSeparators(path);
    m_window->statusBar()->showMessage(
        tr("Exported %1 audit rows to %2").arg(QLocale().toString(int(entries.size())), QDir::toNativeSeparators(path)),
        10000);
    return true;
}

} // namespace dbx::gui
