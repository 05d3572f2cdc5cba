#include "provision/ReadBack.h"

#include "dropbox/Parse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#include <memory>
#include <optional>

namespace dbx {

namespace {
Q_LOGGING_CATEGORY(lcReadBack, "dbx.provision.readback")

QString tr(const char *text) { return QCoreApplication::translate("dbx::ReadBack", text); }

using Verdict = ReadBackResult::Verdict;

ReadBackResult unknown(const Error &error, const QString &requestId)
{
    ReadBackResult r;
    r.verdict = Verdict::Unknown;
    r.error = error;
    r.requestId = requestId;
    return r;
}

// What a member read shows for the operation. found == false: Dropbox knows no such member.
ReadBackResult judgeMember(const Operation &op, const Precheck &check, bool found, const Account &a)
{
    ReadBackResult r;
    r.account = a;
    const bool removed = !found || a.status == AccountStatus::Removed;
    const QString status = found ? toWire(a.status) : tr("not on the team");
    bool applied = false;
    switch (op.type) {
    case OperationType::CreateAccount: applied = !removed; break;
    case OperationType::RemoveAccount: applied = removed; break;
    case OperationType::Suspend: applied = found && a.status == AccountStatus::Suspended; break;
    case OperationType::Unsuspend: applied = found && a.status == AccountStatus::Active; break;
    case OperationType::SetRole: applied = found && !removed && a.roleId == check.roleId; break;
    case OperationType::ClearRole: applied = found && !removed && a.roleId.isEmpty(); break;
    case OperationType::RecoverAccount: applied = found && !removed; break;
    case OperationType::SetProfile:
        applied = found && !removed && (op.givenName.isEmpty() || a.givenName == op.givenName)
            && (op.surname.isEmpty() || a.surname == op.surname)
            && (op.newEmail.isEmpty() || a.email.compare(op.newEmail, Qt::CaseInsensitive) == 0)
            && (!op.changeExternalId || a.externalId == op.externalId);
        break;
    case OperationType::AddToGroup:
    case OperationType::RemoveFromGroup:
    case OperationType::SetAccessType: // group reads: judgeMembership
    case OperationType::CreateGroup:
    case OperationType::RenameGroup:
    case OperationType::SetGroup:
    case OperationType::DeleteGroup: // group reads: judgeGroup
    case OperationType::ResendInvite: break;
    }
    r.verdict = applied ? Verdict::Applied : Verdict::NotApplied;
    if (op.type == OperationType::SetProfile)
        r.evidence = found ? tr("their profile reads %1 %2 <%3>").arg(a.givenName, a.surname, a.email)
                           : tr("they are not on the team");
    else if (op.type == OperationType::SetRole || op.type == OperationType::ClearRole)
        r.evidence = a.roleId.isEmpty() ? tr("they hold no admin role") : tr("they hold the role %1").arg(a.roleId);
    else
        r.evidence = tr("their status is %1").arg(status);
    return r;
}

ReadBackResult judgeMembership(const Operation &op, bool present, AccessType access)
{
    ReadBackResult r;
    bool applied = false;
    switch (op.type) {
    case OperationType::AddToGroup:
    case OperationType::SetAccessType: applied = present && access == op.accessType; break;
    case OperationType::RemoveFromGroup: applied = !present; break;
    default: break;
    }
    r.verdict = applied ? Verdict::Applied : Verdict::NotApplied;
    r.evidence = !present             ? tr("they are not in the group")
        : access == AccessType::Owner ? tr("they are an owner of the group")
                                      : tr("they are a member of the group");
    return r;
}

void readMember(DropboxClient *client, const Operation &op, const Precheck &check, qint64 deadlineMs,
                std::function<void(const ReadBackResult &)> done)
{
    // A new member is known by the email they were created with; everyone else by their id.
    const UserSelector who = op.type == OperationType::CreateAccount || check.teamMemberId.isEmpty()
        ? UserSelector::byEmail(op.user.value.trimmed())
        : UserSelector::byId(check.teamMemberId);
    const QJsonObject arg{{QStringLiteral("members"), QJsonArray{who.toJson()}}};
    const QString route = QStringLiteral("team/members/get_info_v2");
    if (op.type == OperationType::ResendInvite) {
        // An email that went out leaves nothing to read: the outcome stays unknown, and the email is
        // not sent again on a guess.
        return done(
            unknown(Error::make(Error::Kind::Invalid, tr("whether an email went out cannot be read back")), QString()));
    }
    client->rpc(
        route, arg,
        [op, check, route, done](const Expected<QJsonValue> &r) {
            if (!r.ok())
                return done(unknown(r.error(), r.requestId));
            const QJsonArray items = r.value().toObject().value(QLatin1String("members_info")).toArray();
            if (items.size() != 1)
                return done(
                    unknown(Error::malformed(route, tr("expected one entry in members_info, got %1").arg(items.size())),
                            r.requestId));
            const QJsonObject item = items.first().toObject();
            const QString tag = item.value(QLatin1String(".tag")).toString();
            Account a;
            bool found = false;
            if (tag == QLatin1String("member_info")) {
                const Expected<Account> read = parse::teamMemberInfo(item, QStringLiteral("members_info[0]"));
                if (!read)
                    return done(unknown(Error::malformed(route, read.error().detail), r.requestId));
                a = *read;
                found = true;
            } else if (tag != QLatin1String("id_not_found")) {
                return done(unknown(Error::malformed(route, tr("unexpected entry \"%1\" in members_info").arg(tag)),
                                    r.requestId));
            }
            ReadBackResult out = judgeMember(op, check, found, a);
            out.requestId = r.requestId;
            qCInfo(lcReadBack).noquote() << auditAction(op.type) << "read back:" << out.evidence;
            done(out);
        },
        deadlineMs);
}

// Walks a paged listing (the route, then its "/continue" with the cursor) until judge() settles the
// read back: it answers when a page shows the entry, and on the last page also when none did. A
// failed or malformed page leaves the outcome unknown.
template <typename Page>
struct PagedWalk : std::enable_shared_from_this<PagedWalk<Page>> {
    using Parse = Expected<Page> (*)(const QString &route, const QJsonValue &reply);
    using Judge = std::function<std::optional<ReadBackResult>(const Page &page, bool lastPage)>;

