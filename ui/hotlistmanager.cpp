#include "hotlistmanager.h"

#include "pastsightingsdialog.h"
#include "platebadgedelegate.h"
#include "theme.h"
#include "wording.h"

#include "access/permissions.h"
#include "hotlist/hotlistcsv.h"
#include "hotlist/hotlistregistry.h"
#include "pipeline/engine.h"
#include "plugin/pluginloader.h"
#include "store/store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPointer>
#include <QSet>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kestrel {

namespace {

QColor statusColour(HotlistStatus s)
{
    switch (s) {
    case HotlistStatus::Pending: return Theme::warning();
    case HotlistStatus::Live: return Theme::online();
    case HotlistStatus::Expired: return Theme::muted();
    case HotlistStatus::Withdrawn: return Theme::danger();
    }
    return Theme::muted();
}

// The search box: a substring of the VRM, or with ? and * a pattern over the whole VRM.
QRegularExpression searchExpression(const QString &typed)
{
    QString text;
    for (QChar c : typed)
        if (!c.isSpace())
            text.append(c.toUpper());
    if (!text.contains(QLatin1Char('*')) && !text.contains(QLatin1Char('?')))
        return QRegularExpression(QRegularExpression::escape(text));
    QString rx;
    for (QChar c : std::as_const(text))
        rx += c == QLatin1Char('*') ? QStringLiteral(".*")
              : c == QLatin1Char('?') ? QStringLiteral(".")
                                      : QRegularExpression::escape(QString(c));
    return QRegularExpression(QRegularExpression::anchoredPattern(rx));
}

// The form's words for core's field names, for messages that name the field.
QString fieldLabel(const QString &name)
{
    if (name == QLatin1String("vrm"))
        return HotlistEntryForm::tr("VRM");
    if (name == QLatin1String("list"))
        return HotlistEntryForm::tr("List");
    if (name == QLatin1String("priority"))
        return HotlistEntryForm::tr("Priority");
    if (name == QLatin1String("reason"))
        return HotlistEntryForm::tr("Reason");
    if (name == QLatin1String("action"))
        return HotlistEntryForm::tr("Prescribed action");
    if (name == QLatin1String("category"))
        return HotlistEntryForm::tr("Category");
    if (name == QLatin1String("source"))
        return HotlistEntryForm::tr("Source");
    if (name == QLatin1String("make"))
        return HotlistEntryForm::tr("Make");
    if (name == QLatin1String("model"))
        return HotlistEntryForm::tr("Model");
    if (name == QLatin1String("colour"))
        return HotlistEntryForm::tr("Colour");
    if (name == QLatin1String("warning_markers"))
        return HotlistEntryForm::tr("Warning markers");
    if (name == QLatin1String("expires"))
        return HotlistEntryForm::tr("Expiry date");
    return name;
}

} // namespace

// ---------------------------------------------------------------------------------------------

