// Access reviews in the snapshot database (ReviewStore.h); the tables are schema step 3.
#include "store/ReviewStore.h"

#include "store/RowCodec.h"
#include "store/StorePrivate.h"

namespace dbx {

using namespace sqlstore;

namespace {
const QString kUndecided = QStringLiteral("undecided");

QVariant ms(const QDateTime &t) { return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(); }
QDateTime nowOr(const QDateTime &at) { return at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc(); }

const char *const kReviewColumns = "id, title, scope_kind, scope_value, scope_label, run_id, reviewer, connection,"
                                   " created_at, updated_at, closed_at";

Review readReview(const QSqlQuery &q)
{
    Review r;
    readColumns(q, r.id, r.title, r.scopeKind, r.scopeValue, r.scopeLabel, r.runId, r.reviewer, r.connection,
                r.createdAt, r.updatedAt, r.closedAt);
    return r;
}

// A review item's columns, as written (after review_id) and read back.
const char *const kReviewItemColumns = "seq, team_member_id, email, name, object_kind, object_id, object_name,"
                                       " revoke_action, decision, comment, decided_at, decided_by";
constexpr int kReviewItemColumnCount = 12;

ReviewItem readReviewItem(const QSqlQuery &q)
{
    ReviewItem i;
    readColumns(q, i.seq, i.teamMemberId, i.email, i.name, i.objectKind, i.objectId, i.objectName, i.revokeAction,
                i.decision, i.comment, i.decidedAt, i.decidedBy);
    return i;
}
} // namespace

int Review::count(const QString &decision) const
{
    int n = 0;
    for (const ReviewItem &i : items)
        n += i.decision == decision ? 1 : 0;
    return n;
}

bool isReviewDecision(const QString &decision)
{
    return decision == QLatin1String("keep") || decision == QLatin1String("revoke") || decision == kUndecided;
}

bool isRevokeAction(const QString &action)
{
    return action == QLatin1String("remove-from-group") || action == QLatin1String("clear-role")
        || action == QLatin1String("suspend") || action == QLatin1String("remove-account");
}

Expected<qint64> ReviewStore::create(const Review &review)
{
    const auto &d = m_store.d;
    if (!d->open)
        return notOpen();
    for (const ReviewItem &i : review.items) {
        if (!isRevokeAction(i.revokeAction) || !isReviewDecision(i.decision))
            return fail(Error::Kind::Invalid, tr("a review row has an unknown decision or revoke action"));
    }
    Transaction tx(d->db);
    if (Expected<void> begun = tx.begin(Transaction::Write); !begun)
        return unexpected(begun.error());
    const QDateTime created = nowOr(review.createdAt);
    qint64 id = 0;
    {
        const Expected<QSqlQuery> q = runQuery(
            d->db,
            QStringLiteral("INSERT INTO reviews(title, scope_kind, scope_value, scope_label, run_id, reviewer,"
                           " connection, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {review.title, review.scopeKind, review.scopeValue, review.scopeLabel, review.runId, review.reviewer,
             review.connection, ms(created), ms(created)});
        if (!q)
            return unexpected(q.error());
        id = q->lastInsertId().toLongLong();
    }
    const QString insertItem = QStringLiteral("INSERT INTO review_items(review_id, %1) VALUES (%2)")
                                   .arg(QLatin1String(kReviewItemColumns), placeholders(1 + kReviewItemColumnCount));
    int seq = 0;
    for (const ReviewItem &i : review.items) {
        const Expected<void> added
            = runStatement(d->db, insertItem,
                           {id, ++seq, i.teamMemberId, i.email, i.name, i.objectKind, i.objectId, i.objectName,
                            i.revokeAction, i.decision, i.comment, ms(i.decidedAt), i.decidedBy});
        if (!added)
            return unexpected(added.error());
    }
    if (Expected<void> done = tx.commit(); !done)
        return unexpected(done.error());
    return id;
}

Expected<Review> ReviewStore::load(qint64 id) const
{
    const auto &d = m_store.d;
    if (!d->open)
        return notOpen();
    Review r;
    {
        Expected<QSqlQuery> q = runQuery(
            d->db, QStringLiteral("SELECT %1 FROM reviews WHERE id = ?").arg(QLatin1String(kReviewColumns)), {id});
        if (!q)
            return unexpected(q.error());
        if (!q->next())
            return fail(Error::Kind::NotFound, tr("There is no access review %1.").arg(id));
        r = readReview(*q);
    }
    Expected<QSqlQuery> q = runQuery(d->db,
                                     QStringLiteral("SELECT %1 FROM review_items WHERE review_id = ? ORDER BY seq")
                                         .arg(QLatin1String(kReviewItemColumns)),
                                     {id});
    if (!q)
        return unexpected(q.error());
    while (q->next())
        r.items.push_back(readReviewItem(*q));
    r.itemCount = static_cast<int>(r.items.size());
    r.decidedCount = r.decided();
    return r;
}

Expected<QVector<Review>> ReviewStore::list() const
{
    const auto &d = m_store.d;
    if (!d->open)
        return notOpen();
    Expected<QSqlQuery> q = runQuery(
        d->db,
        QStringLiteral("SELECT %1, (SELECT COUNT(*) FROM review_items i WHERE i.review_id = r.id),"
                       " (SELECT COUNT(*) FROM review_items i WHERE i.review_id = r.id AND i.decision <> 'undecided')"
                       " FROM reviews r ORDER BY id DESC")
            .arg(QLatin1String(kReviewColumns)));
    if (!q)
        return unexpected(q.error());
    QVector<Review> out;
    while (q->next()) {
        Review r = readReview(*q);
        r.itemCount = q->value(11).toInt();
        r.decidedCount = q->value(12).toInt();
        out.push_back(r);
    }
    return out;
}

Expected<void> ReviewStore::decide(qint64 reviewId, int seq, const QString &decision, const QString &comment,
                                   const QString &by, const QString &revokeAction, const QDateTime &at)
{
    const auto &d = m_store.d;
    if (!d->open)
        return notOpen();
    if (!isReviewDecision(decision))
        return fail(Error::Kind::Invalid, tr("'%1' is not a decision: keep, revoke or undecided.").arg(decision));
    if (!revokeAction.isEmpty() && !isRevokeAction(revokeAction)) {
        return fail(Error::Kind::Invalid,
                    tr("'%1' is not a revoke action: remove-from-group, clear-role, suspend or remove-account.")
                        .arg(revokeAction));
    }
    Transaction tx(d->db);
    if (Expected<void> begun = tx.begin(Transaction::Write); !begun)
        return begun;
    {
        Expected<QSqlQuery> q
            = runQuery(d->db, QStringLiteral("SELECT closed_at FROM reviews WHERE id = ?"), {reviewId});
        if (!q)
            return unexpected(q.error());
        if (!q->next())
            return fail(Error::Kind::NotFound, tr("There is no access review %1.").arg(reviewId));
        if (!q->value(0).isNull())
            return fail(Error::Kind::Invalid, tr("Access review %1 is closed: its decisions are final.").arg(reviewId));
    }
    const QDateTime when = nowOr(at);
    const bool undecided = decision == kUndecided;
    const Expected<int> changed
        = runChange(d->db,
                    QStringLiteral("UPDATE review_items SET decision = ?, comment = ?, decided_at = ?, decided_by = ?,"
                                   " revoke_action = COALESCE(?, revoke_action) WHERE review_id = ? AND seq = ?"),
                    {decision, comment, undecided ? QVariant() : ms(when), undecided ? QVariant() : QVariant(by),
                     revokeAction.isEmpty() ? QVariant() : QVariant(revokeAction), reviewId, seq});
    if (!changed)
        return unexpected(changed.error());
    if (*changed == 0)
        return fail(Error::Kind::NotFound, tr("Access review %1 has no row %2.").arg(reviewId).arg(seq));
    if (Expected<void> touched
        = runStatement(d->db, QStringLiteral("UPDATE reviews SET updated_at = ? WHERE id = ?"), {ms(when), reviewId});
        !touched)
        return touched;
    return tx.commit();
}

Expected<void> ReviewStore::close(qint64 reviewId, const QDateTime &at)
{
    const auto &d = m_store.d;
    if (!d->open)
        return notOpen();
    const QDateTime when = nowOr(at);
    const Expected<int> changed = runChange(
        d->db, QStringLiteral("UPDATE reviews SET closed_at = COALESCE(closed_at, ?), updated_at = ? WHERE id = ?"),
        {ms(when), ms(when), reviewId});
    if (!changed)
        return unexpected(changed.error());
    if (*changed == 0)
        return fail(Error::Kind::NotFound, tr("There is no access review %1.").arg(reviewId));
    return {};
}

} // namespace dbx
