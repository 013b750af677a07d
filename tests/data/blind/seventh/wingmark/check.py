"""Validate roadmap.jsonl and accounts.csv (standard library only). Exit 1 on any problem."""
import csv
import json
import re
import sys
from collections import Counter, defaultdict

problems = []
accounts = {}
with open("accounts.csv", encoding="utf-8", newline="") as f:
    r = csv.DictReader(f)
    if r.fieldnames != ["account", "arr", "status"]:
        problems.append(f"accounts.csv header is {r.fieldnames}")
    for row in r:
        name = row["account"]
        if name in accounts:
            problems.append(f"duplicate account {name}")
        if row["status"] not in ("active", "churned", "lost"):
            problems.append(f"bad status for {name}: {row['status']}")
        try:
            arr = int(row["arr"])
        except ValueError:
            problems.append(f"bad arr for {name}: {row['arr']}")
            arr = 0
        accounts[name] = (arr, row["status"])

comments = []
with open("roadmap.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            comments.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append(f"line {n}: invalid JSON ({e})")

ids, texts = Counter(), Counter()
used_accounts = set()
item_comments = defaultdict(int)
item_accounts = defaultdict(set)
item_evidence = defaultdict(set)
all_evidence = Counter()
for c in comments:
    for key in ("id", "account", "text", "label", "requests"):
        if key not in c:
            problems.append(f"{c.get('id')}: missing {key}")
    ids[c.get("id")] += 1
    texts[c.get("text")] += 1
    if c.get("label") not in ("positive", "neutral", "negative"):
        problems.append(f"{c.get('id')}: bad label {c.get('label')}")
    acc = c.get("account")
    used_accounts.add(acc)
    if acc not in accounts:
        problems.append(f"{c.get('id')}: account {acc} not in accounts.csv")
    seen_items = set()
    for req in c.get("requests", []):
        item, ev = req.get("item"), req.get("evidence")
        if not item or not ev:
            problems.append(f"{c['id']}: empty item or evidence")
            continue
        if ev not in c["text"]:
            problems.append(f"{c['id']}: evidence not in text: {ev!r}")
        if item in seen_items:
            problems.append(f"{c['id']}: item {item} twice in one comment")
        seen_items.add(item)
        all_evidence[ev.lower()] += 1
        item_comments[item] += 1
        item_accounts[item].add(acc)
        item_evidence[item].add(ev)

for i, k in ids.items():
    if k > 1:
        problems.append(f"duplicate id {i}")
for t, k in texts.items():
    if k > 1:
        problems.append(f"duplicate text: {t[:60]!r}")
for ev, k in all_evidence.items():
    if k > 1:
        problems.append(f"evidence string used {k} times: {ev!r}")
for name in accounts:
    if name not in used_accounts:
        problems.append(f"account {name} in accounts.csv but never used")

# table
print(f"{'item':42} {'comments':>8} {'accounts':>8} {'evidence':>8} {'impacted ARR':>13}")
for item in sorted(item_comments, key=lambda i: -sum(accounts[a][0] for a in item_accounts[i] if a in accounts and accounts[a][1] == "active")):
    arr = sum(accounts[a][0] for a in item_accounts[item] if a in accounts and accounts[a][1] == "active")
    print(f"{item:42} {item_comments[item]:>8} {len(item_accounts[item]):>8} {len(item_evidence[item]):>8} {arr:>13,}")

n = len(comments)
status = Counter(s for _, s in accounts.values())
no_ask = sum(1 for c in comments if not c.get("requests"))
two = sum(1 for c in comments if len(c.get("requests", [])) >= 2)
def sentences(t):
    return len([s for s in re.split(r"(?<=[.!?])\s+", t.strip()) if s])
long3 = sum(1 for c in comments if sentences(c.get("text", "")) >= 3)
print()
print(f"comments {n}; accounts {len(accounts)} ({dict(status)})")
print(f"ask nothing {no_ask} ({no_ask / max(n, 1):.0%}); ask two items {two} ({two / max(n, 1):.0%}); 3+ sentences {long3} ({long3 / max(n, 1):.0%})")
print("labels", dict(Counter(c.get("label") for c in comments)))

if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nOK")
