#pragma once
// The simulated /2/team/... routes: argument checking (unknown fields and out-of-range values
// are 400, like Dropbox), replies written from SimTeam's state with the simulator's own JSON
// writer, 409 errors with the contract's tags, cursors and async jobs.
// Not thread-safe: SimServer calls it under its mutex.

#include "sim/HttpServer.h"
#include "sim/SimTeam.h"

#include <QHash>
#include <QJsonValue>
#include <QList>

#include <optional>
#include <vector>

namespace dbx {
namespace sim {

class JsonWriter;

class SimApi
{
public:
    struct Call;
    using Handler = HttpResponse (SimApi::*)(Call &);

    struct Route {
        const char *name;  // "team/members/list_v2"
        const char *scope; // the OAuth scope the route needs
        Handler handler;
        bool takesArg;
        bool isContinue; // takes a cursor: subject to Faults::invalidCursorOnce
    };

    explicit SimApi(SimTeam &team);

    const Route *route(const QByteArray &name) const;
    // Parses and checks the body, then runs the route. nowSecs stamps writes.
    HttpResponse call(const Route &route, const HttpRequest &req, qint64 nowSecs);

    // Faults::deleteGroupOnMemberList: deletes groupId from the team when req lists its members
    // (the first page, or with onContinue a continuation). True when it did.
    bool deleteGroupIfListed(const Route &route, const HttpRequest &req, const QByteArray &groupId, bool onContinue);
    // Faults::repeatCursor: the continue route's page with has_more=true and the cursor it was sent.
    HttpResponse callRepeatingCursor(const Route &route, const HttpRequest &req, qint64 nowSecs);

    // The team log's faults: a page with no events but has_more=true (and a cursor that goes on
    // from where the request was), and a continue cursor that expired (409 reset).
    HttpResponse callEmptyLogPage(const Route &route, const HttpRequest &req, qint64 nowSecs);
    HttpResponse logCursorReset(const HttpRequest &req) const;

    // Error replies shared with SimServer (auth, faults).
    static HttpResponse error409(const char *tag);
    static HttpResponse authError(const char *tag, const QString &requiredScope = QString());

    struct Call {
        const Route *route = nullptr;
        QJsonValue arg;
        qint64 now = 0;
        QString badInput; // first 400 problem found while reading the arg
    };

private:
    // --- routes ---
    HttpResponse membersList(Call &c);
    HttpResponse membersListContinue(Call &c);
    HttpResponse membersGetInfo(Call &c);
    HttpResponse availableRoles(Call &c);
    HttpResponse groupsList(Call &c);
    HttpResponse groupsListContinue(Call &c);
    HttpResponse groupMembersList(Call &c);
    HttpResponse groupMembersListContinue(Call &c);
    HttpResponse teamGetInfo(Call &c);
    HttpResponse authenticatedAdmin(Call &c);
    HttpResponse membersAdd(Call &c);
    HttpResponse membersAddJobStatus(Call &c);
    HttpResponse membersRemove(Call &c);
    HttpResponse membersRemoveJobStatus(Call &c);
    HttpResponse membersSuspend(Call &c);
    HttpResponse membersUnsuspend(Call &c);
    HttpResponse changeSuspension(Call &c, bool suspend); // the two routes above
    HttpResponse setAdminPermissions(Call &c);
    HttpResponse groupMembersAdd(Call &c);
    HttpResponse groupMembersRemove(Call &c);
    HttpResponse groupMembersSetAccessType(Call &c);
    HttpResponse groupsJobStatus(Call &c);
    // Group lifecycle and member upkeep (SimApiLifecycle.cpp)
    HttpResponse groupsCreate(Call &c);
    HttpResponse groupsUpdate(Call &c);
    HttpResponse groupsDelete(Call &c);
    HttpResponse membersRecover(Call &c);
    HttpResponse membersSendWelcomeEmail(Call &c);
    HttpResponse membersSetProfile(Call &c);
    // The team log (SimApiTeamLog.cpp)
    HttpResponse teamLogGetEvents(Call &c);
    HttpResponse teamLogContinue(Call &c);
    HttpResponse logPage(const QList<QByteArray> &cursor, int limit, bool empty);
    void writeLogEvent(JsonWriter &w, const SimLogEvent &e) const;
    void writeLogUser(JsonWriter &w, int member) const;

    // --- pages ---
    HttpResponse membersPage(qint64 pos, int limit, bool includeRemoved);
    HttpResponse groupsPage(qint64 pos, int limit);
    HttpResponse groupMembersPage(int group, qint64 pos, int limit);
    // Closes a page: its list, the cursor to the next one (made from cursorPayload), has_more.
    HttpResponse endPage(JsonWriter &w, const QByteArray &cursorPayload, bool hasMore) const;

    // --- writing ---
    void writeProfile(JsonWriter &w, int member, bool teamProfile) const;
    void writeProfileFields(JsonWriter &w, int member, bool teamProfile) const;
    void writeRoles(JsonWriter &w, int member) const;
    void writeMemberInfo(JsonWriter &w, int member) const; // TeamMemberInfoV2 fields
    void writeGroupSummaryFields(JsonWriter &w, int group) const;
    void writeGroupFullInfoFields(JsonWriter &w, int group, bool withMembers) const;
    HttpResponse groupInfoReply(int group, bool withMembers) const;
    HttpResponse groupFullInfoReply(int group, bool withMembers) const; // groups/create, /update
    static void writeRole(JsonWriter &w, const SimRole &r);

    // --- cursors ---
    QByteArray makeCursor(const QByteArray &payload) const;
    bool readCursor(const QByteArray &cursor, QByteArray *payload) const;
    // The ':'-separated fields of a cursor this server made for `kind` ("m", "g", "gm"), kind
    // first; nullopt when the cursor is not one of those (another server's, tampered, ...).
    std::optional<QList<QByteArray>> cursorFields(const QByteArray &cursor, const char *kind, int fieldCount) const;
    // A continue route's argument {"cursor": "..."} read into cursorFields(); nullopt when the
    // argument is bad input (c.badInput says why) or the cursor is invalid (409 invalid_cursor).
    std::optional<QList<QByteArray>> continueCursor(Call &c, const char *kind, int fieldCount) const;

    // --- async jobs ---
    enum class JobKind {
        MembersAdd,
        MembersRemove,
        Groups
    };
    struct Job {
        JobKind kind;
        int pollsLeft = 2;       // in_progress answers before complete
        QByteArray completeJson; // the "complete" reply
    };
    QByteArray startJob(JobKind kind, const QByteArray &completeJson);
    HttpResponse pollJob(Call &c, JobKind kind);

    SimTeam &m_team;
    // A member's profile as group listings give it, written once per generation of the team: a
    // big team's group listings write each profile several times (100,000 members in 500,000
    // memberships). Guarded, like everything here, by the server's lock.
    mutable std::vector<QByteArray> m_groupProfiles;
    mutable quint64 m_groupProfilesGeneration = 0;
    QHash<QByteArray, Job> m_jobs;
    QByteArray m_cursorKey;    // cursors of another server instance are invalid
    int m_logPageLimit = 1000; // the limit get_events was given, for its continuations
    bool m_emptyLogPage = false;
};

} // namespace sim
} // namespace dbx
