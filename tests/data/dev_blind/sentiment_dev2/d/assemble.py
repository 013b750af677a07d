"""Shuffle the hand-written comments with a fixed seed, number them d001..., write sentiment.jsonl.
Does not create, combine or change any text."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from source import COMMENTS  # noqa: E402

PREFIX = "d"
SEED = 20240604


def main():
    rows = list(COMMENTS)
    random.Random(SEED).shuffle(rows)
    with open(os.path.join(HERE, "sentiment.jsonl"), "w", encoding="utf-8") as f:
        for i, (kind, text, label) in enumerate(rows, start=1):
            rec = {"id": f"{PREFIX}{i:03d}", "product_kind": kind, "text": text, "label": label}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} comments to sentiment.jsonl")


if __name__ == "__main__":
    main()
