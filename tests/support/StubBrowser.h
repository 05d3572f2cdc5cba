#pragma once

// Plays the admin's browser in the OAuth tests: GET the authorize URL, take the 302, optionally
// tamper with the redirect's query, then GET it (the local reply handler answers it). Loopback
// only: the URLs come from the simulator.

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace dbx::test {

class StubBrowser : public QObject
{
public:
    std::function<void(QUrlQuery *)> tamper; // changes the redirect's query before it is followed
    QList<QUrl> opened;                      // every authorize URL opened, in order
    int callbackStatus = 0;                  // the local reply handler's HTTP status
    QByteArray lastPage;                     // the authorize page's body

    void open(const QUrl &url)
    {
        opened << url;
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_nam.get(req);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            lastPage = reply->readAll();
            const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
            if (location.isEmpty())
                return;
            QUrl next = location;
            if (tamper) {
                QUrlQuery q(next);
                tamper(&q);
                next.setQuery(q);
            }
            follow(next);
        });
    }

    void follow(const QUrl &url)
    {
        QNetworkReply *cb = m_nam.get(QNetworkRequest(url));
        connect(cb, &QNetworkReply::finished, this, [this, cb] {
            cb->deleteLater();
            callbackStatus = cb->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        });
    }

private:
    QNetworkAccessManager m_nam;
};

// A loopback port free at the moment of asking.
inline quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

} // namespace dbx::test
