#pragma once
// How the store's values and rows map to SQLite columns: times, lists and counts, and the
// account and group columns with their bind and read functions.

#include "base/Expected.h"
#include "model/Types.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <QVector>

namespace dbx::sqlstore {

class RawQuery;

QVariant timeValue(const QDateTime &t);
QDateTime timeFrom(const QVariant &v);
QVariant stringListValue(const QStringList &list);
QStringList stringListFrom(const QVariant &v);
QStringList stringListFrom(const QString &text); // a null string: no list
QVariant secondaryEmailsValue(const QVector<SecondaryEmail> &list);
QVector<SecondaryEmail> secondaryEmailsFrom(const QVariant &v);
QVector<SecondaryEmail> secondaryEmailsFrom(const QString &text); // a null string: none
QVariant countValue(int n);
int countFrom(const QVariant &v);

const char *const kAccountColumns
    = "team_member_id, email, email_verified, status, removed_is_recoverable, removed_is_disconnected,"
      " given_name, surname, familiar_name, display_name, abbreviated_name, membership_type, group_ids,"
      " member_folder_id, root_folder_id, account_id, external_id, persistent_id, profile_photo_url,"
      " secondary_emails, invited_on, joined_on, suspended_on, is_directory_restricted, role_id";
constexpr int kAccountColumnCount = 25;
// The account's values in the order of kAccountColumns.
QVariantList accountValues(const Account &a);
void bindAccount(RawQuery &q, int pos, const Account &a); // pos: 1-based, as SQLite counts
Account readAccount(const QSqlQuery &q, int pos);
Account readAccount(const RawQuery &q, int pos);

const char *const kGroupColumns = "group_id, name, management_type, external_id, member_count";
Group readGroup(const QSqlQuery &q, int pos);
Group readGroup(const RawQuery &q, int pos);

// Account::lastActive and the snapshot's activity header from the team's sign-in rows.
Expected<void> loadActivity(const QSqlDatabase &db, Snapshot *s);

// A row's first columns, in order, into the fields given; each field's type says how its column
// reads (times are ms since the epoch, UTC; NULL is no time).
inline void columnInto(const QVariant &v, QString &field) { field = v.toString(); }
inline void columnInto(const QVariant &v, qint64 &field) { field = v.toLongLong(); }
inline void columnInto(const QVariant &v, int &field) { field = v.toInt(); }
inline void columnInto(const QVariant &v, QDateTime &field) { field = timeFrom(v); }
template <typename... Fields>
void readColumns(const QSqlQuery &q, Fields &...fields)
{
    int column = 0;
    (columnInto(q.value(column++), fields), ...);
}

// "a.email, a.status, ..." for a join.
QString prefixedColumns(const char *columns, const QString &alias);
QString placeholders(int n);

} // namespace dbx::sqlstore
