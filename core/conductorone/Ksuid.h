#pragma once
// KSUIDs (github.com/segmentio/ksuid): 4 bytes of seconds since 2014-05-13 16:53:20 UTC, then
// 16 random bytes, written as 27 base62 characters (0-9, A-Z, a-z). ConductorOne uses them for
// sync ids and task ids; their text sorts by time.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace dbx {
namespace c1 {

class Ksuid
{
public:
    static constexpr qint64 kEpoch = 1400000000; // seconds since 1970 of KSUID time 0
    static constexpr int kTextLength = 27;
    static constexpr int kByteLength = 20;

    // A new KSUID for the given time (now when invalid), random part from the system RNG.
    static QString generate(const QDateTime &at = QDateTime());
    static QString encode(const QByteArray &twentyBytes); // empty if not 20 bytes
    static QByteArray decode(const QString &text);        // empty if not a KSUID
    static bool isValid(const QString &text) { return decode(text).size() == kByteLength; }
    static QDateTime timestamp(const QString &text); // invalid if not a KSUID
};

} // namespace c1
} // namespace dbx
