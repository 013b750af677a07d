"""Check sentiment.jsonl: valid JSON, required fields, unique ids, unique texts, valid labels.
Prints counts per label and per product kind. Exits 1 on any problem. Standard library only."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "sentiment.jsonl")
LABELS = {"positive", "neutral", "negative"}
FIELDS = {"id", "product_kind", "text", "label"}


def main():
    problems = []
    ids, texts = Counter(), Counter()
    labels, kinds = Counter(), Counter()
    n = 0
    try:
        f = open(PATH, encoding="utf-8")
    except OSError as e:
        print(f"cannot open {PATH}: {e}")
        return 1
    with f:
        for lineno, line in enumerate(f, start=1):
            if not line.strip():
                problems.append(f"line {lineno}: empty line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"line {lineno}: invalid JSON ({e})")
                continue
            if not isinstance(rec, dict):
                problems.append(f"line {lineno}: not an object")
                continue
            if set(rec) != FIELDS:
                problems.append(f"line {lineno}: fields {sorted(rec)} != {sorted(FIELDS)}")
            for k in FIELDS:
                if not isinstance(rec.get(k), str) or not rec.get(k, "").strip():
                    problems.append(f"line {lineno}: field {k!r} missing or empty")
            n += 1
            ids[rec.get("id")] += 1
            texts[(rec.get("text") or "").strip().lower()] += 1
            if rec.get("label") not in LABELS:
                problems.append(f"line {lineno}: bad label {rec.get('label')!r}")
            labels[rec.get("label")] += 1
            kinds[rec.get("product_kind")] += 1
    for i, c in ids.items():
        if c > 1:
            problems.append(f"duplicate id {i!r} ({c}x)")
    for t, c in texts.items():
        if c > 1:
            problems.append(f"duplicate text ({c}x): {t[:60]!r}")
    print(f"comments: {n}")
    print("per label:")
    for k, v in sorted(labels.items(), key=lambda kv: str(kv[0])):
        print(f"  {k}: {v}")
    print("per product kind:")
    for k, v in sorted(kinds.items(), key=lambda kv: str(kv[0])):
        print(f"  {k}: {v}")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
