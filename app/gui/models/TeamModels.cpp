#include "models/TeamModels.h"

#include "model/Entitlements.h"

#include <QFont>
#include <QLocale>

namespace dbx::gui {

namespace {

const QChar kSep = QChar(0x1f); // a separator no needle contains, so keys never match across fields

QVariant countCell(int n, int role)
{
    if (role == Qt::DisplayRole)
        return QLocale().toString(n);
    if (role == TableModel::SortRole)
        return n;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString dateText(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

} // namespace

QColor setApartColor() { return QColor(0x80, 0x80, 0x80); }

TeamTableModel::TeamTableModel(QStringList headers, QObject *parent)
    : TableModel(std::move(headers), parent), m_team(TeamIndex::build(Snapshot()))
{}

void TeamTableModel::setTeam(TeamIndexPtr team)
{
    beginResetModel();
    m_team = std::move(team);
    m_rowCount = rebuild();
    endResetModel();
}

// ---------------------------------------------------------------------------------- accounts

AccountsModel::AccountsModel(QObject *parent)
    : TeamTableModel({tr("Name"), tr("Email"), tr("Status"), tr("Membership"), tr("Admin role"), tr("Groups"),
                      tr("Owns"), tr("Joined"), tr("Last sign-in"), tr("Team member ID")},
                     parent)
{}

int AccountsModel::rebuild()
{
    const int n = m_team->snapshot.accounts.size();
    m_ownerCount.fill(0, n);
    for (int i = 0; i < n; ++i) {
        for (int m : m_team->membershipsOfAccount.at(i)) {
            if (m_team->snapshot.memberships.at(m).accessType == AccessType::Owner)
                ++m_ownerCount[i];
        }
    }
    resetCaches(m_team->accountSearchKeys);
    return n;
}

bool AccountsModel::inactiveFor(int row, int days) const
{
    const Account &a = account(row);
    if (!hasSignIns() || a.status == AccountStatus::Removed)
        return false;
    // No sign-in seen in a read of fewer days than asked cannot tell: the member may have signed
    // in just before the read's window (core/insight's inactiveFor keeps the same rule).
    if (!a.lastActive.isValid())
        return days <= m_team->snapshot.activityDays;
    return a.lastActive < QDateTime::currentDateTimeUtc().addDays(-days);
}

QString AccountsModel::lastSignInText(int row) const
{
    if (!hasSignIns())
        return QString();
    const Account &a = account(row);
    return a.lastActive.isValid() ? dateText(a.lastActive)
                                  : tr("none in %n day(s)", nullptr, m_team->snapshot.activityDays);
}

QVariant AccountsModel::cell(const QModelIndex &index, int role) const
{
    const int row = index.row();
    const Account &a = account(row);
    const bool removed = a.status == AccountStatus::Removed;
    switch (role) {
    case IdRole: return a.teamMemberId;
    case KindRole: return QStringLiteral("account");
    case Qt::ForegroundRole:
        if (removed)
            return setApartColor();
        if (a.status == AccountStatus::Suspended)
            return QColor(0xb0, 0x40, 0x20);
        return {};
    case Qt::FontRole:
        if (removed) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (removed) {
            return a.removedIsRecoverable ? tr("Removed from the team (recoverable)") : tr("Removed from the team");
        }
        return {};
    default: break;
    }
    switch (index.column()) {
    case Groups: return countCell(m_team->membershipsOfAccount.at(row).size(), role);
    case Owns: return countCell(m_ownerCount.at(row), role);
    default: break;
    }
    if (role == SortRole && index.column() == Joined)
        return a.joinedOn;
    if (role == SortRole && index.column() == LastSignIn)
        return a.lastActive;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Name: return accountLabel(a);
    case Email: return a.email;
    case Status: return displayName(a.status);
    case MembershipKind: return displayName(a.membershipType);
    case AdminRole: {
        const int r = m_team->accountRole.at(row);
        return r >= 0 ? m_team->snapshot.roles.at(r).name : a.roleId;
    }
    case Joined: return dateText(a.joinedOn.isValid() ? a.joinedOn : a.invitedOn);
    case LastSignIn: return lastSignInText(row);
    case Id: return a.teamMemberId;
    default: break;
    }
    return {};
}

QString AccountsModel::rowId(int row) const { return account(row).teamMemberId; }

int AccountsModel::partition(int row) const { return m_team->accountRemoved.at(row); }

QString AccountsModel::exportText(int row, int column) const
{
    const Account &a = account(row);
    switch (column) {
    case Status: return toWire(a.status);
    case MembershipKind: return toWire(a.membershipType);
    case Groups: return QString::number(m_team->membershipsOfAccount.at(row).size());
    case Owns: return QString::number(m_ownerCount.at(row));
    case Joined: return a.joinedOn.isValid() ? a.joinedOn.toUTC().toString(Qt::ISODate) : QString();
    case LastSignIn: return a.lastActive.isValid() ? a.lastActive.toUTC().toString(Qt::ISODate) : QString();
    default: break;
    }
    return TableModel::exportText(row, column);
}

bool AccountsModel::lessThan(int column, int l, int r) const
{
    const Account &a = account(l);
    const Account &b = account(r);
    switch (column) {
    case Name: return m_team->accountNameRank.at(l) < m_team->accountNameRank.at(r);
    case Email: return textLess(a.email, b.email);
    case Status: return int(a.status) < int(b.status);
    case MembershipKind: return int(a.membershipType) < int(b.membershipType);
    case AdminRole: {
        const int ra = m_team->accountRole.at(l);
        const int rb = m_team->accountRole.at(r);
        return textLess(ra >= 0 ? m_team->snapshot.roles.at(ra).name : a.roleId,
                        rb >= 0 ? m_team->snapshot.roles.at(rb).name : b.roleId);
    }
    case Groups: return m_team->membershipsOfAccount.at(l).size() < m_team->membershipsOfAccount.at(r).size();
    case Owns: return m_ownerCount.at(l) < m_ownerCount.at(r);
    case Joined: {
        const QDateTime da = a.joinedOn.isValid() ? a.joinedOn : a.invitedOn;
        const QDateTime db = b.joinedOn.isValid() ? b.joinedOn : b.invitedOn;
        return da < db;
    }
    case LastSignIn: return a.lastActive < b.lastActive; // none (invalid) first
    case Id: return a.teamMemberId < b.teamMemberId;
    default: break;
    }
    return false;
}

// ---------------------------------------------------------------------------------- roles

RolesModel::RolesModel(QObject *parent)
    : TeamTableModel({tr("Role"), tr("Holders"), tr("Description"), tr("Role ID")}, parent)
{}

int RolesModel::rebuild()
{
    resetCaches(searchKeys(m_team->snapshot.roles,
                           [](const Role &r) -> QString { return r.name + kSep + r.description + kSep + r.id; }));
    return m_team->snapshot.roles.size();
}

QVariant RolesModel::cell(const QModelIndex &index, int role) const
{
    const Role &r = m_team->snapshot.roles.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == KindRole)
        return QStringLiteral("role");
    if (index.column() == Holders)
        return countCell(m_team->holdersOfRole.at(index.row()).size(), role);
    if (role == Qt::ForegroundRole && m_team->holdersOfRole.at(index.row()).isEmpty())
        return setApartColor();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Name: return r.name;
    case Description: return r.description;
    case Id: return r.id;
    default: break;
    }
    return {};
}

