#include "hotlist/hotlistcsv.h"

#include "hotlist/csvreader.h"

#include <QFile>
#include <QHash>

namespace Kestrel {

Result<HotlistParseReport> parseHotlistCsv(const QString &path, const HotlistImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot open: %1").arg(file.errorString()), path);
    CsvReader csv(&file, options.maxRecordBytes);
    QStringList header;
    if (csv.next(&header) != CsvReader::Status::Record)
        return Error::badInput(csv.error().isEmpty() ? QStringLiteral("the file is empty")
                                                     : csv.error(),
                               path, 1);
    QHash<QString, int> column;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed().toLower(), i);
    for (const QString &name : hotlistRequiredFields(options))
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
            report.problems.append(Error::badInput(csv.error(), path, csv.line(),
                                                   header.value(csv.errorField() - 1)));
            continue;
        }
        if (fields.size() < header.size()) {
            report.problems.append(Error::badInput(QStringLiteral("the line has %1 fields, the header %2")
                                                       .arg(fields.size())
                                                       .arg(header.size()),
                                                   path, csv.line(), header.value(fields.size())));
            continue;
        }
        auto value = [&](const QString &name) {
            const int i = column.value(name, -1);
            return i >= 0 ? fields.value(i).trimmed() : QString();
        };
        auto entry = hotlistEntryFromFields(value, options, path, csv.line());
        if (entry)
            report.entries.push_back(std::move(entry).value());
        else
            report.problems.append(entry.error());
    }
    return report;
}

} // namespace Kestrel
