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
        if status not in ("active", "churned", "lost"):
            problems.append("bad status %r for %r" % (status, name))
        try:
            arr = int(arr)
        except ValueError:
            problems.append("bad arr %r for %r" % (arr, name))
            arr = 0
        accounts[name] = (arr, status)

recs = []
with open(os.path.join(HERE, "roadmap.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, start=1):
        if not line.strip():
            problems.append("blank line %d" % ln)
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append("line %d: invalid JSON: %s" % (ln, e))

ids, texts, used = set(), set(), set()
items = defaultdict(lambda: {"comments": 0, "accounts": set(), "evidence": set()})
all_evidence = defaultdict(list)
noask = double = 0
labels = defaultdict(int)
for rec in recs:
    if set(rec) != {"id", "account", "text", "label", "requests"}:
        problems.append("%s: wrong keys %r" % (rec.get("id"), sorted(rec)))
        continue
    rid = rec["id"]
    if rid in ids:
        problems.append("duplicate id %s" % rid)
    ids.add(rid)
    if rec["text"] in texts:
        problems.append("%s: duplicate text" % rid)
    texts.add(rec["text"])
    if rec["account"] not in accounts:
        problems.append("%s: account %r not in CSV" % (rid, rec["account"]))
    used.add(rec["account"])
    if rec["label"] not in ("positive", "neutral", "negative"):
        problems.append("%s: bad label %r" % (rid, rec["label"]))
    labels[rec["label"]] += 1
    if not rec["requests"]:
        noask += 1
    if len(rec["requests"]) == 2:
        double += 1
    seen_items = set()
    for req in rec["requests"]:
        if set(req) != {"item", "evidence"}:
            problems.append("%s: bad request keys %r" % (rid, sorted(req)))
            continue
        item, ev = req["item"], req["evidence"]
        if not ev or ev not in rec["text"]:
            problems.append("%s: evidence not in text: %r" % (rid, ev))
        if item in seen_items:
            problems.append("%s: item %r twice" % (rid, item))
        seen_items.add(item)
        all_evidence[ev.strip().lower()].append(rid)
        d = items[item]
        d["comments"] += 1
        d["accounts"].add(rec["account"])
        d["evidence"].add(ev)

for name in accounts:
    if name not in used:
        problems.append("account %r in CSV but never used" % name)
for ev, where in all_evidence.items():
    if len(where) > 1:
        problems.append("evidence repeated %r in %s" % (ev, where))

print("comments: %d  accounts: %d (%s)" % (len(recs), len(accounts), ", ".join(
    "%d %s" % (sum(1 for a in accounts.values() if a[1] == s), s) for s in ("active", "churned", "lost"))))
print("no ask: %d (%.1f%%)  two asks: %d (%.1f%%)" % (noask, 100.0 * noask / max(len(recs), 1),
                                                   double, 100.0 * double / max(len(recs), 1)))
print("labels: " + ", ".join("%s %d" % (k, labels[k]) for k in ("positive", "neutral", "negative")))
print()
print("%-32s %8s %8s %8s %14s" % ("item", "comments", "accounts", "evidence", "impacted ARR"))
order = sorted(items, key=lambda i: -sum(accounts.get(a, (0, ""))[0] for a in items[i]["accounts"]
                                          if accounts.get(a, (0, ""))[1] == "active"))
for item in order:
    d = items[item]
    arr = sum(accounts[a][0] for a in d["accounts"] if a in accounts and accounts[a][1] == "active")
    print("%-32s %8d %8d %8d %14s" % (item, d["comments"], len(d["accounts"]), len(d["evidence"]),
                                      "{:,}".format(arr)))

if problems:
    print()
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print()
print("OK")
