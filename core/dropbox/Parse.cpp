#include "dropbox/Parse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace dbx::parse {

namespace {
const char *const kCtx = "dbx::parse";
QString tr(const char *s) { return QCoreApplication::translate(kCtx, s); }

// Collects the first failure; every reader returns false once one field is wrong, so the detail
// names the field that broke and not a later consequence of it.
struct Ctx {
    QString error;
    bool fail(const QString &path, const char *what)
    {
        if (error.isEmpty())
            error = tr(what).arg(path.isEmpty() ? tr("the reply") : path);
        return false;
    }
    bool missing(const QString &path) { return fail(path, QT_TRANSLATE_NOOP("dbx::parse", "%1 is missing")); }
};

QString at(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
}

QString at(const QString &path, int index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// JSON null counts as absent: Stone serializers may write optional fields as null.
bool absent(const QJsonValue &v) { return v.isUndefined() || v.isNull(); }

// A value that must be there: present, it must be what fits() accepts (else the sentence
// wrongType), and read() gives its value.
template <typename T, typename Fits, typename Read>
bool present(const QJsonValue &v, const QString &path, T *out, Ctx &c, Fits fits, Read read, const char *wrongType)
{
    if (absent(v))
        return c.missing(path);
    if (!fits(v))
        return c.fail(path, wrongType);
    *out = read(v);
    return true;
}

bool object(const QJsonValue &v, const QString &path, QJsonObject *out, Ctx &c)
{
    return present(
        v, path, out, c, [](const QJsonValue &x) { return x.isObject(); },
        [](const QJsonValue &x) { return x.toObject(); }, QT_TRANSLATE_NOOP("dbx::parse", "%1 is not an object"));
}

bool array(const QJsonValue &v, const QString &path, QJsonArray *out, Ctx &c)
{
    return present(
        v, path, out, c, [](const QJsonValue &x) { return x.isArray(); },
        [](const QJsonValue &x) { return x.toArray(); }, QT_TRANSLATE_NOOP("dbx::parse", "%1 is not a list"));
}

// A scalar field: absent is fine unless required; else as present().
template <typename T, typename Fits, typename Read>
bool scalar(const QJsonObject &o, const QString &path, const char *key, T *out, Ctx &c, bool required, Fits fits,
            Read read, const char *wrongType)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (absent(v) && !required)
        return true;
    return present(v, at(path, key), out, c, fits, read, wrongType);
}

bool string(const QJsonObject &o, const QString &path, const char *key, QString *out, Ctx &c, bool required = true)
{
    return scalar(
        o, path, key, out, c, required, [](const QJsonValue &v) { return v.isString(); },
        [](const QJsonValue &v) { return v.toString(); }, QT_TRANSLATE_NOOP("dbx::parse", "%1 is not a string"));
}

bool boolean(const QJsonObject &o, const QString &path, const char *key, bool *out, Ctx &c, bool required = true)
{
    return scalar(
        o, path, key, out, c, required, [](const QJsonValue &v) { return v.isBool(); },
        [](const QJsonValue &v) { return v.toBool(); }, QT_TRANSLATE_NOOP("dbx::parse", "%1 is not a boolean"));
}

// UInt32 fields; stored as int, so counts beyond INT_MAX are refused rather than wrapped.
bool count(const QJsonObject &o, const QString &path, const char *key, int *out, Ctx &c, bool required = true)
{
    const auto fits = [](const QJsonValue &v) {
        const double d = v.toDouble(-1);
        return v.isDouble() && d >= 0 && d <= std::numeric_limits<int>::max() && std::floor(d) == d;
    };
    return scalar(
        o, path, key, out, c, required, fits, [](const QJsonValue &v) { return static_cast<int>(v.toDouble()); },
        QT_TRANSLATE_NOOP("dbx::parse", "%1 is not a non-negative integer"));
}

bool time(const QJsonObject &o, const QString &path, const char *key, QDateTime *out, Ctx &c)
{
    QString text;
    if (!string(o, path, key, &text, c, false))
        return false;
    if (text.isEmpty())
        return true;
    const QDateTime t = timestamp(text);
    if (!t.isValid())
        return c.fail(at(path, key), QT_TRANSLATE_NOOP("dbx::parse", "%1 is not a timestamp"));
    *out = t;
    return true;
}

// A union value: {".tag": t, ...flattened struct fields}. A void tag written as a bare string is
// accepted as well, as Stone's JSON allows it. unionObj receives the object (empty for a string).
bool unionTag(const QJsonObject &o, const QString &path, const char *key, QString *tag, QJsonObject *unionObj, Ctx &c)
{
    const QString p = at(path, key);
    const QJsonValue v = o.value(QLatin1String(key));
    if (absent(v))
        return c.missing(p);
    if (v.isString()) {
        *tag = v.toString();
        if (unionObj)
            *unionObj = QJsonObject();
        return true;
    }
    if (!v.isObject())
        return c.fail(p, QT_TRANSLATE_NOOP("dbx::parse", "%1 is not a union"));
    const QJsonObject u = v.toObject();
    const QJsonValue t = u.value(QLatin1String(".tag"));
    if (!t.isString())
        return c.fail(p, QT_TRANSLATE_NOOP("dbx::parse", "%1 has no .tag"));
    *tag = t.toString();
    if (unionObj)
        *unionObj = u;
    return true;
}

bool readProfileBase(const QJsonObject &o, const QString &path, Account *a, Ctx &c)
{
    if (!string(o, path, "team_member_id", &a->teamMemberId, c) || !string(o, path, "email", &a->email, c)
        || !boolean(o, path, "email_verified", &a->emailVerified, c))
        return false;

    QString tag;
    QJsonObject statusObj;
    if (!unionTag(o, path, "status", &tag, &statusObj, c))
        return false;
    a->status = accountStatusFromWire(tag);
    if (a->status == AccountStatus::Removed) {
        // RemovedStatus is flattened beside the tag; both fields are required by the spec.
        const QString sp = at(path, "status");
        if (!boolean(statusObj, sp, "is_recoverable", &a->removedIsRecoverable, c)
            || !boolean(statusObj, sp, "is_disconnected", &a->removedIsDisconnected, c))
            return false;
    }

    QJsonObject name;
    const QString np = at(path, "name");
    if (!object(o.value(QLatin1String("name")), np, &name, c) || !string(name, np, "given_name", &a->givenName, c)
        || !string(name, np, "surname", &a->surname, c) || !string(name, np, "familiar_name", &a->familiarName, c)
        || !string(name, np, "display_name", &a->displayName, c)
        || !string(name, np, "abbreviated_name", &a->abbreviatedName, c))
        return false;

    if (!unionTag(o, path, "membership_type", &tag, nullptr, c))
        return false;
    a->membershipType = membershipTypeFromWire(tag);

    if (!string(o, path, "account_id", &a->accountId, c, false)
        || !string(o, path, "external_id", &a->externalId, c, false)
        || !string(o, path, "persistent_id", &a->persistentId, c, false)
        || !string(o, path, "profile_photo_url", &a->profilePhotoUrl, c, false)
        || !boolean(o, path, "is_directory_restricted", &a->isDirectoryRestricted, c, false)
        || !time(o, path, "invited_on", &a->invitedOn, c) || !time(o, path, "joined_on", &a->joinedOn, c)
        || !time(o, path, "suspended_on", &a->suspendedOn, c))
        return false;

    const QJsonValue secondary = o.value(QLatin1String("secondary_emails"));
    if (!absent(secondary)) {
        const QString sp = at(path, "secondary_emails");
        QJsonArray list;
        if (!array(secondary, sp, &list, c))
            return false;
        for (int i = 0; i < list.size(); ++i) {
            const QString ip = at(sp, i);
            QJsonObject e;
            SecondaryEmail se;
            if (!object(list.at(i), ip, &e, c) || !string(e, ip, "email", &se.email, c)
                || !boolean(e, ip, "is_verified", &se.isVerified, c))
                return false;
            a->secondaryEmails.append(se);
        }
    }
    return true;
}

bool readTeamMemberProfile(const QJsonValue &v, const QString &path, Account *a, Ctx &c)
{
    QJsonObject o;
    if (!object(v, path, &o, c) || !readProfileBase(o, path, a, c))
        return false;
    QJsonArray groups;
    const QString gp = at(path, "groups");
    if (!array(o.value(QLatin1String("groups")), gp, &groups, c))
        return false;
    for (int i = 0; i < groups.size(); ++i) {
        if (!groups.at(i).isString())
            return c.fail(at(gp, i), QT_TRANSLATE_NOOP("dbx::parse", "%1 is not a string"));
        a->groupIds.append(groups.at(i).toString());
    }
    return string(o, path, "member_folder_id", &a->memberFolderId, c)
        && string(o, path, "root_folder_id", &a->rootFolderId, c);
}

bool readRole(const QJsonValue &v, const QString &path, Role *r, Ctx &c)
{
    QJsonObject o;
    return object(v, path, &o, c) && string(o, path, "role_id", &r->id, c) && string(o, path, "name", &r->name, c)
        && string(o, path, "description", &r->description, c);
}

bool readTeamMemberInfo(const QJsonValue &v, const QString &path, Account *a, Ctx &c)
{
    QJsonObject o;
    if (!object(v, path, &o, c) || !readTeamMemberProfile(o.value(QLatin1String("profile")), at(path, "profile"), a, c))
        return false;
    const QJsonValue rolesValue = o.value(QLatin1String("roles"));
    if (absent(rolesValue))
        return true;
    QJsonArray roles;
    const QString rp = at(path, "roles");
    if (!array(rolesValue, rp, &roles, c))
        return false;
    // A member holds at most one admin role today; should Dropbox ever send more, the first wins
    // and the others are still validated so a broken reply is noticed.
    for (int i = 0; i < roles.size(); ++i) {
        Role r;
        if (!readRole(roles.at(i), at(rp, i), &r, c))
            return false;
        if (i == 0)
            a->roleId = r.id;
    }
    return true;
}

bool readGroupSummary(const QJsonValue &v, const QString &path, Group *g, Ctx &c)
{
    QJsonObject o;
    QString tag;
    if (!object(v, path, &o, c) || !string(o, path, "group_name", &g->name, c)
        || !string(o, path, "group_id", &g->id, c) || !unionTag(o, path, "group_management_type", &tag, nullptr, c)
        || !string(o, path, "group_external_id", &g->externalId, c, false)
        || !count(o, path, "member_count", &g->memberCount, c, false))
        return false;
    g->managementType = managementTypeFromWire(tag);
    return true;
}

// The page frame shared by the listing routes: the list key, cursor and has_more.
bool readPageFrame(const QJsonValue &reply, const char *listKey, QJsonObject *root, QJsonArray *list, QString *cursor,
                   bool *hasMore, Ctx &c)
{
    return object(reply, QString(), root, c)
        && array(root->value(QLatin1String(listKey)), QString::fromLatin1(listKey), list, c)
        && string(*root, QString(), "cursor", cursor, c) && boolean(*root, QString(), "has_more", hasMore, c);
}

template <typename T>
Expected<T> finish(const QString &route, T &&value, const Ctx &c)
{
    if (!c.error.isEmpty())
        return unexpected(Error::malformed(route, c.error));
    return Expected<T>(std::move(value));
}
} // namespace

