#include "store/storewriter.h"

#include "store/imagestore.h"
#include "store/store.h"

#include <chrono>
#include <optional>
#include <string_view>
#include <tuple>

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
    m_done.wait(lock, [&] { return m_handled >= target || !m_thread.joinable() || m_stopping; });
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
        BatchReport report;
        std::vector<Read> writable;
        writable.reserve(reads.size());
        for (Read &r : reads) {
            // Images first: a row never points at a file that is not there. A read whose image
            // cannot be written is reported, not stored without its evidence.
            std::optional<Error> imageError;
            for (auto [jpeg, ref, kind] : {std::tuple{&r.platePatchJpeg, &r.platePatch, "patch"},
                                           std::tuple{&r.overviewJpeg, &r.overview, "overview"}}) {
                if (jpeg->isEmpty() || imageError)
                    continue;
                auto written = images.write(*jpeg, r.capturedAtMs, r.uid, QLatin1String(kind));
                if (written)
                    *ref = written.value();
                else
                    imageError = written.error().withField(QLatin1String(std::string_view(kind) == "patch" ? "plate_image" : "overview_image"));
            }
            r.platePatchJpeg.clear();
            r.overviewJpeg.clear();
            if (imageError)
                report.refused.append({r.uid, *imageError});
            else
                writable.push_back(std::move(r));
        }
        if (!writable.empty()) {
            auto stored = store->insertReads(writable, hits);
            if (stored) {
                report.committed = stored->inserted;
                report.duplicates = stored->duplicates;
                report.refused += stored->refused;
            } else {
                report.error = stored.error().toString();
                for (const Read &r : writable)
                    report.failed.append(r.uid);
            }
        }
        // Tell the owner first: when flush() returns, the owner's own counts must be complete.
        if (m_onCommit && !reads.empty())
            m_onCommit(report);
        {
            std::lock_guard lock(m_mutex);
            m_handled += qint64(reads.size());
            m_committed += report.committed;
        }
        m_done.notify_all();
        if (stopping)
            return;
    }
}

} // namespace Kestrel
