#include "recognition/platetracker.h"

#include "plates/plateformats.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Kestrel {

namespace {

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1,
                               prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace

bool PlateTracker::allSettled() const
{
    return std::all_of(m_tracks.begin(), m_tracks.end(), [](const Track &t) { return t.emitted; });
}

std::vector<TrackedPlate> PlateTracker::update(const std::vector<PlateReading> &readings,
                                               const cv::Mat &frame, qint64 timeMs,
                                               qint64 frameIndex)
{
    std::vector<bool> used(m_tracks.size(), false);
    for (const PlateReading &r : readings) {
        // Nearest live track whose plate could have moved here and whose text is alike.
        int bestTrack = -1;
        double bestCost = 1e9;
        const cv::Point2d c(r.box.x + r.box.width / 2.0, r.box.y + r.box.height / 2.0);
        for (size_t i = 0; i < m_tracks.size(); ++i) {
            if (used[i])
                continue;
            const Track &t = m_tracks[i];
            const cv::Point2d tc(t.box.x + t.box.width / 2.0, t.box.y + t.box.height / 2.0);
            const double dist = std::hypot(c.x - tc.x, c.y - tc.y) /
                                std::max(1, std::max(t.box.width, r.box.width));
            if (dist > m_options.maxJumpWidths)
                continue;
            const int edits = editDistance(t.best.text, r.text);
            if (edits > std::max(2, int(r.text.size()) / 2))
                continue;
            const double cost = dist + edits;
            if (cost < bestCost) {
                bestCost = cost;
                bestTrack = int(i);
            }
        }
        if (bestTrack < 0) {
            m_tracks.push_back(Track{});
            used.push_back(false);
            bestTrack = int(m_tracks.size()) - 1;
            m_tracks.back().firstMs = timeMs;
        }
        used[bestTrack] = true;
        Track &t = m_tracks[bestTrack];
        t.box = r.box;
        t.lastMs = timeMs;
        t.observations.push_back({r.text, r.charConfidence, r.confidence});
        // Evidence quality: a sharp, large, confidently read patch.
        const double quality = r.confidence * std::sqrt(std::max(1.0, r.sharpness)) *
                               std::sqrt(double(r.box.area()));
        if (quality > t.bestQuality) {
            t.bestQuality = quality;
            t.best = r;
            t.overview = frame;
            t.bestTimeMs = timeMs;
            t.bestFrame = frameIndex;
        }
    }

    std::vector<TrackedPlate> done;
    for (size_t i = 0; i < m_tracks.size();) {
        Track &t = m_tracks[i];
        const bool lost = timeMs - t.lastMs > m_options.lostAfterMs;
        const bool longStay = !t.emitted && timeMs - t.firstMs >= m_options.emitAfterMs &&
                              int(t.observations.size()) >= m_options.minObservations;
        if (longStay) {
            done.push_back(finish(t));
            t.emitted = true; // stays as a track so that a parked car yields no further reads
        }
        if (lost) {
            if (!t.emitted && int(t.observations.size()) >= m_options.minObservations)
                done.push_back(finish(t));
            m_tracks.erase(m_tracks.begin() + i);
            continue;
        }
        ++i;
    }
    return done;
}

std::vector<TrackedPlate> PlateTracker::flush()
{
    std::vector<TrackedPlate> done;
    for (Track &t : m_tracks)
        if (!t.emitted && int(t.observations.size()) >= m_options.minObservations)
            done.push_back(finish(t));
    m_tracks.clear();
    return done;
}

void PlateTracker::vote(const Track &track, PlateReading &into) const
{
    // Whole-text votes weighted by confidence decide the length; then per position, characters
    // of observations of that length vote with their own confidences.
    QHash<int, double> lengthVotes;
    for (const Observation &o : track.observations)
        lengthVotes[int(o.text.size())] += o.confidence;
    int length = 0;
    double top = -1;
    for (auto it = lengthVotes.cbegin(); it != lengthVotes.cend(); ++it)
        if (it.value() > top) {
            top = it.value();
            length = it.key();
        }
    std::vector<QHash<QChar, double>> slots(length);
    int voters = 0;
    for (const Observation &o : track.observations) {
        if (o.text.size() != length)
            continue;
        ++voters;
        for (int i = 0; i < length; ++i)
            slots[i][o.text.at(i)] += i < int(o.charConfidence.size()) ? o.charConfidence[i]
                                                                       : o.confidence;
    }
    QString text;
    std::vector<float> conf;
    double logSum = 0;
    for (int i = 0; i < length; ++i) {
        QChar best;
        double bestVote = -1, total = 0;
        for (auto it = slots[i].cbegin(); it != slots[i].cend(); ++it) {
            total += it.value();
            if (it.value() > bestVote) {
                bestVote = it.value();
                best = it.key();
            }
        }
        text.append(best);
        // Agreement across frames times the mean confidence of the winning character.
        const double c = total > 0 ? (bestVote / total) * (bestVote / std::max(1, voters)) : 0.0;
        conf.push_back(float(c));
        logSum += std::log(std::max(1e-6, c));
    }
    if (text.isEmpty())
        return;
    into.text = text;
    into.charConfidence = conf;
    into.confidence = std::exp(logSum / length);
    const PlateFormat *format = PlateFormats::identify(text);
    into.format = format ? format->id : QString();
    into.country = format ? format->country : QString();
    // Keep the single-frame alternatives, with the voted text first.
    QList<PlateCandidate> candidates{{text, into.confidence}};
    for (const PlateCandidate &c : track.best.candidates)
        if (c.text != text)
            candidates.append(c);
    into.candidates = candidates;
}

TrackedPlate PlateTracker::finish(Track &track) const
{
    TrackedPlate out;
    out.best = track.best;
    vote(track, out.best);
    out.overview = track.overview;
    out.timeMs = track.bestTimeMs;
    out.frameIndex = track.bestFrame;
    out.observations = int(track.observations.size());
    return out;
}

} // namespace Kestrel
