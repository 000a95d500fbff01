// Who is running a kestrel-cli command against which store: global --db/--user and the password.
#pragma once

#include "common/result.h"
#include "domain/user.h"
#include "store/store.h"

#include <QString>

#include <functional>
#include <memory>

namespace Kestrel::Cli {

// Set by main() from the options that come before the command word.
struct GlobalOptions
{
    QString db;
    QString user;
};
GlobalOptions &globalOptions();

struct Session
{
    std::unique_ptr<Store> store;
    User user;
};

// The password comes from $KESTREL_PASSWORD or, on a terminal, a prompt without echo.
QString readPassword(const QString &prompt);
// Only the prompt (empty when stdin is not a terminal): for a password that is not the caller's.
QString promptPassword(const QString &prompt);

// Opens the store and logs --user in through UserDirectory::logIn (which audits it). The
// error's kind maps to the exit code (exitCodeFor).
Result<Session> openSession(const QString &dbPath);
// An existing Kestrel database only: a missing path, a folder, an empty or foreign file is
// refused untouched (exit 2) with a pointer to init, the only command that makes a store.
// readOnly: opened without writing anything (audit verify, on an examiner's copy too).
Result<std::unique_ptr<Store>> openStore(const QString &dbPath, bool readOnly = false);
int exitCodeFor(const Error &error);
// Every file the CLI writes goes through here (common/outputfile.h): a temporary file beside
// `path`, renamed over it only when every write and the close succeeded; an existing file only
// with `force`; never the store's database, its -wal/-shm/-journal or anything under its images,
// even with `force`. `store` may be null when no store is open. Errors name the field.
Result<void> writeOutputFile(const QString &path, const QString &field, bool force, const Store *store,
                             const std::function<bool(QIODevice &)> &write);
// The same rule's check alone, for a command that refuses a target before it does anything else.
Result<void> checkOutputTarget(const QString &path, const QString &field, bool force, const Store *store);
QString isoTime(qint64 ms);
// Reads --from and --to (when given) into *fromMs / *toMs with the strict parser
// (common/isotime.h): before 2000 or more than a day ahead is refused. Prints the bad field
// ("field 'from': ...") and returns false.
class Args;
bool parseTimeWindow(const Args &args, qint64 *fromMs, qint64 *toMs);

} // namespace Kestrel::Cli
