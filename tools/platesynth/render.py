"""Flat (unwarped) plate rendering.

render_plate() returns the plate as RGB plus an ink mask that contains ONLY the registration
characters (not the band letters, dashes, emblems or dealer print). The crop convention is defined
on that mask, so anything else drawn on the plate is clutter the OCR must learn to ignore.

Geometry is in millimetres scaled by s = char_h / 79 (UK: 79 mm characters, 11 mm gaps, 33 mm
between groups, 520x111 mm plate), jittered so the model does not over-fit one exact layout.
"""

from dataclasses import dataclass

import cv2
import numpy as np

from . import fonts

UK_WHITE = (245, 245, 240)
UK_YELLOW = (250, 205, 20)
EU_BLUE = (0, 51, 153)
GB_BLUE = (0, 40, 140)


@dataclass
class PlateStyle:
    kind: str = "uk_current"
    rear: bool = False          # UK rear plates are yellow
    band: str = ""              # "" | "uk" | "eu"
    font: str = ""
    width_ratio: float = 0.633  # CW: 50 mm / 79 mm
    weight: int = 0


def _blend(img, mask, colour):
    """Paint colour onto img where mask (uint8 0..255) says, with antialiased edges."""
    a = (mask.astype(np.float32) / 255.0)[..., None]
    img[:] = (img * (1 - a) + np.array(colour, np.float32) * a).astype(np.uint8)


def _paste_mask(dst_mask, src, x, y):
    h, w = src.shape
    H, W = dst_mask.shape
    x0, y0, x1, y1 = max(0, x), max(0, y), min(W, x + w), min(H, y + h)
    if x1 > x0 and y1 > y0:
        region = dst_mask[y0:y1, x0:x1]
        np.maximum(region, src[y0 - y:y1 - y, x0 - x:x1 - x], out=region)


