#include "models/ChangesModel.h"

#include "model/Entitlements.h"

#include <QColor>
#include <QLocale>

namespace dbx::gui {

namespace {

QString accountText(const Account &a)
{
    const QString label = accountLabel(a);
    return label == a.email || a.email.isEmpty() ? label : label + QStringLiteral(" <") + a.email + QLatin1Char('>');
}

QString accountTextById(const TeamIndex &team, const QHash<QString, const Account *> &gone, const QString &id)
{
    const Account *a = team.account(id);
    if (!a)
        a = gone.value(id, nullptr);
    return a ? accountText(*a) : id;
}

QString roleName(const TeamIndex &team, const QString &id)
{
    if (id.isEmpty())
        return ChangesModel::tr("(none)");
    const Role *r = team.role(id);
    return r ? r->name : id;
}

QString fieldChange(const TeamIndex &team, const AccountChange &c, const QString &field)
{
    const Account &b = c.before;
    const Account &a = c.after;
    const QString arrow = QStringLiteral(" \u2192 ");
    if (field == QLatin1String("status"))
        return ChangesModel::tr("status: %1").arg(displayName(b.status) + arrow + displayName(a.status));
    if (field == QLatin1String("email"))
        return ChangesModel::tr("email: %1").arg(b.email + arrow + a.email);
    if (field == QLatin1String("role_id") || field == QLatin1String("role"))
        return ChangesModel::tr("role: %1").arg(roleName(team, b.roleId) + arrow + roleName(team, a.roleId));
    if (field == QLatin1String("membership_type"))
        return ChangesModel::tr("membership: %1")
            .arg(displayName(b.membershipType) + arrow + displayName(a.membershipType));
    if (field == QLatin1String("display_name") || field == QLatin1String("name"))
        return ChangesModel::tr("name: %1").arg(accountLabel(b) + arrow + accountLabel(a));
    if (field == QLatin1String("groups"))
        return ChangesModel::tr("group memberships");
    QString words = field;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    return words;
}

// Fields a person reads as noise next to a change that already says it (suspended_on next to
// status: active -> suspended).
bool impliedByOthers(const QString &field, const QStringList &fields)
{
    if (field == QLatin1String("suspended_on") || field == QLatin1String("removed_is_recoverable"))
        return fields.contains(QLatin1String("status"));
    if (field == QLatin1String("given_name") || field == QLatin1String("surname")
        || field == QLatin1String("abbreviated_name") || field == QLatin1String("familiar_name"))
        return fields.contains(QLatin1String("display_name")) || fields.contains(QLatin1String("name"));
    return false;
}

QString grantText(const TeamIndex &team, const Grant &g)
{
    QString resource = g.resourceId;
    if (g.resourceType == resource_type::group()) {
        if (const Group *grp = team.group(g.resourceId))
            resource = grp->name;
        return g.slug == QLatin1String("owner") ? ChangesModel::tr("owner of group %1").arg(resource)
                                                : ChangesModel::tr("member of group %1").arg(resource);
    }
    if (const Role *r = team.role(g.resourceId))
        resource = r->name;
    return ChangesModel::tr("holds role %1").arg(resource);
}

} // namespace

ChangesModel::ChangesModel(QObject *parent)
    : TableModel({tr("Change"), tr("Who / what"), tr("Details"), tr("ID")}, parent)
{}

QString ChangesModel::kindText(Kind k)
{
    switch (k) {
    case Kind::AccountAdded: return tr("Account added");
    case Kind::AccountRemoved: return tr("Account gone");
    case Kind::AccountChanged: return tr("Account changed");
    case Kind::GroupAdded: return tr("Group added");
    case Kind::GroupRemoved: return tr("Group removed");
    case Kind::GrantAdded: return tr("Grant added");
    case Kind::GrantRemoved: return tr("Grant removed");
    }
    return {};
}

void ChangesModel::setDiff(const SnapshotDiff &diff, TeamIndexPtr team)
{
    if (!team)
        team = TeamIndex::build(Snapshot());
    beginResetModel();
    m_diff = diff;
    m_rows.clear();
    const auto add = [this](Kind kind, const QString &object, const QString &details, const QString &id,
                            const QString &linkKind, const QString &linkId) {
        m_rows.push_back({kind, {kindText(kind), object, details, id}, linkKind, linkId});
    };
    const QString account = QStringLiteral("account");
    const QString group = QStringLiteral("group");
    for (const Account &a : diff.accountsAdded)
        add(Kind::AccountAdded, accountText(a), displayName(a.status), a.teamMemberId, account, a.teamMemberId);
    for (const Account &a : diff.accountsRemoved)
        add(Kind::AccountRemoved, accountText(a), tr("no longer listed by Dropbox"), a.teamMemberId, account,
            a.teamMemberId);
    for (const AccountChange &c : diff.accountsChanged) {
        QStringList parts;
        for (const QString &f : c.fields) {
            if (!impliedByOthers(f, c.fields))
                parts << fieldChange(*team, c, f);
        }
        add(Kind::AccountChanged, accountText(c.after), parts.join(QStringLiteral("; ")), c.after.teamMemberId, account,
            c.after.teamMemberId);
    }
    for (const Group &g : diff.groupsAdded)
        add(Kind::GroupAdded, g.name, displayName(g.managementType), g.id, group, g.id);
    for (const Group &g : diff.groupsRemoved)
        add(Kind::GroupRemoved, g.name, displayName(g.managementType), g.id, group, g.id);
    // Grants of accounts that left the listing: name them from the diff, the newest snapshot
    // no longer knows them.
    QHash<QString, const Account *> gone;
    for (const Account &a : m_diff.accountsRemoved)
        gone.insert(a.teamMemberId, &a);
    for (const Grant &g : diff.grantsAdded)
        add(Kind::GrantAdded, accountTextById(*team, gone, g.teamMemberId), grantText(*team, g), g.id(), account,
            g.teamMemberId);
    for (const Grant &g : diff.grantsRemoved)
        add(Kind::GrantRemoved, accountTextById(*team, gone, g.teamMemberId), grantText(*team, g), g.id(), account,
            g.teamMemberId);
    resetCaches(searchKeys(m_rows, [](const Row &r) -> QString { return r.cells.join(QLatin1Char('\n')); }));
    endResetModel();
}

int ChangesModel::rows() const { return m_rows.size(); }

QVariant ChangesModel::cell(const QModelIndex &index, int role) const
{
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case IdRole: return r.linkId;
    case KindRole: return r.linkKind;
    case Qt::ForegroundRole:
        if (index.column() != Change)
            return {};
        switch (r.kind) {
        case Kind::AccountAdded:
        case Kind::GroupAdded:
        case Kind::GrantAdded: return QColor(0x1b, 0x7f, 0x3b);
        case Kind::AccountRemoved:
        case Kind::GroupRemoved:
        case Kind::GrantRemoved: return QColor(0xb3, 0x26, 0x1e);
        case Kind::AccountChanged: return QColor(0x9a, 0x60, 0x00);
        }
        return {};
    case Qt::DisplayRole:
    case SortRole: return r.cells.at(index.column());
    default: break;
    }
    return {};
}

