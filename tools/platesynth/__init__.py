"""platesynth: synthetic number-plate renderer for training and demos of Kestrel's plate OCR.

Modules:
  formats     random plate texts (UK formats, generic European) split into display groups
  fonts       font discovery and per-glyph rendering to a Charles-Wright-like uniform cell
  render      draws a flat plate image plus an ink mask of its characters
  backgrounds random backgrounds (flat colours, textures, real wallpaper photographs)
  augment     geometric placement on a background and photometric degradations
  crops       sample_crop(): the (32x128 grey crop, label) pair in the crop convention the C++
              side reproduces

All randomness flows from an explicit numpy Generator, so a fixed seed reproduces a data set.
"""

from .formats import random_plate_text, ALPHABET
from .render import render_plate, PlateStyle
from .crops import sample_crop, CROP_H, CROP_W

__all__ = ["random_plate_text", "ALPHABET", "render_plate", "PlateStyle",
           "sample_crop", "CROP_H", "CROP_W"]
