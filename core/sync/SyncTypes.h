#pragma once
// The values a sync reports (SyncEngine's signals, the worker's, the CLI's): plain data, no
// client, so that the GUI can hold them without the network code.

#include "base/Error.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace dbx {

struct SyncProgress {
    enum class Phase {
        Starting,
        Reading,
        Saving,
        Done
    };
    Phase phase = Phase::Starting;
    QString phaseText; // human: "Reading members and groups", "Saving snapshot"
    int accounts = 0;
    int roles = 0;
    int groups = 0;
    int groupsDone = 0;        // groups whose member list is complete
    bool groupsListed = false; // every group is known (groups/list ended): groupsDone/groups is the share done
    int memberships = 0;
    qint64 requests = 0;
    qint64 retries = 0;
    int concurrency = 0;  // group-member listings in flight at most, now
    qint64 savedRows = 0; // rows saved into the run while listing (not yet committed)
};

struct SyncOutcome {
    bool ok = false;
    bool cancelled = false;
    qint64 runId = 0;
    Error error;     // when !ok and !cancelled
    QString message; // one sentence for the user
    int accounts = 0;
    int roles = 0;
    int groups = 0;
    int memberships = 0;
    qint64 requests = 0;
    qint64 retries = 0;
    qint64 elapsedMs = 0;
    qint64 saveMs = 0;         // saving after the listing ended (the last rows, the commit)
    qint64 storeMs = 0;        // saving rows while the listing went on
    int peakConcurrency = 0;   // group-member listings in flight at most
    int longestChain = 0;      // pages of the longest cursor chain (a lower bound on the wall time)
    QStringList skippedGroups; // names of groups deleted during the sync (not in the snapshot)
    // Last sign-ins (SyncEngine::Options::readSignIns): what the read of the team log did, or why
    // it failed; empty when not asked. signInsFailed: it was asked and did not succeed.
    QString signIns;
    bool signInsFailed = false;
    QString summary() const; // "Synced 60 accounts, 9 roles, 12 groups, ... in 0.4 s"
};

} // namespace dbx

Q_DECLARE_METATYPE(dbx::SyncProgress)
Q_DECLARE_METATYPE(dbx::SyncOutcome)
