"""The plate OCR network and its CTC helpers, shared by train_ocr.py and the evaluators.

Pure convolution (no LSTM): OpenCV 4.6 dnn runs recurrent layers correctly only at batch 1, while
convolutions are safe at any batch (see /work/shared/PLATFORM.md).

Contract (the C++ recogniser is written against it):
  input  "input"  float32 [N,1,32,128], grey pixel / 255.0
  output "logits" float32 [N,32,37], time steps left to right; class 0 = CTC blank,
         1..10 = '0'..'9', 11..36 = 'A'..'Z'; raw logits (no softmax).
"""

import numpy as np
import torch
import torch.nn as nn

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
NUM_CLASSES = len(ALPHABET) + 1  # + CTC blank at index 0
T_STEPS = 32


def _block(cin, cout, k=3, pad=1):
    return [nn.Conv2d(cin, cout, k, padding=pad, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True)]


class PlateOCR(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            *_block(1, 16), nn.MaxPool2d(2),                 # 16 x 64
            *_block(16, 32), nn.MaxPool2d(2),                # 8 x 32
            *_block(32, 48), *_block(48, 64), nn.MaxPool2d((2, 1)),   # 4 x 32
            *_block(64, 96), nn.MaxPool2d((2, 1)),           # 2 x 32
            # Collapse the remaining height; 3 columns of context per time step.
            *_block(96, 128, k=(2, 3), pad=(0, 1)),          # 1 x 32
            # Wider horizontal context so a time step sees a whole character and its neighbours.
            *_block(128, 128, k=(1, 5), pad=(0, 2)),
            nn.Dropout(0.1),
            nn.Conv2d(128, NUM_CLASSES, 1),                  # N x 37 x 1 x 32
        )

    def forward(self, x):
        # Centre the input here so the contract stays "pixel / 255" with nothing else.
        y = self.features((x - 0.5) * 4.0)
        # reshape + permute instead of squeeze: OpenCV 4.6 rejects opset-13 Squeeze, and explicit
        # layouts keep batch > 1 correct.
        # A constant target shape (-1 for the batch): a Shape->Reshape chain would be frozen at
        # batch 1 by OpenCV's importer and scramble batch > 1.
        y = y.reshape(-1, NUM_CLASSES, T_STEPS)   # N x 37 x 32
        return y.permute(0, 2, 1)        # N x 32 x 37


def encode(label):
    return [ALPHABET.index(c) + 1 for c in label]


def greedy_decode(logits):
    """logits [N,T,C] numpy -> list of strings (collapse repeats, drop blanks)."""
    best = logits.argmax(-1)
    out = []
    for row in best:
        s, prev = [], 0
        for k in row:
            if k != prev and k != 0:
                s.append(ALPHABET[k - 1])
            prev = k
        out.append("".join(s))
    return out


def _edit_distance(a, b):
    d = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, d[0] = d[0], i
        for j, cb in enumerate(b, 1):
            prev, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, prev + (ca != cb))
    return d[len(b)]


def accuracy(preds, labels):
    """(per-character accuracy = 1 - edits/len, whole-plate exact-match accuracy)."""
    edits = sum(_edit_distance(p, t) for p, t in zip(preds, labels))
    chars = sum(len(t) for t in labels)
    exact = sum(p == t for p, t in zip(preds, labels))
    return max(0.0, 1 - edits / chars), exact / len(labels)


def confusions(preds, labels, top=12):
    """Most frequent (truth, read) substitutions among same-length readings, e.g. [('M', 'H', 7)]."""
    from collections import Counter
    c = Counter()
    for p, t in zip(preds, labels):
        if len(p) == len(t):
            c.update((a, b) for a, b in zip(t, p) if a != b)
    return [(a, b, n) for (a, b), n in c.most_common(top)]


# Named evaluation sets: (heavy, uk, two_line); uk/two_line None = the generator's own mix
# (50 % UK, 12 % two-line).
EVAL_SETS = {
    "normal": (False, None, None),
    "heavy": (True, None, None),
    "two_line": (False, None, True),
    "uk": (False, True, None),
}


