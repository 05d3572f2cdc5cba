#include "conductorone/C1ProtoHelpers.h"

#include <QSysInfo>

#ifndef DBX_VERSION_STRING
#define DBX_VERSION_STRING "0.0.0"
#endif

namespace dbx {
namespace c1 {

qint64 durationMs(const google::protobuf::Duration &d)
{
    return qint64(d.seconds()) * 1000 + qint64(d.nanos()) / 1000000;
}

QString taskTypeName(const batonv1::Task &task)
{
    if (task.task_type_case() == batonv1::Task::TASK_TYPE_NOT_SET)
        return QStringLiteral("unknown");
    const google::protobuf::FieldDescriptor *field
        = batonv1::Task::descriptor()->FindFieldByNumber(int(task.task_type_case()));
    return field ? fromStd(field->name()) : QStringLiteral("unknown");
}

QString idText(const v2::ResourceId &id)
{
    return fromStd(id.resource_type()) + QLatin1Char(':') + fromStd(id.resource());
}

QString stringArg(const google::protobuf::Struct &args, const char *key)
{
    const auto it = args.fields().find(key);
    if (it == args.fields().end() || it->second.kind_case() != google::protobuf::Value::kStringValue)
        return QString();
    return fromStd(it->second.string_value());
}

QVariant toVariant(const google::protobuf::Value &v)
{
    switch (v.kind_case()) {
    case google::protobuf::Value::kStringValue: return fromStd(v.string_value());
    case google::protobuf::Value::kNumberValue: return v.number_value();
    case google::protobuf::Value::kBoolValue: return v.bool_value();
    case google::protobuf::Value::kStructValue: return toVariantMap(v.struct_value());
    case google::protobuf::Value::kListValue: {
        QVariantList list;
        for (const google::protobuf::Value &item : v.list_value().values())
            list.append(toVariant(item));
        return list;
    }
    default: return QVariant();
    }
}

QVariantMap toVariantMap(const google::protobuf::Struct &s)
{
    QVariantMap out;
    for (const auto &kv : s.fields())
        out.insert(fromStd(kv.first), toVariant(kv.second));
    return out;
}

batonv1::BatonServiceHelloRequest::BuildInfo buildInfo(const QString &version)
{
    batonv1::BatonServiceHelloRequest::BuildInfo b;
    b.set_lang_version(toStd(QStringLiteral("C++17, Qt %1").arg(QLatin1String(qVersion()))));
    b.set_package("dropbox-team-connector");
    b.set_package_version(toStd(version.isEmpty() ? QStringLiteral(DBX_VERSION_STRING) : version));
    return b;
}

batonv1::BatonServiceHelloRequest::OSInfo osInfo()
{
    // baton fills every field, with stand-ins for unknowns: ConductorOne requires them.
    auto orElse = [](const QString &v, const QString &fallback) { return toStd(v.isEmpty() ? fallback : v); };
    batonv1::BatonServiceHelloRequest::OSInfo o;
    o.set_hostname(orElse(QSysInfo::machineHostName(), QStringLiteral("unknown")));
    o.set_os(orElse(QSysInfo::kernelType(), QStringLiteral("unknown")));
    o.set_platform(orElse(QSysInfo::productType(), QSysInfo::kernelType()));
    o.set_platform_family(orElse(QSysInfo::productType(), QSysInfo::kernelType()));
    o.set_platform_version(orElse(QSysInfo::productVersion(), QSysInfo::kernelVersion()));
    o.set_kernel_version(orElse(QSysInfo::kernelVersion(), QStringLiteral("unknown")));
    o.set_kernel_arch(orElse(QSysInfo::currentCpuArchitecture(), QStringLiteral("unknown")));
    o.set_virtualization_system("none");
    return o;
}

} // namespace c1
} // namespace dbx
