#include "conductorone/Credentials.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace dbx {
namespace c1 {

namespace {

const char *const kCtx = "dbx::c1::Credentials";
QString tr(const char *s) { return QCoreApplication::translate(kCtx, s); }

Unexpected<Error> invalid(const QString &text) { return unexpected(Error::make(Error::Kind::Invalid, text)); }

Unexpected<Error> refused(const QString &reason) { return unexpected(Error::make(Error::Kind::Refused, reason)); }

using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

PKey privateKeyFrom(const QByteArray &seed)
{
    return PKey(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                             reinterpret_cast<const unsigned char *>(seed.constData()),
                                             size_t(seed.size())),
                &EVP_PKEY_free);
}

PKey publicKeyFrom(const QByteArray &raw)
{
    return PKey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                            reinterpret_cast<const unsigned char *>(raw.constData()),
                                            size_t(raw.size())),
                &EVP_PKEY_free);
}

QByteArray publicKeyOf(const QByteArray &seed)
{
    const PKey key = privateKeyFrom(seed);
    if (!key)
        return QByteArray();
    QByteArray out(32, '\0');
    size_t len = size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(out.data()), &len) != 1 || len != 32)
        return QByteArray();
    return out;
}

QString badSecret()
{
    return tr("The ConductorOne client secret is not valid. It starts with "
              "\"secret-token:conductorone.com:v1:\" followed by the key ConductorOne showed once, when the "
              "credential was created; copy it again, whole, or create a new credential.");
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
}

} // namespace

QString ClientCredentials::audience() const
{
    // net.SplitHostPort semantics: "[v6]:port" and "host:port" lose the port; a bare host stays.
    if (host.startsWith(QLatin1Char('['))) {
        const int close = host.indexOf(QLatin1Char(']'));
        return close > 0 ? host.mid(1, close - 1) : host;
    }
    const int colon = host.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && host.indexOf(QLatin1Char(':')) == colon)
        return host.left(colon);
    return host;
}

QByteArray Credentials::base64UrlEncode(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Credentials::base64UrlDecode(const QByteArray &text, bool *ok)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]*={0,2}$"));
    if (!shape.match(QString::fromLatin1(text)).hasMatch()) {
        *ok = false;
        return QByteArray();
    }
    const auto result
        = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(result);
    return result ? *result : QByteArray();
}

Expected<ClientCredentials> Credentials::parseClientId(const QString &clientId)
{
    const QString id = clientId.trimmed();
    const int at = id.indexOf(QLatin1Char('@'));
    const int slash = at < 0 ? -1 : id.indexOf(QLatin1Char('/'), at + 1);
    if (id.isEmpty() || at <= 0 || slash < 0 || slash == at + 1 || slash == id.size() - 1
        || id.contains(QLatin1Char(' '))) {
        return invalid(tr("The ConductorOne client ID is not valid. It looks like "
                          "name@tenant.conductor.one/suffix; copy it again from ConductorOne, where the "
                          "connector's credential was created."));
    }
    ClientCredentials c;
    c.clientId = id;
    c.clientName = id.left(at);
    c.host = id.mid(at + 1, slash - at - 1);
    return c;
}

Expected<ClientSecretKey> Credentials::parseClientSecret(const QString &secret)
{
    const QStringList parts = secret.trimmed().split(QLatin1Char(':'));
    // baton: SplitN(":", 4), the third part "v1", the fourth base64url (no padding) JSON.
    if (parts.size() != 4 || parts.at(2) != QLatin1String("v1")) {
        return invalid(badSecret());
    }
    bool ok = false;
    const QByteArray json = base64UrlDecode(parts.at(3).toLatin1(), &ok);
    if (!ok || json.isEmpty()) {
        return invalid(badSecret());
    }
    const QJsonObject jwk = QJsonDocument::fromJson(json).object();
    if (jwk.isEmpty()) {
        return invalid(badSecret());
    }
    if (jwk.value(QLatin1String("kty")).toString() != QLatin1String("OKP")
        || jwk.value(QLatin1String("crv")).toString() != QLatin1String("Ed25519")) {
        return invalid(tr("The ConductorOne client secret holds a key of another kind than Ed25519; "
                          "create a new credential in ConductorOne."));
    }
    QByteArray d = base64UrlDecode(jwk.value(QLatin1String("d")).toString().toLatin1(), &ok);
    if (!ok || d.size() != 32) {
        wipe(d);
        return invalid(jwk.contains(QLatin1String("d"))
                           ? badSecret()
                           : tr("The ConductorOne client secret holds only a public key; the secret shown "
                                "when the credential was created is needed."));
    }
    const QByteArray x = base64UrlDecode(jwk.value(QLatin1String("x")).toString().toLatin1(), &ok);
    const QByteArray derived = publicKeyOf(d);
    if (!ok || x.size() != 32 || derived != x) {
        wipe(d);
        return invalid(badSecret());
    }
    ClientSecretKey key{d, x, jwk.value(QLatin1String("kid")).toString()};
    wipe(d);
    return key;
}

