"""platesynth: synthetic number-plate renderer for training and demos of Kestrel's plate OCR.

Modules:
  formats     random plate texts: UK formats and national European structures (PlateSpec: lines
              of groups and the separators between them), plus unstructured mixes
  fonts       font pools and glyph rendering (proportional with baseline, or uniform CW-like cell)
  marks       non-character marks: coats of arms, inspection stickers, seals, hyphens, screws...
  render      draws a flat plate image plus per-line ink masks of its characters
              (render_spec for training; render_plate, the older one-line renderer, for the demo)
  backgrounds random backgrounds (flat colours, textures, real wallpaper photographs)
  augment     geometric placement on a background and photometric degradations
  crops       sample_crop(): the (32x128 grey crop, label) pair in the crop convention the C++
              side reproduces (one line, or two lines side by side)

All randomness flows from an explicit numpy Generator, so a fixed seed reproduces a data set.
"""

from .formats import random_plate_text, random_spec, PlateSpec, ALPHABET
from .render import render_plate, render_spec, PlateStyle
from .crops import sample_crop, render_scene, render_scene_spec, scene_crop, CROP_H, CROP_W

__all__ = ["random_plate_text", "random_spec", "PlateSpec", "ALPHABET", "render_plate", "render_spec",
           "PlateStyle", "sample_crop", "render_scene", "render_scene_spec", "scene_crop", "CROP_H", "CROP_W"]
