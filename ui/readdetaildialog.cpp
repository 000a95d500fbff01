#include "readdetaildialog.h"

#include "platebadgedelegate.h"
#include "theme.h"
#include "wording.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "plates/vrm.h"
#include "store/imagestore.h"
#include "store/retention.h"
#include "store/store.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kestrel {

namespace {

QLabel *imageLabel(const QString &name, const QSize &min, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setAlignment(Qt::AlignCenter);
    l->setMinimumSize(min);
    l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    l->setStyleSheet(QStringLiteral("background: #101418; border: 1px solid #2c333b; color: #8a939e;"));
    return l;
}

} // namespace

ReadDetailDialog::ReadDetailDialog(Store &store, const User &user, const Read &read, AccessPurpose purpose,
                                   const QString &caseReference, const QString &cameraName, QWidget *parent)
    : QDialog(parent), m_store(store), m_user(user), m_caseReference(caseReference), m_read(read)
{
    setObjectName(QStringLiteral("readDetailDialog"));
    setWindowTitle(tr("Read %1").arg(displayVrm(read.vrm)));

    // The store has the fuller record (raw text, candidates) than a search row.
    if (auto full = store.read(read.uid)) {
        const qint64 id = m_read.id;
        m_read = *full;
        if (!m_read.id)
            m_read.id = id;
    }

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("integrityWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral(
        "background: #7f1d1d; color: white; font-weight: bold; padding: 8px; border-radius: 3px;"));
    m_warning->hide();

    auto *badge = new QLabel(this);
    QPixmap plate(QSize(220, 48));
    plate.fill(Qt::transparent);
    {
        QPainter p(&plate);
        PlateBadgeDelegate::paintBadge(&p, QRectF(0, 0, 220, 48), m_read.vrm, PlateBadgeDelegate::Style::Rear);
    }
    badge->setPixmap(plate);
    badge->setAccessibleName(displayVrm(m_read.vrm));

    m_patchLabel = imageLabel(QStringLiteral("patchImage"), QSize(260, 70), this);
    // Its height is fixed: with the ignored size policy alone the column's layout placed the
    // facts as if it had none, and they were drawn under the plate image.
    m_patchLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_patchLabel->setFixedHeight(70);
    m_overviewLabel = imageLabel(QStringLiteral("overviewImage"), QSize(640, 360), this);

    m_patch = load(m_read.platePatch, tr("plate image"));
    m_overviewImage = load(m_read.overview, tr("overview image"));
    if (!m_overviewImage.isNull() && !m_read.plateBox.isEmpty()) {
        m_overviewImage = m_overviewImage.convertToFormat(QImage::Format_RGB32);
        QPainter p(&m_overviewImage);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(Theme::accent(), std::max(2, m_overviewImage.width() / 320)));
        p.drawRect(m_read.plateBox);
    }

    auto *facts = new QFormLayout;
    facts->addRow(tr("Camera:"), new QLabel(cameraName.isEmpty() ? m_read.cameraId : tr("%1 (%2)").arg(cameraName, m_read.cameraId), this));
    facts->addRow(tr("Seen (local):"), new QLabel(Wording::localDateTime(m_read.capturedAtMs), this));
    facts->addRow(tr("Seen (UTC):"),
                  new QLabel(QDateTime::fromMSecsSinceEpoch(m_read.capturedAtMs, Qt::UTC).toString(Qt::ISODateWithMs), this));
    facts->addRow(tr("Confidence:"), new QLabel(tr("%1 %").arg(qRound(m_read.confidence * 100)), this));
    if (!m_read.rawText.isEmpty() && m_read.rawText != m_read.vrm)
        facts->addRow(tr("Recogniser read:"), new QLabel(m_read.rawText, this));
    // The recogniser's next readings of the same plate: what to compare with the image when the
    // read is in doubt (a letter the font draws like a digit, a vanity mark).
    QStringList others;
    for (const PlateCandidate &c : std::as_const(m_read.candidates))
        if (c.text != m_read.vrm && !others.contains(c.text) && others.size() < 4)
            others << c.text;
    if (!others.isEmpty()) {
        auto *alternatives = new QLabel(others.join(QStringLiteral(", ")), this);
        alternatives->setObjectName(QStringLiteral("alternatives"));
        alternatives->setTextInteractionFlags(Qt::TextSelectableByMouse);
        facts->addRow(tr("Also possible:"), alternatives);
    }
    if (!m_read.location.isEmpty() || !m_read.direction.isEmpty())
        facts->addRow(tr("Location:"), new QLabel(QStringList{m_read.location, m_read.direction}.join(QStringLiteral(" · ")), this));
    auto *hashes = new QLabel(tr("Plate image SHA-256 %1\nOverview SHA-256 %2")
                                  .arg(QString::fromLatin1(m_read.platePatch.sha256), QString::fromLatin1(m_read.overview.sha256)),
                              this);
    hashes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hashes->setStyleSheet(QStringLiteral("color: #8a939e; font-family: monospace; font-size: 8pt;"));
    facts->addRow(tr("Evidence:"), hashes);
    facts->addRow(tr("Case:"), new QLabel(tr("%1, %2").arg(caseReference, Wording::purpose(purpose)), this));

    auto *left = new QVBoxLayout;
    left->addWidget(badge);
    left->addWidget(m_patchLabel);
    left->addLayout(facts);
    left->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addLayout(left);
    row->addWidget(m_overviewLabel, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_hold = buttons->addButton(tr("&Preserve for this case…"), QDialogButtonBox::ActionRole);
    m_hold->setObjectName(QStringLiteral("holdButton"));
    m_hold->setToolTip(tr("Keep this read and its images past the retention period until a supervisor releases it"));
    m_hold->setVisible(Retention::mayPlaceHold(user));
    connect(m_hold, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Preserve read"),
                                                     tr("Why must this read be kept for case %1?").arg(m_caseReference),
                                                     QLineEdit::Normal, QString(), &ok);
        if (ok)
            preserve(reason);
    });
    m_holdState = new QLabel(this);
    m_holdState->setObjectName(QStringLiteral("holdState"));
    m_holdState->setWordWrap(true);
    facts->addRow(tr("Retention:"), m_holdState);
    showHolds();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    resize(1100, 560);

    // The look at the images is recorded before they are shown; if it cannot be recorded they
    // are not shown at all.
    QJsonObject details{{QStringLiteral("read"), m_read.id},
                        {QStringLiteral("uid"), m_read.uid.toString(QUuid::WithoutBraces)},
                        {QStringLiteral("vrm"), m_read.vrm},
                        {QStringLiteral("purpose"), purposeName(purpose)},
                        {QStringLiteral("reference"), caseReference}};
    if (!m_problems.isEmpty())
        details.insert(QStringLiteral("integrity"), m_problems.join(QLatin1Char(' ')));
    if (auto audited = AuditLog(m_store).append(user.name, QStringLiteral("view-images"), details); !audited) {
        m_patch = {};
        m_overviewImage = {};
        m_auditProblem = audited.error().toString();
        m_warning->setText(tr("⚠ The images are not shown: viewing them must be recorded in the audit trail, "
                              "and the audit trail could not be written (%1). Report this to the system "
                              "administrator.")
                               .arg(m_auditProblem));
        m_warning->show();
    } else if (!m_problems.isEmpty()) {
        m_warning->setText(tr("⚠ Integrity warning: %1 The file no longer matches the hash recorded at capture; "
                              "it is not shown and must not be relied on. Report this to the system administrator.")
                               .arg(m_problems.join(QLatin1Char(' '))));
        m_warning->show();
    }
    showImages();
}

