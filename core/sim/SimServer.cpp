#include "sim/SimServer.h"

#include "sim/HttpServer.h"
#include "sim/JsonWriter.h"
#include "sim/SimApi.h"
#include "sim/SimLog.h"
#include "sim/SimOAuth.h"
#include "sim/SimTeam.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace dbx {
namespace sim {

SimServer::SimServer(const TeamSpec &spec, QObject *parent) : QObject(parent), m_faultRng(m_faults.seed)
{
    QElapsedTimer clock;
    clock.start();
    m_team = std::make_unique<SimTeam>(spec);
    m_api = std::make_unique<SimApi>(*m_team);
    m_oauth = std::make_unique<SimOAuth>();
    m_oauth->teamId = m_team->teamId();
    m_oauth->adminUid = m_team->adminUid();
    m_http = std::make_unique<HttpServer>([this](const HttpRequest &req) { return handle(req); });
    qCInfo(lcSim) << "generated" << m_team->members().size() << "members," << m_team->groups().size() << "groups in"
                  << clock.elapsed() << "ms";
}

SimServer::~SimServer()
{
    // Sockets first: no request may reach the team while it is being torn down.
    m_http.reset();
}

qint64 SimServer::nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

Expected<void> SimServer::listen(const QHostAddress &address, quint16 port)
{
    auto listening = m_http->listen(address, port);
    if (!listening) {
        qCWarning(lcSim) << listening.error().message();
        return listening;
    }
    QMutexLocker lock(&m_mutex);
    m_address = m_http->address();
    m_port = m_http->port();
    m_listening = true;
    qCInfo(lcSim) << "serving the simulated team" << QString::fromUtf8(m_team->teamName()) << "on"
                  << m_address.toString() << m_port;
    return {};
}

void SimServer::close()
{
    m_http->close();
    QMutexLocker lock(&m_mutex);
    m_listening = false;
}

bool SimServer::isListening() const
{
    QMutexLocker lock(&m_mutex);
    return m_listening;
}

quint16 SimServer::port() const
{
    QMutexLocker lock(&m_mutex);
    return m_port;
}

QUrl SimServer::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.isNull() ? QStringLiteral("127.0.0.1") : m_address.toString());
    url.setPort(m_port);
    return url;
}

// --- the request path ----------------------------------------------------------------------

HttpResponse SimServer::handle(const HttpRequest &req)
{
    QMutexLocker lock(&m_mutex);
    if (req.path == "/oauth2/token" || req.path == "/oauth2/authorize") {
        ++m_stats.oauthRequests;
        ++m_stats.perRoute[QString::fromLatin1(req.path.mid(1))];
        return req.path == "/oauth2/token" ? m_oauth->handleToken(req, nowMs())
                                           : m_oauth->handleAuthorize(req, nowMs());
    }
    if (req.path.startsWith("/2/"))
        return handleApi(req);
    return HttpResponse::text(404, "Not found: " + req.path + '\n');
}

