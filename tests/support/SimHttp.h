#pragma once
// Raw HTTP against the simulator for its tests: requests are written by hand here, never with
// the product's client (core/dropbox), so that the tests check the simulator against the
// contract, not against the client's reading of it.

#include <QByteArray>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace simtest {

struct Reply {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool timedOut = false;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorTag() const
    {
        return json().value(QLatin1String("error")).toObject().value(QLatin1String(".tag")).toString();
    }
    // "<tag>/..." for an error reply.
    QString errorSummary() const { return json().value(QLatin1String("error_summary")).toString(); }
    QByteArray header(const char *lower) const { return headers.value(QByteArray(lower)); }
};

// A string field of the first object in a JSON list: firstOf(reply, "roles", "role_id").
inline QString firstOf(const QJsonObject &o, const char *list, const char *field)
{
    return o.value(QLatin1String(list)).toArray().first().toObject().value(QLatin1String(field)).toString();
}

class Http
{
public:
    explicit Http(const QUrl &base) : m_base(base) {}

    QNetworkAccessManager &nam() { return m_nam; }

    Reply send(QNetworkRequest req, const QByteArray &verb, const QByteArray &body = QByteArray(),
               int timeoutMs = 20000)
    {
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *r = m_nam.sendCustomRequest(req, verb, body);
        return wait(r, timeoutMs);
    }

    static Reply wait(QNetworkReply *r, int timeoutMs = 20000)
    {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        if (!r->isFinished())
            loop.exec();
        Reply out;
        out.timedOut = !r->isFinished();
        if (out.timedOut)
            r->abort();
        out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = r->readAll();
        out.error = r->error();
        for (const auto &h : r->rawHeaderPairs())
            out.headers.insert(h.first.toLower(), h.second);
        r->deleteLater();
        return out;
    }

    QUrl url(const QString &pathAndQuery) const { return QUrl(m_base.toString() + pathAndQuery); }

    // POST /2/<route> with a JSON body (raw bytes, so tests can send malformed ones).
    Reply rpcRaw(const QString &route, const QByteArray &body, const QByteArray &token,
                 const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        QNetworkRequest req(url(QStringLiteral("/2/") + route));
        if (!contentType.isEmpty())
            req.setRawHeader("Content-Type", contentType);
        if (!token.isNull())
            req.setRawHeader("Authorization", "Bearer " + token);
        return send(req, "POST", body);
    }

    Reply rpc(const QString &route, const QJsonObject &arg, const QByteArray &token)
    {
        return rpcRaw(route, QJsonDocument(arg).toJson(QJsonDocument::Compact), token);
    }

    Reply rpcNull(const QString &route, const QByteArray &token)
    {
        return rpcRaw(route, QByteArrayLiteral("null"), token);
    }

    Reply form(const QString &path, const QUrlQuery &fields, const QByteArray &basicUser = QByteArray(),
               const QByteArray &basicPassword = QByteArray())
    {
        QNetworkRequest req(url(path));
        req.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        if (!basicUser.isNull())
            req.setRawHeader("Authorization", "Basic " + QByteArray(basicUser + ':' + basicPassword).toBase64());
        return send(req, "POST", fields.query(QUrl::FullyEncoded).toUtf8());
    }

    Reply get(const QString &pathAndQuery) { return send(QNetworkRequest(url(pathAndQuery)), "GET"); }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

inline QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> items)
{
    QJsonObject o;
    for (const auto &i : items)
        o.insert(i.first, i.second);
    return o;
}

inline QJsonObject tagged(const QString &tag, const QString &value)
{
    return obj({{QStringLiteral(".tag"), tag}, {tag, value}});
}

} // namespace simtest