QImage ReadDetailDialog::load(const ImageRef &ref, const QString &what)
{
    if (ref.isEmpty())
        return {};
    auto bytes = ImageStore(m_store.dataDir()).read(ref);
    if (!bytes) {
        if (bytes.error().kind == Error::Kind::Integrity)
            m_problems << tr("The %1 failed its check (%2).").arg(what, bytes.error().message);
        else
            m_problems << tr("The %1 could not be read (%2).").arg(what, bytes.error().message);
        return {};
    }
    QImage image;
    image.loadFromData(bytes.value(), "JPG");
    return image;
}

void ReadDetailDialog::showImages()
{
    const auto put = [](QLabel *label, const QImage &image, const QString &missing) {
        if (image.isNull()) {
            label->setText(missing);
            return;
        }
        label->setPixmap(QPixmap::fromImage(
            image.scaled(label->size() - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    };
    if (!m_auditProblem.isEmpty()) {
        m_patchLabel->setText(tr("Not shown: not audited"));
        m_overviewLabel->setText(tr("Not shown: the audit trail could not be written"));
        return;
    }
    put(m_patchLabel, m_patch, tr("No plate image"));
    put(m_overviewLabel, m_overviewImage, tr("No overview image"));
}

void ReadDetailDialog::showHolds()
{
    QStringList lines;
    AuditLog audit(m_store);
    for (const Hold &h : Retention(m_store, audit).holdsOn(m_read.uid))
        if (h.active())
            lines << tr("Held for %1 by %2 since %3").arg(h.caseReference, h.placedBy, Wording::localDateTime(h.placedAtMs));
    m_holdState->setText(lines.isEmpty() ? tr("Deleted when the retention period ends") : lines.join(QLatin1Char('\n')));
}

bool ReadDetailDialog::preserve(const QString &reason)
{
    AuditLog audit(m_store);
    auto held = Retention(m_store, audit).placeHold(m_read.uid, m_caseReference, reason, m_user,
                                                    QDateTime::currentMSecsSinceEpoch());
    if (!held) {
        m_holdState->setText(tr("Not preserved: %1").arg(held.error().message));
        return false;
    }
    showHolds();
    return true;
}

void ReadDetailDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    showImages();
}

} // namespace Kestrel
