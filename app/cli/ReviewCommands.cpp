// review: access reviews from the command line. create a review of a scope, list and show them,
// decide rows (keep / revoke / undecided, with a comment), close one, export its evidence (CSV or
// HTML) and turn its revokes into a plan for `apply`.

#include "Commands.h"
#include "InsightSupport.h"
#include "insight/Review.h"
#include "store/ReviewStore.h"
#include "store/SnapshotStore.h"

#include <QCoreApplication>

namespace dbx::cli {

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

// The review the first argument after the action names.
Expected<qint64> reviewId(const QStringList &args)
{
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    if (!ok || id < 1)
        return unexpected(Error::make(Error::Kind::Invalid, tr("Name the review by its number (see 'review list').")));
    return id;
}

QString reviewerOf(const CommandLine &cl, const Snapshot &snapshot)
{
    if (cl.isSet(QStringLiteral("reviewer")))
        return cl.value(QStringLiteral("reviewer"));
    // The admin who authorized the connection is the one reviewing through it.
    return snapshot.admin.email.isEmpty() ? QStringLiteral("cli") : snapshot.admin.email;
}

int create(const CommandLine &cl)
{
    const Expected<ReviewScope> scope = ReviewScope::parse(cl.value(QStringLiteral("scope")));
    if (!scope)
        return failWith(scope.error());
    SnapshotStore store;
    const Expected<InsightInput> input = loadInsightInput(cl, &store);
    if (!input)
        return failWith(input.error());
    const Expected<Review> review = startReview(input->snapshot, *scope, input->settings,
                                                reviewerOf(cl, input->snapshot), QDateTime::currentDateTimeUtc());
    if (!review)
        return failWith(review.error());
    const Expected<qint64> id = ReviewStore(store).create(*review);
    if (!id)
        return failWith(id.error());
    out() << *id << '\n';
    err()
        << tr("Started access review %1: %2, %3 rows to decide.").arg(*id).arg(review->title).arg(review->items.size())
        << '\n';
    return Ok;
}

int list(SnapshotStore &store)
{
    const Expected<QVector<Review>> reviews = ReviewStore(store).list();
    if (!reviews)
        return failWith(reviews.error());
    for (const Review &r : *reviews) {
        out() << QString::number(r.id).rightJustified(4) << "  " << when(r.createdAt) << "  "
              << tr("%1 of %2 decided").arg(r.decidedCount).arg(r.itemCount).leftJustified(20) << "  "
              << (r.closedAt.isValid() ? tr("closed") : tr("open")).leftJustified(6) << "  " << r.title << "  ("
              << r.reviewer << ")\n";
    }
    err() << (reviews->size() == 1 ? tr("1 review.") : tr("%1 reviews.").arg(reviews->size())) << '\n';
    return Ok;
}

int show(const Review &r)
{
    out() << r.title << '\n'
          << tr("Reviewer %1, started %2, %3.").arg(r.reviewer, when(r.createdAt), reviewProgress(r)) << '\n';
    for (const ReviewItem &i : r.items) {
        out() << QString::number(i.seq).rightJustified(4) << "  " << i.decision.leftJustified(9) << "  "
              << i.email.leftJustified(36) << "  " << i.objectName;
        if (i.decision == QLatin1String("revoke"))
            out() << "  -> " << i.revokeAction;
        if (!i.comment.isEmpty())
            out() << "  \"" << i.comment << '"';
        out() << '\n';
    }
    return Ok;
}

int decide(const CommandLine &cl, SnapshotStore &store, qint64 id, const QStringList &args)
{
    const QString rows = args.value(2);
    const QString decision = args.value(3).toLower();
    if (rows.isEmpty() || !isReviewDecision(decision)) {
        err() << tr("Usage: review decide REVIEW_ID ROWS keep|revoke|undecided [--comment TEXT] [--revoke-by ACTION]; "
                    "ROWS is a row number, a list such as 1,4,7, or 'all'.")
              << '\n';
        return Usage;
    }
    ReviewStore reviews(store);
    const Expected<Review> review = reviews.load(id);
    if (!review)
        return failWith(review.error());
    QList<int> seqs;
    if (rows == QLatin1String("all")) {
        for (const ReviewItem &i : review->items)
            seqs << i.seq;
    } else {
        for (const QString &part : rows.split(QLatin1Char(','))) {
            bool ok = false;
            const int seq = part.trimmed().toInt(&ok);
            if (!ok || seq < 1 || seq > review->items.size()) {
                err() << tr("Review %1 has rows 1 to %2; '%3' is not one of them.")
                             .arg(id)
                             .arg(review->items.size())
                             .arg(part)
                      << '\n';
                return Usage;
            }
            seqs << seq;
        }
    }
    const QString by = cl.isSet(QStringLiteral("reviewer")) ? cl.value(QStringLiteral("reviewer")) : review->reviewer;
    for (int seq : seqs) {
        const Expected<void> done = reviews.decide(id, seq, decision, cl.value(QStringLiteral("comment")), by,
                                                   cl.value(QStringLiteral("revoke-by")));
        if (!done)
            return failWith(done.error());
    }
    const Expected<Review> after = reviews.load(id);
    if (after)
        err() << reviewProgress(*after) << '\n';
    return Ok;
}

int runReview(const CommandLine &cl)
{
    const QStringList args = cl.positional();
    const QString action = args.value(0);
    if (action == QLatin1String("create"))
        return create(cl);
    SnapshotStore store;
    if (const Expected<void> opened = openStore(cl, &store); !opened)
        return failWith(opened.error());
    if (action == QLatin1String("list"))
        return list(store);
    const Expected<qint64> id = reviewId(args);
    if (action != QLatin1String("show") && action != QLatin1String("decide") && action != QLatin1String("close")
        && action != QLatin1String("export") && action != QLatin1String("plan")) {
        err() << tr("review takes create, list, show, decide, close, export or plan, not '%1'.").arg(action) << '\n';
        return Usage;
    }
    if (!id)
        return failWith(id.error());
    ReviewStore reviews(store);
    if (action == QLatin1String("decide"))
        return decide(cl, store, *id, args);
    if (action == QLatin1String("close")) {
        if (const Expected<void> closed = reviews.close(*id); !closed)
            return failWith(closed.error());
        err() << tr("Closed access review %1: its decisions are final.").arg(*id) << '\n';
        return Ok;
    }
    const Expected<Review> review = reviews.load(*id);
    if (!review)
        return failWith(review.error());
    if (action == QLatin1String("show"))
        return show(*review);

    QByteArray data;
    const QString outPath = cl.value(QStringLiteral("out"));
    if (action == QLatin1String("export")) {
        data = cl.choice(QStringLiteral("format")) == QLatin1String("csv") ? reviewEvidenceCsv(*review)
                                                                           : reviewEvidenceHtml(*review);
    } else { // plan
        if (outPath.isEmpty()) {
            err() << tr("review plan needs --out FILE (e.g. --out plan.csv).") << '\n';
            return Usage;
        }
        data = reviewPlanCsv(*review);
        err() << tr("%1 revokes of review %2 as a plan: preview it with 'apply %3 --dry-run'.")
                     .arg(review->count(QStringLiteral("revoke")))
                     .arg(*id)
                     .arg(outPath)
              << '\n';
    }
    return writeOutput(outPath, data, tr("Wrote %1 (%2 bytes).").arg(outPath).arg(data.size()));
}

} // namespace