HotlistEntryForm::HotlistEntryForm(Store &store, const User &user, const QStringList &lists, QWidget *parent)
    : QDialog(parent), m_store(store), m_user(user)
{
    setObjectName(QStringLiteral("hotlistEntryForm"));
    setWindowTitle(tr("Add a hotlist entry"));
    auto *intro = new QLabel(tr("The entry waits for a second authorised person to validate it before it "
                                "goes live. Fields marked * are required."),
                             this);
    intro->setWordWrap(true);

    const auto line = [this](const QString &name, const QString &placeholder = {}) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name + QStringLiteral("Edit"));
        edit->setPlaceholderText(placeholder);
        m_fields.insert(name, edit);
        return edit;
    };
    QLineEdit *vrm = line(QStringLiteral("vrm"), tr("e.g. AB12 CDE, or a pattern AB12C*"));
    auto *list = new QComboBox(this);
    list->setObjectName(QStringLiteral("listCombo"));
    list->setEditable(true);
    list->addItems(lists);
    list->setCurrentText(QStringLiteral("Local")); // typed by hand: local intelligence, unless chosen
    m_fields.insert(QStringLiteral("list"), list);
    auto *priority = new QComboBox(this);
    priority->setObjectName(QStringLiteral("priorityCombo"));
    // Item data: the word core reads; no choice is made for the person.
    priority->addItem(tr("Choose a priority"), QString());
    for (Priority p : {Priority::High, Priority::Medium, Priority::Low})
        priority->addItem(Theme::prioritySymbol(p) + QLatin1Char(' ') + Theme::priorityWord(p), priorityName(p));
    m_fields.insert(QStringLiteral("priority"), priority);
    QLineEdit *reason = line(QStringLiteral("reason"), tr("Why the vehicle is of interest"));
    QLineEdit *action = line(QStringLiteral("action"), tr("What the operator or officer should do on a hit"));
    QLineEdit *category = line(QStringLiteral("category"), tr("e.g. Stolen vehicle, Wanted person"));
    QLineEdit *source = line(QStringLiteral("source"));
    source->setText(QStringLiteral("Local"));
    QLineEdit *make = line(QStringLiteral("make"));
    QLineEdit *model = line(QStringLiteral("model"));
    QLineEdit *colour = line(QStringLiteral("colour"));
    QLineEdit *markers = line(QStringLiteral("warning_markers"), tr("e.g. Firearms, Violent"));
    QLineEdit *expires = line(QStringLiteral("expires"), tr("YYYY-MM-DD; empty: no expiry"));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // Welsh labels are long
    form->addRow(tr("&VRM *:"), vrm);
    form->addRow(tr("&List *:"), list);
    form->addRow(tr("&Priority *:"), priority);
    form->addRow(tr("&Reason *:"), reason);
    form->addRow(tr("Prescribed &action *:"), action);
    form->addRow(tr("&Category *:"), category);
    form->addRow(tr("&Source *:"), source);
    auto *vehicle = new QHBoxLayout;
    vehicle->addWidget(make);
    vehicle->addWidget(model);
    vehicle->addWidget(colour);
    make->setPlaceholderText(tr("Make"));
    model->setPlaceholderText(tr("Model"));
    colour->setPlaceholderText(tr("Colour"));
    form->addRow(tr("Vehicle (make, model, colour):"), vehicle);
    form->addRow(tr("&Warning markers:"), markers);
    form->addRow(tr("&Expiry date:"), expires);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("entryFormMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #ff8a80; font-weight: bold;"));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add entry"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addEntryOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HotlistEntryForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HotlistEntryForm::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    vrm->setFocus();
    resize(640, 520);
}

QString HotlistEntryForm::value(const QString &name) const
{
    QWidget *w = m_fields.value(name);
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        return edit->text();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->isEditable() ? combo->currentText() : combo->currentData().toString();
    return {};
}

