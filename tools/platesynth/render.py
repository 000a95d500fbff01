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


# --- Structured plates (PlateSpec) with marks, several fonts, one or two lines ---------------
#
# render_spec() is the training renderer; render_plate() above stays as it was for the demo video
# (its random stream, and so the demo's VRMs, must not change).

from . import marks  # noqa: E402

EU_BAND_CODE = {"SK": "SK", "CZ": "CZ", "PL": "PL", "DE": "D", "FR": "F", "IT": "I", "ES": "E", "NL": "NL",
                "BE": "B", "AT": "A", "HR": "HR", "HU": "H", "RO": "RO", "SE": "S", "DK": "DK", "PT": "P",
                "IE": "IRL"}
_BORDER_P = {"DE": 0.85, "CZ": 0.8, "SK": 0.8, "PL": 0.8, "AT": 0.5, "HR": 0.7, "HU": 0.6, "BE": 0.7,
             "UK": 0.4, "CH": 0.7, "NO": 0.6}


@dataclass
class RenderedPlate:
    rgb: np.ndarray            # H x W x 3 uint8 plate image (all marks included)
    alpha: np.ndarray          # H x W uint8 silhouette (rounded corners)
    line_inks: list            # per text line: H x W uint8 mask of that line's characters only
    line_char_h: list          # per text line: its character (cap) height in plate pixels
    invert: bool               # light characters on a dark plate: the C++ side inverts such crops
    font: str
    char_h: int


# Share of M and W glyphs drawn from strokes (fonts.stroke_glyph) rather than taken from a font.
STROKE_MW_FRACTION = 0.6
# Share of UK 1s drawn as Charles Wright draws them (fonts.stroke_one): a stem with a short flag
# or none, as narrow as the stem. Generator v5 (model v5's added 100 k crops); 0 reproduces
# generator v4, whose shards model v5 was also trained on (resources/models/README.md).
STROKE_ONE_FRACTION = 0.5


def _line_layout(rng, groups, seps, char_h, font, hfac, width_ratio, stroke, cell, gap_in, gap_group, uk=False):
    """Glyphs and separators of one line: (items, width, height incl. descenders)."""
    items, x = [], 0.0
    height = char_h
    for gi, grp in enumerate(groups):
        if gi > 0:
            tok = seps[gi - 1]
            g1 = char_h * rng.uniform(0.08, 0.2)
            if tok == "none":
                x += gap_in
            elif tok == "gap":
                x += gap_group
            elif tok == "dash":
                w = char_h * rng.uniform(0.22, 0.45)
                items.append(("dash", x + g1, w))
                x += 2 * g1 + w
            elif tok == "dot":
                d = char_h * rng.uniform(0.08, 0.15)
                items.append(("dot", x + g1, d))
                x += 2 * g1 + d
            elif tok == "shield":
                w = width_ratio * char_h * rng.uniform(0.5, 0.75)
                items.append(("shield", x + g1, w))
                x += 2 * g1 + w
            elif tok == "sticker":
                d = char_h * rng.uniform(0.8, 1.05)
                g = char_h * rng.uniform(0.1, 0.3)
                items.append(("sticker", x + g, d))
                x += 2 * g + d
            elif tok == "seals":
                d = char_h * rng.uniform(0.42, 0.52)
                g = char_h * rng.uniform(0.12, 0.3)
                items.append(("seals", x + g, d))
                x += 2 * g + d
            elif tok == "emblem":
                d = char_h * rng.uniform(0.4, 0.7)
                g = char_h * rng.uniform(0.1, 0.25)
                items.append(("emblem", x + g, d))
                x += 2 * g + d
            else:
                x += gap_group
        for ci, ch in enumerate(grp):
            if ci > 0:
                x += gap_in
            m, dy = fonts.plate_glyph(font, ch, char_h, width_ratio, stroke, cell, hfac)
            if ch in "MW" and rng.random() < STROKE_MW_FRACTION:
                m = fonts.stroke_glyph(rng, ch, m.shape[0], m.shape[1])
            elif ch == "1" and uk and STROKE_ONE_FRACTION > 0 and rng.random() < STROKE_ONE_FRACTION:
                m = fonts.stroke_one(rng, m.shape[0], fonts.stem_width(m))
            items.append(("glyph", x, m, dy))
            height = max(height, dy + m.shape[0])
            x += m.shape[1]
    return items, x, height


