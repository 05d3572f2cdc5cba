#include "sim/HttpServer.h"

#include "sim/HttpParse.h"
#include "sim/SimLog.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <deque>

namespace dbx {
namespace sim {

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    return QByteArray();
}

HttpResponse HttpResponse::text(int status, const QByteArray &body)
{
    return HttpResponse(status, QByteArrayLiteral("text/plain; charset=utf-8"), body);
}

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    return HttpResponse(status, QByteArrayLiteral("application/json"), body);
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 302: return QByteArrayLiteral("Found");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 409: return QByteArrayLiteral("Conflict");
    case 411: return QByteArrayLiteral("Length Required");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 503: return QByteArrayLiteral("Service Unavailable");
    default: return QByteArrayLiteral("Unknown");
    }
}

// One accepted socket. Requests are parsed as bytes arrive; each gets a slot in a queue so
// that replies leave in request order (HTTP/1.1 pipelining) even when a delayed reply for an
// earlier request is still waiting for its timer.
class HttpConnection : public QObject
{
public:
    HttpConnection(HttpServer *server, QTcpSocket *socket) : QObject(server), m_server(server), m_socket(socket)
    {
        m_socket->setParent(this);
        // Small replies on a keep-alive connection must not wait for Nagle + delayed ACK.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    }

private:
    struct Pending {
        quint64 id = 0;
        bool ready = false;
        HttpResponse response;
        bool requestClose = false;
    };

    void onDisconnected()
    {
        m_closing = true;
        deleteLater();
    }

    void onReadyRead()
    {
        if (m_closing) {
            m_socket->readAll();
            return;
        }
        m_buffer.append(m_socket->readAll());
        while (!m_closing && parseOne()) {}
    }

    // Parses one complete request off the buffer and dispatches it; false when more bytes
    // are needed (or the connection is being closed).
    bool parseOne()
    {
        const auto parsed = parseRequest(m_buffer);
        if (!parsed) {
            fail(parsed.error().httpStatus, parsed.error().detail.toLatin1().constData());
            return false;
        }
        if (!*parsed)
            return false;
        const HttpRequest &req = **parsed;

        const QByteArray connectionHeader = req.header("connection").toLower();
        const bool wantsClose = connectionHeader.contains("close")
            || (req.version == "HTTP/1.0" && !connectionHeader.contains("keep-alive"));
        dispatch(req, wantsClose);
        return !wantsClose;
    }

    void dispatch(const HttpRequest &req, bool wantsClose)
    {
        Pending p;
        p.id = m_nextId++;
        p.requestClose = wantsClose;
        m_queue.push_back(p);
        if (wantsClose)
            m_closing = true; // nothing after this request is read
        HttpResponse response = m_server->m_handler(req);
        const quint64 id = p.id;
        if (response.hold)
            return; // this request and every one pipelined behind it stay unanswered
        if (response.delayMs > 0) {
            QTimer::singleShot(response.delayMs, this, [this, id, response] { complete(id, response); });
        } else {
            complete(id, response);
        }
    }

    void fail(int status, const char *why)
    {
        qCDebug(lcSim) << "HTTP error" << status << why;
        HttpResponse r = HttpResponse::text(status, QByteArray(why) + '\n');
        r.close = true;
        Pending p;
        p.id = m_nextId++;
        p.requestClose = true;
        m_queue.push_back(p);
        m_closing = true;
        m_buffer.clear();
        complete(p.id, r);
    }

    void complete(quint64 id, const HttpResponse &response)
    {
        for (Pending &p : m_queue) {
            if (p.id == id) {
                p.ready = true;
                p.response = response;
                break;
            }
        }
        flush();
    }

    void flush()
    {
        while (!m_queue.empty() && m_queue.front().ready) {
            Pending p = std::move(m_queue.front());
            m_queue.pop_front();
            if (p.response.drop) {
                // A connection that dies mid-conversation: every pipelined request on it is
                // lost too, exactly what a client sees when a server goes away.
                m_queue.clear();
                m_closing = true;
                m_socket->abort();
                deleteLater();
                return;
            }
            if (p.response.truncate) {
                const QByteArray whole = serialize(p.response, true);
                m_socket->write(whole.left(whole.size() - std::max<qsizetype>(1, p.response.body.size() / 2)));
                m_queue.clear();
                m_closing = true;
                m_socket->disconnectFromHost();
                return;
            }
            const bool close = p.response.close || p.requestClose;
            m_socket->write(serialize(p.response, close));
            if (close) {
                m_queue.clear();
                m_closing = true;
                m_socket->disconnectFromHost();
                return;
            }
        }
    }

    QByteArray serialize(const HttpResponse &r, bool close)
    {
        QByteArray out;
        out.reserve(r.body.size() + 256);
        out.append("HTTP/1.1 ")
            .append(QByteArray::number(r.status))
            .append(' ')
            .append(HttpResponse::reasonPhrase(r.status))
            .append("\r\n");
        if (!r.contentType.isEmpty())
            out.append("Content-Type: ").append(r.contentType).append("\r\n");
        out.append("Content-Length: ").append(QByteArray::number(r.body.size())).append("\r\n");
        out.append("X-Dropbox-Request-Id: ").append(nextRequestId()).append("\r\n");
        for (const auto &h : r.headers)
            out.append(h.first).append(": ").append(h.second).append("\r\n");
        out.append(close ? "Connection: close\r\n" : "Connection: keep-alive\r\n");
        out.append("\r\n");
        out.append(r.body);
        return out;
    }

    QByteArray nextRequestId()
    {
        const quint64 n = ++m_server->m_requestCounter;
        return QByteArray::number(m_server->m_instance, 16).rightJustified(8, '0')
            + QByteArray::number(n, 16).rightJustified(24, '0');
    }

    HttpServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    std::deque<Pending> m_queue;
    quint64 m_nextId = 1;
    bool m_closing = false;
};

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_server(new QTcpServer(this)),
      m_instance(QRandomGenerator::global()->generate())
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer() = default;

Expected<void> HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback()) {
        return unexpected(Error::make(Error::Kind::Invalid,
                                      tr("The simulator only listens on a loopback address (127.0.0.1 or ::1), not %1.")
                                          .arg(address.toString())));
    }
    if (!m_server->listen(address, port)) {
        return unexpected(Error::make(Error::Kind::Io,
                                      tr("The simulator cannot listen on %1 port %2: %3")
                                          .arg(address.toString())
                                          .arg(port)
                                          .arg(m_server->errorString()),
                                      m_server->errorString()));
    }
    return {};
}

void HttpServer::close() { m_server->close(); }

bool HttpServer::isListening() const { return m_server->isListening(); }

quint16 HttpServer::port() const { return m_server->serverPort(); }

QHostAddress HttpServer::address() const { return m_server->serverAddress(); }

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        new HttpConnection(this, socket);
    }
}

} // namespace sim
} // namespace dbx
