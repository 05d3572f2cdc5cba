#include "sim/SimPages.h"

#include "sim/HttpServer.h"
#include "sim/SimApi.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dbx::sim {

QByteArray callRoute(SimApi &api, const char *route, const QJsonObject &arg)
{
    HttpRequest req;
    req.method = "POST";
    req.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/json")));
    req.body = QJsonDocument(arg).toJson(QJsonDocument::Compact);
    const SimApi::Route *r = api.route(route);
    return r ? api.call(*r, req, 0).body : QByteArray();
}

QVector<QByteArray> allPages(SimApi &api, const char *first, const char *next, const QJsonObject &arg)
{
    QVector<QByteArray> pages{callRoute(api, first, arg)};
    for (;;) {
        const QJsonObject page = QJsonDocument::fromJson(pages.last()).object();
        if (!page.value(QLatin1String("has_more")).toBool())
            return pages;
        pages.append(callRoute(api, next, {{QStringLiteral("cursor"), page.value(QLatin1String("cursor"))}}));
    }
}

ListingPages listingPages(SimApi &api, int memberLimit, int groupMemberLimit)
{
    ListingPages out;
    out.members = allPages(api, "team/members/list_v2", "team/members/list/continue_v2",
                           {{QStringLiteral("limit"), memberLimit}, {QStringLiteral("include_removed"), true}});
    const QVector<QByteArray> groupPages
        = allPages(api, "team/groups/list", "team/groups/list/continue", {{QStringLiteral("limit"), 1000}});
    for (const QByteArray &page : groupPages) {
        const QJsonArray groups = QJsonDocument::fromJson(page).object().value(QLatin1String("groups")).toArray();
        for (const QJsonValue &g : groups) {
            const QJsonObject selector{{QStringLiteral(".tag"), QStringLiteral("group_id")},
                                       {QStringLiteral("group_id"), g.toObject().value(QLatin1String("group_id"))}};
            out.groupMembers
                += allPages(api, "team/groups/members/list", "team/groups/members/list/continue",
                            {{QStringLiteral("group"), selector}, {QStringLiteral("limit"), groupMemberLimit}});
        }
    }
    return out;
}

} // namespace dbx::sim
