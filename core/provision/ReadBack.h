#pragma once
// Reading a write back. After a write whose reply was lost (Error::maybeApplied: dropped
// connection, timeout, 5xx, truncated reply, cancelled in flight, or a run that was killed), the
// only honest report is what Dropbox holds now: the member (members/get_info_v2) or the group's
// member list (groups/members/list). The verdict decides the outcome: applied (done, confirmed
// after a lost reply), not applied (nothing happened; it may be sent again), or unknown (the read
// failed too: sync to confirm).

#include "dropbox/DropboxClient.h"
#include "provision/Operation.h"
#include "provision/TeamState.h"

#include <functional>

namespace dbx {

struct ReadBackResult {
    enum class Verdict {
        Applied,
        NotApplied,
        Unknown
    };
    Verdict verdict = Verdict::Unknown;
    QString evidence;  // what was seen, for people: "their status is suspended"
    Account account;   // member reads: the member as Dropbox reports them now
    Group group;       // group lifecycle reads: the group as Dropbox lists it now (if it is there)
    Error error;       // Unknown: why the read failed
    QString requestId; // of the deciding read
};

// Reads back what `op` (resolved as `check`) would have changed and answers `done` once, on the
// client's thread. Reads retry like any read, within deadlineMs in all.
void readBack(DropboxClient *client, const Operation &op, const Precheck &check, qint64 deadlineMs,
              std::function<void(const ReadBackResult &)> done);

} // namespace dbx
