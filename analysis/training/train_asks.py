"""Train the learned ask layer (``analysis/asks.py``): logistic regression, one row per sentence.

    .venv/bin/python -m analysis.training.train_asks              # cross-validate, then write the shipped weights
    .venv/bin/python -m analysis.training.train_asks --cv-only    # only the cross-validation figures

A sentence is an ask when it overlaps a labelled ask's evidence. Training text:
* the roadmap sets written blind from DOMAIN.md, one product each (``tests/data/dev_blind/``; weight 1);
* the team's feedback dev sets (``tests/data/feedback_dev*.jsonl``; ``--w-team``, default 0.3: their asks
  are labelled by the same definition, but the rules were written on them).
Settings are chosen by leaving one blind-written product out at a time: a product's words never help find
its own asks, as they cannot help on a customer's. The held-out evaluation sets (``tests/data/blind/``,
``*eval*``) and the outside check are refused.

The thresholds: ``drop`` (a rule's ask is dropped below it) and ``add`` (an ask is added to a sentence no rule
caught at or above it) are chosen on the left-out predictions, for the best F1 of sentence-level detection.
Numpy is needed here only.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import sys

import numpy as np

from analysis.asks import WEIGHTS_PATH
from analysis.pipeline import get_nlp
from analysis.patterns import TokenView
from analysis.requests import BARE_RULES, RequestDetector
from analysis.training.train_sentiment import refused

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LEXICAL = ("lem:", "bi:")


def blind_dev_sets() -> dict[str, str]:
    """product -> path of its roadmap set written blind."""
    sets = {"fieldloop": os.path.join(ROOT, "tests", "data", "dev_blind", "roadmap_dev.jsonl")}
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "dev_blind", "*", "roadmap.jsonl"))):
        sets[os.path.basename(os.path.dirname(path))] = path
    return sets


def team_sets() -> list[str]:
    return [os.path.join(ROOT, "tests", "data", f"feedback_dev{n}.jsonl") for n in ("", "2", "3")]


def load(path: str) -> list[dict]:
    if refused(path):
        raise SystemExit(f"refusing to train on a held-out evaluation set: {path}")
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evidence_spans(row: dict) -> list[tuple[int, int]]:
    spans = []
    for ask in row.get("requests") or []:
        quote = ask["evidence"] if isinstance(ask, dict) else ask
        start = row["text"].find(quote)
        if start >= 0:
            spans.append((start, start + len(quote)))
    return spans


def sentence_rows(rows: list[dict], detector: RequestDetector):
    """[(features, is an ask, the rules' ask: 0 none, 1 by a bare rule, 2 by another)] for every sentence of
    every comment. A bare rule's ask (``requests.BARE_RULES``) needs the ``add`` bar, the others the ``drop`` bar."""
    out = []
    for row, doc in zip(rows, get_nlp().pipe(r["text"] for r in rows)):
        spans = evidence_spans(row)
        view = TokenView.of(doc)
        for sent, features, req in detector.read(doc, view):
            start, end = view.start_char(sent.start), view.end_char(sent.end)
            asks = any(s < end and start < e for s, e in spans)
            kind = 0 if req is None else 1 if req.rule.partition(":")[0] in BARE_RULES else 2
            out.append((features, asks, kind))
    return out


def fit(feats, labels, weights, vocab, l2_struct, l2_lex, steps=30):
    index = {k: i for i, k in enumerate(vocab)}
    X = np.zeros((len(feats), len(vocab)), dtype=np.float32)
    for r, f in enumerate(feats):
        for k, v in f.items():
            if k in index:
                X[r, index[k]] = v
    y = np.asarray(labels, dtype=np.float32)
    sw = np.asarray(weights, dtype=np.float32)
    sw = sw / sw.mean()
    l2 = np.asarray([l2_lex if k.startswith(LEXICAL) else l2_struct for k in vocab], dtype=np.float32)
    l2[index["bias"]] = 0.0
    w = np.zeros(len(vocab), dtype=np.float32)
    n = len(y)
    # Newton's method on the L2-penalised log loss, each step solved by conjugate gradients
    # (Hessian-vector products only: the vocabulary is too large for the Hessian itself)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ ((p - y) * sw) / n + l2 * w
        if float(np.abs(grad).max()) < 1e-6:
            break
        d = p * (1 - p) * sw / n
        step = _conjugate_gradient(lambda v: X.T @ (d * (X @ v)) + (l2 + 1e-6) * v, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-5:
            break
    return {k: float(v) for k, v in zip(vocab, w) if abs(v) > 1e-6}


def _conjugate_gradient(apply, b, iterations=200, tolerance=1e-4):
    x = np.zeros_like(b)
    r = b.copy()
    d = r.copy()
    rr = float(r @ r)
    limit = tolerance * tolerance * rr
    for _ in range(iterations):
        if rr <= limit:
            break
        ad = apply(d)
        alpha = rr / float(d @ ad)
        x += alpha * d
        r -= alpha * ad
        new = float(r @ r)
        d = r + (new / rr) * d
        rr = new
    return x


def vocabulary(feats, min_df):
    df: dict[str, int] = {}
    for f in feats:
        for k in f:
            df[k] = df.get(k, 0) + 1
    return sorted(k for k, n in df.items() if n >= min_df or not k.startswith(LEXICAL))


def probability(weights, f):
    z = sum(weights.get(k, 0.0) * v for k, v in f.items())
    return 1.0 / (1.0 + np.exp(-max(-30.0, min(30.0, z))))


def counts(preds, add, drop) -> tuple[int, int, int]:
    """(true, false, missed) asks on [(p, is an ask, the rules' ask)] with these thresholds."""
    tp = fp = fn = 0
    for p, truth, ruled in preds:
        said = p >= drop if ruled == 2 else p >= add
        tp += said and truth
        fp += said and not truth
        fn += truth and not said
    return tp, fp, fn


def thresholds(preds, max_drop=0.7):
    """(add, drop, F1) best on [(p, is an ask, the rules' ask)], drop at most `max_drop`."""
    best = (1.01, 0.0, 0.0)
    for add in np.arange(0.10, 0.96, 0.05):
        for drop in np.arange(0.0, max_drop + 0.01, 0.05):
            tp, fp, fn = counts(preds, add, drop)
            f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            if f1 > best[2] + 1e-9:
                best = (round(float(add), 2), round(float(drop), 2), f1)
    return best


def scores(preds, add, drop):
    tp, fp, fn = counts(preds, add, drop)
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


def rule_scores(rows):
    """Precision and recall of the rules alone, every ask they found kept."""
    return scores([(1.0, y, 2 if ruled else 0) for _, y, ruled in rows], 1.01, 0.0)


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--w-team", type=float, default=0.3)
    parser.add_argument("--l2-struct", type=float, default=0.003)
    parser.add_argument("--l2-lex", type=float, default=0.001)
    parser.add_argument("--min-df", type=int, default=2)
    parser.add_argument("--max-drop", type=float, default=0.15,
                        help="drop a rule's ask only below this probability at most: the rules' asks were "
                             "labelled by the team's guide, which the blind-written sets word differently")
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--out", default=WEIGHTS_PATH)
    args = parser.parse_args(argv)
    detector = RequestDetector(ask_model=None)
    products = {name: sentence_rows(load(path), detector) for name, path in blind_dev_sets().items()}
    team = [r for path in team_sets() for r in sentence_rows(load(path), detector)]
    print(f"{sum(map(len, products.values()))} sentences from {len(products)} blind-written products, "
          f"{len(team)} from the team's sets")
    left_out = []
    for name, rows in products.items():
        train = [r for other, rs in products.items() if other != name for r in rs]
        feats = [f for f, _, _ in train] + [f for f, _, _ in team]
        labels = [y for _, y, _ in train] + [y for _, y, _ in team]
        weights = [1.0] * len(train) + [args.w_team] * len(team)
        model = fit(feats, labels, weights, vocabulary(feats, args.min_df), args.l2_struct, args.l2_lex)
        preds = [(probability(model, f), y, ruled) for f, y, ruled in rows]
        left_out += preds
        rules_p, rules_r = rule_scores(rows)
        print(f"  {name:12s} rules P {rules_p:.3f} R {rules_r:.3f}")
        products[name] = rows
    add, drop, f1 = thresholds(left_out, args.max_drop)
    rules_p, rules_r = rule_scores([(None, y, ruled) for _, y, ruled in left_out])
    p, r = scores(left_out, add, drop)
    print(f"left-out sentences: rules alone P {rules_p:.3f} R {rules_r:.3f}; "
          f"with the layer (add {add}, drop {drop}) P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    for name, rows in products.items():
        start = sum(len(products[n]) for n in list(products)[:list(products).index(name)])
        pp, rr = scores(left_out[start:start + len(rows)], add, drop)
        print(f"  {name:12s} P {pp:.3f} R {rr:.3f}")
    if args.cv_only:
        return
    every = [r for rs in products.values() for r in rs]
    feats = [f for f, _, _ in every] + [f for f, _, _ in team]
    labels = [y for _, y, _ in every] + [y for _, y, _ in team]
    weights = [1.0] * len(every) + [args.w_team] * len(team)
    model = fit(feats, labels, weights, vocabulary(feats, args.min_df), args.l2_struct, args.l2_lex)
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump({"add": add, "drop": drop, "trained_on": sorted(products) + ["team feedback_dev*"],
                   "settings": {"w_team": args.w_team, "l2_struct": args.l2_struct, "l2_lex": args.l2_lex,
                                "min_df": args.min_df, "max_drop": args.max_drop},
                   "left_out": {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3),
                                "rules_precision": round(rules_p, 3), "rules_recall": round(rules_r, 3)},
                   "weights": dict(sorted(model.items()))}, fh, indent=0)
        fh.write("\n")
    print(f"wrote {args.out}: {len(model)} weights")


if __name__ == "__main__":
    sys.exit(main())
