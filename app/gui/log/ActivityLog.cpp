#include "log/ActivityLog.h"

#include <QColor>
#include <QMutexLocker>

namespace dbx::gui {

namespace {
// Several windows (and so several logs) may exist at once, e.g. in tests: the handler is
// installed with the first and removed with the last, and feeds all of them.
QMutex g_mutex;
QtMessageHandler g_previous = nullptr;
QList<ActivityLog *> g_instances;
} // namespace

int severityOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 0;
    case QtInfoMsg: return 1;
    case QtWarningMsg: return 2;
    case QtCriticalMsg: return 3;
    case QtFatalMsg: return 4;
    }
    return 0;
}

QString levelText(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return LogModel::tr("Debug");
    case QtInfoMsg: return LogModel::tr("Info");
    case QtWarningMsg: return LogModel::tr("Warning");
    case QtCriticalMsg: return LogModel::tr("Error");
    case QtFatalMsg: return LogModel::tr("Fatal");
    }
    return {};
}

// ---------------------------------------------------------------------------------- model

LogModel::LogModel(QObject *parent) : TableModel({tr("Time"), tr("Level"), tr("Source"), tr("Message")}, parent) {}

void LogModel::append(const QVector<LogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int overflow = int(m_entries.size()) + entries.size() - m_capacity;
    if (overflow > 0) {
        const int drop = std::min<int>(overflow, int(m_entries.size()));
        if (drop > 0) {
            beginRemoveRows(QModelIndex(), 0, drop - 1);
            m_entries.erase(m_entries.begin(), m_entries.begin() + drop);
            m_firstSerial += drop;
            resetCaches();
            endRemoveRows();
        }
    }
    const int first = int(m_entries.size());
    const int count = std::min<int>(entries.size(), m_capacity);
    beginInsertRows(QModelIndex(), first, first + count - 1);
    for (int i = entries.size() - count; i < entries.size(); ++i)
        m_entries.push_back(entries.at(i));
    resetCaches();
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_firstSerial += qint64(m_entries.size());
    m_entries.clear();
    resetCaches();
    endResetModel();
}

int LogModel::rows() const { return int(m_entries.size()); }

bool LogModel::rowMatches(int row) const
{
    const QString &needle = searchNeedle();
    if (needle.isEmpty())
        return true;
    const LogEntry &e = entry(row);
    return e.message.contains(needle, Qt::CaseInsensitive) || e.category.contains(needle, Qt::CaseInsensitive);
}

QVariant LogModel::cell(const QModelIndex &index, int role) const
{
    const LogEntry &e = entry(index.row());
    switch (role) {
    case IdRole: return rowId(index.row());
    case KindRole: return QStringLiteral("log");
    case Qt::ForegroundRole:
        switch (e.type) {
        case QtWarningMsg: return QColor(0x9a, 0x60, 0x00);
        case QtCriticalMsg:
        case QtFatalMsg: return QColor(0xb3, 0x26, 0x1e);
        case QtDebugMsg: return QColor(0x70, 0x70, 0x70);
        case QtInfoMsg: break;
        }
        return {};
    case SortRole:
        if (index.column() == Time)
            return e.time;
        if (index.column() == Level)
            return severityOf(e.type);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return e.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case Level: return levelText(e.type);
        case Category: return e.category;
        case Message: return e.message;
        default: break;
        }
        break;
    default: break;
    }
    return {};
}

QString LogModel::rowId(int row) const { return QString::number(m_firstSerial + row); }

bool LogModel::lessThan(int column, int l, int r) const
{
    const LogEntry &a = entry(l);
    const LogEntry &b = entry(r);
    switch (column) {
    case Time: return l < r;
    case Level: return severityOf(a.type) < severityOf(b.type);
    case Category: return a.category < b.category;
    case Message: return textLess(a.message, b.message);
    default: break;
    }
    return false;
}

// ---------------------------------------------------------------------------------- capture

ActivityLog::ActivityLog(QObject *parent) : QObject(parent), m_model(new LogModel(this))
{
    QMutexLocker lock(&g_mutex);
    if (g_instances.isEmpty())
        g_previous = qInstallMessageHandler(&ActivityLog::handler);
    g_instances.append(this);
}

ActivityLog::~ActivityLog()
{
    QMutexLocker lock(&g_mutex);
    g_instances.removeAll(this);
    if (g_instances.isEmpty()) {
        qInstallMessageHandler(g_previous);
        g_previous = nullptr;
    }
}

void ActivityLog::handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&g_mutex);
        previous = g_previous;
        const char *category = context.category ? context.category : "";
        if (qstrncmp(category, "dbx.", 4) == 0) {
            const LogEntry entry{QDateTime::currentDateTime(), type, QString::fromLatin1(category), message};
            for (ActivityLog *log : std::as_const(g_instances))
                log->enqueue(entry);
        }
    }
    if (previous)
        previous(type, context, message);
}

void ActivityLog::enqueue(const LogEntry &entry)
{
    QMutexLocker lock(&m_mutex);
    m_pending.push_back(entry);
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(this, &ActivityLog::flush, Qt::QueuedConnection);
}

void ActivityLog::flush()
{
    QVector<LogEntry> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        m_flushQueued = false;
    }
    if (batch.isEmpty())
        return;
    m_model->append(batch);
    emit entriesLogged(batch.size());
}

} // namespace dbx::gui
