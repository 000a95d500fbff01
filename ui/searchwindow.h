// Investigate → Search: historic reads by plate pattern, time window and camera, for a stated
// purpose and case reference, and convoy analysis around a target VRM. Core (ReadSearch) decides
// what may be seen and audits every query; this window says what was withheld and how to ask.
#pragma once

#include "domain/accessrequest.h"
#include "domain/read.h"
#include "domain/user.h"
#include "store/readsearch.h"

#include <QHash>
#include <QPixmap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace Kestrel {

class AccessRequestForm;
class ReadDetailDialog;
class Store;

class SearchWindow : public QWidget
{
    Q_OBJECT
public:
    enum ReadColumn { PatchColumn, VrmColumn, CameraColumn, TimeColumn, ConfidenceColumn, ReadColumnCount };
    enum ConvoyColumn { ConvoyVrm, ConvoyCount, ConvoyFirst, ConvoyLast, ConvoyCamera, ConvoyColumnCount };
    static constexpr QSize kThumbSize{120, 34};

    // store must outlive the window.
    SearchWindow(Store &store, const User &user, QWidget *parent = nullptr);

    // The form, as a user fills it (tests and the demo drive it this way too).
    void setCriteria(const QString &plate, AccessPurpose purpose, const QString &caseReference);
    // Another window's "Search this VRM": the plate on the Reads tab, purpose and case left to
    // the user (the search still demands them).
    void setPlate(const QString &plate);
    void setTimeWindow(const QDateTime &from, const QDateTime &to); // invalid: unbounded
    void setConvoyCriteria(const QString &target, int windowSeconds, int minCount);

    bool runSearch(); // false when refused or invalid (the reason is shown)
    bool runConvoy();

    const QList<Read> &results() const { return m_results; }
    const SearchResult &lastResult() const { return m_last; }
    const QList<ConvoyVehicle> &convoyResults() const { return m_convoy; }
    QString errorText() const;
    bool reachNoteShown() const;
    QString reachNoteText() const;

    // Both open window-modal without blocking and delete themselves when closed.
    ReadDetailDialog *openRead(int row);
    AccessRequestForm *requestAccess(); // prefilled from the search
    // What a request for older reads would ask, from the search's case, purpose, plate and
    // window (also for requests started from the main window while this one is open).
    AccessRequest draftRequest() const;

    QTableWidget *resultsTable() const { return m_table; }
    QTableWidget *convoyTable() const { return m_convoyTable; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void showError(const QString &text);
    void clearError();
    // A result's plate image, decoded but not yet on screen (its showing is audited first).
    struct Thumbnail
    {
        QPixmap pixmap;
        QString problem; // why there is none, when the read has one
    };
    QList<Thumbnail> loadThumbnails() const;
    // Fills the table with m_results; `thumbnails` (one per result) are shown, `withheld` is
    // said in their place when there are none.
    void fillResults(const QList<Thumbnail> &thumbnails = {}, const QString &withheld = {});
    qint64 fromMs() const;
    qint64 toMs() const;
    QString cameraName(const QString &id) const;

    Store &m_store;
    User m_user;
    QHash<QString, QString> m_cameraNames;
    QList<Read> m_results;
    SearchResult m_last;
    QList<ConvoyVehicle> m_convoy;
    AccessPurpose m_searchPurpose = AccessPurpose::Routine; // of the results on screen
    QString m_searchReference;

    QComboBox *m_purpose;
    QLineEdit *m_reference;
    QCheckBox *m_fromSet;
    QDateTimeEdit *m_from;
    QCheckBox *m_toSet;
    QDateTimeEdit *m_to;
    QLabel *m_error;
    QTabWidget *m_tabs;
    QLineEdit *m_plate;
    QComboBox *m_camera;
    QPushButton *m_search;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_requestAccess;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLineEdit *m_target;
    QSpinBox *m_window;
    QSpinBox *m_minCount;
    QPushButton *m_analyse;
    QLabel *m_convoySummary;
    QTableWidget *m_convoyTable;
};

} // namespace Kestrel
