#include "hotlist/nationalfeed.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

namespace Kestrel {

namespace {

// A .sig is one line of base64; anything much longer is not one, and is not read whole.
constexpr qint64 kMaxSigFileBytes = 1024;
constexpr qint64 kMaxKeyFileBytes = 4096;
constexpr qint64 kCopyChunk = 1 << 20;

QString sigPathOf(const QString &path)
{
    return path + QStringLiteral(".sig");
}

Result<void> sodiumReady()
{
    if (sodium_init() < 0)
        return Error::internal(QStringLiteral("libsodium could not be initialised"));
    return {};
}

QString storedSetting(Store &store, const char *key)
{
    if (store.schemaVersion() < 6)
        return {};
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QLatin1String(key));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString storedKeys(Store &store)
{
    return storedSetting(store, NationalFeed::kSettingKey);
}

// Keys proposed by one administrator and not yet confirmed by a second: hex -> proposer.
QHash<QString, QString> proposedKeys(Store &store)
{
    QHash<QString, QString> out;
    for (const QString &item : storedSetting(store, NationalFeed::kProposedSettingKey).split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.insert(item.section(QLatin1Char(':'), 0, 0), item.section(QLatin1Char(':'), 1));
    return out;
}

Result<void> writeSetting(Store &store, const char *key, const QString &value, const User &by)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "INSERT INTO settings (key, value, changed_by, changed_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value, changed_by = excluded.changed_by,"
        " changed_at = excluded.changed_at"));
    q.addBindValue(QLatin1String(key));
    q.addBindValue(value.isNull() ? QStringLiteral("") : value);
    q.addBindValue(by.name);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return Error::io(QStringLiteral("cannot store %1: %2").arg(QLatin1String(key), q.lastError().text()), store.path());
    return {};
}

Result<void> writeKeys(Store &store, const QList<NationalFeed::Key> &keys, const User &by)
{
    QStringList hex;
    for (const NationalFeed::Key &k : keys)
        hex << k.hex();
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "INSERT INTO settings (key, value, changed_by, changed_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value, changed_by = excluded.changed_by,"
        " changed_at = excluded.changed_at"));
    q.addBindValue(QLatin1String(NationalFeed::kSettingKey));
    // A null QString binds as NULL; no keys left is an empty list, not a missing value.
    const QString value = hex.join(QLatin1Char(','));
    q.addBindValue(value.isNull() ? QStringLiteral("") : value);
    q.addBindValue(by.name);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return Error::io(QStringLiteral("cannot store %1: %2")
                             .arg(QLatin1String(NationalFeed::kSettingKey), q.lastError().text()),
                         store.path());
    return {};
}

Result<void> writeKeysAudited(Store &store, const QList<NationalFeed::Key> &keys, const User &by, const QString &action,
                              const QJsonObject &details, const QHash<QString, QString> *proposed = nullptr)
{
    if (auto begun = store.beginWrite(); !begun)
        return begun.error();
    auto written = writeKeys(store, keys, by);
    QList<RowRef> rows{{QStringLiteral("settings"), QLatin1String(NationalFeed::kSettingKey)}};
    if (written && proposed) {
        QStringList items;
        for (auto it = proposed->cbegin(); it != proposed->cend(); ++it)
            items << it.key() + QLatin1Char(':') + it.value();
        items.sort();
        written = writeSetting(store, NationalFeed::kProposedSettingKey, items.join(QLatin1Char(',')), by);
        rows.append({QStringLiteral("settings"), QLatin1String(NationalFeed::kProposedSettingKey)});
    }
    if (written) {
        auto audited = AuditLog(store).append(by.name, action, details, rows);
        if (!audited)
            written = audited.error();
        else if (!store.database().commit())
            written = Error::io(store.database().lastError().text(), store.path());
    }
    if (!written)
        store.database().rollback();
    return written;
}

QJsonArray idArray(const QList<NationalFeed::Key> &keys)
{
    QJsonArray ids;
    for (const NationalFeed::Key &k : keys)
        ids.append(k.id);
    return ids;
}

