#!/usr/bin/env python3
"""Synthetic whole scenes with a manifest for `kestrel-cli eval`: a check of the C++ pipeline
(detector, reader, repair rules) on data that is neither the training crops nor the dev photos.

    /usr/bin/python3 tools/render_scenes.py --n 600 --out /tmp/synscenes
    build/release/bin/kestrel-cli eval --manifest /tmp/synscenes/scenes.csv

Each scene is one plate from the generator (`platesynth.crops.render_scene_spec`, normal
augmentation, the generator's mix of UK, national European and random formats) pasted on a
blurred copy of itself as a camera frame. The manifest's country column is the generator's
(XX for random formats); the box is left empty, since the generator knows the text lines but
not the plate's outline, so eval reports no detection recall for these.
"""
import argparse
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--out", default="/tmp/synscenes")
    ap.add_argument("--seed", type=int, default=424242,
                    help="numpy seed (keep it apart from render_dataset.py's 20240611)")
    args = ap.parse_args()

    import cv2
    from platesynth import crops

    os.makedirs(args.out, exist_ok=True)
    rng = np.random.default_rng([args.seed, 7])
    rows = ["file,plate_text,country,x,y,w,h"]
    made = 0
    while made < args.n:
        scene = crops.render_scene_spec(rng, heavy=False)
        if scene is None:
            continue
        img = cv2.cvtColor(scene.img, cv2.COLOR_RGB2BGR)
        h, w = img.shape[:2]
        frame_h, frame_w = max(240, h + 80), max(320, w + 120)
        frame = cv2.resize(cv2.GaussianBlur(img, (0, 0), 8), (frame_w, frame_h))
        oy, ox = (frame_h - h) // 2, (frame_w - w) // 2
        frame[oy:oy + h, ox:ox + w] = img
        name = f"s{made:04d}.jpg"
        cv2.imwrite(os.path.join(args.out, name), frame, [cv2.IMWRITE_JPEG_QUALITY, 90])
        rows.append(f"{name},{scene.label},{scene.spec.country or 'XX'},,,,")
        made += 1
    with open(os.path.join(args.out, "scenes.csv"), "w") as f:
        f.write("\n".join(rows) + "\n")
    print(f"{made} scenes and scenes.csv in {args.out}")


if __name__ == "__main__":
    main()
