"""Validate interviews.jsonl, accounts.csv and names.json. Standard library only. Exit 1 on any problem."""
import csv
import json
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUTCOMES = {"win", "loss", "churn", "downgrade"}
STATUS = {"win": "active", "downgrade": "active", "loss": "lost", "churn": "churned"}
KEYS = ["id", "account", "outcome", "arr", "interviewer", "buyer", "notes", "answers", "turns", "requests"]
ANSWER_KEYS = {"why", "what_would_change", "advice", "competitors_considered", "criteria_top"}

problems = []


def bad(msg):
    problems.append(msg)


def part_text(rec, part):
    if part == "notes":
        return rec["notes"]
    if part.startswith("answers."):
        return rec["answers"].get(part[len("answers."):])
    if part.startswith("turns."):
        try:
            i = int(part[len("turns."):])
        except ValueError:
            return None
        if 0 <= i < len(rec["turns"]):
            if rec["turns"][i]["speaker"] != rec["buyer"]:
                bad("%s: %s is an interviewer turn (never labelled)" % (rec["id"], part))
            return rec["turns"][i]["text"]
    return None


records = []
with open(os.path.join(HERE, "interviews.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            records.append(json.loads(line))
        except ValueError as e:
            bad("line %d: invalid JSON (%s)" % (ln, e))

ids = [r.get("id") for r in records]
if len(set(ids)) != len(ids):
    bad("duplicate ids")

acct_outcomes = defaultdict(set)
acct_arr = defaultdict(set)
per_item = defaultdict(lambda: {"records": set(), "accounts": set(), "evidence": set(), "labels": 0})
empty_turns = 0
empty_requests = 0
outcome_counts = defaultdict(int)

for r in records:
    rid = r.get("id")
    if list(r.keys()) != KEYS:
        bad("%s: keys %s" % (rid, list(r.keys())))
        continue
    if r["outcome"] not in OUTCOMES:
        bad("%s: outcome %r" % (rid, r["outcome"]))
    outcome_counts[r["outcome"]] += 1
    if not isinstance(r["arr"], (int, float)) or r["arr"] <= 0:
        bad("%s: arr %r" % (rid, r["arr"]))
    acct_outcomes[r["account"]].add(r["outcome"])
    acct_arr[r["account"]].add(r["arr"])
    a = r["answers"]
    if not isinstance(a, dict) or "why" not in a or "what_would_change" not in a:
        bad("%s: answers must have why and what_would_change" % rid)
    elif set(a) - ANSWER_KEYS:
        bad("%s: unknown answer keys %s" % (rid, set(a) - ANSWER_KEYS))
    t = r["turns"]
    if t:
        if not 8 <= len(t) <= 12:
            bad("%s: %d turns" % (rid, len(t)))
        for i, turn in enumerate(t):
            want = r["interviewer"] if i % 2 == 0 else r["buyer"]
            if set(turn) != {"speaker", "text"} or turn["speaker"] != want:
                bad("%s: turn %d speaker %r, want %r" % (rid, i, turn.get("speaker"), want))
    else:
        empty_turns += 1
    if not r["requests"]:
        empty_requests += 1
    seen = set()
    for q in r["requests"]:
        if set(q) != {"item", "evidence", "part"}:
            bad("%s: request keys %s" % (rid, set(q)))
            continue
        text = part_text(r, q["part"])
        if text is None:
            bad("%s: part %r does not exist" % (rid, q["part"]))
            continue
        if not q["evidence"] or q["evidence"] not in text:
            bad("%s: evidence %r not in %s" % (rid, q["evidence"], q["part"]))
        key = (q["item"], q["part"])
        if key in seen:
            bad("%s: two labels for %r in %s" % (rid, q["item"], q["part"]))
        seen.add(key)
        s = per_item[q["item"]]
        s["records"].add(rid)
        s["accounts"].add(r["account"])
        s["evidence"].add(q["evidence"].lower())
        s["labels"] += 1

for acc, outs in acct_outcomes.items():
    if len(outs) > 1:
        bad("account %r has several outcomes %s" % (acc, outs))
    if len(acct_arr[acc]) > 1:
        bad("account %r has several arr values %s" % (acc, acct_arr[acc]))

with open(os.path.join(HERE, "accounts.csv"), encoding="utf-8", newline="") as f:
    reader = csv.DictReader(f)
    if reader.fieldnames != ["account", "arr", "status"]:
        bad("accounts.csv header %s" % reader.fieldnames)
    rows = list(reader)
csv_accounts = [row["account"] for row in rows]
if len(set(csv_accounts)) != len(csv_accounts):
    bad("accounts.csv: an account appears twice")
for row in rows:
    acc = row["account"]
    if acc not in acct_outcomes:
        bad("accounts.csv: %r not used by any record" % acc)
        continue
    outcome = next(iter(acct_outcomes[acc]))
    if row["status"] != STATUS[outcome]:
        bad("accounts.csv: %r status %r, outcome %r" % (acc, row["status"], outcome))
    if float(row["arr"]) not in {float(x) for x in acct_arr[acc]}:
        bad("accounts.csv: %r arr %s differs from records %s" % (acc, row["arr"], acct_arr[acc]))
for acc in acct_outcomes:
    if acc not in csv_accounts:
        bad("record account %r missing from accounts.csv" % acc)

with open(os.path.join(HERE, "names.json"), encoding="utf-8") as f:
    names = json.load(f)
if names.get("product") != "Brightwater" or not names.get("competitors"):
    bad("names.json malformed")

print("records %d, accounts %d, no transcript %d, no requests %d" % (
    len(records), len(acct_outcomes), empty_turns, empty_requests))
print("outcomes: " + ", ".join("%s %d" % (k, outcome_counts[k]) for k in ["win", "loss", "churn", "downgrade"]))
print()
print("%-34s %7s %8s %8s %6s" % ("item", "records", "accounts", "evidence", "labels"))
for item in sorted(per_item):
    s = per_item[item]
    print("%-34s %7d %8d %8d %6d" % (item, len(s["records"]), len(s["accounts"]), len(s["evidence"]), s["labels"]))
print("%-34s %7s %8s %8s %6d" % ("total", "", "", "", sum(s["labels"] for s in per_item.values())))

if problems:
    print()
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print("\nOK")
