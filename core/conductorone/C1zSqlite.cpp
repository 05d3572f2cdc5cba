#include "conductorone/C1zSqlite.h"

#include <QCoreApplication>
#include <QUuid>

namespace dbx {
namespace c1 {
namespace c1zinternal {

namespace {
const char *const kCtx = "dbx::c1::C1z";
} // namespace

QString tr(const char *s) { return QCoreApplication::translate(kCtx, s); }

Unexpected<Error> fail(Error::Kind kind, const QString &text) { return unexpected(Error::make(kind, text)); }

ScopedDb::ScopedDb(const QString &path)
    : m_name(QStringLiteral("dbx-c1z-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
}

ScopedDb::~ScopedDb()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace c1zinternal
} // namespace c1
} // namespace dbx
