#include "provision/Plan.h"

#include "store/Export.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace dbx {

namespace {
const char *const kCtx = "dbx::provision";
QString tr(const char *s) { return QCoreApplication::translate(kCtx, s); }

bool parseBool(const QString &text, bool *out)
{
    const QString v = text.trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1") || v == QLatin1String("on")) {
        *out = true;
        return true;
    }
    if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("0") || v == QLatin1String("off")) {
        *out = false;
        return true;
    }
    return false;
}

QString verdictWire(Precheck::Verdict v)
{
    switch (v) {
    case Precheck::Verdict::WillChange: return QStringLiteral("will_change");
    case Precheck::Verdict::AlreadySo: return QStringLiteral("no_change");
    case Precheck::Verdict::Invalid: break;
    }
    return QStringLiteral("invalid");
}
} // namespace

QString PlanRow::status() const
{
    if (applied)
        return toWire(result.outcome);
    if (!parsed)
        return QStringLiteral("invalid");
    if (!previewed)
        return QStringLiteral("unchecked");
    return verdictWire(verdict);
}

QString PlanRow::message() const
{
    if (applied)
        return result.message;
    if (!parsed)
        return parseError;
    return reason;
}

int Plan::count(Precheck::Verdict verdict) const
{
    int n = 0;
    for (const PlanRow &r : rows) {
        if (!r.parsed)
            n += verdict == Precheck::Verdict::Invalid ? 1 : 0;
        else if (r.previewed && r.verdict == verdict)
            ++n;
    }
    return n;
}

int Plan::count(Outcome outcome) const
{
    int n = 0;
    for (const PlanRow &r : rows)
        n += (r.applied && r.result.outcome == outcome) ? 1 : 0;
    return n;
}

bool Plan::anyFailed() const
{
    if (!error.isEmpty())
        return true;
    for (const PlanRow &r : rows) {
        if (!r.parsed)
            return true;
        if (r.applied && !r.result.ok())
            return true;
    }
    return false;
}

QString planHeader() { return QStringLiteral("action,email_or_id,group_or_role,options"); }

QVector<CsvRecord> parseCsv(const QString &text, QString *error)
{
    QVector<CsvRecord> records;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    const auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&](int nextLine) {
        endField();
        records << current;
        current = CsvRecord();
        current.line = nextLine;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.trimmed().isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
            field.clear();
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the \n ends the record
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord(line);
        } else {
            field += c;
            if (!c.isSpace())
                fieldStarted = true;
        }
    }
    if (inQuotes && error)
        *error = tr("line %1: a quoted field is never closed").arg(current.line);
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord(line + 1);
    return records;
}

