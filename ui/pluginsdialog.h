// Lists every plugin found, whether it loaded, and why not when it did not.
#pragma once

#include <QDialog>

namespace Kestrel {

class PluginLoader;

class PluginsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PluginsDialog(const PluginLoader &plugins, QWidget *parent = nullptr);
};

} // namespace Kestrel
