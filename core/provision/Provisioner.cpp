#include "provision/Provisioner.h"

#include "dropbox/Parse.h"
#include "provision/ErrorText.h"
#include "provision/ReadBack.h"
#include "store/SnapshotStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcProvision, "dbx.provision")

namespace dbx {

namespace {
constexpr qint64 kReadBackMs = 30000;     // a read-back's retries, in all
constexpr qint64 kCancelReadBackMs = 5000;   // ... while the admin waits for a cancel
constexpr int kMaxSends = 2;              // a write read back as "not applied" is sent once more

// This process, as named in the attempt rows it writes: the pid alone is not enough (a restarted
// container's process has the same pid as the one that was killed).
const QString &processInstance()
{
    static const QString instance = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return instance;
}

// True when another process that is still running wrote the attempt row (it completes it itself).
bool writerAlive(const QJsonObject &details)
{
    const QString instance = details.value(QLatin1String("instance")).toString();
    if (instance == processInstance())
        return true;                      // ours: a write in progress on some thread of this process
    const qint64 pid = details.value(QLatin1String("pid")).toVariant().toLongLong();
    if (pid <= 0 || pid == qint64(::getpid()))
        return false;                     // same pid, other instance: the writer died, its pid was reused
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

// What a read-back that found the change made tells about the result: the new member (roles is
// optional in TeamMemberInfoV2: the role asked for then stands), or the role now held.
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
    }
}

QString tagOf(const QJsonObject &o) { return o.value(QStringLiteral(".tag")).toString(); }

QJsonObject groupSelector(const QString &groupId)
{
    return QJsonObject{{QStringLiteral(".tag"), QStringLiteral("group_id")}, {QStringLiteral("group_id"), groupId}};
}

QJsonObject accessTypeJson(AccessType a)
{
    return QJsonObject{{QStringLiteral(".tag"), toWire(a)}};
}
} // namespace

Provisioner::Provisioner(DropboxClient *client, SnapshotStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
    qRegisterMetaType<Operation>();
    qRegisterMetaType<OperationResult>();
    qRegisterMetaType<QVector<Operation>>();
    qRegisterMetaType<QVector<OperationResult>>();
    qRegisterMetaType<Plan>();
    qRegisterMetaType<PlanRow>();
    qRegisterMetaType<ProvisionProgress>();
    qRegisterMetaType<OperationPreview>();
    qRegisterMetaType<QVector<OperationPreview>>();
}

Provisioner::~Provisioner() = default;

QString Provisioner::disabledMessage()
{
    return tr("Provisioning is off for this connection, so nothing was sent to Dropbox. Allow changes with "
              "--provisioning or BATON_PROVISIONING=true (in the app: the connection's provisioning setting).");
}

bool Provisioner::refreshState(QString *error)
{
    const qint64 latest = m_store ? m_store->latestCompleteRun() : 0;
    if (latest <= 0) {
        m_state = TeamState();
        m_stateLoadedFromRun = 0;
        if (error)
            *error = tr("There is no snapshot of the team yet; run a sync first.");
        return false;
    }
    if (latest == m_stateLoadedFromRun)
        return true;
    auto snapshot = m_store->load(latest);
    if (!snapshot) {
        if (error)
            *error = tr("Cannot read the newest snapshot: %1").arg(snapshot.error().message());
        return false;
    }
    snapshot->runId = latest;
    m_state = TeamState(*snapshot);
    m_stateLoadedFromRun = latest;
    return true;
}

Precheck Provisioner::precheck(const Operation &op)
{
    if (!m_running)
        refreshState();
    return m_state.precheck(op);
}

Plan Provisioner::preview(const Plan &plan)
{
    if (!m_running)
        refreshState();
    Plan out = plan;
    previewPlan(&out, m_state);
    return out;
}

QVector<OperationPreview> Provisioner::preview(const QVector<Operation> &operations)
{
    if (!m_running)
        refreshState();
    TeamState state = m_state;
    QVector<OperationPreview> out;
    out.reserve(operations.size());
    for (const Operation &op : operations) {
        OperationPreview p;
        p.operation = op;
        p.check = state.precheck(op);
        p.description = op.describe(&state.snapshot());
        p.confirmation = p.check.verdict == Precheck::Verdict::WillChange ? op.confirmationText(&state.snapshot())
                                                                          : p.check.reason;
        state.applyPredicted(op, p.check);
        out << p;
    }
    return out;
}

void Provisioner::run(const QVector<Operation> &operations)
{
    Job job;
    job.operations = operations;
    m_queue.enqueue(job);
    // Always answer later, so callers connect first and never see a signal inside run().
    QMetaObject::invokeMethod(this, &Provisioner::startNext, Qt::QueuedConnection);
}

