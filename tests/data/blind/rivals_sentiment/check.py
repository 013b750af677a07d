"""Check sentiment.jsonl against names.json (standard library only). Exit 1 on a problem."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"positive", "neutral", "negative"}
FIELDS = {"id", "product", "text", "label"}


def main():
    problems = []
    try:
        with open(os.path.join(HERE, "names.json"), encoding="utf-8") as f:
            names = json.load(f)
    except (OSError, ValueError) as e:
        print("names.json: %s" % e)
        return 1
    for prod, v in names.items():
        comps = v.get("competitors") if isinstance(v, dict) else None
        if not comps or not all(isinstance(c, str) and c for c in comps):
            problems.append("names.json: %s has no competitor list" % prod)

    rows, ids = [], set()
    with open(os.path.join(HERE, "sentiment.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                problems.append("line %d: empty" % n)
                continue
            try:
                r = json.loads(line)
            except ValueError as e:
                problems.append("line %d: bad JSON (%s)" % (n, e))
                continue
            if not isinstance(r, dict) or set(r) != FIELDS:
                problems.append("line %d: fields %s" % (n, sorted(r) if isinstance(r, dict) else r))
                continue
            if not re.fullmatch(r"r\d{3}", str(r["id"])):
                problems.append("line %d: bad id %r" % (n, r["id"]))
            if r["id"] in ids:
                problems.append("line %d: duplicate id %s" % (n, r["id"]))
            ids.add(r["id"])
            if r["label"] not in LABELS:
                problems.append("%s: bad label %r" % (r["id"], r["label"]))
            if r["product"] not in names:
                problems.append("%s: product %r not in names.json" % (r["id"], r["product"]))
            if not isinstance(r["text"], str) or not r["text"].strip():
                problems.append("%s: empty text" % r["id"])
            rows.append(r)

    texts = collections.Counter(r["text"] for r in rows)
    for t, c in texts.items():
        if c > 1:
            problems.append("duplicate text x%d: %r" % (c, t[:60]))

    counts = collections.Counter((r["product"], r["label"]) for r in rows)
    mention = collections.Counter()
    other_mention = []
    for r in rows:
        low = r["text"].lower()
        own = [c for c in names.get(r["product"], {}).get("competitors", []) if c.lower() in low]
        if own:
            mention[r["product"]] += 1
        for p, v in names.items():
            if p != r["product"] and any(c.lower() in low for c in v["competitors"]):
                other_mention.append(r["id"])
    for i in other_mention:
        problems.append("%s names another product's competitor" % i)

    print("rows: %d" % len(rows))
    print("%-10s %8s %8s %8s %6s %18s" % ("product", "positive", "neutral", "negative", "total", "names_competitor"))
    for p in names:
        tot = sum(counts[(p, l)] for l in LABELS)
        print("%-10s %8d %8d %8d %6d %18d" % (p, counts[(p, "positive")], counts[(p, "neutral")],
                                               counts[(p, "negative")], tot, mention[p]))
    print("%-10s %8d %8d %8d %6d %18d" % ("all", sum(counts[(p, "positive")] for p in names),
                                          sum(counts[(p, "neutral")] for p in names),
                                          sum(counts[(p, "negative")] for p in names), len(rows),
                                          sum(mention.values())))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
