// The simulated team log: team_log/get_events and /continue over the team's sign-in events, as
// team_log.stone describes them. Pages follow the order the log received its events (not their
// timestamps); a cursor at the end of the log stays usable and later returns newer events.
#include "sim/JsonWriter.h"
#include "sim/SimApi.h"
#include "sim/SimApiArgs.h"
#include "sim/SimApiJson.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace dbx {
namespace sim {

using namespace simapi;

namespace {

constexpr int kLogCursorFields = 7; // "e", start, end, position, category, event type, member

bool parseTime(const QString &text, qint64 *secs)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid() || !text.endsWith(QLatin1Char('Z')))
        return false;
    *secs = t.toSecsSinceEpoch();
    return true;
}

// A void union member, either form Stone accepts; its tag, or empty when absent.
QString voidTag(const QJsonValue &v)
{
    return v.isString() ? v.toString() : v.toObject().value(QLatin1String(".tag")).toString();
}

const char *describe(const QByteArray &type)
{
    if (type == "login_success")
        return "Signed in";
    if (type == "logout")
        return "Signed out";
    return "Failed to sign in";
}

} // namespace

void SimApi::writeLogUser(JsonWriter &w, int member) const
{
    const SimMember &m = m_team.member(member);
    w.beginObject().tag("team_member");
    if (!m.accountId.isEmpty())
        w.key("account_id").value(m.accountId);
    w.key("display_name").value(m.displayName).key("email").value(m.email);
    w.key("team_member_id").value(m.teamMemberId);
    if (!m.externalId.isEmpty())
        w.key("member_external_id").value(m.externalId);
    w.endObject();
}

void SimApi::writeLogEvent(JsonWriter &w, const SimLogEvent &e) const
{
    w.beginObject().key("timestamp");
    writeTimestamp(w, e.at);
    w.voidUnion("event_category", "logins");
    // ActorLogInfo.user / .admin hold a UserLogInfo, a struct with subtypes: nested with its own tag.
    const char *actor = e.asAdmin ? "admin" : "user";
    w.key("actor").beginObject().tag(actor).key(actor);
    writeLogUser(w, e.member);
    w.endObject();
    w.key("involve_non_team_member").value(false);
    w.key("participants").beginArray().endArray();
    w.key("assets").beginArray().endArray();
    w.key("event_type").beginObject().tag(e.type.constData()).key("description").value(describe(e.type)).endObject();
    const QByteArray details = e.type + "_details";
    w.key("details").beginObject().tag(details.constData());
    if (e.type == "login_success")
        w.key("is_emm_managed").value(false).voidUnion("login_method", "password");
    else if (e.type == "login_fail")
        w.voidUnion("login_method", "password")
            .key("error_details")
            .beginObject()
            .key("user_friendly_message")
            .value("Wrong password")
            .endObject();
    w.endObject();
    w.endObject();
}

