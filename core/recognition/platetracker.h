// Turns per-frame plate readings into one read per vehicle pass: association, voting, best patch.
#pragma once

#include "recognition/recogniser.h"

#include <opencv2/core.hpp>

#include <vector>

namespace Kestrel {

// What a finished track hands on: the voted text and the sharpest evidence.
struct TrackedPlate
{
    PlateReading best;      // the reading with the sharpest patch; text/confidence are voted
    cv::Mat overview;       // the frame that reading came from
    qint64 timeMs = 0;      // capture time of that frame
    qint64 frameIndex = -1;
    int observations = 0;
};

class PlateTracker
{
public:
    struct Options
    {
        qint64 lostAfterMs = 800;   // a track unseen this long is finished
        qint64 emitAfterMs = 4000;  // a track seen this long is emitted even if it stays (parked)
        int minObservations = 2;    // for video; a still image uses 1
        double maxJumpWidths = 2.5; // how far (in plate widths) a plate may move between frames
    };

    PlateTracker() = default;
    explicit PlateTracker(Options options) : m_options(options) {}

    // Feeds one frame's readings; returns the tracks that finished by this frame's time.
    std::vector<TrackedPlate> update(const std::vector<PlateReading> &readings, const cv::Mat &frame,
                                     qint64 timeMs, qint64 frameIndex);
    // Ends every track (end of stream): returns those worth a read.
    std::vector<TrackedPlate> flush();

    bool hasActiveTracks() const { return !m_tracks.empty(); }
    // True when every live track has been emitted already (nothing new to learn by looking).
    bool allSettled() const;

private:
    struct Observation
    {
        QString text;
        std::vector<float> charConfidence;
        double confidence;
    };
    struct Track
    {
        cv::Rect box;
        qint64 firstMs = 0;
        qint64 lastMs = 0;
        std::vector<Observation> observations;
        PlateReading best;
        double bestQuality = -1.0;
        cv::Mat overview;
        qint64 bestTimeMs = 0;
        qint64 bestFrame = -1;
        bool emitted = false;
    };

    TrackedPlate finish(Track &track) const;
    void vote(const Track &track, PlateReading &into) const;

    Options m_options;
    std::vector<Track> m_tracks;
};

} // namespace Kestrel
