#include "provision/ErrorText.h"

#include "base/TagTexts.h"

#include <QCoreApplication>

namespace dbx {

namespace {
const char *const kCtx = "dbx::provision";
QString tr(const char *s) { return QCoreApplication::translate(kCtx, s); }

// Clauses follow "Could not <do X>: ". The tag itself is appended by the caller in brackets so
// an admin can search Dropbox's documentation for it.
const TagText kTags[] = {
    // UserSelectorError, MemberSelectorError, MembersDeactivateError
    {"user_not_found",
     QT_TRANSLATE_NOOP("dbx::provision", "no member with that team member id, email or external id exists on this team")},
     {"user_not_in_team", QT_TRANSLATE_NOOP("dbx::provision", "the user is not (or no longer) a member of this team")},
      // MembersPermanentlyDeleteFilesError
      {"transfer_in_progress",
       QT_TRANSLATE_NOOP("dbx::provision", "the member's files are being transferred right now, so they cannot be deleted")},
       {"already_transferred",
        QT_TRANSLATE_NOOP("dbx::provision", "the member's files were already transferred to someone else")},
        {"already_transferred_or_deleted",
         QT_TRANSLATE_NOOP("dbx::provision", "the member's files were already transferred or deleted")},
         // MembersTransferFilesError
         {"removed_and_transfer_dest_should_differ",
          QT_TRANSLATE_NOOP("dbx::provision", "the files cannot be transferred to the member being removed; choose another recipient")},
          {"removed_and_transfer_admin_should_differ",
           QT_TRANSLATE_NOOP("dbx::provision", "the admin who receives transfer errors cannot be the member being removed; choose another admin")},
           {"transfer_dest_user_not_found",
            QT_TRANSLATE_NOOP("dbx::provision", "the member chosen to receive the files does not exist")},
            {"transfer_dest_user_not_in_team",
             QT_TRANSLATE_NOOP("dbx::provision", "the member chosen to receive the files is not on this team")},
             {"transfer_admin_user_not_in_team",
              QT_TRANSLATE_NOOP("dbx::provision", "the admin chosen for transfer errors is not on this team")},
              {"transfer_admin_user_not_found",
               QT_TRANSLATE_NOOP("dbx::provision", "the admin chosen for transfer errors does not exist")},
               {"unspecified_transfer_admin_id",
                QT_TRANSLATE_NOOP("dbx::provision", "a file transfer needs an admin who is told about transfer errors (transfer_admin)")},
                {"transfer_admin_is_not_admin",
                 QT_TRANSLATE_NOOP("dbx::provision", "the member chosen for transfer errors is not a team admin; choose a member who holds an admin role")},
                 {"recipient_not_verified",
                  QT_TRANSLATE_NOOP("dbx::provision", "the member chosen to receive the files has not verified their email address")},
                  // MembersRemoveError
                  {"remove_last_admin",
                   QT_TRANSLATE_NOOP("dbx::provision", "they are the team's last admin, and a team cannot be left without one; give another member an admin role first")},
                   {"cannot_keep_account_and_transfer",
                    QT_TRANSLATE_NOOP("dbx::provision", "an account cannot be kept as a Basic account and have its files transferred at the same time; choose one")},
                    {"cannot_keep_account_and_delete_data",
                     QT_TRANSLATE_NOOP("dbx::provision", "an account cannot be kept as a Basic account while its data is wiped from linked devices; turn wipe_data off to keep it")},
                     {"cannot_keep_account_and_permanently_delete",
                      QT_TRANSLATE_NOOP("dbx::provision", "an account cannot be kept while its files are permanently deleted")},
                      {"email_address_too_long_to_be_disabled",
                       QT_TRANSLATE_NOOP("dbx::provision", "the member's email address is too long for Dropbox to disable it")},
                       {"cannot_keep_invited_user_account",
                        QT_TRANSLATE_NOOP("dbx::provision", "an invited member who never joined has no account to keep as a Basic account")},
                        {"cannot_retain_shares_when_data_wiped",
                         QT_TRANSLATE_NOOP("dbx::provision", "team shares cannot be retained while the data is wiped from linked devices; turn wipe_data off")},
                         {"cannot_retain_shares_when_no_account_kept",
                          QT_TRANSLATE_NOOP("dbx::provision", "team shares can only be retained when the account is kept as a Basic account (keep_account)")},
                          {"cannot_retain_shares_when_team_external_sharing_off",
                           QT_TRANSLATE_NOOP("dbx::provision", "team shares can only be retained when the team allows sharing outside the team")},
                           {"cannot_keep_account",
                            QT_TRANSLATE_NOOP("dbx::provision", "only a team admin can convert this account to a Basic account")},
                            {"cannot_keep_account_under_legal_hold",
                             QT_TRANSLATE_NOOP("dbx::provision", "the member's content is under a legal hold; release them from the hold before converting the account to Basic")},
                             {"cannot_keep_account_required_to_sign_tos",
                              QT_TRANSLATE_NOOP("dbx::provision", "the member must sign in and accept Dropbox's terms of service before their account can become a Basic account")},
                              {"cannot_permanently_delete_and_transfer",
                               QT_TRANSLATE_NOOP("dbx::provision", "files cannot be permanently deleted and transferred at the same time")},
                               {"member_is_transfer_destination",
                                QT_TRANSLATE_NOOP("dbx::provision", "the member is receiving another member's files right now; wait for that transfer to finish")},
                                // MembersSuspendError
                                {"suspend_inactive_user",
                                 QT_TRANSLATE_NOOP("dbx::provision", "the member is not active (invited, already suspended or removed), so they cannot be suspended")},
                                 {"suspend_last_admin",
                                  QT_TRANSLATE_NOOP("dbx::provision", "they are the team's last admin, and a team cannot be left without an active one; give another member an admin role first")},
                                  {"team_license_limit",
                                   QT_TRANSLATE_NOOP("dbx::provision", "the team has no free licence left; buy more licences or remove someone first")},
                                   // MembersUnsuspendError
                                   {"unsuspend_non_suspended_member",
                                    QT_TRANSLATE_NOOP("dbx::provision", "the member is not suspended")},
                                    // MembersSetPermissions2Error
                                    {"last_admin",
                                     QT_TRANSLATE_NOOP("dbx::provision", "they are the team's last admin, and taking their admin role would leave the team without one; give another member an admin role first")},
                                     {"cannot_set_permissions",
                                      QT_TRANSLATE_NOOP("dbx::provision", "Dropbox does not allow changing this member's role now (for example, because they are suspended)")},
                                      {"role_not_found",
                                       QT_TRANSLATE_NOOP("dbx::provision", "the role does not exist on this team; sync to see the available roles")},
                                       // MemberAddResultBase (per-member failures of members/add_v2)
                                       {"free_team_member_limit_reached",
                                        QT_TRANSLATE_NOOP("dbx::provision", "the free team's member limit is reached")},
                                        {"user_already_on_team",
                                         QT_TRANSLATE_NOOP("dbx::provision", "a member with this email is already on the team (active, invited, suspended, or removed but still recoverable)")},
                                         {"user_on_another_team",
                                          QT_TRANSLATE_NOOP("dbx::provision", "this email belongs to a member or invitee of another Dropbox team; they must leave it first")},
                                          {"user_already_paired",
                                           QT_TRANSLATE_NOOP("dbx::provision", "this email's account is already paired with another team account")},
                                           {"user_migration_failed",
                                            QT_TRANSLATE_NOOP("dbx::provision", "Dropbox could not migrate the person's existing account onto the team")},
                                            {"duplicate_external_member_id",
                                             QT_TRANSLATE_NOOP("dbx::provision", "another member of the team (perhaps a recoverable removed one) already has this external id")},
                                             {"duplicate_member_persistent_id",
                                              QT_TRANSLATE_NOOP("dbx::provision", "another member of the team already has this persistent id")},
                                              {"persistent_id_disabled",
                                               QT_TRANSLATE_NOOP("dbx::provision", "persistent ids need a SAML configuration with persistent ids on this team")},
                                               {"user_creation_failed",
                                                QT_TRANSLATE_NOOP("dbx::provision", "Dropbox could not create the account")},
                                                // Group selector and group member errors
                                                {"group_not_found",
                                                 QT_TRANSLATE_NOOP("dbx::provision", "the group does not exist (any more); sync to refresh the list of groups")},
                                                 {"group_not_in_team",
                                                  QT_TRANSLATE_NOOP("dbx::provision", "the group is not on this team")},
                                                  {"system_managed_group_disallowed",
                                                   QT_TRANSLATE_NOOP("dbx::provision", "the group is managed by Dropbox itself (such as \"Everyone at ...\"); its members cannot be changed")},
                                                   {"duplicate_user",
                                                    QT_TRANSLATE_NOOP("dbx::provision", "the member is already in the group")},
                                                    {"members_not_in_team",
                                                     QT_TRANSLATE_NOOP("dbx::provision", "the member is not part of this team; add them to the team first")},
                                                     {"users_not_found",
                                                      QT_TRANSLATE_NOOP("dbx::provision", "the member was not found on Dropbox")},
                                                      {"user_must_be_active_to_be_owner",
                                                       QT_TRANSLATE_NOOP("dbx::provision", "a suspended member cannot be a group owner; add them as a member, or unsuspend them first")},
                                                       {"user_cannot_be_manager_of_company_managed_group",
                                                        QT_TRANSLATE_NOOP("dbx::provision", "the group is company managed: only admins manage it, so no member can be its owner")},
                                                        {"member_not_in_group",
                                                         QT_TRANSLATE_NOOP("dbx::provision", "the member is not in the group")},
                                                         // async.PollError, GroupsPollError
                                                         {"invalid_async_job_id",
                                                          QT_TRANSLATE_NOOP("dbx::provision", "Dropbox no longer knows the background job; check the result with a sync")},
                                                          {"internal_error",
                                                           QT_TRANSLATE_NOOP("dbx::provision", "Dropbox had an internal error while running the job; sync to see whether the change happened, then try again")},
                                                           {"access_denied",
                                                            QT_TRANSLATE_NOOP("dbx::provision", "this connection may not check that background job")},
                                                            // GroupCreateError, GroupUpdateError, GroupDeleteError
                                                            {"group_name_already_used",
                                                             QT_TRANSLATE_NOOP("dbx::provision", "another group of the team already has this name; choose another one")},
                                                             {"group_name_invalid",
                                                              QT_TRANSLATE_NOOP("dbx::provision", "the group name is empty or has characters Dropbox does not accept")},
                                                              {"external_id_already_in_use",
                                                               QT_TRANSLATE_NOOP("dbx::provision", "another group of the team already has this external id")},
                                                               {"group_already_deleted",
                                                                QT_TRANSLATE_NOOP("dbx::provision", "the group was already deleted")},
                                                                // MembersRecoverError
                                                                {"user_unrecoverable",
                                                                 QT_TRANSLATE_NOOP("dbx::provision", "the member can no longer be recovered (they were removed too long ago, their account was converted or their files were transferred); invite them again instead")},
                                                                 // MembersSetProfileError
                                                                 {"external_id_and_new_external_id_unsafe",
                                                                  QT_TRANSLATE_NOOP("dbx::provision", "a member named by their external id cannot get a new external id in the same call; name them by email or id")},
                                                                  {"no_new_data_specified",
                                                                   QT_TRANSLATE_NOOP("dbx::provision", "nothing to change was given (a new email, given name, surname or external id)")},
                                                                   {"email_reserved_for_other_user",
                                                                    QT_TRANSLATE_NOOP("dbx::provision", "this email address is already taken by another Dropbox user")},
                                                                    {"external_id_used_by_other_user",
                                                                     QT_TRANSLATE_NOOP("dbx::provision", "another member of the team already has this external id")},
                                                                     {"set_profile_disallowed",
                                                                      QT_TRANSLATE_NOOP("dbx::provision", "the profile of a removed member cannot be changed")},
                                                                      {"param_cannot_be_empty",
                                                                       QT_TRANSLATE_NOOP("dbx::provision", "the new email address cannot be empty")},
                                                                       {"persistent_id_used_by_other_user",
                                                                        QT_TRANSLATE_NOOP("dbx::provision", "another member of the team already has this persistent id")},
                                                                        {"directory_restricted_off",
                                                                         QT_TRANSLATE_NOOP("dbx::provision", "directory restrictions are not available on this team")},
};

} // namespace

QString explainTag(const QString &tag)
{
    static const TagTexts texts(kCtx, kTags);
    if (QString text = texts.text(tag); !text.isEmpty())
        return text;
    if (tag.isEmpty())
        return tr("Dropbox refused the change without saying why");
    return tr("Dropbox refused the change (%1)").arg(tag);
}

bool tagMeansNoChange(OperationType type, const QString &tag)
{
    const QString noChange = noChangeTag(type);
    return !noChange.isEmpty() && tag == noChange;
}

QString explainError(const Error &error)
{
    if (error.kind == Error::Kind::Endpoint) {
        QString text = explainTag(error.tag);
        if (!error.userMessage.isEmpty())
            text += QLatin1String(" (") + tr("Dropbox says: %1").arg(error.userMessage) + QLatin1Char(')');
        return text;
    }
    if (error.kind == Error::Kind::Unauthorized && error.tag == QLatin1String("missing_scope")) {
        const QString scope = error.requiredScope.isEmpty() ? tr("a write permission") : error.requiredScope;
        return tr("the Dropbox app lacks the permission %1; enable it on the app's Permissions tab "
                  "in the Dropbox App Console, then authorize the connection again")
            .arg(scope);
    }
    return error.message();
}

} // namespace dbx
