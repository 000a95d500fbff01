#!/usr/bin/python3
"""Train Kestrel's plate OCR (pure-convolution CTC) on synthetic plates and export ONNX.

    nice -n 15 /usr/bin/python3 tools/render_dataset.py --n 400000 --workers 2
    nice -n 15 /usr/bin/python3 tools/train_ocr.py --minutes 40 --data /tmp/platesynth_cache \
        --init resources/models/plate_ocr.onnx --lr 1.5e-3

Data: platesynth crops, pre-rendered by render_dataset.py (--data) and/or rendered on the fly by
--workers processes, in a replay buffer. --init fine-tunes from an exported model (.onnx, BN
re-derived, see ocr_model.load_onnx_weights) or a torch state dict (.pt); without it the network
starts from scratch. The run is time-boxed (--minutes) and the LR follows a cosine over that time,
so the result is reproducible in distribution though not bit-exact (the number of steps depends
on the machine's load).
"""

import argparse
import json
import multiprocessing as mp
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ocr_model import (PlateOCR, encode, greedy_decode, accuracy, confusions, synthetic_set,  # noqa: E402
                       export_onnx, load_onnx_weights, EVAL_SETS)
from render_dataset import SEED, render_chunk, load_shards  # noqa: E402

# Held-out sets (fixed seeds, sizes); eval_ocr_onnx.py uses other seeds.
HELD_OUT = {"normal": (1000001, 2000), "heavy": (1000002, 2000), "two_line": (1000003, 1000), "uk": (1000004, 1000)}


def producer(worker_id, queue, stop):
    """Render chunks of crops forever; seeds derive from (SEED, worker, chunk) for repeatability."""
    sys.path.insert(0, HERE)
    torch.set_num_threads(1)
    k = 0
    while not stop.is_set():
        queue.put(render_chunk([SEED, worker_id, k]))
        k += 1


def to_tensor(x_uint8):
    # Exactly the model contract: grey / 255.0, shape [N,1,32,128].
    return torch.from_numpy(x_uint8.astype(np.float32) / 255.0)[:, None]


