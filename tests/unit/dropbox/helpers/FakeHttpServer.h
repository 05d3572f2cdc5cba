#pragma once
// A scripted HTTP/1.1 server on 127.0.0.1 for the client tests: every request that arrives takes
// the next canned response from a queue (first in, first out, whatever the path), and is
// recorded with its headers, body and arrival time. Deliberately tiny and independent of the
// simulator, so the client's behaviour is tested against exactly the bytes a test chose.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace dbxtest {

struct CannedResponse {
    enum class Action {
        Reply, // send status, headers and body, then close the connection
        Drop,  // close the connection without a byte of reply
        Hang,  // never answer (until the server is destroyed)
    };
    Action action = Action::Reply;
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0; // wait this long before answering

    static CannedResponse json(int status, const QByteArray &json,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static CannedResponse text(int status, const QByteArray &text,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static CannedResponse drop();
    static CannedResponse hang();
};

struct RecordedRequest {
    QByteArray method;
    QByteArray path;                       // as sent, e.g. "/2/team/members/list_v2"
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    qint64 receivedAtMs = 0; // since the server was created
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    quint16 port() const;

    void enqueue(const CannedResponse &response);
    int queuedResponses() const { return m_queue.size(); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    QElapsedTimer clock() const { return m_clock; }

Q_SIGNALS:
    void requestReceived(int index);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const CannedResponse &response);

    QTcpServer *m_server;
    QList<CannedResponse> m_queue;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_hanging;
    QElapsedTimer m_clock;
};

} // namespace dbxtest