HttpResponse SimServer::handleApi(const HttpRequest &req)
{
    const QByteArray name = req.path.mid(3);
    ++m_stats.apiRequests;
    ++m_stats.perRoute[QString::fromUtf8(name)];
    const SimApi::Route *route = m_api->route(name);
    if (!route)
        return HttpResponse::text(404, "Unknown API function: \"" + name + "\"\n");
    if (req.method != "POST")
        return HttpResponse::text(405, "Only POST is allowed for API functions\n");

    const qint64 n = ++m_faultCounter;
    const Faults &f = m_faults;
    auto finish = [&f](HttpResponse r) {
        r.delayMs = qMax(0, f.latencyMs);
        return r;
    };

    if (f.dropConnectionRate > 0 && m_faultRng.generateDouble() < f.dropConnectionRate) {
        ++m_stats.dropped;
        HttpResponse r;
        r.drop = true;
        return finish(r);
    }
    if (f.serverErrorRate > 0 && m_faultRng.generateDouble() < f.serverErrorRate) {
        ++m_stats.serverErrors;
        return finish(m_faultRng.bounded(2) == 0 ? HttpResponse::text(500, "Internal Server Error\n")
                                                 : HttpResponse::text(503, "Service Unavailable\n"));
    }
    if (f.rateLimitEveryN > 0 && n % f.rateLimitEveryN == 0) {
        ++m_stats.rateLimited;
        JsonWriter w;
        w.beginObject()
            .key("error_summary")
            .value("too_many_requests/...")
            .key("error")
            .beginObject()
            .key("reason")
            .beginObject()
            .tag("too_many_requests")
            .endObject()
            .key("retry_after")
            .value(f.retryAfterSeconds)
            .endObject()
            .endObject();
        HttpResponse r = HttpResponse::json(429, w.take());
        r.headers.append(qMakePair(QByteArrayLiteral("Retry-After"), QByteArray::number(f.retryAfterSeconds)));
        return finish(r);
    }

    switch (
        m_oauth->check(req.header("authorization"), QString::fromLatin1(route->scope), f.tokenExpiresEveryN, nowMs())) {
    case SimOAuth::Check::Ok: break;
    case SimOAuth::Check::Missing:
    case SimOAuth::Check::Invalid: return finish(SimApi::authError("invalid_access_token"));
    case SimOAuth::Check::Expired: ++m_stats.expiredTokens; return finish(SimApi::authError("expired_access_token"));
    case SimOAuth::Check::MissingScope:
        return finish(SimApi::authError("missing_scope", QString::fromLatin1(route->scope)));
    }

    if (name.startsWith("team_log/")) {
        if (m_faults.teamLogResetOnce && name == "team_log/get_events/continue") {
            m_faults.teamLogResetOnce = false;
            return finish(m_api->logCursorReset(req));
        }
        if (m_faults.teamLogEmptyPages > 0) {
            --m_faults.teamLogEmptyPages;
            return finish(m_api->callEmptyLogPage(*route, req, nowMs() / 1000));
        }
    }
    if (route->isContinue && m_faults.invalidCursorOnce) {
        m_faults.invalidCursorOnce = false;
        return finish(SimApi::error409("invalid_cursor"));
    }
    // Sync bounds: a group deleted while its members are listed; a listing that never ends.
    if (!f.deleteGroupOnMemberList.isEmpty())
        m_api->deleteGroupIfListed(*route, req, f.deleteGroupOnMemberList.toUtf8(), f.deleteGroupOnContinue);
    if (route->isContinue && f.repeatCursor)
        return finish(m_api->callRepeatingCursor(*route, req, nowMs() / 1000));

    if (isWriteRoute(*route) && m_failedBeforeApplying < f.failWritesBeforeApplying
        && (f.afterWriteRoute.isEmpty() || f.afterWriteRoute == QLatin1String(name))) {
        ++m_failedBeforeApplying;
        ++m_stats.writes;
        ++m_stats.serverErrors;
        m_writes.append(WriteRecord{QString::fromUtf8(name), req.body, 503});
        return finish(HttpResponse::text(503, "Service Unavailable\n"));
    }
    HttpResponse r = m_api->call(*route, req, nowMs() / 1000);
    if (isWriteRoute(*route)) {
        ++m_stats.writes;
        m_writes.append(WriteRecord{QString::fromUtf8(name), req.body, r.status});
        if (r.status == 200 && f.afterWrite != AfterWrite::Answer
            && (f.afterWriteRoute.isEmpty() || f.afterWriteRoute == QLatin1String(name))
            && (f.afterWriteTimes < 0 || m_afterWriteHits < f.afterWriteTimes)) {
            ++m_afterWriteHits;
            ++m_stats.lostWriteReplies;
            switch (f.afterWrite) {
            case AfterWrite::Answer: break;
            case AfterWrite::Drop:
                r = HttpResponse();
                r.drop = true;
                break;
            case AfterWrite::ServiceUnavailable: r = HttpResponse::text(503, "Service Unavailable\n"); break;
            case AfterWrite::Hang: r.hold = true; break;
            case AfterWrite::Truncate: r.truncate = true; break;
            }
            return finish(r);
        }
    }
    if (r.status == 200 && f.malformedRate > 0 && m_faultRng.generateDouble() < f.malformedRate) {
        ++m_stats.malformed;
        if (m_faultRng.bounded(2) == 0 && r.body.size() > 2)
            r.body.truncate(r.body.size() / 2); // a reply cut short
        else
            r.body = QByteArrayLiteral("<html><body>upstream proxy error</body></html>");
    }
    return finish(r);
}

