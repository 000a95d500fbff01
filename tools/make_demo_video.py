#!/usr/bin/python3
"""Render Kestrel's demo road video with UK plates, its ground truth and a demo hotlist.

    /usr/bin/python3 tools/make_demo_video.py          # writes resources/demo/{demo.mp4,demo_truth.csv,hotlist.csv}

A pinhole camera on a gantry looks down a two-lane road. Each car is a flat "billboard" at
distance z, projected with scale p = F/z pixels per metre, so plate size, position and the
ground-truth text height all come from one formula. Cars move with z(t) = z0*exp(-/+K t)
(uniform growth on screen) and live LIFETIME seconds, spawned every SPACING seconds in alternating
lanes, so at most two are on screen and they never overlap (UK traffic: oncoming cars with white
front plates on the right, departing cars with yellow rear plates on the left).
"""

import csv
import os
import subprocess
import sys

import cv2
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from platesynth import formats, render  # noqa: E402
from platesynth.render import PlateStyle  # noqa: E402
from platesynth.fonts import font_paths  # noqa: E402

SEED = 7
W, H, FPS = 1280, 720, 25
N_CARS = 10
SPACING, LIFETIME, T0 = 1.45, 2.85, 0.2
DURATION = T0 + (N_CARS - 1) * SPACING + LIFETIME + 0.2      # ~16.3 s (407 frames)
F = 2480.0            # focal length in pixels: 28 px characters at 7 m
HORIZON_Y = 170
CAM_H = 1.7           # camera height above the road (m)
Z_NEAR, Z_FAR = 7.0, 24.0   # a car's range of distances; beyond Z_FAR it is behind the crest
LANE_X = {"away": -1.3, "toward": 1.3}
CHAR_M, PLATE_Y_M = 0.079, 0.45   # character height and plate centre height (m)
MIN_TEXT_PX = 14
MAX_BYTES = 4 * 1024 * 1024
OUT_DIR = os.path.join(HERE, "..", "resources", "demo")


def project(z, x, height):
    """Screen (x, y) of a world point x metres across, height metres up, z metres ahead."""
    p = F / z
    return 640 + p * x, HORIZON_Y + p * (CAM_H - height)


def draw_background():
    img = np.zeros((H, W, 3), np.uint8)
    # Sky gradient (BGR), hills, grass.
    for y in range(HORIZON_Y + 1):
        t = y / HORIZON_Y
        img[y] = (235 - 60 * t * 0 - 40 * (1 - t), 200 - 20 * (1 - t), 150 + 40 * t)
    crest_y = int(project(Z_FAR, 0, 0)[1])
    img[HORIZON_Y:] = (60, 125, 70)
    hills = np.array([[0, 240], [180, 150], [420, 200], [640, 160], [900, 190], [1120, 140], [1280, 210],
                      [1280, crest_y], [0, crest_y]], np.int32)
    cv2.fillPoly(img, [hills], (70, 110, 75))
    # Road surface from the crest to the bottom edge; edges at +-3.3 m.
    road = np.array([project(Z_FAR, -3.3, 0), project(Z_FAR, 3.3, 0), project(2.0, 3.3, 0), project(2.0, -3.3, 0)], np.int32)
    cv2.fillPoly(img, [road], (85, 85, 88))
    noise = np.random.default_rng(SEED).normal(0, 6, img.shape)
    mask = np.zeros((H, W), np.uint8)
    cv2.fillPoly(mask, [road], 1)
    img = np.clip(img + noise * mask[..., None], 0, 255).astype(np.uint8)
    # Solid edge lines and a dashed centre line (lane marks).
    for x in (-3.1, 3.1):
        cv2.line(img, tuple(map(int, project(Z_FAR, x, 0))), tuple(map(int, project(2.0, x, 0))), (225, 225, 225), 4, cv2.LINE_AA)
    for z0 in np.arange(2.0, Z_FAR, 9.0):
        z1 = min(Z_FAR, z0 + 4.0)
        quad = np.array([project(z0, -0.08, 0), project(z0, 0.08, 0), project(z1, 0.08, 0), project(z1, -0.08, 0)], np.int32)
        cv2.fillPoly(img, [quad], (230, 230, 230), cv2.LINE_AA)
    # Trees and a sign post beside the road, on the hills above the crest.
    rng = np.random.default_rng(SEED + 1)
    for _ in range(14):
        x = int(rng.choice([rng.integers(0, 380), rng.integers(900, 1280)]))
        y = int(rng.integers(crest_y - 60, crest_y + 10))
        s = int(rng.integers(12, 30))
        cv2.rectangle(img, (x - 2, y), (x + 2, y + s), (40, 60, 80), -1)
        cv2.circle(img, (x, y), s, tuple(int(v) for v in (40 + rng.integers(0, 30), 100 + rng.integers(0, 40), 50)), -1, cv2.LINE_AA)
    cv2.rectangle(img, (1180, 230), (1188, 420), (120, 120, 120), -1)
    cv2.rectangle(img, (1130, 230), (1240, 290), (120, 60, 0), -1)
    cv2.putText(img, "A64", (1150, 272), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (255, 255, 255), 2, cv2.LINE_AA)
    # Camera on-screen display, as real feeds have.
    cv2.rectangle(img, (0, 0), (360, 26), (0, 0, 0), -1)
    cv2.putText(img, "KESTREL DEMO  CAM 01  A64 NB", (8, 18), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (255, 255, 255), 1, cv2.LINE_AA)
    return img


