// DropboxClient: the typed read routes, each a raw RPC plus one pure parse function.
#include "dropbox/DropboxClient.h"
#include "dropbox/DropboxClientPending.h"
#include "dropbox/FastParse.h"
#include "dropbox/Parse.h"

#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace dbx {

namespace {
int clampLimit(int limit) { return std::clamp(limit, 1, 1000); }

QJsonObject cursorArg(const QString &cursor) { return QJsonObject{{QStringLiteral("cursor"), cursor}}; }

template <typename T>
using Parser = Expected<T> (*)(const QString &, const QJsonValue &);
template <typename T>
using FastParser = std::optional<T> (*)(const QByteArray &);

// Raw RPC + one pure parse function = one typed read. With a fast parser (FastParse.h) the
// body is offered to it first; what it does not take whole goes through the parser as before.
template <typename T>
void typedCall(DropboxClient *client, const QString &route, const QJsonValue &arg, Parser<T> parser,
               DropboxClient::Callback<T> cb, FastParser<T> fast = nullptr)
{
    auto taken = std::make_shared<std::optional<T>>();
    auto done = [route, parser, taken, cb = std::move(cb)](const Expected<QJsonValue> &r) {
        Expected<T> out = taken->has_value() ? Expected<T>(std::move(**taken))
            : r.ok()                         ? parser(route, *r)
                                             : Expected<T>(unexpected(r.error()));
        if (!out) {
            Error e = out.error();
            if (r.ok()) {
                e.httpStatus = 200;
                qCWarning(lcHttp).noquote() << "malformed reply:" << e.detail << "request id" << r.requestId;
            }
            if (e.requestId.isEmpty())
                e.requestId = r.requestId;
            out = unexpected(e);
        }
        out.requestId = r.requestId;
        cb(out);
    };
    if (!fast) {
        client->rpc(route, arg, std::move(done));
        return;
    }
    client->rpc(
        route, arg,
        [taken, fast](const QByteArray &body) {
            *taken = fast(body);
            return taken->has_value();
        },
        std::move(done));
}
} // namespace

void DropboxClient::listMembers(int limit, bool includeRemoved, Callback<MemberPage> cb)
{
    const QJsonObject arg{{QStringLiteral("limit"), clampLimit(limit)},
                          {QStringLiteral("include_removed"), includeRemoved}};
    typedCall<MemberPage>(this, QStringLiteral("team/members/list_v2"), arg, &parse::memberPage, std::move(cb),
                          &parse::fast::memberPage);
}

void DropboxClient::listMembersContinue(const QString &cursor, Callback<MemberPage> cb)
{
    typedCall<MemberPage>(this, QStringLiteral("team/members/list/continue_v2"), cursorArg(cursor), &parse::memberPage,
                          std::move(cb), &parse::fast::memberPage);
}

void DropboxClient::availableRoles(Callback<QVector<Role>> cb)
{
    typedCall<QVector<Role>>(this, QStringLiteral("team/members/get_available_team_member_roles"), QJsonValue(),
                             &parse::availableRoles, std::move(cb));
}

void DropboxClient::listGroups(int limit, Callback<GroupPage> cb)
{
    const QJsonObject arg{{QStringLiteral("limit"), clampLimit(limit)}};
    typedCall<GroupPage>(this, QStringLiteral("team/groups/list"), arg, &parse::groupPage, std::move(cb));
}

void DropboxClient::listGroupsContinue(const QString &cursor, Callback<GroupPage> cb)
{
    typedCall<GroupPage>(this, QStringLiteral("team/groups/list/continue"), cursorArg(cursor), &parse::groupPage,
                         std::move(cb));
}

void DropboxClient::listGroupMembers(const QString &groupId, int limit, Callback<GroupMemberPage> cb)
{
    const QJsonObject group{{QStringLiteral(".tag"), QStringLiteral("group_id")},
                            {QStringLiteral("group_id"), groupId}};
    const QJsonObject arg{{QStringLiteral("group"), group}, {QStringLiteral("limit"), clampLimit(limit)}};
    typedCall<GroupMemberPage>(this, QStringLiteral("team/groups/members/list"), arg, &parse::groupMemberPage,
                               std::move(cb), &parse::fast::groupMemberPage);
}

void DropboxClient::listGroupMembersContinue(const QString &cursor, Callback<GroupMemberPage> cb)
{
    typedCall<GroupMemberPage>(this, QStringLiteral("team/groups/members/list/continue"), cursorArg(cursor),
                               &parse::groupMemberPage, std::move(cb), &parse::fast::groupMemberPage);
}

void DropboxClient::teamInfo(Callback<TeamInfo> cb)
{
    typedCall<TeamInfo>(this, QStringLiteral("team/get_info"), QJsonValue(), &parse::teamInfo, std::move(cb));
}

void DropboxClient::authenticatedAdmin(Callback<AdminProfile> cb)
{
    typedCall<AdminProfile>(this, QStringLiteral("team/token/get_authenticated_admin"), QJsonValue(),
                            &parse::authenticatedAdmin, std::move(cb));
}

} // namespace dbx