QString RolesModel::rowId(int row) const { return m_team->snapshot.roles.at(row).id; }

bool RolesModel::lessThan(int column, int l, int r) const
{
    const Role &a = m_team->snapshot.roles.at(l);
    const Role &b = m_team->snapshot.roles.at(r);
    switch (column) {
    case Name: return textLess(a.name, b.name);
    case Holders: return m_team->holdersOfRole.at(l).size() < m_team->holdersOfRole.at(r).size();
    case Description: return textLess(a.description, b.description);
    case Id: return a.id < b.id;
    default: break;
    }
    return false;
}

// ---------------------------------------------------------------------------------- groups

GroupsModel::GroupsModel(QObject *parent)
    : TeamTableModel({tr("Group"), tr("Management"), tr("Members"), tr("Owners"), tr("Dropbox count"),
                      tr("External ID"), tr("Group ID")},
                     parent)
{}

int GroupsModel::rebuild()
{
    resetCaches(searchKeys(m_team->snapshot.groups,
                           [](const Group &g) -> QString { return g.name + kSep + g.id + kSep + g.externalId; }));
    return m_team->snapshot.groups.size();
}

QVariant GroupsModel::cell(const QModelIndex &index, int role) const
{
    const int row = index.row();
    const Group &g = group(row);
    if (role == IdRole)
        return g.id;
    if (role == KindRole)
        return QStringLiteral("group");
    switch (index.column()) {
    case Members: return countCell(m_team->groupMemberCount.at(row), role);
    case Owners: return countCell(m_team->groupOwnerCount.at(row), role);
    case ReportedCount:
        if (g.memberCount < 0)
            return role == SortRole ? QVariant(-1) : QVariant();
        return countCell(g.memberCount, role);
    default: break;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Name: return g.name;
    case Management: return displayName(g.managementType);
    case ExternalId: return g.externalId;
    case Id: return g.id;
    default: break;
    }
    return {};
}

