"""Shuffle the hand-written comments with a fixed seed, number them and write the files.

It does not create, combine or change any text.
"""
import csv
import json
import os
import random

from source import ACCOUNTS, COMMENTS

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "yb"

rows = list(COMMENTS)
random.Random(20511).shuffle(rows)

with open(os.path.join(HERE, "roadmap.jsonl"), "w", encoding="utf-8") as f:
    for n, (account, text, label, requests) in enumerate(rows, start=1):
        rec = {
            "id": f"{PREFIX}{n:03d}",
            "account": account,
            "text": text,
            "label": label,
            "requests": [{"item": item, "evidence": ev} for item, ev in requests],
        }
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

with open(os.path.join(HERE, "accounts.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["account", "arr", "status"])
    for name, arr, status in ACCOUNTS:
        w.writerow([name, arr, status])

print(f"wrote {len(rows)} comments and {len(ACCOUNTS)} accounts")
