#include "provision/Plan.h"

#include "provision/PlanCsv.h"
#include "provision/PlanParts.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>

#include <cstring>

namespace dbx {

bool parsePlanBool(const QString &text, bool *out)
{
    const QString v = text.trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1")
        || v == QLatin1String("on")) {
        *out = true;
        return true;
    }
    if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("0")
        || v == QLatin1String("off")) {
        *out = false;
        return true;
    }
    return false;
}

namespace {
const char *const kCtx = "dbx::provision";
QString tr(const char *s) { return QCoreApplication::translate(kCtx, s); }
bool parseBool(const QString &text, bool *out) { return parsePlanBool(text, out); }

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

bool knownPlanOption(PlanRow *row, OperationType type, const QStringList &known, const QString &key)
{
    if (known.contains(key))
        return true;
    row->parseError = known.isEmpty()
        ? tr("%1 takes no options, but \"%2\" was given.").arg(planAction(type), key)
        : tr("Unknown option \"%1\" for %2 (known: %3).").arg(key, planAction(type), known.join(QStringLiteral(", ")));
    return false;
}

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

namespace {

int lineAt(QByteArrayView data, qsizetype offset) { return 1 + int(QByteArrayView(data.data(), offset).count('\n')); }

// The whole-file checks that need no CSV: what a spreadsheet or an editor may save instead of
// UTF-8 text. Empty when the bytes are fine; otherwise the reason, with its line in *line.
QString encodingProblem(QByteArrayView data, int *line)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        *line = 1;
        return tr("Line 1: the plan is saved as UTF-16 (\"Unicode text\"); save it as CSV in UTF-8.");
    }
    // memchr must not see the null pointer of an empty file, even with a size of 0.
    if (const void *nul = data.isEmpty() ? nullptr : std::memchr(data.data(), 0, size_t(data.size()))) {
        *line = lineAt(data, static_cast<const char *>(nul) - data.data());
        return tr("Line %1: the plan contains a NUL byte; it is not a text CSV file (or not UTF-8: save it "
                  "as CSV in UTF-8).")
            .arg(*line);
    }
    if (data.isValidUtf8())
        return QString();
    // Find the line: '\n' never occurs inside a UTF-8 sequence, so lines can be checked one by one.
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        if (!data.sliced(start, end - start).isValidUtf8()) {
            *line = lineAt(data, start);
            return tr("Line %1 is not valid UTF-8 text (names or emails would be misread); save the plan "
                      "as CSV in UTF-8.")
                .arg(*line);
        }
        start = end + 1;
    }
    *line = 0;
    return tr("The plan is not valid UTF-8 text; save it as CSV in UTF-8.");
}

// sizeKnown false: a pipe, of which only the first size bytes were read.
QString tooLarge(const QString &source, qint64 size, bool sizeKnown = true)
{
    const QString name = source.isEmpty() ? tr("The plan") : tr("The plan %1").arg(source);
    const QString limit = tr("a plan may be at most %1 MB (%2 bytes). Split it into smaller plans.")
                              .arg(kMaxPlanBytes / 1000000)
                              .arg(kMaxPlanBytes);
    if (!sizeKnown)
        return tr("%1 is larger than %2 bytes; %3").arg(name).arg(kMaxPlanBytes).arg(limit);
    return tr("%1 is %2 MB (%3 bytes); %4")
        .arg(name, QString::number(double(size) / 1e6, 'f', 1), QString::number(size), limit);
}

Plan rejectedAsTooLarge(const QString &path, qint64 size, bool sizeKnown)
{
    Plan plan;
    plan.source = path;
    plan.error = tooLarge(path, size, sizeKnown);
    return plan;
}

bool skipped(const QList<QByteArray> &fields)
{
    const bool blank = fields.size() == 1 && fields.first().trimmed().isEmpty();
    return blank || (!fields.isEmpty() && fields.first().trimmed().startsWith('#'));
}

} // namespace

