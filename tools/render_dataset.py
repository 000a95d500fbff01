#!/usr/bin/python3
"""Pre-render synthetic training crops for train_ocr.py (rendering is slower than training on
2 cores, so most of the data is rendered before the time-boxed training run).

    nice -n 15 /usr/bin/python3 tools/render_dataset.py --n 300000 --workers 2 [--out /tmp/platesynth_cache]

Writes shards <out>/shard_<worker>_<k>.npz (x: uint8 [256,32,128], y: labels) as they finish, so
an interrupted run keeps what it rendered and a re-run skips shards that exist. Chunk k of worker w
uses numpy seed (SEED, --stream + w, k): the data set is a pure function of SEED, --stream, --n
and --workers.
Mix (platesynth defaults): 50 % UK, 12 % two-line, HEAVY_FRACTION with heavy degradations.
"""

import argparse
import multiprocessing as mp
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

SEED = 20240611
HEAVY_FRACTION = 0.2
CHUNK = 256


def render_chunk(seed, n=CHUNK, heavy_fraction=HEAVY_FRACTION):
    """n crops from the numpy seed sequence `seed`: (uint8 [n,32,128], [labels])."""
    from platesynth import sample_crop
    rng = np.random.default_rng(seed)
    xs, ys = [], []
    for _ in range(n):
        c, l = sample_crop(rng, heavy=rng.random() < heavy_fraction)
        xs.append(c)
        ys.append(l)
    return np.stack(xs), ys


def _worker(w, chunks, out, stream, stroke_one):
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import cv2
    cv2.setNumThreads(1)
    if stroke_one is not None:
        from platesynth import render
        render.STROKE_ONE_FRACTION = stroke_one
    for k in range(chunks):
        path = os.path.join(out, f"shard_{w:02d}_{k:04d}.npz")
        if os.path.exists(path):
            continue
        x, y = render_chunk([SEED, stream + w, k])
        np.savez(path + ".tmp.npz", x=x, y=np.array(y))
        os.replace(path + ".tmp.npz", path)


def load_shards(out, limit=None):
    """All finished shards in a directory: (uint8 [N,32,128], [labels])."""
    files = sorted(f for f in os.listdir(out) if f.startswith("shard_") and f.endswith(".npz") and ".tmp" not in f)
    if limit:
        files = files[:limit]
    xs, ys = [], []
    for f in files:
        d = np.load(os.path.join(out, f))
        xs.append(d["x"])
        ys.extend(str(s) for s in d["y"])
    if not xs:
        return np.zeros((0, 32, 128), np.uint8), []
    return np.concatenate(xs), ys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", default="/tmp/platesynth_cache")
    ap.add_argument("--stream", type=int, default=1000,
                    help="seed stream of worker 0 (give each generator version its own: v2 1000, v3 3000)")
    ap.add_argument("--stroke-one", type=float, default=None,
                    help="share of UK 1s drawn as bare stems (platesynth.render.STROKE_ONE_FRACTION; "
                         "default the generator's, 0.5 = v5; 0 gives the v4 generator)")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    chunks = -(-args.n // (CHUNK * args.workers))
    t0 = time.time()
    procs = [mp.Process(target=_worker, args=(w, chunks, args.out, args.stream, args.stroke_one)) for w in range(args.workers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    n = len([f for f in os.listdir(args.out) if f.startswith("shard_") and ".tmp" not in f])
    print(f"{n} shards ({n * CHUNK} crops) in {args.out}, {(time.time() - t0) / 60:.1f} min")


if __name__ == "__main__":
    main()
