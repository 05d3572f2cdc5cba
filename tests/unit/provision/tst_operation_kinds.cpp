// The kinds of operation: every OperationType's names (audit log, plans), words for people,
// scope and traits, and its MemberKind (or none, for the lifecycle kinds), row by row in the
// enum's order. No network.

#include "provision/Operation.h"

#include <QTest>

using namespace dbx;

class TestOperationKinds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("lifecycle");
        QTest::addColumn<int>("kind"); // the MemberKind, -1 for the lifecycle kinds
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("destructive");
        QTest::addColumn<bool>("groupSubject");
        QTest::addColumn<QString>("noChangeTag");
        int index = 0;
        const auto member = [&index](OperationType t, MemberKind k, const char *action, const char *label,
                                     const char *scope, bool destructive, const char *noChange = "") {
            QTest::newRow(action) << index++ << static_cast<int>(t) << false << static_cast<int>(k)
                                  << QString::fromLatin1(action) << QString::fromLatin1(label)
                                  << QString::fromLatin1(scope) << destructive << false
                                  << QString::fromLatin1(noChange);
        };
        const auto lifecycle = [&index](OperationType t, const char *action, const char *label, const char *scope,
                                        bool destructive, bool groupSubject, const char *noChange = "") {
            QTest::newRow(action) << index++ << static_cast<int>(t) << true << -1 << QString::fromLatin1(action)
                                  << QString::fromLatin1(label) << QString::fromLatin1(scope) << destructive
                                  << groupSubject << QString::fromLatin1(noChange);
        };
        // In the enum's order: the index column is the value each type must have.
        member(OperationType::CreateAccount, MemberKind::CreateAccount, "create_account", "Create account",
               "members.write", false, "user_already_on_team");
        member(OperationType::RemoveAccount, MemberKind::RemoveAccount, "remove_account", "Remove account",
               "members.delete", true);
        member(OperationType::Suspend, MemberKind::Suspend, "suspend", "Suspend", "members.write", true);
        member(OperationType::Unsuspend, MemberKind::Unsuspend, "unsuspend", "Unsuspend", "members.write", false,
               "unsuspend_non_suspended_member");
        member(OperationType::SetRole, MemberKind::SetRole, "set_role", "Set role", "members.write", true);
        member(OperationType::ClearRole, MemberKind::ClearRole, "clear_role", "Clear role", "members.write", true);
        member(OperationType::AddToGroup, MemberKind::AddToGroup, "add_to_group", "Add to group", "groups.write", false,
               "duplicate_user");
        member(OperationType::RemoveFromGroup, MemberKind::RemoveFromGroup, "remove_from_group", "Remove from group",
               "groups.write", true, "member_not_in_group");
        member(OperationType::SetAccessType, MemberKind::SetAccessType, "set_access_type", "Set group access",
               "groups.write", true);
        lifecycle(OperationType::CreateGroup, "create_group", "Create group", "groups.write", false, true);
        lifecycle(OperationType::RenameGroup, "rename_group", "Rename group", "groups.write", false, true);
        lifecycle(OperationType::SetGroup, "set_group", "Edit group", "groups.write", true, true);
        lifecycle(OperationType::DeleteGroup, "delete_group", "Delete group", "groups.write", true, true,
                  "group_already_deleted");
        lifecycle(OperationType::RecoverAccount, "recover_account", "Recover account", "members.delete", false, false);
        lifecycle(OperationType::ResendInvite, "resend_invite", "Resend invite", "members.write", false, false);
        lifecycle(OperationType::SetProfile, "set_profile", "Edit profile", "members.write", true, false);
        QCOMPARE(index, kOperationTypeCount);
    }

    void kinds()
    {
        QFETCH(int, index);
        QFETCH(int, type);
        QFETCH(bool, lifecycle);
        QFETCH(int, kind);
        QFETCH(QString, action);
        QFETCH(QString, label);
        QFETCH(QString, scope);
        QFETCH(bool, destructive);
        QFETCH(bool, groupSubject);
        QFETCH(QString, noChangeTag);
        QCOMPARE(type, index);
        const auto t = static_cast<OperationType>(type);
        QCOMPARE(auditAction(t), action);
        QString dashed = action;
        dashed.replace(QLatin1Char('_'), QLatin1Char('-'));
        QCOMPARE(planAction(t), dashed);
        QCOMPARE(displayName(t), label);
        QCOMPARE(requiredScope(t), scope);
        QCOMPARE(isDestructive(t), destructive);
        QCOMPARE(isGroupLifecycle(t), groupSubject);
        QCOMPARE(dbx::noChangeTag(t), noChangeTag);
        QCOMPARE(isLifecycle(t), lifecycle);
        if (!lifecycle)
            QCOMPARE(static_cast<int>(memberKind(t)), kind);
        // Plans and the CLI accept either spelling, in any case, with spaces around.
        for (const QString &spelling : {action, dashed, QStringLiteral("  %1 ").arg(dashed.toUpper())}) {
            OperationType parsed = t == OperationType::Suspend ? OperationType::SetProfile : OperationType::Suspend;
            QVERIFY2(operationTypeFromPlanAction(spelling, &parsed), qPrintable(spelling));
            QCOMPARE(parsed, t);
        }
    }

    void unknownActionsAreRefused()
    {
        for (const char *text : {"", "frobnicate", "create account", "create--account", "suspend!"}) {
            OperationType parsed = OperationType::SetRole;
            QVERIFY2(!operationTypeFromPlanAction(QString::fromLatin1(text), &parsed), text);
            QCOMPARE(parsed, OperationType::SetRole);
        }
    }
};

QTEST_GUILESS_MAIN(TestOperationKinds)
#include "tst_operation_kinds.moc"
