#pragma once
// Provisioner: carries out typed operations against Dropbox, one after another, on the thread it
// lives on (with its DropboxClient and SnapshotStore). Every operation is first checked against
// the newest snapshot (TeamState): "already so" becomes NoChange without a call, an unknown
// user/group/role or contradictory options becomes Invalid without a call. Account creations
// go out in batches of at most 20 per members/add_v2 call; async jobs are polled to completion.
// A 409 is never a success; the tags that mean "already so" become NoChange, every other tag is
// explained in words. After a success the newest stored run is patched at once, and every item
// (success, no change, failure, invalid) gets an audit row. With provisioning off, every write is
// refused.
// Writes never guess (DESIGN.md): each write's audit row is committed as "attempted" before the
// request leaves and completed with the outcome. When a write's reply is lost
// (Error::maybeApplied) the state is read back (ReadBack.h): applied -> done, confirmed;
// not applied -> sent once more (or Cancelled when the run was cancelled); read failed ->
// Outcome::Unknown. Attempts a killed run left open are reconciled the same way on the next start
// (reconcileInterrupted).

#include "dropbox/DropboxClient.h"
#include "provision/Operation.h"
#include "provision/Plan.h"
#include "provision/ProvisionTypes.h"
#include "provision/TeamState.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QSet>

#include <memory>

namespace dbx {

class SnapshotStore;
struct AuditEntry;

class Provisioner : public QObject
{
    Q_OBJECT
public:
    struct Options {
        int batchSize = 20;                // members/add_v2 takes at most 20 new members
        int pollIntervalMs = 1000;         // between job status polls
        int maxJobWaitMs = 10 * 60 * 1000; // give up waiting for one job after this
        bool forceAsync = false;           // members/add_v2 force_async (tests)
    };

    // client and store are not owned and must live on this object's thread.
    Provisioner(DropboxClient *client, SnapshotStore *store, QObject *parent = nullptr);
    ~Provisioner() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    // BATON_PROVISIONING / --provisioning: off by default, every write refused.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // The audit log's "connection" and "admin" columns (admin empty = the snapshot's admin).
    void setConnectionName(const QString &name) { m_connection = name; }
    void setAdmin(const QString &admin) { m_admin = admin; }
    // The scopes the token carries (space separated; empty = unknown): a missing one is named
    // before any call is made.
    void setGrantedScopes(const QString &scopes) { m_grantedScopes = scopes; }

    // "Provisioning is off for this connection: ... --provisioning or BATON_PROVISIONING=true ..."
    static QString disabledMessage();

    // Loads the newest complete run when it is not the one held, or when another connection
    // wrote to the store since (SnapshotStore::dataVersion: the GUI's worker, another process).
    // This object's own patches keep the held state current without a reload. NotFound when
    // there is none, Database when it cannot be read.
    Expected<void> refreshState();
    // What Dropbox said when asked just now, where the held snapshot was behind: folded into the
    // state and written to the stored run (snapshotPatched follows).
    Expected<void> correctMembership(const QString &groupId, const QString &teamMemberId, bool present,
                                     AccessType access);
    Expected<void> correctAccount(const Account &account);
    const TeamState &state() const { return m_state; }
    // The verdict for one operation against the team as it is now (no call is made).
    Precheck precheck(const Operation &op);
    // The preview of a plan: every parsed row checked in order, each against the team as the
    // rows before it would leave it.
    Plan preview(const Plan &plan);
    // The same for a list of operations (e.g. a multi-row action in the GUI), in order.
    QVector<OperationPreview> preview(const QVector<Operation> &operations);

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Runs the operations in order (queued behind a run in progress). Emits operationFinished for
    // each item and finished at the end.
    void run(const QVector<dbx::Operation> &operations);
    // Applies a parsed plan: rows that did not parse are reported Invalid, the others run in
    // order. Emits planFinished with every row's result.
    void applyPlan(const dbx::Plan &plan);
    // Stops now: a write in flight is aborted and read back (within a few seconds) to report what
    // Dropbox did; items not started are reported Cancelled.
    void cancel();
    // Audit rows left "attempted" by a run that stopped before Dropbox's answer (killed, crashed,
    // power cut) are read back and completed. Rows of another process still running are left
    // alone. Emits reconciled (also when there was nothing to do).
    void reconcileInterrupted();

Q_SIGNALS:
    void progressChanged(const dbx::ProvisionProgress &progress);
    void operationFinished(const dbx::OperationResult &result);
    void finished(const QVector<dbx::OperationResult> &results, bool cancelled);
    void planFinished(const dbx::Plan &plan, bool cancelled);
    void reconciled(const QVector<dbx::OperationResult> &results);
    // A change was written to the newest run (after a success or a correction): holders of the
    // snapshot in memory fold it in (applyChange) instead of loading the run again.
    void snapshotPatched(const dbx::SnapshotChange &change);

private:
    struct Job {
        QVector<Operation> operations;
        bool isPlan = false;
        Plan plan;
        QVector<int> rowOfOperation; // plan row index per operation
    };
    using Done = std::function<void()>;