namespace {
// A GroupMemberPage entry carries a MemberProfile (not TeamMemberProfile): only the identity is
// needed here, the rest of the profile comes from the member listing.
bool readGroupMemberEntry(const QJsonValue &v, const QString &ip, GroupMemberEntry *m, Ctx &c)
{
    QJsonObject entry;
    QJsonObject profile;
    const QString pp = at(ip, "profile");
    QString tag;
    if (!object(v, ip, &entry, c) || !object(entry.value(QLatin1String("profile")), pp, &profile, c)
        || !string(profile, pp, "team_member_id", &m->teamMemberId, c) || !string(profile, pp, "email", &m->email, c)
        || !unionTag(entry, ip, "access_type", &tag, nullptr, c))
        return false;
    // GroupAccessType is a closed union: a tag outside it is a broken reply, and
    // guessing member or owner would misreport who controls the group.
    if (!accessTypeFromWire(tag, &m->accessType)) {
        c.fail(at(ip, "access_type"), QT_TRANSLATE_NOOP("dbx::parse", "%1 has an unknown tag"));
        c.error += QStringLiteral(" \"") + tag + QLatin1Char('"');
        return false;
    }
    return true;
}

// The items of a listing's list key, each read by read(); stops at the first broken one.
template <typename Item, typename Reader>
void readItems(const QJsonArray &list, const char *listKey, QVector<Item> *items, Reader read, Ctx &c)
{
    items->reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        Item item;
        if (!read(list.at(i), at(QString::fromLatin1(listKey), i), &item, c))
            return;
        items->append(item);
    }
}

