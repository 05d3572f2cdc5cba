// Fuzz target: Dropbox reply parsing (core/dropbox/Parse.h). The first byte picks the reply
// kind, the rest is the body as it would come off the wire.

#include "FuzzCommon.h"
#include "base/Error.h"
#include "dropbox/FastParse.h"
#include "dropbox/Parse.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdlib>
#include <functional>

namespace {
using namespace dbx;

bool same(const GroupMemberEntry &a, const GroupMemberEntry &b)
{
    return a.teamMemberId == b.teamMemberId && a.email == b.email && a.accessType == b.accessType;
}
bool same(const Account &a, const Account &b) { return a == b; }

// The simdjson readers (FastParse.h) may decline any body, but a page they read must be the
// page Parse.cpp reads from the same bytes: anything else is a crash for the fuzzer to keep.
template <typename Page>
void readsTheSame(const QByteArray &body, const Expected<QJsonValue> &parsed,
                  std::optional<Page> (*fast)(const QByteArray &),
                  Expected<Page> (*slow)(const QString &, const QJsonValue &))
{
    const std::optional<Page> quick = fast(body);
    if (!quick)
        return;
    const Expected<Page> sure
        = parsed ? slow(QStringLiteral("fuzz/route"), *parsed) : Expected<Page>(unexpected(Error()));
    if (!sure || sure->cursor != quick->cursor || sure->hasMore != quick->hasMore
        || sure->members.size() != quick->members.size())
        std::abort();
    for (qsizetype i = 0; i < quick->members.size(); ++i) {
        if (!same(sure->members.at(i), quick->members.at(i)))
            std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dbx;
    if (size < 1)
        return 0;
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    const Expected<QJsonValue> parsed = parse::jsonValue(body);
    if (data[0] % 8 == 0)
        readsTheSame(body, parsed, &parse::fast::memberPage, &parse::memberPage);
    if (data[0] % 8 == 2)
        readsTheSame(body, parsed, &parse::fast::groupMemberPage, &parse::groupMemberPage);
    if (!parsed)
        return 0;
    const QJsonValue v = *parsed;
    const QString route = QStringLiteral("fuzz/route");
    // Kinds 0 to 5: a whole reply, read as DropboxClient reads it (its value, or its error's message).
    const auto reply = [&](auto parseReply) {
        return std::function<void()>([&route, &v, parseReply] {
            const auto r = parseReply(route, v);
            if (!r.ok())
                (void)r.error().message();
        });
    };
    const std::function<void()> replies[]
        = {reply(parse::memberPage),     reply(parse::groupPage), reply(parse::groupMemberPage),
           reply(parse::availableRoles), reply(parse::teamInfo),  reply(parse::authenticatedAdmin)};
    const int replyKind = data[0] % 8;
    if (replyKind < 6) {
        replies[replyKind]();
        return 0;
    }
    switch (replyKind) {
    case 6: {
        // An error body, read the way DropboxClient reads 401/403/409/429 replies.
        const QJsonObject json = v.toObject();
        for (const Error::Kind kind :
             {Error::Kind::Unauthorized, Error::Kind::Forbidden, Error::Kind::Endpoint, Error::Kind::RateLimited}) {
            Error e;
            e.kind = kind;
            e.route = route;
            e.httpStatus = 409;
            e.summary = json.value(QLatin1String("error_summary")).toString();
            e.userMessage = parse::userMessage(json);
            e.tag = parse::errorTag(json);
            e.requiredScope
                = json.value(QLatin1String("error")).toObject().value(QLatin1String("required_scope")).toString();
            (void)e.message();
            (void)e.brief();
            (void)e.needsReauthorization();
        }
        break;
    }
    default: {
        // The building blocks on their own, as the provisioning replies use them.
        const QJsonValue item = v.isArray() ? v.toArray().at(0) : v;
        (void)parse::teamMemberInfo(item, QStringLiteral("complete[0]"));
        (void)parse::role(item, QString());
        (void)parse::groupSummary(item, QString());
        (void)parse::timestamp(item.toString());
        break;
    }
    }
    return 0;
}
