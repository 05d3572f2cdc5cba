// ConnectorTaskHandler: before a write, Dropbox is asked how the group or the member is now, and
// the stored snapshot is corrected when it was behind.

#include "base/Error.h"
#include "dropbox/DropboxClient.h"
#include "dropbox/Parse.h"
#include "provision/Provisioner.h"
#include "store/SnapshotStore.h"
#include "worker/ConnectorSession.h"
#include "worker/ConnectorTaskHandler.h"
#include "worker/ConnectorTaskParts.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace dbx {

using c1::TaskCode;
using c1::TaskContext;
using c1::TaskOutcome;
using namespace tasks;

bool ConnectorTaskHandler::refreshGroupMember(const QString &groupId, const QString &teamMemberId, TaskContext &context,
                                              TaskOutcome *failure)
{
    Provisioner *p = provisioner(context, failure);
    if (!p)
        return false;
    const TeamState &state = p->state();
    if (!state.findGroup(groupId))
        return true; // unknown here: the Provisioner says so in words
    ConnectorSession *s = m_session.get();
    DropboxClient *client = s->client();

    QEventLoop loop;
    bool done = false;
    bool found = false;
    AccessType access = AccessType::Member;
    Error error;
    std::function<void(const Expected<GroupMemberPage> &)> onPage;
    onPage = [&](const Expected<GroupMemberPage> &r) {
        if (!r.ok() || context.isCancelled()) {
            error = r.ok() ? Error::cancelled(QStringLiteral("team/groups/members/list")) : r.error();
            done = true;
            loop.quit();
            return;
        }
        for (const GroupMemberEntry &m : r.value().members) {
            if (m.teamMemberId == teamMemberId) {
                found = true;
                access = m.accessType;
            }
        }
        if (r.value().hasMore && !found) {
            client->listGroupMembersContinue(r.value().cursor, onPage);
            return;
        }
        done = true;
        loop.quit();
    };
    context.reportProgress(tr("Checking the group's members"));
    client->listGroupMembers(groupId, 1000, onPage);
    // Cancelling answers the read at once (Kind::Cancelled); nothing was written.
    spin(loop, done, context, [client] { client->abortAll(); });
    if (error.isError()) {
        *failure = error.kind == Error::Kind::Cancelled ? cancelledOutcome(context) : outcomeOf(error, error.message());
        return false;
    }

    AccessType stored = AccessType::Member;
    const bool storedFound = state.membership(groupId, teamMemberId, &stored);
    if (found == storedFound && (!found || stored == access))
        return true;
    // The snapshot was behind: correct it (a later sync would have, too).
    qCInfo(lcTasks) << "snapshot behind Dropbox for" << teamMemberId << "in" << groupId << "- corrected";
    // The held state and the stored run together: the next task needs no reload.
    if (const Expected<void> corrected = p->correctMembership(groupId, teamMemberId, found, access); !corrected)
        qCWarning(lcTasks) << "cannot correct the snapshot:" << corrected.error().message();
    publishChanges();
    return true;
}

Provisioner *ConnectorTaskHandler::checkedGroupMember(const QString &groupId, const QString &teamMemberId,
                                                      TaskContext &context, TaskOutcome *failure)
{
    if (!refreshGroupMember(groupId, teamMemberId, context, failure))
        return nullptr;
    return provisioner(context, failure);
}

bool ConnectorTaskHandler::refreshMember(const QString &teamMemberId, TaskContext &context, TaskOutcome *failure,
                                         bool *gone)
{
    if (gone)
        *gone = false;
    Provisioner *p = provisioner(context, failure);
    if (!p)
        return false;
    const Account *stored = p->state().findUser(UserSelector::byId(teamMemberId));
    if (!stored)
        return true; // unknown here: the Provisioner says so in words
    ConnectorSession *s = m_session.get();
    const QString route = QStringLiteral("team/members/get_info_v2");
    const QJsonObject arg{{QStringLiteral("members"),
                           QJsonArray{QJsonObject{{QStringLiteral(".tag"), QStringLiteral("team_member_id")},
                                                  {QStringLiteral("team_member_id"), teamMemberId}}}}};
    QEventLoop loop;
    bool done = false;
    Expected<QJsonValue> reply;
    context.reportProgress(tr("Checking the member"));
    s->client()->rpc(route, arg, [&](const Expected<QJsonValue> &r) {
        reply = r;
        done = true;
        loop.quit();
    });
    DropboxClient *client = s->client();
    spin(loop, done, context, [client] { client->abortAll(); });
    if (!reply.ok()) {
        *failure = reply.error().kind == Error::Kind::Cancelled ? cancelledOutcome(context)
                                                                : outcomeOf(reply.error(), reply.error().message());
        return false;
    }
    const QJsonObject info = reply.value().toObject().value(QStringLiteral("members_info")).toArray().at(0).toObject();
    if (info.value(QStringLiteral(".tag")).toString() != QLatin1String("member_info")) {
        if (gone)
            *gone = info.value(QStringLiteral(".tag")).toString() == QLatin1String("id_not_found");
        return true; // the call itself will say so
    }
    const Expected<Account> read = parse::teamMemberInfo(info, QStringLiteral("members_info[0]"));
    if (!read) {
        qCWarning(lcTasks) << "cannot read" << route << "reply:" << read.error().detail;
        return true; // decide on the snapshot, as without the check
    }
    const Account &live = *read;
    QString why;
    if (live.status == stored->status && live.roleId == stored->roleId)
        return true;
    qCInfo(lcTasks) << "snapshot behind Dropbox for" << teamMemberId << "- corrected";
    Account corrected = *stored;
    corrected.status = live.status;
    corrected.roleId = live.roleId;
    corrected.suspendedOn = live.suspendedOn;
    if (const Expected<void> saved = p->correctAccount(corrected); !saved)
        qCWarning(lcTasks) << "cannot correct the snapshot:" << saved.error().message();
    publishChanges();
    return true;
}

} // namespace dbx
