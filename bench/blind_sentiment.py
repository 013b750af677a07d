"""3-class sentiment accuracy on the blind set (tests/data/blind/sentiment_blind.jsonl: 333 B2B comments written by a
helper that saw only DOMAIN.md's definitions, never the rules or the dev data), beside plain TextBlob.

Usage: python bench/blind_sentiment.py"""
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from textblob import TextBlob  # noqa: E402

from analysis import Analyzer  # noqa: E402

BLIND = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests", "data", "blind",
                     "sentiment_blind.jsonl")


def textblob_label(text: str) -> str:
    polarity = TextBlob(text).sentiment.polarity
    return "positive" if polarity > 0.05 else "negative" if polarity < -0.05 else "neutral"


def main() -> None:
    with open(BLIND, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    labels = [result.label for result in Analyzer().analyze_many([row["text"] for row in rows])]
    ours = sum(row["label"] == label for row, label in zip(rows, labels)) / len(rows)
    plain = sum(row["label"] == textblob_label(row["text"]) for row in rows) / len(rows)
    print(f"{len(rows)} blind comments: vocapp {ours:.3f}, plain TextBlob {plain:.3f}")
    confusion = Counter((row["label"], label) for row, label in zip(rows, labels) if row["label"] != label)
    for (truth, said), count in confusion.most_common():
        print(f"  {truth:<8} read as {said:<8} {count}")


if __name__ == "__main__":
    main()
