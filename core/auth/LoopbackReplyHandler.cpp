#include "auth/LoopbackReplyHandler.h"

#include "auth/AuthLog.h"
#include "auth/OAuthCallback.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace dbx {

namespace {
constexpr qint64 kMaxRequestLine = 8192; // a redirect with code and state is far shorter
constexpr int kIdleMs = 10000;           // a connection that never sends a request line
} // namespace

LoopbackReplyHandler::LoopbackReplyHandler(quint16 port, QObject *parent) : QOAuthOobReplyHandler(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackReplyHandler::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, port);
}

LoopbackReplyHandler::~LoopbackReplyHandler() = default;

void LoopbackReplyHandler::close() { m_server.close(); }

void LoopbackReplyHandler::setCallbackPath(const QString &path)
{
    QString p = path;
    while (p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    m_path = p;
}

QString LoopbackReplyHandler::callback() const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(m_path);
}

void LoopbackReplyHandler::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kIdleMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

void LoopbackReplyHandler::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll(); // the rest of the headers: not needed
        return;
    }
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxRequestLine)
            answer(socket, 400, QByteArrayLiteral("Bad Request"), tr("The request is too long."));
        return;
    }
    const QByteArray line = socket->readLine(kMaxRequestLine).trimmed();
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || parts.at(0) != "GET" || !parts.at(2).startsWith("HTTP/1.")) {
        answer(socket, 400, QByteArrayLiteral("Bad Request"), tr("This address only receives Dropbox's answer."));
        return;
    }
    const QUrl url = QUrl::fromEncoded(parts.at(1));
    if (!url.isValid() || url.path() != QLatin1Char('/') + m_path) {
        answer(socket, 404, QByteArrayLiteral("Not Found"), tr("Not found."));
        return;
    }
    const QVariantMap values = callbackQueryValues(url.query());
    if (m_acceptor && !m_acceptor(values)) {
        answer(socket, 400, QByteArrayLiteral("Bad Request"), m_rejectedText);
        return;
    }
    answer(socket, 200, QByteArrayLiteral("OK"), m_acceptedText);
    Q_EMIT callbackReceived(values);
}

void LoopbackReplyHandler::answer(QTcpSocket *socket, int status, const QByteArray &reason, const QString &text)
{
    socket->setProperty("answered", true);
    if (status != 200)
        qCInfo(lcAuth) << "loopback callback request answered" << status;
    const QByteArray html = QByteArrayLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        + QCoreApplication::applicationName().toHtmlEscaped().toUtf8() + QByteArrayLiteral("</title></head><body><p>")
        + text.toHtmlEscaped().toUtf8() + QByteArrayLiteral("</p></body></html>");
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    reply += "Content-Type: text/html; charset=utf-8\r\n";
    reply += "Content-Length: " + QByteArray::number(html.size()) + "\r\n";
    reply += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    reply += html;
    socket->write(reply);
    socket->disconnectFromHost();
}

} // namespace dbx
