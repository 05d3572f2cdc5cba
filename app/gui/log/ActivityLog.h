#pragma once
// The activity log: a Qt message handler that copies every dbx.* message (from any thread) into
// a LogModel on the GUI thread, while the previously installed handler keeps doing its job
// (stderr, journald, a test's handler). Messages are buffered under a mutex and delivered in
// batches by one queued call, so a chatty sync cannot flood the event loop.

#include "models/TableModel.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>

#include <deque>

namespace dbx::gui {

struct LogEntry {
    QDateTime time;
    QtMsgType type = QtDebugMsg;
    QString category;
    QString message;
};

// 0 debug, 1 info, 2 warning, 3 critical, 4 fatal: QtMsgType is not ordered by severity.
int severityOf(QtMsgType type);
QString levelText(QtMsgType type);

class LogModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        Time,
        Level,
        Category,
        Message,
        ColumnCount
    };

    explicit LogModel(QObject *parent = nullptr);
    void append(const QVector<LogEntry> &entries);
    void clear();
    void setCapacity(int capacity) { m_capacity = capacity; }
    const LogEntry &entry(int row) const { return m_entries.at(size_t(row)); }

    QString rowId(int row) const override;
    bool rowMatches(int row) const override;

protected:
    int rows() const override;
    QVariant cell(const QModelIndex &index, int role) const override;
    bool lessThan(int column, int left, int right) const override;

private:
    std::deque<LogEntry> m_entries;
    qint64 m_firstSerial = 0; // serial number of m_entries.front(), for stable ids
    int m_capacity = 20000;
};

class ActivityLog : public QObject
{
    Q_OBJECT
public:
    // The first ActivityLog installs the handler, the last one gone restores the previous one.
    explicit ActivityLog(QObject *parent = nullptr);
    ~ActivityLog() override;

    LogModel *model() const { return m_model; }
    // Delivers whatever is buffered now (tests; normally a queued call does it).
    void flush();

Q_SIGNALS:
    void entriesLogged(int count);

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void enqueue(const LogEntry &entry);

    LogModel *m_model;
    QMutex m_mutex;
    QVector<LogEntry> m_pending;
    bool m_flushQueued = false;
};

} // namespace dbx::gui
