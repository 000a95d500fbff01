"""Crops in the exact convention the C++ recogniser uses.

Convention (keep in sync with the C++ side, core/recognition/recogniser.cpp):
  1. Take the axis-aligned bounding box of a text line's characters (union of that line's glyph
     ink, after the geometric transform); let h be its height.
  2. Expand left and right each by a random margin in [0.05h, 0.6h], top and bottom each by a
     random margin in [0.05h, 0.4h]. What lies there is whatever the composited scene shows.
  3. Crop from the composited image, convert to grey, resize to 128x32 (aspect ignored).
  Two-line plates: steps 1-3 per line, but each line crop is resized to 32 high keeping its aspect;
  the two are concatenated (top line left) and the result resized to 128x32 with INTER_AREA.
  Half of the crops instead use the C++ rectifyLine geometry (rotated rectangle along the line's
  slope, margins in units of max(hull height, character height)), with noisy slope/height.
  Light-on-dark plates (old UK black plates) are inverted after cropping, as the C++ side does.
"""

import cv2
import numpy as np

from .formats import random_spec
from .render import render_spec
from . import augment

CROP_H, CROP_W = 32, 128
MIN_CONTRAST = 18.0   # grey levels between character ink and plate, else the scene is re-drawn


def text_box(ink_mask):
    """(x0, y0, x1, y1) exclusive bounds of character ink (mask > half), or None."""
    ys, xs = np.nonzero(ink_mask > 127)
    if len(xs) == 0:
        return None
    return xs.min(), ys.min(), xs.max() + 1, ys.max() + 1


def crop_from_box(img, box, rng, margins=None):
    """Apply the margin rule around box and return the 32x128 grey crop.

    margins: optional fixed (left, top, right, bottom) in units of the box height; otherwise random
    within the convention's ranges.
    """
    x0, y0, x1, y1 = box
    h = y1 - y0
    if margins is None:
        margins = (rng.uniform(0.05, 0.6), rng.uniform(0.05, 0.4), rng.uniform(0.05, 0.6), rng.uniform(0.05, 0.4))
    ml, mt, mr, mb = margins
    cx0, cy0 = int(round(x0 - ml * h)), int(round(y0 - mt * h))
    cx1, cy1 = int(round(x1 + mr * h)), int(round(y1 + mb * h))
    H, W = img.shape[:2]
    # The compositor leaves enough surround; clamping is only a guard for callers' own images.
    pad = max(0, -cx0, -cy0, cx1 - W, cy1 - H)
    if pad:
        img = cv2.copyMakeBorder(img, pad, pad, pad, pad, cv2.BORDER_REPLICATE)
        cx0, cy0, cx1, cy1 = cx0 + pad, cy0 + pad, cx1 + pad, cy1 + pad
    patch = img[cy0:cy1, cx0:cx1]
    grey = cv2.cvtColor(patch, cv2.COLOR_RGB2GRAY) if patch.ndim == 3 else patch
    # The C++ side may shrink with INTER_AREA or INTER_LINEAR; train on both.
    interp = cv2.INTER_AREA if (grey.shape[1] > CROP_W and rng.random() < 0.5) else cv2.INTER_LINEAR
    return cv2.resize(grey, (CROP_W, CROP_H), interpolation=interp)


def rectify_line(img, box, char_h, angle_deg, size, margins):
    """Port of the C++ rectifyLine (core/recognition/recogniser.cpp) with per-side margins.

    box (x0, y0, x1, y1) is the axis-aligned hull of the line's ink, char_h the character height
    and angle_deg the line's slope, as the C++ detector estimates them. The crop is the rotated
    rectangle that hugs the line plus margins (left, top, right, bottom in units of
    h = max(hull height, char_h)); C++ uses 0.3 / 0.22 on both sides. Warped to size (w, h) with
    INTER_LINEAR and BORDER_REPLICATE, pre-smoothed when shrinking more than 2x, like C++.
    """
    x0, y0, x1, y1 = box
    tw, th = x1 - x0, y1 - y0
    h = max(th, char_h)
    a = np.deg2rad(angle_deg)
    ca, sa = np.cos(a), np.sin(a)
    line_len = max(1.0, (tw - h * abs(sa)) / max(0.5, ca))
    ml, mt, mr, mb = margins
    left, right = line_len / 2 + ml * h, line_len / 2 + mr * h
    top, bottom = char_h / 2 + mt * h, char_h / 2 + mb * h
    c = np.array([x0 + tw / 2.0, y0 + th / 2.0])
    ux, uy = np.array([ca, sa]), np.array([-sa, ca])
    src = np.float32([c - ux * left - uy * top, c + ux * right - uy * top, c - ux * left + uy * bottom])
    dst = np.float32([[0, 0], [size[0], 0], [0, size[1]]])
    shrink = (left + right) / size[0]
    if shrink > 2.0:
        k = int(shrink) | 1
        img = cv2.GaussianBlur(img, (k, k), 0)
    return cv2.warpAffine(img, cv2.getAffineTransform(src, dst), size, flags=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_REPLICATE)


