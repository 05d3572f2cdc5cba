// Plan rows of the group lifecycle and member upkeep:
//   create-group,,Sales,external_id=g-7;management=company;owner=false
//   rename-group,,Sales,new_name=Sales EMEA
//   set-group,,Sales,external_id=g-8;management=user
//   delete-group,,Sales,
//   recover-account,ann@example.com,,
//   resend-invite,bob@example.com,,
//   set-profile,ann@example.com,,given_name=Ann;surname=Lee;email=ann.lee@example.com;external_id=e-1
#include "provision/PlanParts.h"

#include <QCoreApplication>

namespace dbx {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::provision", s); }
} // namespace

bool parseLifecycleRow(PlanRow *row, OperationType type, const QList<QPair<QString, QString>> &options)
{
    const QString user = row->user.trimmed();
    const QString object = row->object.trimmed();
    Operation op;
    op.type = type;
    QStringList known;
    switch (type) {
    case OperationType::CreateGroup:
        known = {QStringLiteral("external_id"), QStringLiteral("management"), QStringLiteral("owner")};
        break;
    case OperationType::RenameGroup: known = {QStringLiteral("new_name")}; break;
    case OperationType::SetGroup: known = {QStringLiteral("external_id"), QStringLiteral("management")}; break;
    case OperationType::SetProfile:
        known = {QStringLiteral("given_name"), QStringLiteral("surname"), QStringLiteral("email"),
                 QStringLiteral("external_id")};
        break;
    default: break;
    }
    if (isGroupLifecycle(type)) {
        if (!user.isEmpty()) {
            row->parseError
                = tr("%1 names no member, but \"%2\" was given in the email_or_id column.").arg(planAction(type), user);
            return false;
        }
        if (object.isEmpty()) {
            row->parseError = tr("No group given in the group_or_role column.");
            return false;
        }
        op.group = object;
    } else {
        if (!object.isEmpty()) {
            row->parseError = tr("%1 takes no group or role, but \"%2\" was given.").arg(planAction(type), object);
            return false;
        }
        op.user = UserSelector::parse(user);
    }
    for (const auto &[key, value] : options) {
        if (!knownPlanOption(row, type, known, key))
            return false;
        if (key == QLatin1String("external_id")) {
            op.externalId = value;
            op.changeExternalId = true;
        } else if (key == QLatin1String("management")) {
            const QString v = value.toLower();
            if (v == QLatin1String("company") || v == QLatin1String("company_managed"))
                op.managementType = GroupManagementType::CompanyManaged;
            else if (v == QLatin1String("user") || v == QLatin1String("user_managed"))
                op.managementType = GroupManagementType::UserManaged;
            else {
                row->parseError = tr("Option management takes company or user, not \"%1\".").arg(value);
                return false;
            }
        } else if (key == QLatin1String("owner")) {
            if (!parsePlanBool(value, &op.creatorAsOwner)) {
                row->parseError = tr("Option %1 takes true or false, not \"%2\".").arg(key, value);
                return false;
            }
        } else if (key == QLatin1String("new_name")) {
            op.newName = value;
        } else if (key == QLatin1String("given_name")) {
            op.givenName = value;
        } else if (key == QLatin1String("surname")) {
            op.surname = value;
        } else if (key == QLatin1String("email")) {
            op.newEmail = value;
        }
    }
    if (type == OperationType::CreateGroup)
        op.changeExternalId = false; // a new group's external id is simply its own
    if (type == OperationType::RenameGroup && op.newName.trimmed().isEmpty()) {
        row->parseError = tr("rename-group needs new_name=...");
        return false;
    }
    row->operation = op;
    row->parsed = true;
    row->parseError.clear();
    return true;
}

} // namespace dbx