def make_cars(rng):
    """Ten cars: mostly current-format plates, plus a prefix and a suffix registration."""
    gens = [formats.uk_current] * 8 + [formats.uk_prefix, formats.uk_suffix]
    order = rng.permutation(len(gens))
    roboto = [p for p in font_paths("uk") if "Roboto" in p] or list(font_paths("uk"))
    cars, seen = [], set()
    for i, gi in enumerate(order):
        while True:
            groups, kind = gens[gi](rng)
            if "".join(groups) not in seen:
                break
        seen.add("".join(groups))
        direction = "toward" if i % 2 == 0 else "away"
        style = PlateStyle(kind=kind, rear=(direction == "away"), band="uk" if rng.random() < 0.3 else "",
                           font=roboto[0], width_ratio=0.62, weight=0)
        plate, ink, alpha, _ = render.render_plate(groups, kind, rng, 64, style)
        colour = tuple(int(v) for v in rng.choice([(40, 40, 170), (200, 200, 200), (30, 30, 30), (160, 90, 20),
                                                   (240, 240, 240), (30, 110, 40), (0, 140, 220), (90, 90, 100),
                                                   (20, 20, 120), (140, 140, 60)]))
        cars.append(dict(vrm="".join(groups), text=" ".join(groups), direction=direction, plate=plate,
                         alpha=alpha, char_px=64, colour=colour, start=T0 + i * SPACING))
    return cars


def car_z(car, t):
    """Distance at time t, or None when the car is not in the scene."""
    u = t - car["start"]
    if u < 0 or u > LIFETIME:
        return None
    k = np.log(Z_FAR / Z_NEAR) / LIFETIME
    return Z_FAR * np.exp(-k * u) if car["direction"] == "toward" else Z_NEAR * np.exp(k * u)


def poly(img, pts, colour):
    cv2.fillPoly(img, [np.array(pts, np.int32)], colour, cv2.LINE_AA)


