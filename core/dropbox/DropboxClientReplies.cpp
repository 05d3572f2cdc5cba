// DropboxClient: what a reply (or its absence) means, and the retry policy that follows from it.
#include "dropbox/DropboxClient.h"
#include "dropbox/DropboxClientPending.h"
#include "dropbox/Parse.h"
#include "dropbox/TokenSource.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dbx {

namespace {
QJsonObject bodyObject(const QByteArray &body)
{
    const Expected<QJsonValue> v = parse::jsonValue(body);
    return v && v->isObject() ? v->toObject() : QJsonObject();
}

// Bodies of error replies go into details and logs; an HTML error page must not flood either.
QString bodyText(const QByteArray &body) { return QString::fromUtf8(body.left(1000)).trimmed(); }

// Network errors that prove the request never reached the server: a write may be sent again.
bool provablyNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProtocolUnknownError: return true;
    default: return false;
    }
}
} // namespace

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
        return; // a reply we already gave up on
    p->reply = nullptr;
    p->timeout.stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString requestId = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("X-Dropbox-Request-Id")));
    const QByteArray body = reply->readAll();
    qCDebug(lcHttp).noquote() << "POST" << p->route << "->" << status << "in" << p->clock.elapsed() << "ms, request id"
                              << (requestId.isEmpty() ? QStringLiteral("-") : requestId);

    Error e;
    e.route = p->route;
    e.httpStatus = status;
    e.requestId = requestId;

    if (p->tooLarge) {
        e = Error::malformed(p->route,
                             tr("the reply is larger than %1 MB").arg(m_options.maxReplyBytes / (1024 * 1024)));
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
        if (p->fastRead && p->fastRead(body)) {
            Expected<QJsonValue> taken{QJsonValue()};
            taken.requestId = requestId;
            return complete(p, taken);
        }
        // Every RPC result is one JSON value, "null" for a void one: an empty body was cut off.
        const bool empty = body.trimmed().isEmpty();
        const Expected<QJsonValue> value = parse::jsonValue(body);
        const QString why = empty ? tr("the body is empty") : value.error().detail;
        Expected<QJsonValue> r;
        if (empty || !value) {
            // An empty or truncated body is no success: for a write the outcome is unknown.
            Error bad = Error::malformed(p->route, tr("the reply is not JSON (%1)").arg(why));
            bad.httpStatus = status;
            bad.requestId = requestId;
            bad.maybeApplied = p->write;
            r = unexpected(bad);
        } else {
            r = *value;
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
            if (e.requiredScope.isEmpty()) // tolerate the scope nested under the tag
                e.requiredScope = error.value(QLatin1String("missing_scope"))
                                      .toObject()
                                      .value(QLatin1String("required_scope"))
                                      .toString();
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
                ? error.value(QLatin1String("retry_after"))
                : json.value(QLatin1String("retry_after"));
            if (v.isDouble() && v.toDouble() >= 0)
                retryAfter = static_cast<qint64>(std::min(v.toDouble(), 1e12));
        }
        e.retryAfterSeconds = static_cast<int>(std::clamp<qint64>(retryAfter, 0, std::numeric_limits<int>::max()));
        qCWarning(lcHttp).noquote() << "POST" << p->route << "rate limited; retry after"
                                    << (retryAfter >= 0 ? QString::number(retryAfter) + QStringLiteral(" s")
                                                        : QStringLiteral("(backoff)"));
        Q_EMIT rateLimited(p->route, e.retryAfterSeconds);
        if (p->done)
            return; // a handler aborted everything
        if (retryAfter > m_options.maxRetryAfterSeconds) {
            e.detail = tr("Dropbox asked the connector to wait %1 s before calling %2 again, longer than the limit "
                          "of %3 s, so the call was given up (nothing was changed by it). Try again later.")
                           .arg(retryAfter)
                           .arg(p->route)
                           .arg(m_options.maxRetryAfterSeconds);
            return complete(p, failure(*p, e, false));
        }
        // Retry-After is a lower bound. A call limited again after it already waited also backs off
        // (with jitter): calls retried at once in lockstep could otherwise meet the limit every time.
        const int delay = retryAfter >= 0
            ? std::max(static_cast<int>(retryAfter * 1000), p->failures > 0 ? backoffMs(p->failures) : 0)
            : backoffMs(p->failures + 1);
        return retryOrFail(p, e, delay, tr("rate limited"));
    } else if (status >= 500) {
        e.kind = Error::Kind::Server;
        e.detail = bodyText(body);
        qCWarning(lcHttp).noquote() << "POST" << p->route << "server error" << status;
        return lostAfterSend(p, e, tr("HTTP %1").arg(status)); // Dropbox documents no 5xx as "not applied"
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
                                .arg(p->since.elapsed() / 1000)
                                .arg(p->deadlineMs / 1000);
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
    qCInfo(lcHttp).noquote() << "POST" << p->route << "attempt" << attempt << "in" << delayMs << "ms:" << reason;
    Q_EMIT retrying(p->route, attempt, delayMs, reason);
    if (p->done)
        return; // a handler aborted everything
    p->retry.start(std::max(0, delayMs));
}

int DropboxClient::backoffMs(int retryNumber) const
{
    // initialBackoffMs * 2^(n-1), +-25% jitter so parallel calls do not retry in lockstep.
    const double base = m_options.initialBackoffMs * std::pow(2.0, std::max(0, retryNumber - 1));
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    return static_cast<int>(std::min<double>(m_options.maxBackoffMs, base * jitter));
}

} // namespace dbx