QString GroupsModel::rowId(int row) const { return group(row).id; }

bool GroupsModel::lessThan(int column, int l, int r) const
{
    const Group &a = group(l);
    const Group &b = group(r);
    switch (column) {
    case Name: return textLess(a.name, b.name);
    case Management: return int(a.managementType) < int(b.managementType);
    case Members: return m_team->groupMemberCount.at(l) < m_team->groupMemberCount.at(r);
    case Owners: return m_team->groupOwnerCount.at(l) < m_team->groupOwnerCount.at(r);
    case ReportedCount: return a.memberCount < b.memberCount;
    case ExternalId: return textLess(a.externalId, b.externalId);
    case Id: return a.id < b.id;
    default: break;
    }
    return false;
}

// ---------------------------------------------------------------------------------- grants

GrantsModel::GrantsModel(QObject *parent)
    : TeamTableModel({tr("Principal"), tr("Email"), tr("Resource type"), tr("Resource"), tr("Entitlement"),
                      tr("Entitlement ID"), tr("Grant ID")},
                     parent)
{}

int GrantsModel::rebuild()
{
    const Snapshot &s = m_team->snapshot;
    m_rows.clear();
    m_rows.reserve(s.memberships.size() + s.accounts.size() / 8);
    for (int i = 0; i < s.memberships.size(); ++i) {
        const int a = m_team->membershipAccount.at(i);
        const int g = m_team->membershipGroup.at(i);
        if (a < 0 || g < 0)
            continue;
        m_rows.push_back(
            {s.memberships.at(i).accessType == AccessType::Owner ? Kind::GroupOwner : Kind::GroupMember, g, a});
    }
    for (int a = 0; a < s.accounts.size(); ++a) {
        const int r = m_team->accountRole.at(a);
        if (r >= 0)
            m_rows.push_back({Kind::RoleMember, r, a});
    }
    m_accountKeys.resize(s.accounts.size());
    for (int a = 0; a < s.accounts.size(); ++a) {
        const Account &acc = s.accounts.at(a);
        m_accountKeys[a] = lowered(accountLabel(acc) + kSep + acc.email + kSep + acc.teamMemberId);
    }
    m_groupKeys.resize(s.groups.size());
    for (int g = 0; g < s.groups.size(); ++g)
        m_groupKeys[g] = lowered(s.groups.at(g).name + kSep + s.groups.at(g).id);
    m_roleKeys.resize(s.roles.size());
    for (int r = 0; r < s.roles.size(); ++r)
        m_roleKeys[r] = lowered(s.roles.at(r).name + kSep + s.roles.at(r).id);
    resetCaches();
    prepareSearch(searchNeedle());
    return m_rows.size();
}

void GrantsModel::prepareSearch(const QString &needleLower)
{
    TableModel::prepareSearch(needleLower);
    // One pass over accounts, groups and roles per keystroke; each grant row then costs three
    // array lookups instead of a string search.
    const auto mark = [&needleLower](const QVector<QString> &keys, QVector<bool> &hits) {
        hits.resize(keys.size());
        for (int i = 0; i < keys.size(); ++i)
            hits[i] = needleLower.isEmpty() || keys.at(i).contains(needleLower);
    };
    mark(m_accountKeys, m_accountHit);
    mark(m_groupKeys, m_groupHit);
    mark(m_roleKeys, m_roleHit);
    const QString slugs[3]
        = {QStringLiteral("group member"), QStringLiteral("group owner"), QStringLiteral("role member")};
    for (int k = 0; k < 3; ++k)
        m_slugHit[k] = needleLower.isEmpty() || slugs[k].contains(needleLower);
}

