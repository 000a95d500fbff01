// Audit → Audit trail: the hash-chained log for auditors and administrators, filtered by user,
// action (in words), text and date, with the chain verified by core and a CSV export (itself
// audited). The selected entry's details are shown as labelled fields, times local and UTC.
#pragma once

#include "domain/auditevent.h"
#include "domain/user.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Kestrel {

class Store;

class AuditViewer : public QDialog
{
    Q_OBJECT
public:
    enum Column { IdColumn, TimeColumn, UserColumn, ActionColumn, DetailsColumn, ColumnCount };
    static constexpr int kMaxEntries = 100000; // newest first; older ones through the CLI export

    // store must outlive the viewer.
    AuditViewer(Store &store, const User &user, QWidget *parent = nullptr);


    void reload();         // reads the log again
    void applyFilters();   // shows the loaded entries that pass the filters
    void setFilters(const QString &user, const QString &action, const QString &text); // "" = any
    void setDateRange(const QDate &from, const QDate &to); // invalid = unbounded, local days

    bool verifyChain();    // shows intact or broken (core's message); true when intact
    QString verifyText() const;
    bool exportCsv(const QString &path); // the entries shown; appends an "export" audit event

    // Words for an action id ("access-approve" -> "Access approved"), translated; the id itself
    // for one without words yet.
    static QString actionText(const QString &action);
    // The entry's details as (label, value) pairs a person reads: translated labels, times local
    // and UTC, lists joined; never JSON.
    static QList<QPair<QString, QString>> readableDetails(const QJsonObject &details);

    const QList<AuditEvent> &shown() const { return m_shown; }
    QWidget *detailsPane() const { return m_detailsPane; } // the selected entry, field by field
    QTableWidget *table() const { return m_table; }
    QString message() const;

private:
    void chooseExportFile();
    void showSelected();

    Store &m_store;
    User m_user;
    bool m_allowed;
    QList<AuditEvent> m_all; // newest first
    QList<AuditEvent> m_shown;
    QComboBox *m_userFilter;
    QComboBox *m_actionFilter;
    QLineEdit *m_text;
    QCheckBox *m_fromSet;
    QDateEdit *m_from;
    QCheckBox *m_toSet;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QWidget *m_detailsPane;
    QFormLayout *m_detailsForm;
    QLabel *m_count;
    QPushButton *m_verify;
    QLabel *m_verifyResult;
    QPushButton *m_export;
    QLabel *m_message;
};

} // namespace Kestrel
