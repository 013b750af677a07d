"""Shuffle the hand-written comments with a fixed seed, number them and write sentiment.jsonl.

This script only shuffles and numbers; it does not create, combine or change any text.
"""
import json
import random
from pathlib import Path

from source import COMMENTS

SEED = 20240603
PREFIX = "c"

here = Path(__file__).resolve().parent
rows = list(COMMENTS)
random.Random(SEED).shuffle(rows)
with open(here / "sentiment.jsonl", "w", encoding="utf-8") as f:
    for i, (kind, text, label) in enumerate(rows, start=1):
        rec = {"id": f"{PREFIX}{i:03d}", "product_kind": kind, "text": text, "label": label}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} comments to sentiment.jsonl")