// --- configuration -------------------------------------------------------------------------

Credentials SimServer::credentials() const
{
    QMutexLocker lock(&m_mutex);
    return m_oauth->credentials;
}

void SimServer::setGrantedScopes(const QStringList &scopes)
{
    QMutexLocker lock(&m_mutex);
    m_oauth->settings.grantedScopes = scopes;
}

void SimServer::setDenyConsent(bool deny)
{
    QMutexLocker lock(&m_mutex);
    m_oauth->settings.denyConsent = deny;
}

QString SimServer::mintAuthorizationCode(const QString &codeChallenge, const QString &redirectUri)
{
    QMutexLocker lock(&m_mutex);
    return m_oauth->mintAuthorizationCode(redirectUri, codeChallenge, nowMs());
}

QString SimServer::issueAccessToken()
{
    QMutexLocker lock(&m_mutex);
    return m_oauth->issueAccessToken(nowMs());
}

void SimServer::expireAccessTokens()
{
    QMutexLocker lock(&m_mutex);
    m_oauth->expireAllAccessTokens();
}

void SimServer::revokeRefreshTokens()
{
    QMutexLocker lock(&m_mutex);
    m_oauth->revokeAllRefreshTokens();
}

void SimServer::setFaults(const Faults &f)
{
    QMutexLocker lock(&m_mutex);
    m_faults = f;
    m_faultRng.seed(f.seed);
    m_faultCounter = 0;
    m_afterWriteHits = 0;
    m_failedBeforeApplying = 0;
}

Faults SimServer::faults() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

RequestStats SimServer::stats() const
{
    QMutexLocker lock(&m_mutex);
    RequestStats s = m_stats;
    s.connections = m_http->connectionsAccepted();
    return s;
}

qint64 SimServer::requestCount(const QString &route) const
{
    QMutexLocker lock(&m_mutex);
    return m_stats.perRoute.value(route, 0);
}

void SimServer::resetStats()
{
    QMutexLocker lock(&m_mutex);
    m_stats = RequestStats();
    m_writes.clear();
}

QList<WriteRecord> SimServer::writes() const
{
    QMutexLocker lock(&m_mutex);
    return m_writes;
}

bool SimServer::isWriteRoute(const SimApi::Route &route)
{
    const QByteArray scope(route.scope);
    return (scope.endsWith(".write") || scope.endsWith(".delete")) && !QByteArray(route.name).contains("job_status");
}

// --- the team ------------------------------------------------------------------------------

Snapshot SimServer::truth() const
{
    QMutexLocker lock(&m_mutex);
    return m_team->truth();
}

quint64 SimServer::generation() const
{
    QMutexLocker lock(&m_mutex);
    return m_team->generation();
}

Expected<int> SimServer::findMember(const QString &teamMemberId) const
{
    const int i = m_team->findMemberById(teamMemberId.toUtf8());
    if (i < 0 || m_team->member(i).deleted)
        return unexpected(Error::make(Error::Kind::NotFound, tr("No member with id %1.").arg(teamMemberId)));
    return i;
}

Expected<int> SimServer::findGroup(const QString &groupId) const
{
    const int g = m_team->findGroupById(groupId.toUtf8());
    if (g < 0 || m_team->group(g).deleted)
        return unexpected(Error::make(Error::Kind::NotFound, tr("No group with id %1.").arg(groupId)));
    return g;
}

