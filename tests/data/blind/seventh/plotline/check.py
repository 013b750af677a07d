"""Check roadmap.jsonl and accounts.csv (standard library only). Exit 1 on any problem."""
import csv
import json
import re
import sys
from collections import Counter, defaultdict

problems = []
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
        if status not in ("active", "churned", "lost"):
            problems.append("bad status %r for %r" % (status, name))
        try:
            arr = int(arr)
        except ValueError:
            problems.append("bad ARR %r for %r" % (arr, name))
            arr = 0
        accounts[name] = (arr, status)

recs = []
with open("roadmap.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append("line %d: invalid JSON (%s)" % (n, e))

ids, texts, used = set(), set(), set()
evidence_seen = Counter()
per_item = defaultdict(lambda: {"comments": 0, "accounts": set(), "evidence": set()})
for rec in recs:
    for key in ("id", "account", "text", "label", "requests"):
        if key not in rec:
            problems.append("%s: missing %s" % (rec.get("id"), key))
    rid = rec.get("id")
    if not re.fullmatch(r"sa\d{3}", str(rid)):
        problems.append("bad id %r" % rid)
    if rid in ids:
        problems.append("duplicate id %r" % rid)
    ids.add(rid)
    text = rec.get("text", "")
    if text in texts:
        problems.append("%s: duplicate text" % rid)
    texts.add(text)
    if rec.get("label") not in ("positive", "neutral", "negative"):
        problems.append("%s: bad label %r" % (rid, rec.get("label")))
    acc = rec.get("account")
    if acc not in accounts:
        problems.append("%s: account %r not in CSV" % (rid, acc))
    used.add(acc)
    items_here = []
    for req in rec.get("requests", []):
        item, ev = req.get("item"), req.get("evidence")
        if not item or not ev:
            problems.append("%s: empty item or evidence" % rid)
            continue
        if ev not in text:
            problems.append("%s: evidence not in text: %r" % (rid, ev))
        if item in items_here:
            problems.append("%s: item %r twice in one comment" % (rid, item))
        items_here.append(item)
        evidence_seen[ev] += 1
        d = per_item[item]
        d["comments"] += 1
        d["accounts"].add(acc)
        d["evidence"].add(ev)

for ev, c in evidence_seen.items():
    if c > 1:
        problems.append("evidence used %d times: %r" % (c, ev))
for name in accounts:
    if name not in used:
        problems.append("account %r in CSV but never used" % name)

# ---- report ----
def sentences(t):
    return len([s for s in re.split(r"(?<=[.!?])\s+", t.strip()) if s])

n = len(recs)
status_count = Counter(s for _, s in accounts.values())
print("comments: %d   accounts: %d (%s)" % (n, len(accounts), ", ".join("%s %d" % kv for kv in sorted(status_count.items()))))
print("labels: %s" % dict(Counter(r.get("label") for r in recs)))
nreq = Counter(len(r.get("requests", [])) for r in recs)
print("requests per comment: %s" % dict(sorted(nreq.items())))
print("share asking nothing: %.1f%%   share asking two: %.1f%%" % (100.0 * nreq[0] / n, 100.0 * nreq[2] / n))
long_ = sum(1 for r in recs if sentences(r.get("text", "")) >= 3)
print("share with 3+ sentences: %.1f%%" % (100.0 * long_ / n))
print()
print("%-40s %8s %8s %8s %14s" % ("item", "comments", "accounts", "evidence", "impacted ARR"))
for item, d in sorted(per_item.items(), key=lambda kv: -sum(accounts.get(a, (0, ""))[0] for a in kv[1]["accounts"] if accounts.get(a, (0, ""))[1] == "active")):
    arr = sum(accounts[a][0] for a in d["accounts"] if a in accounts and accounts[a][1] == "active")
    print("%-40s %8d %8d %8d %14s" % (item, d["comments"], len(d["accounts"]), len(d["evidence"]), format(arr, ",")))

if problems:
    print()
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print()
print("OK")
