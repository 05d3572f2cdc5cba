#pragma once
// The Access review tab's work: reviews are read and written in the snapshot database on the
// worker thread (ReviewStore through the session's store), never on the window's thread. A review
// starts from a scope (the New review dialog, or a finding's rows), every decision is stored as it
// is made (a review survives closing the window), the evidence is written as CSV or HTML, and the
// revokes become a plan shown in the existing plan preview.

#include "insight/Review.h"

#include <QObject>
#include <QTemporaryDir>

#include <functional>

namespace dbx {
class SnapshotStore;
}

namespace dbx::gui {

class MainWindow;
class ReviewPage;

class ReviewController : public QObject
{
    Q_OBJECT
public:
    explicit ReviewController(MainWindow *window);

    ReviewPage *page() const { return m_page; }
    const Review &review() const; // the one shown (id 0: none)
    // Asks for a scope; the default shows the New review dialog (tests replace it).
    using ScopeProvider = std::function<bool(ReviewScope *scope)>;
    void setScopeProvider(ScopeProvider provider) { m_askScope = std::move(provider); }

public Q_SLOTS:
    void refreshList();
    void openReview(qint64 id);
    void startReview(const dbx::ReviewScope &scope);
    void startReviewOfFinding(const dbx::Finding &finding);
    void decide(const QList<int> &seqs, const QString &decision, const QString &comment, const QString &revokeBy);
    void closeReview();
    // Writes the evidence: .html -> the HTML report, anything else CSV. Empty path: asks.
    void exportEvidence(const QString &path = QString());
    // The revokes as a plan in the plan preview; false when there is none or no provisioning.
    bool buildPlan();

Q_SIGNALS:
    void reviewShown(qint64 id);
    void reviewsListed(int count);
    void evidenceWritten(const QString &path);
    void failed(const QString &message);

private:
    // Runs fn with the session's store on the worker thread, then done with its result here; a
    // QString result is the sentence of a failure, shown instead.
    void onStore(std::function<QVariant(SnapshotStore &)> fn, std::function<void(const QVariant &)> done);
    void showError(const QString &message);
    bool askScope(ReviewScope *scope);

    MainWindow *m_window;
    ReviewPage *m_page;
    ScopeProvider m_askScope;
    QTemporaryDir m_plans;
};

ReviewController *installReviews(MainWindow *window);

} // namespace dbx::gui
