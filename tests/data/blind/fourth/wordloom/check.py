"""Check roadmap.jsonl and accounts.csv (standard library only). Exit 1 on any problem."""
import csv
import json
import re
import sys
from collections import defaultdict

problems = []
accounts = {}
with open("accounts.csv", encoding="utf-8", newline="") as f:
    reader = csv.DictReader(f)
    if reader.fieldnames != ["account", "arr", "status"]:
        problems.append(f"accounts.csv header is {reader.fieldnames}")
    for row in reader:
        name = row["account"]
        if name in accounts:
            problems.append(f"duplicate account {name!r}")
        try:
            arr = int(row["arr"])
        except ValueError:
            problems.append(f"bad arr for {name!r}: {row['arr']!r}")
            arr = 0
        if row["status"] not in ("active", "churned", "lost"):
            problems.append(f"bad status for {name!r}: {row['status']!r}")
        accounts[name] = (arr, row["status"])

comments = []
with open("roadmap.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {n}: invalid JSON ({e})")
            continue
        if set(rec) != {"id", "account", "text", "label", "requests"}:
            problems.append(f"line {n}: keys {sorted(rec)}")
            continue
        comments.append(rec)

ids, texts = set(), set()
used_accounts = set()
evidence_seen = {}
item_comments = defaultdict(int)
item_accounts = defaultdict(set)
item_evidence = defaultdict(set)
no_ask = two_ask = long_ = 0
labels = defaultdict(int)

for rec in comments:
    cid = rec["id"]
    if cid in ids:
        problems.append(f"duplicate id {cid}")
    ids.add(cid)
    if not re.fullmatch(r"xc\d{3}", cid):
        problems.append(f"{cid}: bad id format")
    if rec["text"] in texts:
        problems.append(f"{cid}: duplicate text")
    texts.add(rec["text"])
    if rec["account"] not in accounts:
        problems.append(f"{cid}: account {rec['account']!r} not in accounts.csv")
    used_accounts.add(rec["account"])
    if rec["label"] not in ("positive", "neutral", "negative"):
        problems.append(f"{cid}: bad label {rec['label']!r}")
    labels[rec["label"]] += 1
    reqs = rec["requests"]
    if not isinstance(reqs, list):
        problems.append(f"{cid}: requests is not a list")
        continue
    if not reqs:
        no_ask += 1
    if len(reqs) == 2:
        two_ask += 1
    if len(re.findall(r"[.!?](\s|$)", rec["text"].strip() + " ")) >= 3:
        long_ += 1
    items_here = set()
    for r in reqs:
        if set(r) != {"item", "evidence"}:
            problems.append(f"{cid}: request keys {sorted(r)}")
            continue
        item, ev = r["item"], r["evidence"]
        if not ev or ev not in rec["text"]:
            problems.append(f"{cid}: evidence not a substring: {ev!r}")
        if item in items_here:
            problems.append(f"{cid}: item {item!r} twice in one comment")
        items_here.add(item)
        if ev in evidence_seen:
            problems.append(f"{cid}: evidence {ev!r} also used in {evidence_seen[ev]}")
        evidence_seen[ev] = cid
        item_comments[item] += 1
        item_accounts[item].add(rec["account"])
        item_evidence[item].add(ev)

for name in accounts:
    if name not in used_accounts:
        problems.append(f"account {name!r} in accounts.csv but never used")

status_counts = defaultdict(int)
for arr, st in accounts.values():
    status_counts[st] += 1

print(f"comments: {len(comments)}  accounts: {len(accounts)} "
      f"({', '.join(f'{k} {v}' for k, v in sorted(status_counts.items()))})")
print(f"no ask: {no_ask} ({100*no_ask/max(len(comments),1):.1f}%)  two asks: {two_ask} "
      f"({100*two_ask/max(len(comments),1):.1f}%)  3+ sentences: {long_}")
print("labels: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
print()
print(f"{'item':48} {'comments':>8} {'accounts':>8} {'evidence':>8} {'impacted ARR':>13}")
order = sorted(item_comments, key=lambda i: -sum(accounts[a][0] for a in item_accounts[i]
                                                    if a in accounts and accounts[a][1] == "active"))
for item in order:
    impacted = sum(accounts[a][0] for a in item_accounts[item]
                   if a in accounts and accounts[a][1] == "active")
    print(f"{item:48} {item_comments[item]:>8} {len(item_accounts[item]):>8} "
          f"{len(item_evidence[item]):>8} {impacted:>13,}")

if problems:
    print()
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print("\nOK")
