// Provisioner: member lifecycle. New accounts go out in batches (members/add_v2, at most
// Options::batchSize a call); the job Dropbox may answer with is polled to the end; a batch whose
// reply was lost is read back member by member. Removal (members/remove, perhaps a job to poll),
// suspend and unsuspend.

#include "dropbox/Parse.h"
#include "provision/ErrorText.h"
#include "provision/Provisioner.h"
#include "provision/ProvisionerParts.h"

#include <QJsonArray>
#include <QPointer>

#include <memory>

namespace dbx {

using namespace provisioning;

void Provisioner::runCreateBatch(const QVector<int> &indexes, const QVector<Precheck> &checks, Done after)
{
    if (!after)
        after = [this] { step(); };
    if (indexes.isEmpty()) {
        after();
        return;
    }
    QJsonArray members;
    for (int k = 0; k < indexes.size(); ++k) {
        const Operation &op = m_job.operations[indexes[k]];
        QJsonObject m{{QStringLiteral("member_email"), op.user.value.trimmed()},
                      {QStringLiteral("send_welcome_email"), op.sendWelcomeEmail}};
        if (!op.givenName.isEmpty())
            m.insert(QStringLiteral("member_given_name"), op.givenName);
        if (!op.surname.isEmpty())
            m.insert(QStringLiteral("member_surname"), op.surname);
        if (!op.externalId.isEmpty())
            m.insert(QStringLiteral("member_external_id"), op.externalId);
        if (!checks[k].roleId.isEmpty())
            m.insert(QStringLiteral("role_ids"), QJsonArray{checks[k].roleId});
        members << m;
    }
    const QJsonObject arg{{QStringLiteral("new_members"), members},
                          {QStringLiteral("force_async"), m_options.forceAsync}};
    emitProgress(indexes.size() == 1 ? m_state.describe(m_job.operations[indexes.first()])
                                     : tr("Creating %1 accounts").arg(indexes.size()));
    QVector<int> sendIndexes;
    QVector<Precheck> sendChecks;
    QJsonArray sendMembers;
    for (int k = 0; k < indexes.size(); ++k) {
        if (!beginAttempt(indexes[k], checks[k]))
            continue; // reported failed: not recorded, so not sent
        ++m_sends[indexes[k]];
        sendIndexes << indexes[k];
        sendChecks << checks[k];
        sendMembers << members[k];
    }
    if (sendIndexes.isEmpty()) {
        after();
        return;
    }
    QPointer<Provisioner> self(this);
    QJsonObject sendArg = arg;
    sendArg.insert(QStringLiteral("new_members"), sendMembers);
    m_client->write(QStringLiteral("team/members/add_v2"), sendArg,
                    [self, this, sendIndexes, sendChecks, after](const Expected<QJsonValue> &r) {
                        if (self)
                            onCreateResult(sendIndexes, sendChecks, r, 0, after);
                    });
}

void Provisioner::pollCreateJob(const QVector<int> &indexes, const QVector<Precheck> &checks, const QString &jobId,
                                int waitedMs, Done after)
{
    emitProgress(tr("Waiting for Dropbox to create %n account(s)", nullptr, int(indexes.size())));
    pollJob(QStringLiteral("team/members/add/job_status/get_v2"), jobId, waitedMs,
            [this, indexes, checks, after](const Expected<QJsonValue> &r, bool stillRunning) {
                if (stillRunning) {
                    // Dropbox accepted the job and is still at it: not a failure, not yet done.
                    for (int k = 0; k < indexes.size(); ++k) {
                        const OperationResult f = baseResult(indexes[k], checks[k]);
                        finishItem(concluded(f, Outcome::Unknown, QStringLiteral("job_timeout"), r.requestId,
                                             tr("Unknown: Dropbox accepted the account for %1 and was still creating "
                                                "it after %2 s; sync later to confirm.")
                                                 .arg(f.operation.user.value)
                                                 .arg(m_options.maxJobWaitMs / 1000)));
                    }
                    after();
                    return;
                }
                if (!r.ok() && r.error().kind != Error::Kind::Endpoint) {
                    Error e = r.error();
                    e.maybeApplied = true; // the job was accepted; its status could not be read
                    onCreateResult(indexes, checks, unexpected(e), -1, after);
                    return;
                }
                onCreateResult(indexes, checks, r, -1, after);
            });
}

void Provisioner::onCreateResult(const QVector<int> &indexes, const QVector<Precheck> &checks,
                                 const Expected<QJsonValue> &r, int waitedMs, Done after)
{
    const auto failAll = [&](const Error &e) {
        for (int k = 0; k < indexes.size(); ++k)
            failCall(baseResult(indexes[k], checks[k]), e);
        after();
    };
    if (!r.ok() && r.error().maybeApplied) {
        // Each new member is read back by email, one after the other; one not created is sent
        // again on its own.
        auto settleFrom = std::make_shared<std::function<void(int)>>();
        // The function holds itself weakly (capturing settleFrom would be a cycle that is never
        // freed; LeakSanitizer reports it); the pending `next` callbacks keep it alive.
        *settleFrom = [this, indexes, checks, error = r.error(), after,
                       weakSelf = std::weak_ptr<std::function<void(int)>>(settleFrom)](int k) {
            if (k >= indexes.size()) {
                after();
                return;
            }
            const int index = indexes[k];
            const Precheck check = checks[k];
            const Done next = [self = weakSelf.lock(), k] { (*self)(k + 1); };
            const QString okText = tr("Created an account for %1.").arg(m_job.operations[index].user.value.trimmed());
            settleAmbiguous(
                index, check, error, okText, [this, index, check, next] { runCreateBatch({index}, {check}, next); },
                next);
        };
        (*settleFrom)(0);
        return;
    }
    if (!r.ok()) {
        failAll(r.error());
        return;
    }
    const QJsonObject o = r.value().toObject();
    const QString tag = tagOf(o);
    if (tag == QLatin1String("async_job_id") && waitedMs >= 0) {
        pollCreateJob(indexes, checks, o.value(QStringLiteral("async_job_id")).toString(), 0, after);
        return;
    }
    if (tag == QLatin1String("failed")) {
        Error e;
        e.kind = Error::Kind::Endpoint;
        e.route = QStringLiteral("team/members/add/job_status/get_v2");
        e.tag = QStringLiteral("failed");
        e.userMessage = o.value(QStringLiteral("failed")).toString();
        e.requestId = r.requestId;
        for (int k = 0; k < indexes.size(); ++k) {
            OperationResult f = baseResult(indexes[k], checks[k]);
            f.error = e;
            const QString who = f.operation.user.value;
            finishItem(concluded(
                f, Outcome::Failed, e.tag, r.requestId,
                e.userMessage.isEmpty()
                    ? tr("Could not create an account for %1: Dropbox's job failed without saying why.").arg(who)
                    : tr("Could not create an account for %1: Dropbox's job failed (%2).").arg(who, e.userMessage)));
        }
        after();
        return;
    }
    if (tag != QLatin1String("complete")) {
        failAll(Error::malformed(QStringLiteral("team/members/add_v2"), tr("unexpected result tag \"%1\"").arg(tag)));
        return;
    }
    const QJsonArray items = o.value(QStringLiteral("complete")).toArray();
    for (int k = 0; k < indexes.size(); ++k) {
        OperationResult res = baseResult(indexes[k], checks[k]);
        const QString email = res.operation.user.value.trimmed();
        if (k >= items.size()) {
            Error e
                = Error::malformed(QStringLiteral("team/members/add_v2"), tr("no result for the member %1").arg(k + 1));
            e.requestId = r.requestId;
            failCall(res, e);
            continue;
        }
        const QJsonObject item = items[k].toObject();
        const QString itemTag = tagOf(item);
        res.requestId = r.requestId;
        if (itemTag == QLatin1String("success")) {
            const Expected<Account> added = parse::teamMemberInfo(item, QStringLiteral("complete[%1]").arg(k));
            if (!added) {
                Error e = Error::malformed(QStringLiteral("team/members/add_v2"), added.error().detail);
                e.requestId = r.requestId;
                failCall(res, e);
                continue;
            }
            res.account = *added;
            if (res.account.roleId.isEmpty())
                res.account.roleId = checks[k].roleId; // roles is optional in TeamMemberInfoV2
            res.teamMemberId = res.account.teamMemberId;
            res.roleId = res.account.roleId;
            const QString state = res.account.status == AccountStatus::Active ? tr("active") : tr("invited");
            succeed(res, tr("Created an account for %1 (%2).").arg(email, state), r.requestId);
            continue;
        }
        res.tag = itemTag;
        const Account *existing = m_state.findUser(UserSelector::byEmail(email));
        const bool wasRemoved = existing && existing->status == AccountStatus::Removed;
        if (tagMeansNoChange(OperationType::CreateAccount, itemTag) && !wasRemoved) {
            res.outcome = Outcome::NoChange;
            res.message = tr("No change: %1 — %2.").arg(email, explainTag(itemTag));
        } else {
            res.outcome = Outcome::Failed;
            res.message = wasRemoved && itemTag == QLatin1String("user_already_on_team")
                ? tr("Could not create an account for %1: they were removed but can still be restored, and Dropbox "
                     "refuses to add them again until then [%2].")
                      .arg(email, itemTag)
                : tr("Could not create an account for %1: %2 [%3].").arg(email, explainTag(itemTag), itemTag);
            Error e;
            e.kind = Error::Kind::Endpoint;
            e.route = QStringLiteral("team/members/add_v2");
            e.tag = itemTag;
            e.requestId = r.requestId;
            res.error = e;
        }
        finishItem(res);
    }
    after();
}

void Provisioner::runRemoveAccount(int index, const Precheck &check, Done done)
{
    const Operation &op = m_job.operations[index];
    const QString name = who(op, check);
    QJsonObject arg{{QStringLiteral("user"), UserSelector::byId(check.teamMemberId).toJson()},
                    {QStringLiteral("wipe_data"), op.wipeData},
                    {QStringLiteral("keep_account"), op.keepAccount},
                    {QStringLiteral("retain_team_shares"), op.retainTeamShares}};
    if (!check.transferDestId.isEmpty())
        arg.insert(QStringLiteral("transfer_dest_id"), UserSelector::byId(check.transferDestId).toJson());
    if (!check.transferAdminId.isEmpty())
        arg.insert(QStringLiteral("transfer_admin_id"), UserSelector::byId(check.transferAdminId).toJson());
    const QString okText = op.keepAccount
        ? tr("Removed %1 from the team; their account is now a Basic account.").arg(name)
        : !check.transferDestId.isEmpty() ? tr("Removed %1 from the team; their files were transferred.").arg(name)
                                          : tr("Removed %1 from the team.").arg(name);
    call(
        index, check, QStringLiteral("team/members/remove"), arg, okText,
        [this, index, check, okText, name, done](const Expected<QJsonValue> &r) {
            onRemoveReply(index, check, okText, name, r, done);
        },
        done);
}

void Provisioner::onRemoveReply(int index, const Precheck &check, const QString &okText, const QString &name,
                                const Expected<QJsonValue> &r, Done done)
{
    const QJsonObject o = r.value().toObject();
    const QString tag = tagOf(o);
    if (tag == QLatin1String("async_job_id")) {
        const QString jobId = o.value(QStringLiteral("async_job_id")).toString();
        emitProgress(tr("Waiting for Dropbox to remove %1").arg(name));
        pollJob(QStringLiteral("team/members/remove/job_status/get"), jobId, 0,
                [this, index, check, okText, name, done](const Expected<QJsonValue> &pr, bool stillRunning) {
                    onRemoveJob(index, check, okText, name, pr, stillRunning, done);
                });
        return;
    }
    if (tag == QLatin1String("complete"))
        succeed(baseResult(index, check), okText, r.requestId);
    else
        failCall(baseResult(index, check),
                 Error::malformed(QStringLiteral("team/members/remove"), tr("unexpected result tag \"%1\"").arg(tag)));
    done();
}

void Provisioner::onRemoveJob(int index, const Precheck &check, const QString &okText, const QString &name,
                              const Expected<QJsonValue> &pr, bool stillRunning, Done done)
{
    const OperationResult base = baseResult(index, check);
    if (stillRunning) {
        // Dropbox accepted the removal and is still at it: not a failure.
        finishItem(concluded(base, Outcome::Unknown, QStringLiteral("job_timeout"), pr.requestId,
                             tr("Unknown: Dropbox accepted the removal of %1 and was still working on it after %2 s; "
                                "sync later to confirm.")
                                 .arg(name)
                                 .arg(m_options.maxJobWaitMs / 1000)));
    } else if (!pr.ok() && pr.error().kind != Error::Kind::Endpoint) {
        // The job was accepted; its status could not be read: read the member.
        settleAmbiguous(index, check, pr.error(), okText, {}, done);
        return;
    } else if (!pr.ok()) {
        failCall(base, pr.error());
    } else {
        succeed(base, okText, pr.requestId);
    }
    done();
}

void Provisioner::runSuspend(int index, const Precheck &check, Done done)
{
    const Operation &op = m_job.operations[index];
    const QString name = who(op, check);
    const bool suspend = op.type == OperationType::Suspend;
    QJsonObject arg{{QStringLiteral("user"), UserSelector::byId(check.teamMemberId).toJson()}};
    if (suspend)
        arg.insert(QStringLiteral("wipe_data"), op.wipeData);
    const QString okText = suspend
        ? (op.wipeData ? tr("Suspended %1 and asked their devices to wipe Dropbox data.").arg(name)
                       : tr("Suspended %1.").arg(name))
        : tr("Unsuspended %1.").arg(name);
    callSimple(index, check,
               suspend ? QStringLiteral("team/members/suspend") : QStringLiteral("team/members/unsuspend"), arg, okText,
               done);
}

} // namespace dbx