// Audits a refusal of a key change or an import and returns it (or the audit's own failure).
Error refuse(Store &store, const User &by, const QString &action, QJsonObject details,
             const Error &why)
{
    details.insert(QStringLiteral("refused"), why.message);
    auto logged = AuditLog(store).append(by.name, action, details);
    return logged ? why : logged.error();
}

// What a person typed, short enough for an audit entry however long the mistake.
QString clipped(const QString &text)
{
    return text.size() <= 200 ? text : text.left(200) + QStringLiteral("...");
}

} // namespace

QString NationalFeed::keyId(const QByteArray &publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

Result<NationalFeed::Key> NationalFeed::parseKey(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() != 2 * kKeyBytes)
        return Error::badInput(
            QStringLiteral("an Ed25519 public key is %1 hex digits, not %2 characters")
                .arg(2 * kKeyBytes)
                .arg(t.size()),
            {}, 0, QStringLiteral("key"));
    for (QChar c : t)
        if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f')) &&
            !(c >= QLatin1Char('A') && c <= QLatin1Char('F')))
            return Error::badInput(QStringLiteral("an Ed25519 public key is hex digits only"), {},
                                   0, QStringLiteral("key"));
    const QByteArray raw = QByteArray::fromHex(t.toLatin1());
    if (auto ready = sodiumReady(); !ready)
        return ready.error();
    // A key that is no point of the curve (or one of small order) can verify nothing honestly.
    if (raw.size() != kKeyBytes ||
        crypto_core_ed25519_is_valid_point(
            reinterpret_cast<const unsigned char *>(raw.constData())) != 1)
        return Error::badInput(QStringLiteral("these 32 bytes are not a valid Ed25519 public key"),
                               {}, 0, QStringLiteral("key"));
    return Key{raw, keyId(raw)};
}

NationalFeed NationalFeed::fromStore(Store &store)
{
    QList<Key> keys;
    // Only addKey writes the row and it refuses a bad key; one edited by hand in is skipped,
    // which trusts less, never more.
    for (const QString &hex : storedKeys(store).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto key = parseKey(hex))
            keys.append(key.value());
    return NationalFeed(std::move(keys));
}

Result<QString> NationalFeed::verifyBytes(const QString &file, const char *data, qint64 size,
                                          const QString &sigPath) const
{
    if (m_keys.isEmpty()) {
        Error e = Error::unavailable(
            QStringLiteral("no national feed key is configured, so no file can be trusted "
                           "(an administrator adds one: kestrel-cli hotlist trust-key add)"));
        e.file = file;
        return e;
    }
    QFile sigFile(sigPath);
    if (!sigFile.exists())
        return Error::badInput(
            QStringLiteral("no signature: a national feed file comes with its detached signature "
                           "in %1")
                .arg(QFileInfo(sigPath).fileName()),
            file);
    if (!sigFile.open(QIODevice::ReadOnly))
        return Error::badInput(
            QStringLiteral("cannot read the signature %1: %2").arg(sigPath, sigFile.errorString()),
            file);
    const QByteArray text = sigFile.read(kMaxSigFileBytes + 1).trimmed();
    const auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (text.size() > kMaxSigFileBytes || !decoded || decoded.decoded.size() != kSignatureBytes)
        return Error::badInput(
            QStringLiteral("%1 is not a signature: it must hold the %2-byte Ed25519 signature "
                           "as one line of base64")
                .arg(QFileInfo(sigPath).fileName())
                .arg(kSignatureBytes),
            file);
    if (auto ready = sodiumReady(); !ready)
        return ready.error();
    const auto *sig = reinterpret_cast<const unsigned char *>(decoded.decoded.constData());
    const auto *message = reinterpret_cast<const unsigned char *>(data);
    for (const Key &k : m_keys)
        if (crypto_sign_verify_detached(
                sig, message, quint64(size),
                reinterpret_cast<const unsigned char *>(k.publicKey.constData())) == 0)
            return k.id;
    QStringList ids;
    for (const Key &k : m_keys)
        ids << k.id;
    return Error::integrity(
        QStringLiteral("the signature in %1 does not verify with the national feed key(s) %2: "
                       "the file was changed after it was signed, or another key signed it")
            .arg(QFileInfo(sigPath).fileName(), ids.join(QStringLiteral(", "))),
        file);
}