QString HotlistEntryForm::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void HotlistEntryForm::accept()
{
    QHash<QString, QString> fields;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        fields.insert(it.key(), value(it.key()));
    auto added = HotlistRegistry(m_store).addTyped(fields, m_user);
    if (!added) {
        const Error &e = added.error();
        const QString why = e.message == QLatin1String("required") ? tr("required") : e.message;
        m_message->setText(e.field.isEmpty() ? tr("Not added: %1").arg(why)
                                             : tr("Not added: %1: %2").arg(fieldLabel(e.field), why));
        m_message->show();
        if (QWidget *w = m_fields.value(e.field))
            w->setFocus();
        return;
    }
    m_created = added.value();
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------

bool HotlistManager::mayOpen(const User &user)
{
    return HotlistRegistry::mayAdd(user) || HotlistRegistry::mayValidate(user);
}

HotlistManager::HotlistManager(Store &store, const User &user, PluginLoader *plugins, Engine *engine, QWidget *parent)
    : QDialog(parent), m_store(store), m_user(user), m_plugins(plugins), m_engine(engine)
{
    setObjectName(QStringLiteral("hotlistManager"));
    setWindowTitle(tr("Hotlists"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("hotlistSearch"));
    m_search->setPlaceholderText(tr("VRM, part of one, or a pattern: AB1?C*"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Every status"), -1);
    for (HotlistStatus s : {HotlistStatus::Pending, HotlistStatus::Live, HotlistStatus::Expired, HotlistStatus::Withdrawn})
        m_status->addItem(Wording::hotlistStatus(s), int(s));
    connect(m_search, &QLineEdit::textChanged, this, &HotlistManager::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &HotlistManager::applyFilters);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Search:"), this));
    filters->addWidget(m_search, 2);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status, 1);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("hotlistTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("VRM"), tr("List"), tr("Priority"), tr("Status"), tr("Category"),
                                        tr("Reason"), tr("Source"), tr("Expires"), tr("Added by"), tr("Validated by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(34);
    m_table->setItemDelegateForColumn(VrmColumn, new PlateBadgeDelegate(m_table));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(IdColumn, 56);
    m_table->setColumnWidth(VrmColumn, 130);
    m_table->setColumnWidth(PriorityColumn, 110);
    m_table->setColumnWidth(StatusColumn, 140);
    m_table->setColumnWidth(ReasonColumn, 220);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HotlistManager::showDetail);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("hotlistCount"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("hotlistDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMinimumHeight(70);

    m_add = new QPushButton(tr("&Add entry…"), this);
    m_add->setObjectName(QStringLiteral("addEntryButton"));
    m_add->setToolTip(tr("Type one entry by hand; a second authorised person validates it."));
    connect(m_add, &QPushButton::clicked, this, [this] { addEntry(); });
    m_import = new QPushButton(tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_validate = new QPushButton(tr("&Validate"), this);
    m_validate->setObjectName(QStringLiteral("validateButton"));
    m_validate->setToolTip(tr("A second authorised person confirms a pending entry; it then goes live."));
    m_withdraw = new QPushButton(tr("&Withdraw…"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    m_weed = new QPushButton(tr("Weed &expired"), this);
    m_weed->setObjectName(QStringLiteral("weedButton"));
    connect(m_import, &QPushButton::clicked, this, &HotlistManager::chooseImportFile);
    connect(m_validate, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            validate(id);
    });
    connect(m_withdraw, &QPushButton::clicked, this, &HotlistManager::askWithdraw);
    connect(m_weed, &QPushButton::clicked, this, [this] { weedExpired(); });
    // Shown by role; the registry still decides each time.
    m_add->setVisible(HotlistRegistry::mayAdd(user));
    m_import->setVisible(HotlistRegistry::mayImport(user));
    m_validate->setVisible(HotlistRegistry::mayValidate(user));
    m_withdraw->setVisible(HotlistRegistry::mayValidate(user));
    m_weed->setVisible(HotlistRegistry::mayValidate(user));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_import);
    actions->addWidget(m_validate);
    actions->addWidget(m_withdraw);
    actions->addWidget(m_weed);
    actions->addStretch(1);
    actions->addWidget(m_count);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("hotlistMessage"));
    m_message->setWordWrap(true);
    m_reportSummary = new QLabel(this);
    m_reportSummary->setObjectName(QStringLiteral("importSummary"));
    m_reportSummary->setWordWrap(true);
    m_reportSummary->hide();
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setMaximumHeight(120);
    m_problems->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_reportSummary);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(1300, 720);
    reload();
}

void HotlistManager::reload()
{
    const qint64 selected = selectedId();
    // The registry decides what this user may see (covert entries) and audits the listing.
    auto listed = HotlistRegistry(m_store).list(m_user);
    if (listed)
        m_all = std::move(listed).value();
    else
        showMessage(tr("The hotlists could not be listed: %1").arg(listed.error().message), true);
    applyFilters();
    if (selected)
        selectEntry(selected);
}

void HotlistManager::setSearch(const QString &text)
{
    m_search->setText(text);
}

void HotlistManager::setStatusFilter(int status)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
}

void HotlistManager::applyFilters()
{
    const QRegularExpression rx = searchExpression(m_search->text());
    const int status = m_status->currentData().toInt();
    m_shown.clear();
    for (const HotlistEntry &e : m_all) {
        if (status >= 0 && int(e.status) != status)
            continue;
        if (!m_search->text().trimmed().isEmpty() && !rx.match(e.vrm).hasMatch())
            continue;
        m_shown.push_back(e);
    }
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_shown.size()));
    for (int i = 0; i < int(m_shown.size()); ++i) {
        const HotlistEntry &e = m_shown[size_t(i)];
        const auto text = [&](int column, const QString &value) {
            auto *item = new QTableWidgetItem(value);
            item->setToolTip(value);
            m_table->setItem(i, column, item);
            return item;
        };
        text(IdColumn, QString::number(e.id))->setData(Qt::UserRole, e.id);
        text(VrmColumn, e.vrm);
        text(ListColumn, e.covert ? tr("%1 (covert)").arg(e.list) : e.list);
        QTableWidgetItem *p = text(PriorityColumn, Theme::prioritySymbol(e.priority) + QLatin1Char(' ') +
                                                       Theme::priorityWord(e.priority));
        p->setBackground(Theme::priorityColour(e.priority));
        p->setForeground(Theme::priorityTextColour(e.priority));
        text(StatusColumn, Wording::hotlistStatus(e.status))->setForeground(statusColour(e.status));
        text(CategoryColumn, e.category);
        text(ReasonColumn, e.reason);
        text(SourceColumn, e.source);
        text(ExpiresColumn, e.expires.isValid() ? e.expires.toString(Qt::ISODate) : tr("No expiry"));
        text(AddedByColumn, e.addedBy);
        text(ValidatedByColumn, e.validatedBy);
    }
    m_count->setText(tr("%1 of %2 entries").arg(m_shown.size()).arg(m_all.size()));
    showDetail();
}

qint64 HotlistManager::selectedId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, IdColumn) || !m_table->item(row, IdColumn)->isSelected())
        return 0;
    return m_table->item(row, IdColumn)->data(Qt::UserRole).toLongLong();
}

