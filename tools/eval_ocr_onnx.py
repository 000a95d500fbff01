#!/usr/bin/python3
"""Evaluate exported plate OCR models through OpenCV dnn (what the C++ side runs), not torch.

    /usr/bin/python3 tools/eval_ocr_onnx.py [--model A.onnx [--model B.onnx ...]] [--n 2000] [--seed 777]

Renders fresh synthetic sets (seeds differ from the training/validation seeds): normal (seed),
heavy (seed+1), two-line only (seed+2) and UK only (seed+3), feeds them in batches of 8 with
exactly the model contract (grey/255, [N,1,32,128]), greedy-decodes CTC and reports per-character
and whole-plate accuracy, the most frequent substitutions, plus timing at batch 1 and 8 with one
thread. Several --model options compare models on the same crops.
"""

import argparse
import os
import sys
import time

import cv2
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ocr_model import greedy_decode, accuracy, confusions, synthetic_set, EVAL_SETS, T_STEPS, NUM_CLASSES  # noqa: E402


def run(net, crops, batch=8):
    out = []
    for i in range(0, len(crops), batch):
        x = crops[i:i + batch].astype(np.float32)[:, None] / 255.0
        net.setInput(x)
        # OpenCV may report a wrong shape at batch > 1 while the data is right: reshape from the
        # known layout.
        out.append(net.forward().reshape(len(x), T_STEPS, NUM_CLASSES))
    return np.concatenate(out)


def timing(net, x, reps=500):
    x1 = x[:1].astype(np.float32)[:, None] / 255.0
    for _ in range(20):
        net.setInput(x1)
        net.forward()
    best = []
    for _ in range(5):
        t = time.perf_counter()
        for _ in range(reps // 5):
            net.setInput(x1)
            net.forward()
        best.append((time.perf_counter() - t) / (reps // 5) * 1000)
    x8 = x[:8].astype(np.float32)[:, None] / 255.0
    t = time.perf_counter()
    for _ in range(60):
        net.setInput(x8)
        net.forward()
    ms8 = (time.perf_counter() - t) / 60 / 8 * 1000
    return min(best), float(np.median(best)), ms8


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", action="append", default=None)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=777)
    ap.add_argument("--sets", default="normal,heavy,two_line,uk")
    args = ap.parse_args()
    models = args.model or [os.path.join(HERE, "..", "resources", "models", "plate_ocr.onnx")]

    cv2.setNumThreads(1)
    nets = [(m, cv2.dnn.readNetFromONNX(m)) for m in models]
    x = None
    for k, name in enumerate(("normal", "heavy", "two_line", "uk")):
        if name not in args.sets.split(","):
            continue
        heavy, uk, two = EVAL_SETS[name]
        x, y = synthetic_set(args.n, args.seed + k, heavy=heavy, uk=uk, two_line=two)
        for path, net in nets:
            preds = greedy_decode(run(net, x))
            ca, pa = accuracy(preds, y)
            errs = [f"{t}->{p}" for t, p in zip(y, preds) if t != p][:8]
            print(f"{os.path.basename(path):18s} {name:8s} n={args.n} seed={args.seed + k}: per-char {ca:.4f}  "
                  f"whole-plate {pa:.4f}  confusions {confusions(preds, y, 8)}  e.g. {errs}", flush=True)
    for path, net in nets:
        ms_min, ms_med, ms8 = timing(net, x)
        print(f"{os.path.basename(path):18s} cv2.dnn, 1 thread: {ms_min:.3f} ms (median {ms_med:.3f}) per crop at batch 1, "
              f"{ms8:.3f} ms per crop at batch 8")


if __name__ == "__main__":
    main()
