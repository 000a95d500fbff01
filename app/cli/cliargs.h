// Minimal argument parsing for kestrel-cli sub-commands: --name value, --flag, positionals.
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Kestrel::Cli {

enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitBadInput = 2, ExitRefused = 3, ExitIntegrity = 4 };

class Args
{
public:
    // flags: options that take no value. Anything else starting with "--" takes the next word.
    bool parse(const QStringList &words, const QSet<QString> &flags, const QSet<QString> &valued);
    QString error() const { return m_error; }
    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return m_values.value(name, fallback); }
    const QStringList &positional() const { return m_positional; }

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
    QString m_error;
};

// Writes one line to stdout / stderr, flushed (JSON-lines consumers read as we go).
void out(const QString &line);
void err(const QString &line);

} // namespace Kestrel::Cli
