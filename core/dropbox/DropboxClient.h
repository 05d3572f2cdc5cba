#pragma once
// Asynchronous client for the Dropbox Team API (see shared reference / dropbox-api-spec).
// Every call answers exactly once through its callback, on this object's thread.
// Reads retry: transient failures (429, 5xx, network, timeout, a truncated reply) are retried
// with exponential backoff and jitter, 429 honouring a capped Retry-After; 401
// expired_access_token invalidates the token and retries once.
// Writes do not guess: a write is sent again only when it provably did not reach Dropbox (429,
// 401 expired_access_token, a connection refused before anything was sent). Any other failure
// after it left (dropped connection, timeout, 5xx, truncated or oversized reply, abort in
// flight) answers at once with Error::maybeApplied set, and the caller reads the state back.
// The transport itself never resends a write either: its body is a one-shot device that
// refuses the silent resend Qt's HTTP stack attempts on a connection closed before the reply.
// Every call has an overall deadline across its retries, and replies have a size cap.
// Connections: Qt opens at most 6 HTTP/1.1 connections per host and QNetworkAccessManager, so
// the client spreads its requests over several managers (connection pools), opening another
// only when every pool has 6 requests out, up to Options::maxConnections in all. Where the server
// speaks HTTP/2 (Dropbox does over TLS) one connection multiplexes the requests and no further
// pool is needed.

#include "base/Expected.h"
#include "model/Types.h"

#include <QJsonValue>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace dbx {

class TokenSource;

struct MemberPage {
    QVector<Account> members; // roleId filled from roles[0]
    QString cursor;
    bool hasMore = false;
};

struct GroupPage {
    QVector<Group> groups;
    QString cursor;
    bool hasMore = false;
};

struct GroupMemberEntry {
    QString teamMemberId;
    QString email;
    AccessType accessType = AccessType::Member;
};

struct GroupMemberPage {
    QVector<GroupMemberEntry> members;
    QString cursor;
    bool hasMore = false;
};

class DropboxClient : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QUrl baseUrl = defaultBaseUrl(); // API and /oauth2/token both live here
        int maxAttempts = 6;             // per call, counting the first
        int initialBackoffMs = 250;      // doubled per attempt, with +-25% jitter
        int maxBackoffMs = 32000;
        int requestTimeoutMs = 60000;
        int maxRetryAfterSeconds = 300;          // a 429 asking for longer fails the call with a sentence
        qint64 maxCallMs = 15 * 60 * 1000;       // overall deadline of one call, retries included
        qint64 maxReplyBytes = 64 * 1024 * 1024; // larger replies are aborted as malformed
        int maxConnections = 40;                 // HTTP/1.1 requests in flight at most (all pools)
    };
    struct Stats {
        qint64 requests = 0; // HTTP requests sent, retries included
        qint64 retries = 0;
        qint64 rateLimited = 0;    // 429 replies seen
        qint64 tokenRefreshes = 0; // expired_access_token answers handled
        qint64 writes = 0;         // write requests sent (each one a decided send)
        int pools = 0;             // connection pools (network access managers) opened
        int peakInFlight = 0;      // requests out at the same time, at most
        bool http2 = false;        // the server answered over HTTP/2
    };

    template <typename T>
    using Callback = std::function<void(const Expected<T> &)>;

    // tokens is not owned. The client creates its own QNetworkAccessManager on its thread.
    DropboxClient(TokenSource *tokens, const Options &options, QObject *parent = nullptr);
    ~DropboxClient() override;
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.dropboxapi.com")); }

    const Options &options() const { return m_options; }
    Stats stats() const { return m_stats; }
    // The first connection pool (more open as the load needs them).
    QNetworkAccessManager *networkAccessManager() const { return m_pools.first(); }
    // Requests out now.
    int inFlight() const { return m_inFlight; }

    // Raw RPC: route without leading "/2/", e.g. "team/members/list_v2"; arg may be null.
    // A read: retried as described above. deadlineMs > 0 shortens the call's overall deadline
    // (e.g. a read-back while the admin waits for a cancel).
    void rpc(const QString &route, const QJsonValue &arg, Callback<QJsonValue> cb, qint64 deadlineMs = 0);
    // Reads a successful reply's body straight from its bytes (parse/FastParse.h); true = taken.
    using BodyReader = std::function<bool(const QByteArray &body)>;
    // As rpc(), for a read whose successful body fastRead may take whole: when it does, cb gets a
    // null value (the reader kept what it read); when not, cb gets the parsed JSON as from rpc().
    void rpc(const QString &route, const QJsonValue &arg, BodyReader fastRead, Callback<QJsonValue> cb);
    // A write: sent once; see above for the only resends and for maybeApplied.
    void write(const QString &route, const QJsonValue &arg, Callback<QJsonValue> cb);

    // Typed reads (limits are clamped to 1..1000).
    void listMembers(int limit, bool includeRemoved, Callback<MemberPage> cb);
    void listMembersContinue(const QString &cursor, Callback<MemberPage> cb);
    void availableRoles(Callback<QVector<Role>> cb);
    void listGroups(int limit, Callback<GroupPage> cb);
    void listGroupsContinue(const QString &cursor, Callback<GroupPage> cb);
    void listGroupMembers(const QString &groupId, int limit, Callback<GroupMemberPage> cb);
    void listGroupMembersContinue(const QString &cursor, Callback<GroupMemberPage> cb);
    void teamInfo(Callback<TeamInfo> cb);
    void authenticatedAdmin(Callback<AdminProfile> cb);

    // Every pending call answers Kind::Cancelled (synchronously, before this returns); a write
    // that was in flight answers with maybeApplied set.
    void abortAll();
    // The same for the pending writes only (reads go on).
    void abortWrites();

Q_SIGNALS:
    void retrying(const QString &route, int attempt, int delayMs, const QString &reason);
    void rateLimited(const QString &route, int retryAfterSeconds);

private:
    struct Pending;
    void start(const std::shared_ptr<Pending> &p); // fetch a token, then send
    void send(const std::shared_ptr<Pending> &p);
    void handleReply(const std::shared_ptr<Pending> &p, QNetworkReply *reply);
    void handleTimeout(const std::shared_ptr<Pending> &p);
    void retryOrFail(const std::shared_ptr<Pending> &p, const Error &error, int delayMs, const QString &reason);
    void retryLater(const std::shared_ptr<Pending> &p, int delayMs, const QString &reason);
    // A failure after the request left (network, timeout, 5xx, cut-short reply): a read is
    // retried, a write answers at once with maybeApplied.
    void lostAfterSend(const std::shared_ptr<Pending> &p, const Error &error, const QString &reason);
    void complete(const std::shared_ptr<Pending> &p, const Expected<QJsonValue> &r);
    void detachReply(Pending &p);
    int backoffMs(int retryNumber) const;
    std::shared_ptr<Pending> newCall(const QString &route, const QJsonValue &arg, Callback<QJsonValue> cb) const;
    void enqueue(const std::shared_ptr<Pending> &p);
    void abortWhere(const std::function<bool(const Pending &)> &which);
    Expected<QJsonValue> failure(const Pending &p, Error error, bool ambiguous) const;
    // The pool for the next request: the least loaded one, or a new one when all are full.
    int choosePool();

    TokenSource *m_tokens;
    Options m_options;
    Stats m_stats;
    QVector<QNetworkAccessManager *> m_pools; // never empty
    QVector<int> m_poolLoad;                  // requests out per pool
    int m_inFlight = 0;
    QList<std::shared_ptr<Pending>> m_pending;
};

} // namespace dbx
