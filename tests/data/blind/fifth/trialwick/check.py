"""Check roadmap.jsonl and accounts.csv (standard library only). Exit 1 on any problem."""
import csv
import json
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
problems = []

accounts = {}
with open(os.path.join(HERE, "accounts.csv"), encoding="utf-8", newline="") as f:
    reader = csv.DictReader(f)
    if reader.fieldnames != ["account", "arr", "status"]:
        problems.append(f"accounts.csv header is {reader.fieldnames}")
    for row in reader:
        name = row["account"]
        if name in accounts:
            problems.append(f"duplicate account {name!r}")
        try:
            arr = float(row["arr"])
        except ValueError:
            problems.append(f"bad arr for {name!r}: {row['arr']!r}")
            arr = 0.0
        if row["status"] not in ("active", "churned", "lost"):
            problems.append(f"bad status for {name!r}: {row['status']!r}")
        accounts[name] = (arr, row["status"])

records = []
with open(os.path.join(HERE, "roadmap.jsonl"), encoding="utf-8") as f:
    for lineno, line in enumerate(f, start=1):
        if not line.strip():
            problems.append(f"line {lineno}: empty line")
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append(f"line {lineno}: invalid JSON ({e})")

ids, texts, used = set(), set(), set()
for r in records:
    rid = r.get("id")
    if set(r) != {"id", "account", "text", "label", "requests"}:
        problems.append(f"{rid}: fields are {sorted(r)}")
    if rid in ids:
        problems.append(f"duplicate id {rid}")
    ids.add(rid)
    text = r.get("text", "")
    if not isinstance(text, str) or not text.strip():
        problems.append(f"{rid}: empty text")
    if text in texts:
        problems.append(f"{rid}: duplicate text")
    texts.add(text)
    if r.get("label") not in ("positive", "neutral", "negative"):
        problems.append(f"{rid}: bad label {r.get('label')!r}")
    acc = r.get("account")
    if acc not in accounts:
        problems.append(f"{rid}: account {acc!r} not in accounts.csv")
    used.add(acc)
    reqs = r.get("requests")
    if not isinstance(reqs, list):
        problems.append(f"{rid}: requests is not a list")
        continue
    seen_items = set()
    for q in reqs:
        if set(q) != {"item", "evidence"}:
            problems.append(f"{rid}: request fields are {sorted(q)}")
            continue
        if not q["item"] or not q["evidence"]:
            problems.append(f"{rid}: empty item or evidence")
        if q["evidence"] not in text:
            problems.append(f"{rid}: evidence not in text: {q['evidence']!r}")
        if q["item"] in seen_items:
            problems.append(f"{rid}: item {q['item']!r} twice in one comment")
        seen_items.add(q["item"])

for name in accounts:
    if name not in used:
        problems.append(f"account {name!r} in accounts.csv but never used")

# per-item table
by_item = defaultdict(list)
for r in records:
    for q in r.get("requests", []):
        by_item[q["item"]].append((r["account"], q["evidence"]))

rows = []
for item, pairs in by_item.items():
    accs = {a for a, _ in pairs}
    evs = [e for _, e in pairs]
    if len(set(evs)) != len(evs):
        problems.append(f"item {item!r}: repeated evidence string")
    impacted = sum(accounts[a][0] for a in accs if a in accounts and accounts[a][1] == "active")
    rows.append((impacted, item, len(pairs), len(accs), len(set(evs))))
rows.sort(key=lambda x: (-x[0], x[1]))

n = len(records)
no_ask = sum(1 for r in records if not r.get("requests"))
two = sum(1 for r in records if len(r.get("requests", [])) == 2)
labels = defaultdict(int)
for r in records:
    labels[r.get("label")] += 1
status = defaultdict(int)
for arr, st in accounts.values():
    status[st] += 1

print(f"{n} comments, {len(accounts)} accounts "
      f"({status['active']} active, {status['churned']} churned, {status['lost']} lost)")
print(f"ask nothing: {no_ask} ({100 * no_ask / max(n, 1):.1f}%), two asks: {two} ({100 * two / max(n, 1):.1f}%)")
print("labels: " + ", ".join(f"{k} {labels[k]}" for k in ("positive", "neutral", "negative")))
print()
print(f"{'item':40} {'comments':>8} {'accounts':>8} {'evidence':>8} {'impacted ARR':>13}")
for impacted, item, c, a, e in rows:
    print(f"{item:40} {c:>8} {a:>8} {e:>8} {impacted:>13,.0f}")

if problems:
    print()
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print()
print("OK")
