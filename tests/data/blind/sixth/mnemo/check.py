"""Validate roadmap.jsonl and accounts.csv (standard library only). Exit 1 on any problem."""
import csv, json, re, sys
from collections import Counter, defaultdict

problems = []
accounts = {}
with open("accounts.csv", newline="", encoding="utf-8") as f:
    r = csv.reader(f)
    header = next(r)
    if header != ["account", "arr", "status"]:
        problems.append("bad CSV header %r" % header)
    for row in r:
        if len(row) != 3:
            problems.append("bad CSV row %r" % row); continue
        name, arr, status = row
        if name in accounts:
            problems.append("duplicate account %s" % name)
        if status not in ("active", "churned", "lost"):
            problems.append("bad status %s for %s" % (status, name))
        try:
            accounts[name] = (int(arr), status)
        except ValueError:
            problems.append("bad arr %r for %s" % (arr, name))

recs = []
with open("roadmap.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append("line %d: invalid JSON (%s)" % (n, e))

ids, texts, used = set(), set(), set()
item_comments = Counter(); item_accounts = defaultdict(set); item_evid = defaultdict(list)
for rec in recs:
    for k in ("id", "account", "text", "label", "requests"):
        if k not in rec:
            problems.append("%s: missing %s" % (rec.get("id"), k))
    rid, text = rec.get("id"), rec.get("text", "")
    if rid in ids: problems.append("duplicate id %s" % rid)
    ids.add(rid)
    if text in texts: problems.append("duplicate text in %s" % rid)
    texts.add(text)
    if rec.get("label") not in ("positive", "neutral", "negative"):
        problems.append("%s: bad label %r" % (rid, rec.get("label")))
    acc = rec.get("account")
    if acc not in accounts: problems.append("%s: account %r not in CSV" % (rid, acc))
    used.add(acc)
    seen_items = set()
    for q in rec.get("requests", []):
        item, ev = q.get("item"), q.get("evidence")
        if not item or not ev: problems.append("%s: empty item/evidence" % rid); continue
        if ev not in text: problems.append("%s: evidence not in text: %r" % (rid, ev))
        if item in seen_items: problems.append("%s: item %s twice in one comment" % (rid, item))
        seen_items.add(item)
        item_comments[item] += 1; item_accounts[item].add(acc); item_evid[item].append(ev)
for name in accounts:
    if name not in used: problems.append("account %s never used" % name)
for item, evs in item_evid.items():
    for ev, c in Counter(e.lower() for e in evs).items():
        if c > 1: problems.append("item %s: evidence repeated %r" % (item, ev))

print("%-42s %8s %8s %8s %12s" % ("item", "comments", "accounts", "evidence", "impacted ARR"))
for item, c in sorted(item_comments.items(), key=lambda kv: -kv[1]):
    arr = sum(accounts[a][0] for a in item_accounts[item] if a in accounts and accounts[a][1] == "active")
    print("%-42s %8d %8d %8d %12d" % (item, c, len(item_accounts[item]), len(set(item_evid[item])), arr))

def sentences(t):
    return len([s for s in re.split(r"(?<=[.!?])\s+", t.strip()) if s.strip()])
n = len(recs)
if n:
    st = Counter(s for _, s in accounts.values())
    print("\ncomments %d, accounts %d (%s)" % (n, len(accounts), ", ".join("%s %d" % kv for kv in sorted(st.items()))))
    print("labels:", dict(Counter(r["label"] for r in recs)))
    none = sum(1 for r in recs if not r["requests"]); two = sum(1 for r in recs if len(r["requests"]) >= 2)
    long3 = sum(1 for r in recs if sentences(r["text"]) >= 3)
    print("ask nothing %d (%.0f%%), ask two %d (%.0f%%), 3+ sentences %d (%.0f%%)" % (
        none, 100.0 * none / n, two, 100.0 * two / n, long3, 100.0 * long3 / n))

if problems:
    print("\nPROBLEMS:"); [print(" -", p) for p in problems]; sys.exit(1)
print("\nOK")
