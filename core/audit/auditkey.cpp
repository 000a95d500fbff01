#include "audit/auditkey.h"

#include "common/filemodes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <sodium.h>

namespace Kestrel {

namespace {
const char kMagic[] = "kestrel-audit-key/1";
}

QString AuditKey::directory()
{
    const QString configured = qEnvironmentVariable("KESTREL_KEY_DIR");
    if (!configured.isEmpty())
        return QDir(configured).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/kestrel/keys");
}

QString AuditKey::pathFor(const QString &storeId)
{
    return directory() + QLatin1Char('/') + storeId + QStringLiteral(".key");
}

QByteArray AuditKey::mac(const QByteArray &message) const
{
    unsigned char out[crypto_auth_BYTES];
    crypto_auth(out, reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                reinterpret_cast<const unsigned char *>(m_key.constData()));
    return QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex();
}

Result<AuditKey> AuditKey::create(const QString &storeId, qint64 fromEntry)
{
    if (sodium_init() < 0)
        return Error::internal(QStringLiteral("libsodium could not start"));
    AuditKey k;
    k.m_storeId = storeId;
    k.m_fromEntry = fromEntry;
    k.m_path = pathFor(storeId);
    if (QFileInfo::exists(k.m_path))
        return Error::integrity(QStringLiteral("an audit key for this store exists already; it is never replaced"), k.m_path);
    auto folder = makePrivateDir(directory());
    if (!folder)
        return folder.error();
    k.m_key.resize(crypto_auth_KEYBYTES);
    crypto_auth_keygen(reinterpret_cast<unsigned char *>(k.m_key.data()));
    QSaveFile file(k.m_path);
    const QByteArray text = QByteArray(kMagic) + "\nstore " + storeId.toLatin1() + "\nfrom " +
                            QByteArray::number(fromEntry) + "\nkey " + k.m_key.toHex() + '\n';
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(text) != text.size() || !file.commit())
        return Error::io(QStringLiteral("cannot write the audit key: %1").arg(file.errorString()), k.m_path);
    return k;
}

Result<AuditKey> AuditKey::load(const QString &storeId, const QString &path)
{
    AuditKey k;
    k.m_storeId = storeId;
    k.m_path = path.isEmpty() ? pathFor(storeId) : path;
    QFile file(k.m_path);
    if (!file.exists())
        return Error::unavailable(QStringLiteral("the audit key of store %1 is not at %2: the trail can be neither "
                                                 "written nor verified without it (KESTREL_KEY_DIR names its folder)")
                                      .arg(storeId, k.m_path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot read the audit key: %1").arg(file.errorString()), k.m_path);
    const QList<QByteArray> lines = file.read(4096).split('\n');
    bool fromOk = false;
    for (const QByteArray &line : lines) {
        if (line.startsWith("store "))
            k.m_storeId = QString::fromLatin1(line.mid(6).trimmed());
        else if (line.startsWith("from "))
            k.m_fromEntry = line.mid(5).trimmed().toLongLong(&fromOk);
        else if (line.startsWith("key "))
            k.m_key = QByteArray::fromHex(line.mid(4).trimmed());
    }
    if (lines.value(0) != kMagic || !fromOk || k.m_fromEntry < 1 || k.m_key.size() != int(crypto_auth_KEYBYTES))
        return Error::integrity(QStringLiteral("not a Kestrel audit key file (damaged?)"), k.m_path);
    if (k.m_storeId != storeId)
        return Error::integrity(QStringLiteral("this audit key belongs to store %1, not %2").arg(k.m_storeId, storeId), k.m_path);
    return k;
}

} // namespace Kestrel
