// Fuzz target: the OAuth loopback callback (core/auth/OAuthCallback.h). The input is the request
// target as the browser sends it ("/dropbox-callback?code=...&state=..."), decoded the way
// LoopbackReplyHandler decodes it, then judged against a fixed state; the input is also judged
// as a bare query string.

#include "FuzzCommon.h"
#include "auth/OAuthCallback.h"

#include <QUrl>

namespace {
void judge(const QString &query)
{
    using namespace dbx;
    const QVariantMap values = callbackQueryValues(query);
    const OAuthCallback c = judgeCallback(values, QStringLiteral("s7Yq3vN0cXr2bLk9"));
    if (c.verdict == OAuthCallback::Verdict::Code && (c.code.isEmpty() || c.state != QLatin1String("s7Yq3vN0cXr2bLk9")))
        __builtin_trap(); // a code is only ever accepted with this attempt's state
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = dbx::fuzz::bytes(data, size);
    const QUrl url = QUrl::fromEncoded(input);
    if (url.isValid())
        judge(url.query());
    judge(QString::fromUtf8(input));
    return 0;
}