void Provisioner::applyPlan(const Plan &plan)
{
    Job job;
    job.isPlan = true;
    job.plan = plan;
    // A plan rejected as a whole (Plan::error: broken CSV, too large, ...) sends none of its rows.
    for (int i = 0; plan.isValid() && i < plan.rows.size(); ++i) {
        if (plan.rows[i].parsed) {
            job.operations << plan.rows[i].operation;
            job.rowOfOperation << i;
        }
    }
    m_queue.enqueue(job);
    QMetaObject::invokeMethod(this, &Provisioner::startNext, Qt::QueuedConnection);
}

void Provisioner::cancel()
{
    if (m_running) {
        m_cancelRequested = true;
        // A write in flight answers at once with maybeApplied and is read back (kCancelReadBackMs).
        m_client->abortWrites();
    }
    // Queued jobs never started: they end as cancelled right away.
    while (!m_queue.isEmpty()) {
        const Job job = m_queue.dequeue();
        QVector<OperationResult> results;
        for (int i = 0; i < job.operations.size(); ++i) {
            OperationResult r;
            r.index = i;
            r.operation = job.operations[i];
            r.outcome = Outcome::Cancelled;
            r.message = tr("Not started: cancelled.");
            results << r;
        }
        emit finished(results, true);
        if (job.isPlan) {
            Plan plan = job.plan;
            for (int k = 0; k < results.size(); ++k) {
                plan.rows[job.rowOfOperation[k]].applied = true;
                plan.rows[job.rowOfOperation[k]].result = results[k];
            }
            emit planFinished(plan, true);
        }
    }
}

void Provisioner::startNext()
{
    if (m_running || m_queue.isEmpty())
        return;
    m_job = m_queue.dequeue();
    m_running = true;
    m_cancelRequested = false;
    m_next = 0;
    m_done = 0;
    m_results = QVector<OperationResult>(m_job.operations.size());
    m_missingScopes.clear();
    m_fatal = Error();
    m_attempts.clear();
    m_sends.clear();
    QString error;
    if (!refreshState(&error))
        qCInfo(lcProvision) << "no snapshot to check against:" << error;
    qCInfo(lcProvision) << "provisioning" << m_job.operations.size() << "operation(s), enabled:" << m_enabled;
    emitProgress(QString());
    step();
}

void Provisioner::step()
{
    const QVector<Operation> &ops = m_job.operations;
    while (m_next < ops.size()) {
        const int i = m_next++;
        const Operation &op = ops[i];
        if (m_cancelRequested) {
            OperationResult r;
            r.index = i;
            r.operation = op;
            r.outcome = Outcome::Cancelled;
            r.message = tr("Not started: cancelled.");
            finishItem(r);
            continue;
        }
        const Precheck check = m_state.precheck(op);
        if (!m_enabled) {
            OperationResult r = baseResult(i, check);
            r.outcome = Outcome::Failed;
            r.tag = QStringLiteral("provisioning_disabled");
            r.message = disabledMessage();
            finishItem(r);
            continue;
        }
        if (check.verdict != Precheck::Verdict::WillChange) {
            OperationResult r = baseResult(i, check);
            r.outcome = check.verdict == Precheck::Verdict::AlreadySo ? Outcome::NoChange : Outcome::Invalid;
            r.message = check.verdict == Precheck::Verdict::AlreadySo
                ? tr("No change: %1").arg(check.reason)
                : tr("Not sent: %1").arg(check.reason);
            finishItem(r);
            continue;
        }
        if (notSendable(i, check))
            continue;
        if (op.type == OperationType::CreateAccount) {
            QVector<int> indexes{i};
            QVector<Precheck> checks{check};
            QSet<QString> emails{op.user.value.toLower()};
            while (m_next < ops.size() && indexes.size() < m_options.batchSize && !m_cancelRequested
                   && ops[m_next].type == OperationType::CreateAccount) {
                const Operation &nop = ops[m_next];
                const QString key = nop.user.value.trimmed().toLower();
                if (emails.contains(key))
                    break;                // the same email twice: the second is checked after the first
                const Precheck c = m_state.precheck(nop);
                if (c.verdict != Precheck::Verdict::WillChange) {
                    OperationResult r = baseResult(m_next, c);
                    r.outcome = c.verdict == Precheck::Verdict::AlreadySo ? Outcome::NoChange : Outcome::Invalid;
                    r.message = c.verdict == Precheck::Verdict::AlreadySo ? tr("No change: %1").arg(c.reason)
                                                                          : tr("Not sent: %1").arg(c.reason);
                    ++m_next;
                    finishItem(r);
                    continue;
                }
                const int idx = m_next++;
                if (notSendable(idx, c))
                    continue;
                indexes << idx;
                checks << c;
                emails << key;
            }
            runCreateBatch(indexes, checks);
            return;
        }
        emitProgress(op.describe(&m_state.snapshot()));
        runOne(i, check, [this] { step(); });
        return;
    }
    finishJob();
}

