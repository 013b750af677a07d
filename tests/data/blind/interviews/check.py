#!/usr/bin/env python3
"""Standard-library checker for the blind WLC interview set. Exits 1 on any problem."""
import csv, json, os, sys
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
QIDS = {"why", "what_would_change", "criteria_top", "competitors_considered", "advice"}
OUTCOME_STATUS = {"win": "active", "downgrade": "active", "loss": "lost", "churn": "churned"}
problems = []

def bad(msg):
    problems.append(msg)

recs = []
with open(os.path.join(HERE, "interviews.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad(f"line {n}: invalid JSON: {e}")

accounts = {}
with open(os.path.join(HERE, "accounts.csv"), encoding="utf-8", newline="") as fh:
    for row in csv.DictReader(fh):
        if row["account"] in accounts:
            bad(f"accounts.csv: duplicate account {row['account']}")
        accounts[row["account"]] = row
        arr = int(row["arr"])
        if not 6000 <= arr <= 600000:
            bad(f"accounts.csv: {row['account']} ARR {arr} out of range")

ids = Counter(r.get("id") for r in recs)
for i, c in ids.items():
    if c > 1:
        bad(f"duplicate id {i}")

item_interviews = defaultdict(set)
item_accounts = defaultdict(set)
item_wordings = defaultdict(set)
item_labels = Counter()
per_account = defaultdict(list)
no_turns = 0
zero_ask = 0
outcomes = Counter()
interviewers = set()

for r in recs:
    rid = r.get("id", "?")
    for k in ("id", "account", "outcome", "arr", "interviewer", "buyer", "notes", "answers", "turns", "requests"):
        if k not in r:
            bad(f"{rid}: missing field {k}")
    if problems and any(p.startswith(f"{rid}: missing") for p in problems):
        continue
    outcomes[r["outcome"]] += 1
    interviewers.add(r["interviewer"])
    if r["outcome"] not in OUTCOME_STATUS:
        bad(f"{rid}: bad outcome {r['outcome']}")
    acc = accounts.get(r["account"])
    if acc is None:
        bad(f"{rid}: account {r['account']!r} not in accounts.csv")
    else:
        if int(acc["arr"]) != r["arr"]:
            bad(f"{rid}: arr {r['arr']} != accounts.csv {acc['arr']}")
        if acc["status"] != OUTCOME_STATUS.get(r["outcome"]):
            bad(f"{rid}: status {acc['status']} does not match outcome {r['outcome']}")
    per_account[r["account"]].append(rid)
    if not 1 <= len(r["answers"]) or not 2 <= len(r["answers"]) <= 5:
        bad(f"{rid}: {len(r['answers'])} answers (want 2-5)")
    for q in r["answers"]:
        if q not in QIDS:
            bad(f"{rid}: unknown question id {q}")
    turns = r["turns"]
    if turns:
        if not 8 <= len(turns) <= 18:
            bad(f"{rid}: {len(turns)} turns (want 0 or 8-18)")
        speakers = {t["speaker"] for t in turns}
        if r["interviewer"] not in speakers or r["buyer"] not in speakers:
            bad(f"{rid}: interviewer or buyer missing from turns")
    else:
        no_turns += 1
    if r["interviewer"] == r["buyer"]:
        bad(f"{rid}: interviewer is the buyer")
    if not r["requests"]:
        zero_ask += 1
    seen = set()
    for lab in r["requests"]:
        item, ev, part = lab.get("item"), lab.get("evidence"), lab.get("part")
        if not item or not ev or not part:
            bad(f"{rid}: incomplete label {lab}")
            continue
        if part == "notes":
            text = r["notes"]
        elif part.startswith("answers."):
            text = r["answers"].get(part[len("answers."):])
            if text is None:
                bad(f"{rid}: part {part} does not exist")
                continue
        elif part.startswith("turns."):
            try:
                idx = int(part[len("turns."):])
                turn = turns[idx]
            except (ValueError, IndexError):
                bad(f"{rid}: part {part} does not exist")
                continue
            if turn["speaker"] == r["interviewer"]:
                bad(f"{rid}: label on interviewer turn {part}")
            text = turn["text"]
        else:
            bad(f"{rid}: bad part {part}")
            continue
        if ev not in text:
            bad(f"{rid}: evidence not in {part}: {ev!r}")
        if (item, part, ev) in seen:
            bad(f"{rid}: duplicate label {item} {part}")
        seen.add((item, part, ev))
        item_interviews[item].add(rid)
        item_accounts[item].add(r["account"])
        item_wordings[item].add(" ".join(ev.lower().split()))
        item_labels[item] += 1

doubles = [a for a, v in per_account.items() if len(v) > 1]
if len(doubles) != 3 or any(len(per_account[a]) != 2 for a in doubles):
    bad(f"expected exactly 3 accounts with two interviews, got {doubles}")
for a in accounts:
    if a not in per_account:
        bad(f"accounts.csv: {a} has no interview")
if not 10 <= len(item_interviews) <= 12:
    bad(f"{len(item_interviews)} roadmap items (want 10-12)")

print(f"interviews: {len(recs)}  accounts: {len(accounts)}  outcomes: {dict(outcomes)}")
print(f"without transcript: {no_turns}  asking for nothing: {zero_ask}  interviewers: {len(interviewers)}")
print(f"{'item':36} {'interviews':>10} {'accounts':>8} {'wordings':>8} {'labels':>6}")
for item in sorted(item_interviews, key=lambda i: -len(item_interviews[i])):
    ni, na, nw = len(item_interviews[item]), len(item_accounts[item]), len(item_wordings[item])
    print(f"{item:36} {ni:>10} {na:>8} {nw:>8} {item_labels[item]:>6}")
    if ni < 5:
        bad(f"{item}: only {ni} interviews")
    if nw < 5:
        bad(f"{item}: only {nw} wordings")
print(f"{'total labels':36} {sum(item_labels.values()):>35}")

if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
