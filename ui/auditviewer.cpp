#include "auditviewer.h"

#include "theme.h"
#include "wording.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "common/csvfield.h"
#include "common/outputfile.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kestrel {

namespace {

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QDateEdit *dateEdit(const QDate &value, QWidget *parent)
{
    auto *e = new QDateEdit(value, parent);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setCalendarPopup(true);
    e->setEnabled(false);
    return e;
}

} // namespace

AuditViewer::AuditViewer(Store &store, const User &user, QWidget *parent)
    : QDialog(parent), m_store(store), m_user(user), m_allowed(Permissions::allows(user, Action::ViewAudit))
{
    setObjectName(QStringLiteral("auditViewer"));
    setWindowTitle(tr("Audit trail"));

    m_userFilter = new QComboBox(this);
    m_userFilter->setObjectName(QStringLiteral("userFilter"));
    m_actionFilter = new QComboBox(this);
    m_actionFilter->setObjectName(QStringLiteral("actionFilter"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Text in the details, e.g. a VRM or case reference"));
    m_text->setClearButtonEnabled(true);
    m_fromSet = new QCheckBox(tr("From"), this);
    m_from = dateEdit(QDate::currentDate().addDays(-30), this);
    m_toSet = new QCheckBox(tr("To"), this);
    m_to = dateEdit(QDate::currentDate(), this);
    connect(m_fromSet, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toSet, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *c : {m_fromSet, m_toSet})
        connect(c, &QCheckBox::toggled, this, &AuditViewer::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditViewer::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditViewer::applyFilters);
    connect(m_userFilter, &QComboBox::currentIndexChanged, this, &AuditViewer::applyFilters);
    connect(m_actionFilter, &QComboBox::currentIndexChanged, this, &AuditViewer::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &AuditViewer::applyFilters);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_userFilter);
    filters->addWidget(new QLabel(tr("Action:"), this));
    filters->addWidget(m_actionFilter);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_fromSet);
    filters->addWidget(m_from);
    filters->addWidget(m_toSet);
    filters->addWidget(m_to);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Time (local)"), tr("User"), tr("Action"), tr("Details")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(IdColumn, 70);
    m_table->setColumnWidth(TimeColumn, 170);
    m_table->setColumnWidth(UserColumn, 120);
    m_table->setColumnWidth(ActionColumn, 150);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_verify = new QPushButton(tr("&Verify chain"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    connect(m_verify, &QPushButton::clicked, this, [this] { verifyChain(); });
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    connect(m_export, &QPushButton::clicked, this, &AuditViewer::chooseExportFile);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &AuditViewer::reload);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_verify);
    actions->addWidget(m_verifyResult, 1);
    actions->addWidget(m_count);
    actions->addWidget(refresh);
    actions->addWidget(m_export);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1200, 700);

    if (!m_allowed) {
        // The menu is hidden for other roles; this is the second line, as the CLI refuses too.
        if (auto noted = AuditLog(m_store).append(m_user.name, QStringLiteral("audit-list"),
                                                  {{QStringLiteral("refused"), QStringLiteral("role")}});
            !noted)
            qWarning("the refused audit listing by %s could not be audited: %s", qUtf8Printable(m_user.name),
                     qUtf8Printable(noted.error().toString()));
        m_message->setText(tr("The audit trail is for auditors and administrators."));
        for (QWidget *w : std::initializer_list<QWidget *>{m_verify, m_export, refresh, m_table, m_text, m_userFilter,
                                                           m_actionFilter})
            w->setEnabled(false);
        return;
    }
    reload();
}

QString AuditViewer::message() const
{
    return m_message->text();
}

QString AuditViewer::verifyText() const
{
    return m_verifyResult->text();
}

void AuditViewer::reload()
{
    if (!m_allowed)
        return;
    m_all = AuditLog(m_store).recent(kMaxEntries);
    QSet<QString> users, actionSet;
    for (const AuditEvent &e : std::as_const(m_all)) {
        users.insert(e.user);
        actionSet.insert(e.action);
    }
    const auto refill = [](QComboBox *combo, const QSet<QString> &values, const QString &any) {
        const QString current = combo->currentData().toString();
        QStringList sorted(values.cbegin(), values.cend());
        sorted.sort();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(any, QString());
        for (const QString &v : sorted)
            combo->addItem(v, v);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(m_userFilter, users, tr("Anyone"));
    refill(m_actionFilter, actionSet, tr("Any action"));
    applyFilters();
}

void AuditViewer::setFilters(const QString &user, const QString &action, const QString &text)
{
    {
        const QSignalBlocker a(m_userFilter), b(m_actionFilter), c(m_text);
        m_userFilter->setCurrentIndex(std::max(0, m_userFilter->findData(user)));
        m_actionFilter->setCurrentIndex(std::max(0, m_actionFilter->findData(action)));
        m_text->setText(text);
    }
    applyFilters();
}

void AuditViewer::setDateRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker a(m_fromSet), b(m_toSet), c(m_from), d(m_to);
        m_fromSet->setChecked(from.isValid());
        m_from->setEnabled(from.isValid());
        if (from.isValid())
            m_from->setDate(from);
        m_toSet->setChecked(to.isValid());
        m_to->setEnabled(to.isValid());
        if (to.isValid())
            m_to->setDate(to);
    }
    applyFilters();
}

