#include "views/DetailPane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dbx::gui {

namespace {

const QString kScheme = QStringLiteral("dbx");
constexpr int kHistoryLimit = 200;

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString link(const QString &kind, const QString &id, const QString &text, bool setApart = false)
{
    const QString href = DetailPane::objectUrl(kind, id).toString(QUrl::FullyEncoded);
    const QString a = QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(href), esc(text));
    return setApart ? QStringLiteral("<i style=\"color:#808080\">%1</i>").arg(a) : a;
}

QString row(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"color:#666666; padding-right:12px\">%1</td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString dateTime(const QDateTime &dt)
{
    return dt.isValid() ? esc(QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat)) : QString();
}

QString moreLine(int total, int shown)
{
    if (total <= shown)
        return {};
    return QStringLiteral("<li><i>%1</i></li>")
        .arg(esc(DetailPane::tr("... and %1 more").arg(QLocale().toString(total - shown))));
}

const QString kStyle = QStringLiteral("<style>h2 { margin-bottom: 2px; } h3 { margin-top: 14px; margin-bottom: 4px; }"
                                      " .sub { color: #666666; } ul { margin-left: 0px; -qt-list-indent: 1; }"
                                      " li { margin-bottom: 2px; } .tag { color: #666666; }</style>");

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent), m_back(new QToolButton(this)), m_forward(new QToolButton(this)), m_title(new QLabel(this)),
      m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("detailPane"));
    m_back->setObjectName(QStringLiteral("detailBackButton"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setAutoRaise(true);
    m_forward->setObjectName(QStringLiteral("detailForwardButton"));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setAutoRaise(true);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setText(tr("Details"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_browser->setObjectName(QStringLiteral("detailBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->document()->setDocumentMargin(10);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);

    connect(m_back, &QToolButton::clicked, this, &DetailPane::goBack);
    connect(m_forward, &QToolButton::clicked, this, &DetailPane::goForward);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kScheme)
            emit objectRequested(url);
        else
            emit externalLinkActivated(url);
    });
    setTeam(TeamIndex::build(Snapshot()));
}

QUrl DetailPane::objectUrl(const QString &kind, const QString &id)
{
    QUrl url;
    url.setScheme(kScheme);
    url.setHost(kind);
    url.setPath(QLatin1Char('/') + id);
    return url;
}

bool DetailPane::parseObjectUrl(const QUrl &url, QString *kind, QString *id)
{
    if (url.scheme() != kScheme)
        return false;
    const QString path = url.path(QUrl::FullyDecoded);
    if (path.size() < 2)
        return false;
    *kind = url.host();
    *id = path.mid(1);
    return true;
}

void DetailPane::setTeam(TeamIndexPtr team)
{
    m_team = std::move(team);
    render();
}

void DetailPane::showObject(const QUrl &url)
{
    if (m_position >= 0 && m_history.at(m_position) == url) {
        render();
        return;
    }
    m_history.resize(m_position + 1);
    m_history.push_back(url);
    if (m_history.size() > kHistoryLimit)
        m_history.remove(0, m_history.size() - kHistoryLimit);
    m_position = m_history.size() - 1;
    render();
}

QUrl DetailPane::currentObject() const { return m_position >= 0 ? m_history.at(m_position) : QUrl(); }

QString DetailPane::plainText() const { return m_browser->toPlainText(); }

void DetailPane::goBack()
{
    if (m_position <= 0)
        return;
    --m_position;
    render();
    emit objectRequested(m_history.at(m_position));
}

void DetailPane::goForward()
{
    if (m_position + 1 >= m_history.size())
        return;
    ++m_position;
    render();
    emit objectRequested(m_history.at(m_position));
}

void DetailPane::clear()
{
    m_history.clear();
    m_position = -1;
    render();
}

void DetailPane::updateButtons()
{
    m_back->setEnabled(m_position > 0);
    m_forward->setEnabled(m_position + 1 < m_history.size());
}

void DetailPane::render()
{
    updateButtons();
    QString kind;
    QString id;
    QString body;
    if (m_position >= 0 && parseObjectUrl(m_history.at(m_position), &kind, &id)) {
        if (kind == QLatin1String("account")) {
            const int i = m_team->accountIndex(id);
            m_title->setText(tr("Account"));
            body = i >= 0 ? accountHtml(i) : QString();
        } else if (kind == QLatin1String("group")) {
            const int i = m_team->groupIndex(id);
            m_title->setText(tr("Group"));
            body = i >= 0 ? groupHtml(i) : QString();
        } else if (kind == QLatin1String("role")) {
            const int i = m_team->roleIndex(id);
            m_title->setText(tr("Admin role"));
            body = i >= 0 ? roleHtml(i) : QString();
        }
        if (body.isEmpty()) {
            body = QStringLiteral("<p class=\"sub\">%1</p>").arg(esc(tr("%1 is not in the loaded snapshot.").arg(id)));
        }
    } else {
        m_title->setText(tr("Details"));
        body = QStringLiteral("<p class=\"sub\">%1</p>")
                   .arg(esc(tr("Select an account, group or role to see who holds what.")));
    }
    m_browser->setHtml(kStyle + body);
}

QString DetailPane::accountHtml(int index) const
{
    const Snapshot &s = m_team->snapshot;
    const Account &a = s.accounts.at(index);
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(accountLabel(a)));
    QString status = esc(displayName(a.status));
    if (a.status == AccountStatus::Removed) {
        status = QStringLiteral("<i style=\"color:#808080\">%1</i>")
                     .arg(esc(a.removedIsRecoverable ? tr("Removed (recoverable)") : tr("Removed")));
    }
    html += QStringLiteral("<p class=\"sub\">%1 &middot; %2 &middot; %3</p>")
                .arg(esc(a.email), status, esc(displayName(a.membershipType)));

    html += QStringLiteral("<table cellspacing=\"2\">");
    const int r = m_team->accountRole.at(index);
    html += row(tr("Admin role"),
                r >= 0 ? link(QStringLiteral("role"), s.roles.at(r).id, s.roles.at(r).name)
                       : esc(a.roleId.isEmpty() ? tr("Member (no admin role)") : a.roleId));
    html += row(tr("Email"), esc(a.email) + (a.emailVerified ? QString() : esc(tr(" (not verified)"))));
    QStringList secondary;
    for (const SecondaryEmail &e : a.secondaryEmails)
        secondary << esc(e.email);
    html += row(tr("Other emails"), secondary.join(QStringLiteral("<br>")));
    html += row(tr("Joined"), dateTime(a.joinedOn));
    html += row(tr("Invited"), dateTime(a.invitedOn));
    html += row(tr("Suspended"), dateTime(a.suspendedOn));
    if (s.activityReadAt.isValid()) // the connection reads sign-in activity
        html += row(tr("Last sign-in"),
                    a.lastActive.isValid() ? dateTime(a.lastActive)
                                           : esc(tr("none in %n day(s)", nullptr, s.activityDays)));
    html += row(tr("Team member ID"), esc(a.teamMemberId));
    html += row(tr("Account ID"), esc(a.accountId));
    html += row(tr("External ID"), esc(a.externalId));
    if (a.isDirectoryRestricted)
        html += row(tr("Directory"), esc(tr("Restricted")));
    html += QStringLiteral("</table>");

    // Owned groups first: ownership is what an access review asks about.
    QVector<int> ms = m_team->membershipsOfAccount.at(index);
    std::stable_sort(ms.begin(), ms.end(), [&](int x, int y) {
        const bool ox = s.memberships.at(x).accessType == AccessType::Owner;
        const bool oy = s.memberships.at(y).accessType == AccessType::Owner;
        if (ox != oy)
            return ox;
        return QString::compare(s.groups.at(m_team->membershipGroup.at(x)).name,
                                s.groups.at(m_team->membershipGroup.at(y)).name, Qt::CaseInsensitive)
            < 0;
    });
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Groups (%1)").arg(QLocale().toString(ms.size()))));
    if (ms.isEmpty()) {
        html += QStringLiteral("<p class=\"sub\">%1</p>").arg(esc(tr("Not in any group.")));
    } else {
        html += QStringLiteral("<ul>");
        const int shown = std::min<int>(ms.size(), kListLimit);
        for (int k = 0; k < shown; ++k) {
            const Membership &m = s.memberships.at(ms.at(k));
            const Group &g = s.groups.at(m_team->membershipGroup.at(ms.at(k)));
            html += QStringLiteral("<li>%1 <span class=\"tag\">%2</span></li>")
                        .arg(link(QStringLiteral("group"), g.id, g.name),
                             esc(m.accessType == AccessType::Owner ? tr("owner") : tr("member")));
        }
        html += moreLine(ms.size(), shown) + QStringLiteral("</ul>");
    }
    return html;
}

QString DetailPane::groupHtml(int index) const
{
    const Snapshot &s = m_team->snapshot;
    const Group &g = s.groups.at(index);
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(g.name));
    html += QStringLiteral("<p class=\"sub\">%1</p>").arg(esc(displayName(g.managementType)));
    html += QStringLiteral("<table cellspacing=\"2\">");
    html += row(tr("Group ID"), esc(g.id));
    html += row(tr("External ID"), esc(g.externalId));
    if (g.memberCount >= 0)
        html += row(tr("Dropbox's count"), esc(QLocale().toString(g.memberCount)));
    html += QStringLiteral("</table>");

    QVector<int> owners;
    QVector<int> members;
    for (int m : m_team->membershipsOfGroup.at(index))
        (s.memberships.at(m).accessType == AccessType::Owner ? owners : members)
            .push_back(m_team->membershipAccount.at(m));
    html += peopleHtml(tr("Owners (%1)"), owners, tr("No owners: only team admins manage this group."));
    html += peopleHtml(tr("Members (%1)"), members, tr("No members."));
    return html;
}

