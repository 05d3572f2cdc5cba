// Provisioner: the write-ahead audit (an "attempted" row committed before a write leaves,
// completed with its outcome) and the reconcile of rows a killed run left open.

#include "provision/Provisioner.h"
#include "provision/ProvisionerParts.h"
#include "store/SnapshotStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace dbx {

using namespace provisioning;

namespace {
constexpr qint64 kCancelReadBackMs = 5000; // ... while the admin waits for a cancel
constexpr int kMaxSends = 2;               // a write read back as "not applied" is sent once more

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
        return true; // ours: a write in progress on some thread of this process
    const qint64 pid = details.value(QLatin1String("pid")).toVariant().toLongLong();
    if (pid <= 0 || pid == qint64(::getpid()))
        return false; // same pid, other instance: the writer died, its pid was reused
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

// What a read-back that found the change made tells about the result: the new member (roles is
} // namespace

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
        finishItem(concluded(r, Outcome::Failed, QStringLiteral("audit_unavailable"), QString(),
                             tr("Not sent: the audit log could not record the change first (%1).").arg(error)));
        return false;
    }
    m_attempts.insert(index, id);
    return true;
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
    case OperationType::SetAccessType: e.object = r.groupId.isEmpty() ? op.group : r.groupId; break;
    case OperationType::SetRole:
    case OperationType::CreateAccount: e.object = r.roleId.isEmpty() ? op.role : r.roleId; break;
    case OperationType::CreateGroup:
    case OperationType::RenameGroup:
    case OperationType::SetGroup:
    case OperationType::DeleteGroup:
        // No member: the group is the target (its name as the admin knows it), its id the object.
        if (const Group *g = m_state.findGroup(r.groupId.isEmpty() ? op.group : r.groupId))
            e.target = g->name;
        else
            e.target = op.group;
        e.object = r.groupId;
        break;
    case OperationType::ClearRole:
    case OperationType::RemoveAccount:
    case OperationType::Suspend:
    case OperationType::Unsuspend:
    case OperationType::RecoverAccount:
    case OperationType::ResendInvite:
    case OperationType::SetProfile: break;
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
        QMetaObject::invokeMethod(
            this, [this] { emit reconciled({}); }, Qt::QueuedConnection);
        return;
    }
    m_reconciling = true;
    (void)refreshState(); // without a snapshot, members are read back by email
    qCInfo(lcProvision) << "reconciling" << open.size() << "interrupted change(s) from an earlier run";
    std::reverse(open.begin(), open.end()); // oldest first
    reconcileNext(std::make_shared<QVector<AuditEntry>>(open), std::make_shared<QVector<OperationResult>>());
}

void Provisioner::reconcileNext(std::shared_ptr<QVector<AuditEntry>> rows,
                                std::shared_ptr<QVector<OperationResult>> results)
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
                         "back; sync to confirm.")
                          .arg(row.action);
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
        || op.type == OperationType::SetAccessType || isGroupLifecycle(op.type))
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
            res.message
                = tr("Done: a run stopped at %1 before Dropbox's answer arrived; reading it back shows the change "
                     "was made (%2).")
                      .arg(when, rb.evidence);
            if (const auto patched = patchSnapshot(res); !patched)
                qCWarning(lcProvision) << "cannot patch the snapshot:" << patched.error().message();
            break;
        case ReadBackResult::Verdict::NotApplied:
            res = concluded(res, Outcome::Failed, QStringLiteral("not_applied"), rb.requestId,
                            tr("Not done: a run stopped at %1 before Dropbox's answer arrived; reading it back shows "
                               "the change was not made (%2). Run it again if it is still wanted.")
                                .arg(when, rb.evidence));
            break;
        case ReadBackResult::Verdict::Unknown:
            res = concluded(res, Outcome::Unknown, QStringLiteral("unknown_outcome"), rb.requestId,
                            tr("Unknown: a run stopped at %1 before Dropbox's answer arrived, and reading it back "
                               "failed (%2); sync to confirm.")
                                .arg(when, rb.error.brief()));
            break;
        }
        complete(res);
    });
}

} // namespace dbx
