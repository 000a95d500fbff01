// Test helper: a signing key as the national feed's operator holds it; tests sign in-process
// (links libsodium).
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <sodium.h>

struct TestSigner
{
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    TestSigner() { crypto_sign_keypair(pk, sk); }
    QByteArray publicKey() const { return QByteArray(reinterpret_cast<const char *>(pk), sizeof pk); }
    QString hex() const { return QString::fromLatin1(publicKey().toHex()); }
    // The key id Kestrel shows: the first 16 hex digits of the key's SHA-256.
    QString id() const
    {
        return QString::fromLatin1(QCryptographicHash::hash(publicKey(), QCryptographicHash::Sha256).toHex().left(16));
    }
    QByteArray sign(const QByteArray &message) const
    {
        QByteArray sig(crypto_sign_BYTES, '\0');
        crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()), sk);
        return sig;
    }
    // FILE.sig as the feed carries it: base64 on one line.
    QByteArray sigText(const QByteArray &message) const { return sign(message).toBase64() + '\n'; }
};
