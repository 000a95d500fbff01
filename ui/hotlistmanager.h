// Hotlists → Manage: every entry with its status, searched and filtered; import through the
// importer plugins with a line-by-line report; validate (a second person), withdraw and weed.
// HotlistRegistry makes every decision; entries that go live are handed to the Engine so the
// matcher reloads and retrospective hits reach the hits panel.
#pragma once

#include "domain/hotlistentry.h"
#include "domain/user.h"
#include "hotlist/hotlistfields.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Kestrel {

class Engine;
class PastSightingsDialog;
class PluginLoader;
class Store;

// "Add entry…": one hotlist entry typed by hand. Core checks every field with the importers'
// rules (HotlistRegistry::addTyped) and keeps the entry pending until a second person validates
// it; a refusal keeps the form open, names the field and puts the cursor in it.
class HotlistEntryForm : public QDialog
{
    Q_OBJECT
public:
    // store must outlive the form; lists are offered in the list box (any name may be typed).
    HotlistEntryForm(Store &store, const User &user, const QStringList &lists, QWidget *parent = nullptr);

    qint64 createdId() const { return m_created; } // 0 until core accepted the entry
    QString message() const;
    QWidget *field(const QString &name) const { return m_fields.value(name); } // by core's field name

    void accept() override;

private:
    QString value(const QString &name) const;

    Store &m_store;
    User m_user;
    qint64 m_created = 0;
    QHash<QString, QWidget *> m_fields;
    QLabel *m_message;
};

class HotlistManager : public QDialog
{
    Q_OBJECT
public:
    enum Column { IdColumn, VrmColumn, ListColumn, PriorityColumn, StatusColumn, CategoryColumn, ReasonColumn,
                  SourceColumn, ExpiresColumn, AddedByColumn, ValidatedByColumn, ColumnCount };

    // store (the engine's store when there is an engine), plugins and engine must outlive the
    // window; plugins and engine may be null (CSV only; retrospective hits stored, not shown live).
    HotlistManager(Store &store, const User &user, PluginLoader *plugins, Engine *engine, QWidget *parent = nullptr);

    static bool mayOpen(const User &user); // anyone who works with hotlists

    void reload();
    void applyFilters();
    void setSearch(const QString &text);           // VRM substring, or a pattern with ? and *
    void setStatusFilter(int status);              // -1 = all, else HotlistStatus

    // Opens the form (window-modal, not blocking); the table reloads with the new entry selected
    // when core accepts it.
    HotlistEntryForm *addEntry();
    // What the buttons do, without their dialogs.
    bool importFile(const QString &path);
    bool validate(qint64 id);
    bool withdraw(qint64 id, const QString &reason);
    bool weedExpired();

    qint64 selectedId() const;
    bool selectEntry(qint64 id);
    const std::vector<HotlistEntry> &shown() const { return m_shown; }
    QString message() const;
    QStringList importProblems() const;
    QString importSummary() const;
    // The list of past sightings opened by the last validation or import, while it is open.
    PastSightingsDialog *pastSightings() const;
    QTableWidget *table() const { return m_table; }

private:
    int wentLive(const QList<qint64> &ids); // returns the retrospective hits raised
    void showMessage(const QString &text, bool problem);
    void showDetail();
    void chooseImportFile();
    void askWithdraw();

    Store &m_store;
    User m_user;
    PluginLoader *m_plugins;
    Engine *m_engine;
    std::vector<HotlistEntry> m_all;
    std::vector<HotlistEntry> m_shown;
    QLineEdit *m_search;
    QComboBox *m_status;
    QTableWidget *m_table;
    QLabel *m_count;
    QLabel *m_detail;
    QPushButton *m_add;
    QPushButton *m_import;
    QPushButton *m_validate;
    QPushButton *m_withdraw;
    QPushButton *m_weed;
    QLabel *m_message;
    QPointer<PastSightingsDialog> m_pastSightings;
    QLabel *m_reportSummary;
    QListWidget *m_problems;
};

} // namespace Kestrel
