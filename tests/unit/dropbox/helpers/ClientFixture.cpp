#include "helpers/ClientFixture.h"

namespace dbxtest {

const QList<QPair<QByteArray, QByteArray>> kRequestId = {{"X-Dropbox-Request-Id", "req-ok"}};

QByteArray expiredBody()
{
    return R"({"error_summary":"expired_access_token/..","error":{".tag":"expired_access_token"}})";
}

void DropboxClientTest::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_tokens = std::make_unique<CountingTokenSource>();
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void DropboxClientTest::cleanup()
{
    m_server.reset();
    m_tokens.reset();
    m_nam.reset();
}

DropboxClient::Options DropboxClientTest::serverOptions(int maxAttempts, int initialBackoffMs, int maxBackoffMs) const
{
    DropboxClient::Options o;
    o.baseUrl = m_server->baseUrl();
    o.maxAttempts = maxAttempts;
    o.initialBackoffMs = initialBackoffMs;
    o.maxBackoffMs = maxBackoffMs;
    return o;
}

std::unique_ptr<DropboxClient> DropboxClientTest::makeClient(int maxAttempts, int timeoutMs)
{
    DropboxClient::Options o = serverOptions(maxAttempts, 10, 40);
    o.requestTimeoutMs = timeoutMs;
    return std::make_unique<DropboxClient>(m_tokens.get(), o);
}

} // namespace dbxtest
