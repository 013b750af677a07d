"""Validate roadmap.jsonl and accounts.csv (standard library only). Exit 1 on any problem."""
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
            arr = int(row["arr"])
            if arr <= 0:
                raise ValueError
        except ValueError:
            problems.append(f"bad arr for {name!r}: {row['arr']!r}")
            arr = 0
        if row["status"] not in ("active", "churned", "lost"):
            problems.append(f"bad status for {name!r}: {row['status']!r}")
        accounts[name] = (arr, row["status"])

comments = []
with open(os.path.join(HERE, "roadmap.jsonl"), encoding="utf-8") as f:
    for lineno, line in enumerate(f, start=1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {lineno}: invalid JSON ({e})")
            continue
        if set(rec) != {"id", "account", "text", "label", "requests"}:
            problems.append(f"line {lineno}: keys {sorted(rec)}")
            continue
        comments.append(rec)

ids, texts, used = set(), set(), set()
evidence_seen = {}
for rec in comments:
    cid = rec["id"]
    if cid in ids:
        problems.append(f"duplicate id {cid}")
    ids.add(cid)
    if rec["text"] in texts:
        problems.append(f"{cid}: duplicate text")
    texts.add(rec["text"])
    if rec["account"] not in accounts:
        problems.append(f"{cid}: account {rec['account']!r} not in accounts.csv")
    used.add(rec["account"])
    if rec["label"] not in ("positive", "neutral", "negative"):
        problems.append(f"{cid}: bad label {rec['label']!r}")
    if not isinstance(rec["requests"], list):
        problems.append(f"{cid}: requests is not a list")
        continue
    items_here = set()
    for r in rec["requests"]:
        if set(r) != {"item", "evidence"} or not r["item"] or not r["evidence"]:
            problems.append(f"{cid}: malformed request {r}")
            continue
        if r["evidence"] not in rec["text"]:
            problems.append(f"{cid}: evidence not in text: {r['evidence']!r}")
        if r["item"] in items_here:
            problems.append(f"{cid}: item {r['item']!r} twice in one comment")
        items_here.add(r["item"])
        key = r["evidence"].strip().lower()
        if key in evidence_seen:
            problems.append(f"{cid}: evidence {r['evidence']!r} repeats {evidence_seen[key]}")
        evidence_seen[key] = cid

for name in accounts:
    if name not in used:
        problems.append(f"account {name!r} in accounts.csv but never used")

# per-item table
stats = defaultdict(lambda: {"comments": 0, "accounts": set(), "evidence": set()})
for rec in comments:
    for r in rec["requests"]:
        s = stats[r["item"]]
        s["comments"] += 1
        s["accounts"].add(rec["account"])
        s["evidence"].add(r["evidence"])

def impacted(s):
    return sum(accounts[a][0] for a in s["accounts"] if a in accounts and accounts[a][1] == "active")

print(f"{'item':45} {'comments':>8} {'accounts':>8} {'evidence':>8} {'impacted ARR':>13}")
for item, s in sorted(stats.items(), key=lambda kv: -impacted(kv[1])):
    print(f"{item:45} {s['comments']:>8} {len(s['accounts']):>8} {len(s['evidence']):>8} {impacted(s):>13,}")

n = len(comments)
none = sum(1 for c in comments if not c["requests"])
two = sum(1 for c in comments if len(c["requests"]) == 2)
labels = defaultdict(int)
for c in comments:
    labels[c["label"]] += 1
status = defaultdict(int)
for a, (arr, st) in accounts.items():
    status[st] += 1
print()
print(f"comments {n}; accounts {len(accounts)} ({dict(status)}); asking nothing {none} ({none / max(n, 1):.1%}); "
      f"asking two items {two} ({two / max(n, 1):.1%})")
print(f"labels {dict(labels)}")

if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
