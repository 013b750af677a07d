#!/usr/bin/env python3
"""Check the blind development set (roadmap_dev.jsonl + roadmap_dev_accounts.csv).

Standard library only. Exits 1 and lists problems if any check fails; prints counts.
Usage: python3 check_dev.py
"""
import csv
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
JSONL = os.path.join(HERE, "roadmap_dev.jsonl")
CSV = os.path.join(HERE, "roadmap_dev_accounts.csv")
MIN_COMMENTS_PER_ITEM = 8
MIN_WORDINGS_PER_ITEM = 6
STATUSES = {"active", "churned", "lost"}

problems = []

# accounts
accounts = {}
with open(CSV, newline="", encoding="utf-8") as f:
    reader = csv.DictReader(f)
    if reader.fieldnames != ["account", "arr", "status"]:
        problems.append(f"CSV header is {reader.fieldnames}, expected account,arr,status")
    for n, row in enumerate(reader, 2):
        name = row["account"]
        if name in accounts:
            problems.append(f"CSV line {n}: duplicate account {name!r}")
        try:
            arr = int(row["arr"])
        except ValueError:
            problems.append(f"CSV line {n}: arr {row['arr']!r} is not an integer")
            arr = None
        if arr is not None and not 8000 <= arr <= 900000:
            problems.append(f"CSV line {n}: arr {arr} outside 8,000..900,000")
        if row["status"] not in STATUSES:
            problems.append(f"CSV line {n}: bad status {row['status']!r}")
        accounts[name] = (arr, row["status"])

# comments
ids = set()
texts = Counter()
item_comments = Counter()
item_accounts = defaultdict(set)
item_wordings = defaultdict(set)
no_ask = 0
two_asks = 0
used_accounts = set()
n_comments = 0
with open(JSONL, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            problems.append(f"line {n}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {n}: invalid JSON ({e})")
            continue
        n_comments += 1
        if set(obj) != {"id", "account", "text", "requests"}:
            problems.append(f"line {n}: keys {sorted(obj)}")
            continue
        cid = obj["id"]
        if not re.fullmatch(r"d\d{3}", str(cid)):
            problems.append(f"line {n}: odd id {cid!r}")
        if cid in ids:
            problems.append(f"line {n}: duplicate id {cid}")
        ids.add(cid)
        text = obj["text"]
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{cid}: empty text")
            continue
        texts[text] += 1
        acc = obj["account"]
        if acc not in accounts:
            problems.append(f"{cid}: account {acc!r} not in CSV")
        used_accounts.add(acc)
        reqs = obj["requests"]
        if not isinstance(reqs, list):
            problems.append(f"{cid}: requests is not a list")
            continue
        if not reqs:
            no_ask += 1
        if len(reqs) >= 2:
            two_asks += 1
        seen_items = set()
        for r in reqs:
            if set(r) != {"item", "evidence"}:
                problems.append(f"{cid}: request keys {sorted(r)}")
                continue
            item, ev = r["item"], r["evidence"]
            if not ev or ev not in text:
                problems.append(f"{cid}: evidence {ev!r} is not a substring of the text")
            if item in seen_items:
                problems.append(f"{cid}: item {item!r} listed twice")
            seen_items.add(item)
            item_comments[item] += 1
            item_accounts[item].add(acc)
            item_wordings[item].add(ev.lower())

for t, c in texts.items():
    if c > 1:
        problems.append(f"text repeated {c} times: {t[:60]!r}")
for acc in accounts:
    if acc not in used_accounts:
        problems.append(f"account {acc!r} has no comment")
for item, c in item_comments.items():
    if c < MIN_COMMENTS_PER_ITEM:
        problems.append(f"item {item!r}: only {c} comments")
    if len(item_wordings[item]) < MIN_WORDINGS_PER_ITEM:
        problems.append(f"item {item!r}: only {len(item_wordings[item])} distinct wordings")

# report
status_counts = Counter(s for _, s in accounts.values())
print(f"comments: {n_comments}")
print(f"accounts: {len(accounts)} ({', '.join(f'{k} {v}' for k, v in sorted(status_counts.items()))}); used: {len(used_accounts)}")
print(f"items: {len(item_comments)}")
print(f"requests: {sum(item_comments.values())}; comments asking nothing: {no_ask}; comments asking for 2+ items: {two_asks}")
print(f"{'item':36} {'comments':>8} {'accounts':>8} {'wordings':>8} {'impacted ARR':>13}")
for item, c in sorted(item_comments.items(), key=lambda kv: -sum(accounts.get(a, (0,))[0] or 0 for a in item_accounts[kv[0]])):
    arr = sum((accounts.get(a, (0, None))[0] or 0) for a in item_accounts[item])
    print(f"{item:36} {c:8} {len(item_accounts[item]):8} {len(item_wordings[item]):8} {arr:13,}")
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nOK")
