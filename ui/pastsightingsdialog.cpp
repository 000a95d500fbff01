#include "pastsightingsdialog.h"

#include "hitsmodel.h"
#include "hitspanel.h"

#include "access/permissions.h"
#include "plates/vrm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace Kestrel {

PastSightingsDialog::PastSightingsDialog(Store &store, const User &user, const std::vector<Hit> &hits, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pastSightingsDialog"));
    setWindowTitle(tr("Past sightings"));
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);

    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pastSightingsSummary"));
    m_summary->setWordWrap(true);
    QSet<QString> vrms;
    for (const Hit &h : hits)
        vrms.insert(displayVrm(h.entry.vrm));
    QStringList listed(vrms.begin(), vrms.end());
    listed.sort();
    m_summary->setText(tr("%n earlier read(s) match the entries that went live (%1). The vehicle was seen before "
                          "the entry was live: the newest sighting is first. Operators have these in their hits "
                          "panel too; they are not alerts.",
                          "", int(hits.size()))
                           .arg(listed.join(QStringLiteral(", "))));
    layout->addWidget(m_summary);

    m_panel = new HitsPanel(&store, user.name, this);
    m_panel->setMayAcknowledge(Permissions::allows(user, Action::AcknowledgeHit));
    for (const Hit &h : hits) {
        // Covert sightings stay with those who may see covert lists.
        if ((h.covert || h.entry.covert) && !Permissions::allows(user, Action::SeeCovert))
            continue;
        m_panel->addHit(h);
    }
    if (m_panel->model()->rowCount() > 0)
        m_panel->view()->selectRow(0);
    layout->addWidget(m_panel, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 640);
}

} // namespace Kestrel
