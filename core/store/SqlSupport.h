#pragma once
// What every part of the store shares for talking to SQLite: the log category, the translation
// context, the run statuses it tests for, the error sentence of a failed statement, and the
// transaction guard.

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace dbx {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace sqlstore {

QString tr(const char *s);

inline const QString kComplete = QStringLiteral("complete");
inline const QString kRunning = QStringLiteral("running");

void setError(QString *error, const QString &message);
QString sqlError(const QSqlQuery &q);

// ---- transactions ----------------------------------------------------------------------------
// Rolls back unless committed. Writers take the write lock up front (BEGIN IMMEDIATE): a deferred
// transaction that reads first and writes later can fail with SQLITE_BUSY halfway in WAL mode.
// Queries made inside must be gone (or finished) before commit()/the destructor.
class Transaction
{
public:
    enum Mode { Read, Write };
    explicit Transaction(const QSqlDatabase &db) : m_db(db) {}
    ~Transaction()
    {
        if (m_active) {
            QSqlQuery q(m_db);
            if (!q.exec(QStringLiteral("ROLLBACK")))
                qCWarning(lcStore) << "rollback failed:" << q.lastError().text();
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(Mode mode, QString *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(mode == Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))) {
            setError(error, sqlError(q));
            return false;
        }
        m_active = true;
        return true;
    }
    bool commit(QString *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            setError(error, sqlError(q));
            return false;        // still active: the destructor rolls back
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace sqlstore
} // namespace dbx