// A whole page of a listing route: the frame, then its items.
template <typename Page, typename Item, typename Reader>
Expected<Page> listingPage(const QString &route, const QJsonValue &reply, const char *listKey,
                           QVector<Item> Page::*items, Reader read)
{
    Ctx c;
    Page page;
    QJsonObject root;
    QJsonArray list;
    if (readPageFrame(reply, listKey, &root, &list, &page.cursor, &page.hasMore, c))
        readItems(list, listKey, &(page.*items), read, c);
    return finish(route, std::move(page), c);
}
} // namespace

Expected<MemberPage> memberPage(const QString &route, const QJsonValue &reply)
{
    return listingPage(route, reply, "members", &MemberPage::members, readTeamMemberInfo);
}

Expected<GroupPage> groupPage(const QString &route, const QJsonValue &reply)
{
    return listingPage(route, reply, "groups", &GroupPage::groups, readGroupSummary);
}

Expected<GroupMemberPage> groupMemberPage(const QString &route, const QJsonValue &reply)
{
    return listingPage(route, reply, "members", &GroupMemberPage::members, readGroupMemberEntry);
}

Expected<QVector<Role>> availableRoles(const QString &route, const QJsonValue &reply)
{
    Ctx c;
    QVector<Role> roles;
    QJsonObject root;
    QJsonArray list;
    if (object(reply, QString(), &root, c)
        && array(root.value(QLatin1String("roles")), QStringLiteral("roles"), &list, c))
        readItems(list, "roles", &roles, readRole, c);
    return finish(route, std::move(roles), c);
}

