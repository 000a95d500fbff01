"""Non-character marks printed or stuck on plates: coats of arms, inspection stickers, seals,
hyphens, dots, screws, side bands.

None of these is ever part of a label. They sit between character groups (or at the plate's
ends) exactly where the OCR must learn to see "not a character". Each mark is drawn at 4x on a
small canvas and downsampled (antialiased) onto the plate; colours are randomised around the
real ones so their grey values vary realistically.
"""

import cv2
import numpy as np

SS = 4  # supersampling factor of the mark canvases


def _rgb(rng, base, jitter=25):
    return tuple(int(v) for v in np.clip(np.array(base) + rng.integers(-jitter, jitter + 1, 3), 0, 255))


RED, WHITE, BLUE, GOLD, GREEN, BLACK = (200, 30, 40), (245, 245, 240), (30, 70, 170), (235, 190, 40), (30, 130, 60), (25, 25, 25)


class _Canvas:
    """Supersampled RGB canvas + alpha for one mark, blended onto a plate at (x, y)."""

    def __init__(self, w, h):
        self.w, self.h = max(1, int(round(w))), max(1, int(round(h)))
        self.W, self.H = self.w * SS, self.h * SS
        self.rgb = np.zeros((self.H, self.W, 3), np.uint8)
        self.alpha = np.zeros((self.H, self.W), np.uint8)

    def paste(self, img, x, y):
        rgb = cv2.resize(self.rgb, (self.w, self.h), interpolation=cv2.INTER_AREA).astype(np.float32)
        a = cv2.resize(self.alpha, (self.w, self.h), interpolation=cv2.INTER_AREA).astype(np.float32) / 255.0
        x, y = int(round(x)), int(round(y))
        H, W = img.shape[:2]
        x0, y0, x1, y1 = max(0, x), max(0, y), min(W, x + self.w), min(H, y + self.h)
        if x1 <= x0 or y1 <= y0:
            return
        sub = img[y0:y1, x0:x1].astype(np.float32)
        aa = a[y0 - y:y1 - y, x0 - x:x1 - x, None]
        img[y0:y1, x0:x1] = (sub * (1 - aa) + rgb[y0 - y:y1 - y, x0 - x:x1 - x] * aa).astype(np.uint8)


def _shield_poly(W, H, top=0.0):
    """Heater-shield outline in a W x H box (points int32), flat top at row top*H."""
    pts = [(0, top * H), (W - 1, top * H), (W - 1, 0.55 * H)]
    for t in np.linspace(0, 1, 12)[1:]:
        # Quadratic Bezier from the right side down to the bottom point.
        p0, c, p1 = np.array([W - 1, 0.55 * H]), np.array([W - 1, 0.88 * H]), np.array([W / 2, H - 1])
        pts.append(tuple((1 - t) ** 2 * p0 + 2 * (1 - t) * t * c + t ** 2 * p1))
    right = pts[2:]
    left = [(W - 1 - x, y) for x, y in reversed(right)]
    return np.array(pts + left[1:] + [(0, 0.55 * H)], np.int32)


def _double_cross(cv, rng, W, H, colour, y0=0.12, y1=0.72):
    cx = W / 2
    t = max(2, int(0.11 * W))
    cv2.rectangle(cv, (int(cx - t / 2), int(y0 * H)), (int(cx + t / 2), int(y1 * H)), colour, -1)
    for yy, half in ((0.27, 0.22), (0.45, 0.32)):
        cv2.rectangle(cv, (int(cx - half * W), int(yy * H - t / 2)), (int(cx + half * W), int(yy * H + t / 2)), colour, -1)


def _hills(cv, W, H, colour):
    for cx, cy, r in ((0.5, 0.93, 0.27), (0.2, 1.02, 0.25), (0.8, 1.02, 0.25)):
        cv2.circle(cv, (int(cx * W), int(cy * H)), int(r * W), colour, -1, cv2.LINE_AA)


def _charge(cv, rng, W, H, colour):
    """A vague heraldic beast / emblem: a few overlapping blobs."""
    for _ in range(int(rng.integers(2, 5))):
        c = (int(W * rng.uniform(0.3, 0.7)), int(H * rng.uniform(0.25, 0.65)))
        ax = (max(1, int(W * rng.uniform(0.08, 0.25))), max(1, int(H * rng.uniform(0.06, 0.2))))
        cv2.ellipse(cv, c, ax, float(rng.uniform(0, 180)), 0, 360, colour, -1, cv2.LINE_AA)


