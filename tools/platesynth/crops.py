"""Crops in the exact convention the C++ recogniser uses.

Convention (keep in sync with the C++ side):
  1. Take the axis-aligned bounding box of the plate's characters (union of all glyph ink, after
     the geometric transform); let h be its height.
  2. Expand left and right each by a random margin in [0.05h, 0.6h], top and bottom each by a
     random margin in [0.05h, 0.4h]. What lies there is whatever the composited scene shows.
  3. Crop from the composited image, convert to grey, resize to 128x32 (aspect ignored).
"""

import cv2
import numpy as np

from .formats import random_plate_text
from .render import render_plate
from . import augment

CROP_H, CROP_W = 32, 128


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


def render_scene(rng, heavy=False, p_uk=0.65, text_h=None):
    """A composited, degraded scene: (image RGB, warped ink mask, label, text height used)."""
    groups, kind = random_plate_text(rng, p_uk)
    if text_h is None:
        # Character height in the camera image, log-uniform: small reads are the hard, common case.
        lo, hi = (9, 40) if heavy else (12, 64)
        text_h = float(np.exp(rng.uniform(np.log(lo), np.log(hi))))
    # Render the flat plate a bit larger than its destination so the warp only shrinks (no
    # aliasing artefacts from up-sampling a tiny rendering).
    char_h = int(np.clip(text_h * rng.uniform(1.2, 1.8), 20, 110))
    plate, ink, alpha, _ = render_plate(groups, kind, rng, char_h)
    plate = augment.add_dirt(plate, rng, heavy)
    img, wink = augment.composite(plate, ink, alpha, rng, text_h / char_h, heavy)
    img = augment.photometric(img, rng, text_h, heavy)
    return img, wink, "".join(groups), text_h


def sample_crop(rng, heavy=False, p_uk=0.65):
    """(crop grey uint8 [32,128], label str) following the convention above."""
    while True:
        img, wink, label, _ = render_scene(rng, heavy, p_uk)
        box = text_box(wink)
        if box is not None and box[3] - box[1] >= 3:
            return crop_from_box(img, box, rng), label
