#include "hotlist/hotlistcsv.h"

#include "hotlist/csvreader.h"
#include "plates/vrm.h"

#include <QFile>
#include <QHash>

namespace Kestrel {

namespace {

const QStringList kRequired = {QStringLiteral("vrm"),    QStringLiteral("priority"),
                               QStringLiteral("category"), QStringLiteral("reason"),
                               QStringLiteral("source"), QStringLiteral("action"),
                               QStringLiteral("expires"), QStringLiteral("list")};

QString normalisePattern(const QString &raw, QString *why)
{
    // Wildcards survive normalisation; everything else goes through the VRM rules.
    QString stripped = raw;
    stripped.remove(QLatin1Char('*')).remove(QLatin1Char('?'));
    if (stripped.isEmpty() && !raw.isEmpty()) {
        *why = QStringLiteral("a pattern needs at least one letter or digit");
        return {};
    }
    QString out;
    for (QChar c : raw) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?')) {
            if (!(c == QLatin1Char('*') && out.endsWith(QLatin1Char('*'))))
                out.append(c);
            continue;
        }
        const QString n = normaliseVrm(QString(c), why);
        if (n.isEmpty() && !c.isSpace() && c != QLatin1Char('-'))
            return {};
        out.append(n);
    }
    if (out.isEmpty())
        *why = QStringLiteral("empty");
    return out;
}

} // namespace

Result<HotlistParseReport> parseHotlistCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot open: %1").arg(file.errorString()), path);
    CsvReader csv(&file);
    QStringList header;
    if (csv.next(&header) != CsvReader::Status::Record)
        return Error::badInput(csv.error().isEmpty() ? QStringLiteral("the file is empty")
                                                     : csv.error(),
                               path, 1);
    QHash<QString, int> column;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed().toLower(), i);
    for (const QString &name : kRequired)
        if (!column.contains(name))
            return Error::badInput(QStringLiteral("required column is missing from the header"),
                                   path, 1, name);

    HotlistParseReport report;
    QStringList fields;
    for (;;) {
        const CsvReader::Status status = csv.next(&fields);
        if (status == CsvReader::Status::End)
            break;
        ++report.linesRead;
        if (status == CsvReader::Status::Error) {
            report.problems.append(Error::badInput(csv.error(), path, csv.line()));
            continue;
        }
        auto value = [&](const QString &name) {
            const int i = column.value(name, -1);
            return i >= 0 ? fields.value(i).trimmed() : QString();
        };
        auto reject = [&](const QString &field, const QString &why) {
            report.problems.append(Error::badInput(why, path, csv.line(), field));
        };
        if (fields.size() < header.size()) {
            reject(header.value(fields.size()),
                   QStringLiteral("the line has %1 fields, the header %2")
                       .arg(fields.size())
                       .arg(header.size()));
            continue;
        }
        HotlistEntry e;
        QString why;
        e.vrm = normalisePattern(value(QStringLiteral("vrm")), &why);
        if (e.vrm.isEmpty()) {
            reject(QStringLiteral("vrm"), why);
            continue;
        }
        if (!parsePriority(value(QStringLiteral("priority")), &e.priority)) {
            reject(QStringLiteral("priority"),
                   QStringLiteral("'%1' is not High, Medium or Low").arg(value(QStringLiteral("priority"))));
            continue;
        }
        const QString expires = value(QStringLiteral("expires"));
        if (!expires.isEmpty()) {
            e.expires = QDate::fromString(expires, Qt::ISODate);
            if (!e.expires.isValid()) {
                reject(QStringLiteral("expires"),
                       QStringLiteral("'%1' is not an ISO date (YYYY-MM-DD)").arg(expires));
                continue;
            }
        }
        e.list = value(QStringLiteral("list"));
        if (e.list.isEmpty()) {
            reject(QStringLiteral("list"), QStringLiteral("every entry belongs to a named list"));
            continue;
        }
        e.category = value(QStringLiteral("category"));
        e.reason = value(QStringLiteral("reason"));
        e.source = value(QStringLiteral("source"));
        e.action = value(QStringLiteral("action"));
        e.make = value(QStringLiteral("make"));
        e.model = value(QStringLiteral("model"));
        e.colour = value(QStringLiteral("colour"));
        e.warningMarkers = value(QStringLiteral("warning_markers"));
        e.grading = value(QStringLiteral("grading"));
        e.reference = value(QStringLiteral("reference"));
        const QString covert = value(QStringLiteral("covert")).toLower();
        e.covert = covert == QLatin1String("1") || covert == QLatin1String("true") ||
                   covert == QLatin1String("yes");
        report.entries.push_back(std::move(e));
    }
    return report;
}

} // namespace Kestrel