void Provisioner::finishJob()
{
    const bool cancelled = m_cancelRequested;
    m_running = false;
    m_cancelRequested = false;
    const QVector<OperationResult> results = m_results;
    qCInfo(lcProvision) << "provisioning finished:" << results.size() << "item(s), cancelled:" << cancelled;
    emit finished(results, cancelled);
    if (m_job.isPlan) {
        Plan plan = m_job.plan;
        for (int k = 0; k < results.size(); ++k) {
            PlanRow &row = plan.rows[m_job.rowOfOperation[k]];
            row.applied = true;
            row.result = results[k];
        }
        for (PlanRow &row : plan.rows) {
            if (row.parsed)
                continue;
            row.applied = true;
            row.result = OperationResult();
            row.result.outcome = Outcome::Invalid;
            row.result.message = tr("Not sent: %1").arg(row.parseError);
        }
        emit planFinished(plan, cancelled);
    }
    m_job = Job();
    if (!m_queue.isEmpty())
        QMetaObject::invokeMethod(this, &Provisioner::startNext, Qt::QueuedConnection);
}

bool Provisioner::notSendable(int index, const Precheck &check)
{
    const Operation &op = m_job.operations[index];
    OperationResult r = baseResult(index, check);
    r.outcome = Outcome::Failed;
    if (m_fatal.isError()) {
        r.error = m_fatal;
        r.tag = m_fatal.tag;
        r.message = tr("Not sent: %1").arg(explainError(m_fatal));
        finishItem(r);
        return true;
    }
    const QString scope = requiredScope(op.type);
    // Only a token whose scopes are known (and use the current names) can be checked up front.
    const QStringList granted = m_grantedScopes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool knownScopes = !granted.isEmpty() && !granted.contains(QStringLiteral("team_data.member"));
    if (m_missingScopes.contains(scope) || (knownScopes && !granted.contains(scope))) {
        Error e;
        e.kind = Error::Kind::Unauthorized;
        e.tag = QStringLiteral("missing_scope");
        e.requiredScope = scope;
        r.error = e;
        r.tag = e.tag;
        r.message = tr("Not sent: %1.").arg(explainError(e));
        finishItem(r);
        return true;
    }
    return false;
}

OperationResult Provisioner::baseResult(int index, const Precheck &check) const
{
    OperationResult r;
    r.index = index;
    r.operation = m_job.operations.value(index);
    r.teamMemberId = check.teamMemberId;
    r.groupId = check.groupId;
    r.roleId = check.roleId;
    return r;
}

QString Provisioner::who(const Operation &op, const Precheck &check) const
{
    if (!check.teamMemberId.isEmpty()) {
        if (const Account *a = m_state.findUser(UserSelector::byId(check.teamMemberId)))
            return a->email.isEmpty() ? a->teamMemberId : a->email;
    }
    return op.user.value;
}

QString Provisioner::groupLabel(const QString &groupId) const
{
    const Group *g = m_state.findGroup(groupId);
    return QStringLiteral("\"%1\"").arg(g && !g->name.isEmpty() ? g->name : groupId);
}

QString Provisioner::roleLabel(const QString &roleId) const
{
    const Role *r = m_state.findRole(roleId);
    return QStringLiteral("\"%1\"").arg(r && !r->name.isEmpty() ? r->name : roleId);
}

void Provisioner::emitProgress(const QString &text)
{
    ProvisionProgress p;
    p.done = m_done;
    p.total = m_job.operations.size();
    p.index = m_next - 1;
    p.text = text;
    emit progressChanged(p);
}

void Provisioner::call(int index, const Precheck &check, const QString &route, const QJsonObject &arg,
                       const QString &okText, std::function<void(const Expected<QJsonValue> &)> onSuccess, Done done)
{
    if (!beginAttempt(index, check)) {
        done();
        return;
    }
    ++m_sends[index];
    QPointer<Provisioner> self(this);
    m_client->write(route, arg, [self, this, index, check, route, arg, okText, onSuccess, done](const Expected<QJsonValue> &r) {
        if (!self)
            return;
        if (r.ok()) {
            onSuccess(r);
            return;
        }
        if (r.error().maybeApplied) {
            settleAmbiguous(index, check, r.error(), okText, [this, index, check, route, arg, okText, onSuccess, done] {
                call(index, check, route, arg, okText, onSuccess, done);
            }, done);
            return;
        }
        failCall(baseResult(index, check), r.error());
        done();
    });
}