def _draw_band_left(img, rng, band_w, country, s):
    H = img.shape[0]
    if country == "NO":
        cv2.rectangle(img, (0, 0), (band_w, H - 1), marks._rgb(rng, (190, 20, 40), 20), -1)
        cx, cy, t = band_w // 2, int(H * 0.3), max(1, band_w // 5)
        cv2.rectangle(img, (0, cy - t), (band_w, cy + t), (240, 240, 240), -1)
        cv2.rectangle(img, (cx - t, 0), (cx + t, int(H * 0.55)), (240, 240, 240), -1)
        cv2.rectangle(img, (0, cy - t // 2), (band_w, cy + t // 2), (20, 40, 120), -1)
        cv2.rectangle(img, (cx - t // 2, 0), (cx + t // 2, int(H * 0.55)), (20, 40, 120), -1)
        code = "N"
        cv2.rectangle(img, (0, int(H * 0.55)), (band_w, H - 1), marks._rgb(rng, EU_BLUE, 20), -1)
    else:
        cv2.rectangle(img, (0, 0), (band_w, H - 1), marks._rgb(rng, EU_BLUE, 20), -1)
        cx, cy, r = band_w / 2, H * rng.uniform(0.25, 0.35), band_w * 0.3
        for k in range(12):
            t = 2 * np.pi * k / 12
            cv2.circle(img, (int(cx + r * np.cos(t)), int(cy + r * np.sin(t))), max(1, int(s * 2.2)), (255, 204, 0), -1)
        code = EU_BAND_CODE.get(country) or str(rng.choice(["D", "NL", "PL", "F", "I", "CZ", "SK", "LT", "S", "FIN"]))
    small = fonts.font_paths("small")
    m = fonts.text_mask(small[int(rng.integers(0, len(small)))], code, max(4, int(H * rng.uniform(0.22, 0.3))))
    mh, mw = m.shape
    if mw > band_w - 2:
        m = cv2.resize(m, (max(1, band_w - 2), mh))
        mw = m.shape[1]
    y = int(H * 0.62)
    sub = img[y:y + mh, (band_w - mw) // 2:(band_w - mw) // 2 + mw]
    if sub.shape[:2] == m.shape:
        _blend(sub, m, (255, 255, 255) if country != "NO" else (240, 240, 240))


def render_spec(spec, rng, char_h):
    """Draw a PlateSpec as a flat plate with character height char_h (cap height, pixels)."""
    country = spec.country
    uk = country == "UK"
    s = char_h / 79.0
    font, hfac = fonts.pick_font(rng, "uk" if uk else "eu")
    din = "DIN" in font
    cell = rng.random() < (0.55 if uk else 0.08)
    width_ratio = rng.uniform(0.56, 0.68) if uk else rng.uniform(0.5, 0.66)
    # Real continental plates are light-stroked: half of the DIN plates are thinned (see
    # fonts._ref_glyph), the rest emboldened as the heavier FE-Schrift and worn plates look.
    stroke = int(rng.choice([-3, -2, -2, -1, -1, 0, 1, 2, 3])) if din else int(rng.choice([-1, 0, 0, 0, 1, 2]))
    gap_in = char_h * (rng.uniform(0.09, 0.18) if uk else rng.uniform(0.05, 0.2))
    gap_group = char_h * (rng.uniform(0.33, 0.55) if uk else rng.uniform(0.25, 0.6))

    # Colours: characters, plate background.
    black_plate = uk and rng.random() < 0.06
    rear = uk and rng.random() < 0.5
    if black_plate:
        bg_col = rng.integers(10, 50, 3)
        ch_col = tuple(int(v) for v in np.full(3, rng.integers(165, 240)) + rng.integers(-10, 10, 3))
    else:
        if uk:
            base = UK_YELLOW if rear else UK_WHITE
        elif country == "NL" or (country == "" and rng.random() < 0.1):
            base = (245, 200, 20)
        else:
            base = UK_WHITE
        bg_col = np.clip(np.array(base) + rng.integers(-18, 8, 3), 0, 255)
        if country == "BE":
            ch_col = marks._rgb(rng, (165, 20, 40), 25)
        else:
            ch_col = tuple(int(c) for c in rng.integers(0, 45, 3))

    # Lines.
    lines = []
    for li, (groups, seps) in enumerate(zip(spec.lines, spec.seps)):
        lh = char_h if (li == 0 or rng.random() < 0.85) else int(round(char_h * rng.uniform(0.88, 1.1)))
        items, w, h = _line_layout(rng, groups, seps, lh, font, hfac, width_ratio, stroke, cell, gap_in, gap_group, uk)
        lines.append((items, w, h, lh))
    two = len(lines) > 1
    text_w = max(w for _, w, _, _ in lines)
    line_gap = char_h * rng.uniform(0.12, 0.35)
    text_h = sum(h for _, _, h, _ in lines) + (line_gap if two else 0)

    # Plate geometry: bands, margins.
    band = ""
    if uk:
        band = "uk" if rng.random() < 0.25 and not black_plate else ""
    elif country in ("NO",):
        band = "no" if rng.random() < 0.8 else ""
    elif country != "CH":
        band = "eu" if rng.random() < (0.85 if country else 0.6) else ""
    band_w = int(round(char_h * rng.uniform(0.45, 0.62))) if band else 0
    right_w = int(round(char_h * rng.uniform(0.45, 0.6))) if country in ("FR", "IT") and rng.random() < 0.85 else 0
    margin_v = char_h * rng.uniform(0.13, 0.26)
    side = char_h * rng.uniform(0.25, 0.6)
    min_w = char_h * (rng.uniform(3.2, 4.2) if two else rng.uniform(6.0, 6.9))
    plate_w = int(max(min_w, band_w + right_w + text_w + 2 * side))
    plate_h = int(round(text_h + 2 * margin_v))
    img = np.empty((plate_h, plate_w, 3), np.uint8)
    img[:] = bg_col
    if rng.random() < 0.3:
        # Faint retroreflective-sheeting watermark / texture.
        tex = cv2.resize(rng.normal(0, 1, (max(2, plate_h // 6), max(2, plate_w // 6))).astype(np.float32),
                         (plate_w, plate_h), interpolation=cv2.INTER_CUBIC)
        img[:] = np.clip(img.astype(np.float32) + tex[..., None] * rng.uniform(2, 7), 0, 255).astype(np.uint8)
    if country == "AT":
        t = max(1, int(round(char_h * rng.uniform(0.07, 0.11))))
        red = marks._rgb(rng, (200, 30, 40), 20)
        img[:t] = red
        img[-t:] = red
    if band == "eu" or band == "no":
        _draw_band_left(img, rng, band_w, country, s)
    elif band == "uk":
        _draw_band(img, rng, s, band_w, spec.kind, "uk")
    if right_w:
        marks.side_band_right(img, plate_w - right_w, right_w, rng, country, char_h)

    # Place the text block in the free area between the bands.
    free_x0, free_x1 = band_w, plate_w - right_w
    free = free_x1 - free_x0 - text_w
    bx = free_x0 + free / 2 + rng.uniform(-0.15, 0.15) * free / 2
    by = margin_v + rng.uniform(-0.1, 0.1) * margin_v
    line_inks, marks_todo, gap_spots = [], [], []
    y = by
    for items, w, h, lh in lines:
        ink = np.zeros((plate_h, plate_w), np.uint8)
        lx = bx + (text_w - w) / 2 if (two or rng.random() < 0.9) else bx
        prev_end = None
        for it in items:
            if it[0] == "glyph":
                _, gx, m, dy = it
                wob = int(rng.integers(-1, 2)) if lh > 30 else 0
                _paste_mask(ink, m, int(round(lx + gx)), int(round(y + dy)) + wob)
                if prev_end is not None:
                    gap_spots.append(((prev_end + lx + gx) / 2, y, lh, lx + gx - prev_end))
                prev_end = lx + gx + m.shape[1]
            else:
                marks_todo.append((it, lx, y, lh))
                prev_end = None
                gap_spots.append((lx + it[1] + it[2] / 2, y, lh, 0.0))
        line_inks.append(ink)
        y += h + line_gap

    # Marks between groups (never in the ink masks).
    for it, lx, ly, lh in marks_todo:
        kind, mx, mw = it[0], lx + it[1], it[2]
        if kind == "dash":
            t = lh * rng.uniform(0.08, 0.14)
            marks.dash(img, mx, ly + lh * rng.uniform(0.43, 0.55) - t / 2, mw, t, ch_col)
        elif kind == "dot":
            marks.dot(img, mx + mw / 2, ly + lh * (0.5 if rng.random() < 0.6 else rng.uniform(0.6, 0.85)), mw, ch_col)
        elif kind == "shield":
            sh = lh * rng.uniform(0.72, 1.0)
            fam = spec.shield or "generic"
            marks.shield(img, mx, ly + (lh - sh) * rng.uniform(0.3, 0.7), mw, sh, rng, fam)
        elif kind == "sticker":
            if rng.random() < 0.9:
                marks.sticker(img, mx + mw / 2, ly + lh * rng.uniform(0.42, 0.58), mw, rng,
                              "cz" if rng.random() < 0.8 else "hu_de")
        elif kind == "seals":
            v = rng.random()
            cx = mx + mw / 2
            if v < 0.6 or v >= 0.85:
                marks.sticker(img, cx, ly + lh * 0.75, mw, rng, "seal_de")
            if v < 0.6 or (0.75 <= v < 0.85):
                marks.sticker(img, cx, ly + lh * 0.25, mw, rng, "hu_de")
            if 0.6 <= v < 0.75:
                pass   # empty seal slot
        elif kind == "emblem":
            if rng.random() < 0.55:
                marks.sticker(img, mx + mw / 2, ly + lh * rng.uniform(0.4, 0.6), mw, rng, "pl")

    # Characters.
    for ink in line_inks:
        _blend(img, ink, ch_col)

    # Swiss rear plates: national shield left, cantonal shield right.
    if country == "CH" and rng.random() < 0.5:
        sh = char_h * 0.8
        sw = sh * 0.8
        marks.shield(img, max(1, bx - sw - char_h * 0.25), by + char_h * 0.1, sw, sh, rng, "ch")
        marks.shield(img, min(plate_w - sw - 1, bx + text_w + char_h * 0.25), by + char_h * 0.1, sw, sh, rng, "generic")

    # Screws / bolt heads: in group gaps, at the ends, or between lines.
    if rng.random() < 0.45:
        n = int(rng.choice([1, 2, 2, 2, 4]))
        for _ in range(n):
            d = char_h * rng.uniform(0.09, 0.2)
            r = rng.random()
            if r < 0.4 and gap_spots:
                gx, gy, lh, gw = gap_spots[int(rng.integers(0, len(gap_spots)))]
                if gw and gw < d * 1.1:
                    continue            # too narrow: a screw there would hide characters
                cy = gy + lh * float(rng.choice([rng.uniform(0.1, 0.3), rng.uniform(0.4, 0.6), rng.uniform(0.7, 0.9)]))
                cx = gx
            elif r < 0.8:
                cx = (bx - side * rng.uniform(0.3, 0.7)) if rng.random() < 0.5 else (bx + text_w + side * rng.uniform(0.3, 0.7))
                cy = plate_h * rng.uniform(0.3, 0.7)
            else:
                cx = bx + text_w * rng.uniform(0.1, 0.9)
                cy = (margin_v * 0.5) if rng.random() < 0.5 else (plate_h - margin_v * 0.5)
                if two and rng.random() < 0.5:
                    cy = by + lines[0][2] + line_gap / 2
            marks.screw(img, cx, cy, d, rng)

    # Dealer print (UK mostly) under the characters.
    if rng.random() < (0.35 if uk else 0.1) and plate_h > 24 and not two:
        small = fonts.font_paths("small")
        words = ["KESTREL MOTORS", "AUTOPLATES LTD", "LEEDS", "M&S CARS", "BRISTOL AUTO", "PLATEWORLD.CO.UK",
                 "AUTOHAUS MAIER", "SKODA", "KIA MOTORS", "DEKRA", "WWW.PLATES.EU"]
        bottom = by + text_h
        m = fonts.text_mask(small[int(rng.integers(0, len(small)))], str(rng.choice(words)),
                            max(3, int((plate_h - bottom) * 0.5)))
        mh, mw = m.shape
        mx = band_w + max(0, (plate_w - band_w - right_w - mw) // 2)
        my = plate_h - mh - max(1, int(margin_v * 0.12))
        if mx + mw <= plate_w and my > bottom:
            _blend(img[my:my + mh, mx:mx + mw], m, ch_col)

    # Printed border.
    if rng.random() < _BORDER_P.get(country, 0.35):
        inset = max(1, int(round(char_h * rng.uniform(0.03, 0.1))))
        th = max(1, int(round(char_h * rng.uniform(0.02, 0.06))))
        col = ch_col if country != "BE" else marks._rgb(rng, (165, 20, 40), 25)
        rad = int(char_h * rng.uniform(0, 0.15))
        if rad < 2:
            cv2.rectangle(img, (inset, inset), (plate_w - 1 - inset, plate_h - 1 - inset), col, th)
        else:
            x0, y0, x1, y1 = inset, inset, plate_w - 1 - inset, plate_h - 1 - inset
            cv2.line(img, (x0 + rad, y0), (x1 - rad, y0), col, th, cv2.LINE_AA)
            cv2.line(img, (x0 + rad, y1), (x1 - rad, y1), col, th, cv2.LINE_AA)
            cv2.line(img, (x0, y0 + rad), (x0, y1 - rad), col, th, cv2.LINE_AA)
            cv2.line(img, (x1, y0 + rad), (x1, y1 - rad), col, th, cv2.LINE_AA)
            for (cx, cy, a) in ((x0 + rad, y0 + rad, 180), (x1 - rad, y0 + rad, 270), (x1 - rad, y1 - rad, 0), (x0 + rad, y1 - rad, 90)):
                cv2.ellipse(img, (cx, cy), (rad, rad), 0, a, a + 90, col, th, cv2.LINE_AA)

    alpha = np.full((plate_h, plate_w), 255, np.uint8)
    rr = int(char_h * 0.1 * rng.uniform(0.5, 1.5))
    if rr >= 2:
        corner = np.zeros((rr, rr), np.uint8)
        cv2.circle(corner, (rr, rr), rr, 255, -1)
        alpha[:rr, :rr] = corner
        alpha[:rr, -rr:] = corner[:, ::-1]
        alpha[-rr:, :rr] = corner[::-1]
        alpha[-rr:, -rr:] = corner[::-1, ::-1]
    return RenderedPlate(img, alpha, line_inks, [lh for _, _, _, lh in lines], black_plate, font, char_h)
