"""Shuffle the hand-written comments with a fixed seed, number them b001..., write sentiment.jsonl.
Does not create, combine or change any text."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from source import COMMENTS  # noqa: E402

SEED = 20240517
PREFIX = "b"


def main():
    rows = list(COMMENTS)
    random.Random(SEED).shuffle(rows)
    out = os.path.join(HERE, "sentiment.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (kind, text, label) in enumerate(rows, start=1):
            rec = {"id": f"{PREFIX}{i:03d}", "product_kind": kind, "text": text, "label": label}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} comments to {out}")


if __name__ == "__main__":
    main()
