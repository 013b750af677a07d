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
        problems.append("accounts.csv header is %r" % reader.fieldnames)
    for row in reader:
        name = row["account"]
        if name in accounts:
            problems.append("duplicate account %r" % name)
        try:
            arr = int(row["arr"])
        except ValueError:
            problems.append("bad arr for %r: %r" % (name, row["arr"]))
            arr = 0
        if row["status"] not in ("active", "churned", "lost"):
            problems.append("bad status for %r: %r" % (name, row["status"]))
        accounts[name] = (arr, row["status"])

comments = []
with open(os.path.join(HERE, "roadmap.jsonl"), encoding="utf-8") as f:
    for lineno, line in enumerate(f, 1):
        try:
            comments.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append("line %d: invalid JSON (%s)" % (lineno, e))

ids, texts, used = set(), set(), set()
evidence_seen = {}
per_item = defaultdict(lambda: {"comments": 0, "accounts": set(), "evidence": set()})
n_none = n_two = 0
labels = defaultdict(int)
for c in comments:
    cid = c.get("id")
    if set(c) != {"id", "account", "text", "label", "requests"}:
        problems.append("%s: fields are %s" % (cid, sorted(c)))
        continue
    if cid in ids:
        problems.append("duplicate id %s" % cid)
    ids.add(cid)
    if c["text"] in texts:
        problems.append("%s: duplicate text" % cid)
    texts.add(c["text"])
    if c["account"] not in accounts:
        problems.append("%s: account %r not in accounts.csv" % (cid, c["account"]))
    used.add(c["account"])
    if c["label"] not in ("positive", "neutral", "negative"):
        problems.append("%s: bad label %r" % (cid, c["label"]))
    labels[c["label"]] += 1
    reqs = c["requests"]
    if not isinstance(reqs, list):
        problems.append("%s: requests is not a list" % cid)
        continue
    if not reqs:
        n_none += 1
    if len(reqs) == 2:
        n_two += 1
    items_here = set()
    for r in reqs:
        if set(r) != {"item", "evidence"}:
            problems.append("%s: request fields are %s" % (cid, sorted(r)))
            continue
        item, ev = r["item"], r["evidence"]
        if not ev or ev not in c["text"]:
            problems.append("%s: evidence not in text: %r" % (cid, ev))
        if item in items_here:
            problems.append("%s: item %r twice in one comment" % (cid, item))
        items_here.add(item)
        key = ev.strip().lower()
        if key in evidence_seen:
            problems.append("%s: evidence %r repeats %s" % (cid, ev, evidence_seen[key]))
        evidence_seen[key] = cid
        d = per_item[item]
        d["comments"] += 1
        d["accounts"].add(c["account"])
        d["evidence"].add(ev)

for name in accounts:
    if name not in used:
        problems.append("account %r in accounts.csv has no comment" % name)

print("comments: %d  accounts: %d (%s)" % (
    len(comments), len(accounts),
    ", ".join("%s %d" % (s, sum(1 for a in accounts.values() if a[1] == s))
              for s in ("active", "churned", "lost"))))
print("asking for nothing: %d (%.1f%%)  asking for two items: %d (%.1f%%)" % (
    n_none, 100.0 * n_none / max(len(comments), 1), n_two, 100.0 * n_two / max(len(comments), 1)))
print("labels: " + ", ".join("%s %d" % (k, labels[k]) for k in ("positive", "neutral", "negative")))
print()
print("%-36s %8s %8s %8s %14s" % ("item", "comments", "accounts", "evidence", "impacted ARR"))
rows = []
for item, d in per_item.items():
    arr = sum(accounts[a][0] for a in d["accounts"] if a in accounts and accounts[a][1] == "active")
    rows.append((arr, item, d))
for arr, item, d in sorted(rows, key=lambda r: (-r[0], r[1])):
    print("%-36s %8d %8d %8d %14s" % (item, d["comments"], len(d["accounts"]), len(d["evidence"]), "{:,}".format(arr)))

if problems:
    print()
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print()
print("OK")
