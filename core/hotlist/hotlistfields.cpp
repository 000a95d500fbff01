#include "hotlist/hotlistfields.h"

#include "common/isotime.h"
#include "common/textcheck.h"
#include "plates/vrm.h"

namespace Kestrel {

QStringList hotlistRequiredFields(const HotlistImportOptions &options)
{
    QStringList out = {QStringLiteral("vrm"),    QStringLiteral("priority"), QStringLiteral("category"),
                       QStringLiteral("reason"), QStringLiteral("source"),   QStringLiteral("action"),
                       QStringLiteral("expires")};
    if (options.defaultList.isEmpty())
        out << QStringLiteral("list");
    return out;
}

QStringList hotlistOptionalFields()
{
    return {QStringLiteral("make"),    QStringLiteral("model"),     QStringLiteral("colour"),
            QStringLiteral("warning_markers"), QStringLiteral("grading"), QStringLiteral("reference"),
            QStringLiteral("covert"),  QStringLiteral("list")};
}

QString normaliseHotlistPattern(const QString &raw, QString *why)
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
    // *A* would alert on every plate with an A in it: a pattern must say enough of the plate.
    // Counted after normalisation: "A- - -*" is A* once its spaces and hyphens are gone.
    const qsizetype literals = out.size() - out.count(QLatin1Char('*')) - out.count(QLatin1Char('?'));
    if (literals != out.size() && literals < kMinPatternLiterals) {
        *why = QStringLiteral("'%1': a wildcard pattern needs at least %2 letters or digits").arg(raw).arg(kMinPatternLiterals);
        return {};
    }
    return out;
}

Result<HotlistEntry> hotlistEntryFromFields(const std::function<QString(const QString &)> &value,
                                            const HotlistImportOptions &options, const QString &file,
                                            int line)
{
    auto reject = [&](const QString &field, const QString &why) {
        return Error::badInput(why, file, line, field);
    };
    for (const QString &field : hotlistRequiredFields(options) + hotlistOptionalFields())
        if (const qsizetype at = firstControlCharacter(value(field)); at >= 0)
            return reject(field, QStringLiteral("a control character (U+%1) at position %2")
                                     .arg(value(field).at(at).unicode(), 4, 16, QLatin1Char('0'))
                                     .arg(at + 1));
    if (options.requireValues)
        for (const QString &field : hotlistRequiredFields(options))
            if (field != QLatin1String("expires") && value(field).isEmpty())
                return reject(field, QStringLiteral("required"));
    HotlistEntry e;
    QString why;
    e.vrm = normaliseHotlistPattern(value(QStringLiteral("vrm")), &why);
    if (e.vrm.isEmpty())
        return reject(QStringLiteral("vrm"), why);
    if (!parsePriority(value(QStringLiteral("priority")), &e.priority))
        return reject(QStringLiteral("priority"),
                      QStringLiteral("'%1' is not High, Medium or Low").arg(value(QStringLiteral("priority"))));
    const QString expires = value(QStringLiteral("expires"));
    if (!expires.isEmpty()) {
        auto date = parseIsoDate(expires);
        if (date) {
            auto plausible = checkDatePlausible(date.value());
            if (!plausible)
                return reject(QStringLiteral("expires"), plausible.error().message);
        }
        if (!date)
            return reject(QStringLiteral("expires"), date.error().message);
        e.expires = date.value();
    }
    e.list = value(QStringLiteral("list"));
    if (e.list.isEmpty())
        e.list = options.defaultList;
    if (e.list.isEmpty())
        return reject(QStringLiteral("list"), QStringLiteral("every entry belongs to a named list"));
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
    if (covert == QLatin1String("1") || covert == QLatin1String("true") || covert == QLatin1String("yes"))
        e.covert = true;
    else if (!covert.isEmpty() && covert != QLatin1String("0") && covert != QLatin1String("false") &&
             covert != QLatin1String("no"))
        return reject(QStringLiteral("covert"), QStringLiteral("'%1' is not yes or no").arg(covert));
    return e;
}

} // namespace Kestrel
