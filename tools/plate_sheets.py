#!/usr/bin/env python3
"""Contact sheets of plate crops from data/detector_boxes.csv, for transcribing plates by eye.

Each sheet shows up to COLS x ROWS plates, enlarged, each under its row number in the CSV (the
number a transcription refers to). Sheets go to a scratch folder, never into the repository.

    /usr/bin/python3 tools/plate_sheets.py --source faisalthaheem/open-lpr-dataset-plate-detection \\
        --out /tmp/sheets --first 0 --count 240
"""
import argparse
import csv
import io
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

COLS, ROWS = 4, 6
CELL_W, CELL_H = 360, 130
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def image_at(mirrors: Path, source: str, commit: str, path: str, cache: dict) -> Image.Image:
    key = (source, path)
    if key not in cache:
        repo = mirrors / source.replace("/", "+") / "repo"
        data = subprocess.run(["git", "--git-dir", str(repo), "show", f"{commit}:{path}"],
                              check=True, capture_output=True).stdout
        cache.clear()  # one photo at a time is enough: rows of a photo are consecutive
        cache[key] = Image.open(io.BytesIO(data)).convert("RGB")
    return cache[key]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = Path(__file__).resolve().parent
    parser.add_argument("--boxes", type=Path, default=here / "data" / "detector_boxes.csv")
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--source", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--first", type=int, default=0, help="first CSV row (data rows counted from 0)")
    parser.add_argument("--count", type=int, default=240)
    args = parser.parse_args()
    rows = list(csv.DictReader(args.boxes.open()))
    wanted = [(i, r) for i, r in enumerate(rows) if r["source"] == args.source][args.first:args.first + args.count]
    args.out.mkdir(parents=True, exist_ok=True)
    font = ImageFont.truetype(FONT, 18)
    cache: dict = {}
    per_sheet = COLS * ROWS
    for s in range(0, len(wanted), per_sheet):
        sheet = Image.new("RGB", (COLS * CELL_W, ROWS * CELL_H), "white")
        draw = ImageDraw.Draw(sheet)
        for k, (index, r) in enumerate(wanted[s:s + per_sheet]):
            photo = image_at(args.mirrors, r["source"], r["commit"], r["path"], cache)
            x, y, w, h = (float(r[c]) for c in ("x", "y", "w", "h"))
            mx, my = w * 0.08, h * 0.15
            crop = photo.crop((int(max(0, x - mx)), int(max(0, y - my)),
                               int(min(photo.width, x + w + mx)), int(min(photo.height, y + h + my))))
            crop.thumbnail((CELL_W - 10, CELL_H - 34), Image.LANCZOS)
            scale = min((CELL_W - 10) / crop.width, (CELL_H - 34) / crop.height, 4.0)
            crop = crop.resize((max(1, int(crop.width * scale)), max(1, int(crop.height * scale))), Image.LANCZOS)
            cx, cy = (k % COLS) * CELL_W, (k // COLS) * CELL_H
            draw.text((cx + 6, cy + 4), f"#{index}", fill="black", font=font)
            sheet.paste(crop, (cx + 5, cy + 28))
        name = args.out / f"sheet_{wanted[s][0]:05d}.png"
        sheet.save(name)
        print(name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
