#pragma once
// Values that configure the simulated Dropbox team: what to generate, which credentials it
// accepts and which faults it injects. Plain values, so a test or the CLI can build them
// anywhere and hand them to a SimServer living on another thread.

#include <QHash>
#include <QString>
#include <QStringList>

namespace dbx {
namespace sim {

// What team to generate. The same spec (seed included) always yields the same team, ids and
// names included, so tests and benchmarks are reproducible.
struct TeamSpec {
    int members = 60;
    int groups = 12;      // includes the system-managed "Everyone at <team>" group
    int memberships = -1; // total group memberships; -1: about 3 per member
    quint32 seed = 1;
    QString teamName; // empty: a name chosen from the seed
};

// What the simulator does with the reply to a write it has just applied: the ways in which a
// write's outcome becomes ambiguous to the client (the change is made, the answer is lost or
// damaged on its way back).
enum class AfterWrite {
    Answer,             // the normal reply
    Drop,               // close the connection without a reply
    ServiceUnavailable, // answer 503 although the change was made
    Hang,               // never answer (until the client gives up or goes away)
    Truncate,           // a 200 whose body stops half-way, then the connection closes
};

// Faults, settable at any time. Everything but latency is decided per API request (/2/...);
// the OAuth endpoints are never faulted so that a test of API faults does not also become a
// test of token acquisition.
struct Faults {
    int latencyMs = 0;       // added before every API reply (timers, never sleeping)
    int rateLimitEveryN = 0; // every Nth API request answers 429 + Retry-After
    int retryAfterSeconds = 1;
    double serverErrorRate = 0.0;    // 0..1: share of requests answered 500 or 503
    int tokenExpiresEveryN = 0;      // an access token stops working after N requests
    bool invalidCursorOnce = false;  // the next */continue answers 409 invalid_cursor
    double dropConnectionRate = 0.0; // 0..1: close the connection without an answer
    double malformedRate = 0.0;      // 0..1: a 200 whose body is truncated or not JSON
    quint32 seed = 1;                // for the random decisions above
    // Applied writes (members/add_v2, remove, suspend, ... : not their job status polls) whose
    // reply is lost: afterWriteTimes of them (-1: every one) on afterWriteRoute (empty: any).
    AfterWrite afterWrite = AfterWrite::Answer;
    QString afterWriteRoute;
    int afterWriteTimes = -1;
    // The next N write requests (on afterWriteRoute, or any) answer 503 WITHOUT applying: a
    // write that provably did not happen, which the client must read back and may send again.
    int failWritesBeforeApplying = 0;
    // A group deleted during a sync: when this group's member listing is requested, the group is
    // deleted from the team first, and the request answers as Dropbox would for a deleted group
    // (groups/members/list: 409 group_not_found). With deleteGroupOnContinue the first page is
    // served and the group goes at the listing's first /continue (which answers invalid_cursor,
    // the only error team.stone gives that route).
    QString deleteGroupOnMemberList; // group id; empty: off
    bool deleteGroupOnContinue = false;
    // Every */continue answers its page with has_more=true and the very cursor it was sent: a
    // listing that never ends.
    bool repeatCursor = false;
    // The team log (team_log/get_events and /continue): the next N pages hold no events but say
    // has_more=true (team_log.stone allows it); the next /continue answers 409 reset (its cursor
    // expired) once.
    int teamLogEmptyPages = 0;
    bool teamLogResetOnce = false;
};

// One write request as the simulator received it, for tests that check what was asked.
struct WriteRecord {
    QString route;   // "team/members/suspend"
    QByteArray body; // the JSON argument as sent
    int status = 0;  // what the route answered (before any AfterWrite fault)
    bool applied() const { return status == 200; }
};

// What the simulated Dropbox app accepts. The defaults are fixed so that demo and test
// configurations are stable; none of them is a real secret.
struct Credentials {
    QString appKey = QStringLiteral("sim-app-key");
    QString appSecret = QStringLiteral("sim-app-secret");
    QString refreshToken = QStringLiteral("sim-refresh-token");
    // A long-lived access token, for configurations that use a fixed token instead of the
    // refresh grant. Subject to Faults::tokenExpiresEveryN like any other token.
    QString accessToken = QStringLiteral("sim-access-token");
};

// What the authorize page and the token endpoint do.
struct OAuthSettings {
    // The scopes a grant yields (space separated on the wire). Fewer scopes make API routes
    // answer 401 missing_scope.
    QStringList grantedScopes = defaultScopes();
    bool denyConsent = false; // the admin clicks "Cancel" on the consent page
    // Redirect URIs registered in the "App Console". Empty: any http loopback URI
    // (127.0.0.1, [::1], localhost; any port and path) is accepted.
    QStringList redirectUris;
    int accessTokenLifetimeSeconds = 14400;

    static QStringList defaultScopes()
    {
        return {QStringLiteral("members.read"),  QStringLiteral("groups.read"),    QStringLiteral("team_info.read"),
                QStringLiteral("members.write"), QStringLiteral("members.delete"), QStringLiteral("groups.write"),
                QStringLiteral("events.read")};
    }
};

// Requests received, for benchmarks ("requests made") and tests.
struct RequestStats {
    qint64 apiRequests = 0;          // every /2/... request, faulted ones included
    qint64 oauthRequests = 0;        // /oauth2/token and /oauth2/authorize
    qint64 rateLimited = 0;          // 429 answers
    qint64 serverErrors = 0;         // injected 500/503 answers
    qint64 dropped = 0;              // connections closed without an answer
    qint64 malformed = 0;            // malformed 200 bodies
    qint64 expiredTokens = 0;        // 401 expired_access_token answers
    qint64 connections = 0;          // TCP connections accepted
    qint64 writes = 0;               // write requests that reached a write route's handler
    qint64 lostWriteReplies = 0;     // applied writes whose reply an AfterWrite fault took
    QHash<QString, qint64> perRoute; // "team/members/list_v2" -> count, "oauth2/token" -> count
};

} // namespace sim
} // namespace dbx
