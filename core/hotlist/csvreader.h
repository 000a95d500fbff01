// RFC 4180 CSV reading with line numbers, in bounded memory, for hotlists and read imports.
#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace Kestrel {

class CsvReader
{
public:
    // maxRecordBytes: a record longer than this is rejected without buffering the rest of it.
    explicit CsvReader(QIODevice *device, qint64 maxRecordBytes = 64 * 1024)
        : m_device(device), m_maxRecordBytes(maxRecordBytes)
    {
    }

    enum class Status { Record, End, Error };
    // Reads the next record. On Error, error() says why and the reader has skipped to the next
    // line so that reading can go on.
    Status next(QStringList *fields);
    int line() const { return m_recordLine; } // first line of the last record returned
    QString error() const { return m_error; }
    int errorField() const { return m_errorField; } // 1-based field of the error, 0 when not one

private:
    bool fill();
    QIODevice *m_device;
    qint64 m_maxRecordBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
    int m_errorField = 0;
};

} // namespace Kestrel
