#include "store/Export.h"

#include "model/Entitlements.h"

#include <QHash>

#include <functional>

namespace dbx {

namespace {

// ---- JSON ------------------------------------------------------------------------------------
// Written by hand rather than with QJsonDocument: QJsonObject sorts its keys, and the export's
// key order is part of its documented shape.
void appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                qsnprintf(buf, sizeof buf, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

struct JsonField {
    const char *key;
    QString value;
    bool null = false;
};

// One array of flat objects, at the document's second level of indentation.
void appendArray(QByteArray &out, const char *name, int count,
                 const std::function<QVector<JsonField>(int)> &fieldsOf, bool last)
{
    out += "    \"";
    out += name;
    out += "\": [";
    if (count == 0) {
        out += ']';
    } else {
        out += '\n';
        for (int i = 0; i < count; ++i) {
            out += "        {\n";
            const QVector<JsonField> fields = fieldsOf(i);
            for (int f = 0; f < fields.size(); ++f) {
                out += "            \"";
                out += fields.at(f).key;
                out += "\": ";
                if (fields.at(f).null)
                    out += "null";
                else
                    appendJsonString(out, fields.at(f).value);
                out += f + 1 < fields.size() ? ",\n" : "\n";
            }
            out += i + 1 < count ? "        },\n" : "        }\n";
        }
        out += "    ]";
    }
    out += last ? "\n" : ",\n";
}

// ---- CSV -------------------------------------------------------------------------------------
QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QByteArray exportJson(const Snapshot &s)
{
    QByteArray out;
    out.reserve(160 * (s.accounts.size() + s.memberships.size()) + 100 * s.groups.size() + 1024);
    out += "{\n";
    appendArray(out, "accounts", int(s.accounts.size()), [&s](int i) {
        const Account &a = s.accounts.at(i);
        return QVector<JsonField>{{"id", a.teamMemberId},
                                  {"email", a.email},
                                  {"display_name", a.displayName},
                                  {"status", toWire(a.status)},
                                  {"role_id", a.roleId, a.roleId.isEmpty()}};
    }, false);
    appendArray(out, "roles", int(s.roles.size()), [&s](int i) {
        const Role &r = s.roles.at(i);
        return QVector<JsonField>{{"id", r.id}, {"name", r.name}};
    }, false);
    appendArray(out, "groups", int(s.groups.size()), [&s](int i) {
        const Group &g = s.groups.at(i);
        return QVector<JsonField>{{"id", g.id}, {"name", g.name}, {"management_type", toWire(g.managementType)}};
    }, false);
    appendArray(out, "memberships", int(s.memberships.size()), [&s](int i) {
        const Membership &m = s.memberships.at(i);
        return QVector<JsonField>{{"group_id", m.groupId}, {"account_id", m.teamMemberId},
                                  {"access_type", toWire(m.accessType)}};
    }, true);
    out += "}\n";
    return out;
}

QByteArray csvRow(const QStringList &cells)
{
    return csvRow(cells, CsvFormulas::Defuse);
}

QByteArray csvRow(const QStringList &cells, CsvFormulas formulas)
{
    QByteArray out;
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            out += ',';
        QString cell = cells.at(i);
        if (formulas == CsvFormulas::Defuse && !cell.isEmpty()) {
            const QChar c = cell.at(0);
            if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
                || c == QLatin1Char('\t') || c == QLatin1Char('\r')) {
                cell.prepend(QLatin1Char('\''));
            }
        }
        const QByteArray utf8 = cell.toUtf8();
        if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
            out += '"';
            for (const char ch : utf8) {
                if (ch == '"')
                    out += '"';
                out += ch;
            }
            out += '"';
        } else {
            out += utf8;
        }
    }
    out += "\r\n";
    return out;
}