void addReviewCommand(CommandList &list)
{
    const QList<OptionSpec> options{
        {QStringLiteral("scope"),
         QString(),
         tr("create: group:GROUP, role:ROLE, admins, inactive:DAYS or finding:FINDING_ID."),
         QStringLiteral("SCOPE"),
         {}},
        {QStringLiteral("reviewer"),
         QString(),
         tr("Who reviews (default: the admin who authorized the connection)."),
         QStringLiteral("EMAIL"),
         {}},
        {QStringLiteral("comment"),
         QString(),
         tr("decide: the comment kept with the decision."),
         QStringLiteral("TEXT"),
         {}},
        {QStringLiteral("revoke-by"),
         QString(),
         tr("decide: how a revoke is carried out: remove-from-group, clear-role, suspend or remove-account."),
         QStringLiteral("ACTION"),
         {}},
        formatOption(tr("export: csv or html."), {QStringLiteral("csv"), QStringLiteral("html")},
                     QStringLiteral("csv")),
        {QStringLiteral("out"),
         QString(),
         tr("export, plan: the file to write ('-' = standard output)."),
         QStringLiteral("FILE"),
         {}},
    };
    list.push_back(std::make_unique<Command>(CommandSpec{
        QStringLiteral("review"),
        tr("Access reviews: decide keep or revoke per row, export evidence, plan."),
        tr("Access reviews kept in the snapshot database: 'review create --scope SCOPE', 'review list', 'review show "
           "ID', 'review decide ID ROWS keep|revoke|undecided', 'review close ID', 'review export ID --format "
           "csv|html', 'review plan ID --out plan.csv'."),
        {{QStringLiteral("action"), tr("create, list, show, decide, close, export or plan."), QStringLiteral("ACTION")},
         {QStringLiteral("arguments"), tr("The review's number, then for decide the rows and the decision."),
          QStringLiteral("[ARGS...]")}},
        storeOptions() + insightOptions() + options,
        runReview}));
}

} // namespace dbx::cli
