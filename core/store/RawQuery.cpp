#include "store/RawQuery.h"

#include "store/SqlSupport.h"

#include <QSqlDriver>
#include <QStringEncoder>
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

RawQuery::RawQuery(const QSqlDatabase &db, const QString &sql) : RawQuery(sqliteHandle(db), sql) {}

RawQuery::RawQuery(sqlite3 *db, const QString &sql) : m_db(db)
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

void RawQuery::bind(int index, const QVariant &value)
{
    if (!m_stmt)
        return;
    switch (value.typeId()) {
    case QMetaType::UnknownType: sqlite3_bind_null(m_stmt, index); return;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong: sqlite3_bind_int64(m_stmt, index, value.toLongLong()); return;
    case QMetaType::Double: sqlite3_bind_double(m_stmt, index, value.toDouble()); return;
    case QMetaType::QByteArray: {
        const QByteArray b = value.toByteArray();
        sqlite3_bind_blob64(m_stmt, index, b.constData(), sqlite3_uint64(b.size()), SQLITE_TRANSIENT);
        return;
    }
    default: break;
    }
    bind(index, value.toString());
}

void RawQuery::bind(int index, const QString &value)
{
    if (!m_stmt || index < 1)
        return;
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    // Into this parameter's own buffer, which keeps its room from row to row: no allocation
    // once the buffers have grown, and SQLite neither copies nor converts (a copy and a UTF-16
    // to UTF-8 conversion per value, each allocated, were a fifth of staging a sync's rows).
    if (m_text.size() < size_t(index))
        m_text.resize(size_t(index));
    QByteArray &utf8 = m_text[size_t(index) - 1];
    utf8.resize(0); // keeps its room
    appendUtf8(utf8, value);
    bindBytes(index, utf8);
}

void RawQuery::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
}

void RawQuery::bindBytes(int index, QByteArrayView bytes, bool blob)
{
    if (!m_stmt)
        return;
    // SQLite takes a null pointer for NULL: empty bytes are bound as empty, not as NULL.
    const char *data = bytes.data() ? bytes.data() : "";
    if (blob)
        sqlite3_bind_blob(m_stmt, index, data, int(bytes.size()), SQLITE_STATIC);
    else
        sqlite3_bind_text(m_stmt, index, data, int(bytes.size()), SQLITE_STATIC);
}

Expected<void> RawQuery::exec()
{
    if (!m_stmt)
        return unexpected(failure(m_error));
    const int rc = sqlite3_step(m_stmt);
    const bool done = rc == SQLITE_DONE || rc == SQLITE_ROW;
    const QString why = done ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    if (done)
        return {};
    return unexpected(failure(why));
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

void appendUtf8(QByteArray &out, QStringView text)
{
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    const qsizetype start = out.size();
    out.resize(start + encoder.requiredSpace(text.size()));
    const char *end = encoder.appendToBuffer(out.data() + start, text);
    out.resize(end - out.constData());
}

} // namespace dbx::sqlstore
