#pragma once
// The simulator's reply bodies without HTTP: a route called as the HTTP server calls it, and
// every page of a listing. For benches and tests that need the bodies Dropbox would send
// (bench_json, tst_fastparse) rather than a connection.

#include <QByteArray>
#include <QJsonObject>
#include <QVector>

namespace dbx::sim {

class SimApi;

// The body of route's reply to arg (empty for a route the simulator does not have).
QByteArray callRoute(SimApi &api, const char *route, const QJsonObject &arg);
// The first page of `first`, then `next` with the cursor while has_more says so.
QVector<QByteArray> allPages(SimApi &api, const char *first, const char *next, const QJsonObject &arg);

// What a sync reads by the thousand: every page of the member listing (removed members included)
// and of each group's member listing, at the given page sizes.
struct ListingPages {
    QVector<QByteArray> members;
    QVector<QByteArray> groupMembers;
};
ListingPages listingPages(SimApi &api, int memberLimit, int groupMemberLimit);

} // namespace dbx::sim