    void startNext();
    void step();
    void finishJob();
    // The write one operation sends, by kind (CreateAccount goes out in batches: runCreateBatch).
    void runOne(int index, const Precheck &check, Done done);
    void runRemoveAccount(int index, const Precheck &check, Done done);
    void onRemoveReply(int index, const Precheck &check, const QString &okText, const QString &name,
                       const Expected<QJsonValue> &r, Done done);
    void onRemoveJob(int index, const Precheck &check, const QString &okText, const QString &name,
                     const Expected<QJsonValue> &job, bool stillRunning, Done done);
    void runSuspend(int index, const Precheck &check, Done done);         // and Unsuspend
    void runSetRole(int index, const Precheck &check, Done done);         // and ClearRole
    void runGroupMembership(int index, const Precheck &check, Done done); // AddToGroup, RemoveFromGroup
    void runSetAccessType(int index, const Precheck &check, Done done);
    // Group lifecycle and member upkeep (ProvisionerLifecycle.cpp)
    void runCreateGroup(int index, const Precheck &check, Done done);
    void runUpdateGroup(int index, const Precheck &check, Done done); // RenameGroup, SetGroup
    // Sends a group create or update; the reply's group info settles the result.
    void sendGroupWrite(int index, const Precheck &check, const QString &route, const QJsonObject &arg,
                        const QString &okText, Done done);
    void runDeleteGroup(int index, const Precheck &check, Done done);
    void runMemberUpkeep(int index, const Precheck &check, Done done); // Recover, ResendInvite, SetProfile
    // The group in a GroupFullInfo reply, into the result; false (and the item failed) when malformed.
    bool takeGroupInfo(OperationResult *result, const QString &route, const Expected<QJsonValue> &reply);
    // What the group's folder-access job said, as a sentence added to the success ("" when done).
    QString folderAccessNote(const Expected<QJsonValue> &job, bool stillRunning) const;
    // after: what comes once every item of the batch is finished (default: the next step)
    void runCreateBatch(const QVector<int> &indexes, const QVector<Precheck> &checks, Done after = {});
    void onCreateResult(const QVector<int> &indexes, const QVector<Precheck> &checks, const Expected<QJsonValue> &r,
                        int waitedMs, Done after);
    void pollCreateJob(const QVector<int> &indexes, const QVector<Precheck> &checks, const QString &jobId, int waitedMs,
                       Done after);
    void pollJob(const QString &route, const QString &jobId, int waitedMs,
                 std::function<void(const Expected<QJsonValue> &, bool stillRunning)> onDone);
    void call(int index, const Precheck &check, const QString &route, const QJsonObject &arg, const QString &okText,
              std::function<void(const Expected<QJsonValue> &)> onSuccess, Done done);
    // call() for a write whose reply says nothing more than "done": the success is okText.
    void callSimple(int index, const Precheck &check, const QString &route, const QJsonObject &arg,
                    const QString &okText, Done done);
    // A write's reply was lost: read back, then succeed, resend (resend may be empty: never),
    // cancel, fail or report Unknown.
    void settleAmbiguous(int index, const Precheck &check, const Error &error, const QString &okText,
                         std::function<void()> resend, Done done);
    // Commits the "attempted" audit row; false (the item reported failed) when it cannot.
    bool beginAttempt(int index, const Precheck &check);
    void reconcileNext(std::shared_ptr<QVector<AuditEntry>> rows, std::shared_ptr<QVector<OperationResult>> results);
    AuditEntry auditEntry(const OperationResult &result) const;
    Expected<void> patchSnapshot(const OperationResult &result);
    Expected<void> writeChange(const SnapshotChange &change);

    // Results
    OperationResult baseResult(int index, const Precheck &check) const;
    void finishItem(OperationResult result);
    void succeed(OperationResult result, const QString &message, const QString &requestId);
    void failCall(OperationResult result, const Error &error);
    void audit(const OperationResult &result);
    bool notSendable(int index, const Precheck &check);
    QString who(const Operation &op, const Precheck &check) const;
    QString groupLabel(const QString &groupId) const;
    QString roleLabel(const QString &roleId) const;
    QString accessPhrase(AccessType access) const; // "an owner" / "a member"
    void emitProgress(const QString &text);

    DropboxClient *m_client;
    SnapshotStore *m_store;
    Options m_options;
    bool m_enabled = false;
    QString m_connection;
    QString m_admin;
    QString m_grantedScopes;
    TeamState m_state;
    qint64 m_stateLoadedFromRun = -1;
    qint64 m_stateDataVersion = -1; // the store's dataVersion() when m_state was loaded

    QQueue<Job> m_queue;
    Job m_job;
    bool m_running = false;
    bool m_cancelRequested = false;
    int m_next = 0; // next operation of m_job to start
    int m_done = 0;
    QVector<OperationResult> m_results; // per operation of m_job
    QSet<QString> m_missingScopes;      // learned from 401 missing_scope in this job
    Error m_fatal;                      // re-authorization needed: nothing more is sent
    QHash<int, qint64> m_attempts;      // operation index -> its "attempted" audit row
    QHash<int, int> m_sends;            // operation index -> write requests sent for it
    bool m_reconciling = false;
};

} // namespace dbx