QString DetailPane::peopleHtml(const QString &title, QVector<int> people, const QString &none) const
{
    const Snapshot &s = m_team->snapshot;
    people.removeAll(-1);
    // Only the first kListLimit are shown: a partial sort keeps "Everyone" groups instant.
    const int shown = std::min<int>(people.size(), kListLimit);
    std::partial_sort(people.begin(), people.begin() + shown, people.end(),
                      [&](int x, int y) { return m_team->accountNameRank.at(x) < m_team->accountNameRank.at(y); });
    QString out = QStringLiteral("<h3>%1</h3>").arg(esc(title.arg(QLocale().toString(people.size()))));
    if (people.isEmpty())
        return out + QStringLiteral("<p class=\"sub\">%1</p>").arg(esc(none));
    out += QStringLiteral("<ul>");
    for (int k = 0; k < shown; ++k) {
        const Account &a = s.accounts.at(people.at(k));
        out += QStringLiteral("<li>%1 <span class=\"tag\">%2</span></li>")
                   .arg(link(QStringLiteral("account"), a.teamMemberId, accountLabel(a),
                             a.status == AccountStatus::Removed),
                        esc(a.email));
    }
    return out + moreLine(people.size(), shown) + QStringLiteral("</ul>");
}

QString DetailPane::roleHtml(int index) const
{
    const Snapshot &s = m_team->snapshot;
    const Role &r = s.roles.at(index);
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(r.name));
    if (!r.description.isEmpty())
        html += QStringLiteral("<p class=\"sub\">%1</p>").arg(esc(r.description));
    html += QStringLiteral("<table cellspacing=\"2\">%1</table>").arg(row(tr("Role ID"), esc(r.id)));
    return html + peopleHtml(tr("Holders (%1)"), m_team->holdersOfRole.at(index), tr("Nobody holds this role."));
}

} // namespace dbx::gui
