"""Sanity checks for the blind evaluation sets (standard library only).

Run: python3 tests/data/blind/check_blind.py
"""
import collections
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                errors.append(f"{name}:{n}: invalid JSON ({exc})")
    return rows


# File 1: sentiment
sent = load("sentiment_blind.jsonl")
ids = [r["id"] for r in sent]
if len(ids) != len(set(ids)):
    errors.append("sentiment: duplicate ids")
if len({r["text"] for r in sent}) != len(sent):
    errors.append("sentiment: duplicate texts")
labels = collections.Counter(r["label"] for r in sent)
if set(labels) - {"positive", "neutral", "negative"}:
    errors.append(f"sentiment: unknown labels {set(labels)}")
if len(sent) < 330 or min(labels.get(k, 0) for k in ("positive", "neutral", "negative")) < 100:
    errors.append(f"sentiment: too few rows/labels {len(sent)} {dict(labels)}")
print(f"sentiment: {len(sent)} rows, {dict(labels)}")

# File 3: accounts
with open(os.path.join(HERE, "roadmap_accounts.csv"), encoding="utf-8") as fh:
    accounts = list(csv.DictReader(fh))
names = [a["account"] for a in accounts]
if len(names) != len(set(names)):
    errors.append("accounts: duplicate account names")
for a in accounts:
    if a["status"] not in ("active", "churned", "lost"):
        errors.append(f"accounts: bad status {a}")
    if not (a["arr"].isdigit() and 5000 <= int(a["arr"]) <= 900000):
        errors.append(f"accounts: bad arr {a}")
status = collections.Counter(a["status"] for a in accounts)
arrs = sorted((int(a["arr"]) for a in accounts), reverse=True)
top = max(1, round(len(arrs) * 0.1))
print(f"accounts: {len(accounts)}, status {dict(status)}, total ARR {sum(arrs)}, "
      f"top {top} hold {sum(arrs[:top]) / sum(arrs):.0%}")

# File 2: roadmap
road = load("roadmap_blind.jsonl")
rids = [r["id"] for r in road]
if len(rids) != len(set(rids)):
    errors.append("roadmap: duplicate ids")
item_comments = collections.Counter()
item_accounts = collections.defaultdict(set)
item_wordings = collections.defaultdict(set)
no_ask = two_asks = 0
for r in road:
    if r["account"] not in names:
        errors.append(f"roadmap {r['id']}: account not in CSV: {r['account']}")
    if not r["requests"]:
        no_ask += 1
    if len(r["requests"]) >= 2:
        two_asks += 1
    for q in r["requests"]:
        if q["evidence"] not in r["text"]:
            errors.append(f"roadmap {r['id']}: evidence not in text: {q['evidence']!r}")
        item_comments[q["item"]] += 1
        item_accounts[q["item"]].add(r["account"])
        item_wordings[q["item"]].add(q["evidence"].lower().strip())
unused = set(names) - {r["account"] for r in road}
if unused:
    errors.append(f"accounts never used in roadmap: {unused}")
print(f"roadmap: {len(road)} comments, {len(road) - no_ask} with an ask, {no_ask} without "
      f"({no_ask / len(road):.0%}), {two_asks} with two asks, {len(item_comments)} items")
arr = {a["account"]: int(a["arr"]) for a in accounts}
for item, n in item_comments.most_common():
    impacted = sum(arr[a] for a in item_accounts[item])
    print(f"  {n:3d} comments  {len(item_accounts[item]):2d} accounts  "
          f"{len(item_wordings[item]):2d} wordings  ARR {impacted:>8d}  {item}")
big = [i for i, n in item_comments.items() if n >= 8 and len(item_wordings[i]) >= 5]
if len(item_comments) < 10 or len(big) < 8:
    errors.append(f"roadmap: minimums not met ({len(item_comments)} items, {len(big)} big)")
if len(road) < 170:
    errors.append("roadmap: fewer than 170 comments")

print("OK" if not errors else "\n".join(errors))
sys.exit(1 if errors else 0)
