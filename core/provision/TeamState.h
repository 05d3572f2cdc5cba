#pragma once
// TeamState: the newest snapshot, indexed for provisioning. It answers "who is this selector",
// "which group/role does this id or name mean", and precheck(): will an operation change
// something, does it already hold, or is it invalid (and why). After a change succeeds, apply()
// folds it in, so the next item of a plan is checked against the team as it now is.

#include "model/SnapshotChange.h"
#include "provision/Operation.h"

#include <QHash>
#include <QSet>

namespace dbx {

struct Precheck {
    enum class Verdict {
        WillChange,
        AlreadySo,
        Invalid
    };
    Verdict verdict = Verdict::Invalid;
    QString reason; // AlreadySo / Invalid: the sentence; WillChange: empty
    // Resolved ids (set as far as resolution got)
    QString teamMemberId;
    QString groupId;
    QString roleId;
    QString transferDestId;
    QString transferAdminId;
    QString previousRoleId; // SetRole / ClearRole: the role it replaces
};

// common.EmailAddress and common.OptionalNamePart of the Dropbox spec.
bool validEmail(const QString &email);
bool validNamePart(const QString &name);

class TeamState
{
public:
    TeamState() = default;
    explicit TeamState(const Snapshot &snapshot);

    bool isEmpty() const { return m_snapshot.runId == 0 && m_accounts.isEmpty(); }
    qint64 runId() const { return m_snapshot.runId; }
    // Accounts, groups and roles are kept current by apply(); memberships live in the index only
    // (the snapshot's own list is cleared so it cannot be mistaken for the current one).
    const Snapshot &snapshot() const { return m_snapshot; }

    // A current member first; a removed one only when no current member matches.
    const Account *findUser(const UserSelector &user) const;
    // By group_id, else by exact name; *ambiguous is set when several groups share the name.
    const Group *findGroup(const QString &idOrName, bool *ambiguous = nullptr) const;
    const Role *findRole(const QString &idOrName, bool *ambiguous = nullptr) const;
    bool membership(const QString &groupId, const QString &teamMemberId, AccessType *access = nullptr) const;
    QStringList groupsOf(const QString &teamMemberId) const;
    // Members holding any admin role, and holding the team admin role ("Team admin" by name).
    int adminCount() const;

    Precheck precheck(const Operation &op) const;
    // Operation::describe / confirmationText against this state, through its indexes: the
    // operation's own words look its members, group and role up by scanning a snapshot, which
    // made a 100,000-row plan's preview quadratic.
    QString describe(const Operation &op) const;
    QString confirmationText(const Operation &op) const;
    // What a change does to the stored snapshot: accounts to upsert, memberships to upsert or
    // delete. The Provisioner writes exactly this to the store.
    using Patch = SnapshotChange;
    // Folds a successful result in (CreateAccount uses result.account) and says what changed.
    Patch apply(const OperationResult &result);
    // For previews: folds the change precheck() predicted, inventing an id for a new member.
    void applyPredicted(const Operation &op, const Precheck &check);
    // What Dropbox said when asked just now, where the snapshot was behind: a membership present
    // (with its access) or gone, an account's status and role. Folded in like apply().
    Patch correctMembership(const QString &groupId, const QString &teamMemberId, bool present, AccessType access);
    Patch correctAccount(const Account &account);

private:
    // The group lifecycle and member upkeep (TeamStateLifecycle.cpp).
    Precheck precheckLifecycle(const Operation &op) const;
    Patch applyLifecycle(const OperationResult &result);
    // A group or role named by id or exact name (its id set in *p), or null with the sentence why
    // not in *p (none named, none or several found).
    const Group *resolveGroup(const QString &ref, Precheck *p) const;
    const Role *resolveRole(const QString &ref, Precheck *p) const;
    void reindexGroups();
    void indexAccount(int row);
    void setMembership(const QString &groupId, const QString &teamMemberId, bool present, AccessType access);
    Account *account(const QString &teamMemberId);

    Snapshot m_snapshot;
    QHash<QString, int> m_accounts;    // team_member_id -> row in m_snapshot.accounts
    QHash<QString, QString> m_byEmail; // lower-case email -> team_member_id (current preferred)
    QHash<QString, QString> m_byExternalId;
    QHash<QString, int> m_groups; // group_id -> row
    QMultiHash<QString, int> m_groupsByName;
    QHash<QString, int> m_roles;                          // role_id -> row
    QMultiHash<QString, int> m_rolesByName;               // lower-case name -> row
    QHash<QString, QHash<QString, AccessType>> m_members; // group_id -> team_member_id -> access
    int m_predicted = 0;
};

} // namespace dbx

Q_DECLARE_METATYPE(dbx::Precheck)
