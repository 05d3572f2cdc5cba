#pragma once
// SignInReader: each member's last sign-in from the team's event log (team_log/get_events,
// category logins, event login_success, the member acting as user or as admin). The first read
// covers a look-back window (default 90 days); it keeps the log's cursor in the store, so a later
// read continues from it and reads days, not months. The log's rules: a page may hold no events
// and still say has_more; events are not sorted; a cursor can expire (409 reset, or bad_cursor):
// then the window is read again. Times only move forward (SnapshotStore::recordSignIns).
// Needs the events.read scope; without it the read fails with a sentence that says how to add it.

#include "base/Expected.h"
#include "dropbox/DropboxClient.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace dbx {

class SnapshotStore;

struct SignInReadOutcome {
    bool ok = false;
    Error error;               // when not ok
    int events = 0;            // sign-in events read
    int members = 0;           // members whose time this read set or moved forward
    int pages = 0;             // pages read (empty ones included)
    bool fromCursor = false;   // continued from the stored cursor (else the window was read)
    bool windowReread = false; // the cursor had expired: the window was read again
};

class SignInReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultDays = 90;
    static constexpr int kMaxPages = 100000; // a log that never ends is an error, not a loop

    SignInReader(DropboxClient *client, SnapshotStore *store, QObject *parent = nullptr);

    bool isRunning() const { return m_running; }

    // Reads the team's new sign-ins (teamId: the synced team's, TeamInfo::teamId) and stores them.
    // A different window than the stored one starts over.
    void start(const QString &teamId, int windowDays = kDefaultDays);

    // The sentence when the token lacks events.read (also what the wizard shows).
    static QString missingScopeMessage();

Q_SIGNALS:
    void finished(const dbx::SignInReadOutcome &outcome);

private:
    void readWindow();
    void readOn(); // the next page after m_cursor
    void onPage(const Expected<QJsonValue> &r, bool continued);
    void done(bool ok, const Error &error = Error());

    DropboxClient *m_client;
    SnapshotStore *m_store;
    bool m_running = false;
    QString m_teamId;
    int m_days = kDefaultDays;
    QDateTime m_windowStart;
    QString m_cursor;
    QHash<QString, QDateTime> m_latest;
    SignInReadOutcome m_outcome;
};

} // namespace dbx

Q_DECLARE_METATYPE(dbx::SignInReadOutcome)