void Provisioner::settleAmbiguous(int index, const Precheck &check, const Error &error, const QString &okText,
                                  std::function<void()> resend, Done done)
{
    const Operation op = m_job.operations[index];
    const QString what = op.describe(&m_state.snapshot());
    qCWarning(lcProvision).noquote() << "reply lost:" << error.brief() << "- reading back" << auditAction(op.type);
    emitProgress(tr("The reply was lost; reading back from Dropbox whether this was done: %1").arg(what));
    QPointer<Provisioner> self(this);
    readBack(m_client, op, check, m_cancelRequested ? kCancelReadBackMs : kReadBackMs,
             [self, this, index, check, error, okText, resend, done, what](const ReadBackResult &rb) {
        if (!self)
            return;
        OperationResult res = baseResult(index, check);
        res.error = error;
        switch (rb.verdict) {
        case ReadBackResult::Verdict::Applied:
            res.error = Error();
            takeReadBack(&res, rb, check.roleId);
            succeed(res, tr("%1 (Confirmed by reading it back after the reply was lost: %2.)").arg(okText, rb.evidence),
                    rb.requestId);
            done();
            return;
        case ReadBackResult::Verdict::NotApplied:
            if (!m_cancelRequested && resend && m_sends.value(index) < kMaxSends) {
                qCInfo(lcProvision).noquote() << "not applied (" << rb.evidence << "); sending it again";
                resend();
                return;
            }
            res.outcome = m_cancelRequested ? Outcome::Cancelled : Outcome::Failed;
            res.tag = QStringLiteral("not_applied");
            res.requestId = rb.requestId;
            res.message = m_cancelRequested
                ? tr("Cancelled before Dropbox made the change (read back: %1): %2").arg(rb.evidence, what)
                : tr("Not done: the reply was lost (%1) and reading it back shows Dropbox did not make the change "
                     "(%2). Try again.").arg(explainError(error), rb.evidence);
            finishItem(res);
            done();
            return;
        case ReadBackResult::Verdict::Unknown:
            res.outcome = Outcome::Unknown;
            res.tag = QStringLiteral("unknown_outcome");
            res.requestId = error.requestId;
            res.message = tr("Unknown: the reply was lost (%1) and reading it back failed too (%2). Dropbox may or may "
                             "not have made the change; sync to confirm: %3")
                              .arg(error.brief(), rb.error.brief(), what);
            finishItem(res);
            done();
            return;
        }
    });
}

