#pragma once
// A minimal HTTP/1.1 server on QTcpServer, enough for what the Dropbox client does: request
// line, headers, Content-Length bodies, keep-alive and pipelining (replies leave in request
// order even when a later one is ready first), loopback only. Written here rather than taken
// from QtHttpServer so that the simulator controls exactly what goes on the wire (dropped
// connections, truncated bodies, delayed replies).

#include "base/Expected.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QTcpServer;

namespace dbx {
namespace sim {

struct HttpRequest {
    QByteArray method;                            // "POST", "GET", ...
    QByteArray target;                            // as sent: "/2/team/members/list_v2?x=y"
    QByteArray path;                              // the target without its query
    QByteArray query;                             // after '?', still percent-encoded
    QByteArray version;                           // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const;
};

struct HttpResponse {
    HttpResponse() = default;
    HttpResponse(int statusCode, const QByteArray &type, const QByteArray &content)
        : status(statusCode), contentType(type), body(content)
    {}

    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers
    int delayMs = 0;                              // sent after this delay (a timer, not a sleep)
    bool drop = false;                            // close the connection without answering
    bool close = false;                           // answer, then close
    bool hold = false;                            // never answer; the connection stays open until the client closes it
    bool truncate = false;                        // headers promise the whole body, half of it is sent, then close

    static HttpResponse text(int status, const QByteArray &body);
    static HttpResponse json(int status, const QByteArray &body);
    static QByteArray reasonPhrase(int status);
};

class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    // Refuses anything but a loopback address: the simulator must never be reachable from
    // the network, it accepts well-known credentials.
    Expected<void> listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;

    qint64 connectionsAccepted() const { return m_connections; }

    static constexpr int kMaxHeaderBytes = 64 * 1024;
    static constexpr int kMaxBodyBytes = 32 * 1024 * 1024;

private:
    void onNewConnection();

    Handler m_handler;
    QTcpServer *m_server;
    qint64 m_connections = 0;
    quint64 m_requestCounter = 0;
    quint32 m_instance = 0;

    friend class HttpConnection;
};

} // namespace sim
} // namespace dbx