QByteArray exportCsv(const Snapshot &s, CsvTable table)
{
    QByteArray out;
    auto row = [&out](const QStringList &cells) { out += csvRow(cells); };
    switch (table) {
    case CsvTable::Accounts: {
        QHash<QString, QString> roleNames;
        for (const Role &r : s.roles)
            roleNames.insert(r.id, r.name);
        out.reserve(150 * s.accounts.size() + 200);
        row({QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("display_name"),
             QStringLiteral("given_name"), QStringLiteral("surname"), QStringLiteral("status"),
             QStringLiteral("membership_type"), QStringLiteral("role_id"), QStringLiteral("role_name"),
             QStringLiteral("external_id"), QStringLiteral("joined_on")});
        for (const Account &a : s.accounts) {
            row({a.teamMemberId, a.email, a.displayName, a.givenName, a.surname, toWire(a.status),
                 toWire(a.membershipType), a.roleId, roleNames.value(a.roleId), a.externalId, isoTime(a.joinedOn)});
        }
        break;
    }
    case CsvTable::Roles:
        row({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description")});
        for (const Role &r : s.roles)
            row({r.id, r.name, r.description});
        break;
    case CsvTable::Groups:
        row({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("management_type"),
             QStringLiteral("external_id"), QStringLiteral("member_count")});
        for (const Group &g : s.groups) {
            // An unknown count is an empty cell, not -1: a spreadsheet would sum it.
            row({g.id, g.name, toWire(g.managementType), g.externalId,
                 g.memberCount < 0 ? QString() : QString::number(g.memberCount)});
        }
        break;
    case CsvTable::Memberships: {
        QHash<QString, QString> groupNames, emails;
        for (const Group &g : s.groups)
            groupNames.insert(g.id, g.name);
        for (const Account &a : s.accounts)
            emails.insert(a.teamMemberId, a.email);
        out.reserve(100 * s.memberships.size() + 200);
        row({QStringLiteral("group_id"), QStringLiteral("group_name"), QStringLiteral("account_id"),
             QStringLiteral("email"), QStringLiteral("access_type")});
        for (const Membership &m : s.memberships)
            row({m.groupId, groupNames.value(m.groupId), m.teamMemberId, emails.value(m.teamMemberId),
                 toWire(m.accessType)});
        break;
    }
    case CsvTable::Grants: {
        QHash<QString, QString> emails;
        for (const Account &a : s.accounts)
            emails.insert(a.teamMemberId, a.email);
        const QVector<Grant> grants = grantsOf(s);
        out.reserve(180 * grants.size() + 200);
        row({QStringLiteral("grant_id"), QStringLiteral("entitlement_id"), QStringLiteral("resource_type"),
             QStringLiteral("resource_id"), QStringLiteral("slug"), QStringLiteral("principal_id"),
             QStringLiteral("principal_email")});
        for (const Grant &g : grants)
            row({g.id(), g.entitlementId(), g.resourceType, g.resourceId, g.slug, g.teamMemberId,
                 emails.value(g.teamMemberId)});
        break;
    }
    }
    return out;
}

bool csvTableFromName(const QString &name, CsvTable *table)
{
    static const QHash<QString, CsvTable> names = {
        {QStringLiteral("accounts"), CsvTable::Accounts},
        {QStringLiteral("roles"), CsvTable::Roles},
        {QStringLiteral("groups"), CsvTable::Groups},
        {QStringLiteral("memberships"), CsvTable::Memberships},
        {QStringLiteral("grants"), CsvTable::Grants},
    };
    const auto it = names.constFind(name.trimmed().toLower());
    if (it == names.cend())
        return false;
    if (table)
        *table = *it;
    return true;
}

QString csvTableName(CsvTable table)
{
    switch (table) {
    case CsvTable::Accounts: return QStringLiteral("accounts");
    case CsvTable::Roles: return QStringLiteral("roles");
    case CsvTable::Groups: return QStringLiteral("groups");
    case CsvTable::Memberships: return QStringLiteral("memberships");
    case CsvTable::Grants: return QStringLiteral("grants");
    }
    return QString();
}

} // namespace dbx
