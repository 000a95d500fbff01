#include "hotlist/csvreader.h"

#include <QStringDecoder>

namespace Kestrel {

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_device->read(64 * 1024);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer.append(chunk);
    return true;
}

CsvReader::Status CsvReader::next(QStringList *fields)
{
    fields->clear();
    m_error.clear();
    m_errorField = 0;
    // Skip blank lines between records.
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return Status::End;
        const char c = m_buffer.at(m_pos);
        if (c == '\n') {
            ++m_line;
            ++m_pos;
        } else if (c == '\r') {
            ++m_pos;
        } else {
            break;
        }
    }
    m_recordLine = m_line;
    QByteArray field;
    bool quoted = false, wasQuoted = false;
    qint64 recordBytes = 0;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    auto finishField = [&]() -> bool {
        QString text = decoder.decode(field);
        if (decoder.hasError()) {
            m_errorField = int(fields->size()) + 1;
            m_error = QStringLiteral("field %1 is not valid UTF-8").arg(m_errorField);
            return false;
        }
        if (fields->isEmpty() && m_recordLine == 1 && text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1); // byte-order mark
        fields->append(wasQuoted ? text : text.trimmed());
        field.clear();
        wasQuoted = false;
        return true;
    };
    auto skipLine = [&]() {
        for (;;) {
            if (m_pos >= m_buffer.size() && !fill())
                return;
            const qsizetype nl = m_buffer.indexOf('\n', m_pos);
            if (nl >= 0) {
                m_pos = nl + 1;
                ++m_line;
                return;
            }
            m_pos = m_buffer.size(); // discard what we have, keep memory bounded
        }
    };
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted) {
                m_error = QStringLiteral("a quoted field is not closed before the end of the file");
                return Status::Error;
            }
            if (!finishField())
                return Status::Error;
            return Status::Record;
        }
        const char c = m_buffer.at(m_pos++);
        if (++recordBytes > m_maxRecordBytes) {
            m_error = QStringLiteral("record longer than %1 bytes").arg(m_maxRecordBytes);
            if (c != '\n')
                skipLine();
            else
                ++m_line;
            return Status::Error;
        }
        if (quoted) {
            if (c == '"') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                    field.append('"');
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field.append(c);
            }
            continue;
        }
        if (c == '"' && field.trimmed().isEmpty()) {
            quoted = true;
            wasQuoted = true;
            field.clear();
        } else if (c == ',') {
            if (!finishField()) {
                skipLine();
                return Status::Error;
            }
        } else if (c == '\n') {
            ++m_line;
            return finishField() ? Status::Record : Status::Error;
        } else if (c != '\r') {
            field.append(c);
        }
    }
}

} // namespace Kestrel
