#pragma once
// The two listings a sync reads by the thousand (team members, group members) read straight
// from the reply's bytes with simdjson: measured by bench_json on the simulator's pages, Qt's
// QJsonDocument plus the readers in Parse.cpp cost 5.7 times as much CPU as simdjson plus the
// same field reads (document alone: 13 times).
//
// These readers only ever say yes or "not me": a page they return is exactly what Parse.cpp's
// reader makes of the same bytes (tst_fastparse checks it on every simulator page and on
// thousands of damaged ones); anything they do not accept whole (a missing or mistyped field, a
// tag outside the union, bytes that are not JSON) returns nothing, and the caller reads the reply
// the ordinary way, which says precisely what is wrong with it.

#include "dropbox/DropboxClient.h"

#include <QByteArray>

#include <optional>

namespace dbx::parse::fast {

std::optional<MemberPage> memberPage(const QByteArray &body);
std::optional<GroupMemberPage> groupMemberPage(const QByteArray &body);

} // namespace dbx::parse::fast
