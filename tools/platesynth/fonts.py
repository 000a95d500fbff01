"""Fonts and glyph rendering.

Two ways to draw registration characters:
  glyph()        (legacy, used by the demo video) stretches every glyph's ink into one uniform cell;
  plate_glyph()  keeps each font's own proportions and baseline (J and Q may descend, M and W are
                 wider than H, O wider than 0 in DIN), condensed or widened as a whole by a per-plate
                 factor, or optionally forced into a Charles-Wright-like uniform cell (UK).
Font pools (FONT_POOLS) list several fonts per plate family so the OCR learns letter identity
rather than one typeface.

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


# --- Proportional, baseline-aware glyphs for the plate families -------------------------------

_T = "/usr/share/fonts/truetype/"
# (path, relative weight, horizontal factor applied on top of the plate's own condensing).
# Regular-width fonts are squeezed so they look like the condensed plate typefaces.
FONT_POOLS = {
    # Continental plates: DIN 1451-like first (fonts-opendin has one weight, "OSP-DIN", which is
    # the narrow Engschrift; strokes are thickened and the glyphs widened per plate so it also
    # covers Mittelschrift / FE-Schrift proportions), then other condensed grotesques.
    "eu": [
        (_T + "opendin/OSP-DIN.ttf", 0.42, 1.0),
        (_T + "roboto/unhinted/RobotoCondensed-Bold.ttf", 0.12, 1.0),
        (_T + "roboto/unhinted/RobotoCondensed-Medium.ttf", 0.08, 1.0),
        (_T + "roboto/unhinted/RobotoCondensed-Regular.ttf", 0.05, 1.0),
        (_T + "liberation/LiberationSansNarrow-Bold.ttf", 0.08, 1.0),
        (_T + "liberation/LiberationSansNarrow-Regular.ttf", 0.04, 1.0),
        (_T + "dejavu/DejaVuSansCondensed-Bold.ttf", 0.08, 1.0),
        (_T + "dejavu/DejaVuSansCondensed.ttf", 0.04, 1.0),
        (_T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf", 0.04, 0.85),
        (_T + "liberation/LiberationSans-Bold.ttf", 0.05, 0.85),
    ],
    # UK plates: no free Charles Wright, so several bold condensed sans faces, either in a uniform
    # CW-like cell or in their own proportions (with J/Q descenders where the font has them).
    "uk": [
        (_T + "roboto/unhinted/RobotoCondensed-Bold.ttf", 0.24, 1.0),
        (_T + "liberation/LiberationSansNarrow-Bold.ttf", 0.16, 1.0),
        (_T + "dejavu/DejaVuSansCondensed-Bold.ttf", 0.2, 1.0),
        (_T + "roboto/unhinted/RobotoCondensed-Medium.ttf", 0.06, 1.0),
        (_T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf", 0.08, 0.85),
        (_T + "roboto/unhinted/RobotoTTF/Roboto-Black.ttf", 0.05, 0.85),
        (_T + "liberation/LiberationSans-Bold.ttf", 0.08, 0.85),
        (_T + "dejavu/DejaVuSans-Bold.ttf", 0.05, 0.85),
        (_T + "opendin/OSP-DIN.ttf", 0.08, 1.0),
    ],
}

# DIN 1451's O (and Q) is rounder and wider than its 0; OSP-DIN draws them identically, so widen.
_WIDTH_TWEAK = {"OSP-DIN.ttf": {"O": 1.22, "Q": 1.22, "M": 1.05, "W": 1.0}}
_REF_CHARS = "ABCDEHKNPRSUXYZ023456789"


@functools.lru_cache(maxsize=None)
def font_pool(family):
    """[(path, weight, hfactor)] of the installed fonts of a family (weights renormalised)."""
    pool = [(p, w, f) for p, w, f in FONT_POOLS[family] if os.path.exists(p)]
    if not pool:
        # Fall back on whatever the legacy lists find.
        pool = [(p, 1.0, 1.0) for p in font_paths("uk")]
    tot = sum(w for _, w, _ in pool)
    return tuple((p, w / tot, f) for p, w, f in pool)


def pick_font(rng, family):
    pool = font_pool(family)
    i = int(rng.choice(len(pool), p=[w for _, w, _ in pool]))
    return pool[i][0], pool[i][2]


_RSIZE = 96  # reference render size (pixels per em) for the cached glyph masks


@functools.lru_cache(maxsize=None)
def _cap_metrics(path):
    """(cap height in pixels at _RSIZE, mean ink width / cap height of ordinary glyphs)."""
    g, top, _ = _ref_glyph(path, "H", 0)
    cap = g.shape[0]
    widths = [_ref_glyph(path, c, 0)[0].shape[1] for c in _REF_CHARS]
    return cap, float(np.mean(widths)) / cap


@functools.lru_cache(maxsize=8192)
def _ref_glyph(path, ch, stroke):
    """Ink mask of ch rendered at _RSIZE with the baseline at a known row.

    Returns (mask uint8, top, bottom): rows relative to the baseline (top negative) of the tight
    ink box. stroke is in 1/100 em (PIL stroke_width) to embolden thin fonts; a negative stroke
    erodes the ink by that much instead, for the light strokes of real DIN plates (OSP-DIN is an
    Engschrift whose stem is 0.15 of the cap height; Slovak, Czech and German plates are nearer
    0.1 once the glyphs are widened to plate proportions).
    """
    font = _font(path, _RSIZE)
    if stroke < 0:
        ink, top, bottom = _ref_glyph(path, ch, 0)
        r = int(round(-stroke * _RSIZE / 100.0))
        thin = cv2.erode(ink, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * r + 1, 2 * r + 1)))
        return thin, top, bottom
    sw = int(round(stroke * _RSIZE / 100.0))
    size = _RSIZE * 3
    canvas = Image.new("L", (size, size), 0)
    base = _RSIZE * 2
    ImageDraw.Draw(canvas).text((_RSIZE // 2, base), ch, fill=255, font=font, anchor="ls",
                                stroke_width=sw, stroke_fill=255)
    a = np.asarray(canvas)
    ys, xs = np.nonzero(a > 20)
    return a[ys.min():ys.max() + 1, xs.min():xs.max() + 1].copy(), int(ys.min()) - base, int(ys.max()) + 1 - base


def plate_glyph(path, ch, char_h, width_ratio, stroke=0, cell=False, hfactor=1.0):
    """(mask, dy): a glyph whose cap height is char_h pixels.

    width_ratio is the target mean glyph width / char_h for the whole plate; every glyph keeps
    its proportion relative to the font's mean (M, W wider, I, 1 narrower) unless cell=True, which
    stretches all but 1/I into one uniform width (Charles Wright style) and ignores descenders.
    dy is the glyph's top relative to the cap top (positive = lower, e.g. never for normal caps;
    descenders make the mask taller than char_h instead).
    """
    ink, top, bottom = _ref_glyph(path, ch, stroke)
    cap, mean_w = _cap_metrics(path)
    s = char_h / cap
    if cell:
        h = char_h
        dy = 0
        if ch in "1I":
            w = max(2, int(round(ink.shape[1] * s * hfactor * width_ratio / mean_w)))
        else:
            w = max(2, int(round(width_ratio * char_h)))
    else:
        sx = s * hfactor * width_ratio / mean_w
        tweak = _WIDTH_TWEAK.get(os.path.basename(path), {}).get(ch, 1.0)
        w = max(2, int(round(ink.shape[1] * sx * tweak)))
        h = max(2, int(round((bottom - top) * s)))
        dy = int(round((top + cap) * s))
    interp = cv2.INTER_AREA if ink.shape[0] > h else cv2.INTER_LINEAR
    return cv2.resize(ink, (w, h), interpolation=interp), dy


def stroke_glyph(rng, ch, h, w):
    """A drawn M or W of h x w pixels (uint8, 255 = ink) with a random stroke and apex depth.

    Plate faces differ most in these two letters: the middle of a DIN or FE-Schrift M stops
    halfway down or reaches the baseline, the middle of a W reaches the top or stops short, and
    light plates draw them with thin strokes. The fonts at hand cover only some of that, so part
    of the M and W glyphs are drawn from strokes instead.
    """
    k = 4  # draw large, then shrink: smooth edges at small sizes
    H, W = h * k, w * k
    t = max(k, int(round(h * k * rng.uniform(0.09, 0.17))))
    img = np.zeros((H, W), np.uint8)
    x0, x1, y0, y1 = t / 2, W - 1 - t / 2, t / 2, H - 1 - t / 2
    if ch == "M":
        depth = rng.uniform(0.45, 1.0)
        splay = rng.uniform(0.0, 0.12) * W  # stems may lean out at the foot
        mid = (W / 2, y0 + depth * (y1 - y0))
        pts = [(x0 + splay * 0, y1), (x0 + splay, y0), mid, (x1 - splay, y0), (x1 - splay * 0, y1)]
        if rng.random() < 0.5:
            pts = [(x0, y1), (x0, y0), mid, (x1, y0), (x1, y1)]
    else:
        apex = rng.uniform(0.0, 0.45)  # 0: the middle reaches the top
        inner = rng.uniform(0.2, 0.3)
        pts = [(x0, y0), (W * inner, y1), (W / 2, y0 + apex * (y1 - y0)), (W * (1 - inner), y1), (x1, y0)]
    poly = np.array([[int(round(px)), int(round(py))] for px, py in pts], np.int32)
    cv2.polylines(img, [poly], False, 255, thickness=t, lineType=cv2.LINE_AA)
    return cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA)


def stem_width(mask):
    """Stem width in pixels of a glyph mask: the median ink run across its middle rows."""
    h = mask.shape[0]
    rows = mask[int(h * 0.3):max(int(h * 0.3) + 1, int(h * 0.7))] > 127
    widths = rows.sum(axis=1)
    widths = widths[widths > 0]
    return float(np.median(widths)) if len(widths) else max(1.0, h * 0.12)


def stroke_one(rng, h, stem):
    """A UK 1 of height h (uint8 mask, 255 = ink): a bare stem, or a stem with a short flag.

    The Charles Wright 1 is a plain stem with a small flag, narrower than every other character,
    and on camera the flag is often lost: it looks like an I, and its neighbours stand close.
    The fonts at hand give a 1 with a long flag and a foot, so part of the UK ones are drawn.
    Returns the mask; its width is the stem plus the flag.
    """
    k = 4
    t = max(1.0, stem * rng.uniform(0.85, 1.1))
    flag = h * rng.uniform(0.08, 0.28) if rng.random() < 0.6 else 0.0
    drop = h * rng.uniform(0.12, 0.25)
    w = max(2, int(round(t + flag)))
    img = np.zeros((h * k, w * k), np.uint8)
    xc = (w - t / 2) * k - 1
    thick = max(k, int(round(t * k)))
    cv2.line(img, (int(round(xc)), int(round(t * k / 2))), (int(round(xc)), h * k - 1 - thick // 2), 255,
             thickness=thick, lineType=cv2.LINE_AA)
    if flag > 0:
        cv2.line(img, (int(round(xc)), int(round(t * k / 2))), (int(round(xc - flag * k)), int(round(drop * k))), 255,
                 thickness=max(k, int(round(thick * 0.85))), lineType=cv2.LINE_AA)
    return cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA)
