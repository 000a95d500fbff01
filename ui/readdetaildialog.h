// One stored read in full: plate patch and overview (with the plate box drawn), both read back
// through the ImageStore so a changed file is shown as an integrity warning, never as evidence.
// Opening it is an access to the images and is audited ("view-images") with purpose and reference.
#pragma once

#include "domain/accessrequest.h"
#include "domain/read.h"
#include "domain/user.h"

#include <QDialog>
#include <QImage>

class QLabel;
class QPushButton;

namespace Kestrel {

class Store;

class ReadDetailDialog : public QDialog
{
    Q_OBJECT
public:
    // store must outlive the dialog. The read comes from a search the user was allowed to see.
    ReadDetailDialog(Store &store, const User &user, const Read &read, AccessPurpose purpose,
                     const QString &caseReference, const QString &cameraName, QWidget *parent = nullptr);

    const Read &read() const { return m_read; }
    QImage patch() const { return m_patch; }
    QImage overview() const { return m_overviewImage; } // with the plate box drawn
    bool integrityOk() const { return m_problems.isEmpty(); }
    QStringList integrityProblems() const { return m_problems; }

    // Keeps the read, images and all, past retention for this case (investigators and
    // supervisors; audited). The button asks for the reason; false with the reason shown when
    // refused.
    bool preserve(const QString &reason);
    QPushButton *holdButton() const { return m_hold; }
    QLabel *holdState() const { return m_holdState; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QImage load(const ImageRef &ref, const QString &what);
    void showImages();

    void showHolds();

    Store &m_store;
    User m_user;
    QString m_caseReference;
    Read m_read;
    QImage m_patch;
    QImage m_overviewImage;
    QStringList m_problems;
    QString m_auditProblem;
    QLabel *m_patchLabel;
    QLabel *m_overviewLabel;
    QLabel *m_warning;
    QPushButton *m_hold;
    QLabel *m_holdState;
};

} // namespace Kestrel
