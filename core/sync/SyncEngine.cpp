#include "sync/SyncEngine.h"

#include "store/SnapshotStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcSync, "dbx.sync")

namespace dbx {

namespace {
QString tr(const char *s, const char *c = nullptr, int n = -1)
{
    return QCoreApplication::translate("dbx::SyncEngine", s, c, n);
}

// 429s arriving within this long of a halving are the same burst (requests sent before the
// pool narrowed): they do not halve it again.
constexpr int kDecreaseHoldMs = 1000;
// Listings added a round (a round = as many answers as listings allowed) until the first 429:
// reaches the ceiling in a few rounds. After a 429, one a round (classic additive increase).
constexpr int kWidenPerRoundBeforeThrottle = 4;
// Progress signals at most this often (plus phase changes), so a big sync does not flood the GUI.
constexpr int kProgressIntervalMs = 100;
// Skipped groups named in the summary; more are counted.
constexpr int kSkippedGroupsNamed = 10;

// The store refused the run's rows: said as the sync's failure, with the store's reason.
Error saveFailure(const Error &e)
{
    return Error::make(e.kind, tr("The snapshot could not be saved: %1").arg(e.message()), e.detail);
}

bool isEndpointError(const Error &e, const char *tag)
{
    return e.kind == Error::Kind::Endpoint && e.tag == QLatin1String(tag);
}

QString skippedGroupsText(const QStringList &names)
{
    QStringList quoted;
    for (const QString &n : names.mid(0, kSkippedGroupsNamed))
        quoted << QLatin1Char('"') + n + QLatin1Char('"');
    QString list = quoted.join(QStringLiteral(", "));
    if (names.size() > kSkippedGroupsNamed)
        list = tr("%1 and %2 more").arg(list).arg(names.size() - kSkippedGroupsNamed);
    if (names.size() == 1)
        return tr("Skipped the group %1: it was deleted during the sync.").arg(list);
    return tr("Skipped %1 groups deleted during the sync: %2.").arg(names.size()).arg(list);
}
} // namespace

QString SyncOutcome::summary() const
{
    if (cancelled)
        return tr("Sync cancelled; the previous snapshot is unchanged.");
    if (!ok)
        return tr("Sync failed: %1 The previous snapshot is unchanged.").arg(message);
    QString text = tr("Synced %1 accounts, %2 roles, %3 groups and %4 group memberships in %5 s "
                      "(%6 requests, %7 retries).")
                       .arg(accounts)
                       .arg(roles)
                       .arg(groups)
                       .arg(memberships)
                       .arg(QString::number(elapsedMs / 1000.0, 'f', elapsedMs < 10000 ? 2 : 1))
                       .arg(requests)
                       .arg(retries);
    if (!skippedGroups.isEmpty())
        text += QLatin1Char(' ') + skippedGroupsText(skippedGroups);
    if (!signIns.isEmpty())
        text += QLatin1Char(' ') + signIns;
    return text;
}

SyncEngine::SyncEngine(DropboxClient *client, SnapshotStore *store, const Options &options, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_options(options)
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncOutcome>();
    m_options.maxConcurrency = qMax(1, m_options.maxConcurrency);
    m_options.initialConcurrency = qBound(1, m_options.initialConcurrency, m_options.maxConcurrency);
    m_resumeTimer = new QTimer(this);
    m_resumeTimer->setSingleShot(true);
    m_resumeTimer->setTimerType(Qt::PreciseTimer); // Retry-After is a lower bound
    connect(m_resumeTimer, &QTimer::timeout, this, [this] { pumpGroupMembers(); });
    m_options.pageSize = qBound(1, m_options.pageSize, 1000);
}

SyncEngine::~SyncEngine()
{
    if (m_running)
        cancel();
}

void SyncEngine::start()
{
    if (m_running) {
        qCWarning(lcSync) << "start() while a sync is running: ignored";
        return;
    }
    const Expected<qint64> begun = m_store->beginRun();
    const qint64 runId = begun.value_or(0);
    if (runId <= 0) {
        SyncOutcome o;
        o.message = tr("Could not start a sync run in the snapshot database: %1").arg(begun.error().message());
        emit finished(o);
        return;
    }
    m_writer = std::make_unique<RunWriter>(m_store, [this](const Error &e) { fail(saveFailure(e)); });
    m_running = true;
    m_failed = false;
    m_saving = false;
    m_saveMs = 0;
    m_storeMs = 0;
    m_runId = runId;
    m_snapshot = Snapshot();
    m_rows = RunRows();
    m_kept = Snapshot();
    m_groupNames.clear();
    m_snapshot.startedAt = QDateTime::currentDateTimeUtc();
    m_progress = SyncProgress();
    m_progress.phase = SyncProgress::Phase::Reading;
    m_progress.phaseText = tr("Reading members, roles and groups");
    m_groupQueue.clear();
    m_heldMemberships.clear();
    m_skippedGroups.clear();
    m_skippedNames.clear();
    m_memberCursors.clear();
    m_groupCursors.clear();
    m_groupMemberCursors.clear();
    m_groupListingDone = false;
    m_inFlight = 0;
    m_concurrency = m_options.initialConcurrency;
    m_peakInFlight = 0;
    m_successesSinceWiden = 0;
    m_rateLimitedOnce = false;
    m_decreaseHold = QDeadlineTimer();
    m_pausedUntil = QDeadlineTimer();
    m_resumeTimer->stop();
    m_longestChain = 0;
    m_requestsAtStart = m_client->stats().requests;
    m_retriesAtStart = m_client->stats().retries;
    m_clock.start();
    m_progressClock.start();
    m_rateLimitConnection
        = connect(m_client, &DropboxClient::rateLimited, this,
                  [this](const QString &, int retryAfterSeconds) { onRateLimited(retryAfterSeconds); });
    qCInfo(lcSync) << "sync run" << m_runId << "started";
    emitProgress(true);

    // Five independent reads; the member and group listings are cursor chains. Group member
    // listings start as soon as the first page of groups arrives.
    m_pendingReads = 5;
    readTeam();
    readRoles();
    m_client->listMembers(m_options.pageSize, m_options.includeRemoved,
                          [this](const Expected<MemberPage> &r) { onMembersPage(r); });
    m_client->listGroups(m_options.pageSize, [this](const Expected<GroupPage> &r) { onGroupsPage(r); });
}

void SyncEngine::readTeam()
{
    m_client->teamInfo([this](const Expected<TeamInfo> &r) {
        if (!r.ok())
            return fail(r.error());
        m_snapshot.team = r.value();
        stepDone();
    });
    m_client->authenticatedAdmin([this](const Expected<AdminProfile> &r) {
        if (!r.ok()) {
            // Which admin authorized is shown in the header but is not part of the team's data:
            // an app whose token cannot say (e.g. missing team_info scope on an older app) still
            // syncs. Authorization and transport failures stop the sync as everywhere else.
            if (r.error().kind == Error::Kind::Endpoint || r.error().kind == Error::Kind::Forbidden) {
                qCWarning(lcSync) << "authenticated admin unavailable:" << r.error().brief();
                return stepDone();
            }
            return fail(r.error());
        }
        m_snapshot.admin = r.value();
        stepDone();
    });
}

void SyncEngine::readRoles()
{
    m_client->availableRoles([this](const Expected<QVector<Role>> &r) {
        if (!r.ok())
            return fail(r.error());
        m_rows.roles += r.value();
        m_progress.roles = r.value().size();
        emitProgress();
        if (saveRows())
            stepDone();
    });
}

template <typename Page>
bool SyncEngine::usablePage(const Expected<Page> &r)
{
    if (!r.ok()) {
        fail(r.error());
        return false;
    }
    return !m_failed;
}

void SyncEngine::onMembersPage(const Expected<MemberPage> &r)
{
    if (!usablePage(r))
        return;
    m_rows.accounts += r.value().members;
    m_progress.accounts += r.value().members.size();
    if (!saveRows())
        return;
    m_longestChain = qMax(m_longestChain, int(m_memberCursors.size()) + 1);
    emitProgress();
    if (r.value().hasMore) {
        if (!acceptCursor(&m_memberCursors, QStringLiteral("team/members/list/continue_v2"), r.value().cursor))
            return;
        m_client->listMembersContinue(r.value().cursor, [this](const Expected<MemberPage> &n) { onMembersPage(n); });
        return;
    }
    // Every member is listed: their rows go into the run now, while the groups are still listed,
    // rather than when the whole listing ends.
    if (!saveRows(true))
        return;
    if (const Expected<void> moved = m_writer->finishAccounts(m_runId); !moved)
        return fail(saveFailure(moved.error()));
    stepDone();
}

void SyncEngine::onGroupsPage(const Expected<GroupPage> &r)
{
    if (!usablePage(r))
        return;
    for (const Group &g : r.value().groups) {
        m_rows.groups.push_back(g);
        m_groupNames.insert(g.id, g.name);
        m_groupQueue.enqueue(g.id);
    }
    m_progress.groups += r.value().groups.size();
    if (!saveRows())
        return;
    m_longestChain = qMax(m_longestChain, int(m_groupCursors.size()) + 1);
    if (r.value().hasMore) {
        if (!acceptCursor(&m_groupCursors, QStringLiteral("team/groups/list/continue"), r.value().cursor))
            return;
        m_client->listGroupsContinue(r.value().cursor, [this](const Expected<GroupPage> &n) { onGroupsPage(n); });
    } else {
        m_groupListingDone = true;
        m_progress.groupsListed = true;
        sortGroupQueue();
    }
    pumpGroupMembers();
    if (m_groupListingDone)
        stepDone();
    else
        emitProgress();
}

void SyncEngine::pumpGroupMembers()
{
    if (m_failed || !m_running)
        return;
    if (!m_pausedUntil.hasExpired()) {
        // Dropbox asked to wait (Retry-After): the timer pumps again when the wait is over.
        m_resumeTimer->start(int(qMax<qint64>(1, m_pausedUntil.remainingTime())));
        return;
    }
    while (m_inFlight < m_concurrency && !m_groupQueue.isEmpty()) {
        const QString groupId = m_groupQueue.dequeue();
        ++m_inFlight;
        m_client->listGroupMembers(groupId, m_options.pageSize, [this, groupId](const Expected<GroupMemberPage> &r) {
            onGroupMembersPage(groupId, r, false);
        });
    }
    m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
    m_progress.concurrency = m_concurrency;
}

void SyncEngine::onGroupMembersPage(const QString &groupId, const Expected<GroupMemberPage> &r, bool continued)
{
    if (!r.ok())
        return onGroupMembersFailed(groupId, r.error(), continued);
    if (m_failed)
        return;
    // A group's memberships are saved once it is listed whole (m_heldMemberships): most groups
    // fit one page, and go at once.
    QVector<Membership> *into = &m_rows.memberships;
    if (r.value().hasMore) {
        into = &m_heldMemberships[groupId];
    } else if (const auto held = m_heldMemberships.find(groupId); held != m_heldMemberships.end()) {
        *into += *held;
        m_heldMemberships.erase(held);
    }
    for (const GroupMemberEntry &e : r.value().members)
        into->push_back({groupId, e.teamMemberId, e.accessType});
    m_progress.memberships += r.value().members.size();
    if (!saveRows())
        return;
    widen();

    if (r.value().hasMore) {
        if (!acceptCursor(&m_groupMemberCursors[groupId], QStringLiteral("team/groups/members/list/continue"),
                          r.value().cursor))
            return;
        // The continuation keeps this group's slot: its pages are a chain.
        m_client->listGroupMembersContinue(r.value().cursor, [this, groupId](const Expected<GroupMemberPage> &n) {
            onGroupMembersPage(groupId, n, true);
        });
        emitProgress();
        return;
    }
    groupMembersDone(groupId);
}

void SyncEngine::onGroupMembersFailed(const QString &groupId, const Error &error, bool continued)
{
    if (m_failed || !m_running)
        return;
    if (isEndpointError(error, "group_not_found"))
        return skipGroup(groupId);
    if (continued && isEndpointError(error, "invalid_cursor")) {
        // team.stone gives the continue route no other error, so a group deleted between two of
        // its pages shows as a cursor Dropbox no longer takes. One look at the group tells which:
        // gone, it is skipped; still there, the cursor really failed and so does the sync.
        m_client->listGroupMembers(groupId, 1, [this, groupId, error](const Expected<GroupMemberPage> &probe) {
            if (m_failed || !m_running)
                return;
            if (!probe.ok() && isEndpointError(probe.error(), "group_not_found"))
                return skipGroup(groupId);
            --m_inFlight;
            fail(probe.ok() ? error : probe.error());
        });
        return;
    }
    --m_inFlight;
    fail(error);
}

void SyncEngine::skipGroup(const QString &groupId)
{
    qCWarning(lcSync) << "group" << groupId << "was deleted during the sync: skipped";
    m_skippedGroups.insert(groupId);
    // The pages of its members read before it went were held, never saved: they go here.
    m_heldMemberships.remove(groupId);
    groupMembersDone(groupId);
}

void SyncEngine::groupMembersDone(const QString &groupId)
{
    const auto cursors = m_groupMemberCursors.constFind(groupId);
    if (cursors != m_groupMemberCursors.constEnd())
        m_longestChain = qMax(m_longestChain, int(cursors->size()) + 1);
    m_groupMemberCursors.remove(groupId);
    --m_inFlight;
    ++m_progress.groupsDone;
    emitProgress();
    pumpGroupMembers();
    if (readingDone())
        stepDone();
}

// A skipped group is out of the team: the snapshot says so everywhere (its row and the member
// profiles listed while it still existed; its memberships were never saved, see skipGroup). The
// rows are in the store already; finishRun() drops them. Here: the names, for the outcome.
void SyncEngine::dropSkippedGroups()
{
    m_skippedNames.clear();
    for (const QString &id : std::as_const(m_skippedGroups)) {
        const QString name = m_groupNames.value(id);
        m_skippedNames << (name.isEmpty() ? id : name);
    }
    m_skippedNames.sort();
}

// What SnapshotStore::finishRun() does to the run's rows, done to the kept ones: the groups
// deleted during the sync go, with their memberships and their ids in the accounts' group lists.
void SyncEngine::keepFinishedRows()
{
    m_kept.runId = m_runId;
    if (m_skippedGroups.isEmpty())
        return;
    const auto skipped = [this](const QString &groupId) { return m_skippedGroups.contains(groupId); };
    m_kept.groups.removeIf([&skipped](const Group &g) { return skipped(g.id); });
    m_kept.memberships.removeIf([&skipped](const Membership &m) { return skipped(m.groupId); });
    for (Account &a : m_kept.accounts) {
        if (std::any_of(a.groupIds.cbegin(), a.groupIds.cend(), skipped))
            a.groupIds.removeIf(skipped);
    }
}

Snapshot SyncEngine::takeRows() { return std::exchange(m_kept, Snapshot()); }

bool SyncEngine::saveRows(bool all)
{
    if (m_failed || !m_running)
        return false;
    if (m_rows.size() == 0 || (!all && m_rows.size() < m_options.saveBatchRows))
        return true;
    const Expected<void> saved = m_writer->append(m_runId, m_rows);
    m_progress.savedRows += m_rows.size();
    if (m_keepRows) {
        // The strings are shared with the rows handed to the writer: no copy of their text.
        m_kept.accounts += m_rows.accounts;
        m_kept.roles += m_rows.roles;
        m_kept.groups += m_rows.groups;
        m_kept.memberships += m_rows.memberships;
    }
    m_rows.clear();
    if (!saved) {
        fail(saveFailure(saved.error()));
        return false;
    }
    return true;
}

bool SyncEngine::acceptCursor(QSet<QString> *seen, const QString &route, const QString &cursor)
{
    if (!cursor.isEmpty() && !seen->contains(cursor)) {
        seen->insert(cursor);
        return true;
    }
    fail(Error::malformed(route,
                          tr("Dropbox answered has_more with a cursor it had already given (or none), "
                             "so the listing would never end; the sync stopped after %1 pages.")
                              .arg(seen->size() + 1)));
    return false;
}

void SyncEngine::widen()
{
    if (m_concurrency >= m_options.maxConcurrency)
        return;
    // A round is as many answers as listings allowed: the additive step is per round, as in TCP.
    const int step = m_rateLimitedOnce ? 1 : kWidenPerRoundBeforeThrottle;
    if (++m_successesSinceWiden * step < m_concurrency)
        return;
    m_successesSinceWiden = 0;
    m_concurrency = qMin(m_options.maxConcurrency, m_concurrency + 1);
    qCDebug(lcSync) << "group member concurrency widened to" << m_concurrency;
    pumpGroupMembers();
}

void SyncEngine::onRateLimited(int retryAfterSeconds)
{
    if (!m_running)
        return;
    m_rateLimitedOnce = true;
    m_successesSinceWiden = 0;
    if (m_decreaseHold.hasExpired()) {
        const int narrower = qMax(1, m_concurrency / 2);
        if (narrower != m_concurrency)
            qCInfo(lcSync) << "rate limited: group member concurrency" << m_concurrency << "->" << narrower;
        m_concurrency = narrower;
        m_decreaseHold.setRemainingTime(qMax<qint64>(kDecreaseHoldMs, qint64(retryAfterSeconds) * 1000));
    }
    // The call itself waits Retry-After in the client; new listings wait as long.
    if (retryAfterSeconds > 0) {
        QDeadlineTimer until(qint64(retryAfterSeconds) * 1000);
        if (until.deadline() > m_pausedUntil.deadline() || m_pausedUntil.hasExpired())
            m_pausedUntil = until;
    }
    m_progress.concurrency = m_concurrency;
    emitProgress(true); // the narrower pool is news
}

void SyncEngine::sortGroupQueue()
{
    std::vector<std::pair<QByteArray, QString>> keyed;
    keyed.reserve(size_t(m_groupQueue.size()));
    for (const QString &id : std::as_const(m_groupQueue))
        keyed.emplace_back(id.toUtf8(), id);
    std::sort(keyed.begin(), keyed.end());
    m_groupQueue.clear();
    for (const auto &entry : keyed)
        m_groupQueue.enqueue(entry.second);
}

bool SyncEngine::readingDone() const
{
    return m_pendingReads == 0 && m_groupListingDone && m_groupQueue.isEmpty() && m_inFlight == 0;
}

void SyncEngine::stepDone()
{
    if (m_failed || !m_running)
        return;
    // The five top-level reads each call in once; the group-member pool calls in too, but only
    // when everything else is done already, so the counter never goes below zero.
    if (m_pendingReads > 0)
        --m_pendingReads;
    if (!readingDone())
        return;

    dropSkippedGroups();
    m_progress.phase = SyncProgress::Phase::Saving;
    m_progress.phaseText = tr("Saving snapshot");
    emitProgress(true);

    m_snapshot.finishedAt = QDateTime::currentDateTimeUtc();
    const qint64 requests = m_client->stats().requests - m_requestsAtStart;
    m_saveClock.start();
    if (!saveRows(true))
        return;
    m_saving = true;
    m_writer->finish(
        m_runId, m_snapshot, m_skippedGroups.values(), requests,
        [this](const Expected<RunCounts> &committed, qint64 stagingMs) { onRunFinished(committed, stagingMs); });
}

void SyncEngine::onRunFinished(const Expected<RunCounts> &committed, qint64 stagingMs)
{
    if (m_failed || !m_running)
        return;
    m_storeMs = stagingMs;
    if (committed) {
        m_progress.accounts = committed->accounts;
        m_progress.roles = committed->roles;
        m_progress.groups = committed->groups;
        m_progress.memberships = committed->memberships;
    } else {
        const QString error = committed.error().message();
        m_failed = true;
        m_kept = Snapshot();
        m_store->abandonRun(m_runId, QStringLiteral("failed"), error);
        SyncOutcome o;
        o.runId = m_runId;
        o.message = tr("The snapshot could not be saved: %1").arg(error);
        m_running = false;
        m_saving = false;
        disconnect(m_rateLimitConnection);
        emit finished(o);
        return;
    }
    m_saveMs = m_saveClock.elapsed();
    if (m_keepRows)
        keepFinishedRows();
    m_store->pruneRuns(m_options.keepRuns);
    qCInfo(lcSync) << "sync run" << m_runId << "saved in" << m_saveMs << "ms";
    if (m_options.readSignIns) {
        readSignIns();
        return;
    }
    m_progress.phase = SyncProgress::Phase::Done;
    m_progress.phaseText = tr("Done");
    emitProgress(true);
    finish(true, false, Error());
}

void SyncEngine::readSignIns()
{
    m_progress.phaseText = tr("Reading sign-in activity");
    emitProgress(true);
    if (!m_signIns) {
        m_signIns = new SignInReader(m_client, m_store, this);
        connect(m_signIns, &SignInReader::finished, this, [this](const SignInReadOutcome &o) {
            if (!m_readingSignIns)
                return;
            m_readingSignIns = false;
            m_signInOutcome = o;
            m_progress.phase = SyncProgress::Phase::Done;
            m_progress.phaseText = tr("Done");
            emitProgress(true);
            finish(true, false, Error());
        });
    }
    m_readingSignIns = true;
    m_signInOutcome = SignInReadOutcome();
    m_signIns->start(m_snapshot.team.teamId, m_options.signInDays);
}

void SyncEngine::fail(const Error &error)
{
    if (m_failed || !m_running)
        return;
    m_failed = true;
    if (m_writer)
        m_writer->discard();
    const bool cancelled = error.kind == Error::Kind::Cancelled;
    qCWarning(lcSync) << "sync run" << m_runId << (cancelled ? "cancelled" : "failed:") << error.brief();
    m_store->abandonRun(m_runId, cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"),
                        cancelled ? QString() : error.message());
    // The other reads still outstanding answer Cancelled into a sync that is already over.
    m_client->abortAll();
    finish(false, cancelled, error);
}

void SyncEngine::cancel()
{
    if (m_readingSignIns) {
        // The snapshot is saved: only the sign-in read stops (it answers Cancelled).
        m_client->abortAll();
        return;
    }
    if (!m_running || m_failed)
        return;
    if (m_saving) {
        qCInfo(lcSync) << "cancel while sync run" << m_runId << "is being saved: it completes";
        return;
    }
    fail(Error::cancelled(QString()));
}

void SyncEngine::finish(bool ok, bool cancelled, const Error &error)
{
    SyncOutcome o;
    o.ok = ok;
    o.cancelled = cancelled;
    o.runId = m_runId;
    o.error = cancelled ? Error() : error;
    o.message = ok ? QString() : (cancelled ? tr("Sync cancelled.") : error.message());
    o.accounts = m_progress.accounts;
    o.roles = m_progress.roles;
    o.groups = m_progress.groups;
    o.memberships = m_progress.memberships;
    o.requests = m_client->stats().requests - m_requestsAtStart;
    o.retries = m_client->stats().retries - m_retriesAtStart;
    o.elapsedMs = m_clock.elapsed();
    o.saveMs = m_saveMs;
    o.storeMs = m_storeMs;
    o.peakConcurrency = m_peakInFlight;
    o.longestChain = m_longestChain;
    o.skippedGroups = ok ? m_skippedNames : QStringList();
    if (ok && m_options.readSignIns) {
        const SignInReadOutcome &s = m_signInOutcome;
        o.signInsFailed = !s.ok;
        o.signIns = !s.ok  ? tr("Last sign-ins were not read: %1").arg(s.error.message())
            : s.fromCursor ? tr("Last sign-ins: %n new sign-in event(s) since the previous read.", nullptr, s.events)
                           : tr("Last sign-ins: %1 sign-in events of the last %2 days read (%3 members).")
                                 .arg(s.events)
                                 .arg(m_options.signInDays)
                                 .arg(s.members);
    }
    m_running = false;
    m_saving = false;
    disconnect(m_rateLimitConnection);
    m_resumeTimer->stop();
    m_snapshot = Snapshot(); // release the memory of a big team now
    m_rows = RunRows();
    if (!ok)
        m_kept = Snapshot();
    m_groupNames.clear();
    m_groupQueue.clear();
    m_heldMemberships.clear();
    emit finished(o);
}

void SyncEngine::emitProgress(bool force)
{
    if (!force && m_progressClock.elapsed() < kProgressIntervalMs)
        return;
    m_progressClock.restart();
    m_progress.requests = m_client->stats().requests - m_requestsAtStart;
    m_progress.retries = m_client->stats().retries - m_retriesAtStart;
    emit progressChanged(m_progress);
}

} // namespace dbx
