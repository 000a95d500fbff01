// The past sightings raised when hotlist entries went live (retrospective hits), for the person
// who put them live: a list, newest sighting first, with each one's images, never a queue of
// alerts. Non-modal: it stays open beside the hotlist manager.
#pragma once

#include "domain/hit.h"
#include "domain/user.h"

#include <QDialog>

#include <vector>

class QLabel;

namespace Kestrel {

class HitsPanel;
class Store;

class PastSightingsDialog : public QDialog
{
    Q_OBJECT
public:
    // store must outlive the dialog.
    PastSightingsDialog(Store &store, const User &user, const std::vector<Hit> &hits, QWidget *parent = nullptr);

    HitsPanel *panel() const { return m_panel; }

private:
    HitsPanel *m_panel;
    QLabel *m_summary;
};

} // namespace Kestrel
