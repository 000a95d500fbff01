"""Random backgrounds for compositing plates.

Real photographs come from Debian's gnome-backgrounds (GPL wallpapers, used only to make training
data, never shipped). They are huge WebP files, so each is decoded once, downscaled and cached as
JPEG under /tmp; without the package only procedural backgrounds are used.
"""

import glob
import os

import cv2
import numpy as np

WALLPAPER_GLOBS = ["/usr/share/backgrounds/gnome/*.webp", "/usr/share/backgrounds/gnome/*.jpg",
                   "/usr/share/backgrounds/gnome/*.png", "/usr/share/wallpapers/*/contents/images/*.jpg"]
CACHE_DIR = "/tmp/platesynth_bg"
_photos = None


def _load_photos():
    global _photos
    if _photos is not None:
        return _photos
    _photos = []
    os.makedirs(CACHE_DIR, exist_ok=True)
    files = sorted(f for g in WALLPAPER_GLOBS for f in glob.glob(g))
    for f in files:
        cached = os.path.join(CACHE_DIR, os.path.basename(f).rsplit(".", 1)[0] + ".jpg")
        im = cv2.imread(cached) if os.path.exists(cached) else None
        if im is None:
            im = cv2.imread(f)
            if im is None:
                continue
            scale = 1024.0 / max(im.shape[:2])
            if scale < 1:
                im = cv2.resize(im, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
            cv2.imwrite(cached + ".tmp.jpg", im)
            os.replace(cached + ".tmp.jpg", cached)  # atomic: several workers may race
        _photos.append(im)
    return _photos


def _photo(rng, w, h):
    photos = _load_photos()
    if not photos:
        return None
    im = photos[int(rng.integers(0, len(photos)))]
    # Random crop at a random zoom, so the same wallpaper yields many textures.
    ph, pw = im.shape[:2]
    cw = int(min(pw, max(16, w * rng.uniform(0.3, 3.0))))
    ch = int(min(ph, max(16, cw * h / w)))
    x, y = int(rng.integers(0, pw - cw + 1)), int(rng.integers(0, ph - ch + 1))
    out = cv2.resize(im[y:y + ch, x:x + cw], (w, h), interpolation=cv2.INTER_LINEAR)
    if rng.random() < 0.5:
        out = out[:, ::-1].copy()
    return out


def _car_body(rng, w, h):
    """Painted bumper/grille: a body colour with horizontal bands and highlights."""
    colour = rng.integers(0, 256, 3)
    img = np.empty((h, w, 3), np.uint8)
    img[:] = colour
    for _ in range(int(rng.integers(1, 6))):
        y = int(rng.integers(0, h))
        t = int(rng.integers(1, max(2, h // 6)))
        c = np.clip(colour.astype(int) + rng.integers(-90, 90), 0, 255)
        cv2.rectangle(img, (0, y), (w, y + t), tuple(int(v) for v in c), -1)
    if rng.random() < 0.5:
        # Dark grille slats above/below the plate.
        for y in range(int(rng.integers(0, 6)), h, int(rng.integers(4, 14))):
            if rng.random() < 0.6:
                cv2.line(img, (0, y), (w, y), (20, 20, 20), int(rng.integers(1, 3)))
    return img


def _procedural(rng, w, h):
    kind = rng.random()
    if kind < 0.3:
        img = np.empty((h, w, 3), np.uint8)
        img[:] = rng.integers(0, 256, 3)
    elif kind < 0.6:
        # Linear gradient between two random colours.
        c0, c1 = rng.integers(0, 256, 3).astype(np.float32), rng.integers(0, 256, 3).astype(np.float32)
        t = np.linspace(0, 1, w if rng.random() < 0.5 else h, dtype=np.float32)
        row = c0 + (c1 - c0) * t[:, None]
        img = (np.broadcast_to(row[None], (h, w, 3)) if len(t) == w else
               np.broadcast_to(row[:, None], (h, w, 3))).astype(np.uint8).copy()
    else:
        # Low-frequency noise texture (upsampled random field).
        small = rng.integers(0, 256, (max(2, h // 8), max(2, w // 8), 3)).astype(np.uint8)
        img = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    # Random rectangles and lines: structure similar to car edges and lamps.
    for _ in range(int(rng.integers(0, 6))):
        p0 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        p1 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        c = tuple(int(v) for v in rng.integers(0, 256, 3))
        if rng.random() < 0.5:
            cv2.rectangle(img, p0, p1, c, -1 if rng.random() < 0.5 else int(rng.integers(1, 4)))
        else:
            cv2.line(img, p0, p1, c, int(rng.integers(1, 4)))
    return img


def random_background(rng, w, h):
    """A w x h BGR/RGB-agnostic uint8 image (colour order does not matter for the OCR)."""
    r = rng.random()
    if r < 0.35:
        img = _photo(rng, w, h)
        if img is not None:
            return img
    if r < 0.7:
        return _car_body(rng, w, h)
    return _procedural(rng, w, h)
