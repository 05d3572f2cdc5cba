#pragma once
// What every part of the store shares for talking to SQLite: the log category, the translation
// context, the run statuses it tests for, the one query helper (prepare, bind, run, and a failure
// turned into a dbx::Error), and the transaction guard.

#include "base/Expected.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace dbx {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace sqlstore {

QString tr(const char *s);

inline const QString kComplete = QStringLiteral("complete");
inline const QString kRunning = QStringLiteral("running");

// A failed statement as the user reads it: "database error: " and SQLite's own words.
Error sqlFailure(const QSqlQuery &q);
// A local failure with its sentence.
inline Unexpected<Error> fail(Error::Kind kind, const QString &text) { return unexpected(Error::make(kind, text)); }
// The database is not open: the caller's mistake, said the same way by every operation.
Unexpected<Error> notOpen();

// Prepares sql, binds `values` to its ? placeholders in order and runs it. The query comes back
// forward-only, positioned before its first row; a failure comes back as sqlFailure().
Expected<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
// The same for a statement whose rows (if any) nobody reads.
Expected<void> runStatement(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// The same for a write; how many rows it changed.
Expected<int> runChange(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// ---- transactions ----------------------------------------------------------------------------
// Rolls back unless committed. Writers take the write lock up front (BEGIN IMMEDIATE): a deferred
// transaction that reads first and writes later can fail with SQLITE_BUSY halfway in WAL mode.
// Queries made inside must be gone (or finished) before commit()/the destructor.
class Transaction
{
public:
    enum Mode {
        Read,
        Write
    };
    explicit Transaction(const QSqlDatabase &db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Expected<void> begin(Mode mode);
    // On failure the transaction stays active: the destructor rolls back.
    Expected<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace sqlstore
} // namespace dbx
