// RefreshTokenSource against a scripted /oauth2/token, and StaticTokenSource.

#include "helpers/ClientFixture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <initializer_list>
#include <memory>
#include <utility>

using namespace dbx;
using dbxtest::CannedResponse;
using Kind = Error::Kind;

namespace {

struct Answer {
    QString token;
    Error error;
};

struct Answers {
    QList<Answer> list;
    TokenSource::Callback callback()
    {
        return [this](const QString &token, const Error &error) { list.append({token, error}); };
    }
    // Asks source for a token and waits for its answer; the number of answers so far.
    int fetched(TokenSource &source)
    {
        const int before = list.size();
        source.fetchToken(callback());
        if (!QTest::qWaitFor([this, before] { return list.size() > before; }, 5000))
            qWarning("no token answer within 5 s");
        return list.size();
    }
};

// The token endpoint's 200 reply granting this access token for expiresIn seconds.
CannedResponse tokenReply(const char *token, int expiresIn)
{
    return CannedResponse::json(200,
                                QByteArray(R"({"access_token":")") + token + R"(","token_type":"bearer","expires_in":)"
                                    + QByteArray::number(expiresIn)
                                    + R"(,"scope":"groups.read members.read team_info.read","team_id":"dbtid:1"})");
}

} // namespace

class TestTokenSource : public dbxtest::DropboxClientTest
{
    Q_OBJECT
private Q_SLOTS:
    void refreshGrantSent();
    void cachedUntilNearExpiry();
    void refreshWithinFiveMinutesOfExpiry();
    void invalidateForcesRefresh();
    void concurrentCallersShareOneRefresh();
    void invalidGrant();
    void serverErrorRetried();
    void serverErrorsExhausted();
    void networkFailure();
    void timeout();
    void malformedReply();
    void missingRefreshToken();
    void staticToken();

private:
    std::unique_ptr<RefreshTokenSource> makeSource(const QString &refreshToken = QStringLiteral("rt-123"));
    // A source whose token endpoint grants these access tokens, each for its seconds, in turn.
    std::unique_ptr<RefreshTokenSource> sourceGranting(std::initializer_list<std::pair<const char *, int>> grants);
};

std::unique_ptr<RefreshTokenSource> TestTokenSource::makeSource(const QString &refreshToken)
{
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/oauth2/token"));
    auto source = std::make_unique<RefreshTokenSource>(
        m_nam.get(), url,
        RefreshTokenSource::Credentials{QStringLiteral("app-key"), QStringLiteral("app:secret"), refreshToken});
    source->setRetryPolicy(3, 10);
    source->setRequestTimeoutMs(3000);
    return source;
}

std::unique_ptr<RefreshTokenSource>
TestTokenSource::sourceGranting(std::initializer_list<std::pair<const char *, int>> grants)
{
    for (const auto &grant : grants)
        m_server->enqueue(tokenReply(grant.first, grant.second));
    return makeSource();
}

void TestTokenSource::refreshGrantSent()
{
    // Characters that form encoding must escape: '+' would otherwise read as a space.
    auto source = makeSource(QStringLiteral("rt+/=&x y"));
    QSignalSpy refreshed(source.get(), &RefreshTokenSource::tokenRefreshed);
    m_server->enqueue(tokenReply("sl.AAA", 14400));
    Answers a;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QCOMPARE(a.fetched(*source), 1);
    QVERIFY2(!a.list.first().error.isError(), qPrintable(a.list.first().error.brief()));
    QCOMPARE(a.list.first().token, QStringLiteral("sl.AAA"));

    QCOMPARE(m_server->requests().size(), 1);
    const auto &req = m_server->requests().first();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, QByteArray("/oauth2/token"));
    QCOMPARE(req.header("Authorization"), "Basic " + QByteArray("app-key:app:secret").toBase64());
    QCOMPARE(req.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    const QUrlQuery form(QString::fromUtf8(req.body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded), QStringLiteral("refresh_token"));
    QCOMPARE(form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded), QStringLiteral("rt+/=&x y"));
    QVERIFY(!req.body.contains("secret")); // client auth goes in the header only
    QVERIFY(req.body.contains("refresh_token=rt%2B%2F%3D%26x%20y"));

