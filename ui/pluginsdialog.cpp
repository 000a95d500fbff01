#include "pluginsdialog.h"

#include "plugin/pluginloader.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kestrel {

PluginsDialog::PluginsDialog(const PluginLoader &plugins, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Plugins"));
    auto *layout = new QVBoxLayout(this);
    const QList<PluginRecord> &records = plugins.records();
    layout->addWidget(new QLabel(records.isEmpty() ? tr("No plugins were found.")
                                                   : tr("%1 plugin file(s) found.").arg(records.size()),
                                 this));
    auto *table = new QTableWidget(int(records.size()), 6, this);
    table->setHorizontalHeaderLabels({tr("Identifier"), tr("Name"), tr("Version"), tr("File"), tr("Loaded"),
                                      tr("Reason")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int i = 0; i < records.size(); ++i) {
        const PluginRecord &r = records.at(i);
        auto *file = new QTableWidgetItem(QFileInfo(r.file).fileName());
        file->setToolTip(r.file);
        auto *loaded = new QTableWidgetItem(r.loaded ? tr("\u2714 Yes") : tr("\u2716 No"));
        loaded->setForeground(r.loaded ? QColor(0x66, 0xd1, 0x7a) : QColor(0xff, 0x8a, 0x80));
        table->setItem(i, 0, new QTableWidgetItem(r.id));
        table->setItem(i, 1, new QTableWidgetItem(r.name));
        table->setItem(i, 2, new QTableWidgetItem(r.version));
        table->setItem(i, 3, file);
        table->setItem(i, 4, loaded);
        auto *reason = new QTableWidgetItem(r.reason);
        reason->setToolTip(r.reason);
        table->setItem(i, 5, reason);
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 320);
}

} // namespace Kestrel
