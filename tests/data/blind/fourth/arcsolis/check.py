"""Check roadmap.jsonl and accounts.csv (standard library only). Exit 1 on any problem."""
import csv, json, sys
from collections import defaultdict

problems = []
accounts = {}
with open("accounts.csv", encoding="utf-8", newline="") as f:
    r = csv.DictReader(f)
    if r.fieldnames != ["account", "arr", "status"]:
        problems.append(f"bad CSV header {r.fieldnames}")
    for row in r:
        name = row["account"]
        if name in accounts:
            problems.append(f"duplicate account {name}")
        if row["status"] not in ("active", "churned", "lost"):
            problems.append(f"bad status {row['status']} for {name}")
        try:
            arr = int(row["arr"])
        except ValueError:
            problems.append(f"bad arr for {name}")
            arr = 0
        accounts[name] = (arr, row["status"])

comments, ids, texts, used = [], set(), set(), set()
with open("roadmap.jsonl", encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {ln}: invalid JSON ({e})")
            continue
        if set(rec) != {"id", "account", "text", "label", "requests"}:
            problems.append(f"line {ln}: unexpected keys {sorted(rec)}")
            continue
        if rec["id"] in ids:
            problems.append(f"duplicate id {rec['id']}")
        ids.add(rec["id"])
        if rec["text"] in texts:
            problems.append(f"duplicate text in {rec['id']}")
        texts.add(rec["text"])
        if rec["label"] not in ("positive", "neutral", "negative"):
            problems.append(f"{rec['id']}: bad label {rec['label']}")
        if rec["account"] not in accounts:
            problems.append(f"{rec['id']}: account not in CSV: {rec['account']}")
        used.add(rec["account"])
        if not isinstance(rec["requests"], list):
            problems.append(f"{rec['id']}: requests is not a list")
            continue
        seen_items = set()
        for q in rec["requests"]:
            if set(q) != {"item", "evidence"}:
                problems.append(f"{rec['id']}: bad request keys {sorted(q)}")
                continue
            if q["item"] in seen_items:
                problems.append(f"{rec['id']}: item twice: {q['item']}")
            seen_items.add(q["item"])
            if not q["evidence"] or q["evidence"] not in rec["text"]:
                problems.append(f"{rec['id']}: evidence not a substring: {q['evidence']!r}")
        comments.append(rec)

for name in accounts:
    if name not in used:
        problems.append(f"account in CSV never used: {name}")

# per-item table
by_item = defaultdict(list)
for rec in comments:
    for q in rec["requests"]:
        by_item[q["item"]].append((rec["account"], q["evidence"]))
evidence_all = defaultdict(list)
for item, rows in by_item.items():
    for acc, ev in rows:
        evidence_all[ev.strip().lower()].append(item)
for ev, items in evidence_all.items():
    if len(items) > 1:
        problems.append(f"evidence string used more than once: {ev!r}")

print(f"{'item':45} {'comments':>8} {'accounts':>8} {'evidence':>8} {'impacted ARR':>13}")
for item, rows in sorted(by_item.items(), key=lambda kv: -sum(
        accounts[a][0] for a in {a for a, _ in kv[1]} if a in accounts and accounts[a][1] == "active")):
    accs = {a for a, _ in rows}
    arr = sum(accounts[a][0] for a in accs if a in accounts and accounts[a][1] == "active")
    print(f"{item:45} {len(rows):>8} {len(accs):>8} {len({e for _, e in rows}):>8} {arr:>13,}")

n = len(comments)
none = sum(1 for r in comments if not r["requests"])
two = sum(1 for r in comments if len(r["requests"]) == 2)
labels = defaultdict(int)
for r in comments:
    labels[r["label"]] += 1
status = defaultdict(int)
for a, (_, s) in accounts.items():
    status[s] += 1
print(f"\ncomments {n}; accounts {len(accounts)} {dict(status)}; no ask {none} ({none / max(n, 1):.0%}); "
      f"two asks {two} ({two / max(n, 1):.0%}); labels {dict(labels)}")

if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
