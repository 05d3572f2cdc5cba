#include "store/RowCodec.h"

#include "store/RawQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <type_traits>

namespace dbx::sqlstore {

namespace {
bool isPlainJsonString(QStringView s)
{
    for (const QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\') || c.unicode() < 0x20)
            return false;
    }
    return true;
}
} // namespace

// ---- value encoding --------------------------------------------------------------------------
// Times are UTC milliseconds since the epoch (INTEGER): compact, ordered, and NULL for "never".
QVariant timeValue(const QDateTime &t) { return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(); }

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// Lists go in as JSON text; an empty list is NULL so that the common case costs no parsing.
// Plain strings (no quote, backslash or control character: every Dropbox id) are written and
// read without a JSON parser, which would otherwise be a third of the time load() takes.
QVariant stringListValue(const QStringList &list)
{
    if (list.isEmpty())
        return QVariant();
    if (std::all_of(list.cbegin(), list.cend(), [](const QString &s) { return isPlainJsonString(s); }))
        return QString(QStringLiteral("[\"") + list.join(QStringLiteral("\",\"")) + QStringLiteral("\"]"));
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringListFrom(const QVariant &v) { return v.isNull() ? QStringList() : stringListFrom(v.toString()); }

QStringList stringListFrom(const QString &text)
{
    if (text.isNull())
        return {};
    // Without a backslash no string can hold a quote, so '","' only ever separates elements.
    if (text.size() >= 4 && text.startsWith(QLatin1String("[\"")) && text.endsWith(QLatin1String("\"]"))
        && !text.contains(QLatin1Char('\\'))) {
        QStringList out;
        for (const QStringView part : QStringView(text).mid(2, text.size() - 4).split(QStringView(u"\",\"")))
            out.push_back(part.toString());
        return out;
    }
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    QStringList out;
    out.reserve(a.size());
    for (const QJsonValue &e : a)
        out.push_back(e.toString());
    return out;
}

QVariant secondaryEmailsValue(const QVector<SecondaryEmail> &list)
{
    if (list.isEmpty())
        return QVariant();
    QJsonArray a;
    for (const SecondaryEmail &e : list)
        a.push_back(QJsonObject{{QStringLiteral("email"), e.email}, {QStringLiteral("is_verified"), e.isVerified}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QVector<SecondaryEmail> secondaryEmailsFrom(const QVariant &v)
{
    return v.isNull() ? QVector<SecondaryEmail>() : secondaryEmailsFrom(v.toString());
}

QVector<SecondaryEmail> secondaryEmailsFrom(const QString &text)
{
    if (text.isNull())
        return {};
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    QVector<SecondaryEmail> out;
    out.reserve(a.size());
    for (const QJsonValue &e : a) {
        const QJsonObject o = e.toObject();
        out.push_back({o.value(QLatin1String("email")).toString(), o.value(QLatin1String("is_verified")).toBool()});
    }
    return out;
}

// -1 ("Dropbox did not say") is NULL, so SQL readers see an unknown count as unknown.
QVariant countValue(int n) { return n < 0 ? QVariant() : QVariant(n); }
int countFrom(const QVariant &v) { return v.isNull() ? -1 : v.toInt(); }

// ---- accounts --------------------------------------------------------------------------------
namespace {
// The account's values in the order of kAccountColumns, each handed to `put`: a QString (a null
// one is NULL), an int, or a QVariant (the lists and times; a null one is NULL). The one list of
// the columns' values, for both accountValues() and bindAccount().
template <typename Put>
void eachAccountValue(const Account &a, Put put)
{
    put(a.teamMemberId);
    put(a.email);
    put(int(a.emailVerified));
    put(toWire(a.status));
    put(int(a.removedIsRecoverable));
    put(int(a.removedIsDisconnected));
    put(a.givenName);
    put(a.surname);
    put(a.familiarName);
    put(a.displayName);
    put(a.abbreviatedName);
    put(toWire(a.membershipType));
    put(stringListValue(a.groupIds));
    put(a.memberFolderId);
    put(a.rootFolderId);
    put(a.accountId);
    put(a.externalId);
    put(a.persistentId);
    put(a.profilePhotoUrl);
    put(secondaryEmailsValue(a.secondaryEmails));
    put(timeValue(a.invitedOn));
    put(timeValue(a.joinedOn));
    put(timeValue(a.suspendedOn));
    put(int(a.isDirectoryRestricted));
    put(a.roleId);
}
} // namespace

QVariantList accountValues(const Account &a)
{
    QVariantList values;
    values.reserve(kAccountColumnCount);
    eachAccountValue(a, [&values](const auto &v) { values.push_back(QVariant(v)); });
    return values;
}

// Bound one by one: no list of QVariants for each row.
void bindAccount(RawQuery &q, int pos, const Account &a)
{
    eachAccountValue(a, [&q, &pos](const auto &v) {
        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, int>)
            q.bind(pos++, qint64(v));
        else
            q.bind(pos++, v);
    });
}

namespace {
// One row as the readers below see it, whichever way it was read.
struct QtRow {
    const QSqlQuery &q;
    QString text(int i) const { return q.value(i).toString(); }
    qint64 integer(int i) const { return q.value(i).toLongLong(); }
    bool isNull(int i) const { return q.value(i).isNull(); }
};

template <typename Row>
QDateTime timeAt(const Row &r, int i)
{
    return r.isNull(i) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(r.integer(i), Qt::UTC);
}

template <typename Row>
Account accountAt(const Row &r, int pos)
{
    Account a;
    a.teamMemberId = r.text(pos++);
    a.email = r.text(pos++);
    a.emailVerified = r.integer(pos++) != 0;
    a.status = accountStatusFromWire(r.text(pos++));
    a.removedIsRecoverable = r.integer(pos++) != 0;
    a.removedIsDisconnected = r.integer(pos++) != 0;
    a.givenName = r.text(pos++);
    a.surname = r.text(pos++);
    a.familiarName = r.text(pos++);
    a.displayName = r.text(pos++);
    a.abbreviatedName = r.text(pos++);
    a.membershipType = membershipTypeFromWire(r.text(pos++));
    a.groupIds = r.isNull(pos) ? QStringList() : stringListFrom(r.text(pos));
    ++pos;
    a.memberFolderId = r.text(pos++);
    a.rootFolderId = r.text(pos++);
    a.accountId = r.text(pos++);
    a.externalId = r.text(pos++);
    a.persistentId = r.text(pos++);
    a.profilePhotoUrl = r.text(pos++);
    a.secondaryEmails = r.isNull(pos) ? QVector<SecondaryEmail>() : secondaryEmailsFrom(r.text(pos));
    ++pos;
    a.invitedOn = timeAt(r, pos++);
    a.joinedOn = timeAt(r, pos++);
    a.suspendedOn = timeAt(r, pos++);
    a.isDirectoryRestricted = r.integer(pos++) != 0;
    a.roleId = r.text(pos++);
    return a;
}

template <typename Row>
Group groupAt(const Row &r, int pos)
{
    Group g;
    g.id = r.text(pos);
    g.name = r.text(pos + 1);
    g.managementType = managementTypeFromWire(r.text(pos + 2));
    g.externalId = r.text(pos + 3);
    g.memberCount = r.isNull(pos + 4) ? -1 : int(r.integer(pos + 4));
    return g;
}
} // namespace

Account readAccount(const QSqlQuery &q, int pos) { return accountAt(QtRow{q}, pos); }
Account readAccount(const RawQuery &q, int pos) { return accountAt(q, pos); }
Group readGroup(const QSqlQuery &q, int pos) { return groupAt(QtRow{q}, pos); }
Group readGroup(const RawQuery &q, int pos) { return groupAt(q, pos); }

// "a.email, a.status, ..." for a join.
QString prefixedColumns(const char *columns, const QString &alias)
{
    QStringList out;
    for (const QString &c : QString::fromLatin1(columns).split(QLatin1Char(',')))
        out << alias + QLatin1Char('.') + c.trimmed();
    return out.join(QStringLiteral(", "));
}

QString placeholders(int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return s;
}

} // namespace dbx::sqlstore
