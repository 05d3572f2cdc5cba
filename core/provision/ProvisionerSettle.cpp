// Provisioner: a write whose reply was lost (Error::maybeApplied) is read back (ReadBack.h) and
// settled: applied -> done, confirmed; not applied -> sent once more, cancelled or failed; the
// read failed too -> Outcome::Unknown.

#include "provision/ErrorText.h"
#include "provision/Provisioner.h"
#include "provision/ProvisionerParts.h"

#include <QPointer>

namespace dbx {

namespace provisioning {

void takeReadBack(OperationResult *res, const ReadBackResult &rb, const QString &roleAskedFor)
{
    if (res->operation.type == OperationType::CreateAccount) {
        res->account = rb.account;
        res->teamMemberId = rb.account.teamMemberId;
        if (res->account.roleId.isEmpty())
            res->account.roleId = roleAskedFor;
        res->roleId = res->account.roleId;
    } else if (res->operation.type == OperationType::SetRole || res->operation.type == OperationType::ClearRole) {
        res->roleId = rb.account.roleId;
    } else if (res->operation.type == OperationType::SetProfile) {
        res->account = rb.account;
    } else if (isGroupLifecycle(res->operation.type) && !rb.group.id.isEmpty()) {
        res->group = rb.group;
        res->groupId = rb.group.id;
    }
}

} // namespace provisioning

using namespace provisioning;

void Provisioner::settleAmbiguous(int index, const Precheck &check, const Error &error, const QString &okText,
                                  std::function<void()> resend, Done done)
{
    const Operation op = m_job.operations[index];
    const QString what = m_state.describe(op);
    qCWarning(lcProvision).noquote() << "reply lost:" << error.brief() << "- reading back" << auditAction(op.type);
    emitProgress(tr("The reply was lost; reading back from Dropbox whether this was done: %1").arg(what));
    QPointer<Provisioner> self(this);
    readBack(
        m_client, op, check, m_cancelRequested ? kCancelReadBackMs : kReadBackMs,
        [self, this, index, check, error, okText, resend, done, what](const ReadBackResult &rb) {
            if (!self)
                return;
            OperationResult res = baseResult(index, check);
            res.error = error;
            switch (rb.verdict) {
            case ReadBackResult::Verdict::Applied:
                res.error = Error();
                takeReadBack(&res, rb, check.roleId);
                succeed(res,
                        tr("%1 (Confirmed by reading it back after the reply was lost: %2.)").arg(okText, rb.evidence),
                        rb.requestId);
                done();
                return;
            case ReadBackResult::Verdict::NotApplied:
                if (!m_cancelRequested && resend && m_sends.value(index) < kMaxSends) {
                    qCInfo(lcProvision).noquote() << "not applied (" << rb.evidence << "); sending it again";
                    resend();
                    return;
                }
                finishItem(concluded(
                    res, m_cancelRequested ? Outcome::Cancelled : Outcome::Failed, QStringLiteral("not_applied"),
                    rb.requestId,
                    m_cancelRequested
                        ? tr("Cancelled before Dropbox made the change (read back: %1): %2").arg(rb.evidence, what)
                        : tr("Not done: the reply was lost (%1) and reading it back shows Dropbox did not make the "
                             "change (%2). Try again.")
                              .arg(explainError(error), rb.evidence)));
                done();
                return;
            case ReadBackResult::Verdict::Unknown:
                finishItem(concluded(res, Outcome::Unknown, QStringLiteral("unknown_outcome"), error.requestId,
                                     tr("Unknown: the reply was lost (%1) and reading it back failed too (%2). "
                                        "Dropbox may or may not have made the change; sync to confirm: %3")
                                         .arg(error.brief(), rb.error.brief(), what)));
                done();
                return;
            }
        });
}

} // namespace dbx
