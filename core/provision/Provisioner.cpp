#include "provision/Provisioner.h"

#include "provision/ErrorText.h"
#include "provision/ProvisionerParts.h"
#include "store/SnapshotStore.h"

#include <QElapsedTimer>
#include <QMetaObject>

Q_LOGGING_CATEGORY(lcProvision, "dbx.provision")

namespace dbx {

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
    qRegisterMetaType<SnapshotChange>();
}

Provisioner::~Provisioner() = default;

QString Provisioner::disabledMessage()
{
    return tr("Provisioning is off for this connection, so nothing was sent to Dropbox. Allow changes with "
              "--provisioning or BATON_PROVISIONING=true (in the app: the connection's provisioning setting).");
}

Expected<void> Provisioner::refreshState()
{
    const qint64 latest = m_store ? m_store->latestCompleteRun() : 0;
    if (latest <= 0) {
        m_state = TeamState();
        m_stateLoadedFromRun = 0;
        return unexpected(
            Error::make(Error::Kind::NotFound, tr("There is no snapshot of the team yet; run a sync first.")));
    }
    const qint64 version = m_store->dataVersion();
    if (latest == m_stateLoadedFromRun && version >= 0 && version == m_stateDataVersion)
        return {};
    QElapsedTimer clock;
    clock.start();
    auto snapshot = m_store->load(latest);
    if (!snapshot) {
        const QString why = snapshot.error().message();
        return unexpected(Error::make(Error::Kind::Database, tr("Cannot read the newest snapshot: %1").arg(why), why));
    }
    snapshot->runId = latest;
    m_state = TeamState(*snapshot);
    m_stateLoadedFromRun = latest;
    m_stateDataVersion = version;
    // Said once per load: a write patches the held state, so these lines show how rarely it is read.
    qCInfo(lcProvision) << "loaded run" << latest << "to check changes against:" << m_state.snapshot().accounts.size()
                        << "accounts in" << clock.elapsed() << "ms";
    return {};
}

Expected<void> Provisioner::correctMembership(const QString &groupId, const QString &teamMemberId, bool present,
                                              AccessType access)
{
    return writeChange(m_state.correctMembership(groupId, teamMemberId, present, access));
}

Expected<void> Provisioner::correctAccount(const Account &account)
{
    return writeChange(m_state.correctAccount(account));
}

Precheck Provisioner::precheck(const Operation &op)
{
    if (!m_running)
        (void)refreshState(); // without a snapshot, the check itself says what is missing
    return m_state.precheck(op);
}

Plan Provisioner::preview(const Plan &plan)
{
    if (!m_running)
        (void)refreshState(); // without a snapshot, the check itself says what is missing
    Plan out = plan;
    previewPlan(&out, m_state);
    return out;
}

QVector<OperationPreview> Provisioner::preview(const QVector<Operation> &operations)
{
    if (!m_running)
        (void)refreshState(); // without a snapshot, the check itself says what is missing
    TeamState state = m_state;
    QVector<OperationPreview> out;
    out.reserve(operations.size());
    for (const Operation &op : operations) {
        OperationPreview p;
        p.operation = op;
        p.check = state.precheck(op);
        p.description = state.describe(op);
        p.confirmation = p.check.verdict == Precheck::Verdict::WillChange ? state.confirmationText(op) : p.check.reason;
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
    if (const auto loaded = refreshState(); !loaded)
        qCInfo(lcProvision) << "no snapshot to check against:" << loaded.error().message();
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
            finishItem(provisioning::concluded(baseResult(i, check), Outcome::Failed,
                                               QStringLiteral("provisioning_disabled"), QString(), disabledMessage()));
            continue;
        }
        if (check.verdict != Precheck::Verdict::WillChange) {
            OperationResult r = baseResult(i, check);
            r.outcome = check.verdict == Precheck::Verdict::AlreadySo ? Outcome::NoChange : Outcome::Invalid;
            r.message = check.verdict == Precheck::Verdict::AlreadySo ? tr("No change: %1").arg(check.reason)
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
                    break; // the same email twice: the second is checked after the first
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
        emitProgress(m_state.describe(op));
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

void Provisioner::emitProgress(const QString &text)
{
    ProvisionProgress p;
    p.done = m_done;
    p.total = m_job.operations.size();
    p.index = m_next - 1;
    p.text = text;
    emit progressChanged(p);
}

} // namespace dbx
