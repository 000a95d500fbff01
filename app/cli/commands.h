// kestrel-cli sub-commands. Each takes its own arguments and returns an exit code (cliargs.h).
#pragma once

#include <QStringList>

namespace Kestrel::Cli {

int initCommand(const QStringList &args);
int recogniseCommand(const QStringList &args);
int ingestCommand(const QStringList &args);
int evalCommand(const QStringList &args);
int benchCommand(const QStringList &args);
int usersCommand(const QStringList &args);
int readsCommand(const QStringList &args);
int accessCommand(const QStringList &args);
int searchCommand(const QStringList &args, bool convoy);
int auditCommand(const QStringList &args);
int retentionCommand(const QStringList &args);
int configCommand(const QStringList &args);
int holdCommand(const QStringList &args);
int storeBench(const QStringList &args);
int hotlistCommand(const QStringList &args);
int benchHotlistCommand(const QStringList &args); // hotlistbench.cpp, dispatched by benchCommand

} // namespace Kestrel::Cli