Expected<ClientCredentials> Credentials::parse(const QString &clientId, const QString &clientSecret)
{
    Expected<ClientCredentials> c = parseClientId(clientId);
    if (!c)
        return c;
    Expected<ClientSecretKey> key = parseClientSecret(clientSecret);
    if (!key)
        return unexpected(std::move(key).error());
    c->privateKey = key->privateKey;
    c->publicKey = key->publicKey;
    c->keyId = key->keyId;
    wipe(key->privateKey);
    return c;
}

bool Credentials::generateKeyPair(QByteArray *privateKey, QByteArray *publicKey)
{
    QByteArray seed(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(seed.data()), int(seed.size())) != 1)
        return false;
    const QByteArray pub = publicKeyOf(seed);
    if (pub.isEmpty())
        return false;
    *privateKey = seed;
    *publicKey = pub;
    return true;
}

QString Credentials::encodeClientSecret(const QByteArray &privateKey, const QByteArray &publicKey, const QString &keyId)
{
    if (privateKey.size() != 32 || publicKey.size() != 32)
        return QString();
    QJsonObject jwk{{QStringLiteral("kty"), QStringLiteral("OKP")},
                    {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                    {QStringLiteral("d"), QString::fromLatin1(base64UrlEncode(privateKey))},
                    {QStringLiteral("x"), QString::fromLatin1(base64UrlEncode(publicKey))}};
    if (!keyId.isEmpty())
        jwk.insert(QStringLiteral("kid"), keyId);
    return QStringLiteral("secret-token:conductorone.com:v1:")
        + QString::fromLatin1(base64UrlEncode(QJsonDocument(jwk).toJson(QJsonDocument::Compact)));
}

Expected<QByteArray> Credentials::signAssertion(const ClientCredentials &credentials, const QDateTime &now)
{
    // 16 random bytes as hex: baton's nonce source (xjwt.RandomNonce{Size: 16}).
    QByteArray nonce(16, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(nonce.data()),
                                         reinterpret_cast<quint32 *>(nonce.data() + nonce.size()));
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("EdDSA")},
                       {QStringLiteral("nonce"), QString::fromLatin1(nonce.toHex())}};
    if (!credentials.keyId.isEmpty())
        header.insert(QStringLiteral("kid"), credentials.keyId);

    const qint64 t = now.toSecsSinceEpoch();
    const QJsonObject claims{{QStringLiteral("iss"), credentials.clientId},
                             {QStringLiteral("sub"), credentials.clientId},
                             {QStringLiteral("aud"), credentials.audience()},
                             {QStringLiteral("exp"), t + 120},
                             {QStringLiteral("nbf"), t - 120},
                             {QStringLiteral("iat"), t}};

    const QByteArray signingInput = base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    const PKey key = privateKeyFrom(credentials.privateKey);
    const MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray signature(64, '\0');
    size_t sigLen = size_t(signature.size());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &sigLen,
                          reinterpret_cast<const unsigned char *>(signingInput.constData()),
                          size_t(signingInput.size()))
            != 1
        || sigLen != 64) {
        return invalid(tr("The ConductorOne assertion could not be signed (OpenSSL refused the Ed25519 key)."));
    }
    return QByteArray(signingInput + '.' + base64UrlEncode(signature));
}

Expected<Credentials::Jws> Credentials::verifyAssertion(const QByteArray &jws, const QByteArray &publicKey)
{
    const QList<QByteArray> parts = jws.split('.');
    if (parts.size() != 3) {
        return refused(QStringLiteral("not a compact JWS"));
    }
    bool ok1 = false, ok2 = false, ok3 = false;
    const QByteArray headerJson = base64UrlDecode(parts[0], &ok1);
    const QByteArray claimsJson = base64UrlDecode(parts[1], &ok2);
    const QByteArray signature = base64UrlDecode(parts[2], &ok3);
    if (!ok1 || !ok2 || !ok3) {
        return refused(QStringLiteral("JWS parts are not base64url"));
    }
    const QJsonObject header = QJsonDocument::fromJson(headerJson).object();
    const QJsonObject claims = QJsonDocument::fromJson(claimsJson).object();
    if (header.value(QLatin1String("alg")).toString() != QLatin1String("EdDSA")) {
        return refused(QStringLiteral("alg is not EdDSA"));
    }
    const PKey key = publicKeyFrom(publicKey);
    const MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1
        || EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(signingInput.constData()),
                            size_t(signingInput.size()))
            != 1) {
        return refused(QStringLiteral("signature does not verify"));
    }
    return Jws{header, claims};
}

} // namespace c1
} // namespace dbx