bool HotlistManager::selectEntry(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, IdColumn)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, IdColumn);
            return true;
        }
    }
    return false;
}

void HotlistManager::showDetail()
{
    const qint64 id = selectedId();
    const auto it = std::find_if(m_shown.begin(), m_shown.end(), [id](const HotlistEntry &e) { return e.id == id; });
    const bool pending = it != m_shown.end() && it->status == HotlistStatus::Pending;
    m_validate->setEnabled(pending);
    m_withdraw->setEnabled(it != m_shown.end() && it->status != HotlistStatus::Withdrawn);
    if (it == m_shown.end()) {
        m_detail->setText(tr("Select an entry to see all of it."));
        return;
    }
    QStringList lines;
    lines << tr("Action: %1").arg(it->action.isEmpty() ? tr("none given") : it->action);
    if (!it->warningMarkers.isEmpty())
        lines << tr("⚠ Warning markers: %1").arg(it->warningMarkers);
    const QString vehicle = QStringList{it->colour, it->make, it->model}.join(QLatin1Char(' ')).trimmed();
    if (!vehicle.isEmpty())
        lines << tr("Vehicle: %1").arg(vehicle);
    if (!it->reference.isEmpty() || !it->grading.isEmpty())
        lines << tr("Reference: %1 · Grading: %2").arg(it->reference, it->grading);
    if (it->validFromMs)
        lines << tr("Live since %1").arg(Wording::localDateTime(it->validFromMs));
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

QString HotlistManager::message() const
{
    return m_message->text();
}

QStringList HotlistManager::importProblems() const
{
    QStringList out;
    for (int i = 0; i < m_problems->count(); ++i)
        out << m_problems->item(i)->text();
    return out;
}

QString HotlistManager::importSummary() const
{
    return m_reportSummary->text();
}

void HotlistManager::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #ff8a80; font-weight: bold;")
                                     : QStringLiteral("color: #7ee787;"));
}

PastSightingsDialog *HotlistManager::pastSightings() const
{
    return m_pastSightings;
}

int HotlistManager::wentLive(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return 0;
    std::vector<Hit> hits;
    if (m_engine) { // reloads the matcher and emits the hits to the hits panel
        hits = m_engine->entriesWentLive(ids);
    } else {
        auto raised = HotlistRegistry(m_store).raiseRetrospectiveHits(ids, QDateTime::currentMSecsSinceEpoch());
        if (!raised) {
            showMessage(tr("The past reads could not be checked: %1").arg(raised.error().toString()), true);
            return 0;
        }
        hits = std::move(raised).value();
    }
    // The one who put the entries live sees the past sightings as a list beside this window,
    // if their role looks at reads at all (an administrator sees no case data: the count only).
    if (!hits.empty() &&
        (Permissions::allows(m_user, Action::WatchLive) || Permissions::allows(m_user, Action::SearchHistory))) {
        m_pastSightings = new PastSightingsDialog(m_store, m_user, hits, this);
        m_pastSightings->show();
    }
    return int(hits.size());
}

