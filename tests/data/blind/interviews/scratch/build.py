"""Only shuffles, numbers and serialises the hand-written records in batch*.py."""
import csv, json, random, glob, os
ITEMS = {
 "ACC": "Accounting software integration",
 "BOOK": "Online patient self-booking",
 "MOB": "Clinician mobile app",
 "VID": "Video consultations (telehealth)",
 "MSR": "Multi-site group reporting",
 "SSO": "Single sign-on (SSO)",
 "LAB": "Lab results integration",
 "API": "Public API",
 "SEAT": "Light / part-time user seat type",
 "OFF": "Offline mode",
}
here = os.path.dirname(os.path.abspath(__file__))
recs = []
for f in sorted(glob.glob(os.path.join(here, "batch*.py"))):
    ns = {}
    exec(open(f).read(), ns)
    recs.extend(ns["R"])
random.Random(20240611).shuffle(recs)
out = os.path.dirname(here)
status = {"win": "active", "downgrade": "active", "loss": "lost", "churn": "churned"}
accts = {}
with open(os.path.join(out, "interviews.jsonl"), "w") as fh:
    for i, r in enumerate(recs, 1):
        o = {"id": f"i{i:03d}", "account": r["account"], "outcome": r["outcome"], "arr": r["arr"],
             "interviewer": r["interviewer"], "buyer": r["buyer"], "notes": r["notes"],
             "answers": r["answers"],
             "turns": [{"speaker": s, "text": t} for s, t in r["turns"]],
             "requests": [{"item": ITEMS[c], "evidence": e, "part": p} for c, p, e in r["requests"]]}
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
        accts.setdefault(r["account"], (r["arr"], status[r["outcome"]]))
with open(os.path.join(out, "accounts.csv"), "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["account", "arr", "status"])
    for a, (arr, st) in sorted(accts.items()):
        w.writerow([a, arr, st])
print(len(recs), "interviews,", len(accts), "accounts")
