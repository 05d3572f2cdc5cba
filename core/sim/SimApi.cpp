#include "sim/SimApi.h"

#include "sim/JsonWriter.h"
#include "sim/SimApiArgs.h"
#include "sim/SimApiJson.h"
#include "sim/SimLog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace dbx {
namespace sim {

using namespace simapi;

SimApi::SimApi(SimTeam &team) : m_team(team)
{
    m_cursorKey = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

const SimApi::Route *SimApi::route(const QByteArray &name) const
{
    static const Route routes[] = {
        {"team/members/list_v2", "members.read", &SimApi::membersList, true, false},
        {"team/members/list/continue_v2", "members.read", &SimApi::membersListContinue, true, true},
        {"team/members/get_info_v2", "members.read", &SimApi::membersGetInfo, true, false},
        {"team/members/get_available_team_member_roles", "members.read", &SimApi::availableRoles, false, false},
        {"team/groups/list", "groups.read", &SimApi::groupsList, true, false},
        {"team/groups/list/continue", "groups.read", &SimApi::groupsListContinue, true, true},
        {"team/groups/members/list", "groups.read", &SimApi::groupMembersList, true, false},
        {"team/groups/members/list/continue", "groups.read", &SimApi::groupMembersListContinue, true, true},
        {"team/get_info", "team_info.read", &SimApi::teamGetInfo, false, false},
        {"team/token/get_authenticated_admin", "team_info.read", &SimApi::authenticatedAdmin, false, false},
        {"team/members/add_v2", "members.write", &SimApi::membersAdd, true, false},
        {"team/members/add/job_status/get_v2", "members.write", &SimApi::membersAddJobStatus, true, false},
        {"team/members/remove", "members.delete", &SimApi::membersRemove, true, false},
        {"team/members/remove/job_status/get", "members.delete", &SimApi::membersRemoveJobStatus, true, false},
        {"team/members/suspend", "members.write", &SimApi::membersSuspend, true, false},
        {"team/members/unsuspend", "members.write", &SimApi::membersUnsuspend, true, false},
        {"team/members/set_admin_permissions_v2", "members.write", &SimApi::setAdminPermissions, true, false},
        {"team/groups/members/add", "groups.write", &SimApi::groupMembersAdd, true, false},
        {"team/groups/members/remove", "groups.write", &SimApi::groupMembersRemove, true, false},
        {"team/groups/members/set_access_type", "groups.write", &SimApi::groupMembersSetAccessType, true, false},
        {"team/groups/job_status/get", "groups.write", &SimApi::groupsJobStatus, true, false},
        {"team/groups/create", "groups.write", &SimApi::groupsCreate, true, false},
        {"team/groups/update", "groups.write", &SimApi::groupsUpdate, true, false},
        {"team/groups/delete", "groups.write", &SimApi::groupsDelete, true, false},
        {"team/members/recover", "members.delete", &SimApi::membersRecover, true, false},
        {"team/members/send_welcome_email", "members.write", &SimApi::membersSendWelcomeEmail, true, false},
        {"team/members/set_profile_v2", "members.write", &SimApi::membersSetProfile, true, false},
        {"team_log/get_events", "events.read", &SimApi::teamLogGetEvents, true, false},
        // Not isContinue: Faults::invalidCursorOnce and repeatCursor are the member and group
        // listings' faults; the log's own are Faults::teamLogEmptyPages and teamLogResetOnce.
        {"team_log/get_events/continue", "events.read", &SimApi::teamLogContinue, true, false},
    };
    for (const Route &r : routes)
        if (name == r.name)
            return &r;
    return nullptr;
}

HttpResponse SimApi::call(const Route &route, const HttpRequest &req, qint64 nowSecs)
{
    const QByteArray prefix = QByteArray("Error in call to API function \"") + route.name + "\": ";
    Call c;
    c.route = &route;
    c.now = nowSecs;
    const QByteArray body = req.body.trimmed();
    const QByteArray contentType = req.header("content-type").toLower();
    if (!body.isEmpty() && !contentType.startsWith("application/json")
        && !contentType.startsWith("text/plain; charset=dropbox-cors-hack")) {
        return HttpResponse::text(
            400,
            prefix + "Bad HTTP \"Content-Type\" header: \"" + req.header("content-type")
                + "\".  Expecting one of \"application/json\", \"application/json; charset=utf-8\", "
                  "\"text/plain; charset=dropbox-cors-hack\".");
    }
    if (!route.takesArg) {
        if (!body.isEmpty() && body != "null")
            return HttpResponse::text(400, prefix + "request body: expected null, got value");
    } else {
        if (body.isEmpty())
            return HttpResponse::text(400, prefix + "request body: expected an object, got nothing");
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
        if (err.error != QJsonParseError::NoError)
            return HttpResponse::text(400, prefix + "request body: could not decode input as JSON");
        if (!doc.isObject())
            return HttpResponse::text(400, prefix + "request body: expected an object");
        c.arg = doc.object();
    }
    HttpResponse r = (this->*route.handler)(c);
    if (!c.badInput.isEmpty())
        return HttpResponse::text(400, prefix + "request body: " + c.badInput.toUtf8());
    return r;
}

HttpResponse SimApi::callRepeatingCursor(const Route &route, const HttpRequest &req, qint64 nowSecs)
{
    HttpResponse r = call(route, req, nowSecs);
    if (r.status != 200)
        return r;
    const QString sent = QJsonDocument::fromJson(req.body).object().value(QLatin1String("cursor")).toString();
    QJsonObject page = QJsonDocument::fromJson(r.body).object();
    page.insert(QLatin1String("cursor"), sent);
    page.insert(QLatin1String("has_more"), true);
    r.body = QJsonDocument(page).toJson(QJsonDocument::Compact);
    return r;
}

bool SimApi::deleteGroupIfListed(const Route &route, const HttpRequest &req, const QByteArray &groupId, bool onContinue)
{
    const int g = m_team.findGroupById(groupId);
    if (g < 0 || m_team.group(g).deleted)
        return false;
    const QJsonObject arg = QJsonDocument::fromJson(req.body).object();
    bool listed = false;
    if (!onContinue && qstrcmp(route.name, "team/groups/members/list") == 0) {
        const QJsonObject selector = arg.value(QLatin1String("group")).toObject();
        listed = selector.value(QLatin1String(".tag")).toString() == QLatin1String("group_id")
            && selector.value(QLatin1String("group_id")).toString().toUtf8() == groupId;
    } else if (onContinue && qstrcmp(route.name, "team/groups/members/list/continue") == 0) {
        const auto fields = cursorFields(arg.value(QLatin1String("cursor")).toString().toLatin1(), "gm", 4);
        listed = fields && fields->at(1).toInt() == g;
    }
    if (!listed)
        return false;
    qCInfo(lcSim) << "fault: group" << groupId << "deleted while its members are listed";
    m_team.deleteGroup(g);
    return true;
}

// --- cursors -------------------------------------------------------------------------------

QByteArray SimApi::makeCursor(const QByteArray &payload) const
{
    const QByteArray mac
        = QCryptographicHash::hash(QByteArray(m_cursorKey + payload), QCryptographicHash::Md5).toHex().left(12);
    return QByteArray(payload + '|' + mac).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool SimApi::readCursor(const QByteArray &cursor, QByteArray *payload) const
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray raw = *decoded;
    const qsizetype bar = raw.lastIndexOf('|');
    if (bar < 0)
        return false;
    const QByteArray p = raw.left(bar);
    const QByteArray mac
        = QCryptographicHash::hash(QByteArray(m_cursorKey + p), QCryptographicHash::Md5).toHex().left(12);
    if (raw.mid(bar + 1) != mac)
        return false;
    *payload = p;
    return true;
}

std::optional<QList<QByteArray>> SimApi::cursorFields(const QByteArray &cursor, const char *kind, int fieldCount) const
{
    QByteArray payload;
    if (!readCursor(cursor, &payload))
        return std::nullopt;
    QList<QByteArray> fields = payload.split(':');
    if (fields.size() != fieldCount || fields.first() != kind)
        return std::nullopt;
    return fields;
}

std::optional<QList<QByteArray>> SimApi::continueCursor(Call &c, const char *kind, int fieldCount) const
{
    Reader r(c, c.arg.toObject());
    r.allow({"cursor"});
    const QString cursor = r.string("cursor", true);
    if (!r.ok())
        return std::nullopt;
    return cursorFields(cursor.toLatin1(), kind, fieldCount);
}

// --- async jobs ----------------------------------------------------------------------------

QByteArray SimApi::startJob(JobKind kind, const QByteArray &completeJson)
{
    const QByteArray id = m_team.newId("dbjid:AA", 38);
    m_jobs.insert(id, {kind, 2, completeJson});
    return id;
}

HttpResponse SimApi::pollJob(Call &c, JobKind kind)
{
    Reader r(c, c.arg.toObject());
    r.allow({"async_job_id"});
    const QString id = r.string("async_job_id", true);
    if (!r.ok())
        return HttpResponse();
    if (id.isEmpty()) {
        r.fail(QStringLiteral("async_job_id: must be at least 1 character"));
        return HttpResponse();
    }
    // groups/members/add and /remove answer the legacy job id " ": always complete.
    if (kind == JobKind::Groups && id == QLatin1String(" "))
        return HttpResponse::json(200, QByteArrayLiteral("{\".tag\":\"complete\"}"));
    auto it = m_jobs.find(id.toUtf8());
    if (it == m_jobs.end() || it->kind != kind)
        return error409("invalid_async_job_id");
    if (it->pollsLeft > 0) {
        --it->pollsLeft;
        return HttpResponse::json(200, QByteArrayLiteral("{\".tag\":\"in_progress\"}"));
    }
    return HttpResponse::json(200, it->completeJson);
}

} // namespace sim
} // namespace dbx
