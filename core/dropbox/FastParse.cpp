#include "dropbox/FastParse.h"

#include "dropbox/Parse.h"

#include <algorithm>
#include <iterator>
#include <simdjson.h>
#include <string_view>

namespace dbx::parse::fast {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// Each reader below keeps Parse.cpp's rules: JSON null counts as absent; a required field must be
// present and of its type; an optional one may be absent. false = "not a page this reader takes".

QString text(std::string_view v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); }

// An object, whose names are all different: with a name twice, Qt's reader takes the last value
// and simdjson the first, so such an object is left to Parse.cpp (found by fuzz_dropbox).
bool asObject(element e, object *out)
{
    if (e.get(*out))
        return false;
    std::string_view names[64];
    size_t n = 0;
    for (const simdjson::dom::key_value_pair field : *out) {
        if (n == std::size(names))
            return false;
        names[n++] = field.key;
    }
    std::sort(names, names + n);
    return std::adjacent_find(names, names + n) == names + n;
}

// The field, when present and not null.
bool present(object o, std::string_view key, element *out) { return !o.at_key(key).get(*out) && !out->is_null(); }

bool string(object o, std::string_view key, QString *out)
{
    element e;
    std::string_view v;
    if (!present(o, key, &e) || e.get(v))
        return false;
    *out = text(v);
    return true;
}

bool optionalString(object o, std::string_view key, QString *out)
{
    element e;
    if (!present(o, key, &e))
        return true;
    std::string_view v;
    if (e.get(v))
        return false;
    *out = text(v);
    return true;
}

bool boolean(object o, std::string_view key, bool *out)
{
    element e;
    return present(o, key, &e) && !e.get(*out);
}

bool optionalBoolean(object o, std::string_view key, bool *out)
{
    element e;
    return !present(o, key, &e) || !e.get(*out);
}

bool optionalTime(object o, std::string_view key, QDateTime *out)
{
    QString t;
    if (!optionalString(o, key, &t))
        return false;
    if (t.isEmpty())
        return true;
    *out = timestamp(t);
    return out->isValid();
}

bool objectField(object o, std::string_view key, object *out)
{
    element e;
    return present(o, key, &e) && asObject(e, out);
}

bool arrayField(object o, std::string_view key, array *out)
{
    element e;
    return present(o, key, &e) && !e.get(*out);
}

// An optional list: absent or null is fine, else every item must pass read().
template <typename Read>
bool optionalList(object o, std::string_view key, Read read)
{
    element e;
    if (!present(o, key, &e))
        return true;
    array items;
    if (e.get(items))
        return false;
    for (element item : items) {
        if (!read(item))
            return false;
    }
    return true;
}

// A union: a bare tag string, or {".tag": t, ...}; members is the object (none for a bare tag).
bool unionTag(object o, std::string_view key, QString *tag, object *members, bool *hasMembers)
{
    element e;
    if (!present(o, key, &e))
        return false;
    std::string_view v;
    if (!e.get(v)) {
        *tag = text(v);
        *hasMembers = false;
        return true;
    }
    if (!asObject(e, members))
        return false;
    *hasMembers = true;
    element t;
    return !members->at_key(".tag").get(t) && !t.get(v) && (*tag = text(v), true);
}

bool tagOnly(object o, std::string_view key, QString *tag)
{
    object members;
    bool hasMembers = false;
    return unionTag(o, key, tag, &members, &hasMembers);
}

