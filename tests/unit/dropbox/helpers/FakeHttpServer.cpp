#include "helpers/FakeHttpServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace dbxtest {

namespace {
QByteArray reason(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 409: return QByteArrayLiteral("Conflict");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 503: return QByteArrayLiteral("Service Unavailable");
    default: return QByteArrayLiteral("Status");
    }
}
} // namespace

CannedResponse CannedResponse::json(int status, const QByteArray &json,
                                    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    CannedResponse r;
    r.status = status;
    r.body = json;
    r.headers = headers;
    return r;
}

CannedResponse CannedResponse::text(int status, const QByteArray &text,
                                    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    CannedResponse r = json(status, text, headers);
    r.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    return r;
}

CannedResponse CannedResponse::drop()
{
    CannedResponse r;
    r.action = Action::Drop;
    return r;
}

CannedResponse CannedResponse::hang()
{
    CannedResponse r;
    r.action = Action::Hang;
    return r;
}

FakeHttpServer::FakeHttpServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    for (const QPointer<QTcpSocket> &s : std::as_const(m_hanging)) {
        if (s)
            s->abort();
    }
}

bool FakeHttpServer::listen() { return m_server->listen(QHostAddress::LocalHost, 0); }

QUrl FakeHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

quint16 FakeHttpServer::port() const { return m_server->serverPort(); }

void FakeHttpServer::enqueue(const CannedResponse &response) { m_queue.append(response); }

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Keep-alive connections may carry several requests; take each complete one in turn.
    for (;;) {
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        RecordedRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const int length = request.headers.value("content-length", "0").toInt();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.receivedAtMs = m_clock.elapsed();
        m_requests.append(request);

        const CannedResponse response = m_queue.isEmpty()
            ? CannedResponse::text(500, QByteArrayLiteral("FakeHttpServer: no canned response left"))
            : m_queue.takeFirst();
        const int index = m_requests.size() - 1;
        if (response.delayMs > 0) {
            const QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, response] {
                if (guard)
                    answer(guard, response);
            });
        } else {
            answer(socket, response);
        }
        Q_EMIT requestReceived(index);
        if (response.action != CannedResponse::Action::Reply || response.delayMs > 0)
            return; // the connection is gone or busy; nothing more will be read from it
        if (!m_buffers.contains(socket))
            return;
    }
}

void FakeHttpServer::answer(QTcpSocket *socket, const CannedResponse &response)
{
    switch (response.action) {
    case CannedResponse::Action::Hang: m_hanging.append(socket); return;
    case CannedResponse::Action::Drop: socket->abort(); return;
    case CannedResponse::Action::Reply: break;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    out += response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace dbxtest
