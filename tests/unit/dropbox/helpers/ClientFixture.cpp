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
}

void DropboxClientTest::cleanup()
{
    m_server.reset();
    m_tokens.reset();
}

std::unique_ptr<DropboxClient> DropboxClientTest::makeClient(int maxAttempts, int timeoutMs)
{
    DropboxClient::Options o;
    o.baseUrl = m_server->baseUrl();
    o.maxAttempts = maxAttempts;
    o.initialBackoffMs = 10;
    o.maxBackoffMs = 40;
    o.requestTimeoutMs = timeoutMs;
    return std::make_unique<DropboxClient>(m_tokens.get(), o);
}

} // namespace dbxtest
