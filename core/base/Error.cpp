#include "base/Error.h"

#include "base/TagTexts.h"

#include <QCoreApplication>

namespace dbx {

namespace {
const char *const kCtx = "dbx::Error";
QString tr(const char *s) { return QCoreApplication::translate(kCtx, s); }

// Whole sentences for the 409 tags of the routes the connector calls (shared reference, team.stone).
// Used only when Dropbox sent no user_message of its own; provisioning adds its own wording on top.
const TagText kEndpointTags[] = {
    // Listing routes
    {"invalid_cursor",
     QT_TRANSLATE_NOOP("dbx::Error", "Dropbox no longer accepts the listing's cursor (the team changed or the cursor expired). Start the sync again.")},
     {"group_not_found",
      QT_TRANSLATE_NOOP("dbx::Error", "The group does not exist any more. Sync again to refresh the list of groups.")},
      {"group_not_in_team",
       QT_TRANSLATE_NOOP("dbx::Error", "The group is not on this team. Sync again to refresh the list of groups.")},
       {"id_not_found",
        QT_TRANSLATE_NOOP("dbx::Error", "Dropbox found no member with that id. Sync again to refresh the list of accounts.")},
        // Member selectors and member changes
        {"user_not_found",
         QT_TRANSLATE_NOOP("dbx::Error", "No member with that id, email or external id exists on this team. Sync again to refresh the list of accounts.")},
         {"user_not_in_team",
          QT_TRANSLATE_NOOP("dbx::Error", "The user is not (or no longer) a member of this team. Sync again to refresh the list of accounts.")},
          {"users_not_found",
           QT_TRANSLATE_NOOP("dbx::Error", "Some of the members were not found on Dropbox. Sync again to refresh the list of accounts.")},
           {"members_not_in_team",
            QT_TRANSLATE_NOOP("dbx::Error", "Some of the members are not part of this team. Add them to the team first.")},
            {"team_license_limit",
             QT_TRANSLATE_NOOP("dbx::Error", "The team has no free license left. Buy more licenses or remove a member first.")},
             {"free_team_member_limit_reached",
              QT_TRANSLATE_NOOP("dbx::Error", "The free team's member limit is reached. Upgrade the team or remove a member first.")},
              {"user_already_on_team",
               QT_TRANSLATE_NOOP("dbx::Error", "A member with this email is already on the team. Sync again to see them.")},
               {"user_on_another_team",
                QT_TRANSLATE_NOOP("dbx::Error", "This email belongs to a member of another Dropbox team. They must leave that team first.")},
                {"user_already_paired",
                 QT_TRANSLATE_NOOP("dbx::Error", "This email's account is already paired with another team account.")},
                 {"user_migration_failed",
                  QT_TRANSLATE_NOOP("dbx::Error", "Dropbox could not move the person's existing account onto the team. Try again later.")},
                  {"duplicate_external_member_id",
                   QT_TRANSLATE_NOOP("dbx::Error", "Another member of the team already has this external id. Choose a different one.")},
                   {"duplicate_member_persistent_id",
                    QT_TRANSLATE_NOOP("dbx::Error", "Another member of the team already has this persistent id. Choose a different one.")},
                    {"persistent_id_disabled",
                     QT_TRANSLATE_NOOP("dbx::Error", "Persistent ids need a SAML configuration with persistent ids on this team.")},
                     {"user_creation_failed",
                      QT_TRANSLATE_NOOP("dbx::Error", "Dropbox could not create the account. Try again later.")},
                      {"remove_last_admin",
                       QT_TRANSLATE_NOOP("dbx::Error", "The member is the team's last admin and cannot be removed. Give another member an admin role first.")},
                       {"cannot_keep_account_and_transfer",
                        QT_TRANSLATE_NOOP("dbx::Error", "An account cannot be kept and have its files transferred at the same time. Choose one.")},
                        {"transfer_admin_is_not_admin",
                         QT_TRANSLATE_NOOP("dbx::Error", "The member chosen to receive transfer errors is not a team admin. Choose a member with an admin role.")},
                         {"suspend_inactive_user",
                          QT_TRANSLATE_NOOP("dbx::Error", "Only an active member can be suspended.")},
                          {"suspend_last_admin",
                           QT_TRANSLATE_NOOP("dbx::Error", "The member is the team's last admin and cannot be suspended. Give another member an admin role first.")},
                           {"unsuspend_non_suspended_member",
                            QT_TRANSLATE_NOOP("dbx::Error", "The member is not suspended.")},
                            {"last_admin",
                             QT_TRANSLATE_NOOP("dbx::Error", "The member is the team's last admin and must keep the admin role. Give another member an admin role first.")},
                             {"role_not_found",
                              QT_TRANSLATE_NOOP("dbx::Error", "The role does not exist on this team. Sync again to see the available roles.")},
                              {"cannot_set_permissions",
                               QT_TRANSLATE_NOOP("dbx::Error", "Dropbox does not allow changing this member's role right now (for example, because they are suspended).")},
                               // Group membership
                               {"duplicate_user",
                                QT_TRANSLATE_NOOP("dbx::Error", "The member is already in the group.")},
                                {"member_not_in_group",
                                 QT_TRANSLATE_NOOP("dbx::Error", "The member is not in the group. Sync again to refresh the group's members.")},
                                 {"system_managed_group_disallowed",
                                  QT_TRANSLATE_NOOP("dbx::Error", "The group is managed by Dropbox itself; its members cannot be changed.")},
                                  {"user_must_be_active_to_be_owner",
                                   QT_TRANSLATE_NOOP("dbx::Error", "A suspended member cannot be a group owner. Add them as a member, or unsuspend them first.")},
                                   {"user_cannot_be_manager_of_company_managed_group",
                                    QT_TRANSLATE_NOOP("dbx::Error", "The group is company managed: only admins manage it, so no member can be its owner.")},
                                    {"group_name_already_used",
                                     QT_TRANSLATE_NOOP("dbx::Error", "Another group already has this name. Choose a different name.")},
                                     // Asynchronous jobs
                                     {"invalid_async_job_id",
                                      QT_TRANSLATE_NOOP("dbx::Error", "Dropbox does not know the background job any more. Sync again to see the result.")},
                                      {"internal_error",
                                       QT_TRANSLATE_NOOP("dbx::Error", "Dropbox reported an internal error. Try again later.")},
                                       {"access_error",
                                        QT_TRANSLATE_NOOP("dbx::Error", "The connected admin is not allowed to do this. Authorize the connection with a team admin who holds the needed role.")},
};

QString endpointTagText(const QString &tag)
{
    static const TagTexts texts(kCtx, kEndpointTags);
    return texts.text(tag);
}

QString routeOrCall(const QString &route) { return route.isEmpty() ? tr("a Dropbox call") : route; }
} // namespace

bool Error::needsReauthorization() const
{
    switch (kind) {
    case Kind::Unauthorized:
        // Every 401 means the stored authorization cannot serve this call, except the few tags
        // that describe a wrong request rather than a wrong token.
        return tag != QLatin1String("route_access_denied") && tag != QLatin1String("invalid_select_user")
            && tag != QLatin1String("invalid_select_admin");
    case Kind::TokenRefresh:
        // The refresh token or the app credentials were refused (or are not there); only a
        // server error at /oauth2/token is transient and needs no new authorization.
        return httpStatus < 500;
    default: return false;
    }
}

QString Error::message() const
{
    if (kind != Kind::None && !text.isEmpty())
        return text;
    switch (kind) {
    case Kind::None: return QString();
    case Kind::Invalid:
    case Kind::NotFound:
    case Kind::Io:
    case Kind::Database:
    case Kind::Refused:
    case Kind::Internal: return detail.isEmpty() ? tr("The operation failed.") : detail;
    case Kind::BadRequest:
        if (tag == QLatin1String("insecure_transport")) // refused here, before any connection
            return detail;
        return tr("Dropbox rejected the request for %1 as invalid (%2). This is a bug in the "
                  "connector; please report it with this message.")
            .arg(routeOrCall(route), detail.isEmpty() ? tr("no details") : detail);
    case Kind::Unauthorized:
        if (tag == QLatin1String("missing_scope")) {
            const QString scope = requiredScope.isEmpty() ? tr("(not named by Dropbox)") : requiredScope;
            return tr("The Dropbox app lacks the permission %1. Enable it on the app's Permissions "
                      "tab in the Dropbox App Console, then run the connection wizard again to "
                      "re-authorize.")
                .arg(scope);
        }
        if (tag == QLatin1String("user_suspended"))
            return tr("The Dropbox admin who authorized the connection is suspended. Run the "
                      "connection wizard again and authorize as an active team admin.");
        if (tag == QLatin1String("route_access_denied"))
            return tr("Dropbox does not allow this app to call %1. Check the app's type and "
                      "permissions in the Dropbox App Console.")
                .arg(routeOrCall(route));
        if (tag == QLatin1String("invalid_select_user") || tag == QLatin1String("invalid_select_admin"))
            return tr("Dropbox refused the member the connector acted as (%1). Sync again and retry.").arg(tag);
        return tr("The Dropbox authorization is no longer valid. Run the connection wizard again "
                  "to re-authorize.");
    case Kind::Forbidden:
        if (tag == QLatin1String("team_access_denied"))
            return tr("Dropbox denied this app access to the team's data. Make sure the app is a "
                      "team app (scoped access, team scopes) and authorize it as a team admin in "
                      "the connection wizard.");
        if (tag == QLatin1String("no_permission"))
            return tr("The admin who authorized the connection lacks the permission for %1. "
                      "Authorize as a team admin with a suitable admin role.")
                .arg(routeOrCall(route));
        if (tag == QLatin1String("invalid_account_type"))
            return tr("The Dropbox account type cannot use %1. Authorize with an account of a "
                      "Dropbox team that includes this feature.")
                .arg(routeOrCall(route));
        return tr("Dropbox denied access to %1 (%2). Check the app's permissions and the "
                  "authorizing admin's role.")
            .arg(routeOrCall(route), tag.isEmpty() ? tr("no reason given") : tag);
    case Kind::Endpoint: {
        if (!userMessage.isEmpty())
            return userMessage;
        const QString known = endpointTagText(tag);
        if (!known.isEmpty())
            return known;
        return tr("Dropbox refused %1 with the error \"%2\". Sync again, then retry; if it "
                  "persists, look the error up in Dropbox's API documentation.")
            .arg(routeOrCall(route),
                 !tag.isEmpty()           ? tag
                     : !summary.isEmpty() ? summary
                     : !detail.isEmpty()  ? detail.left(200)
                                          : tr("unknown"));
    }
    case Kind::RateLimited:
        if (!detail.isEmpty())
            return detail; // a bound that was reached says so itself
        return tr("Dropbox kept asking the connector to slow down (rate limited) and the retries "
                  "ran out. Wait a few minutes and try again.");
    case Kind::Server:
        return tr("Dropbox's servers answered with an error (HTTP %1) several times in a row. "
                  "This is usually temporary; try again in a few minutes.")
            .arg(httpStatus);
    case Kind::Network:
        return tr("Dropbox could not be reached (%1). Check the network connection and proxy "
                  "settings, then try again.")
            .arg(detail.isEmpty() ? tr("network error") : detail);
    case Kind::Timeout:
        return tr("Dropbox did not answer %1 in time. Check the network connection and try again.")
            .arg(routeOrCall(route));
    case Kind::Malformed:
        return tr("Dropbox sent a reply the connector does not understand (%1). Try again; if it "
                  "persists, please report it with this message.")
            .arg(detail.isEmpty() ? routeOrCall(route) : detail);
    case Kind::Cancelled: return tr("The operation was cancelled.");
    case Kind::TokenRefresh:
        if (tag == QLatin1String("invalid_grant"))
            return tr("Dropbox refused the stored refresh token (it was revoked or has expired). "
                      "Run the connection wizard again to re-authorize.");
        if (tag == QLatin1String("invalid_client") || tag == QLatin1String("unauthorized_client"))
            return tr("Dropbox refused the app key or app secret. Check them in the Dropbox App "
                      "Console and run the connection wizard again.");
        if (httpStatus >= 500)
            return tr("Dropbox's sign-in service answered with an error (HTTP %1). This is "
                      "usually temporary; try again in a few minutes.")
                .arg(httpStatus);
        return tr("Dropbox did not issue a new access token (%1). Run the connection wizard "
                  "again to re-authorize.")
            .arg(!detail.isEmpty()    ? detail
                     : !tag.isEmpty() ? tag
                                      : tr("HTTP %1").arg(httpStatus));
    }
    return tr("The Dropbox call failed.");
}

QString Error::brief() const
{
    if (kind == Kind::None)
        return QStringLiteral("ok");
    QString kindName;
    switch (kind) {
    case Kind::None: break;
    case Kind::BadRequest: kindName = QStringLiteral("bad_request"); break;
    case Kind::Unauthorized: kindName = QStringLiteral("unauthorized"); break;
    case Kind::Forbidden: kindName = QStringLiteral("forbidden"); break;
    case Kind::Endpoint: kindName = QStringLiteral("endpoint"); break;
    case Kind::RateLimited: kindName = QStringLiteral("rate_limited"); break;
    case Kind::Server: kindName = QStringLiteral("server"); break;
    case Kind::Network: kindName = QStringLiteral("network"); break;
    case Kind::Timeout: kindName = QStringLiteral("timeout"); break;
    case Kind::Malformed: kindName = QStringLiteral("malformed"); break;
    case Kind::Cancelled: kindName = QStringLiteral("cancelled"); break;
    case Kind::TokenRefresh: kindName = QStringLiteral("token_refresh"); break;
    case Kind::Invalid: kindName = QStringLiteral("invalid"); break;
    case Kind::NotFound: kindName = QStringLiteral("not_found"); break;
    case Kind::Io: kindName = QStringLiteral("io"); break;
    case Kind::Database: kindName = QStringLiteral("database"); break;
    case Kind::Refused: kindName = QStringLiteral("refused"); break;
    case Kind::Internal: kindName = QStringLiteral("internal"); break;
    }
    if (kind >= Kind::Invalid) // a local error: "io: Cannot write /tmp/x: disk full"
        return kindName + QStringLiteral(": ") + (detail.isEmpty() ? text : detail).left(200).simplified();
    // "409 team/groups/members/list: group_not_found"; without a status the kind leads.
    QString out = httpStatus > 0 ? QString::number(httpStatus) : kindName;
    if (!route.isEmpty())
        out += QLatin1Char(' ') + route;
    out += QStringLiteral(": ");
    if (!tag.isEmpty())
        return out + tag;
    out += kindName;
    if (!detail.isEmpty() && kind != Kind::Endpoint) {
        QString d = detail;
        const QString prefix = route + QLatin1String(": ");
        if (!route.isEmpty() && d.startsWith(prefix))
            d = d.mid(prefix.size());
        // Bounded: a 400 body or an HTML error page must not flood the log.
        out += QStringLiteral(" (") + d.left(200).simplified() + QLatin1Char(')');
    }
    return out;
}

Error Error::make(Kind kind, const QString &text, const QString &detail)
{
    Error e;
    e.kind = kind;
    e.text = text;
    e.detail = detail;
    return e;
}

Error Error::cancelled(const QString &route)
{
    Error e;
    e.kind = Kind::Cancelled;
    e.route = route;
    return e;
}

Error Error::malformed(const QString &route, const QString &detail)
{
    Error e;
    e.kind = Kind::Malformed;
    e.route = route;
    // The detail always names the route, so a log line or a message alone says where it happened.
    const QString prefix = route + QLatin1String(": ");
    e.detail = route.isEmpty() || detail.startsWith(prefix) ? detail : prefix + detail;
    return e;
}

} // namespace dbx
