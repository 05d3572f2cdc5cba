#pragma once
// RawQuery: one SELECT run through SQLite's C API on the store's own Qt connection (the same
// file, the same transaction). Qt's driver turns every value of every row into a QVariant and
// copies the row before value() copies it again; for a 100,000-account run (25 columns) and
// half a million memberships that is most of what load() and diff() cost. The commit's inserts
// go through it too: Qt's binding copies every value into its own list and maps placeholder
// names per value, which was more than half of what saving a 100,000-member run cost.

#include "base/Error.h"
#include "base/Expected.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace dbx::sqlstore {

// The sqlite3 handle under a Qt QSQLITE connection (nullptr for any other driver): for the few
// hot paths that talk to SQLite directly on a connection Qt opened and configured.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

class RawQuery
{
public:
    // Prepares sql on db's connection; ok() says whether it could.
    RawQuery(const QSqlDatabase &db, const QString &sql);
    // The same on a connection opened through SQLite itself (store/SharedSnapshot.h).
    RawQuery(sqlite3 *db, const QString &sql);
    ~RawQuery();
    RawQuery(const RawQuery &) = delete;
    RawQuery &operator=(const RawQuery &) = delete;

    Expected<void> ok() const;
    void bind(int index, qint64 value); // 1-based, as SQLite counts
    // As Qt's driver binds it: a null QVariant or a null QString is NULL, numbers are numbers,
    // strings are text.
    void bind(int index, const QVariant &value);
    void bind(int index, const QString &value);
    void bindNull(int index);
    // The bytes as they are, UTF-8 text or a blob. SQLite reads them in place (SQLITE_STATIC):
    // they must stay as they are until the statement has run.
    void bindBytes(int index, QByteArrayView bytes, bool blob = false);
    // Runs a statement that gives no rows, then readies it for the next binding.
    Expected<void> exec();
    // The next row: true, or false at the end; an error when SQLite failed.
    Expected<bool> next();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const; // NULL -> a null QString
    // The column's UTF-8 bytes, valid until the next call of next() (for compares without a QString).
    QByteArrayView bytes(int column) const;

private:
    Error failure(const QString &why) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    // A text parameter's UTF-8 bytes, one buffer per parameter, kept until it is bound again:
    // SQLite reads them in place (SQLITE_STATIC) instead of copying and converting each value.
    std::vector<QByteArray> m_text;
};

// Appends `text` in UTF-8, as SQLite stores text, without a buffer of its own (Qt's encoder
// writes into `out`'s room).
void appendUtf8(QByteArray &out, QStringView text);

} // namespace dbx::sqlstore