void AuditViewer::applyFilters()
{
    const QString user = m_userFilter->currentData().toString();
    const QString action = m_actionFilter->currentData().toString();
    const QString text = m_text->text().trimmed();
    // Local calendar days, as the user picked them.
    const qint64 fromMs = m_fromSet->isChecked() ? m_from->date().startOfDay().toMSecsSinceEpoch() : 0;
    const qint64 toMs = m_toSet->isChecked() ? m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch() : 0;
    m_shown.clear();
    for (const AuditEvent &e : std::as_const(m_all)) {
        if (!user.isEmpty() && e.user != user)
            continue;
        if (!action.isEmpty() && e.action != action)
            continue;
        if ((fromMs && e.atMs < fromMs) || (toMs && e.atMs >= toMs))
            continue;
        if (!text.isEmpty() && !compactJson(e.details).contains(text, Qt::CaseInsensitive) &&
            !e.user.contains(text, Qt::CaseInsensitive) && !e.action.contains(text, Qt::CaseInsensitive))
            continue;
        m_shown.append(e);
    }
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_shown.size()));
    for (int i = 0; i < m_shown.size(); ++i) {
        const AuditEvent &e = m_shown.at(i);
        auto *id = new QTableWidgetItem(QString::number(e.id));
        id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, IdColumn, id);
        auto *time = new QTableWidgetItem(Wording::localDateTime(e.atMs));
        time->setToolTip(QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs));
        m_table->setItem(i, TimeColumn, time);
        m_table->setItem(i, UserColumn, new QTableWidgetItem(e.user));
        auto *act = new QTableWidgetItem(e.action);
        if (e.action.contains(QLatin1String("fail")) || e.details.contains(QLatin1String("refused")))
            act->setForeground(Theme::warning());
        m_table->setItem(i, ActionColumn, act);
        const QString details = compactJson(e.details);
        auto *d = new QTableWidgetItem(details);
        d->setToolTip(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Indented)));
        m_table->setItem(i, DetailsColumn, d);
    }
    m_count->setText(tr("%1 of %2 entries").arg(m_shown.size()).arg(m_all.size()));
}

bool AuditViewer::verifyChain()
{
    if (!Permissions::allows(m_user, Action::VerifyAudit))
        return false;
    auto checked = AuditLog(m_store).verify();
    if (checked) {
        m_verifyResult->setText(tr("✔ Chain intact: %1 entries checked.").arg(checked.value()));
        m_verifyResult->setStyleSheet(QStringLiteral("color: #7ee787; font-weight: bold;"));
        return true;
    }
    m_verifyResult->setText(tr("✖ Chain broken: %1").arg(checked.error().message));
    m_verifyResult->setStyleSheet(QStringLiteral("color: white; background: #b91c1c; font-weight: bold; padding: 2px 6px;"));
    return false;
}

void AuditViewer::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"),
                                                      QStringLiteral("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool AuditViewer::exportCsv(const QString &path)
{
    if (!m_allowed)
        return false;
    // The one rule for exports (common/outputfile.h): whole or not at all, and never over the
    // store's own files or images. The file dialog has already asked before replacing a file.
    OutputFileRules rules;
    rules.overwrite = true;
    rules.protectedFiles = m_store.ownFiles();
    rules.protectedDirs = {m_store.imagesDir()};
    // A target refused outright claims nothing, so it is checked before the trail is written.
    if (auto allowed = checkOutputFile(path, rules); !allowed) {
        m_message->setText(tr("Cannot write %1: %2").arg(path, allowed.error().message));
        return false;
    }
    // The export is in the trail before the file exists: no audit entry, no export.
    const QJsonObject details{{QStringLiteral("what"), QStringLiteral("audit")},
                              {QStringLiteral("file"), path},
                              {QStringLiteral("entries"), int(m_shown.size())},
                              {QStringLiteral("user_filter"), m_userFilter->currentData().toString()},
                              {QStringLiteral("action_filter"), m_actionFilter->currentData().toString()},
                              {QStringLiteral("text_filter"), m_text->text().trimmed()}};
    if (auto audited = AuditLog(m_store).append(m_user.name, QStringLiteral("export"), details); !audited) {
        m_message->setText(tr("Not exported: the audit trail could not be written (%1).").arg(audited.error().toString()));
        return false;
    }
    auto written = writeOutputFile(path, rules, [&](QIODevice &f) {
        // Same columns as `kestrel-cli audit export`, oldest first.
        if (!writeAll(f, "id,time,user,action,details,prev_hash,hash\n"))
            return false;
        for (auto it = m_shown.crbegin(); it != m_shown.crend(); ++it) {
            const QByteArray line = (QStringList{QString::number(it->id),
                                                 QDateTime::fromMSecsSinceEpoch(it->atMs, Qt::UTC).toString(Qt::ISODateWithMs),
                                                 csvField(it->user), csvField(it->action), csvField(compactJson(it->details)),
                                                 QString::fromLatin1(it->prevHash), QString::fromLatin1(it->hash)}
                                         .join(QLatin1Char(',')) + QLatin1Char('\n'))
                                        .toUtf8();
            if (!writeAll(f, line))
                return false;
        }
        return true;
    });
    if (!written) {
        // The trail already holds the export; it must also say that no file was written.
        if (auto noted = AuditLog(m_store).append(m_user.name, QStringLiteral("export-failed"),
                                                  {{QStringLiteral("file"), path},
                                                   {QStringLiteral("error"), written.error().message}});
            !noted)
            qWarning("the failed export to %s could not be audited: %s", qUtf8Printable(path),
                     qUtf8Printable(noted.error().toString()));
        m_message->setText(tr("Cannot write %1: %2").arg(path, written.error().message));
        return false;
    }
    m_message->setText(tr("Exported %1 entries to %2.").arg(m_shown.size()).arg(path));
    return true;
}

} // namespace Kestrel
