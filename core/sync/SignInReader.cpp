#include "sync/SignInReader.h"

#include "dropbox/Parse.h"
#include "store/SnapshotStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

namespace dbx {

namespace {
Q_LOGGING_CATEGORY(lcSignIns, "dbx.sync.signins")

const QString kGetEvents = QStringLiteral("team_log/get_events");
const QString kContinue = QStringLiteral("team_log/get_events/continue");

// The team member behind an event's actor (user or admin); empty for apps, Dropbox, anonymous.
// UserLogInfo has subtypes: it comes nested under the actor's tag ({".tag":"user","user":{...}});
// a flattened form is read too.
QString actorMember(const QJsonObject &event)
{
    const QJsonObject actor = event.value(QLatin1String("actor")).toObject();
    const QString tag = actor.value(QLatin1String(".tag")).toString();
    if (tag != QLatin1String("user") && tag != QLatin1String("admin"))
        return QString();
    const QJsonValue nested = actor.value(tag);
    const QJsonObject info = nested.isObject() ? nested.toObject() : actor;
    return info.value(QLatin1String("team_member_id")).toString();
}
} // namespace

SignInReader::SignInReader(DropboxClient *client, SnapshotStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
    qRegisterMetaType<SignInReadOutcome>();
}

QString SignInReader::missingScopeMessage()
{
    return tr("Sign-in activity needs the Dropbox permission events.read. Enable \"events.read\" on the app's "
              "Permissions tab in the Dropbox App Console, then authorize the connection again.");
}

void SignInReader::start(const QString &teamId, int windowDays)
{
    if (m_running)
        return;
    m_running = true;
    m_teamId = teamId;
    m_days = windowDays > 0 ? windowDays : kDefaultDays;
    m_latest.clear();
    m_outcome = SignInReadOutcome();
    if (teamId.isEmpty()) {
        done(false,
             Error::make(Error::Kind::Invalid,
                         tr("The team is not synced yet, so its sign-ins cannot be "
                            "read; sync first.")));
        return;
    }
    const Expected<ActivityState> state = m_store->activityState(teamId);
    if (!state) {
        done(false, state.error());
        return;
    }
    if (!state->cursor.isEmpty() && state->windowDays == m_days) {
        m_outcome.fromCursor = true;
        m_windowStart = state->windowStart;
        m_cursor = state->cursor;
        qCInfo(lcSignIns) << "reading new sign-ins since the stored cursor";
        readOn();
        return;
    }
    if (state->windowDays != m_days && state->readAt.isValid()) {
        // Another window: what was read for the old one may be older than the new one allows.
        if (const Expected<void> cleared = m_store->clearActivity(teamId); !cleared) {
            done(false, cleared.error());
            return;
        }
    }
    readWindow();
}

void SignInReader::readWindow()
{
    m_windowStart = QDateTime::currentDateTimeUtc().addDays(-m_days);
    m_cursor.clear();
    qCInfo(lcSignIns) << "reading sign-ins of the last" << m_days << "days";
    const QJsonObject arg{
        {QStringLiteral("limit"), 1000},
        {QStringLiteral("category"), QJsonObject{{QStringLiteral(".tag"), QStringLiteral("logins")}}},
        // No end time: the cursor then also follows the events that come later.
        {QStringLiteral("time"),
         QJsonObject{{QStringLiteral("start_time"), m_windowStart.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))}}},
    };
    QPointer<SignInReader> self(this);
    m_client->rpc(kGetEvents, arg, [self](const Expected<QJsonValue> &r) {
        if (self)
            self->onPage(r, false);
    });
}

void SignInReader::readOn()
{
    QPointer<SignInReader> self(this);
    m_client->rpc(kContinue, QJsonObject{{QStringLiteral("cursor"), m_cursor}}, [self](const Expected<QJsonValue> &r) {
        if (self)
            self->onPage(r, true);
    });
}

void SignInReader::onPage(const Expected<QJsonValue> &r, bool continued)
{
    if (!r.ok()) {
        const Error &e = r.error();
        if (continued && e.kind == Error::Kind::Endpoint
            && (e.tag == QLatin1String("reset") || e.tag == QLatin1String("bad_cursor"))) {
            // The cursor expired: read the window again (times only move forward, so nothing read
            // before is lost or counted back).
            qCInfo(lcSignIns) << "the log's cursor expired (" << e.tag << "): reading the window again";
            m_outcome.windowReread = true;
            m_outcome.fromCursor = false;
            readWindow();
            return;
        }
        if (e.kind == Error::Kind::Unauthorized && e.tag == QLatin1String("missing_scope")) {
            Error scope = e;
            scope.text = missingScopeMessage();
            done(false, scope);
            return;
        }
        done(false, e);
        return;
    }
    const QString route = continued ? kContinue : kGetEvents;
    const QJsonObject page = r.value().toObject();
    const QJsonValue events = page.value(QLatin1String("events"));
    const QJsonValue cursor = page.value(QLatin1String("cursor"));
    const QJsonValue hasMore = page.value(QLatin1String("has_more"));
    if (!events.isArray() || !cursor.isString() || !hasMore.isBool()) {
        done(false,
             Error::malformed(route,
                              !events.isArray()        ? QStringLiteral("events is missing")
                                  : !cursor.isString() ? QStringLiteral("cursor is missing")
                                                       : QStringLiteral("has_more is missing")));
        return;
    }
    ++m_outcome.pages;
    for (const QJsonValue &v : events.toArray()) {
        const QJsonObject e = v.toObject();
        // Category logins holds sign-outs and failures too; only a success is a sign-in.
        if (e.value(QLatin1String("event_type")).toObject().value(QLatin1String(".tag")).toString()
            != QLatin1String("login_success"))
            continue;
        const QString member = actorMember(e);
        const QDateTime at = parse::timestamp(e.value(QLatin1String("timestamp")).toString());
        if (member.isEmpty() || !at.isValid())
            continue;
        ++m_outcome.events;
        // Not sorted: keep the newest of each member.
        QDateTime &latest = m_latest[member];
        if (!latest.isValid() || at > latest)
            latest = at;
    }
    m_cursor = cursor.toString();
    if (hasMore.toBool()) {
        if (m_outcome.pages >= kMaxPages) {
            done(false, Error::malformed(route, tr("the log kept saying it has more after %1 pages").arg(kMaxPages)));
            return;
        }
        // An empty page with has_more is allowed: ask again with the new cursor.
        readOn();
        return;
    }
    done(true);
}

void SignInReader::done(bool ok, const Error &error)
{
    if (ok) {
        const ActivityState state{m_cursor, m_windowStart, m_days, QDateTime::currentDateTimeUtc()};
        const Expected<void> stored = m_store->recordSignIns(m_teamId, m_latest, state);
        if (!stored) {
            ok = false;
            m_outcome.error = stored.error();
        }
        m_outcome.members = int(m_latest.size());
    } else {
        m_outcome.error = error;
        qCWarning(lcSignIns).noquote() << "reading sign-ins failed:" << error.brief();
    }
    m_outcome.ok = ok;
    m_running = false;
    emit finished(m_outcome);
}

} // namespace dbx
