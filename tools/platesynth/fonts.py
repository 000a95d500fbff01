"""Fonts and glyph rendering.

No Debian package ships the UK Charles Wright font, so we approximate it: render a glyph from a
condensed bold font, crop its ink and stretch it into a uniform cell (CW 2001 characters are 79 mm
high and 50 mm wide, except '1'). Stretching all fonts into the same cell makes them look alike in
proportion while their stroke shapes still differ, which is the variation we want the OCR to see.
"""

import functools
import os

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

_CANDIDATES = {
    "uk": [
        "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    ],
    # DIN (fonts-opendin) for continental plates; condensed fonts as a fallback and for variety.
    "eu": [
        "/usr/share/fonts/truetype/opendin/OSP-DIN.ttf",
        "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    ],
    # Small print (dealer names, country codes): any regular sans.
    "small": [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    ],
}


@functools.lru_cache(maxsize=None)
def font_paths(family):
    paths = [p for p in _CANDIDATES[family] if os.path.exists(p)]
    if not paths:
        raise RuntimeError(f"no font for '{family}'; install fonts-roboto-unhinted fonts-liberation fonts-dejavu-extra")
    # Weight the DIN font up for EU plates when present: it is the closest real shape.
    return tuple(paths)


@functools.lru_cache(maxsize=64)
def _font(path, size):
    return ImageFont.truetype(path, size)


@functools.lru_cache(maxsize=4096)
def _glyph_ink(path, ch, size):
    """Tight ink crop (uint8, 255 = ink) of one character rendered at a given pixel size."""
    font = _font(path, size)
    canvas = Image.new("L", (size * 2, size * 2), 0)
    ImageDraw.Draw(canvas).text((size // 2, size // 4), ch, fill=255, font=font)
    a = np.asarray(canvas)
    ys, xs = np.nonzero(a > 20)
    return a[ys.min():ys.max() + 1, xs.min():xs.max() + 1].copy()


def glyph(path, ch, char_h, width_ratio, weight=0):
    """A glyph mask exactly char_h tall; width = width_ratio*char_h except narrow characters.

    weight > 0 thickens strokes, < 0 thins them (in pixels at the final size), since the fonts'
    bold weights differ from CW's 14 mm stroke and real plates vary anyway.
    """
    # Render larger than needed and downsample: smoother edges at small sizes.
    size = int(max(24, char_h * 1.5)) // 4 * 4
    ink = _glyph_ink(path, ch, size)
    h, w = ink.shape
    if ch in "1I":
        # Narrow characters keep their own aspect, as on real plates.
        out_w = max(2, int(round(w * char_h / h)))
    else:
        out_w = max(2, int(round(width_ratio * char_h)))
    interp = cv2.INTER_AREA if h > char_h else cv2.INTER_LINEAR
    g = cv2.resize(ink, (out_w, char_h), interpolation=interp)
    if weight:
        k = np.ones((abs(weight) * 2 + 1,) * 2, np.uint8) if abs(weight) > 1 else np.ones((2, 2), np.uint8)
        g = cv2.dilate(g, k) if weight > 0 else cv2.erode(g, k)
    return g


def text_mask(path, text, height):
    """Plain (unstretched) rendering of small print, used for dealer strips and country codes."""
    size = max(6, int(height * 1.4))
    font = _font(path, size)
    l, t, r, b = font.getbbox(text)
    canvas = Image.new("L", (r - l + 4, b - t + 4), 0)
    ImageDraw.Draw(canvas).text((2 - l, 2 - t), text, fill=255, font=font)
    a = np.asarray(canvas)
    scale = height / max(1, a.shape[0])
    return cv2.resize(a, (max(1, int(a.shape[1] * scale)), max(1, int(height))), interpolation=cv2.INTER_AREA)
