#pragma once
// The browser's redirect back to this computer, answered by us rather than by Qt 6.4's
// QOAuthHttpServerReplyHandler, which answers "200 OK" to any request on its port and hands every
// query on. Here a request is passed to the OAuth flow only when the acceptor says it belongs to
// the attempt under way (its state matches); anything else gets a 400 page and changes nothing,
// so no web page can end the admin's authorization by sending a forged or stale redirect.
// Listens on 127.0.0.1 only. Token replies are parsed by QOAuthOobReplyHandler, as before.

#include <QHash>
#include <QOAuthOobReplyHandler>
#include <QTcpServer>
#include <QVariantMap>

#include <functional>

class QTcpSocket;

namespace dbx {

class LoopbackReplyHandler : public QOAuthOobReplyHandler
{
    Q_OBJECT
public:
    using Acceptor = std::function<bool(const QVariantMap &query)>;

    // port 0 = any free port.
    explicit LoopbackReplyHandler(quint16 port, QObject *parent = nullptr);
    ~LoopbackReplyHandler() override;

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    void close();

    void setCallbackPath(const QString &path);
    void setCallbackText(const QString &text) { m_acceptedText = text; }
    void setRejectedText(const QString &text) { m_rejectedText = text; }
    // Called for each request on the callback path; false = answered 400 and not passed on.
    void setAcceptor(Acceptor acceptor) { m_acceptor = std::move(acceptor); }

    QString callback() const override; // http://127.0.0.1:<port>/<path>

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &reason, const QString &text);

    QTcpServer m_server;
    QString m_path; // without leading '/'
    QString m_acceptedText;
    QString m_rejectedText;
    Acceptor m_acceptor;
};

} // namespace dbx
