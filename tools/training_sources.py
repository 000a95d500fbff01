#!/usr/bin/env python3
"""Lists the plate boxes of the real training photographs, with a fixed validation split.

Reads the sources of ../shared/data/TRAINING_SOURCES.md from their git snapshots (the search
tool's `fetch github:OWNER/NAME` puts each under /work/.mirror/OWNER+NAME/repo) and writes one CSV
row per plate box:

    source,commit,path,image_w,image_h,x,y,w,h,split

x, y are the top-left corner, w, h the size, in pixels of the stored image. `split` is `val` for a
fixed tenth of each source, never trained on, and `train` for the rest. Photos that come from one
moment of one video (the dash-camera frames are two seconds apart) share their split, so that no
near-copy of a validation frame is trained on. The images are never copied: training scripts read
them from the same snapshots by `commit:path`.

Reserved for evaluation and never listed: `val/` of faisalthaheem/open-lpr-dataset-plate-detection,
and every source not named below.

    /usr/bin/python3 tools/training_sources.py --mirrors /work/.mirror --out tools/data/detector_boxes.csv
"""
import argparse
import csv
import hashlib
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

VALIDATION_TENTHS = 1  # of every 10 groups, by hash


def git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(repo), *args], check=True, capture_output=True).stdout


def in_snapshot(repo: Path, commit: str, folder: str):
    """Paths under `folder` (relative to it) whose contents the snapshot holds: a snapshot may list
    a large file it does not carry."""
    listing = git(repo, "ls-tree", "-r", commit, *([folder] if folder else [])).decode().splitlines()
    entries = [(line.split()[2], line.split("\t", 1)[1]) for line in listing]
    check = subprocess.run(["git", "--git-dir", str(repo), "cat-file", "--batch-check"], check=True,
                           input="\n".join(sha for sha, _ in entries).encode(), capture_output=True).stdout
    for (sha, path), answer in zip(entries, check.decode().splitlines()):
        if not answer.endswith("missing"):
            yield path[len(folder) + 1:] if folder else path


def split_of(source: str, group: str) -> str:
    digest = hashlib.sha1(f"{source}/{group}".encode()).digest()
    return "val" if digest[0] % 10 < VALIDATION_TENTHS else "train"


def open_lpr(repo: Path, commit: str):
    """faisalthaheem/open-lpr-dataset-plate-detection: train/ only (val/ is reserved)."""
    with tempfile.NamedTemporaryFile(suffix=".db") as db:
        db.write(git(repo, "show", f"{commit}:train.db"))
        db.flush()
        rows = sqlite3.connect(db.name).execute(
            "select filename, imwidth, imheight, imgareas from annotations"
            " where coalesce(isdeleted, 0) = 0 and coalesce(isbackground, 0) = 0").fetchall()
    present = set(in_snapshot(repo, commit, "train"))
    for filename, width, height, areas in rows:
        if filename not in present:
            continue
        for box in json.loads(areas or "[]"):
            w, h = float(box["width"]), float(box["height"])
            if w < 2 or h < 2:
                continue
            yield f"train/{filename}", width, height, float(box["x"]), float(box["y"]), w, h, filename


def romanian_dashcam(repo: Path, commit: str):
    """RobertLucian/license-plate-dataset: Pascal VOC boxes; frames grouped by video and minute."""
    names = set(in_snapshot(repo, commit, ""))
    for annot in (n for n in names if n.endswith(".xml")):
        root = ET.fromstring(git(repo, "show", f"{commit}:{annot}"))
        image = annot.replace("/annots/", "/images/")[: -len(".xml")] + ".jpg"
        if image not in names:
            continue
        width = int(root.findtext("size/width"))
        height = int(root.findtext("size/height"))
        # "dayride_type1_001.mp4#t=1054": one group per video and minute of it.
        stem = Path(image).stem
        match = re.match(r"(.*)#t=(\d+)", stem)
        group = f"{match.group(1)}@{int(match.group(2)) // 60}" if match else stem
        for obj in root.iter("object"):
            x0, y0 = float(obj.findtext("bndbox/xmin")), float(obj.findtext("bndbox/ymin"))
            x1, y1 = float(obj.findtext("bndbox/xmax")), float(obj.findtext("bndbox/ymax"))
            if x1 - x0 < 2 or y1 - y0 < 2:
                continue
            yield image, width, height, x0, y0, x1 - x0, y1 - y0, group


SOURCES = {
    "faisalthaheem/open-lpr-dataset-plate-detection": open_lpr,
    "RobertLucian/license-plate-dataset": romanian_dashcam,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rows = []
    for source, reader in SOURCES.items():
        repo = args.mirrors / source.replace("/", "+") / "repo"
        if not repo.exists():
            print(f"{source}: no snapshot at {repo} (fetch github:{source} first)", file=sys.stderr)
            return 1
        commit = git(repo, "rev-parse", "HEAD").decode().strip()
        count = {"train": 0, "val": 0}
        for path, width, height, x, y, w, h, group in reader(repo, commit):
            split = split_of(source, group)
            count[split] += 1
            rows.append([source, commit, path, width, height, round(x, 1), round(y, 1), round(w, 1), round(h, 1), split])
        print(f"{source}@{commit[:10]}: {count['train']} boxes to train on, {count['val']} held back", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["source", "commit", "path", "image_w", "image_h", "x", "y", "w", "h", "split"])
        writer.writerows(sorted(rows, key=lambda r: (r[0], r[2], r[5], r[6])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