bool parsePlanRow(PlanRow *row)
{
    row->parsed = false;
    OperationType type;
    if (!operationTypeFromPlanAction(row->action, &type)) {
        row->parseError = row->action.trimmed().isEmpty()
            ? tr("No action given.")
            : tr("Unknown action \"%1\" (known: create-account, remove-account, suspend, unsuspend, set-role, "
                 "clear-role, add-to-group, remove-from-group, set-access-type).").arg(row->action.trimmed());
        return false;
    }
    const QString user = row->user.trimmed();
    if (user.isEmpty()) {
        row->parseError = tr("No member given in the email_or_id column.");
        return false;
    }
    const QString object = row->object.trimmed();

    // key=value;key=value
    QList<QPair<QString, QString>> options;
    for (const QString &part : row->options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            row->parseError = tr("Option \"%1\" is not key=value.").arg(part.trimmed());
            return false;
        }
        options.append({part.left(eq).trimmed().toLower(), part.mid(eq + 1).trimmed()});
    }

    Operation op;
    op.type = type;
    op.user = type == OperationType::CreateAccount ? UserSelector::byEmail(user) : UserSelector::parse(user);
    QStringList known;
    QString badValue;
    const auto boolOption = [&](const QString &key, const QString &value, bool *out) {
        if (!parseBool(value, out))
            badValue = tr("Option %1 takes true or false, not \"%2\".").arg(key, value);
    };
    switch (type) {
    case OperationType::CreateAccount:
        known = {QStringLiteral("given_name"), QStringLiteral("surname"), QStringLiteral("external_id"),
                 QStringLiteral("welcome_email"), QStringLiteral("send_welcome_email"), QStringLiteral("role")};
        op.role = object;
        break;
    case OperationType::RemoveAccount:
        known = {QStringLiteral("wipe_data"), QStringLiteral("keep_account"), QStringLiteral("transfer_dest"),
                 QStringLiteral("transfer_dest_id"), QStringLiteral("transfer_admin"),
                 QStringLiteral("transfer_admin_id"), QStringLiteral("retain_team_shares")};
        break;
    case OperationType::Suspend:
        known = {QStringLiteral("wipe_data")};
        op.wipeData = false;
        break;
    case OperationType::SetRole:
        known = {QStringLiteral("role")};
        op.role = object;
        break;
    case OperationType::AddToGroup:
    case OperationType::SetAccessType:
        known = {QStringLiteral("owner"), QStringLiteral("access"), QStringLiteral("access_type")};
        op.group = object;
        break;
    case OperationType::RemoveFromGroup:
        op.group = object;
        break;
    case OperationType::Unsuspend:
    case OperationType::ClearRole:
        break;
    }
    bool accessGiven = false;
    for (const auto &[key, value] : options) {
        if (!known.contains(key)) {
            row->parseError = known.isEmpty()
                ? tr("%1 takes no options, but \"%2\" was given.").arg(planAction(type), key)
                : tr("Unknown option \"%1\" for %2 (known: %3).").arg(key, planAction(type), known.join(QStringLiteral(", ")));
            return false;
        }
        if (key == QLatin1String("given_name")) op.givenName = value;
        else if (key == QLatin1String("surname")) op.surname = value;
        else if (key == QLatin1String("external_id")) op.externalId = value;
        else if (key == QLatin1String("welcome_email") || key == QLatin1String("send_welcome_email")) boolOption(key, value, &op.sendWelcomeEmail);
        else if (key == QLatin1String("role")) {
            if (!object.isEmpty() && object != value) {
                row->parseError = tr("The role is given twice (\"%1\" and role=%2).").arg(object, value);
                return false;
            }
            op.role = value;
        }
        else if (key == QLatin1String("wipe_data")) boolOption(key, value, &op.wipeData);
        else if (key == QLatin1String("keep_account")) boolOption(key, value, &op.keepAccount);
        else if (key == QLatin1String("retain_team_shares")) boolOption(key, value, &op.retainTeamShares);
        else if (key.startsWith(QLatin1String("transfer_dest"))) op.transferDest = UserSelector::parse(value);
        else if (key.startsWith(QLatin1String("transfer_admin"))) op.transferAdmin = UserSelector::parse(value);
        else if (key == QLatin1String("owner")) {
            bool owner = false;
            boolOption(key, value, &owner);
            op.accessType = owner ? AccessType::Owner : AccessType::Member;
            accessGiven = true;
        } else if (key == QLatin1String("access") || key == QLatin1String("access_type")) {
            if (!accessTypeFromWire(value.toLower(), &op.accessType))
                badValue = tr("Option %1 takes owner or member, not \"%2\".").arg(key, value);
            accessGiven = true;
        }
        if (!badValue.isEmpty()) {
            row->parseError = badValue;
            return false;
        }
    }
    if (type == OperationType::SetAccessType && !accessGiven) {
        row->parseError = tr("set-access-type needs owner=true or owner=false (or access=owner|member).");
        return false;
    }
    if ((type == OperationType::AddToGroup || type == OperationType::RemoveFromGroup
         || type == OperationType::SetAccessType) && op.group.isEmpty()) {
        row->parseError = tr("No group given in the group_or_role column.");
        return false;
    }
    if (type == OperationType::SetRole && op.role.isEmpty()) {
        row->parseError = tr("No role given in the group_or_role column.");
        return false;
    }
    if ((type == OperationType::Unsuspend || type == OperationType::ClearRole || type == OperationType::Suspend
         || type == OperationType::RemoveAccount) && !object.isEmpty()) {
        row->parseError = tr("%1 takes no group or role, but \"%2\" was given.").arg(planAction(type), object);
        return false;
    }
    row->operation = op;
    row->parsed = true;
    row->parseError.clear();
    return true;
}

