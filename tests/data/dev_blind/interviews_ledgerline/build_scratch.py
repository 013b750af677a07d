# Only shuffles and numbers the hand-written records; no text is generated.
import json, random, csv
exec(open("scratch_b1.py").read()); exec(open("scratch_b2.py").read()); exec(open("scratch_b3.py").read())
recs = B1 + B2 + B3
random.Random(20240611).shuffle(recs)
status = {"win": "active", "downgrade": "active", "loss": "lost", "churn": "churned"}
accts = {}
with open("interviews.jsonl", "w") as f:
    for i, r in enumerate(recs, 1):
        out = {"id": "i%03d" % i, "account": r["account"], "outcome": r["outcome"], "arr": r["arr"],
               "interviewer": r["interviewer"], "buyer": r["buyer"], "notes": r["notes"], "answers": r["answers"],
               "turns": [{"speaker": s, "text": t} for s, t in r["turns"]],
               "requests": [{"item": a, "evidence": e, "part": p} for a, e, p in r["requests"]]}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
        accts.setdefault(r["account"], (r["arr"], status[r["outcome"]]))
with open("accounts.csv", "w", newline="") as f:
    w = csv.writer(f); w.writerow(["account", "arr", "status"])
    for a, (arr, st) in sorted(accts.items()):
        w.writerow([a, arr, st])
print(len(recs), len(accts))
