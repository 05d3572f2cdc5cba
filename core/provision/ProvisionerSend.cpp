// Provisioner: sending one write (audited first, settled by a read-back when its reply is lost),
// polling Dropbox's async jobs, and which write each kind of operation sends.

#include "provision/ErrorText.h"
#include "provision/Provisioner.h"
#include "provision/ProvisionerParts.h"

#include <QPointer>
#include <QTimer>

namespace dbx {

using namespace provisioning;

void Provisioner::call(int index, const Precheck &check, const QString &route, const QJsonObject &arg,
                       const QString &okText, std::function<void(const Expected<QJsonValue> &)> onSuccess, Done done)
{
    if (!beginAttempt(index, check)) {
        done();
        return;
    }
    ++m_sends[index];
    QPointer<Provisioner> self(this);
    m_client->write(route, arg,
                    [self, this, index, check, route, arg, okText, onSuccess, done](const Expected<QJsonValue> &r) {
                        if (!self)
                            return;
                        if (r.ok()) {
                            onSuccess(r);
                            return;
                        }
                        if (r.error().maybeApplied) {
                            settleAmbiguous(
                                index, check, r.error(), okText,
                                [this, index, check, route, arg, okText, onSuccess, done] {
                                    call(index, check, route, arg, okText, onSuccess, done);
                                },
                                done);
                            return;
                        }
                        failCall(baseResult(index, check), r.error());
                        done();
                    });
}

void Provisioner::callSimple(int index, const Precheck &check, const QString &route, const QJsonObject &arg,
                             const QString &okText, Done done)
{
    call(
        index, check, route, arg, okText,
        [this, index, check, okText, done](const Expected<QJsonValue> &r) {
            succeed(baseResult(index, check), okText, r.requestId);
            done();
        },
        done);
}

void Provisioner::pollJob(const QString &route, const QString &jobId, int waitedMs,
                          std::function<void(const Expected<QJsonValue> &, bool stillRunning)> onDone)
{
    QTimer::singleShot(m_options.pollIntervalMs, this, [this, route, jobId, waitedMs, onDone] {
        if (m_cancelRequested) {
            // Dropbox accepted the job; whether it finished is for the caller to tell (read back).
            Error e = Error::cancelled(route);
            e.maybeApplied = true;
            onDone(unexpected(e), false);
            return;
        }
        QPointer<Provisioner> self(this);
        const QJsonObject arg{{QStringLiteral("async_job_id"), jobId}};
        m_client->rpc(route, arg, [self, this, route, jobId, waitedMs, onDone](const Expected<QJsonValue> &r) {
            if (!self)
                return;
            if (!r.ok()) {
                onDone(r, false);
                return;
            }
            const QString tag = tagOf(r.value().toObject());
            if (tag == QLatin1String("in_progress")) {
                const int waited = waitedMs + m_options.pollIntervalMs;
                if (waited >= m_options.maxJobWaitMs) {
                    onDone(r, true);
                    return;
                }
                pollJob(route, jobId, waited, onDone);
                return;
            }
            onDone(r, false);
        });
    });
}

void Provisioner::runOne(int index, const Precheck &check, Done done)
{
    switch (m_job.operations[index].type) {
    case OperationType::CreateAccount: break; // batched: runCreateBatch
    case OperationType::RemoveAccount: runRemoveAccount(index, check, done); return;
    case OperationType::Suspend:
    case OperationType::Unsuspend: runSuspend(index, check, done); return;
    case OperationType::SetRole:
    case OperationType::ClearRole: runSetRole(index, check, done); return;
    case OperationType::AddToGroup:
    case OperationType::RemoveFromGroup: runGroupMembership(index, check, done); return;
    case OperationType::SetAccessType: runSetAccessType(index, check, done); return;
    case OperationType::CreateGroup: runCreateGroup(index, check, done); return;
    case OperationType::RenameGroup:
    case OperationType::SetGroup: runUpdateGroup(index, check, done); return;
    case OperationType::DeleteGroup: runDeleteGroup(index, check, done); return;
    case OperationType::RecoverAccount:
    case OperationType::ResendInvite:
    case OperationType::SetProfile: runMemberUpkeep(index, check, done); return;
    }
    done();
}

} // namespace dbx
