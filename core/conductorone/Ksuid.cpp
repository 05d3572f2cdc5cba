#include "conductorone/Ksuid.h"

#include <QRandomGenerator>
#include <QtEndian>

#include <array>

namespace dbx {
namespace c1 {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

int digitValue(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'A' && u <= 'Z')
        return u - 'A' + 10;
    if (u >= 'a' && u <= 'z')
        return u - 'a' + 36;
    return -1;
}

} // namespace

QString Ksuid::generate(const QDateTime &at)
{
    const qint64 secs = (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    QByteArray bytes(kByteLength, '\0');
    qToBigEndian(quint32(secs - kEpoch), bytes.data());
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data() + 4),
                                         reinterpret_cast<quint32 *>(bytes.data() + kByteLength));
    return encode(bytes);
}

QString Ksuid::encode(const QByteArray &twentyBytes)
{
    if (twentyBytes.size() != kByteLength)
        return QString();
    // Long division of the 160-bit big-endian number by 62, one base62 digit at a time.
    std::array<quint32, 5> parts{};
    for (int i = 0; i < 5; ++i)
        parts[size_t(i)] = qFromBigEndian<quint32>(twentyBytes.constData() + 4 * i);
    QString out(kTextLength, QLatin1Char('0'));
    for (int pos = kTextLength - 1; pos >= 0; --pos) {
        quint64 remainder = 0;
        for (quint32 &part : parts) {
            const quint64 value = (remainder << 32) | part;
            part = quint32(value / 62);
            remainder = value % 62;
        }
        out[pos] = QLatin1Char(kAlphabet[remainder]);
    }
    return out;
}

QByteArray Ksuid::decode(const QString &text)
{
    if (text.size() != kTextLength)
        return QByteArray();
    std::array<quint32, 5> parts{};
    for (QChar c : text) {
        const int digit = digitValue(c);
        if (digit < 0)
            return QByteArray();
        // parts = parts * 62 + digit, from the least significant word up.
        quint64 carry = quint64(digit);
        for (int i = 4; i >= 0; --i) {
            const quint64 value = quint64(parts[size_t(i)]) * 62 + carry;
            parts[size_t(i)] = quint32(value);
            carry = value >> 32;
        }
        if (carry != 0)
            return QByteArray(); // larger than 160 bits
    }
    QByteArray out(kByteLength, '\0');
    for (int i = 0; i < 5; ++i)
        qToBigEndian(parts[size_t(i)], out.data() + 4 * i);
    return out;
}

QDateTime Ksuid::timestamp(const QString &text)
{
    const QByteArray bytes = decode(text);
    if (bytes.size() != kByteLength)
        return QDateTime();
    return QDateTime::fromSecsSinceEpoch(qint64(qFromBigEndian<quint32>(bytes.constData())) + kEpoch, Qt::UTC);
}

} // namespace c1
} // namespace dbx