namespace {

// The file's bytes for verification: mapped, not read, as a national extract runs to hundreds of
// MB.
struct MappedFile
{
    QFile file;
    const char *data = nullptr;
    qint64 size = 0;
    Result<void> open()
    {
        if (!file.open(QIODevice::ReadOnly))
            return Error::badInput(QStringLiteral("cannot read: %1").arg(file.errorString()));
        size = file.size();
        static const char kEmpty = 0;
        data = &kEmpty;
        if (size > 0) {
            data = reinterpret_cast<const char *>(file.map(0, size));
            if (!data)
                return Error::io(QStringLiteral("cannot map: %1").arg(file.errorString()));
        }
        return {};
    }
};

} // namespace

Result<QString> NationalFeed::verify(const QString &path) const
{
    MappedFile mapped;
    mapped.file.setFileName(path);
    if (auto opened = mapped.open(); !opened)
        return opened.error().at(path, 0);
    return verifyBytes(path, mapped.data, mapped.size, sigPathOf(path));
}

Result<NationalFeed::Verified> NationalFeed::verifyCopy(const QString &path) const
{
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return Error::badInput(QStringLiteral("cannot read: %1").arg(source.errorString()), path);
    auto copy = std::make_unique<QTemporaryFile>(
        QDir::temp().filePath(QStringLiteral("kestrel-national-XXXXXX")));
    if (!copy->open())
        return Error::io(
            QStringLiteral("cannot make a private copy to verify: %1").arg(copy->errorString()),
            path);
    QByteArray chunk;
    while (!(chunk = source.read(kCopyChunk)).isEmpty())
        if (copy->write(chunk) != chunk.size())
            return Error::io(
                QStringLiteral("cannot make a private copy to verify: %1").arg(copy->errorString()),
                path);
    if (source.error() != QFileDevice::NoError || !copy->flush())
        return Error::io(QStringLiteral("cannot copy the file to verify it"), path);
    const qint64 size = copy->size();
    const char *data = "";
    if (size > 0) {
        data = reinterpret_cast<const char *>(copy->map(0, size));
        if (!data)
            return Error::io(
                QStringLiteral("cannot map the private copy: %1").arg(copy->errorString()), path);
    }
    auto signer = verifyBytes(path, data, size, sigPathOf(path));
    if (!signer)
        return signer.error();
    return Verified{signer.value(), std::move(copy)};
}

Result<NationalFeed::Verified> NationalFeed::admit(Store &store, const User &by,
                                                   const QString &path)
{
    const QString action = QStringLiteral("hotlist-import-national");
    const QJsonObject what{{QStringLiteral("file"), path}};
    if (auto allowed = Permissions::require(by, Action::ImportHotlist); !allowed)
        return refuse(store, by, action, what, allowed.error());
    auto verified = fromStore(store).verifyCopy(path);
    if (!verified)
        return refuse(store, by, action, what, verified.error());
    return verified;
}

