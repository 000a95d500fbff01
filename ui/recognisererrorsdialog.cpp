#include "recognisererrorsdialog.h"

#include "theme.h"

#include "hitsmodel.h"
#include "readsmodel.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "plates/vrm.h"
#include "store/imagestore.h"
#include "store/store.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kestrel {

namespace {
constexpr QSize kPatchThumb(150, 44);
constexpr QSize kOverviewSize(400, 225);

} // namespace

QList<Hit> RecogniserErrorsDialog::misreads(const Store &store, int limit)
{
    // Only the columns the hits table has had since schema 1, so later migrations leave this be.
    QList<Hit> out;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT uid, read_uid, entry_id, match_kind, distance, raised_at, retrospective,"
                             " acknowledged_at, acknowledged_by, note FROM hits WHERE outcome = ?"
                             " ORDER BY acknowledged_at DESC, id DESC LIMIT ?"));
    q.addBindValue(hitOutcomeName(HitOutcome::Misread));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    const ImageStore images(store.dataDir());
    while (q.next()) {
        Hit h;
        h.uid = QUuid::fromString(q.value(0).toString());
        if (auto read = store.read(QUuid::fromString(q.value(1).toString())))
            h.read = *read;
        if (auto entry = store.hotlistEntry(q.value(2).toLongLong()))
            h.entry = *entry;
        const QString kind = q.value(3).toString();
        for (MatchKind k : {MatchKind::Exact, MatchKind::Equivalent, MatchKind::Edit, MatchKind::Wildcard}) {
            if (matchKindName(k) == kind)
                h.match = k;
        }
        h.distance = q.value(4).toInt();
        h.raisedAtMs = q.value(5).toLongLong();
        h.retrospective = q.value(6).toInt() != 0;
        h.acknowledgedAtMs = q.value(7).toLongLong();
        h.acknowledgedBy = q.value(8).toString();
        h.note = q.value(9).toString();
        h.outcome = HitOutcome::Misread;
        h.covert = h.entry.covert || store.hotlistSettings(h.entry.list).covert;
        // Images as JPEG, as they travel from the pipeline, so every screen decodes them alike.
        for (auto [ref, target] : {std::pair{&h.read.platePatch, &h.read.platePatchJpeg},
                                   std::pair{&h.read.overview, &h.read.overviewJpeg}}) {
            if (!ref->isEmpty()) {
                if (auto bytes = images.read(*ref))
                    *target = *bytes;
            }
        }
        out.append(h);
    }
    return out;
}

