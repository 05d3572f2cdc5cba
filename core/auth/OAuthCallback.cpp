#include "auth/OAuthCallback.h"

#include <QUrlQuery>

namespace dbx {

QVariantMap callbackQueryValues(const QString &query)
{
    QVariantMap values;
    const QUrlQuery q(query);
    const auto items = q.queryItems();
    for (const auto &item : items)
        values.insert(item.first, item.second);
    return values;
}

OAuthCallback judgeCallback(const QVariantMap &data, const QString &expectedState)
{
    OAuthCallback c;
    c.error = data.value(QStringLiteral("error")).toString();
    c.state = data.value(QStringLiteral("state")).toString();
    c.code = data.value(QStringLiteral("code")).toString();
    c.errorDescription = data.value(QStringLiteral("error_description")).toString();
    const bool stateOk = !c.state.isEmpty() && c.state == expectedState;

    if (!c.error.isEmpty() && (c.state.isEmpty() || stateOk))
        c.verdict = OAuthCallback::Verdict::Error;
    else if (!stateOk)
        c.verdict = OAuthCallback::Verdict::StateMismatch;
    else if (c.code.isEmpty())
        c.verdict = OAuthCallback::Verdict::NoCode;
    else
        c.verdict = OAuthCallback::Verdict::Code;
    return c;
}

} // namespace dbx