void HotlistManager::chooseImportFile()
{
    QStringList patterns{QStringLiteral("*.csv")};
    if (m_plugins) {
        for (const QString &format : m_plugins->hotlistImporterFormats())
            if (HotlistImporter *importer = m_plugins->hotlistImporter(format))
                for (const QString &suffix : importer->fileSuffixes())
                    patterns << QStringLiteral("*.") + suffix;
    }
    patterns.removeDuplicates();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a hotlist"), QString(),
                                                      tr("Hotlists (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        importFile(path);
}

HotlistEntryForm *HotlistManager::addEntry()
{
    // The lists this user may see: a covert list's name is itself what the covert rule protects.
    QSet<QString> names;
    for (const HotlistSettings &s : m_store.hotlistSettings())
        if (!s.covert || HotlistRegistry::seesCovert(m_user))
            names.insert(s.name);
    for (const HotlistEntry &e : m_all)
        names.insert(e.list);
    QStringList lists(names.cbegin(), names.cend());
    lists.sort(Qt::CaseInsensitive);
    auto *form = new HotlistEntryForm(m_store, m_user, lists, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<HotlistManager> self(this);
    connect(form, &QDialog::accepted, this, [self, form] {
        if (!self)
            return;
        const qint64 id = form->createdId();
        self->setStatusFilter(-1);
        self->m_search->clear();
        self->reload();
        self->selectEntry(id);
        self->showMessage(tr("Entry %1 added: it is pending until another authorised person validates it.").arg(id),
                          false);
    });
    form->open();
    return form;
}

bool HotlistManager::importFile(const QString &path)
{
    m_problems->clear();
    m_problems->hide();
    m_reportSummary->hide();
    HotlistImporter *importer = m_plugins ? m_plugins->hotlistImporterFor(path) : nullptr;
    Result<HotlistParseReport> report = Error::badInput(tr("no importer reads files like this"), path);
    if (importer)
        report = importer->read(path, HotlistImportOptions{});
    else if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        report = parseHotlistCsv(path); // the CSV reader is in core: no plugin needed for the common case
    if (!report) {
        showMessage(tr("Nothing imported: %1").arg(report.error().toString()), true);
        return false;
    }
    const QList<Error> problems = report->problems;
    auto imported = HotlistRegistry(m_store).import(std::move(report->entries), m_user, path);
    if (!imported) {
        showMessage(tr("Nothing imported: %1").arg(imported.error().message), true);
        return false;
    }
    const int hits = wentLive(imported->liveIds);
    m_reportSummary->setText(tr("%1: %2 imported (%3 live, %4 waiting for validation), %5 line(s) rejected, "
                                "%6 retrospective hit(s).")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(imported->imported)
                                 .arg(imported->liveIds.size())
                                 .arg(imported->pendingIds.size())
                                 .arg(problems.size())
                                 .arg(hits));
    m_reportSummary->show();
    for (const Error &e : problems)
        m_problems->addItem(e.toString()); // "file:line: field 'x': problem", core's words
    m_problems->setVisible(!problems.isEmpty());
    showMessage(problems.isEmpty() ? tr("Import complete.") : tr("Import complete; the rejected lines are listed below."),
                !problems.isEmpty());
    reload();
    return true;
}

bool HotlistManager::validate(qint64 id)
{
    auto validated = HotlistRegistry(m_store).validate(id, m_user);
    if (!validated) {
        showMessage(tr("Not validated: %1").arg(validated.error().message), true);
        return false;
    }
    const int hits = wentLive({id});
    showMessage(tr("Entry %1 (%2) is live; %3 retrospective hit(s).").arg(id).arg(validated->vrm).arg(hits), false);
    reload();
    return true;
}

void HotlistManager::askWithdraw()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Withdraw entry %1").arg(id),
                                                 tr("Why is this entry withdrawn? (recorded in the audit trail)"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok)
        withdraw(id, reason);
}

bool HotlistManager::withdraw(qint64 id, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        showMessage(tr("Give a reason to withdraw an entry."), true);
        return false;
    }
    auto withdrawn = HotlistRegistry(m_store).withdraw(id, m_user, reason.trimmed());
    if (!withdrawn) {
        showMessage(tr("Not withdrawn: %1").arg(withdrawn.error().message), true);
        return false;
    }
    if (m_engine)
        m_engine->reloadHotlist();
    showMessage(tr("Entry %1 withdrawn: it no longer matches.").arg(id), false);
    reload();
    return true;
}

bool HotlistManager::weedExpired()
{
    auto weeded = HotlistRegistry(m_store).weed(QDate::currentDate(), m_user.name);
    if (!weeded) {
        showMessage(tr("Weeding failed: %1").arg(weeded.error().toString()), true);
        return false;
    }
    if (m_engine && !weeded->expired.isEmpty())
        m_engine->reloadHotlist();
    showMessage(tr("%1 expired entr(y/ies) stopped matching; %2 without hits deleted.")
                    .arg(weeded->expired.size())
                    .arg(weeded->deleted),
                false);
    reload();
    return true;
}

} // namespace Kestrel
