#pragma once
// What the service loop (C1Service) needs from the rest of the application to serve
// ConductorOne's tasks. The loop speaks the protocol (decoding tasks, heartbeats, uploads,
// FinishTask); a TaskHandler does the work with the SyncEngine and the Provisioner, in plain
// values, no protobuf.
//
// Threading: every method is called on the service's own worker thread, one task at a time,
// and may block until the work is done (that thread runs no Qt event loop of its own; spin a
// local QEventLoop if the work needs one). Check TaskContext::isCancelled() between steps:
// it turns true when ConductorOne cancels the task (heartbeat), when heartbeats keep failing,
// or when the service stops; return soon after with TaskOutcome::cancelled().
//
// Task types and where they go (baton.proto's Task oneof):
//   sync_full        -> fullSync: write a c1z (writeC1z) and return its path; the loop uploads it
//   grant / revoke   -> grant / revoke (group member/owner, role member)
//   create_account   -> createAccount
//   delete_resource  -> deleteResource
//   action_invoke    -> setAccountEnabled for "enable_user" / "disable_user" (baton-dropbox's
//                       account actions; ConductorOne has no separate enable/disable task)
//   hello, action_list_schemas, action_get_schema, action_status, none -> the loop itself
//   anything else    -> finished by the loop with a non-retryable UNIMPLEMENTED error
// When provisioningEnabled() is false, every write task is finished with a non-retryable
// FAILED_PRECONDITION error saying so, without calling the handler.

#include "model/Types.h"

#include <QMetaType>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <optional>

namespace dbx {
namespace c1 {

// grpc status codes used in outcomes (same numbers as grpc::StatusCode).
enum class TaskCode {
    Ok = 0,
    Cancelled = 1,
    Unknown = 2,
    InvalidArgument = 3,
    DeadlineExceeded = 4,
    NotFound = 5,
    AlreadyExists = 6,
    PermissionDenied = 7,
    ResourceExhausted = 8,
    FailedPrecondition = 9,
    Aborted = 10,
    Unimplemented = 12,
    Internal = 13,
    Unavailable = 14,
    Unauthenticated = 16,
};

struct TaskOutcome {
    enum class Result {
        Done,        // changed as asked
        AlreadyDone, // nothing to change: grant existed / was already revoked
        InProgress,  // started, finishing later (Dropbox async job)
        Failed,
    };
    Result result = Result::Done;
    QString message;                   // why it failed, for ConductorOne and the task history
    bool retryable = false;            // Failed: may ConductorOne try the task again?
    TaskCode code = TaskCode::Unknown; // Failed: the status sent

    bool ok() const { return result != Result::Failed; }

    static TaskOutcome done() { return TaskOutcome(); }
    static TaskOutcome alreadyDone(const QString &message = QString())
    {
        return {Result::AlreadyDone, message, false, TaskCode::Ok};
    }
    static TaskOutcome inProgress() { return {Result::InProgress, QString(), false, TaskCode::Ok}; }
    static TaskOutcome failed(const QString &message, bool retryable = false, TaskCode code = TaskCode::Unknown)
    {
        return {Result::Failed, message, retryable, code};
    }
    static TaskOutcome cancelled(const QString &message = QString())
    {
        return {Result::Failed, message, true, TaskCode::Cancelled};
    }
};

// Given to the handler with each task. Thread-safe.
class TaskContext
{
public:
    using ProgressFn = std::function<void(const QString &step, qint64 done, qint64 total)>;

    explicit TaskContext(QString taskId, ProgressFn progress = ProgressFn())
        : m_taskId(std::move(taskId)), m_progress(std::move(progress))
    {}

    QString taskId() const { return m_taskId; }
    bool isCancelled() const { return m_cancelled.load(); }
    // Why it was cancelled, once it was.
    QString cancelReason() const;
    // e.g. ("Syncing members", 300, 1200); total -1 when unknown. Shown by the GUI.
    void reportProgress(const QString &step, qint64 done = -1, qint64 total = -1) const
    {
        if (m_progress)
            m_progress(step, done, total);
    }

    void cancel(const QString &reason); // the service's side

private:
    QString m_taskId;
    ProgressFn m_progress;
    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_mutex;
    QString m_reason;
};

struct SyncRequest {
    bool skipGrants = false;
    bool skipEntitlementsAndGrants = false;
    bool skipExpandGrants = false;
    QStringList resourceTypeIds;   // empty: all
    QStringList targetedResources; // "<type>:<id>"; empty: all
};

struct SyncResult {
    TaskOutcome outcome;
    QString c1zPath;                // the file to upload (when outcome.ok())
    bool removeAfterUpload = false; // the loop deletes the file once it was sent (or failed)
};

struct GrantRequest {
    QString entitlementId; // "group:<id>:member"
    QString resourceType;  // "group" or "role"
    QString resourceId;    // group_id or role_id
    QString slug;          // "member" or "owner" (from the entitlement id when absent)
    QString principalType; // "user" for every grant Dropbox supports
    QString principalId;   // team_member_id
};

struct RevokeRequest : GrantRequest {
    QString grantId; // "<entitlement id>:user:<team_member_id>"
};

struct CreateAccountRequest {
    QString email;     // from the profile's "email", else the primary email, else login
    QString givenName; // profile first_name / given_name, if sent
    QString surname;   // profile last_name / family_name, if sent
    QString login;
    QVariantMap profile; // everything ConductorOne sent in AccountInfo.profile
    QString resourceTypeId;
};

struct CreateAccountResult {
    TaskOutcome outcome;            // Done, AlreadyDone (account exists), InProgress, Failed
    std::optional<Account> account; // the account as Dropbox now reports it, when known
};

struct ResourceRef {
    QString resourceType; // "user" for the accounts Dropbox can remove
    QString resourceId;
};

class TaskHandler
{
public:
    virtual ~TaskHandler();

    virtual bool provisioningEnabled() const = 0;

    virtual SyncResult fullSync(const SyncRequest &request, TaskContext &context) = 0;
    virtual TaskOutcome grant(const GrantRequest &request, TaskContext &context) = 0;
    virtual TaskOutcome revoke(const RevokeRequest &request, TaskContext &context) = 0;
    virtual CreateAccountResult createAccount(const CreateAccountRequest &request, TaskContext &context) = 0;
    virtual TaskOutcome deleteResource(const ResourceRef &resource, TaskContext &context) = 0;
    // enable = unsuspend, disable = suspend.
    virtual TaskOutcome setAccountEnabled(const QString &teamMemberId, bool enable, TaskContext &context) = 0;
};

} // namespace c1
} // namespace dbx
