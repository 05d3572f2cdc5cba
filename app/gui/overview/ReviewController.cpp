// The Access review tab's work (ReviewController.h).
#include "overview/ReviewController.h"

#include "MainWindow.h"
#include "SettingsKeys.h"
#include "overview/ReviewModel.h"
#include "overview/ReviewPage.h"
#include "provision/ProvisioningController.h"
#include "store/ReviewStore.h"
#include "worker/ConnectorSession.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QPointer>
#include <QSaveFile>
#include <QSpinBox>

namespace dbx::gui {

namespace {
// A review, or the error's sentence, through a QVariant.
QVariant result(const Expected<Review> &r) { return r ? QVariant::fromValue(*r) : QVariant(r.error().message()); }

// The New review dialog: what to review.
bool scopeDialog(MainWindow *window, ReviewScope *scope)
{
    QDialog dialog(window);
    dialog.setObjectName(QStringLiteral("newReviewDialog"));
    dialog.setWindowTitle(ReviewController::tr("New access review"));
    auto *kind = new QComboBox(&dialog);
    kind->addItem(ReviewController::tr("Members of a group"), QStringLiteral("group"));
    kind->addItem(ReviewController::tr("Holders of an admin role"), QStringLiteral("role"));
    kind->addItem(ReviewController::tr("Every admin"), QStringLiteral("admins"));
    kind->addItem(ReviewController::tr("Members inactive for N days"), QStringLiteral("inactive"));
    kind->addItem(ReviewController::tr("The rows of a finding"), QStringLiteral("finding"));
    auto *value = new QComboBox(&dialog);
    auto *days = new QSpinBox(&dialog);
    days->setRange(1, 3650);
    days->setValue(90);
    const Snapshot &s = window->snapshot();
    const auto fill = [value, kind, days, &s] {
        value->clear();
        const QString k = kind->currentData().toString();
        if (k == QLatin1String("group")) {
            for (const Group &g : s.groups)
                value->addItem(g.name, g.id);
        } else if (k == QLatin1String("role")) {
            for (const Role &r : s.roles)
                value->addItem(r.name, r.id);
        } else if (k == QLatin1String("finding")) {
            for (const QString &id : findingIds())
                value->addItem(id, id);
        }
        value->setEnabled(value->count() > 0);
        days->setEnabled(k == QLatin1String("inactive"));
    };
    fill();
    QObject::connect(kind, &QComboBox::currentIndexChanged, &dialog, fill);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(ReviewController::tr("Review"), kind);
    form->addRow(ReviewController::tr("Which"), value);
    form->addRow(ReviewController::tr("Days"), days);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    scope->kind = kind->currentData().toString();
    scope->value
        = scope->kind == QLatin1String("inactive") ? QString::number(days->value()) : value->currentData().toString();
    return true;
}
} // namespace

ReviewController::ReviewController(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("reviewController"));
    m_page = new ReviewPage(window);
    window->addView(m_page, tr("Access review"));
    connect(m_page, &ReviewPage::reviewChosen, this, &ReviewController::openReview);
    connect(m_page, &ReviewPage::newReviewRequested, this, [this] {
        ReviewScope scope;
        if (askScope(&scope))
            startReview(scope);
    });
    connect(m_page, &ReviewPage::decideRequested, this, &ReviewController::decide);
    connect(m_page, &ReviewPage::closeRequested, this, &ReviewController::closeReview);
    connect(m_page, &ReviewPage::exportRequested, this, [this] { exportEvidence(); });
    connect(m_page, &ReviewPage::planRequested, this, &ReviewController::buildPlan);
    // Another connection has its own database and so its own reviews: forget the shown one.
    connect(window, &MainWindow::connectionChanged, this, [this] {
        m_page->setReviews({}, 0);
        m_page->showReview(Review());
    });
    // A new connection (or its first snapshot) has its own reviews.
    connect(window, &MainWindow::snapshotShown, this, [this](qint64 runId) {
        if (runId != 0 && review().id == 0)
            refreshList();
    });
}

const Review &ReviewController::review() const { return m_page->model()->review(); }

bool ReviewController::askScope(ReviewScope *scope)
{
    return m_askScope ? m_askScope(scope) : scopeDialog(m_window, scope);
}

void ReviewController::onStore(std::function<QVariant(SnapshotStore &)> fn, std::function<void(const QVariant &)> done)
{
    QPointer<ReviewController> self(this);
    m_window->worker()->runOnWorker([self, fn = std::move(fn), done = std::move(done)](ConnectorSession *session) {
        const QVariant value = session && session->store() && session->store()->isOpen()
            ? fn(*session->store())
            : QVariant(tr("Connect to a Dropbox team first: reviews are kept in its snapshot database."));
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, value] {
                if (!self)
                    return;
                // A sentence instead of a value: what failed, said once here for every caller.
                if (value.typeId() == QMetaType::QString)
                    self->showError(value.toString());
                else
                    done(value);
            },
            Qt::QueuedConnection);
    });
}

void ReviewController::showError(const QString &message)
{
    m_window->showMessage(message, true);
    Q_EMIT failed(message);
}