Expected<QVector<CsvRecord>> parseCsv(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    CsvReader reader(bytes);
    QVector<CsvRecord> records;
    QList<QByteArray> fields;
    CsvRecord rec;
    while (reader.next(&fields, &rec.line)) {
        rec.fields.clear();
        for (const QByteArray &f : std::as_const(fields))
            rec.fields << QString::fromUtf8(f);
        records << rec;
    }
    if (!reader.error().isEmpty())
        return unexpected(Error::make(Error::Kind::Invalid, reader.error()));
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
                 "clear-role, add-to-group, remove-from-group, set-access-type, create-group, rename-group, "
                 "set-group, delete-group, recover-account, resend-invite, set-profile).")
                  .arg(row->action.trimmed());
        return false;
    }
    const QString user = row->user.trimmed();
    if (user.isEmpty() && !isGroupLifecycle(type)) {
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

    if (isLifecycle(type))
        return parseLifecycleRow(row, type, options);
    Operation op;
    op.type = type;
    op.user = type == OperationType::CreateAccount ? UserSelector::byEmail(user) : UserSelector::parse(user);
    QStringList known;
    QString badValue;
    const auto boolOption = [&](const QString &key, const QString &value, bool *out) {
        if (!parseBool(value, out))
            badValue = tr("Option %1 takes true or false, not \"%2\".").arg(key, value);
    };
    switch (memberKind(type)) {
    case MemberKind::CreateAccount:
        known = {QStringLiteral("given_name"),         QStringLiteral("surname"),
                 QStringLiteral("external_id"),        QStringLiteral("welcome_email"),
                 QStringLiteral("send_welcome_email"), QStringLiteral("role")};
        op.role = object;
        break;
    case MemberKind::RemoveAccount:
        known = {QStringLiteral("wipe_data"),         QStringLiteral("keep_account"),
                 QStringLiteral("transfer_dest"),     QStringLiteral("transfer_dest_id"),
                 QStringLiteral("transfer_admin"),    QStringLiteral("transfer_admin_id"),
                 QStringLiteral("retain_team_shares")};
        break;
    case MemberKind::Suspend:
        known = {QStringLiteral("wipe_data")};
        op.wipeData = false;
        break;
    case MemberKind::SetRole:
        known = {QStringLiteral("role")};
        op.role = object;
        break;
    case MemberKind::AddToGroup:
    case MemberKind::SetAccessType:
        known = {QStringLiteral("owner"), QStringLiteral("access"), QStringLiteral("access_type")};
        op.group = object;
        break;
    case MemberKind::RemoveFromGroup: op.group = object; break;
    case MemberKind::Unsuspend:
    case MemberKind::ClearRole: break;
    }
    bool accessGiven = false;
    for (const auto &[key, value] : options) {
        if (!knownPlanOption(row, type, known, key))
            return false;
        if (key == QLatin1String("given_name"))
            op.givenName = value;
        else if (key == QLatin1String("surname"))
            op.surname = value;
        else if (key == QLatin1String("external_id"))
            op.externalId = value;
        else if (key == QLatin1String("welcome_email") || key == QLatin1String("send_welcome_email"))
            boolOption(key, value, &op.sendWelcomeEmail);
        else if (key == QLatin1String("role")) {
            if (!object.isEmpty() && object != value) {
                row->parseError = tr("The role is given twice (\"%1\" and role=%2).").arg(object, value);
                return false;
            }
            op.role = value;
        } else if (key == QLatin1String("wipe_data"))
            boolOption(key, value, &op.wipeData);
        else if (key == QLatin1String("keep_account"))
            boolOption(key, value, &op.keepAccount);
        else if (key == QLatin1String("retain_team_shares"))
            boolOption(key, value, &op.retainTeamShares);
        else if (key.startsWith(QLatin1String("transfer_dest")))
            op.transferDest = UserSelector::parse(value);
        else if (key.startsWith(QLatin1String("transfer_admin")))
            op.transferAdmin = UserSelector::parse(value);
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
         || type == OperationType::SetAccessType)
        && op.group.isEmpty()) {
        row->parseError = tr("No group given in the group_or_role column.");
        return false;
    }
    if (type == OperationType::SetRole && op.role.isEmpty()) {
        row->parseError = tr("No role given in the group_or_role column.");
        return false;
    }
    if ((type == OperationType::Unsuspend || type == OperationType::ClearRole || type == OperationType::Suspend
         || type == OperationType::RemoveAccount)
        && !object.isEmpty()) {
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
    // A rejected plan holds no rows: nothing of it can be previewed as runnable or applied.
    const auto reject = [&plan](int line, const QString &message) {
        plan.error = message + QLatin1Char(' ') + tr("The plan is rejected as a whole: none of its rows is applied.");
        plan.errorLine = line;
        plan.rows.clear();
        return plan;
    };
    if (csv.size() > kMaxPlanBytes)
        return reject(0, tooLarge(source, csv.size()));
    QByteArrayView data(csv);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3); // a BOM from spreadsheet exports
    int line = 0;
    const QString encoding = encodingProblem(data, &line);
    if (!encoding.isEmpty())
        return reject(line, encoding);

    // First pass: the structure and the number of rows, before any row is built (the rows are
    // what takes memory), so the vector is allocated once at its size.
    QList<QByteArray> fields;
    qsizetype records = 0;
    {
        CsvReader counter(data);
        while (counter.next(&fields, &line)) {
            if (skipped(fields))
                continue;
            if (++records > qsizetype(kMaxPlanRows) + 1) { // + 1: the header
                return reject(line,
                              tr("Line %1: the plan has more than %2 rows; split it into smaller plans.")
                                  .arg(line)
                                  .arg(kMaxPlanRows));
            }
        }
        if (!counter.error().isEmpty())
            return reject(counter.errorLine(), counter.error());
    }
    plan.rows.reserve(qMax<qsizetype>(0, records - 1));

    CsvReader reader(data);
    bool headerSeen = false;
    while (reader.next(&fields, &line)) {
        if (skipped(fields))
            continue;
        if (!headerSeen) {
            QStringList names;
            for (const QByteArray &f : std::as_const(fields))
                names << QString::fromUtf8(f.trimmed()).toLower();
            if (names.join(QLatin1Char(',')) != planHeader()) {
                QStringList raw;
                for (const QByteArray &f : std::as_const(fields))
                    raw << QString::fromUtf8(f);
                return reject(line,
                              tr("Line %1: a plan starts with the header \"%2\", not \"%3\".")
                                  .arg(line)
                                  .arg(planHeader(), raw.join(QLatin1Char(','))));
            }
            headerSeen = true;
            continue;
        }
        PlanRow row;
        row.line = line;
        row.action = QString::fromUtf8(fields.value(0));
        row.user = QString::fromUtf8(fields.value(1));
        row.object = QString::fromUtf8(fields.value(2));
        row.options = QString::fromUtf8(fields.value(3));
        if (fields.size() > 4)
            row.parseError = tr("%1 columns instead of 4 (quote a field that contains a comma).").arg(fields.size());
        else
            parsePlanRow(&row);
        plan.rows.append(std::move(row));
    }
    if (!headerSeen)
        return reject(0,
                      tr("The plan is empty: it needs the header \"%1\" and one row per operation.").arg(planHeader()));
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
    // Refused before it is read: the size of a regular file is known up front; a pipe or a
    // special file is read in chunks and refused as soon as it passes the limit.
    if (f.size() > kMaxPlanBytes)
        return rejectedAsTooLarge(path, f.size(), true);
    QByteArray data;
    if (!f.isSequential())
        data.reserve(f.size());
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = f.read(chunk, sizeof chunk);
        if (n < 0) {
            Plan plan;
            plan.source = path;
            plan.error = tr("Cannot read the plan %1: %2").arg(path, f.errorString());
            return plan;
        }
        if (n == 0)
            break;
        if (data.size() + n > kMaxPlanBytes)
            return rejectedAsTooLarge(path, data.size() + n, false);
        data.append(chunk, n);
    }
    return parsePlan(data, path);
}

void previewPlan(Plan *plan, TeamState state)
{
    for (PlanRow &row : plan->rows) {
        if (!row.parsed)
            continue;
        const Precheck check = state.precheck(row.operation);
        row.previewed = true;
        row.verdict = check.verdict;
        row.reason = check.verdict == Precheck::Verdict::WillChange ? state.describe(row.operation) : check.reason;
        state.applyPredicted(row.operation, check);
    }
}

} // namespace dbx
