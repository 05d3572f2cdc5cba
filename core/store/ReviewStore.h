#pragma once
// Access reviews, kept in the snapshot database so that a review can be closed and resumed: its
// scope, the sync run it was taken from, who reviews it, and one row per access under review
// with the decision (keep / revoke / undecided), a comment, who decided and when. The rows are
// copied from the snapshot when the review starts: later syncs never change what was reviewed.

#include "base/Expected.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace dbx {

class SnapshotStore;

struct ReviewItem {
    int seq = 0; // the row's number within its review, from 1
    QString teamMemberId;
    QString email;
    QString name;       // display name
    QString objectKind; // "group", "role", or "account" (the account itself)
    QString objectId;   // group_id / role_id; empty for "account"
    QString objectName;
    // What a revoke does (a plan action): remove-from-group, clear-role, suspend, remove-account.
    QString revokeAction;
    QString decision = QStringLiteral("undecided"); // "keep", "revoke", "undecided"
    QString comment;
    QDateTime decidedAt; // UTC; invalid while undecided
    QString decidedBy;
};

struct Review {
    qint64 id = 0;
    QString title;
    QString scopeKind;  // "group", "role", "admins", "inactive", "finding"
    QString scopeValue; // the group or role id, the days, the finding id
    QString scopeLabel; // for people: "Group Sales", "All admins", ...
    qint64 runId = 0;   // the snapshot the rows were taken from
    QString reviewer;   // the authorized admin
    QString connection; // the team's name
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime closedAt; // invalid while open
    QVector<ReviewItem> items;
    // For listings that do not load the rows.
    int itemCount = 0;
    int decidedCount = 0;

    int count(const QString &decision) const;
    int decided() const { return static_cast<int>(items.size()) - count(QStringLiteral("undecided")); }
};

// Decisions and revoke actions as stored.
bool isReviewDecision(const QString &decision);
bool isRevokeAction(const QString &action);

class ReviewStore
{
public:
    explicit ReviewStore(SnapshotStore &store) : m_store(store) {}

    // Stores a new review with its rows (one transaction); its id.
    Expected<qint64> create(const Review &review);
    // NotFound when there is no such review.
    Expected<Review> load(qint64 id) const;
    // Newest first, without their rows (itemCount and decidedCount are set).
    Expected<QVector<Review>> list() const;
    // Records one row's decision (and, when not empty, its revoke action). Invalid for an unknown
    // decision or action or a closed review; NotFound for an unknown review or row.
    Expected<void> decide(qint64 reviewId, int seq, const QString &decision, const QString &comment, const QString &by,
                          const QString &revokeAction = QString(), const QDateTime &at = QDateTime());
    Expected<void> close(qint64 reviewId, const QDateTime &at = QDateTime());

private:
    SnapshotStore &m_store;
};

} // namespace dbx

Q_DECLARE_METATYPE(dbx::Review)
