"""Check interviews.jsonl, accounts.csv and names.json (standard library only). Exit 1 on any problem."""
import csv
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUTCOMES = {"win": "active", "loss": "lost", "churn": "churned", "downgrade": "active"}
FIELDS = ["id", "account", "outcome", "arr", "interviewer", "buyer", "notes", "answers", "turns", "requests"]
ANSWER_KEYS = {"why", "what_would_change", "advice", "competitors_considered", "criteria_top"}
problems = []


def bad(msg):
    problems.append(msg)


def part_text(rec, part):
    """Return (text, is_interviewer_turn) for a part name, or (None, False) if it does not exist."""
    if part == "notes":
        return rec["notes"], False
    if part.startswith("answers."):
        key = part[len("answers."):]
        val = rec["answers"].get(key)
        return (val if isinstance(val, str) else None), False
    if part.startswith("turns."):
        idx = part[len("turns."):]
        if not idx.isdigit():
            return None, False
        i = int(idx)
        if i >= len(rec["turns"]):
            return None, False
        t = rec["turns"][i]
        return t["text"], t["speaker"] == rec["interviewer"]
    return None, False


records = []
with open(os.path.join(HERE, "interviews.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad("line %d: invalid JSON (%s)" % (n, e))

ids = Counter(r.get("id") for r in records)
for i, c in ids.items():
    if c > 1:
        bad("duplicate id %s" % i)

for r in records:
    rid = r.get("id", "?")
    if list(r.keys()) != FIELDS:
        bad("%s: fields %s" % (rid, list(r.keys())))
        continue
    if r["outcome"] not in OUTCOMES:
        bad("%s: outcome %r" % (rid, r["outcome"]))
    if not isinstance(r["arr"], int) or r["arr"] <= 0:
        bad("%s: arr %r" % (rid, r["arr"]))
    for k in ("notes", "interviewer", "buyer", "account"):
        if not isinstance(r[k], str) or not r[k].strip():
            bad("%s: empty %s" % (rid, k))
    a = r["answers"]
    if not isinstance(a, dict) or "why" not in a or "what_would_change" not in a:
        bad("%s: answers must have why and what_would_change" % rid)
    else:
        for k, v in a.items():
            if k not in ANSWER_KEYS:
                bad("%s: unknown answers key %s" % (rid, k))
            if not isinstance(v, str) or not v.strip():
                bad("%s: answers.%s empty" % (rid, k))
    t = r["turns"]
    if t:
        if not 8 <= len(t) <= 12:
            bad("%s: %d turns" % (rid, len(t)))
        for i, turn in enumerate(t):
            want = r["interviewer"] if i % 2 == 0 else r["buyer"]
            if set(turn.keys()) != {"speaker", "text"}:
                bad("%s: turns.%d keys %s" % (rid, i, sorted(turn.keys())))
            elif turn["speaker"] != want:
                bad("%s: turns.%d speaker %r, expected %r" % (rid, i, turn["speaker"], want))
    seen = set()
    for q in r["requests"]:
        if set(q.keys()) != {"item", "evidence", "part"}:
            bad("%s: request keys %s" % (rid, sorted(q.keys())))
            continue
        text, is_interviewer = part_text(r, q["part"])
        if text is None:
            bad("%s: part %s does not exist" % (rid, q["part"]))
            continue
        if is_interviewer:
            bad("%s: %s is an interviewer turn" % (rid, q["part"]))
        if not q["evidence"] or q["evidence"] not in text:
            bad("%s: evidence %r not in %s" % (rid, q["evidence"], q["part"]))
        key = (q["item"], q["part"])
        if key in seen:
            bad("%s: two labels for %s in %s" % (rid, q["item"], q["part"]))
        seen.add(key)

# accounts.csv
csv_rows = {}
with open(os.path.join(HERE, "accounts.csv"), encoding="utf-8", newline="") as f:
    reader = csv.DictReader(f)
    if reader.fieldnames != ["account", "arr", "status"]:
        bad("accounts.csv header %s" % reader.fieldnames)
    for row in reader:
        if row["account"] in csv_rows:
            bad("accounts.csv: %s twice" % row["account"])
        csv_rows[row["account"]] = row
used = defaultdict(set)
for r in records:
    if "account" not in r:
        continue
    used[r["account"]].add((r["outcome"], r["arr"]))
for acc, vals in used.items():
    if len(vals) > 1:
        bad("%s: records disagree on outcome/arr %s" % (acc, sorted(vals)))
    row = csv_rows.get(acc)
    if row is None:
        bad("%s: not in accounts.csv" % acc)
        continue
    outcome, arr = sorted(vals)[0]
    if OUTCOMES.get(outcome) != row["status"]:
        bad("%s: status %s but outcome %s" % (acc, row["status"], outcome))
    if str(arr) != row["arr"]:
        bad("%s: arr %s in csv, %s in records" % (acc, row["arr"], arr))
for acc in csv_rows:
    if acc not in used:
        bad("accounts.csv: %s not used by any record" % acc)

# names.json
try:
    with open(os.path.join(HERE, "names.json"), encoding="utf-8") as f:
        names = json.load(f)
    if names.get("product") != "Pressroom" or not names.get("competitors"):
        bad("names.json: product or competitors missing")
except (OSError, json.JSONDecodeError) as e:
    bad("names.json: %s" % e)

# report
by_item = defaultdict(lambda: {"records": set(), "accounts": set(), "evidence": set(), "labels": 0, "arr": {}})
for r in records:
    for q in r.get("requests", []):
        s = by_item[q["item"]]
        s["records"].add(r["id"])
        s["accounts"].add(r["account"])
        s["evidence"].add(q["evidence"].lower())
        s["labels"] += 1
        s["arr"][r["account"]] = r["arr"]

print("records %d, accounts %d" % (len(records), len(used)))
print("outcomes: %s" % dict(Counter(r["outcome"] for r in records)))
print("records with no transcript: %d; records asking for nothing: %d"
      % (sum(1 for r in records if not r["turns"]), sum(1 for r in records if not r["requests"])))
print()
print("%-40s %7s %8s %8s %6s %12s" % ("item", "records", "accounts", "evidence", "labels", "impacted_arr"))
for item in sorted(by_item, key=lambda k: -sum(by_item[k]["arr"].values())):
    s = by_item[item]
    print("%-40s %7d %8d %8d %6d %12d" % (item, len(s["records"]), len(s["accounts"]), len(s["evidence"]),
                                         s["labels"], sum(s["arr"].values())))
total = sum(s["labels"] for s in by_item.values())
print("%-40s %7s %8s %8s %6d" % ("total", "", "", "", total))

dup = Counter(q["evidence"].lower() for r in records for q in r.get("requests", []))
for ev, c in dup.items():
    if c > 1:
        print("note: evidence used %d times: %r" % (c, ev))

if problems:
    print()
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print("\nOK")
