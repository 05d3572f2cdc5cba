#pragma once
// The browser's redirect to the loopback callback (…/dropbox-callback?code=…&state=…, or
// ?error=…&error_description=…&state=…) judged as a pure function, so that AuthorizationFlow and
// the fuzz target (tests/fuzz/fuzz_oauth.cpp) share one decision.

#include <QString>
#include <QVariantMap>

namespace dbx {

struct OAuthCallback {
    enum class Verdict {
        Code,          // the right state and a code: exchange it
        Error,         // error= with the right (or no) state: the attempt ends with it
        StateMismatch, // a wrong or missing state: not this attempt's redirect
        NoCode,        // the right state but no code
    };
    Verdict verdict = Verdict::StateMismatch;
    QString code;
    QString state;
    QString error; // e.g. "access_denied"
    QString errorDescription;
};

// The query's items as Qt 6.4's QOAuthHttpServerReplyHandler hands them to the flow: decoded,
// a repeated key keeps its last value.
QVariantMap callbackQueryValues(const QString &query);

// Judges the callback's values against the state this attempt sent.
OAuthCallback judgeCallback(const QVariantMap &data, const QString &expectedState);

} // namespace dbx