def predict(model, x_uint8, bs=500):
    model.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(x_uint8), bs):
            out.append(model(to_tensor(x_uint8[i:i + bs])).numpy())
    model.train()
    return np.concatenate(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=40.0, help="training wall-clock budget")
    ap.add_argument("--workers", type=int, default=None, help="live rendering processes (default 1, 0 with --data)")
    ap.add_argument("--data", action="append", default=None,
                    help="directory of pre-rendered shards (render_dataset.py); repeat to mix generator versions")
    ap.add_argument("--init", default=None, help="start from these weights (.onnx export or .pt state dict)")
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--warmup", type=int, default=300)
    ap.add_argument("--buffer", type=int, default=650000, help="replay buffer capacity")
    ap.add_argument("--out", default=os.path.join(HERE, "..", "resources", "models", "plate_ocr.onnx"))
    ap.add_argument("--checkpoint", default="/tmp/plate_ocr.pt")
    args = ap.parse_args()

    torch.manual_seed(SEED)
    torch.set_num_threads(2)
    rng = np.random.default_rng(SEED)

    workers = args.workers if args.workers is not None else (0 if args.data else 1)
    queue, stop = mp.Queue(maxsize=8), mp.Event()
    procs = [mp.Process(target=producer, args=(w, queue, stop), daemon=True) for w in range(workers)]
    for p in procs:
        p.start()

    # Small monitoring set while training; the full held-out sets are rendered at the end.
    mon_x, mon_y = synthetic_set(400, HELD_OUT["normal"][0] + 7)

    model = PlateOCR()
    if args.init and args.init.endswith(".onnx"):
        load_onnx_weights(model, args.init, mon_x[:256, None].astype(np.float32) / 255.0)
    elif args.init:
        model.load_state_dict(torch.load(args.init))
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=1e-4)
    buf_x = np.zeros((args.buffer, 32, 128), np.uint8)
    buf_y = [""] * args.buffer
    n_buf, n_rendered, step = 0, 0, 0
    n_pre = 0
    if args.data:
        for d in args.data:
            px, py = load_shards(d)
            n = min(len(py), args.buffer - n_pre)
            buf_x[n_pre:n_pre + n], buf_y[n_pre:n_pre + n] = px[:n], py[:n]
            n_pre += n
            del px
            print(f"loaded {n} pre-rendered crops from {d}", flush=True)
        n_buf = n_pre
    if args.init:
        ca, pa = accuracy(greedy_decode(predict(model, mon_x)), mon_y)
        print(f"initial weights {args.init}: monitor char {ca:.4f} plate {pa:.4f}", flush=True)

    def drain(block):
        nonlocal n_buf, n_rendered
        while True:
            try:
                xs, ys = queue.get(block=block, timeout=60 if block else 0)
            except Exception:
                return
            for x, y in zip(xs, ys):
                # Once full, overwrite random slots: old data decays, diversity stays.
                i = n_buf if n_buf < args.buffer else int(rng.integers(0, args.buffer))
                buf_x[i], buf_y[i] = x, y
                n_buf = min(n_buf + 1, args.buffer)
            n_rendered += len(ys)
            block = False

    if workers:
        drain(n_buf == 0)
    budget = args.minutes * 60
    t0 = last_log = time.time()
    loss_avg = None
    while True:
        elapsed = time.time() - t0
        if elapsed > budget:
            break
        if workers:
            drain(False)
        frac = elapsed / budget
        warm = min(1.0, (step + 1) / args.warmup)
        lr = args.lr * warm * 0.5 * (1 + np.cos(np.pi * frac))
        for g in opt.param_groups:
            g["lr"] = lr

        idx = rng.integers(0, n_buf, args.batch)
        x = buf_x[idx]
        # Cheap extra variety on reused samples: random polarity-preserving contrast jitter.
        x = to_tensor(x)
        x = torch.clamp((x - 0.5) * torch.empty(len(idx), 1, 1, 1).uniform_(0.8, 1.2) + 0.5
                        + torch.empty(len(idx), 1, 1, 1).uniform_(-0.08, 0.08), 0, 1)
        labels = [buf_y[i] for i in idx]
        targets = torch.tensor([c for l in labels for c in encode(l)], dtype=torch.long)
        tgt_len = torch.tensor([len(l) for l in labels], dtype=torch.long)

        logits = model(x)                                   # N,T,C
        logp = F.log_softmax(logits, -1).permute(1, 0, 2)   # T,N,C for ctc_loss
        in_len = torch.full((len(idx),), logp.shape[0], dtype=torch.long)
        loss = F.ctc_loss(logp, targets, in_len, tgt_len, blank=0, zero_infinity=True)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        opt.step()
        step += 1
        loss_avg = loss.item() if loss_avg is None else 0.98 * loss_avg + 0.02 * loss.item()

        if time.time() - last_log > 120:
            last_log = time.time()
            ca, pa = accuracy(greedy_decode(predict(model, mon_x)), mon_y)
            print(f"[{elapsed / 60:5.1f} min] step {step} loss {loss_avg:.3f} lr {lr:.2e} "
                  f"rendered live {n_rendered} buffer {n_buf} | monitor char {ca:.4f} plate {pa:.4f}", flush=True)

    stop.set()
    train_minutes = (time.time() - t0) / 60
    for p in procs:
        p.terminate()
    torch.save(model.state_dict(), args.checkpoint)

    # Held-out synthetic sets (fixed seeds): normal, heavy, two-line only, UK only.
    results = {"seed": SEED, "train_minutes": round(train_minutes, 1), "steps": step,
               "pre_rendered": n_pre, "samples_rendered_live": n_rendered, "batch": args.batch,
               "lr": args.lr, "init": args.init}
    for name, (seed, n) in HELD_OUT.items():
        heavy, uk, two = EVAL_SETS[name]
        vx, vy = synthetic_set(n, seed, heavy=heavy, uk=uk, two_line=two)
        preds = greedy_decode(predict(model, vx))
        ca, pa = accuracy(preds, vy)
        results[name] = {"n": n, "seed": seed, "char_acc": round(ca, 4), "plate_acc": round(pa, 4)}
        errs = [(t, p) for t, p in zip(vy, preds) if t != p][:10]
        print(f"{name}: char {ca:.4f} plate {pa:.4f}  confusions {confusions(preds, vy, 8)}  e.g. {errs}", flush=True)
    vx, _ = synthetic_set(8, HELD_OUT["normal"][0])

    # Export and prove OpenCV dnn reads it identically at batch 1 and 8.
    out = os.path.abspath(args.out)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    model.eval()
    export_onnx(model, out)
    import cv2
    cv2.setNumThreads(1)
    net = cv2.dnn.readNetFromONNX(out)
    for n in (1, 8):
        xb = to_tensor(vx[:n])
        with torch.no_grad():
            ref = model(xb).numpy()
        net.setInput(xb.numpy())
        got = net.forward().reshape(ref.shape)
        diff = float(np.abs(got - ref).max())
        results[f"cv2_vs_torch_maxdiff_batch{n}"] = diff
        assert diff < 1e-3, f"OpenCV output differs from torch at batch {n}: {diff}"
    xb = to_tensor(vx[:1]).numpy()
    for _ in range(20):
        net.setInput(xb)
        net.forward()
    t = time.perf_counter()
    for _ in range(500):
        net.setInput(xb)
        net.forward()
    results["cv2_ms_per_crop_1thread"] = round((time.perf_counter() - t) / 500 * 1000, 3)
    results["onnx_bytes"] = os.path.getsize(out)
    print(json.dumps(results, indent=2))
    with open("/tmp/train_ocr_metrics.json", "w") as f:
        json.dump(results, f, indent=2)


if __name__ == "__main__":
    main()