Result<QList<NationalFeed::Key>> NationalFeed::addKey(Store &store, const User &by,
                                                      const QString &hexOrFile)
{
    const QString action = QStringLiteral("hotlist-trust-key-add");
    QJsonObject details{{QStringLiteral("key"), clipped(hexOrFile)}};
    if (auto allowed = Permissions::require(by, Action::ManageHotlistLists); !allowed)
        return refuse(store, by, action, details, allowed.error());
    if (store.schemaVersion() < 6)
        return refuse(store, by, action, details,
                      Error::io(QStringLiteral("this database predates settings (schema %1)")
                                    .arg(store.schemaVersion())));
    QString text = hexOrFile;
    QString file;
    // 64 hex digits are the key; anything else names a file that holds them.
    if (text.trimmed().size() != 2 * kKeyBytes) {
        file = hexOrFile;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return refuse(
                store, by, action, details,
                Error::badInput(QStringLiteral("neither %1 hex digits nor a readable key file: %2")
                                    .arg(2 * kKeyBytes)
                                    .arg(f.errorString()),
                                file, 0, QStringLiteral("key")));
        text = QString::fromLatin1(f.read(kMaxKeyFileBytes));
    }
    auto key = parseKey(text);
    if (!key) {
        Error e = key.error();
        e.file = file;
        return refuse(store, by, action, details, e);
    }
    details.insert(QStringLiteral("key"), key->hex());
    details.insert(QStringLiteral("id"), key->id);
    QList<Key> keys = fromStore(store).keys();
    for (const Key &k : std::as_const(keys))
        if (k.publicKey == key->publicKey)
            return refuse(store, by, action, details,
                          Error::badInput(QStringLiteral("key %1 is already trusted").arg(k.id), {},
                                          0, QStringLiteral("key")));
    // Two administrators: the first proposes the key, a second one confirms it by adding the
    // same key. One administrator alone can no more put entries live by trusting a key of their
    // own making than by validating their own entry.
    QHash<QString, QString> proposed = proposedKeys(store);
    const QString hex = key->hex();
    const auto mine = proposed.constFind(hex);
    if (mine == proposed.cend()) {
        proposed.insert(hex, by.name);
        details.insert(QStringLiteral("proposed"), true);
        details.insert(QStringLiteral("trusted"), idArray(keys));
        if (auto written = writeKeysAudited(store, keys, by, action, details, &proposed); !written)
            return written.error();
        return keys; // not trusted yet
    }
    if (mine->compare(by.name, Qt::CaseInsensitive) == 0)
        return refuse(store, by, action, details,
                      Error::refused(QStringLiteral("key %1 was proposed by %2: a second administrator must confirm it")
                                         .arg(key->id, *mine)));
    details.insert(QStringLiteral("proposed_by"), *mine);
    proposed.remove(hex);
    keys.append(key.value());
    details.insert(QStringLiteral("trusted"), idArray(keys));
    // No trail, no change: the keys and their entry (with the settings' digests) commit together.
    if (auto written = writeKeysAudited(store, keys, by, action, details, &proposed); !written)
        return written.error();
    return keys;
}

Result<QList<NationalFeed::Key>> NationalFeed::removeKey(Store &store, const User &by,
                                                         const QString &idOrHex)
{
    const QString action = QStringLiteral("hotlist-trust-key-remove");
    QJsonObject details{{QStringLiteral("key"), clipped(idOrHex)}};
    if (auto allowed = Permissions::require(by, Action::ManageHotlistLists); !allowed)
        return refuse(store, by, action, details, allowed.error());
    QList<Key> keys = fromStore(store).keys();
    const QString wanted = idOrHex.trimmed().toLower();
    const auto found = std::find_if(keys.cbegin(), keys.cend(), [&](const Key &k) {
        return !wanted.isEmpty() && (k.id == wanted || k.hex() == wanted);
    });
    if (found == keys.cend())
        return refuse(store, by, action, details,
                      Error::badInput(QStringLiteral("no trusted national feed key has the id '%1' "
                                                     "(kestrel-cli hotlist trust-key list)")
                                          .arg(clipped(idOrHex)),
                                      {}, 0, QStringLiteral("key")));
    details.insert(QStringLiteral("key"), found->hex());
    details.insert(QStringLiteral("id"), found->id);
    keys.erase(found);
    details.insert(QStringLiteral("trusted"), idArray(keys));
    // No trail, no change: the keys and their entry (with the setting's digest) commit together.
    if (auto written = writeKeysAudited(store, keys, by, action, details); !written)
        return written.error();
    return keys;
}

} // namespace Kestrel
