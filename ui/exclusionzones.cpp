#include "exclusionzones.h"

#include <QRegularExpression>

namespace Kestrel {

namespace {
QString number(qreal v)
{
    return QString::number(v, 'g', 4);
}
} // namespace

Result<QList<QRectF>> ExclusionZones::parse(const QString &text, const QString &field)
{
    QList<QRectF> zones;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[;\\n]")), Qt::SkipEmptyParts);
    int index = 0;
    for (const QString &raw : parts) {
        const QString zone = raw.trimmed();
        if (zone.isEmpty())
            continue;
        ++index;
        const QStringList nums = zone.split(QLatin1Char(','));
        if (nums.size() != 4)
            return Error::badInput(tr("zone %1 \"%2\" has %3 number(s); write four: x,y,w,h.")
                                       .arg(index).arg(zone).arg(nums.size()), {}, 0, field);
        qreal v[4];
        for (int i = 0; i < 4; ++i) {
            bool ok = false;
            // The C locale: a decimal point, whatever the desktop's language.
            v[i] = nums.at(i).trimmed().toDouble(&ok);
            if (!ok)
                return Error::badInput(tr("zone %1 \"%2\": \"%3\" is not a number.")
                                           .arg(index).arg(zone, nums.at(i).trimmed()), {}, 0, field);
            if (v[i] < 0.0 || v[i] > 1.0)
                return Error::badInput(tr("zone %1 \"%2\": %3 is outside 0 to 1 (fractions of the frame).")
                                           .arg(index).arg(zone, nums.at(i).trimmed()), {}, 0, field);
        }
        if (v[2] <= 0.0 || v[3] <= 0.0)
            return Error::badInput(tr("zone %1 \"%2\": width and height must be above 0.").arg(index).arg(zone),
                                   {}, 0, field);
        if (v[0] + v[2] > 1.0 + 1e-9 || v[1] + v[3] > 1.0 + 1e-9)
            return Error::badInput(tr("zone %1 \"%2\" runs outside the frame (x + w and y + h must be at most 1).")
                                       .arg(index).arg(zone), {}, 0, field);
        zones.append(QRectF(v[0], v[1], v[2], v[3]));
    }
    return zones;
}

QString ExclusionZones::format(const QList<QRectF> &zones)
{
    return toOption(zones).join(QStringLiteral("; "));
}

QStringList ExclusionZones::toOption(const QList<QRectF> &zones)
{
    QStringList out;
    for (const QRectF &z : zones)
        out << QStringList{number(z.x()), number(z.y()), number(z.width()), number(z.height())}.join(QLatin1Char(','));
    return out;
}

QList<QRectF> ExclusionZones::fromOptions(const QVariantMap &options)
{
    QList<QRectF> out;
    for (const QVariant &v : options.value(QStringLiteral("exclude")).toList()) {
        auto parsed = parse(v.toString(), QString());
        if (parsed && parsed->size() == 1)
            out.append(parsed->first());
    }
    return out;
}

} // namespace Kestrel
