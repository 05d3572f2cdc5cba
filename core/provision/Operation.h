#pragma once
// Typed provisioning operations: one value per change an admin can ask of the Dropbox team, and
// the result of carrying it out. Values only (copyable, registered metatypes) so they cross from
// the GUI to the worker thread and back, and so a CSV plan row is just an Operation with a line.

#include "base/Error.h"
#include "model/Types.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

namespace dbx {

// Names one team member, as Dropbox's UserSelectorArg does.
struct UserSelector {
    enum class Kind {
        None,
        TeamMemberId,
        Email,
        ExternalId
    };
    Kind kind = Kind::None;
    QString value;

    static UserSelector byId(const QString &teamMemberId) { return {Kind::TeamMemberId, teamMemberId}; }
    static UserSelector byEmail(const QString &email) { return {Kind::Email, email}; }
    static UserSelector byExternalId(const QString &id) { return {Kind::ExternalId, id}; }
    // "dbmid:..." -> team_member_id; "email:x", "id:x", "external_id:x" explicit; "a@b" -> email;
    // anything else -> team_member_id. Empty text -> Kind::None.
    static UserSelector parse(const QString &text);

    bool isEmpty() const { return kind == Kind::None || value.isEmpty(); }
    QJsonObject toJson() const; // {".tag":"email","email":"a@b.com"}
    QString text() const { return value; }
    friend bool operator==(const UserSelector &a, const UserSelector &b)
    {
        return a.kind == b.kind && a.value == b.value;
    }
};

enum class OperationType {
    // The member kinds (MemberKind): one member is named.
    CreateAccount,
    RemoveAccount,
    Suspend,
    Unsuspend,
    SetRole,
    ClearRole,
    AddToGroup,
    RemoveFromGroup,
    SetAccessType,
    // The lifecycle kinds. Group lifecycle: the group is the subject, no member is named.
    CreateGroup,
    RenameGroup,
    SetGroup,
    DeleteGroup,
    // Member upkeep
    RecoverAccount,
    ResendInvite,
    SetProfile,
};
constexpr int kOperationTypeCount = static_cast<int>(OperationType::SetProfile) + 1;

// The member kinds as an enum of their own, each with its OperationType's value: after one
// isLifecycle() test, a switch over them stays exhaustive (-Wswitch) without listing the
// lifecycle kinds, which the *Lifecycle.cpp files handle.
enum class MemberKind {
    CreateAccount = static_cast<int>(OperationType::CreateAccount),
    RemoveAccount = static_cast<int>(OperationType::RemoveAccount),
    Suspend = static_cast<int>(OperationType::Suspend),
    Unsuspend = static_cast<int>(OperationType::Unsuspend),
    SetRole = static_cast<int>(OperationType::SetRole),
    ClearRole = static_cast<int>(OperationType::ClearRole),
    AddToGroup = static_cast<int>(OperationType::AddToGroup),
    RemoveFromGroup = static_cast<int>(OperationType::RemoveFromGroup),
    SetAccessType = static_cast<int>(OperationType::SetAccessType),
};
// True for the group lifecycle and member upkeep (CreateGroup ... SetProfile).
bool isLifecycle(OperationType t);
MemberKind memberKind(OperationType t); // only for !isLifecycle(t)

// CreateGroup, RenameGroup, SetGroup, DeleteGroup: operations on a group, with no member.
bool isGroupLifecycle(OperationType t);

// "create_account", "remove_account", ... (the audit log's action column)
QString auditAction(OperationType t);
// "create-account", "remove-account", ... (CSV plans and CLI command names)
QString planAction(OperationType t);
bool operationTypeFromPlanAction(const QString &action, OperationType *out);
// The Dropbox scope the route needs: members.write, members.delete or groups.write.
QString requiredScope(OperationType t);
// "Create account", "Remove account", ... for people
QString displayName(OperationType t);
// True when the change cannot be undone simply (asks for confirmation in the GUI).
bool isDestructive(OperationType t);
// The error tag by which the route says the change already holds (duplicate_user for
// add-to-group, ...), or "" when it has none.
QString noChangeTag(OperationType t);

struct Operation {
    OperationType type = OperationType::CreateAccount;
    UserSelector user; // every type; for CreateAccount the new member's email

    // CreateAccount
    QString givenName;
    QString surname;
    QString externalId;
    bool sendWelcomeEmail = true;

    // CreateAccount (optional) and SetRole: a role_id or a role's exact name
    QString role;
    // AddToGroup, RemoveFromGroup, SetAccessType: a group_id or a group's exact name
    QString group;
    // AddToGroup, SetAccessType
    AccessType accessType = AccessType::Member;

    // CreateGroup (the new name is `group`), RenameGroup (the new name), SetProfile (new email)
    QString newName;
    QString newEmail;
    // CreateGroup, SetGroup: the group's external id is `externalId`; SetGroup and SetProfile
    // change it only when changeExternalId is set (then "" clears it, as team.stone says).
    bool changeExternalId = false;
    GroupManagementType managementType = GroupManagementType::Unknown; // Unknown: not given
    bool creatorAsOwner = true;                                        // CreateGroup