def draw_car(img, car, z):
    """Draw the car billboard at distance z; returns the plate rectangle (x0, y0, x1, y1)."""
    x = LANE_X[car["direction"]]
    P = lambda dx, h: project(z, x + dx, h)  # noqa: E731 - local shorthand for car-relative points
    body = car["colour"]
    dark = tuple(int(c * 0.55) for c in body)
    light = tuple(min(255, int(c * 1.2 + 20)) for c in body)
    cx, gy = P(0, 0)
    p = F / z
    cv2.ellipse(img, (int(cx), int(gy)), (int(1.05 * p), int(0.12 * p)), 0, 0, 360, (40, 40, 45), -1, cv2.LINE_AA)
    for s in (-1, 1):   # wheels
        poly(img, [P(s * 0.85, 0.0), P(s * 0.55, 0.0), P(s * 0.55, 0.35), P(s * 0.85, 0.35)], (20, 20, 20))
    poly(img, [P(-0.9, 0.2), P(0.9, 0.2), P(0.9, 0.95), P(-0.9, 0.95)], body)          # lower body
    poly(img, [P(-0.9, 0.95), P(0.9, 0.95), P(0.78, 1.1), P(-0.78, 1.1)], light)       # bonnet / boot lid
    poly(img, [P(-0.78, 1.1), P(0.78, 1.1), P(0.6, 1.45), P(-0.6, 1.45)], (60, 45, 35))  # windscreen
    poly(img, [P(-0.45, 1.15), P(-0.3, 1.15), P(-0.42, 1.4), P(-0.5, 1.4)], (110, 95, 85))  # glare streak
    poly(img, [P(-0.6, 1.45), P(0.6, 1.45), P(0.58, 1.5), P(-0.58, 1.5)], dark)         # roof edge
    poly(img, [P(-0.92, 0.22), P(0.92, 0.22), P(0.92, 0.55), P(-0.92, 0.55)], (45, 45, 48))  # bumper
    lamp = (230, 240, 250) if car["direction"] == "toward" else (30, 30, 200)
    for s in (-1, 1):
        a, b = P(s * 0.78, 0.72), P(s * 0.52, 0.84)
        cv2.rectangle(img, (int(min(a[0], b[0])), int(b[1])), (int(max(a[0], b[0])), int(a[1])), lamp, -1, cv2.LINE_AA)
    # Plate: scale the rendered plate so its characters are CHAR_M metres tall.
    plate, alpha = car["plate"], car["alpha"]
    scale = CHAR_M * p / car["char_px"]
    pw, ph = max(2, int(round(plate.shape[1] * scale))), max(2, int(round(plate.shape[0] * scale)))
    pc = P(0, PLATE_Y_M)
    x0, y0 = int(round(pc[0] - pw / 2)), int(round(pc[1] - ph / 2))
    small = cv2.resize(plate, (pw, ph), interpolation=cv2.INTER_AREA)[..., ::-1]   # RGB -> BGR
    a = cv2.resize(alpha, (pw, ph), interpolation=cv2.INTER_AREA).astype(np.float32)[..., None] / 255
    sx0, sy0, sx1, sy1 = max(0, x0), max(0, y0), min(W, x0 + pw), min(H, y0 + ph)
    if sx1 > sx0 and sy1 > sy0:
        roi = img[sy0:sy1, sx0:sx1]
        s_ = small[sy0 - y0:sy1 - y0, sx0 - x0:sx1 - x0]
        a_ = a[sy0 - y0:sy1 - y0, sx0 - x0:sx1 - x0]
        roi[:] = (roi * (1 - a_) + s_ * a_).astype(np.uint8)
    return (x0, y0, x0 + pw, y0 + ph)


def write_hotlist(path, cars, rng):
    """Three demo VRMs (one per priority) plus ~20 plausible VRMs that are not in the video."""
    in_video = {c["vrm"] for c in cars}
    toward = [c["vrm"] for c in cars]
    rows = [
        (toward[1], "High", "Missing person", "Vulnerable missing person, family concerned", "PNC",
         "Stop and check welfare of occupants; inform control immediately", "2027-03-31", "PNC"),
        (toward[4], "Medium", "Stolen vehicle", "Reported stolen from driveway", "PNC",
         "Stop vehicle if resources allow; do not pursue", "2027-06-30", "PNC"),
        (toward[7], "Low", "No insurance", "No valid insurance on the Motor Insurance Database", "MIB",
         "Stop if convenient; seize under s165 RTA if uninsured", "", "Local"),
    ]
    reasons = [("Medium", "Stolen vehicle", "Stolen in burglary", "PNC", "Do not pursue; report sighting", "PNC"),
               ("Low", "No insurance", "No valid insurance", "MIB", "Stop if convenient", "Local"),
               ("Low", "No tax", "Untaxed vehicle (DVLA)", "DVLA", "Record sighting only", "Local"),
               ("Medium", "Drugs", "Suspected county lines vehicle", "Local intelligence", "Report sighting to CID", "Local"),
               ("High", "Firearms", "Occupant believed armed", "PNC", "Do not approach; inform control", "PNC"),
               ("Low", "No MOT", "MOT expired", "DVSA", "Advise driver", "Local"),
               ("Medium", "Disqualified driver", "Keeper disqualified from driving", "PNC", "Stop and check driver", "PNC")]
    while len(rows) < 23:
        gen = [formats.uk_current, formats.uk_current, formats.uk_prefix, formats.uk_suffix, formats.uk_dateless][int(rng.integers(0, 5))]
        vrm = "".join(gen(rng)[0])
        if vrm in in_video or any(r[0] == vrm for r in rows):
            continue
        pr, cat, reason, src, action, lst = reasons[int(rng.integers(0, len(reasons)))]
        expires = f"2027-{int(rng.integers(1, 13)):02d}-{int(rng.integers(1, 29)):02d}" if rng.random() < 0.7 else ""
        rows.append((vrm, pr, cat, reason, src, action, expires, lst))
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["vrm", "priority", "category", "reason", "source", "action", "expires", "list"])
        w.writerows(rows)
    return rows[:3]


