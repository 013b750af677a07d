"""Sentiment accuracy where it was not tuned, beside plain TextBlob:

* the blind set (tests/data/blind/sentiment_blind.jsonl: 333 B2B comments written by a helper that saw only
  DOMAIN.md's definitions, never the rules or the dev data): accuracy and the 3x3 confusion;
* the blind set in other languages (tests/data/blind/other_languages/roadmap.jsonl, written the same way after
  1.22: comments in French, German, Spanish, Italian, Portuguese and Dutch), when present;
* the second blind set (tests/data/blind/second/roadmap.jsonl: 170 comments about one invented LIMS, written
  the same way after 1.22 for the roadmap benchmark, each with its label);
* the third blind roadmap set (tests/data/blind/third/roadmap.jsonl: 170 comments about one invented winery
  production and wine-club product, written the same way after 1.23, each with its label);
* the third blind sentiment set (tests/data/blind/third_sentiment/{a,b}/sentiment.jsonl: 340 NPS comments about
  sixteen kinds of B2B product, written the same way after 1.23 by two helpers, 170 each; measured only);
* the fourth blind roadmap set (tests/data/blind/fourth/{arcsolis,berthwise,wordloom}/roadmap.jsonl: 360 comments
  about three invented products, solar installers, marinas and translation agencies, written the same way after
  1.24 by three helpers, each with its label);
* the fifth blind roadmap set (tests/data/blind/fifth/{hirelane,stowline,trialwick}/roadmap.jsonl: 360 comments
  about equipment hire, self-storage and clinical research sites, written the same way after 1.25);
* the sixth blind roadmap set (tests/data/blind/sixth/mnemo/roadmap.jsonl: 120 long comments, most of three to
  seven sentences, about an invented collections management product for museums, written the same way after 1.55);
* the seventh blind roadmap set (tests/data/blind/seventh/{plotline,wingmark}/roadmap.jsonl: 240 long comments about
  planning authorities' and aircraft maintenance organisations' products, written the same way after 1.55);
* the blind set with competitors (tests/data/blind/rivals_sentiment/sentiment.jsonl: 180 NPS comments about three
  invented products, a third of them naming one of the product's invented competitors, written the same way after
  1.48 with the competitors listed in names.json; measured only): read without the competitor list and with it, as
  the app gives the competitors its interviews record (``Analyzer.analyze_many(rivals=...)``);
* the old held-out set (tests/data/feedback_eval.jsonl: 300 comments written by the team);
* the outside check (tests/data/outside/uci_sentiment_sentences.jsonl: the UCI "Sentiment Labelled Sentences",
  Kotzias et al. 2015, 3,000 Amazon / Yelp / IMDb sentences labelled positive or negative only; never trained
  on). Binary: "strict" counts a neutral answer as wrong; "pos vs neg" compares p(positive) with p(negative).

Each set is read twice: by the quick analysis (what a comment shows as soon as it is saved) and by the careful
reading (``Analyzer(careful=True)``, the background pass that replaces it, whose sentiment also weighs the
comment's meaning from 1.54); the confusion is the careful reading's.

Only aggregate figures are printed: never a comment of the held-out sets.

Usage: python bench/blind_sentiment.py"""
import glob
import json
import os
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from textblob import TextBlob  # noqa: E402

from analysis import Analyzer  # noqa: E402

DATA = os.path.join(ROOT, "tests", "data")
BLIND = os.path.join(DATA, "blind", "sentiment_blind.jsonl")
OLD_HELD_OUT = os.path.join(DATA, "feedback_eval.jsonl")
OUTSIDE = os.path.join(DATA, "outside", "uci_sentiment_sentences.jsonl")
# comments in French, German, Spanish, Italian, Portuguese and Dutch, written blind after 1.22 (measured only)
OTHER_LANGUAGES = os.path.join(DATA, "blind", "other_languages", "roadmap.jsonl")
# 170 comments about one product (an invented LIMS), written blind after 1.22 for the roadmap (measured only)
SECOND = os.path.join(DATA, "blind", "second", "roadmap.jsonl")
# 170 comments about one product (an invented winery system), written blind after 1.23 for the roadmap (measured only)
THIRD_ROADMAP = os.path.join(DATA, "blind", "third", "roadmap.jsonl")
# 340 comments about sixteen kinds of B2B product, written blind after 1.23 in two halves (measured only)
THIRD = [os.path.join(DATA, "blind", "third_sentiment", half, "sentiment.jsonl") for half in ("a", "b")]
# 360 comments about three products each, written blind for the roadmap, 120 a product, one folder each (measured
# only): the fourth after 1.24, the fifth (equipment hire, clinical research sites, self-storage) after 1.25; the
# sixth (one product) and the seventh (two), written after 1.55 in long comments: most of three to seven sentences
FOURTH, FIFTH, SIXTH, SEVENTH = (sorted(glob.glob(os.path.join(DATA, "blind", wave, "*", "roadmap.jsonl")))
                                 for wave in ("fourth", "fifth", "sixth", "seventh"))
# 180 comments about three products whose customers name their competitors, written blind after 1.48 (measured only)
RIVALS = os.path.join(DATA, "blind", "rivals_sentiment")
LABELS = ("negative", "neutral", "positive")


