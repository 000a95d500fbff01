#!/usr/bin/env python3
"""Writes resources/sounds/alert.wav: the two-tone High-hit alert that loops until acknowledged.

Two alternating tones (960 Hz and 770 Hz, 0.35 s each, as two-tone sirens do) with a short fade at
every edge so that the loop has no click. 22.05 kHz, 16-bit mono: about 31 KB. Standard library
only, so it runs anywhere: `python3 tools/make_alert_sound.py [OUT]`.
"""
import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
TONES = ((960.0, 0.35), (770.0, 0.35))
FADE_S = 0.008
AMPLITUDE = 0.55


def samples():
    for freq, seconds in TONES:
        n = int(RATE * seconds)
        fade = int(RATE * FADE_S)
        for i in range(n):
            envelope = min(1.0, i / fade, (n - 1 - i) / fade)
            # A touch of the third harmonic makes it cut through room noise without being harsh.
            t = i / RATE
            value = math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(2 * math.pi * 3 * freq * t)
            yield int(32767 * AMPLITUDE * envelope * value / 1.25)


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "resources" / "sounds" / "alert.wav"
    out.parent.mkdir(parents=True, exist_ok=True)
    frames = b"".join(struct.pack("<h", s) for s in samples())
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)
    print(f"{out}: {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