QString ChangesModel::rowId(int row) const
{
    return m_rows.at(row).cells.at(Id) + QLatin1Char('/') + QString::number(int(m_rows.at(row).kind));
}

bool ChangesModel::lessThan(int column, int l, int r) const
{
    const Row &a = m_rows.at(l);
    const Row &b = m_rows.at(r);
    if (column == Change)
        return int(a.kind) < int(b.kind);
    if (column == Id)
        return a.cells.at(Id) < b.cells.at(Id);
    return textLess(a.cells.at(column), b.cells.at(column));
}

// ---------------------------------------------------------------------------------- runs

RunsModel::RunsModel(QObject *parent)
    : TableModel({tr("Run"), tr("Status"), tr("Started"), tr("Duration"), tr("Accounts"), tr("Groups"), tr("Roles"),
                  tr("Memberships"), tr("Requests"), tr("Error")},
                 parent)
{}

void RunsModel::setRuns(const QVector<RunInfo> &runs)
{
    beginResetModel();
    m_runs = runs;
    resetCaches(searchKeys(m_runs, [](const RunInfo &r) -> QString {
        return QString::number(r.id) + QLatin1Char('\n') + r.status + QLatin1Char('\n') + r.error;
    }));
    endResetModel();
}

int RunsModel::rows() const { return m_runs.size(); }

QVariant RunsModel::cell(const QModelIndex &index, int role) const
{
    const RunInfo &r = m_runs.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == KindRole)
        return QStringLiteral("run");
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (r.status == QLatin1String("complete"))
            return QColor(0x1b, 0x7f, 0x3b);
        if (r.status == QLatin1String("failed") || r.status == QLatin1String("interrupted"))
            return QColor(0xb3, 0x26, 0x1e);
        return QColor(0x80, 0x80, 0x80);
    }
    const auto count = [role](qint64 n) -> QVariant {
        if (role == Qt::DisplayRole)
            return QLocale().toString(n);
        if (role == SortRole)
            return n;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    switch (index.column()) {
    case Run: return count(r.id);
    case Accounts: return count(r.accounts);
    case Groups: return count(r.groups);
    case Roles: return count(r.roles);
    case Memberships: return count(r.memberships);
    case Requests: return count(r.requests);
    default: break;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Status: return r.status;
    case Started:
        return r.startedAt.isValid() ? QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case Duration:
        if (!r.startedAt.isValid() || !r.finishedAt.isValid())
            return {};
        return tr("%1 s").arg(QLocale().toString(r.startedAt.msecsTo(r.finishedAt) / 1000.0, 'f', 1));
    case Error: return r.error;
    default: break;
    }
    return {};
}

QString RunsModel::rowId(int row) const { return QString::number(m_runs.at(row).id); }

bool RunsModel::lessThan(int column, int l, int r) const
{
    const RunInfo &a = m_runs.at(l);
    const RunInfo &b = m_runs.at(r);
    switch (column) {
    case Run: return a.id < b.id;
    case Status: return a.status < b.status;
    case Started: return a.startedAt < b.startedAt;
    case Duration: return a.startedAt.msecsTo(a.finishedAt) < b.startedAt.msecsTo(b.finishedAt);
    case Accounts: return a.accounts < b.accounts;
    case Groups: return a.groups < b.groups;
    case Roles: return a.roles < b.roles;
    case Memberships: return a.memberships < b.memberships;
    case Requests: return a.requests < b.requests;
    case Error: return textLess(a.error, b.error);
    default: break;
    }
    return false;
}

} // namespace dbx::gui
