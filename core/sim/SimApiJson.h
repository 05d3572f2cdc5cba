#pragma once
// The JSON pieces the simulated routes share: timestamps, status and management tags, 409
// replies with a list, the null result.

#include "sim/HttpServer.h"
#include "sim/JsonWriter.h"
#include "sim/SimTeam.h"

#include <QByteArray>
#include <QStringList>

namespace dbx {
namespace sim {
namespace simapi {

// "%Y-%m-%dT%H:%M:%SZ" without QDateTime: a page of 1000 members carries up to 2000 of them.
void writeTimestamp(JsonWriter &w, qint64 secs);
const char *statusTag(AccountStatus s);
const char *managementTag(GroupManagementType t);
// Dropbox pads error_summary with dots; clients must not compare it whole.
QByteArray summary(const char *tag);
HttpResponse withList(const char *tag, const QStringList &items);
HttpResponse nullResult();

} // namespace simapi
} // namespace sim
} // namespace dbx
