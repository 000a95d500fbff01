// The force's access tiers, approval lifetime and retention, and the outcomes offered for a hit,
// for administrators: what `kestrel-cli config` sets, with the same checks (core's ForceSettings)
// and each change audited.
#pragma once

#include "access/forcesettings.h"
#include "domain/user.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Kestrel {

class Store;

class ForceSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ForceSettingsDialog(Store &store, const User &user, QWidget *parent = nullptr);

    // Stores the changed figures (in whatever order lets each pass the consistency checks);
    // false with the reason shown when one is refused. Whatever was stored stays stored.
    bool save();
    QString errorText() const;
    // Two figures that cannot stand together, named as this dialog names them.
    static QString conflictText(const ForceSettings::Conflict &conflict, const RetentionSettings &settings);

    QListWidget *outcomesList() const { return m_outcomes; }
    // The outcomes ticked in the list, in its order.
    QList<HitOutcome> chosenOutcomes() const;

private:
    void load();
    void moveOutcome(int by);
    void showError(const QString &text);

    Store &m_store;
    User m_user;
    QHash<QString, QSpinBox *> m_fields; // by setting key
    QListWidget *m_outcomes = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_saved = nullptr;
};

} // namespace Kestrel
