#include "access/forcesettings.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Kestrel {

const QList<ForceSettings::Key> &ForceSettings::keys()
{
    static const QList<Key> k = {
        {"access.standard_days", &RetentionSettings::standardDays, 1, 3650,
         "days after capture any role that needs it may see a read, with purpose and reference"},
        {"access.extended_days", &RetentionSettings::extendedDays, 1, 3650,
         "up to this age, serious, major and counter-terrorism cases with a supervisor's approval"},
        {"access.approval_days", &RetentionSettings::approvalValidDays, 1, 90,
         "days an approval of extended access lasts"},
        {"access.operator_hours", &RetentionSettings::operatorHours, 1, 90 * 24,
         "hours back an operator's search reaches (live data, to check a hit's recent sightings)", "hours"},
        // A month at least: an evidence store is not emptied by a slip of the keyboard.
        {"retention.days", &RetentionSettings::retentionDays, 31, 3650,
         "days a read is kept (major and counter-terrorism cases with approval past extended_days)"},
        {"retention.image_days", &RetentionSettings::imageRetentionDays, 31, 3650,
         "days a read's images are kept (hits' images are kept with the read)"},
        // A vehicle circling the block must not bury the operator in alerts for one matter.
        {"alerts.repeat_join_minutes", &RetentionSettings::alertJoinMinutes, 0, 24 * 60,
         "minutes within which another sighting of the same plate and entry joins its waiting alert "
         "instead of raising a new one (0: every sighting alerts)", "minutes"},
    };
    return k;
}

std::optional<ForceSettings::Conflict> ForceSettings::conflict(const RetentionSettings &s)
{
    if (s.standardDays >= s.extendedDays)
        return Conflict{"access.standard_days", "access.extended_days", true};
    if (s.extendedDays > s.retentionDays)
        return Conflict{"access.extended_days", "retention.days", false};
    if (s.imageRetentionDays > s.retentionDays)
        return Conflict{"retention.image_days", "retention.days", false};
    return std::nullopt;
}

QString ForceSettings::inconsistency(const RetentionSettings &s)
{
    const auto c = conflict(s);
    if (!c)
        return {};
    auto value = [&s](const char *key) {
        for (const Key &k : keys())
            if (qstrcmp(k.name, key) == 0)
                return s.*k.field;
        return 0;
    };
    return QStringLiteral("%1 (%2) %3 %4 (%5)")
        .arg(QLatin1String(c->key))
        .arg(value(c->key))
        .arg(c->strict ? QStringLiteral("must be less than") : QStringLiteral("cannot exceed"))
        .arg(QLatin1String(c->limitKey))
        .arg(value(c->limitKey));
}

QString ForceSettings::problem(const RetentionSettings &s)
{
    for (const Key &k : keys())
        if (s.*k.field < k.min || s.*k.field > k.max)
            return QStringLiteral("%1 must be from %2 to %3 %4, not %5")
                .arg(QLatin1String(k.name))
                .arg(k.min)
                .arg(k.max)
                .arg(QLatin1String(k.unit))
                .arg(s.*k.field);
    return inconsistency(s);
}

RetentionSettings ForceSettings::load(Store &store)
{
    RetentionSettings s;
    if (store.schemaVersion() < 6)
        return s;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings")))
        return s;
    RetentionSettings stored = s;
    while (q.next()) {
        const QString name = q.value(0).toString();
        for (const Key &k : keys()) {
            bool ok = false;
            const int v = q.value(1).toString().toInt(&ok);
            if (name == QLatin1String(k.name) && ok && v >= k.min && v <= k.max)
                stored.*k.field = v;
        }
    }
    // Only set() writes the table, and it refuses an inconsistent set; one edited by hand falls
    // back to the defaults rather than opening data up in an unforeseen way.
    return problem(stored).isEmpty() ? stored : s;
}

QList<HitOutcome> ForceSettings::defaultOutcomes()
{
    // What a UK control room records, the commonest results first.
    return {HitOutcome::StoppedSpokenTo, HitOutcome::Arrested, HitOutcome::VehicleSeized,
            HitOutcome::Intercepted,     HitOutcome::NotLocated, HitOutcome::NotStoppedNoResources,
            HitOutcome::LostSight,       HitOutcome::NoAction,   HitOutcome::Duplicate,
            HitOutcome::Misread};
}

QString ForceSettings::outcomesText(const QList<HitOutcome> &outcomes)
{
    QStringList names;
    for (HitOutcome o : outcomes)
        names << hitOutcomeName(o);
    return names.join(QLatin1Char(','));
}

