#include "searchwindow.h"

#include "accessrequestsdialog.h"
#include "platebadgedelegate.h"
#include "readdetaildialog.h"
#include "theme.h"
#include "wording.h"

#include "access/accessrequests.h"
#include "access/forcesettings.h"
#include "access/permissions.h"
#include "audit/auditlog.h"
#include "plates/vrm.h"
#include "store/imagestore.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QHeaderView>
#include <QShortcut>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kestrel {

namespace {

QTableWidget *makeTable(const QStringList &headers, int rowHeight, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(rowHeight);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QDateTimeEdit *dateTimeEdit(const QDateTime &value, QWidget *parent)
{
    auto *e = new QDateTimeEdit(value, parent);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    e->setCalendarPopup(true);
    e->setTimeSpec(Qt::LocalTime); // shown in local time; core is given UTC milliseconds
    e->setEnabled(false);
    return e;
}

} // namespace

SearchWindow::SearchWindow(Store &store, const User &user, QWidget *parent)
    : QWidget(parent, Qt::Window), m_store(store), m_user(user)
{
    setObjectName(QStringLiteral("searchWindow"));
    setWindowTitle(tr("Search reads — %1").arg(user.displayName.isEmpty() ? user.name : user.displayName));
    for (const Camera &c : store.cameras())
        m_cameraNames.insert(c.id, c.name.isEmpty() ? c.id : c.name);

    // What every query states: why, for which case, over which time.
    auto *caseBox = new QGroupBox(tr("Purpose of the search"), this);
    m_purpose = new QComboBox(caseBox);
    m_purpose->setObjectName(QStringLiteral("purposeCombo"));
    Wording::fillPurposes(m_purpose);
    m_reference = new QLineEdit(caseBox);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setPlaceholderText(tr("Required: case or incident number"));
    m_fromSet = new QCheckBox(tr("From"), caseBox);
    m_fromSet->setObjectName(QStringLiteral("fromCheck"));
    m_from = dateTimeEdit(QDateTime::currentDateTime().addDays(-7), caseBox);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_toSet = new QCheckBox(tr("To"), caseBox);
    m_toSet->setObjectName(QStringLiteral("toCheck"));
    m_to = dateTimeEdit(QDateTime::currentDateTime(), caseBox);
    m_to->setObjectName(QStringLiteral("toEdit"));
    connect(m_fromSet, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toSet, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto *caseGrid = new QGridLayout(caseBox);
    caseGrid->addWidget(new QLabel(tr("Purpose:"), caseBox), 0, 0);
    caseGrid->addWidget(m_purpose, 0, 1);
    caseGrid->addWidget(new QLabel(tr("Case reference:"), caseBox), 0, 2);
    caseGrid->addWidget(m_reference, 0, 3);
    caseGrid->addWidget(m_fromSet, 1, 0);
    caseGrid->addWidget(m_from, 1, 1);
    caseGrid->addWidget(m_toSet, 1, 2);
    caseGrid->addWidget(m_to, 1, 3);
    auto *zone = new QLabel(tr("Times are local (%1); unticked means no limit.")
                                .arg(QDateTime::currentDateTime().timeZoneAbbreviation()),
                            caseBox);
    zone->setStyleSheet(QStringLiteral("color: #8a939e;"));
    caseGrid->addWidget(zone, 2, 0, 1, 4);
    caseGrid->setColumnStretch(1, 1);
    caseGrid->setColumnStretch(3, 2);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("searchError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #ff8a80; font-weight: bold;"));
    m_error->hide();

    m_tabs = new QTabWidget(this);

    // Reads tab.
    auto *readsPage = new QWidget(m_tabs);
    m_plate = new QLineEdit(readsPage);
    m_plate->setObjectName(QStringLiteral("plateEdit"));
    m_plate->setPlaceholderText(tr("e.g. AB12CDE, AB1?C*  (? one character, * any run)"));
    m_camera = new QComboBox(readsPage);
    m_camera->setObjectName(QStringLiteral("cameraCombo"));
    m_camera->addItem(tr("All cameras"), QString());
    for (auto it = m_cameraNames.cbegin(); it != m_cameraNames.cend(); ++it)
        m_camera->addItem(it.value() == it.key() ? it.key() : tr("%1 (%2)").arg(it.value(), it.key()), it.key());
    m_search = new QPushButton(tr("&Search"), readsPage);
    m_search->setObjectName(QStringLiteral("searchButton"));
    m_search->setDefault(true);
    connect(m_search, &QPushButton::clicked, this, [this] { runSearch(); });
    connect(m_plate, &QLineEdit::returnPressed, this, [this] { runSearch(); });
    auto *criteria = new QHBoxLayout;
    criteria->addWidget(new QLabel(tr("Plate:"), readsPage));
    criteria->addWidget(m_plate, 2);
    criteria->addWidget(new QLabel(tr("Camera:"), readsPage));
    criteria->addWidget(m_camera, 1);
    criteria->addWidget(m_search);

    m_banner = new QFrame(readsPage);
    m_banner->setObjectName(QStringLiteral("withheldBanner"));
    m_banner->setStyleSheet(QStringLiteral("#withheldBanner { background: #4a3410; border: 1px solid #f09a1a; border-radius: 4px; }"
                                           " #withheldBanner QLabel { color: #ffe0a8; }"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("reachNoteText"));
    m_bannerText->setWordWrap(true);
    m_requestAccess = new QPushButton(tr("Request access…"), m_banner);
    m_requestAccess->setObjectName(QStringLiteral("requestAccessButton"));
    m_requestAccess->setVisible(Permissions::allows(user, Action::RequestAccess));
    connect(m_requestAccess, &QPushButton::clicked, this, [this] { requestAccess(); });
    auto *bannerLayout = new QHBoxLayout(m_banner);
    auto *icon = new QLabel(QStringLiteral("⚠"), m_banner);
    icon->setStyleSheet(QStringLiteral("font-size: 18pt; color: #f09a1a;"));
    bannerLayout->addWidget(icon);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_requestAccess);
    m_banner->hide();

    m_table = makeTable({tr("Plate image"), tr("VRM"), tr("Camera"), tr("Time (local)"), tr("Confidence")},
                        kThumbSize.height() + 8, readsPage);
    m_table->setObjectName(QStringLiteral("searchResults"));
    m_table->setItemDelegateForColumn(VrmColumn, new PlateBadgeDelegate(m_table));
    m_table->setIconSize(kThumbSize);
    m_table->setColumnWidth(PatchColumn, kThumbSize.width() + 16);
    m_table->setColumnWidth(VrmColumn, 140);
    m_table->setColumnWidth(TimeColumn, 170);
    m_table->setColumnWidth(ConfidenceColumn, 110);
    // The camera name takes the spare width, not the confidence figure at the far right.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(CameraColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openRead(row); });
    m_summary = new QLabel(readsPage);
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    auto *readsLayout = new QVBoxLayout(readsPage);
    readsLayout->addLayout(criteria);
    readsLayout->addWidget(m_banner);
    readsLayout->addWidget(m_table, 1);
    readsLayout->addWidget(m_summary);
    m_tabs->addTab(readsPage, tr("Reads"));

    // Convoy tab.
    auto *convoyPage = new QWidget(m_tabs);
    m_target = new QLineEdit(convoyPage);
    m_target->setObjectName(QStringLiteral("convoyTargetEdit"));
    m_target->setPlaceholderText(tr("Target VRM"));
    m_window = new QSpinBox(convoyPage);
    m_window->setObjectName(QStringLiteral("convoyWindowSpin"));
    m_window->setRange(1, 3600);
    m_window->setValue(60);
    m_window->setSuffix(tr(" s"));
    m_minCount = new QSpinBox(convoyPage);
    m_minCount->setObjectName(QStringLiteral("convoyMinCountSpin"));
    m_minCount->setRange(1, 1000);
    m_minCount->setValue(2);
    m_analyse = new QPushButton(tr("&Analyse"), convoyPage);
    m_analyse->setObjectName(QStringLiteral("convoyButton"));
    connect(m_analyse, &QPushButton::clicked, this, [this] { runConvoy(); });
    // Return anywhere in the convoy form runs it, as Return in the plate field runs a search.
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)})
        connect(new QShortcut(key, convoyPage, nullptr, nullptr, Qt::WidgetWithChildrenShortcut), &QShortcut::activated,
                this, [this] { runConvoy(); });
    auto *convoyCriteria = new QHBoxLayout;
    convoyCriteria->addWidget(new QLabel(tr("Target:"), convoyPage));
    convoyCriteria->addWidget(m_target, 1);
    convoyCriteria->addWidget(new QLabel(tr("Within:"), convoyPage));
    convoyCriteria->addWidget(m_window);
    convoyCriteria->addWidget(new QLabel(tr("At least:"), convoyPage));
    convoyCriteria->addWidget(m_minCount);
    convoyCriteria->addWidget(new QLabel(tr("times"), convoyPage));
    convoyCriteria->addWidget(m_analyse);
    m_convoyTable = makeTable({tr("VRM"), tr("Times together"), tr("First seen"), tr("Last seen"), tr("Usually seen at")},
                              36, convoyPage);
    m_convoyTable->setObjectName(QStringLiteral("convoyResults"));
    m_convoyTable->setItemDelegateForColumn(ConvoyVrm, new PlateBadgeDelegate(m_convoyTable));
    m_convoyTable->setColumnWidth(ConvoyVrm, 140);
    m_convoyTable->setColumnWidth(ConvoyCount, 120);
    m_convoyTable->setColumnWidth(ConvoyFirst, 170);
    m_convoyTable->setColumnWidth(ConvoyLast, 170);
    Theme::fitHeaderSections(m_convoyTable->horizontalHeader()); // "Times together", long in Welsh
    m_convoySummary = new QLabel(convoyPage);
    m_convoySummary->setObjectName(QStringLiteral("convoySummary"));
    m_convoySummary->setWordWrap(true);
    auto *convoyLayout = new QVBoxLayout(convoyPage);
    auto *convoyHelp = new QLabel(tr("Vehicles seen at the same camera within the window of the target, at least "
                                     "the given number of times, in the time range above."),
                                  convoyPage);
    convoyHelp->setWordWrap(true);
    convoyLayout->addWidget(convoyHelp);
    convoyLayout->addLayout(convoyCriteria);
    convoyLayout->addWidget(m_convoyTable, 1);
    convoyLayout->addWidget(m_convoySummary);
    m_tabs->addTab(convoyPage, tr("Convoy"));

    auto *audit = new QLabel(tr("Every search is recorded with its purpose and case reference."), this);
    audit->setStyleSheet(QStringLiteral("color: #8a939e;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caseBox);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(audit);
    resize(1100, 760);
}

void SearchWindow::setCriteria(const QString &plate, AccessPurpose purpose, const QString &caseReference)
{
    m_plate->setText(plate);
    m_purpose->setCurrentIndex(std::max(0, m_purpose->findData(int(purpose))));
    m_reference->setText(caseReference);
}

void SearchWindow::setPlate(const QString &plate)
{
    m_tabs->setCurrentIndex(0);
    m_plate->setText(plate);
    clearError();
}

void SearchWindow::setTimeWindow(const QDateTime &from, const QDateTime &to)
{
    m_fromSet->setChecked(from.isValid());
    if (from.isValid())
        m_from->setDateTime(from.toLocalTime());
    m_toSet->setChecked(to.isValid());
    if (to.isValid())
        m_to->setDateTime(to.toLocalTime());
}

void SearchWindow::setConvoyCriteria(const QString &target, int windowSeconds, int minCount)
{
    m_target->setText(target);
    m_window->setValue(windowSeconds);
    m_minCount->setValue(minCount);
}

qint64 SearchWindow::fromMs() const
{
    return m_fromSet->isChecked() ? m_from->dateTime().toMSecsSinceEpoch() : 0;
}

qint64 SearchWindow::toMs() const
{
    return m_toSet->isChecked() ? m_to->dateTime().toMSecsSinceEpoch() : 0;
}

QString SearchWindow::cameraName(const QString &id) const
{
    return m_cameraNames.value(id, id);
}

QString SearchWindow::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool SearchWindow::reachNoteShown() const
{
    return !m_banner->isHidden();
}

QString SearchWindow::reachNoteText() const
{
    return m_bannerText->text();
}

void SearchWindow::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void SearchWindow::clearError()
{
    m_error->clear();
    m_error->hide();
}

bool SearchWindow::runSearch()
{
    clearError();
    m_banner->hide();
    m_results.clear();
    m_last = {};
    fillResults();
    if (m_reference->text().trimmed().isEmpty()) {
        showError(tr("Enter the case reference: every search states one, and it is recorded."));
        m_reference->setFocus();
        return false;
    }
    SearchQuery q;
    q.plate = m_plate->text();
    q.fromMs = fromMs();
    q.toMs = toMs();
    if (!m_camera->currentData().toString().isEmpty())
        q.cameras << m_camera->currentData().toString();
    const AccessPurpose purpose = AccessPurpose(m_purpose->currentData().toInt());
    const QString reference = m_reference->text().trimmed();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    AuditLog audit(m_store);
    const AccessPolicy policy(ForceSettings::load(m_store));
    const QList<AccessRequest> mine = AccessRequests(m_store, audit, policy).forRequester(m_user.name, now);
    auto result = ReadSearch(m_store, audit, policy).search(m_user, purpose, reference, q, mine, now);
    if (!result) {
        const Error &e = result.error();
        showError(e.kind == Error::Kind::Refused ? tr("Search refused: %1").arg(e.message)
                                                 : tr("Search not run: %1").arg(e.toString()));
        return false;
    }
    m_last = result.value();
    m_results = m_last.reads;
    m_searchPurpose = purpose;
    m_searchReference = reference;
    // The plate patches in the results are images of the reads: their showing is recorded
    // before they are shown, and they are not shown if it cannot be (the overview, with the
    // detail view, has its own entry).
    const QList<Thumbnail> thumbnails = loadThumbnails();
    QStringList shown;
    for (int i = 0; i < thumbnails.size(); ++i)
        if (!thumbnails.at(i).pixmap.isNull())
            shown << m_results.at(i).uid.toString(QUuid::WithoutBraces);
    Result<AuditEvent> audited = AuditEvent{};
    if (!shown.isEmpty())
        audited = audit.append(m_user.name, QStringLiteral("view-images"),
                               {{QStringLiteral("kind"), QStringLiteral("plate-thumbnails")},
                                {QStringLiteral("uids"), QJsonArray::fromStringList(shown)},
                                {QStringLiteral("purpose"), purposeName(purpose)},
                                {QStringLiteral("reference"), reference}});
    if (audited) {
        fillResults(thumbnails);
    } else {
        fillResults({}, tr("Not shown: not audited"));
        showError(tr("The plate images are not shown: viewing them must be recorded in the audit trail, and "
                     "the audit trail could not be written (%1).")
                      .arg(audited.error().toString()));
    }
    if (m_last.reach.limited) {
        // Said from the user's rights alone, whatever the store holds: whether older reads of
        // this plate exist is itself what the rights protect.
        QString text = tr("Reads captured before %1 are not shown to you for this purpose and case.")
                           .arg(Wording::localDateTime(m_last.reach.visibleFromMs));
        text += QLatin1Char('\n') +
                (Permissions::allows(m_user, Action::RequestAccess)
                     ? tr("To see older reads, ask a supervisor for extended access for this case: use Request access…")
                     : tr("To see older reads, refer the case to an investigator, who can ask a supervisor for "
                          "extended access."));
        m_bannerText->setText(text);
        m_bannerText->setToolTip(m_last.reach.howToAsk);
        m_banner->show();
    }
    m_summary->setText(m_last.truncated ? tr("%1 read(s) shown; more matched: narrow the search.").arg(m_results.size())
                                        : tr("%1 read(s). Double-click a read to see its images.").arg(m_results.size()));
    return true;
}

QList<SearchWindow::Thumbnail> SearchWindow::loadThumbnails() const
{
    QList<Thumbnail> out;
    const ImageStore images(m_store.dataDir());
    for (const Read &r : m_results) {
        Thumbnail t;
        auto bytes = images.read(r.platePatch);
        QImage image;
        if (bytes && image.loadFromData(bytes.value(), "JPG"))
            t.pixmap = QPixmap::fromImage(image.scaled(kThumbSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        else if (!r.platePatch.isEmpty())
            t.problem = bytes ? tr("The image could not be decoded.") : bytes.error().toString();
        out.append(t);
    }
    return out;
}

void SearchWindow::fillResults(const QList<Thumbnail> &thumbnails, const QString &withheld)
{
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_results.size()));
    for (int i = 0; i < m_results.size(); ++i) {
        const Read &r = m_results.at(i);
        auto *patch = new QTableWidgetItem;
        const Thumbnail t = i < thumbnails.size() ? thumbnails.at(i) : Thumbnail{};
        if (!t.pixmap.isNull()) {
            // The same pixmap when selected: evidence is never shown tinted by the selection colour.
            QIcon icon(t.pixmap);
            icon.addPixmap(t.pixmap, QIcon::Selected);
            patch->setIcon(icon);
        } else if (!t.problem.isEmpty()) {
            patch->setText(tr("⚠ image check failed"));
            patch->setForeground(Theme::danger());
            patch->setToolTip(t.problem);
        } else if (!withheld.isEmpty() && !r.platePatch.isEmpty()) {
            patch->setText(withheld);
            patch->setForeground(Theme::danger());
        }
        m_table->setItem(i, PatchColumn, patch);
        auto *vrm = new QTableWidgetItem(r.vrm);
        vrm->setToolTip(displayVrm(r.vrm));
        m_table->setItem(i, VrmColumn, vrm);
        auto *camera = new QTableWidgetItem(cameraName(r.cameraId));
        camera->setToolTip(r.cameraId);
        m_table->setItem(i, CameraColumn, camera);
        auto *time = new QTableWidgetItem(Wording::localDateTime(r.capturedAtMs));
        time->setToolTip(tr("UTC %1").arg(QDateTime::fromMSecsSinceEpoch(r.capturedAtMs, Qt::UTC).toString(Qt::ISODate)));
        m_table->setItem(i, TimeColumn, time);
        auto *confidence = new QTableWidgetItem(tr("%1 %").arg(qRound(r.confidence * 100)));
        confidence->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (r.confidence < 0.8)
            confidence->setForeground(Theme::warning());
        m_table->setItem(i, ConfidenceColumn, confidence);
    }
}

ReadDetailDialog *SearchWindow::openRead(int row)
{
    if (row < 0 || row >= m_results.size())
        return nullptr;
    const Read &r = m_results.at(row);
    auto *dialog = new ReadDetailDialog(m_store, m_user, r, m_searchPurpose, m_searchReference, cameraName(r.cameraId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

AccessRequest SearchWindow::draftRequest() const
{
    AccessRequest draft;
    // Extended access is never for routine purposes: start from "serious" and let the user choose.
    const AccessPurpose purpose = AccessPurpose(m_purpose->currentData().toInt());
    draft.purpose = purpose == AccessPurpose::Routine ? AccessPurpose::Serious : purpose;
    draft.caseReference = m_reference->text().trimmed();
    draft.scopeFromMs = fromMs();
    draft.scopeToMs = toMs();
    if (auto pattern = ReadSearch::normalisePattern(m_plate->text()); pattern && !ReadSearch::isPattern(*pattern))
        draft.scopeVrms << *pattern;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const AccessPolicy policy(ForceSettings::load(m_store));
    draft.tier = draft.scopeFromMs > 0 ? policy.tierForAge(draft.scopeFromMs, now) : AccessTier::Extended12Months;
    if (draft.tier == AccessTier::Standard)
        draft.tier = AccessTier::Extended12Months;
    return draft;
}

AccessRequestForm *SearchWindow::requestAccess()
{
    auto *form = new AccessRequestForm(m_store, m_user, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->prefill(draftRequest());
    connect(form, &QDialog::accepted, this, [this, form] {
        m_bannerText->setText(m_bannerText->text() + QLatin1Char('\n') +
                              tr("Request %1 sent: a supervisor other than you must approve it.").arg(form->created().id));
    });
    form->open();
    return form;
}

bool SearchWindow::runConvoy()
{
    clearError();
    m_convoy.clear();
    m_convoyTable->setRowCount(0);
    m_convoySummary->clear();
    if (m_reference->text().trimmed().isEmpty()) {
        showError(tr("Enter the case reference: every search states one, and it is recorded."));
        m_reference->setFocus();
        return false;
    }
    const AccessPurpose purpose = AccessPurpose(m_purpose->currentData().toInt());
    const QString reference = m_reference->text().trimmed();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    AuditLog audit(m_store);
    const AccessPolicy policy(ForceSettings::load(m_store));
    const QList<AccessRequest> mine = AccessRequests(m_store, audit, policy).forRequester(m_user.name, now);
    auto result = ReadSearch(m_store, audit, policy)
                      .convoy(m_user, purpose, reference, m_target->text(), m_window->value(), m_minCount->value(),
                              fromMs(), toMs(), mine, now);
    if (!result) {
        const Error &e = result.error();
        showError(e.kind == Error::Kind::Refused ? tr("Search refused: %1").arg(e.message)
                                                 : tr("Search not run: %1").arg(e.toString()));
        return false;
    }
    m_convoy = result->vehicles;
    m_convoyTable->setRowCount(int(m_convoy.size()));
    for (int i = 0; i < m_convoy.size(); ++i) {
        const ConvoyVehicle &v = m_convoy.at(i);
        m_convoyTable->setItem(i, ConvoyVrm, new QTableWidgetItem(v.vrm));
        auto *count = new QTableWidgetItem(QString::number(v.coOccurrences));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_convoyTable->setItem(i, ConvoyCount, count);
        m_convoyTable->setItem(i, ConvoyFirst, new QTableWidgetItem(Wording::localDateTime(v.firstSeenMs)));
        m_convoyTable->setItem(i, ConvoyLast, new QTableWidgetItem(Wording::localDateTime(v.lastSeenMs)));
        m_convoyTable->setItem(i, ConvoyCamera, new QTableWidgetItem(cameraName(v.usualCamera)));
    }
    QString summary = tr("%1 pass(es) of the target; %2 vehicle(s) travelling with it.")
                          .arg(result->targetReads)
                          .arg(m_convoy.size());
    if (result->reach.limited)
        summary += QLatin1Char(' ') + tr("Reads captured before %1 are not shown to you.")
                                          .arg(Wording::localDateTime(result->reach.visibleFromMs));
    m_convoySummary->setText(summary);
    return true;
}

} // namespace Kestrel
