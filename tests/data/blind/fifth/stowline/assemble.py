"""Shuffle the hand-written comments with a fixed seed, number them yc001..., write the files.

This script creates, combines or changes no text: it only shuffles, numbers and writes out.
"""
import csv
import json
import os
import random

from source import ACCOUNTS, COMMENTS

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "yc"

rows = list(COMMENTS)
random.Random(5071).shuffle(rows)

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
