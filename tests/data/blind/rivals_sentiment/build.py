"""Load the hand-written drafts, shuffle, number r001.., write sentiment.jsonl.

Creates, combines or changes no text: every record is copied from drafts/*.json as typed.
"""
import glob
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "drafts", "*.json"))):
        with open(path, encoding="utf-8") as f:
            for item in json.load(f):
                rows.append({"product": item["product"], "text": item["text"], "label": item["label"]})
    random.Random(4127).shuffle(rows)
    with open(os.path.join(HERE, "sentiment.jsonl"), "w", encoding="utf-8") as out:
        for i, r in enumerate(rows, 1):
            rec = {"id": "r%03d" % i, "product": r["product"], "text": r["text"], "label": r["label"]}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d rows" % len(rows))


if __name__ == "__main__":
    main()