def _margins(rng):
    return (rng.uniform(0.05, 0.6), rng.uniform(0.05, 0.4), rng.uniform(0.05, 0.6), rng.uniform(0.05, 0.4))


def _crop_axis(grey, box, margins, out_w=None):
    """Axis-aligned crop around box with margins (units of box height); resized to 32 high and
    out_w wide (or its natural width at 32 high when out_w is None)."""
    x0, y0, x1, y1 = box
    h = y1 - y0
    ml, mt, mr, mb = margins
    cx0, cy0 = int(round(x0 - ml * h)), int(round(y0 - mt * h))
    cx1, cy1 = int(round(x1 + mr * h)), int(round(y1 + mb * h))
    H, W = grey.shape[:2]
    pad = max(0, -cx0, -cy0, cx1 - W, cy1 - H)
    if pad:
        grey = cv2.copyMakeBorder(grey, pad, pad, pad, pad, cv2.BORDER_REPLICATE)
        cx0, cy0, cx1, cy1 = cx0 + pad, cy0 + pad, cx1 + pad, cy1 + pad
    patch = grey[cy0:cy1, cx0:cx1]
    if out_w is None:
        out_w = max(8, int(round(CROP_H * patch.shape[1] / max(1, patch.shape[0]))))
    return patch, out_w


def _resize(patch, size, rng):
    shrink = patch.shape[1] > size[0] or patch.shape[0] > size[1]
    interp = cv2.INTER_AREA if (shrink and rng.random() < 0.5) else cv2.INTER_LINEAR
    return cv2.resize(patch, size, interpolation=interp)


def line_geometry(M, flat_box, char_h_flat):
    """(angle in degrees, character height in image pixels) of a line from the plate homography."""
    x0, y0, x1, y1 = flat_box
    ym = y0 + char_h_flat / 2
    xm = (x0 + x1) / 2
    pts = np.float32([[[x0, ym], [x1, ym], [xm, y0], [xm, y0 + char_h_flat]]])
    p = cv2.perspectiveTransform(pts, M)[0]
    ang = np.degrees(np.arctan2(p[1, 1] - p[0, 1], p[1, 0] - p[0, 0]))
    return float(ang), float(np.linalg.norm(p[3] - p[2]))


def crop_lines(grey, boxes, geoms, rng, rectified):
    """The 32x128 network input for one or two lines.

    One line: the box with random margins, resized to 128x32 (aspect ignored). Two lines (the C++
    Recogniser::rectify convention): each line cropped with its own margins, resized to 32 high
    keeping its aspect, concatenated left to right (top line first), then INTER_AREA to 128x32.
    rectified: use the rotated rectifyLine crop (C++) instead of the axis-aligned box.
    """
    parts = []
    two = len(boxes) > 1
    for box, (ang, ch) in zip(boxes, geoms):
        m = _margins(rng)
        if rectified:
            # The detector's estimates are not exact.
            ang_e = ang + rng.normal(0, 1.5)
            ch_e = max(3.0, ch * rng.normal(1.0, 0.06))
            h = max(box[3] - box[1], ch_e)
            if two:
                w_nat = (box[2] - box[0]) + (m[0] + m[2]) * h
                hh = ch_e + (m[1] + m[3]) * h
                size = (max(8, int(round(CROP_H * w_nat / max(1.0, hh)))), CROP_H)
            else:
                size = (CROP_W, CROP_H)
            parts.append(rectify_line(grey, box, ch_e, ang_e, size, m))
        else:
            patch, w_nat = _crop_axis(grey, box, m)
            parts.append(_resize(patch, (w_nat, CROP_H) if two else (CROP_W, CROP_H), rng))
    if not two:
        return parts[0]
    both = np.hstack(parts)
    return cv2.resize(both, (CROP_W, CROP_H), interpolation=cv2.INTER_AREA)


