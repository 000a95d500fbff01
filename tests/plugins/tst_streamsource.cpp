#include "streamsource.h"

#include "pipeline/cameraworker.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

#include <mutex>

using namespace Kestrel;

namespace {
Camera cameraFor(const QString &url)
{
    Camera c;
    c.id = QStringLiteral("IP-1");
    c.sourceKind = QStringLiteral("stream");
    c.sourceUrl = url;
    c.options.insert(QStringLiteral("openTimeoutMs"), 2000);
    c.options.insert(QStringLiteral("readTimeoutMs"), 2000);
    return c;
}

// A loopback port with nothing listening: connections are refused at once.
quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}
} // namespace

class TestStreamSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rejectsUnknownSchemes()
    {
        StreamSourceFactory factory;
        auto created = factory.create(cameraFor(QStringLiteral("ftp://camera/stream")));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().field, QStringLiteral("source"));
    }

    void unreachableRtspFailsCleanlyAndQuickly()
    {
        const QString url = QStringLiteral("rtsp://127.0.0.1:%1/live").arg(closedPort());
        StreamSourceFactory factory;
        auto source = std::move(factory.create(cameraFor(url))).value();
        QElapsedTimer timer;
        timer.start();
        auto opened = source->open();
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(url));
        QVERIFY(timer.elapsed() < 8000);
    }

    void silentServerTimesOut()
    {
        // Accepts the connection, never answers: the open timeout must fire, not hang for ever.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("rtsp://127.0.0.1:%1/live").arg(server.serverPort());
        StreamSourceFactory factory;
        auto source = std::move(factory.create(cameraFor(url))).value();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!source->open().ok());
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    }

    void workerShowsOfflineAndRetriesWithBackoff()
    {
        StreamSourceFactory factory;
        std::mutex m;
        QList<CameraState> states;
        QStringList messages;
        CameraWorker::Callbacks cb;
        cb.state = [&](CameraState s, const QString &msg) {
            std::lock_guard lock(m);
            states << s;
            messages << msg;
        };
        CameraWorker::Options options;
        CameraWorker worker(cameraFor(QStringLiteral("rtsp://127.0.0.1:%1/x").arg(closedPort())), &factory, options, cb);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(worker.stats().reconnects >= 2, 20000);
        worker.stop();
        std::lock_guard lock(m);
        QVERIFY(states.contains(CameraState::Offline));
        QVERIFY(!states.contains(CameraState::Online));
        const QString offline = messages.at(states.indexOf(CameraState::Offline));
        QVERIFY2(offline.contains(QStringLiteral("retrying")), qPrintable(offline));
        QCOMPARE(states.last(), CameraState::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestStreamSource)
#include "tst_streamsource.moc"
