#pragma once
// Shared set-up of the DropboxClient and token source tests: a scripted loopback server
// (FakeHttpServer), a token source that counts, a network manager for a RefreshTokenSource, and a
// client with short backoffs aimed at the server. A test class derives from DropboxClientTest;
// QTest runs its init() and cleanup() around every test function, so each test gets fresh ones.

#include "dropbox/DropboxClient.h"
#include "dropbox/TokenSource.h"
#include "helpers/FakeHttpServer.h"

#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QTest>

#include <memory>

namespace dbxtest {

using dbx::DropboxClient;
using dbx::Error;
using dbx::Expected;
using dbx::TokenSource;

// Hands out "token-1", "token-2", ...: a new one after each invalidate() of the current one.
class CountingTokenSource : public TokenSource
{
public:
    using TokenSource::TokenSource;
    void fetchToken(Callback cb) override
    {
        ++fetches;
        cb(QStringLiteral("token-%1").arg(generation), Error());
    }
    void invalidate(const QString &accessToken) override
    {
        invalidated << accessToken;
        if (accessToken == QStringLiteral("token-%1").arg(generation))
            ++generation;
    }
    int generation = 1;
    int fetches = 0;
    QStringList invalidated;
};

extern const QList<QPair<QByteArray, QByteArray>> kRequestId;

QByteArray expiredBody();

// Collects every answer of one call, so "exactly once" can be checked after the fact.
template <typename T>
struct Answers {
    QList<Expected<T>> list;
    DropboxClient::Callback<T> callback()
    {
        return [this](const Expected<T> &r) { list.append(r); };
    }
    bool waitOne(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return !list.isEmpty(); }, ms);
    }
    // Sends one read of route through client and waits for its first answer (Answers<QJsonValue>).
    bool rpc(DropboxClient &client, const QString &route = QStringLiteral("team/get_info"),
             const QJsonValue &arg = QJsonValue())
    {
        client.rpc(route, arg, callback());
        return waitOne();
    }
};

class DropboxClientTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

protected:
    std::unique_ptr<DropboxClient> makeClient(int maxAttempts = 4, int timeoutMs = 5000);
    // Options aimed at the fake server with these attempts and backoffs, the rest at their defaults.
    DropboxClient::Options serverOptions(int maxAttempts, int initialBackoffMs, int maxBackoffMs) const;

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<CountingTokenSource> m_tokens;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace dbxtest