RecogniserErrorsDialog::RecogniserErrorsDialog(Store &store, const User &user, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("recogniserErrorsDialog"));
    setWindowTitle(tr("Recogniser errors"));
    const bool seesCovert = Permissions::allows(user, Action::SeeCovert);
    for (const Hit &h : misreads(store)) {
        if (!h.covert || seesCovert)
            m_hits.append(h);
    }
    // Looking at evidence images is audited like any other look at the evidence, and comes
    // after its entry: nothing is shown when the entry cannot be written.
    auto audited = AuditLog(store).append(user.name, QStringLiteral("view-recogniser-errors"),
                                          {{QStringLiteral("count"), int(m_hits.size())}});
    if (!audited)
        m_hits.clear();

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(audited ? tr("Hits that operators acknowledged as misread: the recogniser read the plate "
                                          "wrongly and it matched a hotlist entry. Review them to retrain or tune the "
                                          "recogniser.")
                                     : tr("The misread hits are not shown: viewing them must be recorded in the audit "
                                          "trail, and the audit trail could not be written (%1).")
                                           .arg(audited.error().toString()),
                             this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(int(m_hits.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("misreadsTable"));
    m_table->setHorizontalHeaderLabels({tr("Acknowledged"), tr("Camera"), tr("Read as"), tr("Hotlist VRM"),
                                        tr("Match"), tr("Plate image"), tr("Confidence"), tr("By"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setIconSize(kPatchThumb);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(kPatchThumb.height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    for (int row = 0; row < m_hits.size(); ++row) {
        const Hit &h = m_hits.at(row);
        auto set = [&](int col, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            m_table->setItem(row, col, item);
            return item;
        };
        set(TimeColumn, ReadsModel::localTime(h.acknowledgedAtMs))
            ->setToolTip(tr("Seen %1").arg(QDateTime::fromMSecsSinceEpoch(h.read.capturedAtMs, Qt::UTC)
                                               .toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        set(CameraColumn, h.read.cameraId);
        QTableWidgetItem *read = set(ReadColumn, displayVrm(h.read.vrm));
        read->setFont([] { QFont f; f.setBold(true); return f; }());
        if (!h.read.rawText.isEmpty() && h.read.rawText != h.read.vrm)
            read->setToolTip(tr("Recogniser produced \"%1\"").arg(h.read.rawText));
        set(ListedColumn, displayVrm(h.entry.vrm));
        set(MatchColumn, HitsModel::matchText(h));
        QTableWidgetItem *patch = set(PatchColumn, QString());
        QImage image;
        if (!image.loadFromData(h.read.platePatchJpeg, "JPG")) {
            patch->setText(tr("No plate image"));
        } else {
            patch->setIcon(QPixmap::fromImage(image.scaled(kPatchThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            patch->setToolTip(tr("Plate patch of %1").arg(displayVrm(h.read.vrm)));
        }
        set(ConfidenceColumn, tr("%1 %").arg(qRound(h.read.confidence * 100)));
        set(ByColumn, h.acknowledgedBy);
        set(NoteColumn, h.note);
    }
    m_table->setColumnWidth(TimeColumn, 90);
    m_table->setColumnWidth(CameraColumn, 150);
    m_table->setColumnWidth(ReadColumn, 110);
    m_table->setColumnWidth(ListedColumn, 110);
    m_table->setColumnWidth(MatchColumn, 260);
    m_table->setColumnWidth(PatchColumn, kPatchThumb.width() + 16);
    m_table->setColumnWidth(ConfidenceColumn, 90);
    m_table->setColumnWidth(ByColumn, 100);
    Theme::fitHeaderSections(m_table->horizontalHeader()); // "Confidence", "Acknowledged" in Welsh

    auto *lower = new QHBoxLayout;
    lower->addWidget(m_table, 1);
    m_overview = new QLabel(this);
    m_overview->setObjectName(QStringLiteral("misreadOverview"));
    m_overview->setFixedSize(kOverviewSize);
    m_overview->setAlignment(Qt::AlignCenter);
    m_overview->setStyleSheet(QStringLiteral("background: #0e1013; border: 1px solid #3a414a; color: #8a939e;"));
    lower->addWidget(m_overview, 0, Qt::AlignTop);
    layout->addLayout(lower, 1);

    m_summary = new QLabel(m_hits.isEmpty() ? tr("No hit has been acknowledged as a misread.")
                                            : tr("Misreads: %1").arg(m_hits.size()), this);
    m_summary->setObjectName(QStringLiteral("misreadsSummary"));
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showOverview(row); });
    if (!m_hits.isEmpty())
        m_table->selectRow(0);
    showOverview(m_hits.isEmpty() ? -1 : 0);
    resize(1400, 560);
}

void RecogniserErrorsDialog::setCameraNames(const QHash<QString, QString> &names)
{
    for (int row = 0; row < m_hits.size(); ++row) {
        const QString id = m_hits.at(row).read.cameraId;
        if (QTableWidgetItem *item = m_table->item(row, CameraColumn))
            item->setText(names.value(id, id));
    }
}

void RecogniserErrorsDialog::showOverview(int row)
{
    QImage image;
    if (row < 0 || row >= m_hits.size() || !image.loadFromData(m_hits.at(row).read.overviewJpeg, "JPG")) {
        m_overview->setText(tr("No overview image"));
        return;
    }
    m_overview->setPixmap(QPixmap::fromImage(
        image.scaled(kOverviewSize - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace Kestrel