Expected<TeamInfo> teamInfo(const QString &route, const QJsonValue &reply)
{
    Ctx c;
    TeamInfo info;
    QJsonObject root;
    // num_used_licenses has a default of 0 in the spec; policies is not used by the connector.
    if (object(reply, QString(), &root, c)) {
        (void)(string(root, QString(), "name", &info.name, c) && string(root, QString(), "team_id", &info.teamId, c)
               && count(root, QString(), "num_licensed_users", &info.numLicensedUsers, c)
               && count(root, QString(), "num_provisioned_users", &info.numProvisionedUsers, c)
               && count(root, QString(), "num_used_licenses", &info.numUsedLicenses, c, false));
    }
    return finish(route, std::move(info), c);
}

Expected<AdminProfile> authenticatedAdmin(const QString &route, const QJsonValue &reply)
{
    Ctx c;
    AdminProfile admin;
    QJsonObject root;
    Account a;
    if (object(reply, QString(), &root, c)
        && readTeamMemberProfile(root.value(QLatin1String("admin_profile")), QStringLiteral("admin_profile"), &a, c)) {
        admin.teamMemberId = a.teamMemberId;
        admin.email = a.email;
        admin.displayName = a.displayName;
        admin.accountId = a.accountId;
    }
    return finish(route, std::move(admin), c);
}

