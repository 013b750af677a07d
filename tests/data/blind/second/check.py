"""Check roadmap.jsonl and accounts.csv; print per-item counts. Standard library only. Exit 1 on any problem."""
import csv
import json
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"positive", "neutral", "negative"}
STATUSES = {"active", "churned", "lost"}


def main():
    problems = []
    accounts = {}
    with open(os.path.join(HERE, "accounts.csv"), encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header != ["account", "arr", "status"]:
            problems.append("accounts.csv header is %r" % (header,))
        for row in reader:
            if len(row) != 3:
                problems.append("accounts.csv bad row %r" % (row,))
                continue
            name, arr, status = row
            if name in accounts:
                problems.append("duplicate account %r" % name)
            try:
                arr = int(arr)
            except ValueError:
                problems.append("bad arr for %r: %r" % (name, arr))
                arr = 0
            if status not in STATUSES:
                problems.append("bad status for %r: %r" % (name, status))
            accounts[name] = (arr, status)

    comments = []
    with open(os.path.join(HERE, "roadmap.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            try:
                comments.append(json.loads(line))
            except ValueError as e:
                problems.append("line %d: invalid JSON (%s)" % (n, e))

    ids, texts, used = set(), set(), set()
    evidence_seen = {}
    by_item = defaultdict(list)
    for c in comments:
        cid = c.get("id")
        if set(c) != {"id", "account", "text", "label", "requests"}:
            problems.append("%s: fields %r" % (cid, sorted(c)))
        if cid in ids:
            problems.append("duplicate id %s" % cid)
        ids.add(cid)
        text = c.get("text", "")
        if not isinstance(text, str) or not text.strip():
            problems.append("%s: empty text" % cid)
        if text in texts:
            problems.append("%s: duplicate text" % cid)
        texts.add(text)
        if c.get("label") not in LABELS:
            problems.append("%s: bad label %r" % (cid, c.get("label")))
        acc = c.get("account")
        if acc not in accounts:
            problems.append("%s: account %r not in accounts.csv" % (cid, acc))
        used.add(acc)
        reqs = c.get("requests")
        if not isinstance(reqs, list):
            problems.append("%s: requests is not a list" % cid)
            continue
        items_here = set()
        for r in reqs:
            if set(r) != {"item", "evidence"}:
                problems.append("%s: request fields %r" % (cid, sorted(r)))
                continue
            item, ev = r["item"], r["evidence"]
            if not item or not ev:
                problems.append("%s: empty item or evidence" % cid)
            if ev not in text:
                problems.append("%s: evidence not in text: %r" % (cid, ev))
            if item in items_here:
                problems.append("%s: item %r twice in one comment" % (cid, item))
            items_here.add(item)
            key = ev.strip().lower()
            if key in evidence_seen:
                problems.append("%s: evidence %r repeats %s" % (cid, ev, evidence_seen[key]))
            evidence_seen[key] = cid
            by_item[item].append((acc, ev))

    for name in accounts:
        if name not in used:
            problems.append("account %r in accounts.csv is never used" % name)

    n = len(comments)
    no_ask = sum(1 for c in comments if not c.get("requests"))
    two = sum(1 for c in comments if len(c.get("requests") or []) == 2)
    labels = defaultdict(int)
    for c in comments:
        labels[c.get("label")] += 1
    status_count = defaultdict(int)
    for arr, status in accounts.values():
        status_count[status] += 1

    print("comments %d, accounts %d (%s)" % (n, len(accounts), ", ".join(
        "%s %d" % (s, status_count[s]) for s in sorted(status_count))))
    print("no ask %d (%.1f%%), two asks %d (%.1f%%), labels %s" % (
        no_ask, 100.0 * no_ask / max(n, 1), two, 100.0 * two / max(n, 1),
        ", ".join("%s %d" % (k, labels[k]) for k in sorted(labels))))
    print()
    print("%-40s %8s %8s %8s %14s" % ("item", "comments", "accounts", "evidence", "impacted ARR"))
    rows = []
    for item, asks in by_item.items():
        accs = {a for a, _ in asks}
        active = {a for a in accs if a in accounts and accounts[a][1] == "active"}
        arr = sum(accounts[a][0] for a in active)
        rows.append((arr, item, len(asks), len(accs), len({e for _, e in asks})))
    for arr, item, nc, na, ne in sorted(rows, reverse=True):
        print("%-40s %8d %8d %8d %14s" % (item, nc, na, ne, "{:,}".format(arr)))

    if problems:
        print()
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print()
    print("OK")


if __name__ == "__main__":
    main()
