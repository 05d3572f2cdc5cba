#pragma once
// The simulated Dropbox team on loopback HTTP: the product's demo default and every test's
// double. One base URL serves the API (/2/team/...) and OAuth (/oauth2/authorize,
// /oauth2/token). Replies are built from the simulator's own state with its own JSON code;
// nothing here is shared with the client in core/dropbox, so that a misread of the contract
// cannot hide in both.
//
// Threads: a SimServer lives on one thread (its sockets and timers do). Every method marked
// "thread-safe" may be called from any thread while it serves (state, faults, counters sit
// behind one mutex); listen() and close() belong to its own thread. SimThread runs one on a
// thread of its own.

#include "base/Expected.h"
#include "model/Types.h"
#include "sim/SimApi.h"
#include "sim/SimTypes.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <functional>
#include <memory>

namespace dbx {
namespace sim {

class HttpServer;
class SimApi;
class SimOAuth;
class SimTeam;
struct HttpRequest;
struct HttpResponse;

class SimServer : public QObject
{
    Q_OBJECT

public:
    // Generates the team (deterministic for spec.seed); 100,000 members take a few seconds.
    explicit SimServer(const TeamSpec &spec = TeamSpec(), QObject *parent = nullptr);
    ~SimServer() override;

    // Loopback only: any other address is refused with an error. Port 0 = ephemeral.
    Expected<void> listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    void close();

    // --- thread-safe ---------------------------------------------------------------------
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port> (or http://[::1]:<port>)

    Credentials credentials() const;
    void setGrantedScopes(const QStringList &scopes);
    void setDenyConsent(bool deny);
    // The paste-code flow without a browser: a code as the authorize page would show it.
    // redirectUri must then be given (or not) identically at the token exchange.
    QString mintAuthorizationCode(const QString &codeChallenge = QString(), const QString &redirectUri = QString());
    QString issueAccessToken(); // a valid access token with the granted scopes
    void expireAccessTokens();  // every token issued so far answers expired_access_token
    void revokeRefreshTokens(); // refresh grants answer invalid_grant

    void setFaults(const Faults &f); // also restarts the fault counters and random stream
    Faults faults() const;

    RequestStats stats() const;
    qint64 requestCount(const QString &route) const; // "team/members/list_v2", "oauth2/token"
    void resetStats();                               // also forgets the recorded writes
    // Every write request received since the last resetStats(), in order, with its body.
    QList<WriteRecord> writes() const;

    // The team as Dropbox would report it: accounts (removed ones included) with their role,
    // roles, groups with member counts, memberships, team info and the authenticated admin.
    Snapshot truth() const;
    quint64 generation() const; // changes with every change of the team

    // Changes for tests. Members and groups are named by their Dropbox ids; an error (kind
    // NotFound or Invalid) when the change is impossible (unknown id, ...).
    QString addMember(const QString &email, const QString &givenName = QString(), const QString &surname = QString(),
                      bool active = true); // the new team_member_id
    Expected<void> removeMember(const QString &teamMemberId);
    Expected<void> setMemberStatus(const QString &teamMemberId, AccountStatus status);
    Expected<void> setMemberRole(const QString &teamMemberId, const QString &roleId); // "" = none
    Expected<void> addMembership(const QString &groupId, const QString &teamMemberId,
                                 AccessType access = AccessType::Member);
    Expected<void> removeMembership(const QString &groupId, const QString &teamMemberId);
    Expected<void> renameGroup(const QString &groupId, const QString &name);
    QString addGroup(const QString &name, GroupManagementType type = GroupManagementType::UserManaged);
    void setLicenseLimit(int licenses);
    // Group and member upkeep seen from outside (SimServerLifecycle.cpp).
    Expected<void> setGroupExternalId(const QString &groupId, const QString &externalId);
    int welcomeEmailsSent(const QString &teamMemberId) const;
    // The team log: a sign-in (or "logout", "login_fail") of the member at `at`, appended to the
    // log; and each member's newest login_success since `since`, as a reader must find it.
    Expected<void> addSignIn(const QString &teamMemberId, const QDateTime &at, bool asAdmin = false,
                             const char *eventType = "login_success");
    QHash<QString, QDateTime> lastSignIns(const QDateTime &since) const;
    // n random valid changes (deterministic for the seed and the current state); one line
    // per change.
    QString applyRandomChanges(int n, quint32 seed);

private:
    HttpResponse handle(const HttpRequest &req);
    HttpResponse handleApi(const HttpRequest &req);
    // The index of a member or group that exists (not deleted); caller holds the mutex.
    Expected<int> findMember(const QString &teamMemberId) const;
    Expected<int> findGroup(const QString &groupId) const;
    // A membership change: under the mutex, finds the group and the member it names, then
    // edit(group index, member index); refusal (kind Invalid) when edit says it does not apply.
    Expected<void> editMembership(const QString &groupId, const QString &teamMemberId,
                                  const std::function<bool(int, int)> &edit, const QString &refusal);
    static qint64 nowMs();
    static bool isWriteRoute(const SimApi::Route &route);

    mutable QMutex m_mutex;
    std::unique_ptr<SimTeam> m_team;
    std::unique_ptr<SimApi> m_api;
    std::unique_ptr<SimOAuth> m_oauth;
    std::unique_ptr<HttpServer> m_http;
    Faults m_faults;
    QRandomGenerator m_faultRng;
    qint64 m_faultCounter = 0;
    int m_afterWriteHits = 0;       // writes whose reply Faults::afterWrite took so far
    int m_failedBeforeApplying = 0; // writes Faults::failWritesBeforeApplying refused so far
    QList<WriteRecord> m_writes;
    RequestStats m_stats;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_listening = false;
};

} // namespace sim
} // namespace dbx