def _draw_band(img, rng, s, band_w, kind, band):
    """Blue band at the left: GB/UK identifier for UK plates, EU stars + country code otherwise."""
    H = img.shape[0]
    colour = EU_BLUE if band == "eu" else GB_BLUE
    cv2.rectangle(img, (0, 0), (band_w, H - 1), colour, -1)
    small = fonts.font_paths("small")
    if band == "eu":
        # Ring of 12 yellow stars (dots at this resolution) in the upper half.
        cx, cy, r = band_w / 2, H * 0.33, band_w * 0.3
        for k in range(12):
            t = 2 * np.pi * k / 12
            cv2.circle(img, (int(cx + r * np.cos(t)), int(cy + r * np.sin(t))), max(1, int(s * 2.2)), (255, 204, 0), -1)
        code = str(rng.choice(["D", "NL", "PL", "F", "I", "HR", "B", "CZ", "E", "LT", "RO", "SK"]))
    else:
        code = str(rng.choice(["UK", "GB"]))
        if rng.random() < 0.4:
            # A flag-ish blob above the letters (Union flag / national flag on some UK plates).
            cv2.rectangle(img, (int(band_w * 0.2), int(H * 0.12)), (int(band_w * 0.8), int(H * 0.45)),
                          (200, 30, 40), -1)
            cv2.line(img, (int(band_w * 0.2), int(H * 0.12)), (int(band_w * 0.8), int(H * 0.45)), (255, 255, 255), max(1, int(s * 3)))
    m = fonts.text_mask(small[int(rng.integers(0, len(small)))], code, max(4, int(H * 0.28)))
    mh, mw = m.shape
    if mw > band_w - 2:
        m = cv2.resize(m, (band_w - 2, mh))
        mw = band_w - 2
    sub = img[int(H * 0.6):int(H * 0.6) + mh, (band_w - mw) // 2:(band_w - mw) // 2 + mw]
    if sub.shape[:2] == m.shape:
        _blend(sub, m, (255, 255, 255))


def render_plate(groups, kind, rng, char_h, style=None):
    """Render groups (list of str) as a flat plate.

    Returns (rgb uint8 HxWx3, ink uint8 HxW, alpha uint8 HxW, style). ink marks the registration
    characters only; alpha is the plate's own silhouette (rounded corners) for compositing.
    """
    uk = kind.startswith("uk")
    if style is None:
        fam = "uk" if uk else "eu"
        paths = fonts.font_paths(fam)
        style = PlateStyle(
            kind=kind,
            rear=uk and rng.random() < 0.5,
            band=("uk" if rng.random() < 0.25 else "") if uk else ("eu" if rng.random() < 0.75 else ""),
            font=paths[int(rng.integers(0, len(paths)))],
            width_ratio=float(rng.uniform(0.56, 0.68)),
            weight=int(rng.choice([-1, 0, 0, 0, 1])) if char_h >= 24 else 0,
        )
    s = char_h / 79.0
    gap = int(round(11 * s * rng.uniform(0.7, 1.3)))
    group_gap = int(round(33 * s * rng.uniform(0.8, 1.25)))
    emblem = kind == "eu_de" and rng.random() < 0.8
    dashes = kind in ("eu_nl", "eu_lnl") and rng.random() < 0.35

    # Glyphs and horizontal layout of the text block.
    layout, x = [], 0
    for gi, grp in enumerate(groups):
        if gi > 0:
            x += int(45 * s) if (emblem and gi == 1) else group_gap
        for ci, ch in enumerate(grp):
            if ci > 0:
                x += gap
            g = fonts.glyph(style.font, ch, char_h, style.width_ratio, style.weight)
            layout.append((x, g, gi))
            x += g.shape[1]
    text_w = x

    margin_v = int(round(16 * s * rng.uniform(0.8, 1.2)))
    band_w = int(round((40 if style.band == "eu" else 48) * s)) if style.band else 0
    side = int(round(rng.uniform(25, 45) * s))
    plate_w = max(int(520 * s * rng.uniform(0.9, 1.05)), band_w + text_w + 2 * side)
    plate_h = char_h + 2 * margin_v

    base = UK_YELLOW if style.rear else UK_WHITE
    tint = rng.integers(-15, 8, 3)
    bg = np.clip(np.array(base) + tint, 0, 255).astype(np.uint8)
    img = np.empty((plate_h, plate_w, 3), np.uint8)
    img[:] = bg
    ink = np.zeros((plate_h, plate_w), np.uint8)

    if style.band:
        _draw_band(img, rng, s, band_w, kind, style.band)

    # Centre the text block in the area right of the band, with a little jitter.
    free = plate_w - band_w - text_w
    x0 = band_w + int(free / 2 + rng.uniform(-0.15, 0.15) * free / 2)
    y0 = margin_v + int(rng.uniform(-0.1, 0.1) * margin_v)
    char_colour = tuple(int(c) for c in rng.integers(0, 45, 3))
    for gx, g, gi in layout:
        # A slight per-character baseline wobble mimics cheap pressed plates.
        _paste_mask(ink, g, x0 + gx, y0 + int(rng.integers(-1, 2)) if char_h > 30 else y0)
    _blend(img, ink, char_colour)

    if emblem and len(groups) > 1:
        # German registration seals: two stacked round stickers between city code and letters.
        end0 = max(gx + g.shape[1] for gx, g, gi in layout if gi == 0)
        cx = x0 + end0 + int(45 * s) // 2
        r = max(2, int(10 * s))
        cv2.circle(img, (cx, y0 + char_h // 4), r, tuple(int(c) for c in rng.integers(60, 220, 3)), -1, cv2.LINE_AA)
        cv2.circle(img, (cx, y0 + 3 * char_h // 4), r, (40, 80, 160), -1, cv2.LINE_AA)
    if dashes:
        # Dashes between groups are printed but are not part of the VRM.
        for gi in range(1, len(groups)):
            start = min(gx for gx, g, gj in layout if gj == gi)
            cx = x0 + start - group_gap // 2
            cv2.rectangle(img, (cx - int(8 * s), y0 + int(char_h * 0.47)), (cx + int(8 * s), y0 + int(char_h * 0.57)), char_colour, -1)

    if rng.random() < 0.35 and plate_h > 24:
        # Dealer / supplier strip in small print under the characters (DVLA allows it).
        small = fonts.font_paths("small")
        words = ["KESTREL MOTORS", "AUTOPLATES LTD", "LEEDS", "M&S CARS", "BRISTOL AUTO", "PLATEWORLD.CO.UK"]
        m = fonts.text_mask(small[int(rng.integers(0, len(small)))], str(rng.choice(words)), max(3, int(margin_v * 0.45)))
        mh, mw = m.shape
        mx = band_w + max(0, (plate_w - band_w - mw) // 2)
        my = plate_h - mh - max(1, int(margin_v * 0.15))
        if mx + mw <= plate_w and my > y0 + char_h:
            _blend(img[my:my + mh, mx:mx + mw], m, char_colour)

    if rng.random() < 0.5:
        # Thin border line (common on UK plates and show plates).
        t = max(1, int(round(4 * s)))
        cv2.rectangle(img, (t, t), (plate_w - 1 - t, plate_h - 1 - t), char_colour, max(1, t // 2))

    # Rounded-corner silhouette.
    alpha = np.full((plate_h, plate_w), 255, np.uint8)
    rr = int(8 * s * rng.uniform(0.5, 1.5))
    if rr >= 2:
        corner = np.zeros((rr, rr), np.uint8)
        cv2.circle(corner, (rr, rr), rr, 255, -1)
        alpha[:rr, :rr] = corner
        alpha[:rr, -rr:] = corner[:, ::-1]
        alpha[-rr:, :rr] = corner[::-1]
        alpha[-rr:, -rr:] = corner[::-1, ::-1]
    return img, ink, alpha, style
