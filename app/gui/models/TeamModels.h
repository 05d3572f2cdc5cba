#pragma once
// The four tables over one snapshot: accounts, roles, groups, and entitlements (every grant).
// Each holds the shared TeamIndex plus, per row, only what cannot be read from it directly.

#include "models/TableModel.h"
#include "models/TeamIndex.h"

#include <QColor>

namespace dbx::gui {

// What the four have in common: the team they show, replaced as a whole (a model reset).
class TeamTableModel : public TableModel
{
    Q_OBJECT
public:
    TeamTableModel(QStringList headers, QObject *parent);
    void setTeam(TeamIndexPtr team);
    const TeamIndexPtr &team() const { return m_team; }

protected:
    int rows() const final { return m_rowCount; }
    // Inside the reset, m_team already the new team: the subclass rebuilds what it derives
    // from it and its caches (resetCaches()), and returns its number of rows.
    virtual int rebuild() = 0;

    TeamIndexPtr m_team;

private:
    int m_rowCount = 0; // the empty team's
};

class AccountsModel : public TeamTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Email,
        Status,
        MembershipKind,
        AdminRole,
        Groups,
        Owns,
        Joined,
        LastSignIn,
        Id,
        ColumnCount
    };

    explicit AccountsModel(QObject *parent = nullptr);

    QString rowId(int row) const override;
    int partition(int row) const override;
    QString exportText(int row, int column) const override;
    const Account &account(int row) const { return m_team->snapshot.accounts.at(row); }
    // Sign-in activity was read for this team (the connection's "Read sign-in activity").
    bool hasSignIns() const { return m_team->snapshot.activityReadAt.isValid(); }
    // Current member with no sign-in within `days`: the last one is older, or none was seen and
    // the read reached back at least `days`.
    bool inactiveFor(int row, int days) const;
    // "12/03/2026", "none in 90 days", or "" when sign-ins are not read.
    QString lastSignInText(int row) const;

protected:
    QVariant cell(const QModelIndex &index, int role) const override;
    bool lessThan(int column, int left, int right) const override;
    int rebuild() override;

private:
    QVector<int> m_ownerCount; // per account: groups it owns
};

class RolesModel : public TeamTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Holders,
        Description,
        Id,
        ColumnCount
    };

    explicit RolesModel(QObject *parent = nullptr);
    QString rowId(int row) const override;

protected:
    QVariant cell(const QModelIndex &index, int role) const override;
    bool lessThan(int column, int left, int right) const override;
    int rebuild() override;
};

class GroupsModel : public TeamTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Management,
        Members,
        Owners,
        ReportedCount,
        ExternalId,
        Id,
        ColumnCount
    };

    explicit GroupsModel(QObject *parent = nullptr);
    QString rowId(int row) const override;
    const Group &group(int row) const { return m_team->snapshot.groups.at(row); }

protected:
    QVariant cell(const QModelIndex &index, int role) const override;
    bool lessThan(int column, int left, int right) const override;
    int rebuild() override;
};

// Every grant: one row per group membership (member or owner) and one per held role, in
// ConductorOne's vocabulary. Rows are three ints; strings are made only for visible cells.
class GrantsModel : public TeamTableModel
{
    Q_OBJECT
public:
    enum Column {
        Principal,
        Email,
        ResourceType,
        Resource,
        Entitlement,
        EntitlementId,
        GrantId,
        ColumnCount
    };
    enum class Kind : quint8 {
        GroupMember,
        GroupOwner,
        RoleMember
    };

    explicit GrantsModel(QObject *parent = nullptr);
    QString rowId(int row) const override; // the grant id
    QString exportText(int row, int column) const override;
    void prepareSearch(const QString &needleLower) override;
    bool rowMatches(int row) const override;
    int partition(int row) const override;

    Kind kind(int row) const { return m_rows.at(row).kind; }
    QString accountId(int row) const;
    QString resourceId(int row) const;

protected:
    QVariant cell(const QModelIndex &index, int role) const override;
    bool lessThan(int column, int left, int right) const override;
    int rebuild() override;

private:
    struct Row {
        Kind kind;
        int resource; // group or role index
        int account;  // account index
    };
    QString text(int row, int column) const;
    const QString &resourceName(const Row &r) const;

    QVector<Row> m_rows;
    // Lowercase search keys of accounts, groups and roles, and which of them match the needle.
    QVector<QString> m_accountKeys;
    QVector<QString> m_groupKeys;
    QVector<QString> m_roleKeys;
    QVector<bool> m_accountHit;
    QVector<bool> m_groupHit;
    QVector<bool> m_roleHit;
    bool m_slugHit[3] = {true, true, true};
};

// Shared by the account table and the entitlement table's search.
QString accountSearchKey(const TeamIndex &team, int accountIndex);
QColor setApartColor();

} // namespace dbx::gui
