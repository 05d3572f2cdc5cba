#include "dropbox/DropboxClient.h"

#include "dropbox/Parse.h"
#include "dropbox/TokenSource.h"
#include "dropbox/TransportPolicy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

namespace dbx {

namespace {
// In an anonymous namespace: other modules may define a category function of the same name.
Q_LOGGING_CATEGORY(lcHttp, "dbx.http")


QByteArray toBody(const QJsonValue &arg)
{
    if (arg.isNull() || arg.isUndefined())
        return QByteArrayLiteral("null");
    if (arg.isObject())
        return QJsonDocument(arg.toObject()).toJson(QJsonDocument::Compact);
    if (arg.isArray())
        return QJsonDocument(arg.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: QJsonDocument only writes containers, so write [x] and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{arg}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QJsonObject bodyObject(const QByteArray &body)
{
    QJsonValue v;
    return parse::jsonValue(body, &v) && v.isObject() ? v.toObject() : QJsonObject();
}

// Bodies of error replies go into details and logs; an HTML error page must not flood either.
QString bodyText(const QByteArray &body)
{
    return QString::fromUtf8(body.left(1000)).trimmed();
}

int clampLimit(int limit) { return std::clamp(limit, 1, 1000); }

// The body of a write, readable once. Qt's HTTP/1 channel resends a request by itself when the
// connection closes after the request left but before any reply byte arrived (its reconnect
// attempts); for a write that is a second send nobody decided. This device refuses the rewind
// that resend needs, so Qt fails the reply with ContentReSendError instead, and the client
// reports the write as maybe applied. The first send rewinds an unread device, which is allowed.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr) : QIODevice(parent), m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return !m_consumed && QIODevice::reset(); }
    bool seek(qint64 pos) override { return (!m_consumed || pos == this->pos()) && QIODevice::seek(pos); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - pos());
        if (n <= 0)
            return 0;
        memcpy(out, m_data.constData() + pos(), size_t(n));
        m_consumed = true;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_consumed = false;
};

// Network errors that prove the request never reached the server: a write may be sent again.
bool provablyNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

QJsonObject cursorArg(const QString &cursor)
{
    return QJsonObject{{QStringLiteral("cursor"), cursor}};
}

template <typename T>
using Parser = Expected<T> (*)(const QString &, const QJsonValue &);

// Raw RPC + one pure parse function = one typed read.
template <typename T>
void typedCall(DropboxClient *client, const QString &route, const QJsonValue &arg, Parser<T> parser,
               DropboxClient::Callback<T> cb)
{
    client->rpc(route, arg, [route, parser, cb = std::move(cb)](const Expected<QJsonValue> &r) {
        Expected<T> out = r.ok() ? parser(route, *r) : Expected<T>(unexpected(r.error()));
        if (!out) {
            Error e = out.error();
            if (r.ok()) {
                e.httpStatus = 200;
                qCWarning(lcHttp).noquote() << "malformed reply:" << e.detail << "request id" << r.requestId;
            }
            if (e.requestId.isEmpty())
                e.requestId = r.requestId;
            out = unexpected(e);
        }
        out.requestId = r.requestId;
        cb(out);
    });
}
} // namespace

struct DropboxClient::Pending {
    QString route;
    QByteArray body;
    Callback<QJsonValue> cb;
    bool write = false;                   // a write: see the class comment for its rules
    qint64 deadlineMs = 0;                // overall deadline of the call, from `since`
    QElapsedTimer since;                  // since the call was made
    bool tooLarge = false;                // the current reply passed maxReplyBytes and was aborted
    QString token;                        // the token the current attempt was sent with
    QNetworkReply *reply = nullptr;       // the attempt in flight, if any
    QTimer timeout;
    QTimer retry;
    QElapsedTimer clock;                  // since the current attempt was sent
    int failures = 0;                     // transient failures so far (429, 5xx, network, timeout)
    bool refreshedToken = false;          // the one expired_access_token retry was spent
    bool done = false;                    // answered (or abandoned); nothing more may happen
};

DropboxClient::DropboxClient(TokenSource *tokens, const Options &options, QObject *parent)
    : QObject(parent), m_tokens(tokens), m_options(options), m_nam(new QNetworkAccessManager(this))
{
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    m_options.initialBackoffMs = std::max(0, m_options.initialBackoffMs);
    m_options.maxBackoffMs = std::max(m_options.initialBackoffMs, m_options.maxBackoffMs);
    m_options.requestTimeoutMs = std::max(1, m_options.requestTimeoutMs);
}

DropboxClient::~DropboxClient()
{
    // No callbacks from a destructor: their owners may already be half torn down. Replies are
    // aborted so nothing arrives for a dead object.
    for (const auto &p : std::as_const(m_pending)) {
        p->done = true;
        p->timeout.stop();
        p->retry.stop();
        detachReply(*p);
    }
    m_pending.clear();
}

void DropboxClient::rpc(const QString &route, const QJsonValue &arg, Callback<QJsonValue> cb, qint64 deadlineMs)
{
    auto p = std::make_shared<Pending>();
    p->route = route;
    p->body = toBody(arg);
    p->cb = std::move(cb);
    p->deadlineMs = deadlineMs > 0 ? std::min(deadlineMs, m_options.maxCallMs) : m_options.maxCallMs;
    enqueue(p);
}

void DropboxClient::write(const QString &route, const QJsonValue &arg, Callback<QJsonValue> cb)
{
    auto p = std::make_shared<Pending>();
    p->route = route;
    p->body = toBody(arg);
    p->cb = std::move(cb);
    p->write = true;
    p->deadlineMs = m_options.maxCallMs;
    enqueue(p);
}

void DropboxClient::enqueue(const std::shared_ptr<Pending> &p)
{
    p->since.start();
    p->timeout.setSingleShot(true);
    p->retry.setSingleShot(true);
    p->retry.setTimerType(Qt::PreciseTimer);  // Retry-After is a lower bound; do not fire early
    // The timers belong to the Pending; weak pointers keep them from owning it in a cycle.
    const std::weak_ptr<Pending> weak = p;
    connect(&p->timeout, &QTimer::timeout, this, [this, weak] {
        if (const auto q = weak.lock())
            handleTimeout(q);
    });
    connect(&p->retry, &QTimer::timeout, this, [this, weak] {
        const auto q = weak.lock();
        if (q && !q->done)
            start(q);
    });
    m_pending.append(p);
    // Queued, so a callback never runs inside rpc() itself, even when the token source answers
    // at once with an error: callers may rely on rpc() returning before their callback runs.
    QMetaObject::invokeMethod(this, [this, weak] {
        const auto q = weak.lock();
        if (q && !q->done)
            start(q);
    }, Qt::QueuedConnection);
}

void DropboxClient::start(const std::shared_ptr<Pending> &p)
{
    // Transport policy: refused before a token is fetched or any connection is made.
    const QString refusal = transportRefusal(m_options.baseUrl);
    if (!refusal.isEmpty()) {
        Error e;
        e.kind = Error::Kind::BadRequest;
        e.route = p->route;
        e.tag = QStringLiteral("insecure_transport");
        e.detail = refusal;
        return complete(p, unexpected(e));
    }
    if (!m_tokens) {
        Error e;
        e.kind = Error::Kind::Unauthorized;
        e.route = p->route;
        e.detail = tr("no token source");
        return complete(p, unexpected(e));
    }
    const QPointer<DropboxClient> self(this);
    const std::weak_ptr<Pending> weak = p;
    m_tokens->fetchToken([self, weak](const QString &token, const Error &error) {
        const auto q = weak.lock();
        if (!self || !q || q->done)
            return;
        if (error.isError()) {
            Error e = error;
            if (e.route.isEmpty())
                e.route = q->route;
            qCWarning(lcHttp).noquote() << q->route << "no access token:" << error.brief();
            return self->complete(q, unexpected(e));
        }
        q->token = token;
        self->send(q);
    });
}

void DropboxClient::send(const std::shared_ptr<Pending> &p)
{
    QUrl url = m_options.baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/2/") + p->route);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + p->token.toUtf8());
    // A redirect could carry the bearer token elsewhere; the API never redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    ++m_stats.requests;
    p->clock.start();
    p->tooLarge = false;
    QNetworkReply *reply = nullptr;
    if (p->write) {
        ++m_stats.writes;
        request.setHeader(QNetworkRequest::ContentLengthHeader, p->body.size());
        auto *body = new OneShotBody(p->body);
        reply = m_nam->post(request, body);
        body->setParent(reply);
    } else {
        reply = m_nam->post(request, p->body);
    }
    p->reply = reply;
    const std::weak_ptr<Pending> weak = p;
    const qint64 cap = m_options.maxReplyBytes;
    connect(reply, &QNetworkReply::downloadProgress, this, [weak, reply, cap](qint64 received, qint64 total) {
        const auto q = weak.lock();
        if (!q || q->reply != reply || (received <= cap && total <= cap))
            return;
        q->tooLarge = true;
        reply->abort();                   // finished() follows with OperationCanceledError
    });
    connect(reply, &QNetworkReply::finished, this, [this, weak, reply] {
        const auto q = weak.lock();
        if (!q) {
            reply->deleteLater();
            return;
        }
        handleReply(q, reply);
    });
    p->timeout.start(m_options.requestTimeoutMs);
}

void DropboxClient::detachReply(Pending &p)
{
    if (!p.reply)
        return;
    QNetworkReply *reply = p.reply;
    p.reply = nullptr;
    // Disconnect first: abort() emits finished() synchronously.
    disconnect(reply, nullptr, this, nullptr);
    // A reply that already finished (e.g. with an error) must not be aborted again: Qt warns.
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void DropboxClient::handleTimeout(const std::shared_ptr<Pending> &p)
{
    if (p->done || !p->reply)
        return;
    detachReply(*p);
    Error e;
    e.kind = Error::Kind::Timeout;
    e.route = p->route;
    e.detail = tr("no answer within %1 ms").arg(m_options.requestTimeoutMs);
    qCWarning(lcHttp).noquote() << "POST" << p->route << "timed out after" << p->clock.elapsed() << "ms";
    lostAfterSend(p, e, tr("timeout"));
}

void DropboxClient::lostAfterSend(const std::shared_ptr<Pending> &p, const Error &error, const QString &reason)
{
    // Reads retry; writes do not guess: a write that left may have been applied, so it is
    // answered at once, for the caller to read the state back.
    if (p->write)
        return complete(p, failure(*p, error, true));
    retryOrFail(p, error, backoffMs(p->failures + 1), reason);
}

void DropboxClient::handleReply(const std::shared_ptr<Pending> &p, QNetworkReply *reply)
{
    reply->deleteLater();
    if (p->reply != reply || p->done)
        return;  // a reply we already gave up on
    p->reply = nullptr;
    p->timeout.stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString requestId = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("X-Dropbox-Request-Id")));
    const QByteArray body = reply->readAll();
    qCDebug(lcHttp).noquote() << "POST" << p->route << "->" << status << "in" << p->clock.elapsed()
                              << "ms, request id" << (requestId.isEmpty() ? QStringLiteral("-") : requestId);

