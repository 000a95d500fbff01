// Who is running a kestrel-cli command against which store: global --db/--user and the password.
#pragma once

#include "common/result.h"
#include "domain/user.h"
#include "store/store.h"

#include <QString>

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
enum class IfMissing { Refuse, Create };
// IfMissing::Refuse: a mistyped path is an error, not a new empty database that seems to say
// "nothing here" (only the first users add and ingest create one).
Result<std::unique_ptr<Store>> openStore(const QString &dbPath, IfMissing ifMissing = IfMissing::Refuse);
int exitCodeFor(const Error &error);
QString isoTime(qint64 ms);
// Parses an ISO 8601 date or date-time (UTC unless an offset is given); *ok false when bad.
qint64 parseIsoTime(const QString &text, bool *ok);
// Reads --from and --to (when given) into *fromMs / *toMs; prints the bad field and returns false.
class Args;
bool parseTimeWindow(const Args &args, qint64 *fromMs, qint64 *toMs);

} // namespace Kestrel::Cli
