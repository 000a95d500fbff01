// The national hotlist feed's trust: which Ed25519 keys the force accepts, and whether a feed
// file carries a detached signature by one of them. Only such a file's entries arrive live.
#pragma once

#include "common/result.h"
#include "domain/user.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryFile>
#include <memory>

namespace Kestrel {

class Store;

// A feed file FILE is signed by FILE.sig beside it: the 64-byte Ed25519 detached signature
// (crypto_sign_detached over the file's exact bytes) as one line of standard base64 (88
// characters, '=' padding, surrounding whitespace ignored). A key is 32 bytes, written as 64 hex
// digits; its id is the first 16 hex digits of the SHA-256 of those 32 bytes.
class NationalFeed
{
public:
    // settings table row: comma-separated hex public keys. Only addKey/removeKey write it.
    static constexpr const char *kSettingKey = "hotlist.national_keys";
    // Keys one administrator proposed and a second has not yet confirmed ("HEX:NAME,...").
    static constexpr const char *kProposedSettingKey = "hotlist.national_keys_proposed";
    static constexpr int kKeyBytes = 32;
    static constexpr int kSignatureBytes = 64;

    struct Key
    {
        QByteArray publicKey; // 32 raw bytes
        QString id;
        QString hex() const { return QString::fromLatin1(publicKey.toHex()); }
    };

    explicit NationalFeed(QList<Key> keys)
        : m_keys(std::move(keys))
    {
    }
    // The keys configured in this store (none when the store has no settings table).
    static NationalFeed fromStore(Store &store);
    const QList<Key> &keys() const { return m_keys; }

    // 64 hex digits (either case, surrounding whitespace ignored) that encode a valid Ed25519
    // point; a BadInput error naming why otherwise.
    static Result<Key> parseKey(const QString &text);
    static QString keyId(const QByteArray &publicKey);

    // The id of the configured key whose signature in path + ".sig" verifies path's bytes.
    // Errors name the file: Unavailable when no key is configured, BadInput when the file or its
    // .sig cannot be read or the .sig is not a signature, Integrity when the signature does not
    // verify under any configured key (the file changed after signing, or another key signed it).
    [[nodiscard]] Result<QString> verify(const QString &path) const;

    // verify() on a private copy (0600, deleted with the object) of path, so that the bytes
    // verified are the bytes then parsed, whatever happens to path meanwhile.
    struct Verified
    {
        QString signer;
        std::unique_ptr<QTemporaryFile> copy;
    };
    [[nodiscard]] Result<Verified> verifyCopy(const QString &path) const;

    // The import's gate: Action::ImportHotlist, then verifyCopy against the store's keys. A
    // refusal of either kind is audited once ("hotlist-import-national", with the file and why).
    [[nodiscard]] static Result<Verified> admit(Store &store, const User &by, const QString &path);

    // Administrators only (Action::ManageHotlistLists); each change and each refusal audited
    // ("hotlist-trust-key-add" / "hotlist-trust-key-remove"). add takes the 64 hex digits or the
    // path of a file holding them; remove takes a key id or the key's hex. Both return the keys
    // now trusted. A key is trusted when a second administrator adds the key a first one added
    // (proposed); the proposer cannot confirm their own.
    [[nodiscard]] static Result<QList<Key>> addKey(Store &store, const User &by,
                                                   const QString &hexOrFile);
    [[nodiscard]] static Result<QList<Key>> removeKey(Store &store, const User &by,
                                                      const QString &idOrHex);

private:
    Result<QString> verifyBytes(const QString &file, const char *data, qint64 size,
                                const QString &sigPath) const;
    QList<Key> m_keys;
};

} // namespace Kestrel
