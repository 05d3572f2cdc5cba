#pragma once
// Dropbox's write-route error and failure tags in words. Every tag of the team.stone unions the
// provisioning routes can answer (MembersRemoveError and its bases, MembersSuspendError,
// MembersUnsuspendError, MembersSetPermissions2Error, MemberAddV2Result's failures, the group
// member errors, async.PollError) has a sentence here; an unknown tag still gets one.

#include "base/Error.h"
#include "provision/Operation.h"

#include <QString>

namespace dbx {

// The sentence for one tag, e.g. "remove_last_admin" -> "they are the team's last admin, ...".
// Lower-case clause, so it reads after "Could not remove ann@example.com: ".
QString explainTag(const QString &tag);
// True for the tags that mean "what you asked for already holds" for this operation type
// (duplicate_user on add-to-group, member_not_in_group on remove-from-group, ...).
bool tagMeansNoChange(OperationType type, const QString &tag);
// The explanation of any failed call, for the given operation: the endpoint tag in words, the
// missing scope named, or the client's own message for network/server/auth failures.
QString explainError(const Error &error);

} // namespace dbx
