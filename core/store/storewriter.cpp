#include "store/storewriter.h"

#include "store/imagestore.h"
#include "store/store.h"

#include <chrono>

namespace Kestrel {

StoreWriter::StoreWriter(QString dbPath, Options options, CommitCallback onCommit)
    : m_dbPath(std::move(dbPath)), m_options(options), m_onCommit(std::move(onCommit))
{
}

StoreWriter::~StoreWriter()
{
    stop();
}

Result<void> StoreWriter::start()
{
    std::unique_lock lock(m_mutex);
    if (m_thread.joinable())
        return {};
    m_thread = std::thread([this] { run(); });
    m_done.wait(lock, [this] { return m_started || !m_startError.isEmpty(); });
    if (!m_startError.isEmpty()) {
        lock.unlock();
        m_thread.join();
        return Error::io(m_startError, m_dbPath);
    }
    return {};
}

void StoreWriter::enqueue(Read read, std::vector<Hit> hits)
{
    {
        std::lock_guard lock(m_mutex);
        m_reads.push_back(std::move(read));
        for (Hit &h : hits)
            m_hits.push_back(std::move(h));
        ++m_enqueued;
    }
    m_wake.notify_one();
}

void StoreWriter::flush()
{
    std::unique_lock lock(m_mutex);
    const qint64 target = m_enqueued;
    m_wake.notify_one();
    m_done.wait(lock, [&] { return m_committed >= target || !m_thread.joinable() || m_stopping; });
}

void StoreWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable())
            return;
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

qint64 StoreWriter::committed() const
{
    std::lock_guard lock(m_mutex);
    return m_committed;
}

void StoreWriter::run()
{
    // The connection belongs to this thread: QtSql connections must not cross threads.
    auto opened = Store::open(m_dbPath);
    {
        std::lock_guard lock(m_mutex);
        if (!opened)
            m_startError = opened.error().toString();
        else
            m_started = true;
    }
    m_done.notify_all();
    if (!opened)
        return;
    std::unique_ptr<Store> store = std::move(opened).value();
    const ImageStore images(store->dataDir());

    for (;;) {
        std::vector<Read> reads;
        std::vector<Hit> hits;
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_reads.empty(); });
            if (!m_stopping && int(m_reads.size()) < m_options.maxBatch) {
                // Gather a batch: one transaction for many reads is what makes ingest fast.
                m_wake.wait_for(lock, std::chrono::milliseconds(m_options.maxDelayMs), [this] {
                    return m_stopping || int(m_reads.size()) >= m_options.maxBatch;
                });
            }
            const size_t take = std::min(m_reads.size(), size_t(m_options.maxBatch));
            reads.assign(std::make_move_iterator(m_reads.begin()),
                         std::make_move_iterator(m_reads.begin() + take));
            m_reads.erase(m_reads.begin(), m_reads.begin() + take);
            // Hits go with the batch that holds their read.
            for (auto it = m_hits.begin(); it != m_hits.end();) {
                const bool mine = std::any_of(reads.begin(), reads.end(),
                                              [&](const Read &r) { return r.uid == it->read.uid; });
                if (mine) {
                    hits.push_back(std::move(*it));
                    it = m_hits.erase(it);
                } else {
                    ++it;
                }
            }
            stopping = m_stopping && m_reads.empty();
        }
        QString error;
        for (Read &r : reads) {
            // Images first: a row never points at a file that is not there.
            if (!r.platePatchJpeg.isEmpty()) {
                auto ref = images.write(r.platePatchJpeg, r.capturedAtMs, r.uid, QStringLiteral("patch"));
                if (ref)
                    r.platePatch = ref.value();
                else
                    error = ref.error().toString();
            }
            if (!r.overviewJpeg.isEmpty()) {
                auto ref = images.write(r.overviewJpeg, r.capturedAtMs, r.uid, QStringLiteral("overview"));
                if (ref)
                    r.overview = ref.value();
                else
                    error = ref.error().toString();
            }
            r.platePatchJpeg.clear();
            r.overviewJpeg.clear();
        }
        if (!reads.empty()) {
            auto stored = store->insertReads(reads, hits);
            if (!stored)
                error = stored.error().toString();
        }
        // Tell the owner first: when flush() returns, the owner's own counts must be complete.
        if (m_onCommit && (!reads.empty() || !error.isEmpty()))
            m_onCommit(int(reads.size()), error);
        {
            std::lock_guard lock(m_mutex);
            m_committed += qint64(reads.size()); // counted even on failure so flush() returns
        }
        m_done.notify_all();
        if (stopping)
            return;
    }
}

} // namespace Kestrel