    QCOMPARE(source->grantedScopes(), QStringLiteral("groups.read members.read team_info.read"));
    QCOMPARE(source->refreshCount(), 1);
    const qint64 secs = before.secsTo(source->expiresAt());
    QVERIFY2(secs >= 14399 && secs <= 14405, qPrintable(QString::number(secs)));
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(refreshed.first().at(0).toDateTime(), source->expiresAt());
}

void TestTokenSource::cachedUntilNearExpiry()
{
    auto source = sourceGranting({{"sl.AAA", 14400}});
    Answers a;
    QCOMPARE(a.fetched(*source), 1);
    // A fresh token is handed out from the cache, at once.
    source->fetchToken(a.callback());
    QCOMPARE(a.list.size(), 2);
    QCOMPARE(a.list.at(1).token, QStringLiteral("sl.AAA"));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestTokenSource::refreshWithinFiveMinutesOfExpiry()
{
    auto source = sourceGranting({{"sl.short", 299}, {"sl.long", 14400}});
    Answers a;
    QCOMPARE(a.fetched(*source), 1);
    QCOMPARE(a.list.at(0).token, QStringLiteral("sl.short"));
    QCOMPARE(a.fetched(*source), 2);
    QCOMPARE(a.list.at(1).token, QStringLiteral("sl.long"));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(source->refreshCount(), 2);
}

void TestTokenSource::invalidateForcesRefresh()
{
    auto source = sourceGranting({{"sl.one", 14400}, {"sl.two", 14400}});
    Answers a;
    QCOMPARE(a.fetched(*source), 1);
    source->invalidate(QStringLiteral("some-older-token")); // not the current one: no effect
    source->fetchToken(a.callback());
    QCOMPARE(a.list.size(), 2);
    QCOMPARE(a.list.at(1).token, QStringLiteral("sl.one"));
    source->invalidate(QStringLiteral("sl.one"));
    QCOMPARE(a.fetched(*source), 3);
    QCOMPARE(a.list.at(2).token, QStringLiteral("sl.two"));
    QCOMPARE(m_server->requests().size(), 2);
}

void TestTokenSource::concurrentCallersShareOneRefresh()
{
    auto source = makeSource();
    CannedResponse slow = tokenReply("sl.shared", 14400);
    slow.delayMs = 100;
    m_server->enqueue(slow);
    Answers a;
    for (int i = 0; i < 5; ++i)
        source->fetchToken(a.callback());
    QCOMPARE(a.list.size(), 0);
    QTRY_COMPARE(a.list.size(), 5);
    for (const Answer &answer : a.list) {
        QCOMPARE(answer.token, QStringLiteral("sl.shared"));
        QVERIFY(!answer.error.isError());
    }
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(source->refreshCount(), 1);
}

void TestTokenSource::invalidGrant()
{
    auto source = makeSource();
    m_server->enqueue(CannedResponse::json(
        400, R"({"error":"invalid_grant","error_description":"refresh token is invalid or revoked"})"));
    m_server->enqueue(tokenReply("sl.never", 14400));
    Answers a;
    source->fetchToken(a.callback());
    source->fetchToken(a.callback());
    QTRY_COMPARE(a.list.size(), 2);
    for (const Answer &answer : a.list) {
        QVERIFY(answer.token.isEmpty());
        QCOMPARE(answer.error.kind, Kind::TokenRefresh);
        QCOMPARE(answer.error.tag, QStringLiteral("invalid_grant"));
        QCOMPARE(answer.error.httpStatus, 400);
        QCOMPARE(answer.error.detail, QStringLiteral("refresh token is invalid or revoked"));
        QVERIFY(answer.error.needsReauthorization());
        QVERIFY(answer.error.message().contains(QStringLiteral("re-authorize")));
    }
    QTest::qWait(50);
    QCOMPARE(m_server->requests().size(), 1); // never retried
    QCOMPARE(source->refreshCount(), 0);
}

void TestTokenSource::serverErrorRetried()
{
    auto source = makeSource();
    m_server->enqueue(CannedResponse::text(503, "unavailable"));
    m_server->enqueue(CannedResponse::drop());
    m_server->enqueue(tokenReply("sl.after", 14400));
    Answers a;
    QCOMPARE(a.fetched(*source), 1);
    QVERIFY2(!a.list.first().error.isError(), qPrintable(a.list.first().error.brief()));
    QCOMPARE(a.list.first().token, QStringLiteral("sl.after"));
    QCOMPARE(m_server->queuedResponses(), 0);
}

void TestTokenSource::serverErrorsExhausted()
{
    auto source = makeSource();
    for (int i = 0; i < 3; ++i)
        m_server->enqueue(CannedResponse::text(500, "oops"));
    Answers a;
    QCOMPARE(a.fetched(*source), 1);
    const Error &e = a.list.first().error;
    QCOMPARE(e.kind, Kind::TokenRefresh);
    QCOMPARE(e.httpStatus, 500);
    QVERIFY(!e.needsReauthorization());
    QCOMPARE(m_server->requests().size(), 3);
}

void TestTokenSource::networkFailure()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    RefreshTokenSource source(m_nam.get(), QUrl(QStringLiteral("http://127.0.0.1:%1/oauth2/token").arg(port)),
                              {QStringLiteral("k"), QStringLiteral("s"), QStringLiteral("r")});
    source.setRetryPolicy(2, 5);
    Answers a;
    QCOMPARE(a.fetched(source), 1);
    QCOMPARE(a.list.first().error.kind, Kind::Network);
    QCOMPARE(a.list.first().error.route, QStringLiteral("oauth2/token"));
    QVERIFY(!a.list.first().error.needsReauthorization());
}