bool GrantsModel::rowMatches(int row) const
{
    const QString &needle = searchNeedle();
    if (needle.isEmpty())
        return true;
    const Row &r = m_rows.at(row);
    if (m_accountHit.at(r.account) || m_slugHit[int(r.kind)])
        return true;
    if (r.kind == Kind::RoleMember ? m_roleHit.at(r.resource) : m_groupHit.at(r.resource))
        return true;
    // Someone pasting a ConductorOne id ("group:g:1:member"): worth the string building.
    if (needle.contains(QLatin1Char(':')))
        return text(row, GrantId).toLower().contains(needle);
    return false;
}

int GrantsModel::partition(int row) const { return m_team->accountRemoved.at(m_rows.at(row).account); }

QString GrantsModel::accountId(int row) const
{
    return m_team->snapshot.accounts.at(m_rows.at(row).account).teamMemberId;
}

QString GrantsModel::resourceId(int row) const
{
    const Row &r = m_rows.at(row);
    return r.kind == Kind::RoleMember ? m_team->snapshot.roles.at(r.resource).id
                                      : m_team->snapshot.groups.at(r.resource).id;
}

const QString &GrantsModel::resourceName(const Row &r) const
{
    return r.kind == Kind::RoleMember ? m_team->snapshot.roles.at(r.resource).name
                                      : m_team->snapshot.groups.at(r.resource).name;
}

QString GrantsModel::text(int row, int column) const
{
    const Row &r = m_rows.at(row);
    const Account &a = m_team->snapshot.accounts.at(r.account);
    const bool isRole = r.kind == Kind::RoleMember;
    const QString &name = resourceName(r);
    const QString slug = r.kind == Kind::GroupOwner ? QStringLiteral("owner") : QStringLiteral("member");
    switch (column) {
    case Principal: return accountLabel(a);
    case Email: return a.email;
    case Entitlement:
        switch (r.kind) {
        // ConductorOne's entitlement slugs, in words: the resource has its own column.
        case Kind::GroupMember: return tr("Member");
        case Kind::GroupOwner: return tr("Owner");
        case Kind::RoleMember: return tr("Assigned");
        }
        return {};
    case Resource: return name;
    case ResourceType: return isRole ? tr("Role") : tr("Group");
    case EntitlementId:
        return entitlementId(isRole ? resource_type::role() : resource_type::group(), resourceId(row), slug);
    case GrantId:
        return grantId(entitlementId(isRole ? resource_type::role() : resource_type::group(), resourceId(row), slug),
                       a.teamMemberId);
    default: break;
    }
    return {};
}

QVariant GrantsModel::cell(const QModelIndex &index, int role) const
{
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case SortRole: return text(row, index.column());
    case IdRole: return rowId(row);
    case KindRole: return QStringLiteral("grant");
    case Qt::ForegroundRole: return partition(row) ? QVariant(setApartColor()) : QVariant();
    case Qt::FontRole:
        if (partition(row)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    default: break;
    }
    return {};
}

QString GrantsModel::exportText(int row, int column) const
{
    const Kind k = m_rows.at(row).kind;
    if (column == Entitlement)
        return k == Kind::GroupOwner ? QStringLiteral("owner") : QStringLiteral("member");
    if (column == ResourceType)
        return k == Kind::RoleMember ? resource_type::role() : resource_type::group();
    return text(row, column);
}

QString GrantsModel::rowId(int row) const { return text(row, GrantId); }

bool GrantsModel::lessThan(int column, int l, int r) const
{
    const Row &a = m_rows.at(l);
    const Row &b = m_rows.at(r);
    const Snapshot &s = m_team->snapshot;
    switch (column) {
    case Principal: return m_team->accountNameRank.at(a.account) < m_team->accountNameRank.at(b.account);
    case Email: return textLess(s.accounts.at(a.account).email, s.accounts.at(b.account).email);
    case Entitlement:
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return textLess(resourceName(a), resourceName(b));
    case Resource: return textLess(resourceName(a), resourceName(b));
    case ResourceType: return (a.kind == Kind::RoleMember) < (b.kind == Kind::RoleMember);
    case EntitlementId:
    case GrantId: return text(l, column) < text(r, column);
    default: break;
    }
    return false;
}

} // namespace dbx::gui
