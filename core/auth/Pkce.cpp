#include "auth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace dbx {

namespace {
const char kUnreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr int kUnreservedCount = int(sizeof(kUnreserved)) - 1; // 66
constexpr int kVerifierLength = 64;

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

Pkce Pkce::generate()
{
    QRandomGenerator *rng = QRandomGenerator::system();
    QString verifier;
    verifier.reserve(kVerifierLength);
    for (int i = 0; i < kVerifierLength; ++i)
        verifier.append(QLatin1Char(kUnreserved[rng->bounded(kUnreservedCount)]));
    return Pkce{verifier, challengeFor(verifier)};
}

QString Pkce::challengeFor(const QString &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(base64Url(digest));
}

QString Pkce::randomState()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(base64Url(bytes));
}

bool Pkce::isValidVerifier(const QString &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const QChar c : verifier) {
        if (c.unicode() > 127 || !std::char_traits<char>::find(kUnreserved, kUnreservedCount, char(c.unicode())))
            return false;
    }
    return true;
}

} // namespace dbx
