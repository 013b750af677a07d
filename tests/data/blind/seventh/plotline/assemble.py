"""Shuffle the hand-written comments with a fixed seed, number them sa001..., write roadmap.jsonl and accounts.csv.
Creates, combines or changes no text."""
import csv
import json
import random

from source import ACCOUNTS, COMMENTS

rows = list(COMMENTS)
random.Random(7071).shuffle(rows)

with open("roadmap.jsonl", "w", encoding="utf-8") as f:
    for i, (account, text, label, requests) in enumerate(rows, 1):
        rec = {"id": "sa%03d" % i, "account": account, "text": text, "label": label,
               "requests": [{"item": item, "evidence": ev} for item, ev in requests]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

with open("accounts.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["account", "arr", "status"])
    for name, arr, status in ACCOUNTS:
        w.writerow([name, arr, status])

print("wrote %d comments, %d accounts" % (len(rows), len(ACCOUNTS)))