HttpResponse SimApi::logPage(const QList<QByteArray> &cursor, int limit, bool empty)
{
    const qint64 start = cursor.at(1).toLongLong();
    const qint64 end = cursor.at(2).toLongLong();
    qint64 pos = cursor.at(3).toLongLong();
    const QByteArray category = cursor.at(4);
    const QByteArray eventType = cursor.at(5);
    const int member = cursor.at(6).toInt();
    const std::vector<SimLogEvent> &log = m_team.logEvents();
    JsonWriter w(4096);
    w.beginObject().key("events").beginArray();
    int n = 0;
    while (!empty && pos < qint64(log.size()) && n < limit) {
        const SimLogEvent &e = log[size_t(pos++)];
        if (e.at < start || (end >= 0 && e.at >= end))
            continue;
        if (!category.isEmpty() && category != "logins")
            continue;
        if (!eventType.isEmpty() && eventType != e.type)
            continue;
        if (member >= 0 && e.member != member)
            continue;
        writeLogEvent(w, e);
        ++n;
    }
    w.endArray();
    const QByteArray next = QByteArray("e:") + cursor.at(1) + ':' + cursor.at(2) + ':' + QByteArray::number(pos) + ':'
        + category + ':' + eventType + ':' + cursor.at(6);
    w.key("cursor").value(makeCursor(next));
    w.key("has_more").value(empty || pos < qint64(log.size()));
    w.endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse SimApi::teamLogGetEvents(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"limit", "account_id", "time", "category", "event_type"});
    const int limit = int(r.integer("limit", 1000, 1, 1000));
    const QString accountId = r.string("account_id", false, 40);
    const QJsonValue time = r.value("time", false);
    const QString category = voidTag(r.value("category", false));
    const QString eventType = voidTag(r.value("event_type", false));
    qint64 start = 0;
    qint64 end = -1;
    if (r.ok() && time.isObject()) {
        Reader t(c, time.toObject(), QStringLiteral("time"));
        t.allow({"start_time", "end_time"});
        const QString from = t.string("start_time", false);
        const QString to = t.string("end_time", false);
        if (!from.isEmpty() && !parseTime(from, &start))
            t.fail(QStringLiteral("time.start_time: '%1' is not a timestamp").arg(from));
        if (!to.isEmpty() && !parseTime(to, &end))
            t.fail(QStringLiteral("time.end_time: '%1' is not a timestamp").arg(to));
    } else if (r.ok() && !time.isUndefined() && !time.isNull()) {
        r.fail(QStringLiteral("time: expected object"));
    }
    if (!r.ok())
        return HttpResponse();
    if (!category.isEmpty() && !eventType.isEmpty())
        return error409("invalid_filters");
    if (end >= 0 && start > end)
        return error409("invalid_time_range");
    int member = -1;
    if (!accountId.isEmpty()) {
        for (int i = 0; i < int(m_team.members().size()) && member < 0; ++i)
            if (m_team.member(i).accountId == accountId.toUtf8())
                member = i;
        if (member < 0)
            return error409("account_id_not_found");
    }
    const QList<QByteArray> cursor{"e",
                                   QByteArray::number(start),
                                   QByteArray::number(end),
                                   "0",
                                   category.toUtf8(),
                                   eventType.toUtf8(),
                                   QByteArray::number(member)};
    m_logPageLimit = limit;
    return logPage(cursor, limit, m_emptyLogPage);
}

HttpResponse SimApi::teamLogContinue(Call &c)
{
    const auto fields = continueCursor(c, "e", kLogCursorFields);
    if (!c.badInput.isEmpty())
        return HttpResponse();
    if (!fields)
        return error409("bad_cursor");
    return logPage(*fields, m_logPageLimit, m_emptyLogPage);
}

HttpResponse SimApi::callEmptyLogPage(const Route &route, const HttpRequest &req, qint64 nowSecs)
{
    m_emptyLogPage = true;
    HttpResponse r = call(route, req, nowSecs);
    m_emptyLogPage = false;
    return r;
}

HttpResponse SimApi::logCursorReset(const HttpRequest &req) const
{
    // The resumption point: the newest event the cursor had returned (team_log.stone).
    const QJsonObject arg = QJsonDocument::fromJson(req.body).object();
    const auto fields = cursorFields(arg.value(QLatin1String("cursor")).toString().toLatin1(), "e", kLogCursorFields);
    if (!fields)
        return error409("bad_cursor");
    const std::vector<SimLogEvent> &log = m_team.logEvents();
    const qint64 pos = std::min<qint64>(fields->at(3).toLongLong(), qint64(log.size()));
    qint64 newest = fields->at(1).toLongLong();
    for (qint64 k = 0; k < pos; ++k)
        newest = std::max(newest, log[size_t(k)].at);
    JsonWriter w;
    w.beginObject().key("error_summary").value(summary("reset")).key("error").beginObject().tag("reset").key("reset");
    writeTimestamp(w, newest);
    w.endObject().endObject();
    return HttpResponse::json(409, w.take());
}

} // namespace sim
} // namespace dbx
