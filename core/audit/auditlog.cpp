#include "audit/auditlog.h"

#include "store/store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Kestrel {

namespace {

const QByteArray kGenesis(64, '0');

// Columns: id, at, user_name, action, details, prev_hash, hash.
AuditEvent eventFromQuery(const QSqlQuery &q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.user = q.value(2).toString();
    e.action = q.value(3).toString();
    e.details = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    e.prevHash = q.value(5).toString().toLatin1();
    e.hash = q.value(6).toString().toLatin1();
    return e;
}

} // namespace

QByteArray AuditLog::hashOf(const AuditEvent &e)
{
    // Unit separators keep field boundaries unambiguous ("ab"+"c" != "a"+"bc").
    QByteArray data = e.prevHash;
    data += '\x1f' + QByteArray::number(e.atMs) + '\x1f' + e.user.toUtf8() + '\x1f' +
            e.action.toUtf8() + '\x1f' + QJsonDocument(e.details).toJson(QJsonDocument::Compact);
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

Result<AuditEvent> AuditLog::append(const QString &user, const QString &action,
                                    const QJsonObject &details)
{
    QSqlDatabase db = m_store.database();
    // IMMEDIATE-style serialisation: read the last hash and append within one transaction so that
    // two writers cannot both chain onto the same predecessor.
    if (!db.transaction())
        return Error::io(QStringLiteral("audit: cannot start a transaction: ") + db.lastError().text());
    QSqlQuery q(db);
    AuditEvent e;
    e.atMs = QDateTime::currentMSecsSinceEpoch();
    e.user = user;
    e.action = action;
    e.details = details;
    e.prevHash = kGenesis;
    if (q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")) && q.next())
        e.prevHash = q.value(0).toString().toLatin1();
    e.hash = hashOf(e);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, action, details, prev_hash, hash)"
                             " VALUES (?,?,?,?,?,?)"));
    q.addBindValue(e.atMs);
    q.addBindValue(e.user);
    q.addBindValue(e.action);
    q.addBindValue(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromLatin1(e.prevHash));
    q.addBindValue(QString::fromLatin1(e.hash));
    if (!q.exec()) {
        const QString why = q.lastError().text();
        db.rollback();
        return Error::io(QStringLiteral("audit: cannot append: ") + why);
    }
    e.id = q.lastInsertId().toLongLong();
    if (!db.commit())
        return Error::io(QStringLiteral("audit: cannot commit: ") + db.lastError().text());
    return e;
}

Result<qint64> AuditLog::verify() const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, user_name, action, details, prev_hash, hash FROM audit_log ORDER BY id")))
        return Error::io(QStringLiteral("audit: cannot read the log: ") + q.lastError().text());
    QByteArray expectedPrev = kGenesis;
    qint64 count = 0;
    while (q.next()) {
        const AuditEvent e = eventFromQuery(q);
        if (e.prevHash != expectedPrev)
            return Error::integrity(QStringLiteral("audit entry %1 does not follow the entry before it "
                                                   "(an entry was deleted or inserted)").arg(e.id));
        if (hashOf(e) != e.hash)
            return Error::integrity(QStringLiteral("audit entry %1 was altered after it was written").arg(e.id));
        expectedPrev = e.hash;
        ++count;
    }
    return count;
}

QList<AuditEvent> AuditLog::recent(int limit) const
{
    QList<AuditEvent> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, at, user_name, action, details, prev_hash, hash FROM audit_log"
                             " ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    q.exec();
    while (q.next()) {
        out.append(eventFromQuery(q));
    }
    return out;
}

} // namespace Kestrel