def synthetic_set(n, seed, heavy=False, uk=None, two_line=None):
    """A fixed synthetic evaluation set: (uint8 [n,32,128], labels)."""
    from platesynth import sample_crop
    rng = np.random.default_rng(seed)
    xs, ys = [], []
    for _ in range(n):
        c, l = sample_crop(rng, heavy=heavy, uk=uk, two_line=two_line)
        xs.append(c)
        ys.append(l)
    return np.stack(xs), ys


def load_onnx_weights(model, path, calib_x):
    """Initialise model from an exported plate_ocr.onnx (BatchNorm folded into the convs).

    The export folds each BN into its conv's weight and bias. To fine-tune with BN again, each
    BN is set up as an identity-plus-bias whose running statistics are the conv's actual output
    statistics on calib_x (float [N,1,32,128] in the contract's scale): in eval mode the model
    then equals the ONNX graph exactly, and in train mode batch statistics ~ running ones, so
    fine-tuning starts from the same function.
    """
    import onnx
    from onnx import numpy_helper
    m = onnx.load(path)
    inits = {t.name: numpy_helper.to_array(t) for t in m.graph.initializer}
    convs = [(inits[n.input[1]], inits[n.input[2]] if len(n.input) > 2 else None)
             for n in m.graph.node if n.op_type == "Conv"]
    mods = list(model.features)
    torch_convs = [i for i, mod in enumerate(mods) if isinstance(mod, nn.Conv2d)]
    assert len(convs) == len(torch_convs), "architecture differs from the ONNX graph"
    model.eval()
    with torch.no_grad():
        x = (torch.as_tensor(calib_x) - 0.5) * 4.0
        k = 0
        for i, mod in enumerate(mods):
            if isinstance(mod, nn.Conv2d):
                w, b = convs[k]
                k += 1
                assert tuple(mod.weight.shape) == w.shape, f"conv {k}: {tuple(mod.weight.shape)} vs {w.shape}"
                mod.weight.copy_(torch.from_numpy(np.array(w)))
                bn = mods[i + 1] if i + 1 < len(mods) and isinstance(mods[i + 1], nn.BatchNorm2d) else None
                if bn is None:
                    mod.bias.copy_(torch.from_numpy(np.array(b)))
                    x = mod(x)
                    continue
                y = mod(x)
                mu = y.mean((0, 2, 3))
                var = y.var((0, 2, 3), unbiased=False) + 1e-6
                bn.running_mean.copy_(mu)
                bn.running_var.copy_(var)
                bn.weight.copy_(torch.sqrt(var + bn.eps))
                bn.bias.copy_(torch.from_numpy(np.array(b)) + mu)
                x = y
            else:
                x = mod(x)
    model.train()
    return model


def export_onnx(model, path):
    """Export to ONNX opset 11 with a dynamic batch, in a form OpenCV 4.6 dnn imports.

    torch 1.13 de-duplicates identical initializers into 'Identity' nodes without graph inputs,
    which OpenCV's importer rejects; we replace each by a copy of its source initializer.
    """
    import io
    import onnx
    from onnx import numpy_helper
    buf = io.BytesIO()
    model.eval()
    torch.onnx.export(model, torch.zeros(1, 1, 32, 128), buf, input_names=["input"],
                      output_names=["logits"], opset_version=11, do_constant_folding=True,
                      dynamic_axes={"input": {0: "N"}, "logits": {0: "N"}})
    m = onnx.load_from_string(buf.getvalue())
    inits = {t.name: t for t in m.graph.initializer}
    keep = []
    for node in m.graph.node:
        if node.op_type == "Identity" and node.input[0] in inits:
            arr = numpy_helper.to_array(inits[node.input[0]])
            m.graph.initializer.append(numpy_helper.from_array(arr.copy(), node.output[0]))
        else:
            keep.append(node)
    del m.graph.node[:]
    m.graph.node.extend(keep)
    fix_output_dims(m)
    onnx.checker.check_model(m)
    onnx.save(m, path)


def fix_output_dims(m):
    """Declare the logits shape as [N,32,37] (the exporter leaves the last two symbolic)."""
    dims = m.graph.output[0].type.tensor_type.shape.dim
    dims[1].ClearField("dim_param")
    dims[1].dim_value = T_STEPS
    dims[2].ClearField("dim_param")
    dims[2].dim_value = NUM_CLASSES
