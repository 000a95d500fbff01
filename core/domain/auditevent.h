// One entry of the append-only, hash-chained audit trail.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Kestrel {

struct AuditEvent
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString user;       // who; "system" for the engine itself
    QString action;     // "login", "search", "view-images", "hotlist-import", ...
    QJsonObject details; // parameters, purpose, reference, result count...
    QByteArray prevHash; // hex SHA-256 of the previous entry
    QByteArray hash;     // hex SHA-256 over this entry's fields and prevHash
};

} // namespace Kestrel
