// The Access review tab's widgets (ReviewPage.h).
#include "overview/ReviewPage.h"

#include "insight/Review.h"
#include "overview/ReviewModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dbx::gui {

ReviewPage::ReviewPage(QWidget *parent) : QWidget(parent), m_model(new ReviewModel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    const auto button = [this](const char *name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolTip(tip);
        m_buttons << b;
        return b;
    };
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setMinimumContentsLength(40);
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    QPushButton *start = button("newReviewButton", tr("New review..."),
                                tr("Review a group, a role, every admin, or a finding's rows"));
    QPushButton *close = button("closeReviewButton", tr("Close review"),
                                tr("Make the decisions final: a closed review can be exported, not changed"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Review:"), this));
    top->addWidget(m_list, 1);
    top->addWidget(start);
    top->addWidget(close);

    m_info = new QLabel(tr("No access review yet. Start one with \"New review...\", or from a finding."), this);
    m_info->setObjectName(QStringLiteral("reviewInfo"));
    m_info->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reviewProgressBar"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("reviewProgress"));
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progressText);
    progress->addWidget(m_progress, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    QPushButton *keep = button("keepButton", tr("Keep"), tr("The selected rows keep their access"));
    QPushButton *revoke = button("revokeButton", tr("Revoke"), tr("The selected rows lose this access"));
    QPushButton *undecided = button("undecidedButton", tr("Undecided"), tr("Take the decision back"));
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_comment->setPlaceholderText(tr("Comment kept with the decision (why keep, why revoke)"));
    m_revokeBy = new QComboBox(this);
    m_revokeBy->setObjectName(QStringLiteral("revokeByCombo"));
    m_revokeBy->setToolTip(tr("How a revoke is carried out"));
    m_revokeBy->addItem(tr("Revoke as listed"), QString());
    m_revokeBy->addItem(tr("Revoke by suspending"), QStringLiteral("suspend"));
    m_revokeBy->addItem(tr("Revoke by removing the account"), QStringLiteral("remove-account"));
    auto *decide = new QHBoxLayout;
    decide->addWidget(m_comment, 1);
    decide->addWidget(m_revokeBy);
    decide->addWidget(keep);
    decide->addWidget(revoke);
    decide->addWidget(undecided);

    QPushButton *exportButton = button("exportEvidenceButton", tr("Export evidence..."),
                                       tr("Save the review as CSV or as an HTML report for the audit file"));
    QPushButton *plan = button("reviewPlanButton", tr("Turn revokes into a plan..."),
                               tr("Preview the revokes as a plan; nothing changes until you apply it there"));
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(exportButton);
    bottom->addWidget(plan);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_info);
    layout->addLayout(progress);
    layout->addWidget(m_table, 1);
    layout->addLayout(decide);
    layout->addLayout(bottom);

    connect(m_list, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && m_list->currentIndex() >= 0)
            Q_EMIT reviewChosen(m_list->currentData().toLongLong());
    });
    connect(start, &QPushButton::clicked, this, &ReviewPage::newReviewRequested);
    connect(close, &QPushButton::clicked, this, &ReviewPage::closeRequested);
    connect(keep, &QPushButton::clicked, this, [this] { decideSelected(QStringLiteral("keep")); });
    connect(revoke, &QPushButton::clicked, this, [this] { decideSelected(QStringLiteral("revoke")); });
    connect(undecided, &QPushButton::clicked, this, [this] { decideSelected(QStringLiteral("undecided")); });
    connect(exportButton, &QPushButton::clicked, this, &ReviewPage::exportRequested);
    connect(plan, &QPushButton::clicked, this, &ReviewPage::planRequested);
    connect(m_model, &ReviewModel::decisionRequested, this,
            [this](int seq, const QString &decision, const QString &comment) {
                Q_EMIT decideRequested({seq}, decision, comment, QString());
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewPage::updateButtons);
    updateButtons();
}

QPushButton *ReviewPage::button(const char *objectName) const
{
    return findChild<QPushButton *>(QString::fromLatin1(objectName));
}

QString ReviewPage::progressText() const { return m_progressText->text(); }

void ReviewPage::setReviews(const QVector<Review> &reviews, qint64 current)
{
    m_filling = true;
    m_list->clear();
    for (const Review &r : reviews) {
        m_list->addItem(tr("#%1 %2 (%3 of %4 decided%5)")
                            .arg(r.id)
                            .arg(r.title)
                            .arg(r.decidedCount)
                            .arg(r.itemCount)
                            .arg(r.closedAt.isValid() ? tr(", closed") : QString()),
                        r.id);
    }
    const int at = m_list->findData(current);
    m_list->setCurrentIndex(at);
    m_filling = false;
}

void ReviewPage::showReview(const Review &review)
{
    const QList<int> selected = selectedRows();
    m_model->setReview(review);
    selectRows(selected);
    if (review.id == 0) {
        m_info->setText(tr("No access review yet. Start one with \"New review...\", or from a finding."));
        m_progressText->clear();
        m_progress->setValue(0);
        updateButtons();
        return;
    }
    const QLocale locale;
    m_info->setText(
        tr("<b>%1</b><br>Snapshot: sync run %2 of %3. Reviewer: %4. Started %5; last decision %6%7.")
            .arg(review.scopeLabel.toHtmlEscaped())
            .arg(review.runId)
            .arg(review.connection.toHtmlEscaped(), review.reviewer.toHtmlEscaped(),
                 locale.toString(review.createdAt.toLocalTime(), QLocale::ShortFormat),
                 locale.toString(review.updatedAt.toLocalTime(), QLocale::ShortFormat),
                 review.closedAt.isValid()
                     ? tr("; closed %1").arg(locale.toString(review.closedAt.toLocalTime(), QLocale::ShortFormat))
                     : QString()));
    m_progressText->setText(reviewProgress(review));
    m_progress->setRange(0, std::max<int>(1, static_cast<int>(review.items.size())));
    m_progress->setValue(review.decided());
    m_table->resizeColumnsToContents();
    updateButtons();
}

QList<int> ReviewPage::selectedRows() const
{
    QList<int> out;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        out << m_model->review().items.at(index.row()).seq;
    std::sort(out.begin(), out.end());
    return out;
}

void ReviewPage::selectRows(const QList<int> &seqs)
{
    QItemSelection selection;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (seqs.contains(m_model->review().items.at(row).seq))
            selection.select(m_model->index(row, 0), m_model->index(row, ReviewModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void ReviewPage::decideSelected(const QString &decision)
{
    const QList<int> seqs = selectedRows();
    if (seqs.isEmpty())
        return;
    const QString revokeBy = decision == QLatin1String("revoke") ? m_revokeBy->currentData().toString() : QString();
    Q_EMIT decideRequested(seqs, decision, m_comment->text(), revokeBy);
}

void ReviewPage::updateButtons()
{
    const Review &r = m_model->review();
    const bool open = r.id != 0 && !r.closedAt.isValid();
    const bool selected = m_table->selectionModel()->hasSelection();
    for (QPushButton *b : m_buttons) {
        const QString name = b->objectName();
        if (name == QLatin1String("newReviewButton"))
            continue;
        if (name == QLatin1String("keepButton") || name == QLatin1String("revokeButton")
            || name == QLatin1String("undecidedButton"))
            b->setEnabled(open && selected);
        else if (name == QLatin1String("closeReviewButton"))
            b->setEnabled(open);
        else if (name == QLatin1String("reviewPlanButton"))
            b->setEnabled(r.count(QStringLiteral("revoke")) > 0);
        else
            b->setEnabled(r.id != 0);
    }
}

} // namespace dbx::gui