    DropboxClient *client = nullptr;
    qint64 deadlineMs = 0;
    QString continueRoute;
    Parse parse = nullptr;
    Judge judge;
    std::function<void(const ReadBackResult &)> done;

    void page(const QString &route, const QJsonObject &arg)
    {
        auto self = this->shared_from_this();
        client->rpc(
            route, arg,
            [self, route](const Expected<QJsonValue> &r) {
                if (!r.ok())
                    return self->done(unknown(r.error(), r.requestId));
                const Expected<Page> p = self->parse(route, r.value());
                if (!p.ok())
                    return self->done(unknown(p.error(), r.requestId));
                const bool more = p.value().hasMore && !p.value().cursor.isEmpty();
                std::optional<ReadBackResult> out = self->judge(p.value(), !more);
                if (!out)
                    return self->page(self->continueRoute, QJsonObject{{QStringLiteral("cursor"), p.value().cursor}});
                out->requestId = r.requestId;
                self->done(*out);
            },
            deadlineMs);
    }
};

template <typename Page>
void walkPages(DropboxClient *client, qint64 deadlineMs, const QString &route, const QJsonObject &arg,
               typename PagedWalk<Page>::Parse parse, typename PagedWalk<Page>::Judge judge,
               std::function<void(const ReadBackResult &)> done)
{
    auto walk = std::make_shared<PagedWalk<Page>>();
    walk->client = client;
    walk->deadlineMs = deadlineMs;
    walk->continueRoute = route + QStringLiteral("/continue");
    walk->parse = parse;
    walk->judge = std::move(judge);
    walk->done = std::move(done);
    walk->page(route, arg);
}

// What the group listing shows for a group lifecycle operation; group is null when not listed.
ReadBackResult judgeGroup(const Operation &op, const Precheck &check, const Group *group)
{
    ReadBackResult r;
    bool applied = false;
    switch (op.type) {
    case OperationType::CreateGroup:
    case OperationType::DeleteGroup: applied = (group != nullptr) == (op.type == OperationType::CreateGroup); break;
    case OperationType::RenameGroup: applied = group && group->name == op.newName.trimmed(); break;
    case OperationType::SetGroup:
        applied = group && (!op.changeExternalId || group->externalId == op.externalId)
            && (op.managementType == GroupManagementType::Unknown || group->managementType == op.managementType);
        break;
    default: break;
    }
    Q_UNUSED(check)
    if (group)
        r.group = *group;
    r.verdict = applied ? Verdict::Applied : Verdict::NotApplied;
    r.evidence = !group ? tr("the team has no such group")
                        : tr("the group is listed as \"%1\" (%2)").arg(group->name, toWire(group->managementType));
    return r;
}

// A group lifecycle operation's group in a listing: by id, a new one by its name.
bool matchesGroup(const Operation &op, const Precheck &check, const Group &g)
{
    return op.type == OperationType::CreateGroup
        ? g.name.trimmed().compare(op.group.trimmed(), Qt::CaseInsensitive) == 0
        : g.id == check.groupId;
}
} // namespace

void readBack(DropboxClient *client, const Operation &op, const Precheck &check, qint64 deadlineMs,
              std::function<void(const ReadBackResult &)> done)
{
    switch (op.type) {
    case OperationType::AddToGroup:
    case OperationType::RemoveFromGroup:
    case OperationType::SetAccessType: {
        const QJsonObject group{{QStringLiteral(".tag"), QStringLiteral("group_id")},
                                {QStringLiteral("group_id"), check.groupId}};
        const auto judge = [op, member = check.teamMemberId](const GroupMemberPage &p,
                                                             bool lastPage) -> std::optional<ReadBackResult> {
            for (const GroupMemberEntry &m : p.members) {
                if (m.teamMemberId == member)
                    return judgeMembership(op, true, m.accessType);
            }
            if (!lastPage)
                return std::nullopt;
            return judgeMembership(op, false, AccessType::Member);
        };
        walkPages<GroupMemberPage>(client, deadlineMs, QStringLiteral("team/groups/members/list"),
                                   QJsonObject{{QStringLiteral("group"), group}, {QStringLiteral("limit"), 1000}},
                                   parse::groupMemberPage, judge, std::move(done));
        return;
    }
    case OperationType::CreateGroup:
    case OperationType::RenameGroup:
    case OperationType::SetGroup:
    case OperationType::DeleteGroup: {
        const auto judge = [op, check](const GroupPage &p, bool lastPage) -> std::optional<ReadBackResult> {
            for (const Group &g : p.groups) {
                if (matchesGroup(op, check, g))
                    return judgeGroup(op, check, &g);
            }
            if (!lastPage)
                return std::nullopt;
            ReadBackResult out = judgeGroup(op, check, nullptr);
            qCInfo(lcReadBack).noquote() << auditAction(op.type) << "read back:" << out.evidence;
            return out;
        };
        walkPages<GroupPage>(client, deadlineMs, QStringLiteral("team/groups/list"),
                             QJsonObject{{QStringLiteral("limit"), 1000}}, parse::groupPage, judge, std::move(done));
        return;
    }
    default: readMember(client, op, check, deadlineMs, std::move(done));
    }
}

} // namespace dbx