namespace {
// A building block read on its own: the value, or Kind::Malformed with the field path in detail.
template <typename T, typename Reader>
Expected<T> readAlone(const QJsonValue &v, const QString &path, Reader read)
{
    Ctx c;
    T value;
    if (!read(v, path, &value, c))
        return unexpected(Error::malformed(QString(), c.error));
    return value;
}
} // namespace

Expected<Account> teamMemberInfo(const QJsonValue &v, const QString &path)
{
    return readAlone<Account>(v, path, readTeamMemberInfo);
}

Expected<Account> teamMemberProfile(const QJsonValue &v, const QString &path)
{
    return readAlone<Account>(v, path, readTeamMemberProfile);
}

Expected<Role> role(const QJsonValue &v, const QString &path) { return readAlone<Role>(v, path, readRole); }

Expected<Group> groupSummary(const QJsonValue &v, const QString &path)
{
    return readAlone<Group>(v, path, readGroupSummary);
}

QDateTime timestamp(const QString &text)
{
    // Exactly the Stone DropboxTimestamp format, "%Y-%m-%dT%H:%M:%SZ"; Qt::ISODate alone would
    // also take offsets and dates without a time, which Dropbox never sends. Read digit by digit:
    // QDate/QTime::fromString() with a format cost a third of reading a member page. Date and
    // time are built apart: a UTC moment inside a local DST gap must still exist.
    static const char kShape[] = "dddd-dd-ddTdd:dd:ddZ";
    if (text.size() != 20)
        return QDateTime();
    int fields[6] = {};
    int field = 0;
    for (int i = 0; i < 20; ++i) {
        const char16_t c = text.at(i).unicode();
        if (kShape[i] != 'd') {
            if (c != char16_t(kShape[i]))
                return QDateTime();
            ++field;
        } else if (c >= u'0' && c <= u'9') {
            fields[field] = fields[field] * 10 + (c - u'0');
        } else {
            return QDateTime();
        }
    }
    const QDate date(fields[0], fields[1], fields[2]);
    const QTime time(fields[3], fields[4], fields[5]);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, Qt::UTC);
}

QString errorTag(const QJsonObject &body)
{
    const QJsonValue error = body.value(QLatin1String("error"));
    if (error.isObject()) {
        const QString tag = error.toObject().value(QLatin1String(".tag")).toString();
        if (!tag.isEmpty())
            return tag;
    } else if (error.isString() && !error.toString().isEmpty()) {
        return error.toString(); // OAuth style {"error":"invalid_grant"}
    }
    QString summary = body.value(QLatin1String("error_summary")).toString();
    summary = summary.section(QLatin1Char('/'), 0, 0);
    while (summary.endsWith(QLatin1Char('.')))
        summary.chop(1);
    return summary.trimmed();
}

QString userMessage(const QJsonObject &body)
{
    const QJsonValue m = body.value(QLatin1String("user_message"));
    if (m.isString())
        return m.toString();
    if (m.isObject())
        return m.toObject().value(QLatin1String("text")).toString();
    return QString();
}

Expected<QJsonValue> jsonValue(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Null);
    // Wrapping in a list lets QJsonDocument read a bare null, string or number too.
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + trimmed + QByteArray("]"), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return unexpected(Error::malformed(
            QString(), pe.error != QJsonParseError::NoError ? pe.errorString() : tr("not one JSON value")));
    return doc.array().at(0);
}

} // namespace dbx::parse