    Error e;
    e.route = p->route;
    e.httpStatus = status;
    e.requestId = requestId;

    if (p->tooLarge) {
        e = Error::malformed(p->route, tr("the reply is larger than %1 MB").arg(m_options.maxReplyBytes / (1024 * 1024)));
        e.httpStatus = status;
        e.requestId = requestId;
        qCWarning(lcHttp).noquote() << "POST" << p->route << "reply over the size cap; aborted";
        return complete(p, failure(*p, e, true));
    }

    if (status == 0) {
        // No HTTP answer at all: refused, reset, closed before a reply, DNS, TLS ...
        e.kind = Error::Kind::Network;
        e.detail = reply->errorString();
        qCWarning(lcHttp).noquote() << "POST" << p->route << "network error:" << e.detail;
        if (provablyNotSent(reply->error()))
            return retryOrFail(p, e, backoffMs(p->failures + 1), e.detail);
        return lostAfterSend(p, e, e.detail);
    }

    if (status >= 200 && status < 300) {
        if (reply->error() != QNetworkReply::NoError) {
            // A success whose body did not arrive whole (the connection closed mid-body).
            e = Error::malformed(p->route, tr("the reply was cut short (%1)").arg(reply->errorString()));
            e.httpStatus = status;
            e.requestId = requestId;
            qCWarning(lcHttp).noquote() << "POST" << p->route << "reply cut short:" << reply->errorString();
            return lostAfterSend(p, e, tr("reply cut short"));
        }
        QString why;
        QJsonValue value;
        // Every RPC result is one JSON value, "null" for a void one: an empty body was cut off.
        const bool empty = body.trimmed().isEmpty();
        if (empty)
            why = tr("the body is empty");
        Expected<QJsonValue> r;
        if (empty || !parse::jsonValue(body, &value, &why)) {
            // An empty or truncated body is no success: for a write the outcome is unknown.
            Error bad = Error::malformed(p->route, tr("the reply is not JSON (%1)").arg(why));
            bad.httpStatus = status;
            bad.requestId = requestId;
            bad.maybeApplied = p->write;
            r = unexpected(bad);
        } else {
            r = value;
        }
        r.requestId = requestId;
        return complete(p, r);
    }

