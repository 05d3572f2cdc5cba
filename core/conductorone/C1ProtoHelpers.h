#pragma once
// Conversions between ConductorOne's protobuf messages and the values the service works with:
// durations, task names, resource ids, Struct arguments and profiles, and Hello's build and OS
// information. Used by the service loop, the heartbeats and the task handlers.

#include "conductorone/BatonClient.h"

#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <google/protobuf/struct.pb.h>

namespace dbx {
namespace c1 {

qint64 durationMs(const google::protobuf::Duration &d);
// The Task oneof's field name: "sync_full", "grant", ...; "unknown" when none is set.
QString taskTypeName(const batonv1::Task &task);
// "<resource type>:<resource id>"
QString idText(const v2::ResourceId &id);
// The string value of args[key]; empty when missing or not a string.
QString stringArg(const google::protobuf::Struct &args, const char *key);
QVariant toVariant(const google::protobuf::Value &v);
QVariantMap toVariantMap(const google::protobuf::Struct &s);
// Hello's build information; version empty: this build's version.
batonv1::BatonServiceHelloRequest::BuildInfo buildInfo(const QString &version);
batonv1::BatonServiceHelloRequest::OSInfo osInfo();

} // namespace c1
} // namespace dbx