def shield(img, x, y, w, h, rng, family="generic"):
    """Coat of arms in the box (x, y, w, h) of the plate image."""
    cvs = _Canvas(w, h)
    W, H = cvs.W, cvs.H
    top = 0.0
    f = cvs.rgb
    if family == "hr":
        # Croatian: red/white chequy shield under a small crown of five blue-ish arcs.
        top = 0.2
        for k in range(5):
            cx = int(W * (0.1 + 0.2 * k))
            cv2.ellipse(f, (cx, int(0.2 * H)), (int(0.1 * W), int(0.18 * H)), 0, 180, 360,
                        _rgb(rng, BLUE if k % 2 else (40, 120, 200), 30), -1, cv2.LINE_AA)
            cv2.ellipse(cvs.alpha, (cx, int(0.2 * H)), (int(0.1 * W), int(0.18 * H)), 0, 180, 360, 255, -1, cv2.LINE_AA)
    poly = _shield_poly(W, H, top)
    body = np.zeros((H, W), np.uint8)
    cv2.fillPoly(body, [poly], 255, cv2.LINE_AA)
    layer = np.zeros_like(f)
    if family == "sk":
        layer[:] = _rgb(rng, RED, 30)
        _hills(layer, W, H, _rgb(rng, BLUE, 30))
        _double_cross(layer, rng, W, H, _rgb(rng, WHITE, 10))
    elif family == "hu":
        layer[:] = _rgb(rng, RED, 30)
        for k in range(4):
            y0 = int(top * H + (k * 2 + 1) * (H - top * H) / 8)
            cv2.rectangle(layer, (0, y0), (W // 2, y0 + int(H / 8)), _rgb(rng, WHITE, 10), -1)
        half = layer[:, W // 2:].copy()
        _hills(half, W // 2, H, _rgb(rng, GREEN, 30))
        _double_cross(half, rng, W // 2, H, _rgb(rng, WHITE, 10), 0.15, 0.7)
        layer[:, W // 2:] = half
    elif family == "hr":
        layer[:] = _rgb(rng, WHITE, 10)
        n = 5
        red = _rgb(rng, RED, 30)
        for i in range(n):
            for j in range(n):
                if (i + j) % 2 == 0:
                    cv2.rectangle(layer, (int(j * W / n), int(top * H + i * (H - top * H) / n)),
                                  (int((j + 1) * W / n), int(top * H + (i + 1) * (H - top * H) / n)), red, -1)
    elif family == "ch":
        layer[:] = _rgb(rng, RED, 30)
        t = int(0.18 * W)
        cv2.rectangle(layer, (W // 2 - t // 2, int(0.2 * H)), (W // 2 + t // 2, int(0.72 * H)), WHITE, -1)
        cv2.rectangle(layer, (int(0.22 * W), int(0.46 * H - t / 2)), (int(0.78 * W), int(0.46 * H + t / 2)), WHITE, -1)
    else:
        # Austrian states / generic heraldry: a partition of two tinctures, sometimes a charge.
        tinctures = [RED, WHITE, BLUE, GOLD, GREEN, BLACK]
        c1 = _rgb(rng, tinctures[int(rng.integers(0, 6))], 30)
        c2 = _rgb(rng, tinctures[int(rng.integers(0, 6))], 30)
        layer[:] = c1
        part = int(rng.integers(0, 5))
        if part == 1:      # per pale
            layer[:, W // 2:] = c2
        elif part == 2:    # fess (Austria: red-white-red)
            layer[int(H * 0.36):int(H * 0.64)] = c2
        elif part == 3:    # cross (Vienna)
            t = int(0.18 * W)
            layer[:, W // 2 - t // 2:W // 2 + t // 2] = c2
            layer[int(0.42 * H - t / 2):int(0.42 * H + t / 2)] = c2
        elif part == 4:    # per fess
            layer[int(H * 0.5):] = c2
        if rng.random() < 0.6:
            _charge(layer, rng, W, H, _rgb(rng, tinctures[int(rng.integers(0, 6))], 30))
    a = body.astype(np.float32)[..., None] / 255.0
    f[:] = (f * (1 - a) + layer * a).astype(np.uint8)
    cvs.alpha = np.maximum(cvs.alpha, body)
    if rng.random() < 0.6:
        cv2.polylines(f, [poly], True, _rgb(rng, (40, 40, 40), 30), max(1, int(0.04 * W)), cv2.LINE_AA)
    cvs.paste(img, x, y)


def _tiny_text(cv, rng, org, scale, colour, n=None, thick=1):
    chars = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
    n = n or int(rng.integers(1, 4))
    s = "".join(chars[int(rng.integers(0, len(chars)))] for _ in range(n))
    cv2.putText(cv, s, org, cv2.FONT_HERSHEY_SIMPLEX, scale, colour, thick, cv2.LINE_AA)


def _clock_ring(cv, rng, c, r_in, r_out, colours, numbers=True):
    """12 sectors (coloured alternately) with tiny numbers: the dial of an inspection sticker."""
    for k in range(12):
        a0 = k * 30 - 90
        cv2.ellipse(cv, c, (r_out, r_out), 0, a0, a0 + 30, colours[k % len(colours)], -1, cv2.LINE_AA)
    cv2.circle(cv, c, r_in, colours[-1], -1, cv2.LINE_AA)
    if numbers and r_out - r_in > 6:
        sc = (r_out - r_in) / 40.0
        for k in range(12):
            a = np.deg2rad(k * 30 - 75)
            rr = (r_in + r_out) / 2
            p = (int(c[0] + rr * np.cos(a) - sc * 10), int(c[1] + rr * np.sin(a) + sc * 8))
            cv2.putText(cv, str(k + 1), p, cv2.FONT_HERSHEY_SIMPLEX, max(0.2, sc * 0.8), (20, 20, 20), max(1, int(sc * 2)), cv2.LINE_AA)


def sticker(img, cx, cy, d, rng, kind="cz"):
    """Round inspection / registration sticker of diameter d centred at (cx, cy).

    kind: "cz" (STK: coloured rings, sectors, tiny text), "hu_de" (German HU: disc or hexagon,
    clock dial, year in the centre), "seal_de" (district seal: silver/white, text ring, small arms),
    "pl" (small hologram-like emblem).
    """
    cvs = _Canvas(d, d)
    W = cvs.W
    c, r = (W // 2, W // 2), W // 2 - 1
    f = cvs.rgb
    palette = [(230, 120, 160), (90, 180, 90), (240, 150, 40), (70, 130, 220), (240, 220, 60),
               (150, 100, 60), (200, 60, 60), (170, 170, 180), (120, 80, 170)]
    base = _rgb(rng, palette[int(rng.integers(0, len(palette)))], 25)
    if kind == "hu_de":
        if rng.random() < 0.4:
            hexa = np.array([(c[0] + r * np.cos(np.deg2rad(60 * k + 30)), c[1] + r * np.sin(np.deg2rad(60 * k + 30)))
                             for k in range(6)], np.int32)
            cv2.fillPoly(cvs.alpha, [hexa], 255, cv2.LINE_AA)
            cv2.fillPoly(f, [hexa], base, cv2.LINE_AA)
            _clock_ring(f, rng, c, int(r * 0.5), int(r * 0.85), [base, _rgb(rng, base, 40)], True)
        else:
            cv2.circle(cvs.alpha, c, r, 255, -1, cv2.LINE_AA)
            _clock_ring(f, rng, c, int(r * 0.55), r, [base, _rgb(rng, base, 40)], True)
        cv2.circle(f, c, int(r * 0.5), base, -1, cv2.LINE_AA)
        _tiny_text(f, rng, (c[0] - int(r * 0.4), c[1] + int(r * 0.2)), r / 45.0, (20, 20, 20), 2, max(1, r // 15))
        # The black marker at the month of the next inspection.
        a0 = int(rng.integers(0, 12)) * 30 - 90
        cv2.ellipse(f, c, (r, r), 0, a0, a0 + 30, (20, 20, 20), -1, cv2.LINE_AA)
    elif kind == "seal_de":
        cv2.circle(cvs.alpha, c, r, 255, -1, cv2.LINE_AA)
        ring = _rgb(rng, (200, 200, 205), 30) if rng.random() < 0.6 else _rgb(rng, palette[int(rng.integers(0, len(palette)))], 30)
        cv2.circle(f, c, r, ring, -1, cv2.LINE_AA)
        cv2.circle(f, c, int(r * 0.68), _rgb(rng, WHITE, 15), -1, cv2.LINE_AA)
        for k in range(int(rng.integers(4, 9))):
            a = np.deg2rad(rng.uniform(0, 360))
            p = (int(c[0] + r * 0.84 * np.cos(a) - r * 0.08), int(c[1] + r * 0.84 * np.sin(a) + r * 0.06))
            _tiny_text(f, rng, p, r / 90.0, (30, 30, 30), 1, 1)
        sub = np.zeros((int(r * 1.1), int(r * 0.9), 3), np.uint8)
        sub[:] = _rgb(rng, WHITE, 10)
        fam = ["generic", "generic", "sk", "hr"][int(rng.integers(0, 4))]
        shield(sub, 0, 0, sub.shape[1], sub.shape[0], rng, fam)
        y0, x0 = c[1] - sub.shape[0] // 2, c[0] - sub.shape[1] // 2
        f[y0:y0 + sub.shape[0], x0:x0 + sub.shape[1]] = sub
    elif kind == "pl":
        if rng.random() < 0.5:
            cv2.rectangle(cvs.alpha, (0, int(0.2 * W)), (W - 1, int(0.8 * W)), 255, -1)
            g = np.linspace(rng.uniform(140, 200), rng.uniform(200, 250), W).astype(np.uint8)
            f[:] = g[None, :, None]
            cv2.rectangle(f, (int(0.1 * W), int(0.3 * W)), (int(0.45 * W), int(0.5 * W)), (250, 250, 250), -1)
            cv2.rectangle(f, (int(0.1 * W), int(0.5 * W)), (int(0.45 * W), int(0.7 * W)), _rgb(rng, RED, 20), -1)
            _tiny_text(f, rng, (int(0.5 * W), int(0.68 * W)), W / 110.0, (40, 40, 40), 2, max(1, W // 40))
        else:
            cv2.circle(cvs.alpha, c, r, 255, -1, cv2.LINE_AA)
            cv2.circle(f, c, r, _rgb(rng, (190, 190, 195), 40), -1, cv2.LINE_AA)
            cv2.circle(f, c, int(r * 0.6), _rgb(rng, RED, 30), -1, cv2.LINE_AA)
            _tiny_text(f, rng, (int(c[0] - r * 0.5), int(c[1] + r * 0.25)), r / 50.0, (250, 250, 250), 2, max(1, r // 15))
    else:
        # Czech STK-style: outer coloured ring with tiny text, sector dial, centre with a year.
        cv2.circle(cvs.alpha, c, r, 255, -1, cv2.LINE_AA)
        variant = int(rng.integers(0, 3))
        if variant == 0:
            cv2.circle(f, c, r, base, -1, cv2.LINE_AA)
            _clock_ring(f, rng, c, int(r * 0.45), int(r * 0.8), [_rgb(rng, WHITE, 15), _rgb(rng, base, 50), base], True)
        elif variant == 1:
            k = int(rng.integers(2, 5))
            for i in range(k):
                col = _rgb(rng, palette[int(rng.integers(0, len(palette)))], 30) if i % 2 == 0 else _rgb(rng, WHITE, 20)
                cv2.circle(f, c, int(r * (1 - i / (k + 0.5))), col, -1, cv2.LINE_AA)
            for _ in range(int(rng.integers(3, 8))):
                a = np.deg2rad(rng.uniform(0, 360))
                p = (int(c[0] + r * 0.8 * np.cos(a) - r * 0.1), int(c[1] + r * 0.8 * np.sin(a) + r * 0.05))
                _tiny_text(f, rng, p, r / 100.0, (30, 30, 30), 1, 1)
        else:
            for k in range(8):
                a0 = k * 45
                col = base if k % 2 else _rgb(rng, palette[int(rng.integers(0, len(palette)))], 30)
                cv2.ellipse(f, c, (r, r), 0, a0, a0 + 45, col, -1, cv2.LINE_AA)
            cv2.circle(f, c, int(r * 0.5), _rgb(rng, WHITE, 20), -1, cv2.LINE_AA)
        _tiny_text(f, rng, (c[0] - int(r * 0.35), c[1] + int(r * 0.15)), r / 60.0, (20, 20, 20), 2, max(1, r // 12))
        if rng.random() < 0.5:
            cv2.circle(f, c, r, _rgb(rng, (60, 60, 60), 30), max(1, r // 12), cv2.LINE_AA)
    cvs.paste(img, cx - d / 2, cy - d / 2)


def dash(img, x, y, w, t, colour):
    x0, y0 = int(round(x)), int(round(y))
    cv2.rectangle(img, (x0, y0), (int(round(x + w)) - 1, int(round(y + t)) - 1), colour, -1)


def dot(img, cx, cy, d, colour):
    cv2.circle(img, (int(round(cx)), int(round(cy))), max(1, int(round(d / 2))), colour, -1, cv2.LINE_AA)


def screw(img, cx, cy, d, rng):
    """A bolt or screw head: chrome (bright rim, dark slot), black/white/yellow plastic cap, rust."""
    cvs = _Canvas(d, d)
    W = cvs.W
    c, r = (W // 2, W // 2), W // 2 - 1
    kind = int(rng.integers(0, 5))
    cv2.circle(cvs.alpha, c, r, 255, -1, cv2.LINE_AA)
    f = cvs.rgb
    if kind == 0:      # chrome: radial highlight, slot or cross
        yy, xx = np.mgrid[0:W, 0:W].astype(np.float32)
        g = 1 - np.hypot(xx - W * 0.38, yy - W * 0.38) / W
        f[:] = np.clip(90 + 170 * g, 0, 255).astype(np.uint8)[..., None]
        t = max(1, W // 8)
        cv2.line(f, (int(W * 0.2), c[1]), (int(W * 0.8), c[1]), (40, 40, 40), t)
        if rng.random() < 0.5:
            cv2.line(f, (c[0], int(W * 0.2)), (c[0], int(W * 0.8)), (40, 40, 40), t)
    elif kind == 1:    # black cap / dark hole
        f[:] = _rgb(rng, (30, 30, 30), 15)
    elif kind == 2:    # white or plate-coloured cap (still visible by its shading ring)
        f[:] = _rgb(rng, (225, 225, 220), 20)
        cv2.circle(f, c, r, (120, 120, 120), max(1, W // 10), cv2.LINE_AA)
    elif kind == 3:    # yellow cap on rear plates
        f[:] = _rgb(rng, (235, 195, 40), 25)
        cv2.circle(f, c, r, (130, 100, 30), max(1, W // 10), cv2.LINE_AA)
    else:              # rusty / dirty bolt
        f[:] = _rgb(rng, (110, 70, 40), 30)
        cv2.circle(f, (int(W * 0.4), int(W * 0.4)), max(1, W // 5), _rgb(rng, (170, 120, 80), 30), -1, cv2.LINE_AA)
    cvs.paste(img, cx - d / 2, cy - d / 2)


def side_band_right(img, x, w, rng, country, s_char):
    """French / Italian right-hand blue band: regional logo and small number or province code."""
    H = img.shape[0]
    cv2.rectangle(img, (x, 0), (x + w - 1, H - 1), _rgb(rng, (0, 51, 153), 20), -1)
    col = (250, 250, 250)
    if country == "FR":
        cv2.ellipse(img, (x + w // 2, int(H * 0.35)), (max(1, int(w * 0.35)), max(1, int(H * 0.18))), 0, 0, 360,
                    _rgb(rng, (200, 60, 60), 60), -1, cv2.LINE_AA)
        txt = f"{int(rng.integers(1, 96)):02d}"
        org = (x + int(w * 0.12), int(H * 0.88))
    else:
        txt = f"{int(rng.integers(0, 100)):02d}" if rng.random() < 0.5 else "".join(
            "ABCDEFGHIKLMNOPRSTUVZ"[int(i)] for i in rng.integers(0, 21, 2))
        org = (x + int(w * 0.12), int(H * 0.88))
        cv2.putText(img, f"{int(rng.integers(0, 100)):02d}", (x + int(w * 0.15), int(H * 0.38)),
                    cv2.FONT_HERSHEY_SIMPLEX, max(0.2, w / 60.0), (250, 220, 0), max(1, int(w / 25)), cv2.LINE_AA)
    cv2.putText(img, txt, org, cv2.FONT_HERSHEY_SIMPLEX, max(0.2, w / 55.0), col, max(1, int(w / 20)), cv2.LINE_AA)