    const QJsonObject json = bodyObject(body);
    e.summary = json.value(QLatin1String("error_summary")).toString();
    e.userMessage = parse::userMessage(json);

    if (status == 400) {
        // Our request broke the contract; retrying cannot help.
        e.kind = Error::Kind::BadRequest;
        e.detail = bodyText(body);
    } else if (status == 401) {
        e.kind = Error::Kind::Unauthorized;
        e.tag = parse::errorTag(json);
        if (e.tag == QLatin1String("missing_scope")) {
            const QJsonObject error = json.value(QLatin1String("error")).toObject();
            e.requiredScope = error.value(QLatin1String("required_scope")).toString();
            if (e.requiredScope.isEmpty())  // tolerate the scope nested under the tag
                e.requiredScope = error.value(QLatin1String("missing_scope")).toObject()
                                      .value(QLatin1String("required_scope")).toString();
        }
        if (e.tag.isEmpty())
            e.detail = bodyText(body);
        if (e.tag == QLatin1String("expired_access_token") && !p->refreshedToken && m_tokens) {
            p->refreshedToken = true;
            ++m_stats.tokenRefreshes;
            qCInfo(lcHttp).noquote() << p->route << "access token expired; refreshing it once";
            m_tokens->invalidate(p->token);
            return start(p);
        }
    } else if (status == 403) {
        e.kind = Error::Kind::Forbidden;
        e.tag = parse::errorTag(json);
        if (e.tag.isEmpty())
            e.detail = bodyText(body);
    } else if (status == 409) {
        e.kind = Error::Kind::Endpoint;
        e.tag = parse::errorTag(json);
        if (e.tag.isEmpty())
            e.detail = bodyText(body);
    } else if (status == 429) {
        ++m_stats.rateLimited;
        e.kind = Error::Kind::RateLimited;
        const QJsonObject error = json.value(QLatin1String("error")).toObject();
        e.tag = error.value(QLatin1String("reason")).toObject().value(QLatin1String(".tag")).toString();
        if (e.tag.isEmpty())
            e.tag = parse::errorTag(json);
        // 64-bit and bounded: a huge or hostile Retry-After must neither overflow nor stall.
        qint64 retryAfter = -1;
        bool ok = false;
        const qint64 header = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed().toLongLong(&ok);
        if (ok && header >= 0) {
            retryAfter = header;
        } else {
            const QJsonValue v = error.contains(QLatin1String("retry_after"))
                ? error.value(QLatin1String("retry_after")) : json.value(QLatin1String("retry_after"));
            if (v.isDouble() && v.toDouble() >= 0)
                retryAfter = static_cast<qint64>(std::min(v.toDouble(), 1e12));
        }
        e.retryAfterSeconds = static_cast<int>(std::clamp<qint64>(retryAfter, 0, std::numeric_limits<int>::max()));
        qCWarning(lcHttp).noquote() << "POST" << p->route << "rate limited; retry after"
                                    << (retryAfter >= 0 ? QString::number(retryAfter) + QStringLiteral(" s") : QStringLiteral("(backoff)"));
        Q_EMIT rateLimited(p->route, e.retryAfterSeconds);
        if (p->done)
            return;  // a handler aborted everything
        if (retryAfter > m_options.maxRetryAfterSeconds) {
            e.detail = tr("Dropbox asked the connector to wait %1 s before calling %2 again, longer than the limit "
                          "of %3 s, so the call was given up (nothing was changed by it). Try again later.")
                           .arg(retryAfter).arg(p->route).arg(m_options.maxRetryAfterSeconds);
            return complete(p, failure(*p, e, false));
        }
        const int delay = retryAfter >= 0 ? static_cast<int>(retryAfter * 1000) : backoffMs(p->failures + 1);
        return retryOrFail(p, e, delay, tr("rate limited"));
    } else if (status >= 500) {
        e.kind = Error::Kind::Server;
        e.detail = bodyText(body);
        qCWarning(lcHttp).noquote() << "POST" << p->route << "server error" << status;
        return lostAfterSend(p, e, tr("HTTP %1").arg(status));   // Dropbox documents no 5xx as "not applied"
    } else if (status >= 400) {
        // 404, 405, 413 ...: outside the contract's table, but like 400 a wrong request.
        e.kind = Error::Kind::BadRequest;
        e.detail = tr("HTTP %1: %2").arg(status).arg(bodyText(body));
    } else {
        e = Error::malformed(p->route, tr("unexpected HTTP status %1").arg(status));
        e.httpStatus = status;
        e.requestId = requestId;
    }
    Expected<QJsonValue> r = unexpected(e);
    r.requestId = requestId;
    complete(p, r);
}

void DropboxClient::retryOrFail(const std::shared_ptr<Pending> &p, const Error &error, int delayMs,
                                const QString &reason)
{
    if (p->done)
        return;
    ++p->failures;
    if (p->failures >= m_options.maxAttempts) {
        qCWarning(lcHttp).noquote() << "POST" << p->route << "giving up after" << p->failures
                                    << "attempts:" << error.brief();
        return complete(p, failure(*p, error, false));
    }
    if (p->since.elapsed() + qint64(delayMs) > p->deadlineMs) {
        Error e = error;
        const QString why = tr("gave up after %1 s of retries (the limit for one call is %2 s)")
                                .arg(p->since.elapsed() / 1000).arg(p->deadlineMs / 1000);
        e.detail = e.detail.isEmpty() ? why : e.detail + QStringLiteral("; ") + why;
        if (e.kind == Error::Kind::RateLimited)
            e.detail = tr("Dropbox kept asking the connector to slow down; it %1. Try again later.").arg(why);
        qCWarning(lcHttp).noquote() << "POST" << p->route << why;
        return complete(p, failure(*p, e, false));
    }
    retryLater(p, delayMs, reason);
}

Expected<QJsonValue> DropboxClient::failure(const Pending &p, Error error, bool ambiguous) const
{
    // Only a write that left and whose answer was lost may have been applied; a 429, a refused
    // connection and every other answer from Dropbox prove it was not.
    error.maybeApplied = ambiguous && p.write;
    Expected<QJsonValue> r = unexpected(error);
    r.requestId = error.requestId;
    return r;
}

void DropboxClient::retryLater(const std::shared_ptr<Pending> &p, int delayMs, const QString &reason)
{
    ++m_stats.retries;
    const int attempt = p->failures + 1;
    qCInfo(lcHttp).noquote() << "POST" << p->route << "attempt" << attempt << "in" << delayMs
                             << "ms:" << reason;
    Q_EMIT retrying(p->route, attempt, delayMs, reason);
    if (p->done)
        return;  // a handler aborted everything
    p->retry.start(std::max(0, delayMs));
}

void DropboxClient::complete(const std::shared_ptr<Pending> &p, const Expected<QJsonValue> &r)
{
    if (p->done)
        return;
    p->done = true;
    p->timeout.stop();
    p->retry.stop();
    detachReply(*p);
    m_pending.removeOne(p);
    if (!r && r.error().kind != Error::Kind::Endpoint)
        qCWarning(lcHttp).noquote() << "call failed:" << r.error().brief();
    // Moved out so whatever the callback captured is released once it has run.
    const Callback<QJsonValue> cb = std::move(p->cb);
    if (cb)
        cb(r);
}

void DropboxClient::abortAll()
{
    abortWhere([](const Pending &) { return true; });
}

void DropboxClient::abortWrites()
{
    abortWhere([](const Pending &p) { return p.write; });
}

void DropboxClient::abortWhere(const std::function<bool(const Pending &)> &which)
{
    QList<std::shared_ptr<Pending>> pending;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (which(**it)) {
            pending << *it;
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    // Everything is stopped before the first callback runs, so a callback that starts new calls
    // or aborts again meets a consistent state. A write whose request is out is ambiguous.
    QList<bool> inFlight;
    for (const auto &p : pending) {
        p->done = true;
        p->timeout.stop();
        p->retry.stop();
        inFlight << (p->write && p->reply != nullptr);
        detachReply(*p);
    }
    if (!pending.isEmpty())
        qCInfo(lcHttp) << "aborted" << pending.size() << "pending calls";
    for (int i = 0; i < pending.size(); ++i) {
        const Callback<QJsonValue> cb = std::move(pending[i]->cb);
        Error e = Error::cancelled(pending[i]->route);
        e.maybeApplied = inFlight[i];
        const Expected<QJsonValue> r = unexpected(e);
        if (cb)
            cb(r);
    }
}

int DropboxClient::backoffMs(int retryNumber) const
{
    // initialBackoffMs * 2^(n-1), +-25% jitter so parallel calls do not retry in lockstep.
    const double base = m_options.initialBackoffMs * std::pow(2.0, std::max(0, retryNumber - 1));
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    return static_cast<int>(std::min<double>(m_options.maxBackoffMs, base * jitter));
}

void DropboxClient::listMembers(int limit, bool includeRemoved, Callback<MemberPage> cb)
{
    const QJsonObject arg{{QStringLiteral("limit"), clampLimit(limit)},
                          {QStringLiteral("include_removed"), includeRemoved}};
    typedCall<MemberPage>(this, QStringLiteral("team/members/list_v2"), arg, &parse::memberPage, std::move(cb));
}

void DropboxClient::listMembersContinue(const QString &cursor, Callback<MemberPage> cb)
{
    typedCall<MemberPage>(this, QStringLiteral("team/members/list/continue_v2"), cursorArg(cursor),
                          &parse::memberPage, std::move(cb));
}

void DropboxClient::availableRoles(Callback<QVector<Role>> cb)
{
    typedCall<QVector<Role>>(this, QStringLiteral("team/members/get_available_team_member_roles"),
                             QJsonValue(), &parse::availableRoles, std::move(cb));
}

void DropboxClient::listGroups(int limit, Callback<GroupPage> cb)
{
    const QJsonObject arg{{QStringLiteral("limit"), clampLimit(limit)}};
    typedCall<GroupPage>(this, QStringLiteral("team/groups/list"), arg, &parse::groupPage, std::move(cb));
}

void DropboxClient::listGroupsContinue(const QString &cursor, Callback<GroupPage> cb)
{
    typedCall<GroupPage>(this, QStringLiteral("team/groups/list/continue"), cursorArg(cursor),
                         &parse::groupPage, std::move(cb));
}

void DropboxClient::listGroupMembers(const QString &groupId, int limit, Callback<GroupMemberPage> cb)
{
    const QJsonObject group{{QStringLiteral(".tag"), QStringLiteral("group_id")},
                            {QStringLiteral("group_id"), groupId}};
    const QJsonObject arg{{QStringLiteral("group"), group}, {QStringLiteral("limit"), clampLimit(limit)}};
    typedCall<GroupMemberPage>(this, QStringLiteral("team/groups/members/list"), arg,
                               &parse::groupMemberPage, std::move(cb));
}

void DropboxClient::listGroupMembersContinue(const QString &cursor, Callback<GroupMemberPage> cb)
{
    typedCall<GroupMemberPage>(this, QStringLiteral("team/groups/members/list/continue"),
                               cursorArg(cursor), &parse::groupMemberPage, std::move(cb));
}

void DropboxClient::teamInfo(Callback<TeamInfo> cb)
{
    typedCall<TeamInfo>(this, QStringLiteral("team/get_info"), QJsonValue(), &parse::teamInfo, std::move(cb));
}

void DropboxClient::authenticatedAdmin(Callback<AdminProfile> cb)
{
    typedCall<AdminProfile>(this, QStringLiteral("team/token/get_authenticated_admin"), QJsonValue(),
                            &parse::authenticatedAdmin, std::move(cb));
}

} // namespace dbx
