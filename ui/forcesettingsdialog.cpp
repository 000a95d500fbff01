#include "forcesettingsdialog.h"

#include "hitsmodel.h"
#include "theme.h"

#include "access/forcesettings.h"
#include "access/permissions.h"
#include "audit/auditlog.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Kestrel {

namespace {

// The labels shown for each setting key (translated; the keys are what kestrel-cli uses).
QString labelFor(const QString &key)
{
    if (key == QLatin1String("access.standard_days"))
        return ForceSettingsDialog::tr("Reads any role that needs them may see (days)");
    if (key == QLatin1String("access.extended_days"))
        return ForceSettingsDialog::tr("Serious cases with approval, up to (days)");
    if (key == QLatin1String("access.approval_days"))
        return ForceSettingsDialog::tr("An approval lasts (days)");
    if (key == QLatin1String("access.operator_hours"))
        return ForceSettingsDialog::tr("Operators search back (hours)");
    if (key == QLatin1String("retention.days"))
        return ForceSettingsDialog::tr("Reads are kept (days)");
    if (key == QLatin1String("retention.image_days"))
        return ForceSettingsDialog::tr("Vehicle images are kept (days)");
    if (key == QLatin1String("alerts.repeat_join_minutes"))
        return ForceSettingsDialog::tr("A repeat sighting joins its waiting alert within (minutes)");
    return key;
}

int valueOf(const RetentionSettings &s, const char *key)
{
    for (const ForceSettings::Key &k : ForceSettings::keys())
        if (qstrcmp(k.name, key) == 0)
            return s.*k.field;
    return 0;
}

} // namespace

QString ForceSettingsDialog::conflictText(const ForceSettings::Conflict &c, const RetentionSettings &s)
{
    const QString field = labelFor(QLatin1String(c.key));
    const QString limit = labelFor(QLatin1String(c.limitKey));
    return c.strict ? tr("“%1” (%2) must be less than “%3” (%4).")
                          .arg(field).arg(valueOf(s, c.key)).arg(limit).arg(valueOf(s, c.limitKey))
                    : tr("“%1” (%2) cannot be more than “%3” (%4).")
                          .arg(field).arg(valueOf(s, c.key)).arg(limit).arg(valueOf(s, c.limitKey));
}

