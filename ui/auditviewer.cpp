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
#include <QFormLayout>
#include <QHash>
#include <QJsonArray>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace Kestrel {

namespace {

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Epoch milliseconds from 2000 to 2100 under a key that names a time: shown as a time.
constexpr qint64 kEarliestTimeMs = 946684800000LL;
constexpr qint64 kLatestTimeMs = 4102444800000LL;

bool isTimeKey(const QString &key)
{
    static const QSet<QString> keys{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("expires"),
                                    QStringLiteral("at"), QStringLiteral("time"), QStringLiteral("until"),
                                    QStringLiteral("cutoff"), QStringLiteral("captured"), QStringLiteral("raised")};
    return keys.contains(key) || key.endsWith(QLatin1String("_at")) || key.endsWith(QLatin1String("_ms")) ||
           key.endsWith(QLatin1String("_until")) || key.endsWith(QLatin1String("_from")) ||
           key.endsWith(QLatin1String("_to"));
}

QString bothTimes(qint64 ms)
{
    return AuditViewer::tr("%1 local (%2 UTC)")
        .arg(Wording::localDateTime(ms), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Case reference")},
        {QStringLiteral("request"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Request no.")},
        {QStringLiteral("requester"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Requested by")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Reason")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Refused because")},
        {QStringLiteral("expires"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Expires")},
        {QStringLiteral("purpose"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Purpose")},
        {QStringLiteral("tier"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Tier")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "From")},
        {QStringLiteral("to"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "To")},
        {QStringLiteral("vrm"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "VRM")},
        {QStringLiteral("vrms"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "VRMs")},
        {QStringLiteral("plate"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Plate searched")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Account")},
        {QStringLiteral("names"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Accounts")},
        {QStringLiteral("roles"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Roles")},
        {QStringLiteral("client"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Program")},
        {QStringLiteral("camera"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Camera")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "File")},
        {QStringLiteral("entries"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Entries")},
        {QStringLiteral("entry"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Hotlist entry")},
        {QStringLiteral("list"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "List")},
        {QStringLiteral("count"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Count")},
        {QStringLiteral("shown"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Shown")},
        {QStringLiteral("read"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Read")},
        {QStringLiteral("hit"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Hit")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Outcome")},
        {QStringLiteral("error"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Error")},
        {QStringLiteral("results"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Results")},
        {QStringLiteral("added_by"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Added by")},
        {QStringLiteral("disabled"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Disabled")},
        {QStringLiteral("password"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Password")},
        {QStringLiteral("rows"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Records vouched for")},
        {QStringLiteral("batches"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Read batches vouched for")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Setting")},
        {QStringLiteral("old"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Old value")},
        {QStringLiteral("new"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "New value")},
        {QStringLiteral("what"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "What")},
        {QStringLiteral("via"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Via")},
    };
    if (const char *label = labels.value(key))
        return AuditViewer::tr(label);
    // A key without words yet: readable all the same ("failed_logins_cleared" -> "Failed logins cleared").
    QString words = key;
    words.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString readableValue(const QString &key, const QJsonValue &v);

// What a table holds, for the rows an entry vouches for.
QString tableWord(const QString &table)
{
    if (table == QLatin1String("users"))
        return AuditViewer::tr("Account");
    if (table == QLatin1String("access_requests"))
        return AuditViewer::tr("Access request");
    if (table == QLatin1String("holds"))
        return AuditViewer::tr("Preservation hold");
    if (table == QLatin1String("hotlist_entries"))
        return AuditViewer::tr("Hotlist entry");
    if (table == QLatin1String("settings"))
        return AuditViewer::tr("Setting");
    if (table == QLatin1String("hits"))
        return AuditViewer::tr("Hit");
    return table;
}

// An object inside the details (a row the entry vouches for, a range) on one line, no braces.
QString readableObject(const QJsonObject &o)
{
    // {t: table, k: key, d: digest}: the row an entry vouches for.
    if (o.contains(QStringLiteral("t")) && o.contains(QStringLiteral("k")))
        return AuditViewer::tr("%1 no. %2").arg(tableWord(o.value(QStringLiteral("t")).toString()),
                                                readableValue(QString(), o.value(QStringLiteral("k"))));
    QStringList parts;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        parts << fieldLabel(it.key()) + QStringLiteral(": ") + readableValue(it.key(), it.value());
    return parts.join(QStringLiteral("; "));
}

QString readableValue(const QString &key, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? AuditViewer::tr("yes") : AuditViewer::tr("no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 n = qint64(d);
        if (double(n) == d) {
            if (isTimeKey(key) && n >= kEarliestTimeMs && n < kLatestTimeMs)
                return bothTimes(n);
            if (isTimeKey(key) && n == 0)
                return AuditViewer::tr("not set");
            return QString::number(n);
        }
        return QString::number(d);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts << readableValue(key, item);
        return parts.isEmpty() ? AuditViewer::tr("none") : parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return readableObject(v.toObject());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
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

QString AuditViewer::actionText(const QString &action)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Log-in")},
        {QStringLiteral("login-failed"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Log-in refused")},
        {QStringLiteral("logout"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Log-out")},
        {QStringLiteral("session-locked"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Screen locked")},
        {QStringLiteral("session-unlocked"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Screen unlocked")},
        {QStringLiteral("unlock-failed"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Screen unlock refused")},
        {QStringLiteral("search"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Search of reads")},
        {QStringLiteral("convoy"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Convoy analysis")},
        {QStringLiteral("view-images"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Images viewed")},
        {QStringLiteral("plate-thumbnails"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Plate thumbnails viewed")},
        {QStringLiteral("view-recogniser-errors"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Recogniser errors viewed")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Export")},
        {QStringLiteral("export-failed"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Export failed")},
        {QStringLiteral("access-request"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Access requested")},
        {QStringLiteral("access-approve"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Access approved")},
        {QStringLiteral("access-decline"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Access declined")},
        {QStringLiteral("access-list"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Access requests listed")},
        {QStringLiteral("hold-placed"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Preservation hold placed")},
        {QStringLiteral("hold-released"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Preservation hold released")},
        {QStringLiteral("hold-list"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Preservation holds listed")},
        {QStringLiteral("hit-acknowledge"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Hit acknowledged")},
        {QStringLiteral("hit-acknowledge-failed"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Hit acknowledgement failed")},
        {QStringLiteral("hit-escalated"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Hit escalated")},
        {QStringLiteral("hotlist-add"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Hotlist entry added")},
        {QStringLiteral("hotlist-import"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Hotlist imported")},
        {QStringLiteral("hotlist-import-national"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "National hotlist imported")},
        {QStringLiteral("hotlist-validate"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Hotlist entry validated")},
        {QStringLiteral("hotlist-withdraw"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Hotlist entry withdrawn")},
        {QStringLiteral("hotlist-weed"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Expired hotlist entries weeded")},
        {QStringLiteral("hotlist-list"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Hotlists listed")},
        {QStringLiteral("hotlist-settings"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Hotlist settings changed")},
        {QStringLiteral("hotlist-retrospective-hits"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Retrospective hits raised")},
        {QStringLiteral("hotlist-trust-key-add"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "National feed key added")},
        {QStringLiteral("hotlist-trust-key-remove"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "National feed key removed")},
        {QStringLiteral("hotlist-trust-key-list"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "National feed keys listed")},
        {QStringLiteral("user-add"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "User added")},
        {QStringLiteral("user-disable"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "User disabled")},
        {QStringLiteral("user-enable"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "User enabled")},
        {QStringLiteral("user-unlock"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "User unlocked")},
        {QStringLiteral("user-password-reset"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Password reset")},
        {QStringLiteral("user-roles"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Roles changed")},
        {QStringLiteral("user-list"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Users listed")},
        {QStringLiteral("config-change"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Force setting changed")},
        {QStringLiteral("config-list"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Force settings listed")},
        {QStringLiteral("retention-run"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Retention run")},
        {QStringLiteral("retention-holds-deleted"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Released holds deleted")},
        {QStringLiteral("reads-import"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Reads imported")},
        {QStringLiteral("reads-stored"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Reads stored")},
        {QStringLiteral("ingest"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Camera ingest")},
        {QStringLiteral("camera-add"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Camera added")},
        {QStringLiteral("camera-remove"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Camera removed")},
        {QStringLiteral("camera-start"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Camera started")},
        {QStringLiteral("camera-stop"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Camera stopped")},
        {QStringLiteral("audit-list"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Audit trail read")},
        {QStringLiteral("audit-keyed"), QT_TRANSLATE_NOOP("Kestrel::AuditViewer", "Audit trail keyed")},
    };
    if (const char *text = words.value(action))
        return tr(text);
    return action;
}

QList<QPair<QString, QString>> AuditViewer::readableDetails(const QJsonObject &details)
{
    QList<QPair<QString, QString>> out;
    // The case first: it is what an auditor looks for.
    if (details.contains(QStringLiteral("reference")))
        out.append({fieldLabel(QStringLiteral("reference")), readableValue(QStringLiteral("reference"),
                                                                           details.value(QStringLiteral("reference")))});
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        if (it.key() != QLatin1String("reference"))
            out.append({fieldLabel(it.key()), readableValue(it.key(), it.value())});
    return out;
}

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
    // The dates on a line of their own: with long (Welsh) words one line clipped them.
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromSet);
    dates->addWidget(m_from);
    dates->addWidget(m_toSet);
    dates->addWidget(m_to);
    dates->addStretch(1);

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
    m_table->setColumnWidth(ActionColumn, 220);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AuditViewer::showSelected);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("auditDetailsScroll"));
    scroll->setWidgetResizable(true);
    m_detailsPane = new QWidget(scroll);
    m_detailsPane->setObjectName(QStringLiteral("auditDetails"));
    m_detailsForm = new QFormLayout(m_detailsPane);
    m_detailsForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // long Welsh labels
    m_detailsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(m_detailsPane);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    scroll->setMinimumHeight(160);
    split->setSizes({400, 260});

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
    layout->addLayout(dates);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1200, 760);

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
    // Shown as words (actions in the reader's language, sorted as read); the ids stay the data.
    const auto refill = [](QComboBox *combo, const QSet<QString> &values, const QString &any,
                           const std::function<QString(const QString &)> &words) {
        const QString current = combo->currentData().toString();
        QList<QPair<QString, QString>> sorted;
        for (const QString &v : values)
            sorted.append({words(v), v});
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.first, b.first) < 0;
        });
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(any, QString());
        for (const auto &[text, value] : std::as_const(sorted))
            combo->addItem(text, value);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(m_userFilter, users, tr("Anyone"), [](const QString &v) { return v; });
    refill(m_actionFilter, actionSet, tr("Any action"), &AuditViewer::actionText);
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
            !e.user.contains(text, Qt::CaseInsensitive) && !e.action.contains(text, Qt::CaseInsensitive) &&
            !actionText(e.action).contains(text, Qt::CaseInsensitive))
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
        auto *act = new QTableWidgetItem(actionText(e.action));
        act->setToolTip(e.action); // the id `kestrel-cli audit list --action` takes
        if (e.action.contains(QLatin1String("fail")) || e.details.contains(QLatin1String("refused")))
            act->setForeground(Theme::warning());
        m_table->setItem(i, ActionColumn, act);
        QStringList parts;
        for (const auto &[label, value] : readableDetails(e.details))
            parts << label + QStringLiteral(": ") + value;
        auto *d = new QTableWidgetItem(parts.join(QStringLiteral(" · ")));
        d->setToolTip(parts.join(QLatin1Char('\n')));
        m_table->setItem(i, DetailsColumn, d);
    }
    m_count->setText(tr("%1 of %2 entries").arg(m_shown.size()).arg(m_all.size()));
    showSelected();
}

void AuditViewer::showSelected()
{
    while (m_detailsForm->rowCount() > 0)
        m_detailsForm->removeRow(0);
    const int row = m_table->currentRow();
    const bool chosen = row >= 0 && row < m_shown.size() && m_table->item(row, IdColumn) &&
                        m_table->item(row, IdColumn)->isSelected();
    if (!chosen) {
        auto *hint = new QLabel(tr("Select an entry to read its details."), m_detailsPane);
        hint->setWordWrap(true);
        m_detailsForm->addRow(hint);
        return;
    }
    const AuditEvent &e = m_shown.at(row);
    const auto add = [this](const QString &label, const QString &value) {
        auto *v = new QLabel(value, m_detailsPane);
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setTextFormat(Qt::PlainText);
        m_detailsForm->addRow(label + QLatin1Char(':'), v);
    };
    add(tr("Entry no."), QString::number(e.id));
    add(tr("Time (local)"), Wording::localDateTime(e.atMs));
    add(tr("Time (UTC)"), QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    add(tr("User"), e.user);
    add(tr("Action"), actionText(e.action));
    for (const auto &[label, value] : readableDetails(e.details))
        add(label, value);
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
