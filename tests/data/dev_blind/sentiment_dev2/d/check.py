"""Check sentiment.jsonl (standard library only). Exit 1 on any problem."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"positive", "neutral", "negative"}
KINDS = {
    "tax and compliance software", "treasury and cash management", "subscription billing",
    "customer data platforms", "survey and research tools", "IT service management",
    "backup and disaster recovery", "email deliverability and transactional email",
}
KEYS = {"id", "product_kind", "text", "label"}


def main():
    problems = []
    ids, texts = set(), set()
    labels, kinds = Counter(), Counter()
    n = 0
    with open(os.path.join(HERE, "sentiment.jsonl"), encoding="utf-8") as f:
        for lineno, line in enumerate(f, start=1):
            if not line.strip():
                problems.append(f"line {lineno}: empty line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"line {lineno}: invalid JSON ({e})")
                continue
            if not isinstance(rec, dict) or set(rec) != KEYS:
                problems.append(f"line {lineno}: keys must be exactly {sorted(KEYS)}")
                continue
            n += 1
            if not all(isinstance(rec[k], str) for k in KEYS):
                problems.append(f"line {lineno}: all values must be strings")
                continue
            if rec["id"] in ids:
                problems.append(f"line {lineno}: duplicate id {rec['id']}")
            ids.add(rec["id"])
            norm = " ".join(rec["text"].split()).lower()
            if not norm:
                problems.append(f"line {lineno}: empty text")
            if norm in texts:
                problems.append(f"line {lineno}: duplicate text {rec['text']!r}")
            texts.add(norm)
            if rec["label"] not in LABELS:
                problems.append(f"line {lineno}: bad label {rec['label']!r}")
            if rec["product_kind"] not in KINDS:
                problems.append(f"line {lineno}: unknown product_kind {rec['product_kind']!r}")
            labels[rec["label"]] += 1
            kinds[rec["product_kind"]] += 1
    print(f"comments: {n}")
    print("per label:")
    for k, v in sorted(labels.items()):
        print(f"  {k:10s} {v}")
    print("per product kind:")
    for k, v in sorted(kinds.items()):
        print(f"  {k:48s} {v}")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
