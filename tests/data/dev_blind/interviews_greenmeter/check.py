"""Check the Greenmeter win/loss/churn interview set. Standard library only.
Exits 1 if any problem is found; prints per-item counts either way."""
import csv, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUTCOMES = {"win", "loss", "churn", "downgrade"}
STATUS = {"win": "active", "downgrade": "active", "loss": "lost", "churn": "churned"}
ANSWER_KEYS = {"why", "what_would_change", "advice", "competitors_considered", "criteria_top"}
RECORD_KEYS = ["id", "account", "outcome", "arr", "interviewer", "buyer", "notes", "answers", "turns", "requests"]
problems = []


def problem(msg):
    problems.append(msg)


def part_text(rec, part):
    """Return (text, speaker or None) for a part name, or (None, None) if it does not exist."""
    if part == "notes":
        return rec.get("notes"), None
    m = re.fullmatch(r"answers\.(\w+)", part)
    if m:
        return rec.get("answers", {}).get(m.group(1)), None
    m = re.fullmatch(r"turns\.(\d+)", part)
    if m:
        i = int(m.group(1))
        turns = rec.get("turns", [])
        if i < len(turns):
            return turns[i].get("text"), turns[i].get("speaker")
    return None, None


# --- interviews.jsonl
records = []
with open(os.path.join(HERE, "interviews.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            problem("line %d: invalid JSON: %s" % (ln, e))

ids = Counter(r.get("id") for r in records)
for i, c in ids.items():
    if c > 1:
        problem("duplicate id %s" % i)
expected_ids = ["i%03d" % n for n in range(1, len(records) + 1)]
if sorted(ids) != expected_ids:
    problem("ids are not i001..i%03d" % len(records))

interviewers = set()
for r in records:
    rid = r.get("id")
    if list(r.keys()) != RECORD_KEYS:
        problem("%s: keys %s" % (rid, list(r.keys())))
    if r.get("outcome") not in OUTCOMES:
        problem("%s: bad outcome %r" % (rid, r.get("outcome")))
    if not isinstance(r.get("arr"), int) or not 5000 <= r["arr"] <= 500000:
        problem("%s: bad arr %r" % (rid, r.get("arr")))
    interviewers.add(r.get("interviewer"))
    ans = r.get("answers", {})
    if set(ans) - ANSWER_KEYS:
        problem("%s: unknown answer keys %s" % (rid, set(ans) - ANSWER_KEYS))
    if "why" not in ans:
        problem("%s: no answers.why" % rid)
    turns = r.get("turns", [])
    if turns and not 8 <= len(turns) <= 14:
        problem("%s: %d turns (want 0 or 8-14)" % (rid, len(turns)))
    for k, t in enumerate(turns):
        if t.get("speaker") not in (r.get("interviewer"), r.get("buyer")):
            problem("%s: turn %d speaker %r is neither interviewer nor buyer" % (rid, k, t.get("speaker")))
        if k and t.get("speaker") == turns[k - 1].get("speaker") == r.get("interviewer"):
            problem("%s: interviewer speaks twice in a row at turn %d" % (rid, k))
    seen = set()
    for q in r.get("requests", []):
        item, ev, part = q.get("item"), q.get("evidence"), q.get("part")
        if not item or not ev or not part:
            problem("%s: incomplete request %s" % (rid, q))
            continue
        text, speaker = part_text(r, part)
        if text is None:
            problem("%s: part %s does not exist" % (rid, part))
            continue
        if ev not in text:
            problem("%s: evidence %r not in %s" % (rid, ev, part))
        if speaker is not None and speaker != r.get("buyer"):
            problem("%s: label on interviewer turn %s" % (rid, part))
        if (item, part) in seen:
            problem("%s: two labels for %s in %s" % (rid, item, part))
        seen.add((item, part))

if len(interviewers) > 3:
    problem("more than three interviewers: %s" % interviewers)

# --- one deal per account: same outcome and ARR across its interviews
by_account = defaultdict(list)
for r in records:
    by_account[r.get("account")].append(r)
for acc, rs in by_account.items():
    if len({(x["outcome"], x["arr"]) for x in rs}) > 1:
        problem("account %s has interviews with different outcome/arr" % acc)

# --- accounts.csv
with open(os.path.join(HERE, "accounts.csv"), encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
csv_acc = {}
for row in rows:
    if row["account"] in csv_acc:
        problem("accounts.csv: duplicate account %s" % row["account"])
    csv_acc[row["account"]] = row
for acc, rs in by_account.items():
    row = csv_acc.get(acc)
    if row is None:
        problem("account %s missing from accounts.csv" % acc)
        continue
    if int(row["arr"]) != rs[0]["arr"]:
        problem("account %s: arr %s in csv, %s in interviews" % (acc, row["arr"], rs[0]["arr"]))
    if row["status"] != STATUS[rs[0]["outcome"]]:
        problem("account %s: status %s, outcome %s" % (acc, row["status"], rs[0]["outcome"]))
for acc in csv_acc:
    if acc not in by_account:
        problem("accounts.csv: %s has no interview" % acc)

# --- names.json
with open(os.path.join(HERE, "names.json"), encoding="utf-8") as f:
    names = json.load(f)
if set(names) != {"product", "competitors"}:
    problem("names.json keys %s" % set(names))

# --- report
outc = Counter(r["outcome"] for r in records)
deals = Counter(rs[0]["outcome"] for rs in by_account.values())
print("interviews %d, accounts %d" % (len(records), len(by_account)))
print("interviews by outcome:", dict(outc))
print("accounts by outcome:  ", dict(deals))
print("interviews with no turns: %d; with no requests: %d" % (
    sum(1 for r in records if not r["turns"]), sum(1 for r in records if not r["requests"])))
stats = defaultdict(lambda: {"interviews": set(), "accounts": set(), "wordings": set(), "labels": 0})
for r in records:
    for q in r["requests"]:
        s = stats[q["item"]]
        s["interviews"].add(r["id"])
        s["accounts"].add(r["account"])
        s["wordings"].add(" ".join(q["evidence"].lower().split()))
        s["labels"] += 1
print()
print("%-42s %10s %8s %8s %6s" % ("item", "interviews", "accounts", "wordings", "labels"))
for item in sorted(stats, key=lambda k: -len(stats[k]["interviews"])):
    s = stats[item]
    print("%-42s %10d %8d %8d %6d" % (item, len(s["interviews"]), len(s["accounts"]), len(s["wordings"]), s["labels"]))
print("%-42s %10s %8s %8s %6d" % ("total", "", "", "", sum(s["labels"] for s in stats.values())))

if problems:
    print()
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print("\nOK")