void TestTokenSource::timeout()
{
    auto source = makeSource();
    source->setRequestTimeoutMs(100);
    source->setRetryPolicy(2, 5);
    m_server->enqueue(CannedResponse::hang());
    m_server->enqueue(CannedResponse::hang());
    Answers a;
    QCOMPARE(a.fetched(*source), 1);
    QCOMPARE(a.list.first().error.kind, Kind::Timeout);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestTokenSource::malformedReply()
{
    auto source = makeSource();
    m_server->enqueue(CannedResponse::json(200, R"({"token_type":"bearer"})"));
    Answers a;
    QCOMPARE(a.fetched(*source), 1);
    QCOMPARE(a.list.first().error.kind, Kind::Malformed);
    QCOMPARE(a.list.first().error.detail, QStringLiteral("oauth2/token: access_token is missing"));
}

void TestTokenSource::missingRefreshToken()
{
    auto source = makeSource(QString());
    Answers a;
    source->fetchToken(a.callback());
    QCOMPARE(a.list.size(), 0); // answered from the event loop, like a real refresh
    QTRY_COMPARE(a.list.size(), 1);
    QCOMPARE(a.list.first().error.kind, Kind::TokenRefresh);
    QVERIFY(a.list.first().error.needsReauthorization());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestTokenSource::staticToken()
{
    StaticTokenSource source(QStringLiteral("fixed"));
    Answers a;
    source.fetchToken(a.callback());
    QCOMPARE(a.list.size(), 1);
    QCOMPARE(a.list.at(0).token, QStringLiteral("fixed"));
    source.invalidate(QStringLiteral("other"));
    source.fetchToken(a.callback());
    QCOMPARE(a.list.at(1).token, QStringLiteral("fixed"));
    source.invalidate(QStringLiteral("fixed"));
    source.fetchToken(a.callback());
    QCOMPARE(a.list.size(), 3);
    QVERIFY(a.list.at(2).token.isEmpty());
    QCOMPARE(a.list.at(2).error.kind, Kind::Unauthorized);
    QVERIFY(a.list.at(2).error.needsReauthorization());
}

QTEST_GUILESS_MAIN(TestTokenSource)
#include "tst_tokensource.moc"