Result<QList<HitOutcome>> ForceSettings::parseOutcomes(const QString &text)
{
    QList<HitOutcome> out;
    const QString field = QLatin1String(kOutcomesKey);
    for (const QString &word : text.split(QLatin1Char(','))) {
        if (word.trimmed().isEmpty())
            continue;
        HitOutcome o = HitOutcome::None;
        if (!parseHitOutcome(word, &o))
            return Error::badInput(QStringLiteral("'%1' is not an outcome (one of: %2)")
                                       .arg(word.trimmed(), outcomesText(allHitOutcomes())),
                                   {}, 0, field);
        if (out.contains(o))
            return Error::badInput(QStringLiteral("'%1' is listed twice").arg(hitOutcomeName(o)), {}, 0, field);
        out.append(o);
    }
    if (!out.contains(kAlwaysOffered))
        return Error::badInput(QStringLiteral("the outcomes must include %1: the recogniser's errors are "
                                              "collected from it")
                                   .arg(hitOutcomeName(kAlwaysOffered)),
                               {}, 0, field);
    return out;
}

QList<HitOutcome> ForceSettings::offeredOutcomes(Store &store)
{
    if (store.schemaVersion() < 6)
        return defaultOutcomes();
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QLatin1String(kOutcomesKey));
    if (!q.exec() || !q.next())
        return defaultOutcomes();
    // Only set() writes it, and it refuses a bad list; one edited by hand falls back whole.
    auto parsed = parseOutcomes(q.value(0).toString());
    return parsed ? parsed.value() : defaultOutcomes();
}

Result<RetentionSettings> ForceSettings::set(Store &store, AuditLog &audit, const User &by, const QString &key,
                                             const QString &value)
{
    const RetentionSettings before = load(store);
    QJsonObject details{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}};
    auto refuse = [&](const Error &e) -> Result<RetentionSettings> {
        details.insert(QStringLiteral("refused"), e.message);
        auto logged = audit.append(by.name, QStringLiteral("config-change"), details);
        if (!logged)
            return logged.error();
        return e;
    };
    if (auto allowed = Permissions::require(by, Action::ChangeSettings); !allowed)
        return refuse(allowed.error());
    const Key *found = nullptr;
    for (const Key &k : keys())
        if (key == QLatin1String(k.name))
            found = &k;
    QString stored; // the value as the table keeps it
    QJsonValue old;
    RetentionSettings after = before;
    if (key == QLatin1String(kOutcomesKey)) {
        auto outcomes = parseOutcomes(value);
        if (!outcomes)
            return refuse(Error::badInput(outcomes.error().message, {}, 0, QStringLiteral("value")));
        stored = outcomesText(outcomes.value());
        old = outcomesText(offeredOutcomes(store));
    } else if (found) {
        bool ok = false;
        const int v = value.trimmed().toInt(&ok);
        if (!ok || v < found->min || v > found->max)
            return refuse(Error::badInput(QStringLiteral("%1 must be a whole number of %2 from %3 to %4, not '%5'")
                                              .arg(key, QLatin1String(found->unit))
                                              .arg(found->min)
                                              .arg(found->max)
                                              .arg(value),
                                          {}, 0, QStringLiteral("value")));
        after.*found->field = v;
        const QString why = inconsistency(after);
        if (!why.isEmpty())
            return refuse(Error::badInput(why, {}, 0, QStringLiteral("value")));
        stored = QString::number(v);
        old = before.*found->field;
    } else {
        return refuse(Error::badInput(QStringLiteral("'%1' is not a setting (see kestrel-cli config list)").arg(key), {}, 0,
                                      QStringLiteral("key")));
    }
    if (store.schemaVersion() < 6)
        return refuse(Error::io(QStringLiteral("this database predates settings (schema %1)").arg(store.schemaVersion())));
    // No trail, no change: the change and its entry (with the row's digest as changed) commit
    // together or not at all.
    details.insert(QStringLiteral("old"), old);
    details.insert(QStringLiteral("value"), found ? QJsonValue(after.*found->field) : QJsonValue(stored));
    auto begun = store.beginWrite();
    if (!begun)
        return begun.error();
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value, changed_by, changed_at) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value, changed_by = excluded.changed_by,"
                             " changed_at = excluded.changed_at"));
    q.addBindValue(key);
    q.addBindValue(stored);
    q.addBindValue(by.name);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        const Error e = Error::io(QStringLiteral("cannot store %1: %2").arg(key, q.lastError().text()), store.path());
        store.database().rollback();
        return e;
    }
    auto audited = audit.append(by.name, QStringLiteral("config-change"), details, {{QStringLiteral("settings"), key}});
    if (!audited || !store.database().commit()) {
        const Error e = audited ? Error::io(store.database().lastError().text(), store.path()) : audited.error();
        store.database().rollback();
        return e;
    }
    return after;
}

} // namespace Kestrel
