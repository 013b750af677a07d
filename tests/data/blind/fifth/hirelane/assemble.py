"""Shuffle the hand-written comments with a fixed seed, number them and write the files.

It creates, combines and changes no text: it copies each entry of source.py as it is.
"""
import csv
import json
import os
import random

from source import ACCOUNTS, COMMENTS

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "ya"

rows = list(COMMENTS)
random.Random(5150).shuffle(rows)

with open(os.path.join(HERE, "roadmap.jsonl"), "w", encoding="utf-8") as f:
    for n, (account, text, label, requests) in enumerate(rows, 1):
        rec = {
            "id": "%s%03d" % (PREFIX, n),
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

print("wrote %d comments and %d accounts" % (len(rows), len(ACCOUNTS)))
