#include "store/RowCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

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
        return QStringLiteral("[\"") + list.join(QStringLiteral("\",\"")) + QStringLiteral("\"]");
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringListFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QString text = v.toString();
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
    if (v.isNull())
        return {};
    const QJsonArray a = QJsonDocument::fromJson(v.toString().toUtf8()).array();
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
QVariantList accountValues(const Account &a)
{
    return {
        a.teamMemberId,
        a.email,
        int(a.emailVerified),
        toWire(a.status),
        int(a.removedIsRecoverable),
        int(a.removedIsDisconnected),
        a.givenName,
        a.surname,
        a.familiarName,
        a.displayName,
        a.abbreviatedName,
        toWire(a.membershipType),
        stringListValue(a.groupIds),
        a.memberFolderId,
        a.rootFolderId,
        a.accountId,
        a.externalId,
        a.persistentId,
        a.profilePhotoUrl,
        secondaryEmailsValue(a.secondaryEmails),
        timeValue(a.invitedOn),
        timeValue(a.joinedOn),
        timeValue(a.suspendedOn),
        int(a.isDirectoryRestricted),
        a.roleId,
    };
}

void bindAccount(QSqlQuery &q, int pos, const Account &a)
{
    const QVariantList values = accountValues(a);
    for (const QVariant &v : values)
        q.bindValue(pos++, v);
}

Account readAccount(const QSqlQuery &q, int pos)
{
    Account a;
    a.teamMemberId = q.value(pos++).toString();
    a.email = q.value(pos++).toString();
    a.emailVerified = q.value(pos++).toInt() != 0;
    a.status = accountStatusFromWire(q.value(pos++).toString());
    a.removedIsRecoverable = q.value(pos++).toInt() != 0;
    a.removedIsDisconnected = q.value(pos++).toInt() != 0;
    a.givenName = q.value(pos++).toString();
    a.surname = q.value(pos++).toString();
    a.familiarName = q.value(pos++).toString();
    a.displayName = q.value(pos++).toString();
    a.abbreviatedName = q.value(pos++).toString();
    a.membershipType = membershipTypeFromWire(q.value(pos++).toString());
    a.groupIds = stringListFrom(q.value(pos++));
    a.memberFolderId = q.value(pos++).toString();
    a.rootFolderId = q.value(pos++).toString();
    a.accountId = q.value(pos++).toString();
    a.externalId = q.value(pos++).toString();
    a.persistentId = q.value(pos++).toString();
    a.profilePhotoUrl = q.value(pos++).toString();
    a.secondaryEmails = secondaryEmailsFrom(q.value(pos++));
    a.invitedOn = timeFrom(q.value(pos++));
    a.joinedOn = timeFrom(q.value(pos++));
    a.suspendedOn = timeFrom(q.value(pos++));
    a.isDirectoryRestricted = q.value(pos++).toInt() != 0;
    a.roleId = q.value(pos++).toString();
    return a;
}

Group readGroup(const QSqlQuery &q, int pos)
{
    Group g;
    g.id = q.value(pos).toString();
    g.name = q.value(pos + 1).toString();
    g.managementType = managementTypeFromWire(q.value(pos + 2).toString());
    g.externalId = q.value(pos + 3).toString();
    g.memberCount = countFrom(q.value(pos + 4));
    return g;
}

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
