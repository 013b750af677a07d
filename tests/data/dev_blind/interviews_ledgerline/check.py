#!/usr/bin/env python3
"""Standard-library checker for interviews.jsonl + accounts.csv. Exits 1 on any problem."""
import csv, json, os, sys
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
QIDS = {"why", "what_would_change", "criteria_top", "competitors_considered", "advice"}
OUTCOMES = {"win", "loss", "churn", "downgrade"}
STATUS = {"win": "active", "downgrade": "active", "loss": "lost", "churn": "churned"}
problems = []

def bad(msg):
    problems.append(msg)

accounts = {}
with open(os.path.join(HERE, "accounts.csv"), newline="") as f:
    rd = csv.DictReader(f)
    if rd.fieldnames != ["account", "arr", "status"]:
        bad("accounts.csv header %r" % rd.fieldnames)
    for row in rd:
        if row["account"] in accounts:
            bad("duplicate account %s" % row["account"])
        accounts[row["account"]] = row
        if not 6000 <= int(row["arr"]) <= 600000:
            bad("arr out of range for %s" % row["account"])

recs, ids = [], set()
with open(os.path.join(HERE, "interviews.jsonl")) as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            bad("line %d: invalid JSON: %s" % (n, e)); continue
        recs.append(r)

items_iv = defaultdict(set); items_words = defaultdict(set); per_acct = Counter()
outc = Counter(); no_turns = 0; no_ask = 0
for r in recs:
    rid = r.get("id")
    if rid in ids: bad("duplicate id %s" % rid)
    ids.add(rid)
    for k in ("account", "outcome", "arr", "interviewer", "buyer", "notes", "answers", "turns", "requests"):
        if k not in r: bad("%s: missing %s" % (rid, k))
    if r["outcome"] not in OUTCOMES: bad("%s: outcome %s" % (rid, r["outcome"]))
    outc[r["outcome"]] += 1
    a = accounts.get(r["account"])
    if a is None: bad("%s: account %s not in CSV" % (rid, r["account"]))
    else:
        if int(a["arr"]) != r["arr"]: bad("%s: arr differs from CSV" % rid)
        if a["status"] != STATUS[r["outcome"]]: bad("%s: status differs from CSV" % rid)
    per_acct[r["account"]] += 1
    if not set(r["answers"]) <= QIDS: bad("%s: unknown question ids %s" % (rid, set(r["answers"]) - QIDS))
    if not 2 <= len(r["answers"]) <= 5: bad("%s: %d answers" % (rid, len(r["answers"])))
    turns = r["turns"]
    if turns:
        if not 8 <= len(turns) <= 18: bad("%s: %d turns" % (rid, len(turns)))
    else:
        no_turns += 1
    for t in turns:
        if t["speaker"] not in (r["interviewer"], r["buyer"]): bad("%s: stray speaker %s" % (rid, t["speaker"]))
    if not r["requests"]: no_ask += 1
    for q in r["requests"]:
        part, ev, item = q["part"], q["evidence"], q["item"]
        if part == "notes": text = r["notes"]
        elif part.startswith("answers."): text = r["answers"].get(part[8:])
        elif part.startswith("turns."):
            i = int(part[6:])
            text = turns[i]["text"] if 0 <= i < len(turns) else None
            if text is not None and turns[i]["speaker"] == r["interviewer"]:
                bad("%s: label on interviewer turn %s" % (rid, part))
        else: text = None
        if text is None: bad("%s: part %s does not exist" % (rid, part)); continue
        if not ev or ev not in text: bad("%s: evidence not in %s: %r" % (rid, part, ev))
        items_iv[item].add(rid); items_words[item].add(ev.lower())
    if len({q["item"] for q in r["requests"]}) > 3: bad("%s: more than 3 items" % rid)

two = [a for a, c in per_acct.items() if c == 2]
if any(c > 2 for c in per_acct.values()): bad("account with more than two interviews")
for a in accounts:
    if a not in per_acct: bad("CSV account %s has no interview" % a)

print("interviews: %d  outcomes: %s  no transcript: %d  no ask: %d  two-interview accounts: %d"
      % (len(recs), dict(outc), no_turns, no_ask, len(two)))
print("%-36s %10s %10s" % ("item", "interviews", "wordings"))
for item in sorted(items_iv):
    ni, nw = len(items_iv[item]), len(items_words[item])
    print("%-36s %10d %10d" % (item, ni, nw))
    if ni < 5 or nw < 5: bad("item %s below 5 interviews/wordings" % item)
if not 10 <= len(items_iv) <= 12: bad("%d items" % len(items_iv))
for p in problems: print("PROBLEM:", p)
sys.exit(1 if problems else 0)