ForceSettingsDialog::ForceSettingsDialog(Store &store, const User &user, QWidget *parent)
    : QDialog(parent), m_store(store), m_user(user)
{
    setWindowTitle(tr("Force settings"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("How long reads may be seen and kept. Major and counter-terrorism cases may see "
                                "reads up to the retention period with a 24-month approval. Every change is "
                                "recorded in the audit trail."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    // Room for each figure; a label too long for its line (Welsh) puts its field below it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(16);
    for (const ForceSettings::Key &k : ForceSettings::keys()) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QLatin1String(k.name));
        spin->setRange(k.min, k.max);
        spin->setMinimumWidth(110);
        spin->setAlignment(Qt::AlignRight);
        spin->setToolTip(tr("kestrel-cli config: %1").arg(QLatin1String(k.name)));
        spin->setEnabled(Permissions::allows(user, Action::ChangeSettings));
        auto *label = new QLabel(labelFor(QLatin1String(k.name)), this);
        label->setBuddy(spin);
        form->addRow(label, spin);
        m_fields.insert(QLatin1String(k.name), spin);
    }
    layout->addLayout(form);
    layout->addSpacing(6);

    // The outcomes offered for a hit: ticked ones, in this order, in the hits panel and the alert.
    const bool mayChange = Permissions::allows(user, Action::ChangeSettings);
    auto *outcomesLabel = new QLabel(tr("&Outcomes offered for a hit, in this order (tick to offer):"), this);
    outcomesLabel->setWordWrap(true);
    layout->addWidget(outcomesLabel);
    auto *outcomesRow = new QHBoxLayout;
    m_outcomes = new QListWidget(this);
    m_outcomes->setObjectName(QStringLiteral("outcomesList"));
    m_outcomes->setEnabled(mayChange);
    m_outcomes->setMinimumHeight(m_outcomes->fontMetrics().height() * 8); // most of the list without scrolling
    outcomesLabel->setBuddy(m_outcomes);
    outcomesRow->addWidget(m_outcomes, 1);
    auto *moves = new QVBoxLayout;
    auto *up = new QPushButton(tr("Move &up"), this);
    up->setObjectName(QStringLiteral("outcomeUpButton"));
    auto *down = new QPushButton(tr("Move &down"), this);
    down->setObjectName(QStringLiteral("outcomeDownButton"));
    for (QPushButton *b : {up, down}) {
        b->setEnabled(mayChange);
        b->setAutoDefault(false);
        moves->addWidget(b);
    }
    moves->addStretch(1);
    outcomesRow->addLayout(moves);
    layout->addLayout(outcomesRow, 1);
    connect(up, &QPushButton::clicked, this, [this] { moveOutcome(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveOutcome(+1); });
    layout->addSpacing(6);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true); // the whole reason, on as many lines as it takes
    m_error->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    m_error->hide();
    layout->addWidget(m_error);
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedLabel"));
    m_saved->hide();
    layout->addWidget(m_saved);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    QPushButton *saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setText(tr("Save"));
    saveButton->setVisible(Permissions::allows(user, Action::ChangeSettings));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(saveButton, &QPushButton::clicked, this, &ForceSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(600);
    load();
}

void ForceSettingsDialog::load()
{
    const RetentionSettings s = ForceSettings::load(m_store);
    for (const ForceSettings::Key &k : ForceSettings::keys())
        m_fields.value(QLatin1String(k.name))->setValue(s.*k.field);

    // Offered ones first in the force's order, then the others, not ticked.
    const QList<HitOutcome> offered = ForceSettings::offeredOutcomes(m_store);
    QList<HitOutcome> all = offered;
    for (HitOutcome o : allHitOutcomes())
        if (!all.contains(o))
            all.append(o);
    m_outcomes->clear();
    for (HitOutcome o : all) {
        auto *item = new QListWidgetItem(HitsModel::outcomeText(o), m_outcomes);
        item->setData(Qt::UserRole, int(o));
        item->setCheckState(offered.contains(o) ? Qt::Checked : Qt::Unchecked);
        if (o == ForceSettings::kAlwaysOffered) {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            item->setToolTip(tr("Always offered: the recogniser's errors are collected from it."));
        }
    }
    m_outcomes->setCurrentRow(0);
}

QList<HitOutcome> ForceSettingsDialog::chosenOutcomes() const
{
    QList<HitOutcome> out;
    for (int row = 0; row < m_outcomes->count(); ++row)
        if (m_outcomes->item(row)->checkState() == Qt::Checked)
            out.append(HitOutcome(m_outcomes->item(row)->data(Qt::UserRole).toInt()));
    return out;
}

void ForceSettingsDialog::moveOutcome(int by)
{
    const int from = m_outcomes->currentRow();
    const int to = from + by;
    if (from < 0 || to < 0 || to >= m_outcomes->count())
        return;
    QListWidgetItem *item = m_outcomes->takeItem(from);
    m_outcomes->insertItem(to, item);
    m_outcomes->setCurrentRow(to);
}

bool ForceSettingsDialog::save()
{
    m_error->hide();
    m_saved->hide();
    // Each figure is checked against the others as stored, so the order matters (shortening
    // retention below the extended tier fails until the tier is shortened first): store what
    // can be stored, and go round again while that makes progress.
    QStringList pending;
    const RetentionSettings stored = ForceSettings::load(m_store);
    for (const ForceSettings::Key &k : ForceSettings::keys())
        if (m_fields.value(QLatin1String(k.name))->value() != stored.*k.field)
            pending << QLatin1String(k.name);
    AuditLog audit(m_store);
    QString lastError;
    int changed = 0;
    // The outcomes stand apart from the figures: one setting, stored first.
    const QString outcomes = ForceSettings::outcomesText(chosenOutcomes());
    if (outcomes != ForceSettings::outcomesText(ForceSettings::offeredOutcomes(m_store))) {
        auto done = ForceSettings::set(m_store, audit, m_user, QLatin1String(ForceSettings::kOutcomesKey), outcomes);
        if (!done) {
            load();
            showError(tr("Not saved. %1").arg(done.error().message));
            return false;
        }
        ++changed;
    }
    for (bool progress = true; progress && !pending.isEmpty();) {
        progress = false;
        for (const QString &key : QStringList(pending)) {
            // A dry check first: a refusal that the next round may cure is not worth an audit entry.
            RetentionSettings trial = ForceSettings::load(m_store);
            for (const ForceSettings::Key &k : ForceSettings::keys())
                if (key == QLatin1String(k.name))
                    trial.*k.field = m_fields.value(key)->value();
            lastError = ForceSettings::problem(trial);
            if (const auto c = ForceSettings::conflict(trial))
                lastError = conflictText(*c, trial); // in words, not the keys kestrel-cli uses
            if (!lastError.isEmpty())
                continue;
            auto done = ForceSettings::set(m_store, audit, m_user, key, QString::number(m_fields.value(key)->value()));
            if (!done) {
                lastError = done.error().message;
                progress = false;
                break;
            }
            pending.removeAll(key);
            progress = true;
            ++changed;
        }
    }
    load();
    if (!pending.isEmpty()) {
        showError(tr("Not saved. %1").arg(lastError));
        return false;
    }
    if (changed == 0)
        return true;
    m_saved->setText(tr("Saved %1 change(s); each is in the audit trail.").arg(changed));
    m_saved->show();
    return true;
}

void ForceSettingsDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    // Grow with the message rather than clip it.
    layout()->activate();
    resize(width(), qMax(height(), heightForWidth(width()) > 0 ? heightForWidth(width()) : sizeHint().height()));
}

QString ForceSettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace Kestrel
