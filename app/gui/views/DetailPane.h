#pragma once
// The detail pane: the selected account (profile, role, groups as member or owner), group
// (owners and members) or role (holders). Names are dbx://<kind>/<id> links; clicking one asks the
// window to select that object (objectRequested), and the pane keeps a Back/Forward history of
// what it showed.

#include "models/TeamIndex.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolButton;

namespace dbx::gui {

class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    static QUrl objectUrl(const QString &kind, const QString &id);
    // ("account", id) from dbx://account/<id>; false for anything else.
    static bool parseObjectUrl(const QUrl &url, QString *kind, QString *id);

    void setTeam(TeamIndexPtr team);
    // Shows an object and records it in the history (unless it is what the history points at).
    void showObject(const QUrl &url);
    QUrl currentObject() const;
    QString plainText() const;
    QTextBrowser *browser() const { return m_browser; }

    // How many names a list shows before "... and N more": big groups stay readable and fast.
    static constexpr int kListLimit = 300;

public Q_SLOTS:
    void goBack();
    void goForward();
    void clear();

Q_SIGNALS:
    // The user followed a link, or moved in the history: the window should select this object.
    void objectRequested(const QUrl &url);
    void externalLinkActivated(const QUrl &url);

private:
    void render();
    void updateButtons();
    QString accountHtml(int index) const;
    QString groupHtml(int index) const;
    QString roleHtml(int index) const;
    // A heading with the count, then the first accounts by name (account indexes; -1 skipped).
    QString peopleHtml(const QString &title, QVector<int> people, const QString &none) const;

    TeamIndexPtr m_team;
    QVector<QUrl> m_history;
    int m_position = -1;
    QToolButton *m_back;
    QToolButton *m_forward;
    QLabel *m_title;
    QTextBrowser *m_browser;
};

} // namespace dbx::gui
