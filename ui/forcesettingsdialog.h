// The force's access tiers, approval lifetime and retention, for administrators: what
// `kestrel-cli config` sets, with the same checks (core's ForceSettings) and each change audited.
#pragma once

#include "domain/user.h"

#include <QDialog>
#include <QHash>

class QLabel;
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

private:
    void load();

    Store &m_store;
    User m_user;
    QHash<QString, QSpinBox *> m_fields; // by setting key
    QLabel *m_error = nullptr;
    QLabel *m_saved = nullptr;
};

} // namespace Kestrel
