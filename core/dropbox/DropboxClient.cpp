#include "dropbox/DropboxClient.h"

#include "dropbox/DropboxClientPending.h"
#include "dropbox/TokenSource.h"
#include "dropbox/TransportPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <algorithm>
#include <cstring>
#include <utility>

namespace dbx {

Q_LOGGING_CATEGORY(lcHttp, "dbx.http")

namespace {
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
} // namespace

DropboxClient::DropboxClient(TokenSource *tokens, const Options &options, QObject *parent)
    : QObject(parent), m_tokens(tokens), m_options(options)
{
    m_options.maxConnections = std::max(1, m_options.maxConnections);
    m_pools.append(new QNetworkAccessManager(this));
    m_poolLoad.append(0);
    m_stats.pools = 1;
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

// A call not yet sent: route, body and callback, the deadline at its longest.
std::shared_ptr<DropboxClient::Pending> DropboxClient::newCall(const QString &route, const QJsonValue &arg,
                                                               Callback<QJsonValue> cb) const
{
    auto p = std::make_shared<Pending>();
    p->route = route;
    p->body = toBody(arg);
    p->cb = std::move(cb);
    p->deadlineMs = m_options.maxCallMs;
    return p;
}

void DropboxClient::rpc(const QString &route, const QJsonValue &arg, Callback<QJsonValue> cb, qint64 deadlineMs)
{
    auto p = newCall(route, arg, std::move(cb));
    if (deadlineMs > 0)
        p->deadlineMs = std::min(deadlineMs, m_options.maxCallMs);
    enqueue(p);
}

void DropboxClient::rpc(const QString &route, const QJsonValue &arg, BodyReader fastRead, Callback<QJsonValue> cb)
{
    auto p = newCall(route, arg, std::move(cb));
    p->fastRead = std::move(fastRead);
    enqueue(p);
}

void DropboxClient::write(const QString &route, const QJsonValue &arg, Callback<QJsonValue> cb)
{
    auto p = newCall(route, arg, std::move(cb));
    p->write = true;
    enqueue(p);
}

void DropboxClient::enqueue(const std::shared_ptr<Pending> &p)
{
    p->since.start();
    p->timeout.setSingleShot(true);
    p->retry.setSingleShot(true);
    p->retry.setTimerType(Qt::PreciseTimer); // Retry-After is a lower bound; do not fire early
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
    QMetaObject::invokeMethod(
        this,
        [this, weak] {
            const auto q = weak.lock();
            if (q && !q->done)
                start(q);
        },
        Qt::QueuedConnection);
}

void DropboxClient::start(const std::shared_ptr<Pending> &p)
{
    // Transport policy: refused before a token is fetched or any connection is made.
    if (const auto allowed = checkTransport(m_options.baseUrl, p->route); !allowed)
        return complete(p, unexpected(allowed.error()));
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

int DropboxClient::choosePool()
{
    // Qt's HTTP/1.1 limit per host and manager; an HTTP/2 connection multiplexes far more.
    const int perPool = m_stats.http2 ? 100 : 6;
    int best = 0;
    for (int i = 1; i < m_pools.size(); ++i) {
        if (m_poolLoad[i] < m_poolLoad[best])
            best = i;
    }
    if (m_poolLoad[best] < perPool || m_pools.size() * perPool >= m_options.maxConnections)
        return best;
    // Every pool is full: one more, so this request does not queue behind the others in Qt.
    m_pools.append(new QNetworkAccessManager(this));
    m_poolLoad.append(0);
    m_stats.pools = int(m_pools.size());
    qCDebug(lcHttp) << "opened connection pool" << m_pools.size();
    return int(m_pools.size()) - 1;
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
    // HTTP/2 where the server offers it over TLS (ALPN): many requests on one connection.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);

    ++m_stats.requests;
    p->clock.start();
    p->tooLarge = false;
    QNetworkReply *reply = nullptr;
    const int pool = choosePool();
    QNetworkAccessManager *nam = m_pools[pool];
    if (p->write) {
        ++m_stats.writes;
        request.setHeader(QNetworkRequest::ContentLengthHeader, p->body.size());
        auto *body = new OneShotBody(p->body);
        reply = nam->post(request, body);
        body->setParent(reply);
    } else {
        reply = nam->post(request, p->body);
    }
    p->reply = reply;
    ++m_poolLoad[pool];
    m_stats.peakInFlight = std::max(m_stats.peakInFlight, ++m_inFlight);
    // Counted down however the reply ends (answered, aborted, timed out); the manager is the
    // context so that detachReply(), which disconnects the client, leaves this connection alone.
    connect(reply, &QNetworkReply::finished, nam, [this, pool, reply] {
        --m_poolLoad[pool];
        --m_inFlight;
        if (!m_stats.http2 && reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
            m_stats.http2 = true;
    });
    const std::weak_ptr<Pending> weak = p;
    const qint64 cap = m_options.maxReplyBytes;
    connect(reply, &QNetworkReply::downloadProgress, this, [weak, reply, cap](qint64 received, qint64 total) {
        const auto q = weak.lock();
        if (!q || q->reply != reply || (received <= cap && total <= cap))
            return;
        q->tooLarge = true;
        reply->abort(); // finished() follows with OperationCanceledError
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

} // namespace dbx