bool profileBase(object p, Account *a)
{
    QString tag;
    object status;
    bool hasStatus = false;
    if (!string(p, "team_member_id", &a->teamMemberId) || !string(p, "email", &a->email)
        || !boolean(p, "email_verified", &a->emailVerified) || !unionTag(p, "status", &tag, &status, &hasStatus))
        return false;
    a->status = accountStatusFromWire(tag);
    if (a->status == AccountStatus::Removed
        && (!hasStatus || !boolean(status, "is_recoverable", &a->removedIsRecoverable)
            || !boolean(status, "is_disconnected", &a->removedIsDisconnected)))
        return false;
    object name;
    if (!objectField(p, "name", &name) || !string(name, "given_name", &a->givenName)
        || !string(name, "surname", &a->surname) || !string(name, "familiar_name", &a->familiarName)
        || !string(name, "display_name", &a->displayName) || !string(name, "abbreviated_name", &a->abbreviatedName)
        || !tagOnly(p, "membership_type", &tag))
        return false;
    a->membershipType = membershipTypeFromWire(tag);
    if (!optionalString(p, "account_id", &a->accountId) || !optionalString(p, "external_id", &a->externalId)
        || !optionalString(p, "persistent_id", &a->persistentId)
        || !optionalString(p, "profile_photo_url", &a->profilePhotoUrl)
        || !optionalBoolean(p, "is_directory_restricted", &a->isDirectoryRestricted)
        || !optionalTime(p, "invited_on", &a->invitedOn) || !optionalTime(p, "joined_on", &a->joinedOn)
        || !optionalTime(p, "suspended_on", &a->suspendedOn))
        return false;
    return optionalList(p, "secondary_emails", [a](element item) {
        object e;
        SecondaryEmail se;
        if (!asObject(item, &e) || !string(e, "email", &se.email) || !boolean(e, "is_verified", &se.isVerified))
            return false;
        a->secondaryEmails.append(se);
        return true;
    });
}

bool memberInfo(element item, Account *a)
{
    object info;
    object profile;
    array groups;
    if (!asObject(item, &info) || !objectField(info, "profile", &profile) || !profileBase(profile, a)
        || !arrayField(profile, "groups", &groups))
        return false;
    a->groupIds.reserve(qsizetype(groups.size()));
    for (element g : groups) {
        std::string_view id;
        if (g.get(id))
            return false;
        a->groupIds.append(text(id));
    }
    if (!string(profile, "member_folder_id", &a->memberFolderId)
        || !string(profile, "root_folder_id", &a->rootFolderId))
        return false;
    // A member holds at most one admin role; should there be more, the first wins (as Parse.cpp).
    bool first = true;
    return optionalList(info, "roles", [a, &first](element r) {
        object role;
        Role read;
        if (!asObject(r, &role) || !string(role, "role_id", &read.id) || !string(role, "name", &read.name)
            || !string(role, "description", &read.description))
            return false;
        if (first)
            a->roleId = read.id;
        first = false;
        return true;
    });
}

bool groupMember(element item, GroupMemberEntry *m)
{
    object entry;
    object profile;
    QString tag;
    return asObject(item, &entry) && objectField(entry, "profile", &profile)
        && string(profile, "team_member_id", &m->teamMemberId) && string(profile, "email", &m->email)
        && tagOnly(entry, "access_type", &tag) && accessTypeFromWire(tag, &m->accessType);
}

// A listing page: {<members>: [...], cursor, has_more}, each item read by read().
template <typename Page, typename Item, typename Read>
std::optional<Page> listing(const QByteArray &body, QVector<Item> Page::*items, Read read)
{
    // One parser per thread, reused: it keeps its buffers between pages.
    thread_local simdjson::dom::parser parser;
    element doc;
    object root;
    array list;
    Page page;
    if (parser.parse(body.constData(), size_t(body.size())).get(doc) || !asObject(doc, &root)
        || !arrayField(root, "members", &list) || !string(root, "cursor", &page.cursor)
        || !boolean(root, "has_more", &page.hasMore))
        return std::nullopt;
    QVector<Item> &out = page.*items;
    out.reserve(qsizetype(list.size()));
    for (element e : list) {
        Item item;
        if (!read(e, &item))
            return std::nullopt;
        out.append(std::move(item));
    }
    return page;
}

} // namespace

std::optional<MemberPage> memberPage(const QByteArray &body) { return listing(body, &MemberPage::members, memberInfo); }

std::optional<GroupMemberPage> groupMemberPage(const QByteArray &body)
{
    return listing(body, &GroupMemberPage::members, groupMember);
}

} // namespace dbx::parse::fast
