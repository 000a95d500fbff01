// Help → Recogniser errors: every hit acknowledged as a misread, with what was read, what the
// hotlist holds and the plate image, so the recogniser's mistakes can be reviewed and fed back.
#pragma once

#include "domain/hit.h"
#include "domain/user.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Kestrel {

class Store;

class RecogniserErrorsDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kDefaultLimit = 500;
    enum Column { TimeColumn, CameraColumn, ReadColumn, ListedColumn, MatchColumn, PatchColumn,
                  ConfidenceColumn, ByColumn, NoteColumn, ColumnCount };

    // store must outlive the dialog. Covert hits are left out for roles that may not see them.
    RecogniserErrorsDialog(Store &store, const User &user, QWidget *parent = nullptr);

    // Hits acknowledged as misread, most recently acknowledged first, with their reads (images
    // loaded) and hotlist entries.
    static QList<Hit> misreads(const Store &store, int limit = kDefaultLimit);

    QTableWidget *table() const { return m_table; }
    const QList<Hit> &hits() const { return m_hits; }
    void setCameraNames(const QHash<QString, QString> &names);

private:
    void showOverview(int row);

    Store &m_store;
    QList<Hit> m_hits;
    QTableWidget *m_table;
    QLabel *m_overview;
    QLabel *m_summary;
};

} // namespace Kestrel
