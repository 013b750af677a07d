"""Checks interviews.jsonl, accounts.csv and names.json (standard library only).
Exits 1 on any problem; prints counts per roadmap item."""
import csv, json, os, re, sys
from collections import defaultdict, Counter

here = os.path.dirname(os.path.abspath(__file__))
problems = []
def bad(msg):
    problems.append(msg)

OUTCOMES = {"win", "loss", "churn", "downgrade"}
STATUS = {"win": "active", "downgrade": "active", "loss": "lost", "churn": "churned"}
ANSWER_KEYS = {"why", "what_would_change", "advice", "competitors_considered", "criteria_top"}

recs = []
with open(os.path.join(here, "interviews.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            bad(f"line {ln}: empty line"); continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad(f"line {ln}: invalid JSON: {e}")

ids = [r.get("id") for r in recs]
for i, c in Counter(ids).items():
    if c > 1: bad(f"duplicate id {i}")
for n, r in enumerate(recs, 1):
    if r.get("id") != f"i{n:03d}": bad(f"record {n}: id {r.get('id')} not numbered in order")

def part_text(r, part):
    if part == "notes":
        return r.get("notes")
    m = re.fullmatch(r"answers\.(\w+)", part)
    if m:
        return r.get("answers", {}).get(m.group(1))
    m = re.fullmatch(r"turns\.(\d+)", part)
    if m:
        k = int(m.group(1)); t = r.get("turns", [])
        return t[k]["text"] if k < len(t) else None
    return None

acct_arr = {}
acct_outcome = {}
per_item = defaultdict(lambda: {"interviews": set(), "accounts": set(), "wordings": set(), "labels": 0})
no_ask = no_turns = 0
for r in recs:
    rid = r.get("id")
    for k in ("account", "outcome", "arr", "interviewer", "buyer", "notes", "answers", "turns", "requests"):
        if k not in r: bad(f"{rid}: missing key {k}")
    if r.get("outcome") not in OUTCOMES: bad(f"{rid}: bad outcome {r.get('outcome')}")
    arr = r.get("arr")
    if not isinstance(arr, int) or not 5000 <= arr <= 500000: bad(f"{rid}: bad arr {arr}")
    a = r.get("account")
    if a in acct_arr and (acct_arr[a] != arr or acct_outcome[a] != r.get("outcome")):
        bad(f"{rid}: account {a} has different arr/outcome across records")
    acct_arr[a] = arr; acct_outcome[a] = r.get("outcome")
    ans = r.get("answers", {})
    for k in ans:
        if k not in ANSWER_KEYS: bad(f"{rid}: unknown answer key {k}")
    if not ans.get("why") or not ans.get("what_would_change"):
        print(f"note: {rid} lacks why or what_would_change")
    turns = r.get("turns", [])
    if not turns:
        no_turns += 1
    elif not 8 <= len(turns) <= 14:
        bad(f"{rid}: {len(turns)} turns (want 8-14 or none)")
    for k, t in enumerate(turns):
        if t.get("speaker") not in (r.get("interviewer"), r.get("buyer")):
            bad(f"{rid}: turn {k} speaker {t.get('speaker')} is neither interviewer nor buyer")
        if k > 0 and t.get("speaker") == r.get("interviewer") == turns[k - 1].get("speaker"):
            bad(f"{rid}: interviewer speaks twice in a row at turn {k}")
    reqs = r.get("requests", [])
    if not reqs: no_ask += 1
    seen = set()
    for q in reqs:
        item, ev, part = q.get("item"), q.get("evidence"), q.get("part")
        text = part_text(r, part)
        if text is None:
            bad(f"{rid}: part {part} does not exist"); continue
        if not ev or ev not in text:
            bad(f"{rid}: evidence {ev!r} not in {part}")
        m = re.fullmatch(r"turns\.(\d+)", part)
        if m and turns[int(m.group(1))]["speaker"] != r.get("buyer"):
            bad(f"{rid}: label on interviewer turn {part}")
        if (item, part) in seen:
            bad(f"{rid}: two labels for {item} in {part}")
        seen.add((item, part))
        d = per_item[item]
        d["interviews"].add(rid); d["accounts"].add(a); d["wordings"].add(ev.lower()); d["labels"] += 1

# accounts.csv
with open(os.path.join(here, "accounts.csv"), encoding="utf-8", newline="") as fh:
    rows = list(csv.DictReader(fh))
csv_acc = {}
for row in rows:
    if row["account"] in csv_acc: bad(f"accounts.csv: duplicate {row['account']}")
    csv_acc[row["account"]] = row
for a, arr in acct_arr.items():
    row = csv_acc.get(a)
    if row is None:
        bad(f"account {a} missing from accounts.csv"); continue
    if int(row["arr"]) != arr: bad(f"account {a}: arr {arr} vs csv {row['arr']}")
    if row["status"] != STATUS[acct_outcome[a]]: bad(f"account {a}: status {row['status']} vs outcome {acct_outcome[a]}")
for a in csv_acc:
    if a not in acct_arr: bad(f"accounts.csv: {a} has no interview")

# names.json
with open(os.path.join(here, "names.json"), encoding="utf-8") as fh:
    names = json.load(fh)
if not isinstance(names.get("product"), str) or not isinstance(names.get("competitors"), list):
    bad("names.json: need product (string) and competitors (list)")

# report
oc = Counter(r["outcome"] for r in recs)
deals = Counter(acct_outcome.values())
print(f"records {len(recs)}, accounts {len(acct_arr)}; outcomes (records) {dict(oc)}; (accounts) {dict(deals)}")
print(f"records with no ask {no_ask}; records with no turns {no_turns}; labels {sum(d['labels'] for d in per_item.values())}")
print(f"{'item':34} {'interviews':>10} {'accounts':>8} {'wordings':>8} {'labels':>6} {'ARR':>9}")
for item in sorted(per_item):
    d = per_item[item]
    arr = sum(acct_arr[a] for a in d["accounts"])
    print(f"{item:34} {len(d['interviews']):>10} {len(d['accounts']):>8} {len(d['wordings']):>8} {d['labels']:>6} {arr:>9}")
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems: print(" -", p)
    sys.exit(1)
print("OK")
