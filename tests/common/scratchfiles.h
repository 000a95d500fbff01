// Test helpers: files written into a temporary folder, and this process's peak memory.
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// SHA-256 of a file's bytes, empty when it cannot be read: "left untouched" checked to the byte.
inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes numbered files (name1.csv, name2.csv...) into a folder removed with the object.
class ScratchFiles
{
public:
    explicit ScratchFiles(QString suffix) : m_suffix(std::move(suffix)) {}

    QString write(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("list%1.%2").arg(++m_count).arg(m_suffix));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_suffix;
    int m_count = 0;
};

// Peak resident memory of this process so far, in KiB (Linux VmHWM); -1 when unknown.
inline qint64 peakRssKib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// A file name of the running test function and data row ("tampering-changed-time.db"): one
// database each, so a row never sees what an earlier one did.
inline QString currentTestFileName(const QString &suffix)
{
    return QLatin1String(QTest::currentTestFunction()) + QLatin1Char('-') +
           QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')) + suffix;
}
