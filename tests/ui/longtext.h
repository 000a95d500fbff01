// Shared by the GUI tests: Welsh-length text without the Welsh catalogue. Installed, it makes
// every plain string of the named classes half as long again (strings with arguments or markup
// are left alone), so a layout that clips or squashes long text fails here first.
#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QTranslator>

namespace Kestrel::TestFixture {

class LongText : public QTranslator
{
public:
    explicit LongText(QSet<QByteArray> contexts) : m_contexts(std::move(contexts))
    {
        QCoreApplication::installTranslator(this);
    }
    ~LongText() override { QCoreApplication::removeTranslator(this); }

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QString text = QString::fromUtf8(source);
        if (!m_contexts.contains(QByteArray(context)) || text.contains(QLatin1Char('%')) ||
            text.contains(QLatin1Char('<')) || text.contains(QLatin1Char('&')))
            return {};
        return text + QLatin1Char(' ') + text.left(text.size() / 2).trimmed();
    }

private:
    QSet<QByteArray> m_contexts;
};

} // namespace Kestrel::TestFixture
