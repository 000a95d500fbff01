"""Geometric placement of a flat plate on a background, and photometric degradations.

The order of photometric steps follows a camera: scene lighting (shadows, gradients) -> optics
(blur) -> sensor (noise, gain/gamma) -> codec (JPEG). Strength is "normal" or "heavy"; heavy is
used for a separate robustness metric and for a fraction of training samples.
"""

import cv2
import numpy as np

from .backgrounds import random_background


def add_dirt(img, rng, heavy):
    """Dark/brown blobs and streaks on the flat plate (mud, bugs, scratches)."""
    h, w = img.shape[:2]
    n = int(rng.integers(0, 12 if heavy else 5))
    if n == 0:
        return img
    layer = img.copy()
    for _ in range(n):
        c = tuple(int(v) for v in rng.integers(20, 120, 3))
        if rng.random() < 0.7:
            r = max(1, int(rng.uniform(0.005, 0.05 if heavy else 0.03) * w))
            cv2.circle(layer, (int(rng.integers(0, w)), int(rng.integers(0, h))), r, c, -1, cv2.LINE_AA)
        else:
            p0 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            p1 = (p0[0] + int(rng.integers(-w // 4, w // 4)), p0[1] + int(rng.integers(-h // 3, h // 3)))
            cv2.line(layer, p0, p1, c, max(1, int(h * 0.02)), cv2.LINE_AA)
    a = rng.uniform(0.2, 0.8 if heavy else 0.55)
    out = cv2.addWeighted(img, 1 - a, layer, a, 0)
    if rng.random() < 0.3:
        # General grime: a low-frequency darkening across the plate.
        field = cv2.resize(rng.uniform(0.7, 1.0, (3, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
        out = np.clip(out * field[..., None], 0, 255).astype(np.uint8)
    return out


def placement(rng, plate_w, plate_h, scale, heavy):
    """Destination quad for the plate corners (before translation): rotation, yaw, pitch, shear."""
    w, h = plate_w * scale, plate_h * scale
    max_rot = 15.0 if heavy else 10.0
    rot = np.deg2rad(rng.uniform(-max_rot, max_rot) if rng.random() < 0.5 else rng.normal(0, max_rot / 4))
    yaw = rng.uniform(-0.25, 0.25) if heavy else rng.uniform(-0.12, 0.12)
    pitch = rng.uniform(-0.1, 0.1)
    shear = rng.uniform(-0.15, 0.15) if heavy else rng.uniform(-0.06, 0.06)
    xcomp = rng.uniform(0.7, 1.0) if heavy else rng.uniform(0.85, 1.05)
    # Corners TL, TR, BR, BL centred on the origin; yaw makes one side taller, pitch one edge wider.
    hw, hh = w * xcomp / 2, h / 2
    pts = np.array([
        [-hw * (1 - pitch), -hh * (1 - yaw)],
        [hw * (1 - pitch), -hh * (1 + yaw)],
        [hw * (1 + pitch), hh * (1 + yaw)],
        [-hw * (1 + pitch), hh * (1 - yaw)],
    ], np.float32)
    pts[:, 0] += shear * pts[:, 1]
    pts += rng.normal(0, 0.01 * h, pts.shape).astype(np.float32)
    c, s = np.cos(rot), np.sin(rot)
    return pts @ np.array([[c, s], [-s, c]], np.float32)


def composite(plate, ink, alpha, rng, scale, heavy):
    """Warp the plate onto a fresh background; returns (image, warped ink mask)."""
    ph, pw = plate.shape[:2]
    dst = placement(rng, pw, ph, scale, heavy)
    # Background with enough surround that any crop margin (<= 0.6 text heights) stays inside.
    margin = ph * scale * rng.uniform(0.7, 1.3) + 4
    x_min, y_min = dst.min(0)
    dst = dst - [x_min - margin, y_min - margin]
    bw = int(np.ceil(dst[:, 0].max() + margin))
    bh = int(np.ceil(dst[:, 1].max() + margin))
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    M = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    bg = random_background(rng, bw, bh)
    wp = cv2.warpPerspective(plate, M, (bw, bh), flags=cv2.INTER_LINEAR)
    wa = cv2.warpPerspective(alpha, M, (bw, bh), flags=cv2.INTER_LINEAR)
    wi = cv2.warpPerspective(ink, M, (bw, bh), flags=cv2.INTER_LINEAR)
    a = (wa.astype(np.float32) / 255.0)[..., None]
    img = (bg * (1 - a) + wp * a).astype(np.uint8)
    if rng.random() < 0.3:
        # Plate recessed in a bumper: a dark outline around it.
        cv2.polylines(img, [dst.astype(np.int32)], True, (15, 15, 15), max(1, int(ph * scale * 0.04)), cv2.LINE_AA)
    return img, wi


def _motion_kernel(rng, length):
    k = np.zeros((length, length), np.float32)
    k[length // 2, :] = 1.0
    R = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), rng.uniform(0, 180), 1.0)
    k = cv2.warpAffine(k, R, (length, length))
    return k / max(1e-6, k.sum())


def photometric(img, rng, text_h, heavy):
    """Lighting, blur, sensor noise, tone curve, colour loss and JPEG, scaled to the text size."""
    h, w = img.shape[:2]
    f = img.astype(np.float32)

    if rng.random() < (0.5 if heavy else 0.25):
        # Hard shadow: a half-plane darkened, edge softened (bridge, gantry, car body).
        p = np.array([rng.uniform(0, w), rng.uniform(0, h)])
        n = rng.normal(size=2)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        d = (xx - p[0]) * n[0] + (yy - p[1]) * n[1]
        m = cv2.GaussianBlur((d > 0).astype(np.float32), (0, 0), max(0.5, text_h * rng.uniform(0.02, 0.3)))
        f *= (1 - m * rng.uniform(0.3, 0.7))[..., None]
    if rng.random() < 0.4:
        # Smooth illumination gradient / vignetting.
        field = cv2.resize(rng.uniform(0.6, 1.3, (2, 3)).astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
        f *= field[..., None]

    # Contrast / brightness / gamma.
    lo, hi = ((0.3, 1.6), (-80, 80)) if heavy else ((0.6, 1.3), (-40, 40))
    f = (f - 128) * rng.uniform(*lo) + 128 + rng.uniform(*hi)
    f = np.clip(f, 0, 255)
    g = np.exp(rng.uniform(-0.6, 0.6) if heavy else rng.uniform(-0.3, 0.3))
    f = 255.0 * (f / 255.0) ** g

    # Optics: Gaussian defocus or motion blur, relative to the character size.
    r = rng.random()
    if r < (0.6 if heavy else 0.35):
        f = cv2.GaussianBlur(f, (0, 0), max(0.3, text_h * rng.uniform(0.01, 0.07 if heavy else 0.04)))
    elif r < (0.85 if heavy else 0.5):
        length = int(max(3, text_h * rng.uniform(0.05, 0.2 if heavy else 0.1))) | 1
        f = cv2.filter2D(f, -1, _motion_kernel(rng, length))

    # Sensor noise.
    sigma = rng.uniform(0, 25 if heavy else 10)
    f = f + rng.standard_normal(f.shape, dtype=np.float32) * sigma
    out = np.clip(f, 0, 255).astype(np.uint8)

    # Colour loss: monochrome cameras, IR (yellow and white plates both look white; background
    # darker), and occasionally a fully inverted brightness.
    r = rng.random()
    if r < 0.3:
        gr = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
        out = cv2.cvtColor(gr, cv2.COLOR_GRAY2RGB)
    elif r < 0.4:
        gr = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY).astype(np.float32) / 255.0
        gr = np.clip(gr ** rng.uniform(1.2, 2.2) * rng.uniform(1.1, 1.6), 0, 1)
        out = cv2.cvtColor((gr * 255).astype(np.uint8), cv2.COLOR_GRAY2RGB)
    if rng.random() < 0.03:
        out = 255 - out

    # Codec.
    q = int(rng.integers(20, 96))
    if heavy:
        q = int(rng.integers(15, 60))
    ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, q])
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


# --- Extended scene model for the structured generator ----------------------------------------

def composite_lines(plate, line_inks, alpha, rng, scale, heavy):
    """Like composite(), for several ink masks (one per text line).

    Returns (image, [warped ink per line], warped plate alpha (float 0..1), homography M).
    """
    ph, pw = plate.shape[:2]
    dst = placement(rng, pw, ph, scale, heavy)
    margin = ph * scale * rng.uniform(0.7, 1.3) + 4
    if len(line_inks) > 1:
        margin += ph * scale * 0.3
    x_min, y_min = dst.min(0)
    dst = dst - [x_min - margin, y_min - margin]
    bw = int(np.ceil(dst[:, 0].max() + margin))
    bh = int(np.ceil(dst[:, 1].max() + margin))
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    M = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    bg = random_background(rng, bw, bh)
    wp = cv2.warpPerspective(plate, M, (bw, bh), flags=cv2.INTER_LINEAR)
    wa = cv2.warpPerspective(alpha, M, (bw, bh), flags=cv2.INTER_LINEAR)
    winks = [cv2.warpPerspective(ink, M, (bw, bh), flags=cv2.INTER_LINEAR) for ink in line_inks]
    a = wa.astype(np.float32) / 255.0
    img = (bg * (1 - a[..., None]) + wp * a[..., None]).astype(np.uint8)
    if rng.random() < 0.3:
        cv2.polylines(img, [dst.astype(np.int32)], True, (15, 15, 15), max(1, int(ph * scale * 0.04)), cv2.LINE_AA)
    return img, winks, a, M


def _shadow_mask(rng, h, w, text_h):
    """A soft-edged shadow shape: half-plane, band (pole/gantry) or a blob (car body, tree)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    kind = rng.random()
    p = np.array([rng.uniform(0.2 * w, 0.8 * w), rng.uniform(0.2 * h, 0.8 * h)])
    n = rng.normal(size=2)
    n /= np.linalg.norm(n) + 1e-6
    d = (xx - p[0]) * n[0] + (yy - p[1]) * n[1]
    if kind < 0.5:
        m = (d > 0).astype(np.float32)
    elif kind < 0.8:
        m = (np.abs(d) < text_h * rng.uniform(0.3, 2.0)).astype(np.float32)
    else:
        small = (rng.random((3, 4)) > 0.5).astype(np.float32)
        m = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
        m = (m > 0.5).astype(np.float32)
    return cv2.GaussianBlur(m, (0, 0), max(0.5, text_h * rng.uniform(0.02, 0.4)))


def photometric2(img, rng, text_h, heavy, plate_a=None):
    """Camera model for the structured generator: lighting -> optics -> sensor -> colour -> codec.

    Adds to photometric(): shadow bands/blobs, over-exposed white plates, night/IR mode (grey,
    bright retroreflective plate, dark surroundings, bloom), mostly-horizontal motion blur, and
    stronger JPEG. plate_a: the plate's warped alpha (float 0..1) for plate-only effects.
    """
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    if plate_a is None:
        plate_a = np.ones((h, w), np.float32)
    pa = plate_a[..., None]

    mode = rng.random()
    night = mode < (0.22 if heavy else 0.12)
    over = (not night) and mode < (0.36 if heavy else 0.22)

    if rng.random() < (0.5 if heavy else 0.3):
        m = _shadow_mask(rng, h, w, text_h)
        f *= (1 - m * rng.uniform(0.3, 0.75))[..., None]
    if rng.random() < 0.4:
        field = cv2.resize(rng.uniform(0.6, 1.3, (2, 3)).astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
        f *= field[..., None]

    if night:
        # IR / flash at night: the retroreflective plate lights up, the surroundings stay dark.
        g = cv2.cvtColor(np.clip(f, 0, 255).astype(np.uint8), cv2.COLOR_RGB2GRAY).astype(np.float32)
        g = g * (1 - plate_a) * rng.uniform(0.1, 0.5) + g * plate_a * rng.uniform(1.1, 1.8)
        g = np.clip(g, 0, 255)
        f = np.repeat(g[..., None], 3, axis=2)
    elif over:
        # Over-exposed white plate: the plate saturates, thin strokes lose ink.
        f = f * (1 - pa) + f * pa * rng.uniform(1.25, 1.8 if heavy else 1.7)
        f = np.clip(f, 0, 255)

    lo, hi = ((0.3, 1.6), (-80, 80)) if heavy else ((0.6, 1.3), (-40, 40))
    if night:
        lo = (1.1, 1.8)
    f = (f - 128) * rng.uniform(*lo) + 128 + rng.uniform(*hi)
    f = np.clip(f, 0, 255)
    gm = np.exp(rng.uniform(-0.6, 0.6) if heavy else rng.uniform(-0.3, 0.3))
    f = 255.0 * (f / 255.0) ** gm

    if night or over or rng.random() < 0.08:
        # Bloom: bright areas bleed into the dark strokes.
        bright = np.clip(f - rng.uniform(170, 220), 0, None)
        f = np.clip(f + cv2.GaussianBlur(bright, (0, 0), max(0.6, text_h * rng.uniform(0.05, 0.2))) * rng.uniform(0.6, 1.5), 0, 255)

    r = rng.random()
    if r < (0.55 if heavy else 0.33):
        f = cv2.GaussianBlur(f, (0, 0), max(0.3, text_h * rng.uniform(0.01, 0.06 if heavy else 0.045)))
    elif r < (0.85 if heavy else 0.55):
        length = int(max(3, text_h * rng.uniform(0.05, 0.22 if heavy else 0.14))) | 1
        k = np.zeros((length, length), np.float32)
        k[length // 2, :] = 1.0
        ang = rng.normal(0, 12) if rng.random() < 0.75 else rng.uniform(0, 180)
        R = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), ang, 1.0)
        k = cv2.warpAffine(k, R, (length, length))
        f = cv2.filter2D(f, -1, k / max(1e-6, k.sum()))

    sigma = rng.uniform(0, 25 if heavy else 10) + (rng.uniform(3, 12) if night else 0)
    # Mostly luminance noise (one field for all channels) plus a little chroma noise: the OCR
    # sees grey anyway, and this is half the cost of full per-channel noise.
    f = f + rng.standard_normal(f.shape[:2], dtype=np.float32)[..., None] * sigma
    out = np.clip(f, 0, 255).astype(np.uint8)

    if not night:
        r = rng.random()
        if r < 0.3:
            out = cv2.cvtColor(cv2.cvtColor(out, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
        elif r < 0.38:
            gr = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY).astype(np.float32) / 255.0
            gr = np.clip(gr ** rng.uniform(1.2, 2.2) * rng.uniform(1.1, 1.6), 0, 1)
            out = cv2.cvtColor((gr * 255).astype(np.uint8), cv2.COLOR_GRAY2RGB)

    if heavy:
        q = int(rng.integers(8, 50))
    else:
        q = int(rng.integers(8, 26)) if rng.random() < 0.15 else int(rng.integers(25, 96))
    ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, q])
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)
