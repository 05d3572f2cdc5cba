#include "store/Export.h"

#include "model/Entitlements.h"

#include <QHash>

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

// The fields of one flat object, at the document's third level of indentation.
class JsonObject
{
public:
    explicit JsonObject(QByteArray &out) : m_out(out) { m_out += "        {\n"; }
    void field(const char *key, const QString &value, bool null = false)
    {
        if (!m_first)
            m_out += ",\n";
        m_first = false;
        m_out += "            \"";
        m_out += key;
        m_out += "\": ";
        if (null)
            m_out += "null";
        else
            appendJsonString(m_out, value);
    }
    void end(bool last) { m_out += last ? "\n        }\n" : "\n        },\n"; }

private:
    QByteArray &m_out;
    bool m_first = true;
};

// One array of flat objects, one a row, at the document's second level of indentation.
template <typename T, typename Fields>
void appendArray(QByteArray &out, const char *name, const QVector<T> &rows, Fields fields, bool last)
{
    out += "    \"";
    out += name;
    out += "\": [";
    if (rows.isEmpty()) {
        out += ']';
    } else {
        out += '\n';
        for (int i = 0; i < rows.size(); ++i) {
            JsonObject o(out);
            fields(rows.at(i), o);
            o.end(i + 1 == rows.size());
        }
        out += "    ]";
    }
    out += last ? "\n" : ",\n";
}

// ---- CSV -------------------------------------------------------------------------------------
void appendCsvCell(QByteArray &out, const QString &cell, CsvFormulas formulas)
{
    bool defuse = false;
    if (formulas == CsvFormulas::Defuse && !cell.isEmpty()) {
        const QChar c = cell.at(0);
        defuse = c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r');
    }
    const QByteArray utf8 = cell.toUtf8();
    bool quote = false;
    for (const char ch : utf8) {
        if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (defuse)
            out += '\'';
        out += utf8;
        return;
    }
    out += '"';
    if (defuse)
        out += '\'';
    for (const char ch : utf8) {
        if (ch == '"')
            out += '"';
        out += ch;
    }
    out += '"';
}

QString isoTime(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }

} // namespace

void appendCsvRow(QByteArray &out, const QStringList &cells, CsvFormulas formulas)
{
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            out += ',';
        appendCsvCell(out, cells.at(i), formulas);
    }
    out += "\r\n";
}

QByteArray exportJson(const Snapshot &s)
{
    QByteArray out;
    out.reserve(160 * (s.accounts.size() + s.memberships.size()) + 100 * s.groups.size() + 1024);
    out += "{\n";
    appendArray(
        out, "accounts", s.accounts,
        [](const Account &a, JsonObject &o) {
            o.field("id", a.teamMemberId);
            o.field("email", a.email);
            o.field("display_name", a.displayName);
            o.field("status", toWire(a.status));
            o.field("role_id", a.roleId, a.roleId.isEmpty());
            o.field("last_active", isoTime(a.lastActive), !a.lastActive.isValid());
        },
        false);
    appendArray(
        out, "roles", s.roles,
        [](const Role &r, JsonObject &o) {
            o.field("id", r.id);
            o.field("name", r.name);
        },
        false);
    appendArray(
        out, "groups", s.groups,
        [](const Group &g, JsonObject &o) {
            o.field("id", g.id);
            o.field("name", g.name);
            o.field("management_type", toWire(g.managementType));
        },
        false);
    appendArray(
        out, "memberships", s.memberships,
        [](const Membership &m, JsonObject &o) {
            o.field("group_id", m.groupId);
            o.field("account_id", m.teamMemberId);
            o.field("access_type", toWire(m.accessType));
        },
        true);
    out += "}\n";
    return out;
}

QByteArray csvRow(const QStringList &cells) { return csvRow(cells, CsvFormulas::Defuse); }

QByteArray csvRow(const QStringList &cells, CsvFormulas formulas)
{
    QByteArray out;
    appendCsvRow(out, cells, formulas);
    return out;
}

QByteArray exportCsv(const Snapshot &s, CsvTable table)
{
    QByteArray out;
    auto row = [&out](const QStringList &cells) { appendCsvRow(out, cells, CsvFormulas::Defuse); };
    switch (table) {
    case CsvTable::Accounts: {
        QHash<QString, QString> roleNames;
        for (const Role &r : s.roles)
            roleNames.insert(r.id, r.name);
        out.reserve(150 * s.accounts.size() + 200);
        row({QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("display_name"),
             QStringLiteral("given_name"), QStringLiteral("surname"), QStringLiteral("status"),
             QStringLiteral("membership_type"), QStringLiteral("role_id"), QStringLiteral("role_name"),
             QStringLiteral("external_id"), QStringLiteral("joined_on"), QStringLiteral("last_active")});
        for (const Account &a : s.accounts) {
            row({a.teamMemberId, a.email, a.displayName, a.givenName, a.surname, toWire(a.status),
                 toWire(a.membershipType), a.roleId, roleNames.value(a.roleId), a.externalId, isoTime(a.joinedOn),
                 isoTime(a.lastActive)});
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
        {QStringLiteral("accounts"), CsvTable::Accounts}, {QStringLiteral("roles"), CsvTable::Roles},
        {QStringLiteral("groups"), CsvTable::Groups},     {QStringLiteral("memberships"), CsvTable::Memberships},
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
