"""Validate roadmap.jsonl and accounts.csv (standard library only). Exit 1 on any problem."""
import csv
import json
import re
import sys
from collections import defaultdict

problems = []
LABELS = {"positive", "neutral", "negative"}
STATUSES = {"active", "churned", "lost"}

accounts = {}
with open("accounts.csv", encoding="utf-8", newline="") as f:
    r = csv.reader(f)
    header = next(r)
    if header != ["account", "arr", "status"]:
        problems.append("bad CSV header %r" % header)
    for row in r:
        if len(row) != 3:
            problems.append("bad CSV row %r" % row)
            continue
        name, arr, status = row
        if name in accounts:
            problems.append("duplicate account %r" % name)
        try:
            arr = int(arr)
        except ValueError:
            problems.append("bad arr %r" % row)
            continue
        if status not in STATUSES:
            problems.append("bad status %r" % row)
        accounts[name] = (arr, status)

recs = []
with open("roadmap.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append("line %d: invalid JSON (%s)" % (n, e))

ids, texts = set(), set()
used = set()
item_comments = defaultdict(int)
item_accounts = defaultdict(set)
item_evidence = defaultdict(list)
labels = defaultdict(int)
n_none = n_two = n_long = 0
for rec in recs:
    rid = rec.get("id")
    if set(rec) != {"id", "account", "text", "label", "requests"}:
        problems.append("%s: wrong fields %r" % (rid, sorted(rec)))
    if rid in ids:
        problems.append("duplicate id %s" % rid)
    ids.add(rid)
    text = rec.get("text", "")
    if not text:
        problems.append("%s: empty text" % rid)
    if text in texts:
        problems.append("%s: duplicate text" % rid)
    texts.add(text)
    if rec.get("account") not in accounts:
        problems.append("%s: account %r not in CSV" % (rid, rec.get("account")))
    used.add(rec.get("account"))
    if rec.get("label") not in LABELS:
        problems.append("%s: bad label %r" % (rid, rec.get("label")))
    labels[rec.get("label")] += 1
    reqs = rec.get("requests", [])
    if not isinstance(reqs, list):
        problems.append("%s: requests not a list" % rid)
        reqs = []
    if len(reqs) == 0:
        n_none += 1
    if len(reqs) >= 2:
        n_two += 1
    seen_items = set()
    for q in reqs:
        item, ev = q.get("item"), q.get("evidence")
        if not item or not ev:
            problems.append("%s: empty item or evidence" % rid)
            continue
        if item in seen_items:
            problems.append("%s: item %r twice in one comment" % (rid, item))
        seen_items.add(item)
        if ev not in text:
            problems.append("%s: evidence not in text: %r" % (rid, ev))
        item_comments[item] += 1
        item_accounts[item].add(rec.get("account"))
        item_evidence[item].append(ev)
    if len([s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]) >= 3:
        n_long += 1

for name in accounts:
    if name not in used:
        problems.append("account %r in CSV but never used" % name)

for item, evs in item_evidence.items():
    low = [e.lower() for e in evs]
    if len(set(low)) != len(low):
        problems.append("item %r: repeated evidence wording" % item)

def arr_active(accs):
    return sum(accounts[a][0] for a in accs if a in accounts and accounts[a][1] == "active")

print("comments: %d  accounts: %d (%s)" % (len(recs), len(accounts),
      ", ".join("%s %d" % (s, sum(1 for v in accounts.values() if v[1] == s)) for s in sorted(STATUSES))))
print("no ask: %d (%.1f%%)  two asks: %d (%.1f%%)  3+ sentences: %d" % (
    n_none, 100.0 * n_none / max(len(recs), 1), n_two, 100.0 * n_two / max(len(recs), 1), n_long))
print("labels: " + ", ".join("%s %d" % (k, labels[k]) for k in sorted(labels)))
print()
print("%-32s %8s %8s %8s %14s" % ("item", "comments", "accounts", "evidence", "impacted ARR"))
for item in sorted(item_comments, key=lambda i: -arr_active(item_accounts[i])):
    print("%-32s %8d %8d %8d %14s" % (item, item_comments[item], len(item_accounts[item]),
          len(set(item_evidence[item])), format(arr_active(item_accounts[item]), ",")))

if problems:
    print()
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print()
print("OK")
