"""Check sentiment.jsonl (standard library only). Exit 1 on any problem."""
import json
import sys
from collections import Counter
from pathlib import Path

LABELS = {"positive", "neutral", "negative"}
KEYS = {"id", "product_kind", "text", "label"}
path = Path(__file__).resolve().parent / "sentiment.jsonl"

problems = []
ids, texts = set(), set()
labels, kinds = Counter(), Counter()
n = 0
try:
    lines = path.read_text(encoding="utf-8").splitlines()
except OSError as e:
    print(f"cannot read {path}: {e}")
    sys.exit(1)
for lineno, line in enumerate(lines, start=1):
    if not line.strip():
        problems.append(f"line {lineno}: empty line")
        continue
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        problems.append(f"line {lineno}: invalid JSON ({e})")
        continue
    if not isinstance(rec, dict) or set(rec) != KEYS:
        problems.append(f"line {lineno}: keys must be exactly {sorted(KEYS)}")
        continue
    n += 1
    for k in KEYS:
        if not isinstance(rec[k], str) or not rec[k].strip():
            problems.append(f"line {lineno}: {k} must be a non-empty string")
    if rec["id"] in ids:
        problems.append(f"line {lineno}: duplicate id {rec['id']}")
    ids.add(rec["id"])
    norm = " ".join(str(rec["text"]).split()).lower()
    if norm in texts:
        problems.append(f"line {lineno}: duplicate text {rec['text'][:50]!r}")
    texts.add(norm)
    if rec["label"] not in LABELS:
        problems.append(f"line {lineno}: bad label {rec['label']!r}")
    labels[rec["label"]] += 1
    kinds[rec["product_kind"]] += 1

print(f"comments: {n}")
print("per label:")
for k in sorted(LABELS):
    print(f"  {k:10s} {labels[k]}")
print("per product kind:")
for k, v in sorted(kinds.items()):
    print(f"  {k:35s} {v}")
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK")
