#pragma once
// The Access review tab: pick a review (or start one of a scope), decide each row Keep / Revoke /
// Undecided with a comment, watch the progress ("37 of 120 decided"), export the evidence and
// turn the revokes into a plan. Widgets only: ReviewController does the work through the worker.

#include "store/ReviewStore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace dbx::gui {

class ReviewModel;

class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);

    ReviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *reviewList() const { return m_list; }
    QLineEdit *commentEdit() const { return m_comment; }
    QString progressText() const;
    QPushButton *button(const char *objectName) const;

    void setReviews(const QVector<dbx::Review> &reviews, qint64 current);
    void showReview(const dbx::Review &review);
    // The selected rows' numbers (seq), in view order.
    QList<int> selectedRows() const;
    void selectRows(const QList<int> &seqs);

Q_SIGNALS:
    void reviewChosen(qint64 id);
    void newReviewRequested();
    void decideRequested(const QList<int> &seqs, const QString &decision, const QString &comment,
                         const QString &revokeBy);
    void closeRequested();
    void exportRequested();
    void planRequested();

private:
    void decideSelected(const QString &decision);
    void updateButtons();

    ReviewModel *m_model;
    QComboBox *m_list;
    QLabel *m_info;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QTableView *m_table;
    QLineEdit *m_comment;
    QComboBox *m_revokeBy;
    QList<QPushButton *> m_buttons;
    bool m_filling = false;
};

} // namespace dbx::gui
