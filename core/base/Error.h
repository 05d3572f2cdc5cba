#pragma once
// The typed error model: every way a Dropbox call can fail becomes one Error with a kind, the
// Dropbox tag, and a sentence for the user. A 409 is never a success.

#include <QMetaType>
#include <QString>

namespace dbx {

struct Error {
    enum class Kind {
        None,         // no error
        BadRequest,   // 400: our bug or bad input; the body's text is in detail; never retried
        Unauthorized, // 401: tag expired_access_token, invalid_access_token, missing_scope, ...
        Forbidden,    // 403: team_access_denied, no_permission
        Endpoint,     // 409: route-specific error, tag = first tag of error_summary / error
        RateLimited,  // 429 after the retries ran out
        Server,       // 5xx after the retries ran out
        Network,      // connection refused/reset/dropped after the retries ran out
        Timeout,      // no answer within the request timeout, after the retries ran out
        Malformed,    // a reply that is not the JSON the contract promises (detail names the field)
        Cancelled,    // the caller cancelled
        TokenRefresh, // /oauth2/token refused or failed (tag = OAuth error, e.g. invalid_grant)
        // Local failures; text holds the sentence for the user.
        Invalid,  // bad input: a file, a CSV row, an option, a setting
        NotFound, // a file, snapshot, run or record that does not exist
        Io,       // reading or writing a file or socket on this machine
        Database, // the snapshot database (SQLite)
        Refused,  // a remote service refused the credentials or the request; retrying will not help
        Internal, // a broken invariant: a bug
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString route;             // e.g. "team/members/list_v2"
    QString tag;               // e.g. "expired_access_token", "group_not_found"
    QString summary;           // error_summary as Dropbox sent it
    QString userMessage;       // Dropbox's user_message, when present
    QString detail;            // 400 text, missing field, network error text, ...
    QString text;              // the sentence for the user, when the caller wrote one;
                               // message() returns it before any derived wording
    QString requestId;         // X-Dropbox-Request-Id of the failed reply
    QString requiredScope;     // missing_scope: the scope the app lacks
    int retryAfterSeconds = 0; // 429
    // A write whose outcome is unknown: it left for Dropbox, but its reply was lost (dropped
    // connection, timeout, 5xx, truncated body, cancelled in flight). Dropbox may have applied
    // it; only reading the state back tells. Never set for reads.
    bool maybeApplied = false;

    bool isError() const { return kind != Kind::None; }
    bool isTransient() const
    {
        return kind == Kind::RateLimited || kind == Kind::Server || kind == Kind::Network || kind == Kind::Timeout;
    }
    // True when the user must re-authorize (run the wizard again).
    bool needsReauthorization() const;
    // One or two sentences for a person: what failed and what to do next. Never a raw dump.
    QString message() const;
    // Short machine-ish form for logs: "409 team/groups/members/add: duplicate_user".
    QString brief() const;

    // A local error with its sentence: Error::make(Error::Kind::Io, tr("Cannot write %1: %2")...).
    static Error make(Kind kind, const QString &text, const QString &detail = QString());
    static Error cancelled(const QString &route);
    static Error malformed(const QString &route, const QString &detail);
};

} // namespace dbx

Q_DECLARE_METATYPE(dbx::Error)