bool Provisioner::beginAttempt(int index, const Precheck &check)
{
    if (!m_store || m_attempts.contains(index))
        return true;
    OperationResult r = baseResult(index, check);
    AuditEntry e = auditEntry(r);
    e.outcome = QStringLiteral("attempted");
    e.message = tr("Sent to Dropbox; waiting for the answer.");
    const Expected<qint64> appended = m_store->appendAudit(e);
    const qint64 id = appended.value_or(0);
    const QString error = appended.error().message();
    if (id <= 0) {
        // Nothing leaves unrecorded: a change the audit log cannot hold is not sent.
        qCWarning(lcProvision) << "cannot write the attempt to the audit log:" << error;
        r.outcome = Outcome::Failed;
        r.tag = QStringLiteral("audit_unavailable");
        r.message = tr("Not sent: the audit log could not record the change first (%1).").arg(error);
        finishItem(r);
        return false;
    }
    m_attempts.insert(index, id);
    return true;
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
    const Operation op = m_job.operations[index];
    const QJsonObject user = UserSelector::byId(check.teamMemberId).toJson();
    const QString name = who(op, check);
    OperationResult base = baseResult(index, check);

    switch (op.type) {
    case OperationType::CreateAccount:
        break;                            // batched: runCreateBatch
    case OperationType::RemoveAccount: {
        QJsonObject arg{{QStringLiteral("user"), user},
                        {QStringLiteral("wipe_data"), op.wipeData},
                        {QStringLiteral("keep_account"), op.keepAccount},
                        {QStringLiteral("retain_team_shares"), op.retainTeamShares}};
        if (!check.transferDestId.isEmpty())
            arg.insert(QStringLiteral("transfer_dest_id"), UserSelector::byId(check.transferDestId).toJson());
        if (!check.transferAdminId.isEmpty())
            arg.insert(QStringLiteral("transfer_admin_id"), UserSelector::byId(check.transferAdminId).toJson());
        const QString okText = op.keepAccount
            ? tr("Removed %1 from the team; their account is now a Basic account.").arg(name)
            : !check.transferDestId.isEmpty()
                ? tr("Removed %1 from the team; their files were transferred.").arg(name)
                : tr("Removed %1 from the team.").arg(name);
        call(index, check, QStringLiteral("team/members/remove"), arg, okText,
             [this, index, check, base, okText, name, done](const Expected<QJsonValue> &r) {
                 const QJsonObject o = r.value().toObject();
                 const QString tag = tagOf(o);
                 if (tag == QLatin1String("async_job_id")) {
                     const QString jobId = o.value(QStringLiteral("async_job_id")).toString();
                     emitProgress(tr("Waiting for Dropbox to remove %1").arg(name));
                     pollJob(QStringLiteral("team/members/remove/job_status/get"), jobId, 0,
                             [this, index, check, base, okText, name, done](const Expected<QJsonValue> &pr, bool stillRunning) {
                                 if (stillRunning) {
                                     // Dropbox accepted the removal and is still at it: not a failure.
                                     OperationResult f = base;
                                     f.outcome = Outcome::Unknown;
                                     f.tag = QStringLiteral("job_timeout");
                                     f.requestId = pr.requestId;
                                     f.message = tr("Unknown: Dropbox accepted the removal of %1 and was still working on it after %2 s; "
                                                    "sync later to confirm.")
                                                     .arg(name).arg(m_options.maxJobWaitMs / 1000);
                                     finishItem(f);
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
                             });
                     return;
                 }
                 if (tag == QLatin1String("complete"))
                     succeed(base, okText, r.requestId);
                 else
                     failCall(base, Error::malformed(QStringLiteral("team/members/remove"),
                                                        tr("unexpected result tag \"%1\"").arg(tag)));
                 done();
             }, done);
        return;
    }
    case OperationType::Suspend:
    case OperationType::Unsuspend: {
        const bool suspend = op.type == OperationType::Suspend;
        QJsonObject arg{{QStringLiteral("user"), user}};
        if (suspend)
            arg.insert(QStringLiteral("wipe_data"), op.wipeData);
        const QString okText = suspend ? (op.wipeData ? tr("Suspended %1 and asked their devices to wipe Dropbox data.").arg(name)
                                                      : tr("Suspended %1.").arg(name))
                                       : tr("Unsuspended %1.").arg(name);
        call(index, check, suspend ? QStringLiteral("team/members/suspend") : QStringLiteral("team/members/unsuspend"),
             arg, okText, [this, base, okText, done](const Expected<QJsonValue> &r) {
                 succeed(base, okText, r.requestId);
                 done();
             }, done);
        return;
    }
    case OperationType::SetRole:
    case OperationType::ClearRole: {
        const bool clear = op.type == OperationType::ClearRole;
        QJsonArray roles;
        if (!clear)
            roles << check.roleId;
        const QJsonObject arg{{QStringLiteral("user"), user}, {QStringLiteral("new_roles"), roles}};
        // The sentence for the role now held (the reply's, or the one asked for).
        const auto roleText = [this, clear, name, previous = check.previousRoleId](const QString &roleId) {
            if (clear)
                return tr("%1 is now a member only (was %2).").arg(name, roleLabel(previous));
            if (previous.isEmpty())
                return tr("%1 now holds the role %2.").arg(name, roleLabel(roleId));
            return tr("%1 now holds the role %2, replacing %3.").arg(name, roleLabel(roleId), roleLabel(previous));
        };
        call(index, check, QStringLiteral("team/members/set_admin_permissions_v2"), arg, roleText(check.roleId),
             [this, base, check, clear, roleText, done](const Expected<QJsonValue> &r) {
                 OperationResult res = base;
                 const QJsonArray now = r.value().toObject().value(QStringLiteral("roles")).toArray();
                 res.roleId = now.isEmpty() ? QString()
                                            : now.first().toObject().value(QStringLiteral("role_id")).toString();
                 if (!clear && res.roleId.isEmpty())
                     res.roleId = check.roleId;   // roles is optional in the result
                 succeed(res, roleText(res.roleId), r.requestId);
                 done();
             }, done);
        return;
    }
    case OperationType::AddToGroup:
    case OperationType::RemoveFromGroup: {
        const bool add = op.type == OperationType::AddToGroup;
        QJsonObject arg{{QStringLiteral("group"), groupSelector(check.groupId)},
                        {QStringLiteral("return_members"), false}};
        if (add)
            arg.insert(QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("user"), user},
                                                                         {QStringLiteral("access_type"), accessTypeJson(op.accessType)}}});
        else
            arg.insert(QStringLiteral("users"), QJsonArray{user});
        const QString okText = add
            ? tr("Added %1 to %2 as %3.").arg(name, groupLabel(check.groupId),
                                               op.accessType == AccessType::Owner ? tr("an owner") : tr("a member"))
            : tr("Removed %1 from %2.").arg(name, groupLabel(check.groupId));
        const QString route = add ? QStringLiteral("team/groups/members/add") : QStringLiteral("team/groups/members/remove");
        call(index, check, route, arg, okText, [this, base, okText, done](const Expected<QJsonValue> &r) {
            // The membership changes at once; a job id (deprecated, usually " ") only tracks the
            // granting of the group's folders, which is polled so the report is complete.
            const QString jobId = r.value().toObject().value(QStringLiteral("async_job_id")).toString().trimmed();
            if (jobId.isEmpty()) {
                succeed(base, okText, r.requestId);
                done();
                return;
            }
            pollJob(QStringLiteral("team/groups/job_status/get"), jobId, 0,
                    [this, base, okText, requestId = r.requestId, done](const Expected<QJsonValue> &pr, bool stillRunning) {
                        QString text = okText;
                        if (stillRunning || pr.error().kind == Error::Kind::Cancelled)
                            text += QLatin1Char(' ') + tr("Dropbox is still updating access to the group's folders.");
                        else if (!pr.ok())
                            text += QLatin1Char(' ') + tr("Checking the update of the group's folder access failed: %1.")
                                                           .arg(explainError(pr.error()));
                        succeed(base, text, requestId);
                        done();
                    });
        }, done);
        return;
    }
    case OperationType::SetAccessType: {
        const QJsonObject arg{{QStringLiteral("group"), groupSelector(check.groupId)},
                              {QStringLiteral("user"), user},
                              {QStringLiteral("access_type"), accessTypeJson(op.accessType)},
                              {QStringLiteral("return_members"), false}};
        const QString okText = tr("%1 is now %2 of %3.").arg(name, op.accessType == AccessType::Owner ? tr("an owner") : tr("a member"),
                                                             groupLabel(check.groupId));
        call(index, check, QStringLiteral("team/groups/members/set_access_type"), arg, okText,
             [this, base, okText, done](const Expected<QJsonValue> &r) {
                 succeed(base, okText, r.requestId);
                 done();
             }, done);
        return;
    }
    }
    done();
}

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
    emitProgress(indexes.size() == 1 ? m_job.operations[indexes.first()].describe(&m_state.snapshot())
                                     : tr("Creating %1 accounts").arg(indexes.size()));
    QVector<int> sendIndexes;
    QVector<Precheck> sendChecks;
    QJsonArray sendMembers;
    for (int k = 0; k < indexes.size(); ++k) {
        if (!beginAttempt(indexes[k], checks[k]))
            continue;                     // reported failed: not recorded, so not sent
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

void Provisioner::pollCreateJob(const QVector<int> &indexes, const QVector<Precheck> &checks,
                                const QString &jobId, int waitedMs, Done after)
{
    emitProgress(tr("Waiting for Dropbox to create %n account(s)", nullptr, int(indexes.size())));
    pollJob(QStringLiteral("team/members/add/job_status/get_v2"), jobId, waitedMs,
            [this, indexes, checks, after](const Expected<QJsonValue> &r, bool stillRunning) {
                if (stillRunning) {
                    // Dropbox accepted the job and is still at it: not a failure, not yet done.
                    for (int k = 0; k < indexes.size(); ++k) {
                        OperationResult f = baseResult(indexes[k], checks[k]);
                        f.outcome = Outcome::Unknown;
                        f.tag = QStringLiteral("job_timeout");
                        f.requestId = r.requestId;
                        f.message = tr("Unknown: Dropbox accepted the account for %1 and was still creating it after %2 s; "
                                       "sync later to confirm.")
                                        .arg(f.operation.user.value).arg(m_options.maxJobWaitMs / 1000);
                        finishItem(f);
                    }
                    after();
                    return;
                }
                if (!r.ok() && r.error().kind != Error::Kind::Endpoint) {
                    Error e = r.error();
                    e.maybeApplied = true;        // the job was accepted; its status could not be read
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
            settleAmbiguous(index, check, error, okText, [this, index, check, next] {
                runCreateBatch({index}, {check}, next);
            }, next);
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
            f.outcome = Outcome::Failed;
            f.tag = e.tag;
            f.error = e;
            f.requestId = r.requestId;
            f.message = e.userMessage.isEmpty()
                ? tr("Could not create an account for %1: Dropbox's job failed without saying why.").arg(f.operation.user.value)
                : tr("Could not create an account for %1: Dropbox's job failed (%2).").arg(f.operation.user.value, e.userMessage);
            finishItem(f);
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
            Error e = Error::malformed(QStringLiteral("team/members/add_v2"),
                                             tr("no result for the member %1").arg(k + 1));
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
                res.account.roleId = checks[k].roleId;   // roles is optional in TeamMemberInfoV2
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
                     "refuses to add them again until then [%2].").arg(email, itemTag)
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

void Provisioner::succeed(OperationResult result, const QString &message, const QString &requestId)
{
    result.outcome = Outcome::Success;
    result.message = message;
    result.requestId = requestId;
    QString error;
    if (!patchSnapshot(result, &error)) {
        qCWarning(lcProvision) << "cannot patch the snapshot:" << error;
        result.message += QLatin1Char(' ') + tr("(The snapshot could not be updated: %1. Sync to refresh it.)").arg(error);
    }
    finishItem(result);
}

bool Provisioner::patchSnapshot(const OperationResult &result, QString *error)
{
    const TeamState::Patch patch = m_state.apply(result);
    const qint64 runId = m_state.runId();
    if (!m_store || runId <= 0 || patch.isEmpty())
        return true;
    const auto done = [error](const Expected<void> &step) {
        if (!step && error)
            *error = step.error().message();
        return step.has_value();
    };
    bool ok = true;
    // Memberships first (the store keeps counts and group lists in step), then the account
    // rows, whose group list is the final word.
    for (const Membership &m : patch.removedMemberships)
        ok = ok && done(m_store->deleteMembership(runId, m.groupId, m.teamMemberId));
    for (const Membership &m : patch.memberships)
        ok = ok && done(m_store->upsertMembership(runId, m));
    for (const Account &a : patch.accounts)
        ok = ok && done(m_store->upsertAccount(runId, a));
    return ok;
}

void Provisioner::failCall(OperationResult result, const Error &apiError)
{
    const Operation &op = result.operation;
    Error error = apiError;
    if (error.kind == Error::Kind::Unauthorized && error.tag == QLatin1String("missing_scope")
        && error.requiredScope.isEmpty())
        error.requiredScope = requiredScope(op.type);   // Dropbox normally says; the route's scope otherwise
    result.error = error;
    result.tag = error.tag;
    result.requestId = error.requestId;
    Precheck resolved;
    resolved.teamMemberId = result.teamMemberId;
    const QString name = who(op, resolved);
    if (error.kind == Error::Kind::Endpoint && tagMeansNoChange(op.type, error.tag)) {
        result.outcome = Outcome::NoChange;
        result.message = tr("No change: %1 — %2.").arg(name, explainTag(error.tag));
        finishItem(result);
        return;
    }
    if (error.kind == Error::Kind::Unauthorized && error.tag == QLatin1String("missing_scope"))
        m_missingScopes.insert(error.requiredScope.isEmpty() ? requiredScope(op.type) : error.requiredScope);
    else if (error.needsReauthorization())
        m_fatal = error;

    QString phrase;
    switch (op.type) {
    case OperationType::CreateAccount: phrase = tr("create an account for %1").arg(name); break;
    case OperationType::RemoveAccount: phrase = tr("remove %1 from the team").arg(name); break;
    case OperationType::Suspend: phrase = tr("suspend %1").arg(name); break;
    case OperationType::Unsuspend: phrase = tr("unsuspend %1").arg(name); break;
    case OperationType::SetRole: phrase = tr("give %1 the role %2").arg(name, roleLabel(result.roleId)); break;
    case OperationType::ClearRole: phrase = tr("take the admin role from %1").arg(name); break;
    case OperationType::AddToGroup: phrase = tr("add %1 to %2").arg(name, groupLabel(result.groupId)); break;
    case OperationType::RemoveFromGroup: phrase = tr("remove %1 from %2").arg(name, groupLabel(result.groupId)); break;
    case OperationType::SetAccessType:
        phrase = tr("make %1 %2 of %3").arg(name, op.accessType == AccessType::Owner ? tr("an owner") : tr("a member"),
                                            groupLabel(result.groupId));
        break;
    }
    result.outcome = Outcome::Failed;
    QString why = explainError(error);
    if (why.endsWith(QLatin1Char('.')))
        why.chop(1);
    result.message = error.kind == Error::Kind::Endpoint
        ? tr("Could not %1: %2 [%3].").arg(phrase, why, error.tag)
        : tr("Could not %1: %2.").arg(phrase, why);
    finishItem(result);
}

void Provisioner::finishItem(OperationResult result)
{
    if (result.index >= 0 && result.index < m_results.size())
        m_results[result.index] = result;
    ++m_done;
    if (result.outcome != Outcome::Cancelled || m_attempts.contains(result.index))
        audit(result);
    qCDebug(lcProvision) << toWire(result.outcome) << auditAction(result.operation.type) << result.message;
    emit operationFinished(result);
    emitProgress(result.message);
}

AuditEntry Provisioner::auditEntry(const OperationResult &r) const
{
    const Operation &op = r.operation;
    AuditEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.admin = !m_admin.isEmpty() ? m_admin : m_state.snapshot().admin.email;
    if (e.admin.isEmpty())
        e.admin = tr("unknown admin");
    e.connection = m_connection;
    e.action = auditAction(op.type);
    const Account *a = r.teamMemberId.isEmpty() ? nullptr : m_state.findUser(UserSelector::byId(r.teamMemberId));
    e.target = a && !a->email.isEmpty() ? a->email : op.user.value;
    switch (op.type) {
    case OperationType::AddToGroup:
    case OperationType::RemoveFromGroup:
    case OperationType::SetAccessType:
        e.object = r.groupId.isEmpty() ? op.group : r.groupId;
        break;
    case OperationType::SetRole:
    case OperationType::CreateAccount:
        e.object = r.roleId.isEmpty() ? op.role : r.roleId;
        break;
    case OperationType::ClearRole:
    case OperationType::RemoveAccount:
    case OperationType::Suspend:
    case OperationType::Unsuspend:
        break;
    }
    QJsonObject details = op.details();
    details.insert(QStringLiteral("user"), op.user.value);
    if (!r.teamMemberId.isEmpty())
        details.insert(QStringLiteral("team_member_id"), r.teamMemberId);
    if (!r.tag.isEmpty())
        details.insert(QStringLiteral("tag"), r.tag);
    // Who wrote the row: an attempt is reconciled by another process only once this one is gone.
    details.insert(QStringLiteral("pid"), qint64(QCoreApplication::applicationPid()));
    details.insert(QStringLiteral("instance"), processInstance());
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    e.outcome = toWire(r.outcome);
    e.message = r.message;
    e.requestId = r.requestId;
    return e;
}

void Provisioner::audit(const OperationResult &r)
{
    if (!m_store)
        return;
    const AuditEntry e = auditEntry(r);
    const qint64 attempt = m_attempts.take(r.index);
    if (attempt > 0) {
        const Expected<void> completed = m_store->completeAudit(attempt, e.outcome, e.message, e.requestId, e.details);
        if (completed)
            return;
        qCWarning(lcProvision) << "cannot complete the attempt's audit row; appending the outcome:"
                               << completed.error().message();
    }
    if (const Expected<qint64> appended = m_store->appendAudit(e); !appended)
        qCWarning(lcProvision) << "cannot append to the audit log:" << appended.error().message();
}

void Provisioner::reconcileInterrupted()
{
    QVector<AuditEntry> open;
    if (m_store && !m_reconciling) {
        AuditFilter filter;
        filter.outcome = QStringLiteral("attempted");
        filter.limit = 1000;
        for (const AuditEntry &e : m_store->audit(filter)) {
            if (writerAlive(QJsonDocument::fromJson(e.details.toUtf8()).object()))
                continue;
            open << e;
        }
    }
    if (open.isEmpty()) {
        // Always answered later, like run(): callers connect first.
        QMetaObject::invokeMethod(this, [this] { emit reconciled({}); }, Qt::QueuedConnection);
        return;
    }
    m_reconciling = true;
    refreshState();
    qCInfo(lcProvision) << "reconciling" << open.size() << "interrupted change(s) from an earlier run";
    std::reverse(open.begin(), open.end());   // oldest first
    reconcileNext(std::make_shared<QVector<AuditEntry>>(open), std::make_shared<QVector<OperationResult>>());
}

void Provisioner::reconcileNext(std::shared_ptr<QVector<AuditEntry>> rows, std::shared_ptr<QVector<OperationResult>> results)
{
    if (rows->isEmpty()) {
        m_reconciling = false;
        emit reconciled(*results);
        return;
    }
    const AuditEntry row = rows->takeFirst();
    const QJsonObject details = QJsonDocument::fromJson(row.details.toUtf8()).object();
    OperationResult res;
    res.index = -1;
    const auto complete = [this, row, rows, results](OperationResult r) {
        const Expected<void> done = m_store->completeAudit(row.id, toWire(r.outcome), r.message, r.requestId);
        if (!done)
            qCWarning(lcProvision) << "cannot complete interrupted audit row" << row.id << ":"
                                   << done.error().message();
        *results << r;
        reconcileNext(rows, results);
    };
    if (!Operation::fromAudit(row.action, details, &res.operation)) {
        res.outcome = Outcome::Unknown;
        res.message = tr("Unknown: an earlier run stopped before Dropbox answered, and the change (%1) cannot be read "
                         "back; sync to confirm.").arg(row.action);
        complete(res);
        return;
    }
    const Operation &op = res.operation;
    Precheck check;
    check.teamMemberId = details.value(QLatin1String("team_member_id")).toString();
    if (check.teamMemberId.isEmpty() && op.type != OperationType::CreateAccount) {
        if (const Account *a = m_state.findUser(op.user))
            check.teamMemberId = a->teamMemberId;
    }
    if (op.type == OperationType::AddToGroup || op.type == OperationType::RemoveFromGroup
        || op.type == OperationType::SetAccessType)
        check.groupId = row.object;
    if (op.type == OperationType::SetRole)
        check.roleId = row.object;
    res.teamMemberId = check.teamMemberId;
    res.groupId = check.groupId;
    res.roleId = check.roleId;
    const QString when = row.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QPointer<Provisioner> self(this);
    readBack(m_client, op, check, kReadBackMs, [self, this, res, when, complete](const ReadBackResult &rb) mutable {
        if (!self)
            return;
        res.requestId = rb.requestId;
        switch (rb.verdict) {
        case ReadBackResult::Verdict::Applied:
            res.outcome = Outcome::Success;
            takeReadBack(&res, rb, res.roleId);
            res.message = tr("Done: a run stopped at %1 before Dropbox's answer arrived; reading it back shows the change "
                             "was made (%2).").arg(when, rb.evidence);
            if (QString error; !patchSnapshot(res, &error))
                qCWarning(lcProvision) << "cannot patch the snapshot:" << error;
            break;
        case ReadBackResult::Verdict::NotApplied:
            res.outcome = Outcome::Failed;
            res.tag = QStringLiteral("not_applied");
            res.message = tr("Not done: a run stopped at %1 before Dropbox's answer arrived; reading it back shows the "
                             "change was not made (%2). Run it again if it is still wanted.").arg(when, rb.evidence);
            break;
        case ReadBackResult::Verdict::Unknown:
            res.outcome = Outcome::Unknown;
            res.tag = QStringLiteral("unknown_outcome");
            res.message = tr("Unknown: a run stopped at %1 before Dropbox's answer arrived, and reading it back failed "
                             "(%2); sync to confirm.").arg(when, rb.error.brief());
            break;
        }
        complete(res);
    });
}

} // namespace dbx