void ReviewController::refreshList()
{
    const qint64 current = review().id;
    onStore(
        [](SnapshotStore &store) {
            const Expected<QVector<Review>> list = ReviewStore(store).list();
            return list ? QVariant::fromValue(*list) : QVariant(list.error().message());
        },
        [this, current](const QVariant &v) {
            const QVector<Review> reviews = v.value<QVector<Review>>();
            const qint64 shown = current != 0 ? current : (reviews.isEmpty() ? 0 : reviews.first().id);
            m_page->setReviews(reviews, shown);
            Q_EMIT reviewsListed(static_cast<int>(reviews.size()));
            if (current == 0 && shown != 0)
                openReview(shown);
        });
}

void ReviewController::openReview(qint64 id)
{
    onStore([id](SnapshotStore &store) { return result(ReviewStore(store).load(id)); },
            [this](const QVariant &v) {
                const Review r = v.value<Review>();
                m_page->showReview(r);
                Q_EMIT reviewShown(r.id);
            });
}

void ReviewController::startReview(const ReviewScope &scope)
{
    const Snapshot snapshot = m_window->snapshot();
    const QString reviewer = snapshot.admin.email.isEmpty() ? m_window->connection().name : snapshot.admin.email;
    InsightSettings settings; // a finding's rows as the Findings tab shows them
    if (QSettings *s = m_window->settings()) {
        settings.staleInviteDays = keys::InsightStaleInviteDays.read(*s);
        settings.inactiveDays = keys::InsightInactiveDays.read(*s);
        settings.maxAdmins = keys::InsightMaxAdmins.read(*s);
    }
    const Expected<Review> review
        = dbx::startReview(snapshot, scope, settings, reviewer, QDateTime::currentDateTimeUtc());
    if (!review)
        return showError(review.error().message());
    const Review r = *review;
    onStore(
        [r](SnapshotStore &store) {
            const Expected<qint64> id = ReviewStore(store).create(r);
            return id ? result(ReviewStore(store).load(*id)) : QVariant(id.error().message());
        },
        [this](const QVariant &v) {
            const Review created = v.value<Review>();
            m_page->showReview(created);
            m_window->showView(m_page);
            refreshList();
            Q_EMIT reviewShown(created.id);
        });
}

void ReviewController::startReviewOfFinding(const Finding &finding)
{
    startReview(ReviewScope{QStringLiteral("finding"), finding.id});
}

void ReviewController::decide(const QList<int> &seqs, const QString &decision, const QString &comment,
                              const QString &revokeBy)
{
    const qint64 id = review().id;
    if (id == 0 || seqs.isEmpty())
        return;
    const QString by = review().reviewer;
    onStore(
        [id, seqs, decision, comment, by, revokeBy](SnapshotStore &store) {
            ReviewStore reviews(store);
            for (int seq : seqs) {
                if (const Expected<void> done = reviews.decide(id, seq, decision, comment, by, revokeBy); !done)
                    return QVariant(done.error().message());
            }
            return result(reviews.load(id));
        },
        [this](const QVariant &v) {
            m_page->showReview(v.value<Review>());
            Q_EMIT reviewShown(review().id);
        });
}

void ReviewController::closeReview()
{
    const qint64 id = review().id;
    if (id == 0)
        return;
    onStore(
        [id](SnapshotStore &store) {
            ReviewStore reviews(store);
            if (const Expected<void> closed = reviews.close(id); !closed)
                return QVariant(closed.error().message());
            return result(reviews.load(id));
        },
        [this](const QVariant &v) {
            m_page->showReview(v.value<Review>());
            refreshList();
            Q_EMIT reviewShown(review().id);
        });
}

void ReviewController::exportEvidence(const QString &requested)
{
    const Review &r = review();
    if (r.id == 0)
        return;
    QString path = requested;
    if (path.isEmpty()) {
        path = m_window->askSavePath(QStringLiteral("access-review-%1.html").arg(r.id), tr("Export review evidence"),
                                     tr("HTML report (*.html);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
    }
    const QByteArray data
        = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ? reviewEvidenceHtml(r) : reviewEvidenceCsv(r);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    m_window->showMessage(tr("Wrote the evidence of review %1 to %2.").arg(r.id).arg(path), false);
    Q_EMIT evidenceWritten(path);
}

bool ReviewController::buildPlan()
{
    const Review &r = review();
    auto *provisioning = m_window->findChild<ProvisioningController *>();
    if (r.count(QStringLiteral("revoke")) == 0 || !provisioning || !m_plans.isValid())
        return false;
    const QString path = m_plans.filePath(QStringLiteral("review-%1-revokes.csv").arg(r.id));
    QFile file(path);
    const QByteArray csv = reviewPlanCsv(r);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
        showError(tr("Cannot write the plan %1: %2").arg(path, file.errorString()));
        return false;
    }
    file.close();
    provisioning->openPlan(path);
    return true;
}

ReviewController *installReviews(MainWindow *window) { return new ReviewController(window); }

} // namespace dbx::gui
