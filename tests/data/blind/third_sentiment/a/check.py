"""Check sentiment.jsonl: valid JSON, unique ids, unique texts, valid labels. Standard library only.
Prints counts per label and per product kind. Exits 1 on any problem."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "sentiment.jsonl")
LABELS = {"positive", "neutral", "negative"}
KEYS = {"id", "product_kind", "text", "label"}

problems = []
ids, texts = Counter(), Counter()
labels, kinds = Counter(), Counter()
n = 0

try:
    fh = open(PATH, encoding="utf-8")
except OSError as e:
    print(f"cannot open {PATH}: {e}")
    sys.exit(1)

with fh:
    for lineno, line in enumerate(fh, start=1):
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
        if set(rec) != KEYS:
            problems.append(f"line {lineno}: keys {sorted(rec)} != {sorted(KEYS)}")
            continue
        if not all(isinstance(rec[k], str) and rec[k].strip() for k in KEYS):
            problems.append(f"line {lineno}: every field must be a non-empty string")
            continue
        n += 1
        ids[rec["id"]] += 1
        texts[rec["text"].strip().lower()] += 1
        labels[rec["label"]] += 1
        kinds[rec["product_kind"]] += 1
        if rec["label"] not in LABELS:
            problems.append(f"line {lineno}: bad label {rec['label']!r}")

for i, c in ids.items():
    if c > 1:
        problems.append(f"duplicate id {i} ({c} times)")
for t, c in texts.items():
    if c > 1:
        problems.append(f"duplicate text ({c} times): {t[:60]}")
if n == 0:
    problems.append("no records")

print(f"records: {n}")
print("per label:")
for k, v in sorted(labels.items()):
    print(f"  {k:12s} {v}")
print("per product kind:")
for k, v in sorted(kinds.items()):
    print(f"  {k:24s} {v}")

if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK")
