#pragma once
// Pure JSON -> value-type functions for the Dropbox Team API replies (shared reference,
// team.stone). No I/O: the client and the unit tests call them directly.
//
// Rules: unknown fields and unknown tags of open unions are tolerated (status, membership_type,
// group_management_type become Unknown); absent optional fields give defaults; a missing or
// mistyped REQUIRED field fails with Kind::Malformed and a detail naming the route and the field
// path, e.g. "team/members/list_v2: members[3].profile.email is missing".

#include "base/Expected.h"
#include "dropbox/DropboxClient.h"
#include "model/Types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

namespace dbx::parse {

// Whole replies of the read routes. route only names the call in errors.
Expected<MemberPage> memberPage(const QString &route, const QJsonValue &reply);
Expected<GroupPage> groupPage(const QString &route, const QJsonValue &reply);
Expected<GroupMemberPage> groupMemberPage(const QString &route, const QJsonValue &reply);
Expected<QVector<Role>> availableRoles(const QString &route, const QJsonValue &reply);
Expected<TeamInfo> teamInfo(const QString &route, const QJsonValue &reply);
Expected<AdminProfile> authenticatedAdmin(const QString &route, const QJsonValue &reply);

// Building blocks (provisioning replies carry the same structs). path is the field path of v
// within the reply ("" for the root, "complete[0]" ...). A failure is Kind::Malformed without a
// route (the caller knows it) and detail "<path> is missing" (or "... is not a string", ...).
Expected<Account> teamMemberInfo(const QJsonValue &v, const QString &path); // {profile, roles?}
Expected<Account> teamMemberProfile(const QJsonValue &v, const QString &path);
Expected<Role> role(const QJsonValue &v, const QString &path);
Expected<Group> groupSummary(const QJsonValue &v, const QString &path);

// "%Y-%m-%dT%H:%M:%SZ" in UTC; an invalid QDateTime for anything else.
QDateTime timestamp(const QString &text);

// The tag of an error body: error[".tag"], else the first segment of error_summary before '/'
// (error_summary may end with dots: "group_not_found/..."); empty when neither is there.
QString errorTag(const QJsonObject &body);
// user_message as a string, or its "text" when Dropbox sends {"locale","text"}.
QString userMessage(const QJsonObject &body);

// The body of a reply as JSON, scalars and null included (QJsonDocument alone accepts only
// objects and arrays). An empty body reads as null. Kind::Malformed (detail: the parser's words)
// when the body is not JSON.
Expected<QJsonValue> jsonValue(const QByteArray &body);

} // namespace dbx::parse