def textblob_label(text: str) -> str:
    polarity = TextBlob(text).sentiment.polarity
    return "positive" if polarity > 0.05 else "negative" if polarity < -0.05 else "neutral"


def load(*paths):
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    return rows


def accuracy(rows, labels):
    return sum(row["label"] == label for row, label in zip(rows, labels)) / len(rows)


def confusion_lines(rows, labels):
    counts = Counter((row["label"], label) for row, label in zip(rows, labels))
    yield "  " + "gold \\ said".ljust(12) + "".join(f"{label:>10}" for label in LABELS) + "    recall"
    for gold in LABELS:
        total = sum(counts[gold, said] for said in LABELS)
        yield (f"  {gold:<12}" + "".join(f"{counts[gold, said]:>10}" for said in LABELS) +
               f"    {counts[gold, gold] / total if total else 0:.2f}")


def main() -> None:
    analyzer, careful = Analyzer(), Analyzer(careful=True)
    for title, paths in (("blind set", [BLIND]), ("blind set in other languages", [OTHER_LANGUAGES]),
                         ("second blind set (one product's roadmap comments)", [SECOND]),
                         ("third blind roadmap set (one winery product's comments)", [THIRD_ROADMAP]),
                         ("third blind sentiment set (sixteen kinds of product)", THIRD),
                         ("fourth blind roadmap set (three products' comments)", FOURTH),
                         ("fifth blind roadmap set (three more products' comments)", FIFTH),
                         ("sixth blind roadmap set (long comments)", SIXTH),
                         ("seventh blind roadmap set (two products' long comments)", SEVENTH)):
        if paths and all(os.path.exists(path) for path in paths):
            rows = load(*paths)
            quick = [result.label for result in analyzer.analyze_many([row["text"] for row in rows])]
            labels = [result.label for result in careful.analyze_many([row["text"] for row in rows])]
            print(f"{title}, {len(rows)} comments: vocapp quick {accuracy(rows, quick):.3f}, "
                  f"careful {accuracy(rows, labels):.3f}, "
                  f"plain TextBlob {accuracy(rows, [textblob_label(row['text']) for row in rows]):.3f}")
            for line in confusion_lines(rows, labels):
                print(line)

    if os.path.exists(os.path.join(RIVALS, "sentiment.jsonl")):
        for reading, reader in (("quick", analyzer), ("careful", careful)):
            with_rivals(reader, reading)

    rows = load(OLD_HELD_OUT)
    quick, labels = ([result.label for result in reader.analyze_many([row["text"] for row in rows])]
                     for reader in (analyzer, careful))
    print(f"old held-out set (team-written), {len(rows)} comments: vocapp quick {accuracy(rows, quick):.3f}, "
          f"careful {accuracy(rows, labels):.3f}, "
          f"plain TextBlob {accuracy(rows, [textblob_label(row['text']) for row in rows]):.3f}")

    if os.path.exists(OUTSIDE):
        rows = load(OUTSIDE)
        for reading, reader in (("quick", analyzer), ("careful", careful)):
            results = reader.analyze_many([row["text"] for row in rows])
            strict = accuracy(rows, [result.label for result in results])
            binary = accuracy(rows, ["positive" if (result.probabilities or {}).get("positive", result.polarity) >=
                                     (result.probabilities or {}).get("negative", -result.polarity) else "negative"
                                     for result in results])
            print(f"outside check (UCI sentences, pos/neg only), {len(rows)}, vocapp {reading}: strict {strict:.3f}, "
                  f"pos vs neg {binary:.3f}")
        plain = accuracy(rows, [textblob_label(row["text"]) for row in rows])
        plain_binary = accuracy(rows, ["positive" if TextBlob(row["text"]).sentiment.polarity >= 0 else "negative"
                                       for row in rows])
        print(f"  plain TextBlob strict {plain:.3f}, pos vs neg {plain_binary:.3f}")


def with_rivals(analyzer, reading: str) -> None:
    """The set whose comments name the products' competitors: each product's comments read without a competitor
    list and with the one its names.json gives, as the app gives the competitors its interviews record."""
    rows = load(os.path.join(RIVALS, "sentiment.jsonl"))
    with open(os.path.join(RIVALS, "names.json"), encoding="utf-8") as handle:
        names = json.load(handle)
    plain, told = [], []
    for product, entry in names.items():
        mine = [row for row in rows if row["product"] == product]
        texts = [row["text"] for row in mine]
        plain += zip(mine, (result.label for result in analyzer.analyze_many(texts)))
        told += zip(mine, (result.label for result in analyzer.analyze_many(texts, rivals=entry["competitors"])))
    print(f"blind set naming competitors, {len(plain)} comments: vocapp {reading} without the competitor list "
          f"{accuracy(*zip(*plain)):.3f}, with it {accuracy(*zip(*told)):.3f}, plain TextBlob "
          f"{accuracy([row for row, _ in plain], [textblob_label(row['text']) for row, _ in plain]):.3f}")
    for line in confusion_lines(*zip(*told)):
        print(line)


if __name__ == "__main__":
    main()
