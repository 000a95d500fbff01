// The secret that keys a store's audit chain, kept in a file outside the database: whoever can
// write the database can rewrite every entry, but without this key cannot make them verify.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace Kestrel {

class AuditKey
{
public:
    // KESTREL_KEY_DIR, else <config>/kestrel/keys (e.g. ~/.config/kestrel/keys): one 0600 file
    // per store, named by the store's id, in a 0700 folder.
    static QString directory();
    static QString pathFor(const QString &storeId);

    // Made once, when the store is made (or first migrated to a keyed chain): entries from
    // fromEntry on are keyed. Refused when a key for this store exists already.
    static Result<AuditKey> create(const QString &storeId, qint64 fromEntry);
    // Kind::Unavailable naming the path when there is none (another machine, another account).
    static Result<AuditKey> load(const QString &storeId, const QString &path = {});

    const QString &storeId() const { return m_storeId; }
    qint64 fromEntry() const { return m_fromEntry; }
    const QString &path() const { return m_path; }
    // HMAC-SHA-512-256 (libsodium crypto_auth) of the message, hex: the width of a SHA-256.
    QByteArray mac(const QByteArray &message) const;

private:
    QString m_storeId;
    QString m_path;
    qint64 m_fromEntry = 1;
    QByteArray m_key; // crypto_auth_KEYBYTES raw bytes
};

} // namespace Kestrel