QString SimServer::addMember(const QString &email, const QString &givenName, const QString &surname, bool active)
{
    QMutexLocker lock(&m_mutex);
    NewMember m;
    m.email = email;
    m.givenName = givenName;
    m.surname = surname;
    m.active = active;
    const int i = m_team->addMember(m, nowMs() / 1000);
    return QString::fromUtf8(m_team->member(i).teamMemberId);
}

Expected<void> SimServer::removeMember(const QString &teamMemberId)
{
    QMutexLocker lock(&m_mutex);
    const auto i = findMember(teamMemberId);
    if (!i)
        return unexpected(i.error());
    m_team->removeMember(*i, false, nowMs() / 1000);
    return {};
}

Expected<void> SimServer::setMemberStatus(const QString &teamMemberId, AccountStatus status)
{
    QMutexLocker lock(&m_mutex);
    const auto i = findMember(teamMemberId);
    if (!i)
        return unexpected(i.error());
    if (status == AccountStatus::Unknown)
        return unexpected(Error::make(Error::Kind::Invalid, tr("A member cannot be given an unknown status.")));
    m_team->setStatus(*i, status, nowMs() / 1000);
    return {};
}

Expected<void> SimServer::setMemberRole(const QString &teamMemberId, const QString &roleId)
{
    QMutexLocker lock(&m_mutex);
    const auto i = findMember(teamMemberId);
    if (!i)
        return unexpected(i.error());
    int role = -1;
    if (!roleId.isEmpty()) {
        role = m_team->findRole(roleId.toUtf8());
        if (role < 0)
            return unexpected(Error::make(Error::Kind::NotFound, tr("No role with id %1.").arg(roleId)));
    }
    m_team->setRole(*i, role);
    return {};
}

Expected<void> SimServer::editMembership(const QString &groupId, const QString &teamMemberId,
                                         const std::function<bool(int, int)> &edit, const QString &refusal)
{
    QMutexLocker lock(&m_mutex);
    const auto g = findGroup(groupId);
    if (!g)
        return unexpected(g.error());
    const auto i = findMember(teamMemberId);
    if (!i)
        return unexpected(i.error());
    if (!edit(*g, *i))
        return unexpected(Error::make(Error::Kind::Invalid, refusal));
    return {};
}

Expected<void> SimServer::addMembership(const QString &groupId, const QString &teamMemberId, AccessType access)
{
    return editMembership(
        groupId, teamMemberId, [&](int g, int i) { return m_team->addToGroup(g, i, access == AccessType::Owner); },
        tr("%1 is already in the group.").arg(teamMemberId));
}

Expected<void> SimServer::removeMembership(const QString &groupId, const QString &teamMemberId)
{
    return editMembership(
        groupId, teamMemberId, [&](int g, int i) { return m_team->removeFromGroup(g, i); },
        tr("%1 is not in the group.").arg(teamMemberId));
}

Expected<void> SimServer::renameGroup(const QString &groupId, const QString &name)
{
    QMutexLocker lock(&m_mutex);
    const auto g = findGroup(groupId);
    if (!g)
        return unexpected(g.error());
    m_team->renameGroup(*g, name.toUtf8());
    return {};
}

QString SimServer::addGroup(const QString &name, GroupManagementType type)
{
    QMutexLocker lock(&m_mutex);
    const int g = m_team->addGroup(name.toUtf8(), type, nowMs() / 1000);
    return QString::fromUtf8(m_team->group(g).id);
}

void SimServer::setLicenseLimit(int licenses)
{
    QMutexLocker lock(&m_mutex);
    m_team->setLicenseLimit(licenses);
}

QString SimServer::applyRandomChanges(int n, quint32 seed)
{
    QMutexLocker lock(&m_mutex);
    const QStringList lines = m_team->applyRandomChanges(n, seed, nowMs() / 1000);
    qCInfo(lcSim) << "applied" << lines.size() << "random changes";
    return lines.join(QLatin1Char('\n'));
}

} // namespace sim
} // namespace dbx
