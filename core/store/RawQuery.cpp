#include "store/RawQuery.h"

#include "store/SqlSupport.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace dbx::sqlstore {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

RawQuery::RawQuery(const QSqlDatabase &db, const QString &sql) : m_db(sqliteHandle(db))
{
    if (!m_db) {
        m_error = QStringLiteral("not an SQLite connection");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

RawQuery::~RawQuery() { sqlite3_finalize(m_stmt); }

Error RawQuery::failure(const QString &why) const
{
    return Error::make(Error::Kind::Database, tr("database error: %1").arg(why), why);
}

Expected<void> RawQuery::ok() const
{
    if (m_stmt)
        return {};
    return unexpected(failure(m_error));
}

void RawQuery::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
}

Expected<bool> RawQuery::next()
{
    if (!m_stmt)
        return unexpected(failure(m_error));
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW: return true;
    case SQLITE_DONE: return false;
    default: return unexpected(failure(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
}

bool RawQuery::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

qint64 RawQuery::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

QByteArrayView RawQuery::bytes(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QString RawQuery::text(int column) const
{
    const QByteArrayView b = bytes(column);
    return b.data() ? QString::fromUtf8(b) : QString();
}

} // namespace dbx::sqlstore