def sample_text_h(rng, heavy):
    """Character height in the camera image: many small plates (9-16 px), log-uniform otherwise."""
    if heavy:
        lo, hi = (8, 16) if rng.random() < 0.4 else (9, 40)
    else:
        lo, hi = (9, 16) if rng.random() < 0.25 else (12, 64)
    return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))


class Scene:
    """A composited, degraded scene and what the crop convention needs about it."""

    def __init__(self, img, line_inks, boxes, geoms, spec, text_h, invert):
        self.img, self.line_inks, self.boxes, self.geoms = img, line_inks, boxes, geoms
        self.spec, self.text_h, self.invert = spec, text_h, invert

    @property
    def label(self):
        return self.spec.label


def render_scene_spec(rng, heavy=False, p_uk=0.5, text_h=None, spec=None, uk=None, two_line=None,
                      p_two_line=0.12):
    """Render a PlateSpec (random unless given) into a scene; None if the text vanished."""
    if spec is None:
        spec = random_spec(rng, p_uk=p_uk, p_two_line=p_two_line, uk=uk, two_line=two_line)
    if text_h is None:
        text_h = sample_text_h(rng, heavy)
    # Render larger than the destination so the warp only shrinks.
    char_h = int(np.clip(text_h * rng.uniform(1.2, 1.8), 22, 110))
    plate = render_spec(spec, rng, char_h)
    rgb = augment.add_dirt(plate.rgb, rng, heavy)
    img, winks, pa, M = augment.composite_lines(rgb, plate.line_inks, plate.alpha, rng, text_h / char_h, heavy)
    img = augment.photometric2(img, rng, text_h, heavy, pa)
    boxes, geoms = [], []
    grey = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    for flat, wink, lch in zip(plate.line_inks, winks, plate.line_char_h):
        box = text_box(wink)
        fb = text_box(flat)
        if box is None or fb is None or box[3] - box[1] < 3:
            return None
        # Unreadable after the degradations (ink and plate within a few grey levels): a label
        # nobody could read is noise, so draw another scene.
        x0, y0, x1, y1 = box
        g, m = grey[y0:y1, x0:x1].astype(np.float32), wink[y0:y1, x0:x1]
        on, off = m > 160, m < 40
        if on.sum() < 3 or off.sum() < 3 or abs(g[on].mean() - g[off].mean()) < MIN_CONTRAST:
            return None
        boxes.append(box)
        geoms.append(line_geometry(M, fb, lch))
    return Scene(img, winks, boxes, geoms, spec, text_h, plate.invert)


def render_scene(rng, heavy=False, p_uk=0.5, text_h=None):
    """A composited, degraded scene: (image RGB, warped ink mask of all lines, label, text height)."""
    while True:
        sc = render_scene_spec(rng, heavy, p_uk, text_h)
        if sc is not None:
            return sc.img, np.maximum.reduce(sc.line_inks), sc.label, sc.text_h


def scene_crop(sc, rng, rectified=None):
    """The network input for a scene: grey 32x128, light-on-dark plates inverted like the C++ side."""
    grey = cv2.cvtColor(sc.img, cv2.COLOR_RGB2GRAY)
    if rectified is None:
        rectified = rng.random() < 0.5
    crop = crop_lines(grey, sc.boxes, sc.geoms, rng, rectified)
    if sc.invert != (rng.random() < 0.02):
        # Black plates with silver characters: the C++ side inverts such crops; a small share of
        # wrongly-polarised crops keeps the OCR tolerant of detector mistakes.
        crop = 255 - crop
    return crop


def sample_crop(rng, heavy=False, p_uk=0.5, uk=None, two_line=None, p_two_line=0.12):
    """(crop grey uint8 [32,128], label str) following the convention above."""
    while True:
        sc = render_scene_spec(rng, heavy, p_uk, uk=uk, two_line=two_line, p_two_line=p_two_line)
        if sc is not None:
            return scene_crop(sc, rng), sc.label
