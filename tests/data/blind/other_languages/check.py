"""Check roadmap.jsonl and accounts.csv (standard library only). Exit 1 on any problem."""
import csv
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
problems = []

accounts = {}
with open(os.path.join(HERE, "accounts.csv"), encoding="utf-8", newline="") as f:
    r = csv.reader(f)
    header = next(r)
    if header != ["account", "arr", "status"]:
        problems.append("bad header %r" % header)
    for row in r:
        name, arr, status = row
        if name in accounts:
            problems.append("duplicate account %s" % name)
        if status not in ("active", "churned", "lost"):
            problems.append("bad status %s" % status)
        accounts[name] = (int(arr), status)

recs = []
with open(os.path.join(HERE, "roadmap.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except ValueError as e:
            problems.append("line %d: invalid JSON (%s)" % (n, e))

# Language of each text, from the hand-written source (for counts only).
sys.path.insert(0, HERE)
try:
    import source
    lang_of = {c[1]: l for c, l in zip(source.COMMENTS, source.LANGS)}
    if len(source.LANGS) != len(source.COMMENTS):
        problems.append("LANGS and COMMENTS differ in length")
except Exception as e:  # noqa
    problems.append("cannot read languages from source.py: %s" % e)
    lang_of = {}

ids, texts, used = set(), set(), set()
by_item = defaultdict(lambda: {"comments": 0, "accounts": set()})
labels, langs = Counter(), Counter()
nask = Counter()
for rec in recs:
    keys = set(rec)
    if keys != {"id", "account", "text", "label", "requests"}:
        problems.append("%s: fields %s" % (rec.get("id"), sorted(keys)))
        continue
    if rec["id"] in ids:
        problems.append("duplicate id %s" % rec["id"])
    ids.add(rec["id"])
    if rec["text"] in texts:
        problems.append("duplicate text in %s" % rec["id"])
    texts.add(rec["text"])
    if rec["account"] not in accounts:
        problems.append("%s: unknown account %s" % (rec["id"], rec["account"]))
    used.add(rec["account"])
    if rec["label"] not in ("positive", "neutral", "negative"):
        problems.append("%s: bad label %s" % (rec["id"], rec["label"]))
    labels[rec["label"]] += 1
    langs[lang_of.get(rec["text"], "?")] += 1
    seen_items = set()
    nask[len(rec["requests"])] += 1
    for req in rec["requests"]:
        if set(req) != {"item", "evidence"}:
            problems.append("%s: request fields %s" % (rec["id"], sorted(req)))
            continue
        if not req["evidence"] or req["evidence"] not in rec["text"]:
            problems.append("%s: evidence not in text: %r" % (rec["id"], req["evidence"]))
        if req["evidence"].strip() == rec["text"].strip() and len(rec["text"]) > 80:
            problems.append("%s: evidence is the whole (long) comment" % rec["id"])
        if req["item"] in seen_items:
            problems.append("%s: item %s twice" % (rec["id"], req["item"]))
        seen_items.add(req["item"])
        by_item[req["item"]]["comments"] += 1
        by_item[req["item"]]["accounts"].add(rec["account"])

for a in accounts:
    if a not in used:
        problems.append("account never used: %s" % a)
if "?" in langs:
    problems.append("%d comments with unknown language" % langs["?"])

print("%-34s %8s %8s %12s" % ("item", "comments", "accounts", "impacted ARR"))
for item, d in sorted(by_item.items(), key=lambda kv: -kv[1]["comments"]):
    arr = sum(accounts[a][0] for a in d["accounts"] if a in accounts and accounts[a][1] == "active")
    print("%-34s %8d %8d %12d" % (item, d["comments"], len(d["accounts"]), arr))
print()
print("comments: %d   accounts: %d (%s)" % (len(recs), len(accounts),
      ", ".join("%s %d" % kv for kv in sorted(Counter(s for _, s in accounts.values()).items()))))
print("requests per comment: " + ", ".join("%d: %d" % kv for kv in sorted(nask.items())))
print("languages: " + ", ".join("%s %d" % kv for kv in langs.most_common()))
print("labels: " + ", ".join("%s %d" % kv for kv in labels.most_common()))

if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("\nOK")