    // RemoveAccount and Suspend
    bool wipeData = true; // Dropbox's default for both routes
    // RemoveAccount
    bool keepAccount = false;      // convert to a Basic account instead of deleting it
    UserSelector transferDest;     // files go to this member
    UserSelector transferAdmin;    // transfer errors are mailed to this admin
    bool retainTeamShares = false; // Basic account keeps explicitly shared folders

    // Factories: the fields each type uses. forUser/forGroup: the type and whom it acts on;
    // forMembership: a member's place in a group; the others add their own fields to one of these.
    static Operation forUser(OperationType type, const UserSelector &user);
    static Operation forGroup(OperationType type, const QString &group);
    static Operation forMembership(OperationType type, const UserSelector &user, const QString &group,
                                   AccessType access = AccessType::Member);
    static Operation createAccount(const QString &email, const QString &givenName = {}, const QString &surname = {},
                                   const QString &externalId = {}, bool sendWelcomeEmail = true,
                                   const QString &role = {});
    static Operation removeAccount(const UserSelector &user, bool wipeData = true, bool keepAccount = false,
                                   const UserSelector &transferDest = {}, const UserSelector &transferAdmin = {},
                                   bool retainTeamShares = false);
    static Operation suspend(const UserSelector &user, bool wipeData = false);
    static Operation unsuspend(const UserSelector &user);
    static Operation setRole(const UserSelector &user, const QString &role);
    static Operation clearRole(const UserSelector &user);
    static Operation addToGroup(const UserSelector &user, const QString &group, AccessType access = AccessType::Member);
    static Operation removeFromGroup(const UserSelector &user, const QString &group);
    static Operation setAccessType(const UserSelector &user, const QString &group, AccessType access);
    static Operation createGroup(const QString &name, const QString &externalId = {},
                                 GroupManagementType management = GroupManagementType::Unknown,
                                 bool creatorAsOwner = true);
    static Operation renameGroup(const QString &group, const QString &newName);
    // externalId: nullopt = unchanged, "" = cleared; management Unknown = unchanged.
    static Operation setGroup(const QString &group, const std::optional<QString> &externalId,
                              GroupManagementType management);
    static Operation deleteGroup(const QString &group);
    static Operation recoverAccount(const UserSelector &user);
    static Operation resendInvite(const UserSelector &user);
    // Empty texts are left as they are; externalId as in setGroup.
    static Operation setProfile(const UserSelector &user, const QString &givenName, const QString &surname,
                                const QString &newEmail, const std::optional<QString> &externalId);

    // One sentence: "Suspend ann@example.com and wipe their data from linked devices."
    // With a snapshot, ids are shown with names ("Sales (g:1a2b)").
    QString describe(const Snapshot *snapshot = nullptr) const;
    // What the admin confirms: the consequence spelled out (remove: what happens to the member's
    // files; set role: which role it replaces, as a member holds one role at most).
    QString confirmationText(const Snapshot *snapshot = nullptr) const;
    // The options as the audit log's details JSON (no secrets are ever part of an operation).
    QJsonObject details() const;
    // The inverse of auditAction() + details() (+ the audit row's user): rebuilds the operation an
    // audit row describes, e.g. to reconcile an attempt that a stopped run left without outcome.
    static bool fromAudit(const QString &action, const QJsonObject &details, Operation *out);
};

enum class Outcome {
    Success,   // Dropbox made the change
    NoChange,  // it already held: nothing to do (not a failure)
    Failed,    // Dropbox (or the network) refused or failed
    Invalid,   // not sent: unknown user/group/role, contradictory options
    Cancelled, // not started (or stopped before Dropbox made it): cancelled
    Unknown,   // sent, but the reply was lost and reading it back failed:
               // Dropbox may or may not have made it; sync to confirm
};
QString toWire(Outcome o);      // "success", "no_change", "failed", "invalid", "cancelled", "unknown"
QString displayName(Outcome o); // "Done", "No change", "Failed", "Invalid", "Cancelled",
                                // "Unknown: sync to confirm"
bool outcomeFromWire(const QString &wire, Outcome *out);

struct OperationResult {
    int index = -1; // position in the run's list of operations
    Operation operation;
    Outcome outcome = Outcome::Failed;
    QString message;                  // a sentence for people, the error explained
    QString tag;                      // Dropbox's error or failure tag, if any
    Error error;                      // when Failed because of a call
    QString requestId;                // X-Dropbox-Request-Id of the deciding reply
    QString teamMemberId;             // the member concerned, once known
    QString groupId;                  // resolved group, if any (CreateGroup: the new group's id)
    QString roleId;                   // resolved role, if any
    Account account;                  // CreateAccount, SetProfile success: the member's profile
    Group group;                      // CreateGroup, RenameGroup, SetGroup success: the group as Dropbox holds it
    QVector<Membership> groupMembers; // CreateGroup success: its members in Dropbox's reply (the creator)

    bool ok() const { return outcome == Outcome::Success || outcome == Outcome::NoChange; }
};

} // namespace dbx

Q_DECLARE_METATYPE(dbx::UserSelector)
Q_DECLARE_METATYPE(dbx::Operation)
Q_DECLARE_METATYPE(dbx::OperationResult)
Q_DECLARE_METATYPE(dbx::Outcome)
