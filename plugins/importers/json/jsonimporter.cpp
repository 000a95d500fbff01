#include "jsonimporter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace Kestrel {

namespace {

QString fieldText(const QJsonValue &v, bool *ok)
{
    *ok = true;
    switch (v.type()) {
    case QJsonValue::String: return v.toString().trimmed();
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble());
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    default: *ok = false; return {};
    }
}

} // namespace

Result<HotlistParseReport> JsonHotlistImporter::read(const QString &path, const HotlistImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot open: %1").arg(file.errorString()), path);

    HotlistParseReport report;
    const QStringList required = hotlistRequiredFields(options);
    int line = 1;
    enum class State { BeforeArray, BetweenElements, InElement, AfterArray } state = State::BeforeArray;
    bool expectComma = false;
    // The element being collected.
    QByteArray element;
    int elementLine = 0;
    int depth = 0;
    bool inString = false, escaped = false, oversize = false;
    qint64 elementBytes = 0;
    bool sawBom = false;
    qint64 offset = 0;

    auto finishElement = [&]() {
        ++report.linesRead;
        if (oversize) {
            report.problems.append(Error::badInput(
                QStringLiteral("record longer than %1 bytes").arg(options.maxRecordBytes), path, elementLine));
            return;
        }
        if (!element.startsWith('{')) {
            report.problems.append(Error::badInput(QStringLiteral("an element of the array is not an object"),
                                                   path, elementLine));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(element, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            const int at = int(element.left(parseError.offset).count('\n'));
            report.problems.append(Error::badInput(QStringLiteral("not valid JSON: %1").arg(parseError.errorString()),
                                                   path, elementLine + at));
            return;
        }
        const QJsonObject o = doc.object();
        for (const QString &name : required) {
            if (!o.contains(name)) {
                report.problems.append(Error::badInput(QStringLiteral("required key is missing"), path,
                                                       elementLine, name));
                return;
            }
        }
        // Unknown keys are ignored whatever they hold; known ones must be scalars.
        QString badField;
        for (const QString &name : required + hotlistOptionalFields()) {
            bool ok = true;
            fieldText(o.value(name), &ok);
            if (!ok) {
                badField = name;
                break;
            }
        }
        if (!badField.isEmpty()) {
            report.problems.append(Error::badInput(QStringLiteral("must be text, a number or true/false"),
                                                   path, elementLine, badField));
            return;
        }
        auto value = [&](const QString &name) {
            bool ok = true;
            return fieldText(o.value(name), &ok);
        };
        auto entry = hotlistEntryFromFields(value, options, path, elementLine);
        if (entry)
            report.entries.push_back(std::move(entry).value());
        else
            report.problems.append(entry.error());
    };

    for (;;) {
        const QByteArray chunk = file.read(64 * 1024);
        if (chunk.isEmpty())
            break;
        for (qsizetype i = 0; i < chunk.size(); ++i, ++offset) {
            const char c = chunk.at(i);
            if (c == '\n')
                ++line;
            switch (state) {
            case State::BeforeArray:
                if (offset < 3 && !sawBom && uchar(c) == 0xEF && chunk.mid(i, 3) == "\xEF\xBB\xBF") {
                    sawBom = true;
                    i += 2;
                    offset += 2;
                } else if (c == '[') {
                    state = State::BetweenElements;
                } else if (!QChar::isSpace(uchar(c))) {
                    return Error::badInput(QStringLiteral("a hotlist JSON file is an array of objects "
                                                          "and starts with '['"),
                                           path, line);
                }
                break;
            case State::BetweenElements:
                if (QChar::isSpace(uchar(c)))
                    break;
                if (c == ']') {
                    state = State::AfterArray;
                } else if (c == ',' && expectComma) {
                    expectComma = false;
                } else if (c == ',') {
                    report.problems.append(Error::badInput(QStringLiteral("unexpected ','"), path, line));
                } else {
                    if (expectComma)
                        report.problems.append(Error::badInput(QStringLiteral("missing ',' between elements"),
                                                               path, line));
                    state = State::InElement;
                    element.clear();
                    elementLine = line;
                    depth = 0;
                    inString = escaped = oversize = false;
                    elementBytes = 0;
                    --i; // let InElement see this character
                    --offset;
                }
                break;
            case State::InElement: {
                bool done = false;
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (c == '\\')
                        escaped = true;
                    else if (c == '"')
                        inString = false;
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) {
                        // ']' closing the outer array after a scalar element.
                        finishElement();
                        expectComma = false;
                        state = c == ']' ? State::AfterArray : State::BetweenElements;
                        if (c == '}')
                            report.problems.append(Error::badInput(QStringLiteral("unexpected '}'"), path, line));
                        break;
                    }
                    done = --depth == 0;
                } else if (c == ',' && depth == 0) {
                    finishElement();
                    expectComma = false;
                    state = State::BetweenElements;
                    break;
                }
                if (++elementBytes > options.maxRecordBytes) {
                    if (!oversize)
                        element = QByteArray(); // give the memory back at once
                    oversize = true;
                } else {
                    element.append(c);
                }
                if (done) {
                    finishElement();
                    expectComma = true;
                    state = State::BetweenElements;
                }
                break;
            }
            case State::AfterArray:
                if (!QChar::isSpace(uchar(c))) {
                    report.problems.append(Error::badInput(QStringLiteral("text after the end of the array"),
                                                           path, line));
                    return report;
                }
                break;
            }
        }
    }
    if (file.error() != QFileDevice::NoError)
        return Error::io(QStringLiteral("cannot read: %1").arg(file.errorString()), path);
    if (state == State::BeforeArray)
        return Error::badInput(QStringLiteral("the file is empty"), path, 1);
    if (state == State::InElement) {
        report.problems.append(Error::badInput(QStringLiteral("the file ends inside an element"), path, elementLine));
        ++report.linesRead;
    } else if (state == State::BetweenElements) {
        report.problems.append(Error::badInput(QStringLiteral("the file ends before the array is closed"), path, line));
    }
    return report;
}

} // namespace Kestrel