Plan parsePlan(const QByteArray &csv, const QString &source)
{
    Plan plan;
    plan.source = source;
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);               // a BOM from spreadsheet exports
    QString csvError;
    const QVector<CsvRecord> records = parseCsv(QString::fromUtf8(bytes), &csvError);
    bool headerSeen = false;
    for (const CsvRecord &rec : records) {
        const bool blank = rec.fields.size() == 1 && rec.fields.first().trimmed().isEmpty();
        if (blank || (!rec.fields.isEmpty() && rec.fields.first().trimmed().startsWith(QLatin1Char('#'))))
            continue;
        if (!headerSeen) {
            QStringList names;
            for (const QString &f : rec.fields)
                names << f.trimmed().toLower();
            if (names.join(QLatin1Char(',')) != planHeader()) {
                plan.error = tr("Line %1: a plan starts with the header \"%2\", not \"%3\".")
                                 .arg(rec.line).arg(planHeader(), rec.fields.join(QLatin1Char(',')));
                return plan;
            }
            headerSeen = true;
            continue;
        }
        PlanRow row;
        row.line = rec.line;
        row.action = rec.fields.value(0);
        row.user = rec.fields.value(1);
        row.object = rec.fields.value(2);
        row.options = rec.fields.value(3);
        if (rec.fields.size() > 4) {
            row.parseError = tr("%1 columns instead of 4 (quote a field that contains a comma).").arg(rec.fields.size());
        } else {
            parsePlanRow(&row);
        }
        plan.rows << row;
    }
    if (!headerSeen)
        plan.error = tr("The plan is empty: it needs the header \"%1\" and one row per operation.").arg(planHeader());
    else if (!csvError.isEmpty() && !plan.rows.isEmpty()) {
        PlanRow &last = plan.rows.last();
        last.parsed = false;
        last.parseError = csvError;
    }
    return plan;
}

Plan readPlanFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Plan plan;
        plan.source = path;
        plan.error = tr("Cannot read the plan %1: %2").arg(path, f.errorString());
        return plan;
    }
    return parsePlan(f.readAll(), path);
}

void previewPlan(Plan *plan, TeamState state)
{
    for (PlanRow &row : plan->rows) {
        if (!row.parsed)
            continue;
        const Precheck check = state.precheck(row.operation);
        row.previewed = true;
        row.verdict = check.verdict;
        row.reason = check.verdict == Precheck::Verdict::WillChange
            ? row.operation.describe(&state.snapshot())
            : check.reason;
        state.applyPredicted(row.operation, check);
    }
}

QByteArray planReport(const Plan &plan)
{
    QByteArray out = csvRow({QStringLiteral("line"), QStringLiteral("action"), QStringLiteral("email_or_id"),
                             QStringLiteral("group_or_role"), QStringLiteral("options"), QStringLiteral("status"),
                             QStringLiteral("message"), QStringLiteral("request_id"), QStringLiteral("team_member_id")});
    for (const PlanRow &r : plan.rows) {
        const QStringList fields = {
            QString::number(r.line), r.action, r.user, r.object, r.options, r.status(), r.message(),
            r.applied ? r.result.requestId : QString(), r.applied ? r.result.teamMemberId : QString(),
        };
        out += csvRow(fields);
    }
    return out;
}

bool writePlanReport(const Plan &plan, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(planReport(plan)) < 0 || !f.commit()) {
        if (error)
            *error = tr("Cannot write the report %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace dbx
