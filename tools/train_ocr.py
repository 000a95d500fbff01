#!/usr/bin/python3
"""Train Kestrel's plate OCR (pure-convolution CTC) on synthetic plates and export ONNX.

    nice -n 15 /usr/bin/python3 tools/train_ocr.py --minutes 27

Data: platesynth crops rendered on the fly by worker processes into a replay buffer. Rendering
(~7 ms a crop) is slower than a training step on 2 cores, so each sample is reused a few times
from the buffer instead of leaving the model idle; the buffer keeps growing so the data stays
diverse. The run is time-boxed (--minutes) and the LR follows a cosine over that time, so the
result is reproducible in distribution though not bit-exact (how many samples get rendered
depends on the machine's load).
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
from ocr_model import PlateOCR, encode, greedy_decode, accuracy, synthetic_set, export_onnx  # noqa: E402

SEED = 20240611
VAL_SEED, HEAVY_SEED = 1000001, 1000002   # held-out sets; eval_ocr_onnx.py uses other seeds
HEAVY_FRACTION = 0.2
CHUNK = 256


def producer(worker_id, queue, stop):
    """Render chunks of crops forever; seeds derive from (SEED, worker, chunk) for repeatability."""
    sys.path.insert(0, HERE)
    torch.set_num_threads(1)
    from platesynth import sample_crop
    k = 0
    while not stop.is_set():
        rng = np.random.default_rng([SEED, worker_id, k])
        xs, ys = [], []
        for _ in range(CHUNK):
            c, l = sample_crop(rng, heavy=rng.random() < HEAVY_FRACTION)
            xs.append(c)
            ys.append(l)
        queue.put((np.stack(xs), ys))
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
    ap.add_argument("--minutes", type=float, default=27.0, help="training wall-clock budget")
    ap.add_argument("--workers", type=int, default=1, help="rendering processes")
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--buffer", type=int, default=120000, help="replay buffer capacity")
    ap.add_argument("--out", default=os.path.join(HERE, "..", "resources", "models", "plate_ocr.onnx"))
    ap.add_argument("--checkpoint", default="/tmp/plate_ocr.pt")
    args = ap.parse_args()

    torch.manual_seed(SEED)
    torch.set_num_threads(2)
    rng = np.random.default_rng(SEED)

    queue, stop = mp.Queue(maxsize=8), mp.Event()
    procs = [mp.Process(target=producer, args=(w, queue, stop), daemon=True) for w in range(args.workers)]
    for p in procs:
        p.start()

    # Small monitoring set while training; the full held-out sets are rendered at the end.
    mon_x, mon_y = synthetic_set(400, VAL_SEED + 7)

    model = PlateOCR()
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=1e-4)
    buf_x = np.zeros((args.buffer, 32, 128), np.uint8)
    buf_y = [""] * args.buffer
    n_buf, n_rendered, step = 0, 0, 0

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

    drain(True)
    budget = args.minutes * 60
    t0 = last_log = time.time()
    loss_avg = None
    while True:
        elapsed = time.time() - t0
        if elapsed > budget:
            break
        drain(False)
        frac = elapsed / budget
        warm = min(1.0, (step + 1) / 300)
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
                  f"rendered {n_rendered} buffer {n_buf} | monitor char {ca:.4f} plate {pa:.4f}", flush=True)

    stop.set()
    train_minutes = (time.time() - t0) / 60
    for p in procs:
        p.terminate()
    torch.save(model.state_dict(), args.checkpoint)

    # Held-out synthetic sets (fixed seeds): normal augmentation and heavy augmentation.
    results = {"seed": SEED, "train_minutes": round(train_minutes, 1), "steps": step,
               "samples_rendered": n_rendered, "batch": args.batch}
    for name, seed, heavy in (("val", VAL_SEED, False), ("heavy", HEAVY_SEED, True)):
        vx, vy = synthetic_set(2000, seed, heavy=heavy)
        preds = greedy_decode(predict(model, vx))
        ca, pa = accuracy(preds, vy)
        results[name] = {"n": 2000, "seed": seed, "char_acc": round(ca, 4), "plate_acc": round(pa, 4)}
        errs = [(t, p) for t, p in zip(vy, preds) if t != p][:12]
        print(f"{name}: char {ca:.4f} plate {pa:.4f}  e.g. errors {errs}", flush=True)

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