def main():
    rng = np.random.default_rng(SEED)
    os.makedirs(OUT_DIR, exist_ok=True)
    bg = draw_background()
    cars = make_cars(rng)
    n_frames = int(round(DURATION * FPS))
    # A few precomputed noise fields: mild sensor noise without paying for fresh noise each frame.
    noises = [np.random.default_rng(SEED + 10 + i).normal(0, 2.5, (H, W, 3)).astype(np.float32) for i in range(6)]
    truth = {c["vrm"]: [None, None] for c in cars}

    frames = []
    for fi in range(n_frames):
        t = fi / FPS
        img = bg.copy()
        live = [(car_z(c, t), c) for c in cars]
        live = sorted([(z, c) for z, c in live if z is not None], key=lambda zc: -zc[0])  # far first
        assert len(live) <= 2
        for z, c in live:
            x0, y0, x1, y1 = draw_car(img, c, z)
            text_px = CHAR_M * F / z
            if x0 >= 0 and y0 >= 0 and x1 <= W and y1 <= H and text_px >= MIN_TEXT_PX:
                tr = truth[c["vrm"]]
                tr[0] = fi if tr[0] is None else tr[0]
                tr[1] = fi
        img = np.clip(img + noises[fi % len(noises)], 0, 255).astype(np.uint8)
        frames.append(img)

    out = os.path.join(OUT_DIR, "demo.mp4")
    for crf in (23, 26, 29, 32, 35):
        cmd = ["ffmpeg", "-y", "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "bgr24", "-s", f"{W}x{H}",
               "-r", str(FPS), "-i", "-", "-c:v", "libx264", "-preset", "medium", "-crf", str(crf),
               "-pix_fmt", "yuv420p", "-movflags", "+faststart", out]
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE)
        for img in frames:
            proc.stdin.write(img.tobytes())
        proc.stdin.close()
        if proc.wait() != 0:
            raise SystemExit("ffmpeg failed")
        size = os.path.getsize(out)
        print(f"crf {crf}: {size / 1e6:.2f} MB")
        if size <= MAX_BYTES:
            break

    cap = cv2.VideoCapture(out)
    n_read = 0
    while cap.read()[0]:
        n_read += 1
    print(f"cv2.VideoCapture read {n_read} frames of {n_frames}")
    assert n_read == n_frames

    with open(os.path.join(OUT_DIR, "demo_truth.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["vrm", "first_frame", "last_frame"])
        for c in cars:
            w.writerow([c["vrm"], *truth[c["vrm"]]])
            print(f'{c["text"]:9s} {c["direction"]:6s} frames {truth[c["vrm"]][0]}-{truth[c["vrm"]][1]} '
                  f'({(truth[c["vrm"]][1] - truth[c["vrm"]][0] + 1) / FPS:.2f} s)')
    hot = write_hotlist(os.path.join(OUT_DIR, "hotlist.csv"), cars, np.random.default_rng(SEED + 100))
    print("on hotlist:", [(r[0], r[1]) for r in hot])


if __name__ == "__main__":
    main()
