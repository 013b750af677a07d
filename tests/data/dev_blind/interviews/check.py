#!/usr/bin/env python3
"""Standard-library checker for the blind WLC interview set. Exits 1 on any problem."""
import csv, json, os, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
QIDS = {"why", "what_would_change", "criteria_top", "competitors_considered", "advice"}
OUTCOMES = {"win", "loss", "churn", "downgrade"}
STATUS = {"win": "active", "downgrade": "active", "loss": "lost", "churn": "churned"}
problems = []

def bad(msg):
    problems.append(msg)

recs = []
with open(os.path.join(HERE, "interviews.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad(f"line {ln}: invalid JSON: {e}")

accounts = {}
with open(os.path.join(HERE, "accounts.csv"), newline="", encoding="utf-8") as f:
    rd = csv.DictReader(f)
    if rd.fieldnames != ["account", "arr", "status"]:
        bad(f"accounts.csv header {rd.fieldnames}")
    for row in rd:
        if row["account"] in accounts:
            bad(f"duplicate account in CSV: {row['account']}")
        accounts[row["account"]] = row

ids = [r.get("id") for r in recs]
if len(ids) != len(set(ids)):
    bad("duplicate ids")
item_interviews = defaultdict(set)
item_wordings = defaultdict(set)
item_accounts = defaultdict(set)
per_account = defaultdict(list)
outcomes = defaultdict(int)
no_turns = 0
asking = 0
for r in recs:
    rid = r.get("id")
    for k in ("id", "account", "outcome", "arr", "interviewer", "buyer", "notes", "answers", "turns", "requests"):
        if k not in r:
            bad(f"{rid}: missing {k}")
    if r.get("outcome") not in OUTCOMES:
        bad(f"{rid}: outcome {r.get('outcome')}")
    outcomes[r.get("outcome")] += 1
    acc = accounts.get(r.get("account"))
    if acc is None:
        bad(f"{rid}: account not in CSV: {r.get('account')}")
    else:
        if int(acc["arr"]) != r.get("arr"):
            bad(f"{rid}: arr {r.get('arr')} != CSV {acc['arr']}")
        if acc["status"] != STATUS.get(r.get("outcome")):
            bad(f"{rid}: status {acc['status']} vs outcome {r.get('outcome')}")
    if not (6000 <= r.get("arr", 0) <= 600000):
        bad(f"{rid}: arr out of range")
    per_account[r.get("account")].append(rid)
    ans = r.get("answers", {})
    if not (2 <= len(ans) <= 5) or set(ans) - QIDS:
        bad(f"{rid}: answers keys {sorted(ans)}")
    turns = r.get("turns", [])
    if turns:
        if not (8 <= len(turns) <= 18):
            bad(f"{rid}: {len(turns)} turns")
        if r.get("interviewer") not in {t.get('speaker') for t in turns}:
            bad(f"{rid}: interviewer never speaks")
        if r.get("buyer") not in {t.get('speaker') for t in turns}:
            bad(f"{rid}: buyer never speaks")
    else:
        no_turns += 1
    items_here = set()
    for q in r.get("requests", []):
        part, ev, item = q.get("part", ""), q.get("evidence", ""), q.get("item", "")
        if part == "notes":
            text = r.get("notes", "")
        elif part.startswith("answers."):
            text = ans.get(part[len("answers."):])
            if text is None:
                bad(f"{rid}: part {part} does not exist"); continue
        elif part.startswith("turns."):
            try:
                i = int(part[len("turns."):])
                t = turns[i]
            except (ValueError, IndexError):
                bad(f"{rid}: part {part} does not exist"); continue
            if t.get("speaker") == r.get("interviewer"):
                bad(f"{rid}: label on interviewer turn {part}")
            text = t.get("text", "")
        else:
            bad(f"{rid}: bad part {part}"); continue
        if not ev or ev not in text:
            bad(f"{rid}: evidence not in {part}: {ev!r}")
        items_here.add(item)
        item_interviews[item].add(rid)
        item_accounts[item].add(r.get('account'))
        item_wordings[item].add(ev.strip().lower())
    if items_here:
        asking += 1
    if len(items_here) > 3:
        bad(f"{rid}: {len(items_here)} items")

for a, rids in per_account.items():
    if len(rids) > 2:
        bad(f"{a}: {len(rids)} interviews")
for a in accounts:
    if a not in per_account:
        bad(f"CSV account without interview: {a}")
shared = sum(1 for v in per_account.values() if len(v) == 2)

print(f"interviews: {len(recs)}  accounts: {len(accounts)}  accounts with two interviews: {shared}")
print("outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
print(f"without transcript: {no_turns}  asking for something: {asking}  asking for nothing: {len(recs) - asking}")
print(f"{'item':28} {'interviews':>10} {'accounts':>9} {'wordings':>9} {'labels':>7}")
nlab = defaultdict(int)
for r in recs:
    for q in r.get("requests", []):
        nlab[q["item"]] += 1
for item in sorted(item_interviews):
    ni, nw = len(item_interviews[item]), len(item_wordings[item])
    print(f"{item:28} {ni:>10} {len(item_accounts[item]):>9} {nw:>9} {nlab[item]:>7}")
    if ni < 5 or nw < 5:
        bad(f"{item}: {ni} interviews, {nw} wordings (need 5/5)")
print(f"total labels: {sum(nlab.values())}  items: {len(item_interviews)}")
if not (10 <= len(item_interviews) <= 12):
    bad(f"{len(item_interviews)} items")
if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
