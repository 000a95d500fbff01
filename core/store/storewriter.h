// Writes reads (images and rows) in batched transactions on a thread of its own.
#pragma once

#include "common/result.h"
#include "domain/hit.h"
#include "domain/read.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace Kestrel {

class StoreWriter
{
public:
    struct Options
    {
        // Reads per transaction at most. Live cameras fill a batch only by maxDelayMs; an import
        // or a backlog fills it, and larger transactions write each VRM-index page fewer times.
        int maxBatch = 20000;
        int maxDelayMs = 200;      // a read waits at most this long for its batch
    };
    // What became of one batch, told on the writer thread after it: how many reads are stored,
    // which were left out (duplicates, bad fields) and, when the batch failed as a whole (disk
    // full, I/O), the error and how many reads it held, none of which are stored.
    struct BatchReport
    {
        int committed = 0;
        QList<QUuid> duplicates;
        QList<QPair<QUuid, Error>> refused;
        QString error;
        QList<QUuid> failed; // the reads of a batch that failed as a whole
    };
    using CommitCallback = std::function<void(const BatchReport &report)>;

    StoreWriter(QString dbPath, Options options, CommitCallback onCommit = {});
    explicit StoreWriter(QString dbPath) : StoreWriter(std::move(dbPath), Options{}) {}
    ~StoreWriter(); // drains the queue, then stops

    // Opens the store on the writer thread; an error means nothing will be written.
    Result<void> start();
    void enqueue(Read read, std::vector<Hit> hits = {});
    void flush(); // blocks until everything enqueued so far is written or reported as not written
    void stop();
    qint64 committed() const; // reads stored

private:
    void run();

    QString m_dbPath;
    Options m_options;
    CommitCallback m_onCommit;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::vector<Read> m_reads;
    std::vector<Hit> m_hits;
    qint64 m_enqueued = 0;
    qint64 m_handled = 0;   // reads taken from the queue and written or reported
    qint64 m_committed = 0; // of those, stored
    bool m_stopping = false;
    bool m_started = false;
    QString m_startError;
};

} // namespace Kestrel
