"""How far two careful people agree on a blind set's asks: a second labelling of the same comments, made by a
helper that read only DOMAIN.md, the product's existing features and the comments (never the first labels), scored
exactly as ``bench/roadmap_quality.py`` scores the analysis, both ways. It tells what the issue's floors ask of
the analysis against what a second person reaches.

    .venv/bin/python bench/annotator_agreement.py [--set blind-trialwick|blind-wordloom|blind-interviews]

Each second-labelled ask is read as the analysis's asks are: its span is the sentence around its words, its own
words are its evidence, and its item is the name the second person gave it. An interview is read as the bench
reads it: its customer's parts (notes, answers, the buyer's turns) joined into one text. Standard library, spaCy's sentencizer
and the bench's own pairing and figures; no analysis runs.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from types import SimpleNamespace

import spacy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import roadmap_quality as bench  # noqa: E402

from analysis.transcripts import interview_as_comment  # noqa: E402

SECOND = {"blind-trialwick": "tests/data/blind/fifth/trialwick/second_labels.jsonl",
          "blind-wordloom": "tests/data/blind/fourth/wordloom/second_labels.jsonl",
          "blind-interviews": "tests/data/blind/interviews/second_labels.jsonl"}


def _start(row, ask) -> int:
    """Where an ask's words begin in its comment (an interview's asks carry it: their words are found in a part)."""
    start = ask.get("start", row["text"].find(ask["evidence"]))
    if start < 0:
        raise ValueError(f"{row['id']}: evidence {ask['evidence']!r} is not in the text")
    return start


def second_requests(name: str, rows: list[dict]) -> list[list[dict]]:
    """Each row's asks by the second labelling; an interview's are placed in its text as the bench places the
    writer's (``analysis.transcripts.interview_as_comment``)."""
    with open(os.path.join(bench.ROOT, SECOND[name]), encoding="utf-8") as fh:
        second = {entry["id"]: entry["requests"] for entry in map(json.loads, fh)}
    if not name.endswith("interviews"):
        return [second[row["id"]] for row in rows]
    with open(os.path.join(bench.ROOT, bench.SETS[name][0]), encoding="utf-8") as fh:
        records = {record["id"]: record for record in map(json.loads, fh)}
    return [interview_as_comment({**records[row["id"]], "requests": second[row["id"]]})["requests"] for row in rows]


def as_detected(labelled, sentencizer) -> list[tuple[int, SimpleNamespace]]:
    """[(row index, an ask as the bench reads a detected one)] from [(row, its requests)]."""
    out = []
    for index, (row, requests) in enumerate(labelled):
        doc = sentencizer(row["text"])
        for ask in requests:
            start = _start(row, ask)
            end = start + len(ask["evidence"])
            around = [s for s in doc.sents if s.start_char < end and s.end_char > start]
            first, last = around[0].start_char, around[-1].end_char
            out.append((index, SimpleNamespace(start_char=first, end_char=last, sentence=row["text"][first:last],
                                               subject=ask["evidence"], item=ask["item"])))
    return out


def score(truth_side, predicted_side, accounts, sentencizer) -> dict:
    truth = [(index, ask["item"], (_start(row, ask), _start(row, ask) + len(ask["evidence"])))
             for index, (row, requests) in enumerate(truth_side) for ask in requests]
    detected = as_detected(predicted_side, sentencizer)
    pairs = bench.pair(detected, truth)
    assigned = [ask.item for _, ask in detected]
    figures = bench.evaluate([row for row, _ in truth_side], accounts, detected, truth, pairs, assigned,
                             {item: item for item in assigned}, None)
    return {"precision": len(pairs) / len(detected), "recall": len(pairs) / len(truth), **figures}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=sorted(SECOND), action="append")
    names = parser.parse_args().set or sorted(SECOND)
    sentencizer = spacy.blank("en")
    sentencizer.add_pipe("sentencizer")
    for name in names:
        rows, accounts = bench.load(name)
        first_labels = [(row, row["requests"]) for row in rows]
        second_labels = list(zip(rows, second_requests(name, rows)))
        print(f"== {name}: {len(rows)} {'interviews' if name.endswith('interviews') else 'comments'}")
        for label, truth_side, predicted_side in (("second person against the writer", first_labels, second_labels),
                                                  ("writer against the second person", second_labels, first_labels)):
            f = score(truth_side, predicted_side, accounts, sentencizer)
            print(f"{label}: detection P {f['precision']:.3f} R {f['recall']:.3f}; linked right "
                  f"{f['linked_right_detected']:.3f} of the asks found ({f['linked_right']:.3f} of the labelled); "
                  f"impacted ARR within 5% for {f['arr_within_5pct']} of {f['items']} items; top 5 in order: "
                  f"{'yes' if f['top5_in_order'] else 'no'}")


if __name__ == "__main__":
    main()
