#pragma once
// The rows of one access review as a table: who, which access, the decision and the comment
// (both editable in place), who decided and when. An edit is not stored here: the model asks
// (decisionRequested) and shows the row again once the database has it (setReview).

#include "models/ColumnsModel.h"
#include "store/ReviewStore.h"

namespace dbx::gui {

class ReviewModel : public ColumnsModel
{
    Q_OBJECT
public:
    enum Column {
        Row,
        Email,
        Name,
        Access,
        Decision,
        RevokeBy,
        Comment,
        DecidedBy,
        DecidedAt,
        ColumnCount
    };
    explicit ReviewModel(QObject *parent = nullptr);

    void setReview(const Review &review);
    const Review &review() const { return m_review; }
    // Replaces one row (after the database stored a decision) without resetting the view.
    void updateItem(const ReviewItem &item);

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString decisionName(const QString &decision);

Q_SIGNALS:
    void decisionRequested(int seq, const QString &decision, const QString &comment);

protected:
    int rows() const override { return static_cast<int>(m_review.items.size()); }
    QVariant cell(const QModelIndex &index, int role) const override;

private:
    Review m_review;
};

} // namespace dbx::gui
