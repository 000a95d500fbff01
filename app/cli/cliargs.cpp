#include "cliargs.h"

#include <cstdio>

namespace Kestrel::Cli {

bool Args::parse(const QStringList &words, const QSet<QString> &flags, const QSet<QString> &valued)
{
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w.startsWith(QLatin1String("--")) && w.size() > 2) {
            QString name = w.mid(2);
            QString inlineValue;
            const int eq = name.indexOf(QLatin1Char('='));
            if (eq > 0) {
                inlineValue = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (flags.contains(name)) {
                m_flags.insert(name);
            } else if (valued.contains(name)) {
                if (eq > 0) {
                    m_values.insert(name, inlineValue);
                } else if (i + 1 < words.size()) {
                    m_values.insert(name, words.at(++i));
                } else {
                    m_error = QStringLiteral("option --%1 needs a value").arg(name);
                    return false;
                }
            } else {
                m_error = QStringLiteral("unknown option --%1").arg(name);
                return false;
            }
        } else {
            m_positional << w;
        }
    }
    return true;
}

void out(const QString &line)
{
    const QByteArray b = line.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString &line)
{
    const QByteArray b = line.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

} // namespace Kestrel::Cli
