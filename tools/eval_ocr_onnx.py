#!/usr/bin/python3
"""Evaluate the exported plate OCR through OpenCV dnn (what the C++ side runs), not torch.

    /usr/bin/python3 tools/eval_ocr_onnx.py [--model resources/models/plate_ocr.onnx] [--n 2000] [--seed 777]

Renders a fresh synthetic set (seeds differ from the training/validation seeds), feeds it in
batches of 8 with exactly the model contract (grey/255, [N,1,32,128]), greedy-decodes CTC and
reports per-character and whole-plate accuracy for normal and heavy augmentation, plus timing.
"""

import argparse
import os
import sys
import time

import cv2
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ocr_model import greedy_decode, accuracy, synthetic_set, T_STEPS, NUM_CLASSES  # noqa: E402


def run(net, crops, batch=8):
    out = []
    for i in range(0, len(crops), batch):
        x = crops[i:i + batch].astype(np.float32)[:, None] / 255.0
        net.setInput(x)
        # OpenCV may report a wrong shape at batch > 1 while the data is right: reshape from the
        # known layout.
        out.append(net.forward().reshape(len(x), T_STEPS, NUM_CLASSES))
    return np.concatenate(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=os.path.join(HERE, "..", "resources", "models", "plate_ocr.onnx"))
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=777)
    args = ap.parse_args()

    cv2.setNumThreads(1)
    net = cv2.dnn.readNetFromONNX(args.model)
    for name, heavy, seed in (("normal", False, args.seed), ("heavy", True, args.seed + 1)):
        x, y = synthetic_set(args.n, seed, heavy=heavy)
        preds = greedy_decode(run(net, x))
        ca, pa = accuracy(preds, y)
        errs = [f"{t}->{p}" for t, p in zip(y, preds) if t != p][:10]
        print(f"{name:6s} n={args.n} seed={seed}: per-char {ca:.4f}  whole-plate {pa:.4f}  errors e.g. {errs}")

    x1 = x[:1].astype(np.float32)[:, None] / 255.0
    for _ in range(20):
        net.setInput(x1)
        net.forward()
    t = time.perf_counter()
    for _ in range(500):
        net.setInput(x1)
        net.forward()
    ms1 = (time.perf_counter() - t) / 500 * 1000
    x8 = x[:8].astype(np.float32)[:, None] / 255.0
    t = time.perf_counter()
    for _ in range(100):
        net.setInput(x8)
        net.forward()
    ms8 = (time.perf_counter() - t) / 100 / 8 * 1000
    print(f"cv2.dnn, 1 thread: {ms1:.3f} ms per crop at batch 1, {ms8:.3f} ms per crop at batch 8")


if __name__ == "__main__":
    main()
