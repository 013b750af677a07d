"""Train the chooser of the run of words that names the thing asked for (``analysis/named_thing.py``).

    .venv/bin/python -m analysis.training.train_named_thing            # leave each product out, then write
    .venv/bin/python -m analysis.training.train_named_thing --cv-only  # only the left-out figures

One example per sentence where the learned layer found the ask (as the detector reads it with no chooser: the
rarest words decide), the sentence overlapping exactly one labelled ask and holding two runs of words or more
that could name a thing (``requests._runs``). The right run is the one sharing most words with the labelled item's
name (words cut to five letters, filler left out); a sentence where no run shares a word teaches nothing. A softmax
over each sentence's runs, L2-penalised. Text: the roadmap sets written blind from DOMAIN.md, one product each
(``tests/data/dev_blind/``); the setting is chosen leaving one product out at a time, and the interview sets written
blind (``tests/data/dev_blind/interviews*/``, never trained on) are read as an outside check. The held-out
evaluation sets are refused (``train_asks.load``). Numpy is needed here only.
"""
from __future__ import annotations

import argparse
import json
import re

import numpy as np

from analysis.named_thing import WEIGHTS_PATH, NamedThing, run_features
from analysis.patterns import TokenView
from analysis.pipeline import get_nlp
from analysis.requests import REQUEST_FILLER, RequestDetector, candidate_runs, own_words, word_tags
from analysis.training.train_asks import blind_dev_sets, interview_sets, load


def words_of(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in REQUEST_FILLER and len(w) > 1}


def product_name(set_name: str) -> str:
    """The product a development set is about, as its surveys would name it (the folder's name, without an
    interview set's "interviews_")."""
    return set_name.split("_")[-1].capitalize()


def examples(set_name: str, path: str, detector: RequestDetector) -> list[tuple[list[dict], list[int]]]:
    """[(each run's features, each run's words shared with the item's name)] of one set's learned asks."""
    product = product_name(set_name)
    own, tags, out = own_words([product]), word_tags(), []
    rows = load(path)
    for row, doc in zip(rows, get_nlp().pipe(r["text"] for r in rows)):
        view = TokenView.of(doc)
        labelled = []
        for ask in row.get("requests") or []:
            start = ask.get("start", row["text"].find(ask["evidence"]))
            labelled.append((start, start + len(ask["evidence"]), ask["item"]))
        for sent, _features, req in detector.read(doc, view, parts=row.get("parts"), own_names=[product]):
            if req is None or not req.rule.startswith("learned") or req.more:
                continue
            first, last = view.start_char(sent.start), view.end_char(sent.end)
            items = [item for start, end, item in labelled if start < last and first < end]
            runs = candidate_runs(view, sent, bool(row.get("parts")), own)
            if len(items) != 1 or len(runs) < 2:
                continue
            target = words_of(items[0])
            shared = [len(words_of(view.span_text(s, e)) & target) for s, e, _ in runs]
            if max(shared):
                out.append(([run_features(view, sent, runs, k, tags, REQUEST_FILLER) for k in range(len(runs))],
                            shared))
    return out


class Design:
    """The examples as one matrix of runs, each sentence's rows together."""

    def __init__(self, sentences, vocab):
        index = {k: i for i, k in enumerate(vocab)}
        rows = [f for feats, _ in sentences for f in feats]
        self.X = np.zeros((len(rows), len(vocab)), dtype=np.float64)
        for r, f in enumerate(rows):
            for k, v in f.items():
                if k in index:
                    self.X[r, index[k]] = v
        self.starts = np.cumsum([0] + [len(feats) for feats, _ in sentences[:-1]])
        self.group = np.repeat(np.arange(len(sentences)), [len(feats) for feats, _ in sentences])
        target = []
        for _, shared in sentences:
            best = np.asarray(shared) == max(shared)
            target.extend(best / best.sum())
        self.target = np.asarray(target)

    def softmax(self, w):
        z = self.X @ w
        z -= np.maximum.reduceat(z, self.starts)[self.group]
        e = np.exp(z)
        return e / np.add.reduceat(e, self.starts)[self.group]


def fit(sentences, vocab, l2: float, steps: int = 300, rate: float = 0.5) -> np.ndarray:
    design, w = Design(sentences, vocab), np.zeros(len(vocab))
    for _ in range(steps):
        w -= rate * (l2 * w - design.X.T @ (design.target - design.softmax(w)) / len(sentences))
    return w


def named_right(sentences, vocab, w) -> int:
    """How many sentences' best-scored run shares most words with the item's name."""
    chooser = NamedThing(dict(zip(vocab, w)))
    return sum(shared[int(np.argmax([chooser.score(f) for f in feats]))] == max(shared) for feats, shared in sentences)


def rarest_right(sentences) -> int:
    """The same for the run of rarest words (the choice without the chooser)."""
    return sum(shared[max(range(len(feats)), key=lambda k: (feats[k]["wlog"], -k))] == max(shared)
               for feats, shared in sentences)


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--l2", type=float, default=0.01,
                        help="left out: 0.003 0.738, 0.01 0.742, 0.03 0.730 of the sentences named right")
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--out", default=WEIGHTS_PATH)
    args = parser.parse_args(argv)
    detector = RequestDetector(named_thing=None)
    products = {name: examples(name, path, detector) for name, path in blind_dev_sets().items()}
    interviews = [s for name, path in interview_sets().items() for s in examples(name, path, detector)]
    every = [s for sentences in products.values() for s in sentences]
    vocab = sorted({k for feats, _ in every for f in feats for k in f})
    right = 0
    for name, sentences in products.items():
        others = [s for other, ss in products.items() if other != name for s in ss]
        right += named_right(sentences, vocab, fit(others, vocab, args.l2))
    left_out = {"sentences": len(every), "chooser": right, "rarest": rarest_right(every)}
    print(f"{len(every)} sentences of {len(products)} products, each left out: the chooser names the item best in "
          f"{right} ({right / len(every):.3f}), the rarest words in {left_out['rarest']} "
          f"({left_out['rarest'] / len(every):.3f})")
    w = fit(every, vocab, args.l2)
    left_out["interviews"] = {"sentences": len(interviews), "chooser": named_right(interviews, vocab, w),
                              "rarest": rarest_right(interviews)}
    print(f"interviews (never trained on), {len(interviews)} sentences: the chooser "
          f"{left_out['interviews']['chooser']}, the rarest words {left_out['interviews']['rarest']}")
    if args.cv_only:
        return
    weights = {k: round(float(v), 4) for k, v in zip(vocab, w) if abs(v) >= 1e-4}
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump({"trained_on": sorted(products), "l2": args.l2, "left_out": left_out,
                   "weights": dict(sorted(weights.items()))}, fh, indent=0)
        fh.write("\n")
    print(f"wrote {args.out}: {len(weights)} weights")


if __name__ == "__main__":
    main()
