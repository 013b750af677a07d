"""Load the hand-written drafts, shuffle them with a fixed seed, number them, write interviews.jsonl.

No text is created, combined or changed here.
"""
import glob
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["account", "outcome", "arr", "interviewer", "buyer", "notes", "answers", "turns", "requests"]

records = []
for path in sorted(glob.glob(os.path.join(HERE, "drafts", "*.json"))):
    with open(path, encoding="utf-8") as f:
        records.extend(json.load(f))

random.Random(4127).shuffle(records)

with open(os.path.join(HERE, "interviews.jsonl"), "w", encoding="utf-8") as out:
    for n, rec in enumerate(records, 1):
        row = {"id": "i%03d" % n}
        for k in FIELDS:
            row[k] = rec[k]
        out.write(json.dumps(row, ensure_ascii=False) + "\n")

print("wrote %d records" % len(records))
