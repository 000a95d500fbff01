#include "forcesettingsdialog.h"

#include "theme.h"

#include "access/forcesettings.h"
#include "access/permissions.h"
#include "audit/auditlog.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
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

} // namespace

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
    for (const ForceSettings::Key &k : ForceSettings::keys()) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QLatin1String(k.name));
        spin->setRange(k.min, k.max);
        spin->setToolTip(QLatin1String(k.name));
        spin->setEnabled(Permissions::allows(user, Action::ChangeSettings));
        form->addRow(labelFor(QLatin1String(k.name)), spin);
        m_fields.insert(QLatin1String(k.name), spin);
    }
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
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
    load();
}

void ForceSettingsDialog::load()
{
    const RetentionSettings s = ForceSettings::load(m_store);
    for (const ForceSettings::Key &k : ForceSettings::keys())
        m_fields.value(QLatin1String(k.name))->setValue(s.*k.field);
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
    if (pending.isEmpty())
        return true;
    AuditLog audit(m_store);
    QString lastError;
    int changed = 0;
    for (bool progress = true; progress && !pending.isEmpty();) {
        progress = false;
        for (const QString &key : QStringList(pending)) {
            // A dry check first: a refusal that the next round may cure is not worth an audit entry.
            RetentionSettings trial = ForceSettings::load(m_store);
            for (const ForceSettings::Key &k : ForceSettings::keys())
                if (key == QLatin1String(k.name))
                    trial.*k.field = m_fields.value(key)->value();
            lastError = ForceSettings::problem(trial);
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
        m_error->setText(tr("Not saved: %1").arg(lastError));
        m_error->show();
        return false;
    }
    m_saved->setText(tr("Saved %1 change(s); each is in the audit trail.").arg(changed));
    m_saved->show();
    return true;
}

QString ForceSettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace Kestrel
