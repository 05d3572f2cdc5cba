#include "auth/Scopes.h"

namespace dbx {

QVector<ScopeInfo> Scopes::all()
{
    return {
        {QStringLiteral("team_info.read"), false,
         tr("the team's name and licence counts: the connection cannot be verified or synced")},
        {QStringLiteral("members.read"), false, tr("listing members and their admin roles: sync does not work")},
        {QStringLiteral("groups.read"), false,
         tr("listing groups and their members: groups and group memberships are not synced")},
        {QStringLiteral("members.write"), true,
         tr("inviting, suspending and reactivating members and changing admin roles")},
        {QStringLiteral("members.delete"), true, tr("removing members from the team")},
        {QStringLiteral("groups.write"), true, tr("creating groups and adding or removing group members")},
    };
}

QStringList Scopes::readOnly()
{
    QStringList out;
    for (const ScopeInfo &s : all())
        if (!s.forProvisioning)
            out << s.name;
    return out;
}

QStringList Scopes::provisioning()
{
    QStringList out;
    for (const ScopeInfo &s : all())
        if (s.forProvisioning)
            out << s.name;
    return out;
}

QStringList Scopes::legacyNames()
{
    return {QStringLiteral("team_data.member"), QStringLiteral("team_data.governance")};
}

QVector<ScopeInfo> Scopes::missing(const QStringList &granted, bool withProvisioning)
{
    QVector<ScopeInfo> out;
    for (const ScopeInfo &s : all()) {
        if (s.forProvisioning && !withProvisioning)
            continue;
        if (!granted.contains(s.name))
            out << s;
    }
    return out;
}

bool Scopes::grantsProvisioning(const QStringList &granted)
{
    for (const QString &s : provisioning())
        if (!granted.contains(s))
            return false;
    return true;
}

} // namespace dbx
