#include "store/ScopedConnection.h"

#include <QUuid>

namespace dbx {

ScopedConnection::ScopedConnection(const QString &prefix, const QString &path)
    : m_name(prefix + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
}

ScopedConnection::~ScopedConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace dbx
