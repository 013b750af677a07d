"""Shuffle and number the hand-written interviews; derive accounts.csv. Nothing else."""
import csv, json, random, os
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.dirname(here)
recs = []
for b in ("batch1.json", "batch2.json", "batch3.json"):
    recs += json.load(open(os.path.join(here, b), encoding="utf-8"))
random.Random(20240611).shuffle(recs)
with open(os.path.join(out, "interviews.jsonl"), "w", encoding="utf-8") as f:
    for n, r in enumerate(recs, 1):
        r = {"id": "i%03d" % n, **r}
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
status = {"win": "active", "downgrade": "active", "loss": "lost", "churn": "churned"}
accts = {}
for r in recs:
    accts.setdefault(r["account"], (r["arr"], status[r["outcome"]]))
with open(os.path.join(out, "accounts.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["account", "arr", "status"])
    for a in sorted(accts):
        w.writerow([a, accts[a][0], accts[a][1]])
