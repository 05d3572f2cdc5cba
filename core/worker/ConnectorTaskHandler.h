#pragma once
// ConnectorTaskHandler: ConductorOne's tasks carried out on the Dropbox team, through the same
// SyncEngine and Provisioner as the GUI and the CLI. C1Service calls it on its own worker
// thread, which runs no event loop: the handler makes its ConnectorSession there on first use
// (so the network access, token source and database connection belong to that thread), spins a
// local QEventLoop while a sync or a provisioning call is under way, and drops the session when
// that thread ends.
//
// What each task does (see TaskHandler.h for how tasks arrive):
//   full sync   a new sync, or the newest complete snapshot when it is younger than
//               Options::reuseSnapshotYoungerThanSecs; written as a c1z and returned.
//   grant       group member: add as member (an owner already is one: nothing to do);
//               group owner: add as owner, or promote a member (set_access_type);
//               role member: set the role (it replaces the one the member holds).
//   revoke      group member: remove from the group (an owner keeps the group: revoke the owner
//               grant to demote); group owner: demote to member, never remove;
//               role member: clear the role only when the member holds exactly that role.
//   create      members/add_v2 (first/last name when ConductorOne sends them); Dropbox's
//               async jobs are polled to the end.
//   delete      members/remove with Dropbox's defaults, as baton-dropbox sends them: the
//               account is deleted (keep_account=false) and its data wiped from linked devices
//               (wipe_data=true); a removed member stays restorable by an admin for a while.
//   enable/disable  members/unsuspend / members/suspend (data kept: wipe_data=false).
// Every write is first checked against the newest snapshot (a sync runs first when there is
// none; each task first asks Dropbox how the group or the member is now) and recorded in the
// audit log with "ConductorOne" as the admin.
//
// Outcomes: Dropbox's "already so" -> AlreadyDone; 429 -> retryable RESOURCE_EXHAUSTED; 5xx,
// network and timeouts -> retryable UNAVAILABLE / DEADLINE_EXCEEDED; a refused or expired
// authorization -> UNAUTHENTICATED (re-authorize); missing scope / 403 -> PERMISSION_DENIED;
// 409 -> FAILED_PRECONDITION (NOT_FOUND for unknown ids), each with Dropbox's error in words.

#include "auth/ConnectionConfig.h"
#include "conductorone/TaskHandler.h"
#include "model/SnapshotChange.h"

#include <QMutex>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

class QObject;
class QTemporaryDir;
class QThread;

namespace dbx {

class ConnectorSession;
class Provisioner;
struct Error;
struct Operation;
struct OperationResult;

class ConnectorTaskHandler : public c1::TaskHandler
{
public:
    struct Options {
        ConnectionConfig connection;
        QString c1zDir; // empty: a temp dir
        // > 0: a full-sync task uploads the newest complete snapshot when it is younger than
        // this, instead of syncing again.
        int reuseSnapshotYoungerThanSecs = 0;
    };

    explicit ConnectorTaskHandler(Options options);
    ~ConnectorTaskHandler() override;
    ConnectorTaskHandler(const ConnectorTaskHandler &) = delete;
    ConnectorTaskHandler &operator=(const ConnectorTaskHandler &) = delete;

    // Called (on the service thread) after a sync or a write changed the store. May be set
    // from any thread.
    void setStoreChangedCallback(std::function<void()> fn);
    // Called (on the service thread) with what a write or a correction changed in the newest
    // run, instead of the store-changed callback: a holder of the snapshot folds it in
    // (applyChange) rather than loading the run again. Without it, writes call the other one.
    void setSnapshotPatchedCallback(std::function<void(const SnapshotChange &)> fn);

    bool provisioningEnabled() const override;
    c1::SyncResult fullSync(const c1::SyncRequest &request, c1::TaskContext &context) override;
    c1::TaskOutcome grant(const c1::GrantRequest &request, c1::TaskContext &context) override;
    c1::TaskOutcome revoke(const c1::RevokeRequest &request, c1::TaskContext &context) override;
    c1::CreateAccountResult createAccount(const c1::CreateAccountRequest &request, c1::TaskContext &context) override;
    c1::TaskOutcome deleteResource(const c1::ResourceRef &resource, c1::TaskContext &context) override;
    c1::TaskOutcome setAccountEnabled(const QString &teamMemberId, bool enable, c1::TaskContext &context) override;

    // How a failed Dropbox call is told to ConductorOne (public for tests and the GUI).
    static c1::TaskOutcome outcomeOf(const Error &error, const QString &message);
    static c1::TaskOutcome outcomeOf(const OperationResult &result);

private:
    // The session of the calling thread, made and opened on first use.
    ConnectorSession *session(c1::TaskOutcome *failure);
    void dropSession();
    // Runs a sync to the end (or until the context is cancelled). Done or the reason it failed.
    c1::TaskOutcome runSync(c1::TaskContext &context);
    // A Provisioner holding the newest snapshot as the store has it now (another connection,
    // e.g. the GUI's, may have patched it since the last task): syncs first when there is none.
    Provisioner *provisioner(c1::TaskContext &context, c1::TaskOutcome *failure);
    // Asks Dropbox who is in the group now and corrects the stored snapshot for this member
    // when it differs, so the grant/revoke decision rests on the team as it is, not as it was
    // at the last sync. False + the failure when Dropbox could not be asked.
    bool refreshGroupMember(const QString &groupId, const QString &teamMemberId, c1::TaskContext &context,
                            c1::TaskOutcome *failure);
    // refreshGroupMember() and then the Provisioner holding the corrected state, as grant and
    // revoke of a group entitlement both need it. Null + the failure when either step failed.
    Provisioner *checkedGroupMember(const QString &groupId, const QString &teamMemberId, c1::TaskContext &context,
                                    c1::TaskOutcome *failure);
    // The same for one member's status and role (members/get_info_v2), before role, suspend,
    // unsuspend and remove tasks.
    // *gone (optional) is set when Dropbox no longer knows the member at all.
    bool refreshMember(const QString &teamMemberId, c1::TaskContext &context, c1::TaskOutcome *failure,
                       bool *gone = nullptr);
    // Runs one operation through the Provisioner and waits for its result.
    OperationResult runOperation(const Operation &op, c1::TaskContext &context);
    c1::TaskOutcome runWrite(const Operation &op, c1::TaskContext &context);
    QString c1zDir(c1::TaskOutcome *failure);
    void notifyStoreChanged();
    // Tells the holders what the Provisioner patched since the last call (the store-changed
    // callback when no patch callback is set, or when nothing was patched).
    void publishChanges();

    Options m_options;
    std::unique_ptr<ConnectorSession> m_session;
    std::unique_ptr<Provisioner> m_provisioner; // of m_session, for the current task
    QThread *m_sessionThread = nullptr;
    std::unique_ptr<QObject> m_threadGuard; // context of the thread-finished connection
    std::unique_ptr<QTemporaryDir> m_tempDir;
    bool m_reconciled = false; // interrupted writes of earlier runs read back once

    mutable QMutex m_callbackMutex;
    std::function<void()> m_storeChanged;
    std::function<void(const SnapshotChange &)> m_snapshotPatched;
    QVector<SnapshotChange> m_unpublished; // patched by the Provisioner, not yet told
};

} // namespace dbx
