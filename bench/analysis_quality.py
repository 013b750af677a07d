"""Quality of the analysis package on the labelled feedback set, beside simple baselines.

    .venv/bin/python bench/analysis_quality.py                 # the held-out evaluation set
    .venv/bin/python bench/analysis_quality.py --data tests/data/feedback_dev.jsonl --errors
    .venv/bin/python bench/analysis_quality.py --dev      # also a summary line per dev set (dev, dev2, dev3)

Baselines, on the same comments:
* sentiment: plain TextBlob polarity of the whole comment (> 0.05 positive, < -0.05 negative);
* themes: naive case-insensitive *substring* match of the same taxonomy patterns on the raw text;
* requests: sentences (split on . ! ?) containing one of the cue strings of the issue
  ("it would be great if", "we need", "please add", "missing", "i wish", "can't", "doesn't support").
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from textblob import TextBlob  # noqa: E402

from analysis import Analyzer  # noqa: E402
from analysis.taxonomy import DEFAULT_TAXONOMY  # noqa: E402

LABELS = ("positive", "neutral", "negative")
REQUEST_CUES = ("it would be great if", "would be great if", "we need", "please add", "missing",
                "i wish", "can't", "cannot", "doesn't support", "does not support", "would love")


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def theme_scores(gold_sets, pred_sets):
    tp = fp = fn = 0
    for g, p in zip(gold_sets, pred_sets):
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    return prf(tp, fp, fn)


def sentiment_scores(gold, pred):
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    f1s = []
    for lab in LABELS:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        f1s.append(prf(tp, fp, fn)[2])
    return acc, sum(f1s) / len(f1s)


def gold_spans(row):
    spans = []
    low = row["text"].lower()
    for quote in row["requests"]:
        i = low.find(quote.lower())
        spans.append((i, i + len(quote)))
    return spans


def request_scores(rows, pred_spans):
    tp_pred = n_pred = hit_gold = n_gold = 0
    for row, preds in zip(rows, pred_spans):
        gold = gold_spans(row)
        n_gold += len(gold)
        n_pred += len(preds)
        tp_pred += sum(any(ps < ge and gs < pe for gs, ge in gold) for ps, pe in preds)
        hit_gold += sum(any(ps < ge and gs < pe for ps, pe in preds) for gs, ge in gold)
    p = tp_pred / n_pred if n_pred else 0.0
    r = hit_gold / n_gold if n_gold else 0.0
    return p, r, n_pred, n_gold


def baseline_themes(text):
    low = text.lower()
    return {t["key"] for t in DEFAULT_TAXONOMY
            if any(p.lstrip("=").lower() in low for p in t["patterns"])}


def baseline_requests(text):
    spans = []
    for m in re.finditer(r"[^.!?]+[.!?]*", text):
        s = m.group(0).lower().replace("’", "'")
        if any(cue in s for cue in REQUEST_CUES):
            spans.append((m.start(), m.end()))
    return spans


def tb_label(text):
    p = TextBlob(text).sentiment.polarity
    return "positive" if p > 0.05 else "negative" if p < -0.05 else "neutral"


def main(argv=None):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.path.join(root, "tests", "data", "feedback_eval.jsonl"))
    ap.add_argument("--errors", action="store_true", help="print the comments it gets wrong")
    ap.add_argument("--dev", action="store_true",
                    help="also print a summary line for each development set (feedback_dev*.jsonl)")
    args = ap.parse_args(argv)
    rows = load(args.data)
    analyzer = Analyzer()
    t0 = time.perf_counter()
    results = analyzer.analyze_many([r["text"] for r in rows])
    elapsed = time.perf_counter() - t0

    gold_themes = [set(r["themes"]) for r in rows]
    ours_t = theme_scores(gold_themes, [set(a.themes) for a in results])
    base_t = theme_scores(gold_themes, [baseline_themes(r["text"]) for r in rows])
    gold_lab = [r["label"] for r in rows]
    ours_s = sentiment_scores(gold_lab, [a.label for a in results])
    base_s = sentiment_scores(gold_lab, [tb_label(r["text"]) for r in rows])
    mixed = [i for i, r in enumerate(rows) if r.get("mixed")]
    ours_mixed = sum(results[i].label == gold_lab[i] for i in mixed) / max(1, len(mixed))
    base_mixed = sum(tb_label(rows[i]["text"]) == gold_lab[i] for i in mixed) / max(1, len(mixed))
    ours_r = request_scores(rows, [[(q.start_char, q.end_char) for q in a.requests] for a in results])
    base_r = request_scores(rows, [baseline_requests(r["text"]) for r in rows])

    print(f"data: {os.path.relpath(args.data, root)}  ({len(rows)} comments, {sum(len(r['requests']) for r in rows)} gold requests)")
    print(f"analysis version: {analyzer.version}")
    print(f"{'metric':34} {'analysis':>9} {'baseline':>9}   baseline")
    line = "{:34} {:9.3f} {:9.3f}   {}"
    print(line.format("theme precision", ours_t[0], base_t[0], "substring keywords"))
    print(line.format("theme recall", ours_t[1], base_t[1], "substring keywords"))
    print(line.format("theme micro-F1", ours_t[2], base_t[2], "substring keywords"))
    print(line.format("sentiment accuracy", ours_s[0], base_s[0], "plain TextBlob"))
    print(line.format("sentiment macro-F1", ours_s[1], base_s[1], "plain TextBlob"))
    print(line.format(f"sentiment accuracy, mixed (n={len(mixed)})", ours_mixed, base_mixed, "plain TextBlob"))
    print(line.format("request precision", ours_r[0], base_r[0], "substring cues"))
    print(line.format("request recall", ours_r[1], base_r[1], "substring cues"))
    print(f"{'requests predicted':34} {ours_r[2]:9d} {base_r[2]:9d}")
    print(f"(analysis time {elapsed:.2f} s, {len(rows) / elapsed:.0f} comments/s incl. warm-up)")
    if args.dev:
        print("\ndevelopment sets (all trained on; dev_blind/sentiment_dev: the 1.4 weights' CV set, sentiment only):")
        for name in ("feedback_dev.jsonl", "feedback_dev2.jsonl", "feedback_dev3.jsonl",
                     os.path.join("dev_blind", "sentiment_dev.jsonl")):
            path = os.path.join(root, "tests", "data", name)
            if not os.path.exists(path):
                continue
            drows = load(path)
            dres = analyzer.analyze_many([r["text"] for r in drows])
            dgold = [r["label"] for r in drows]
            s_acc, s_f1 = sentiment_scores(dgold, [a.label for a in dres])
            b_acc, _ = sentiment_scores(dgold, [tb_label(r["text"]) for r in drows])
            line = (f"  {os.path.basename(name):22} n={len(drows):3d}  sentiment acc {s_acc:.3f} (TextBlob {b_acc:.3f})"
                    f"  macro-F1 {s_f1:.3f}")
            if "themes" in drows[0]:  # the blind-written dev set labels sentiment only
                t_f1 = theme_scores([set(r["themes"]) for r in drows], [set(a.themes) for a in dres])[2]
                r_p, r_r, _, _ = request_scores(drows, [[(q.start_char, q.end_char) for q in a.requests]
                                                        for a in dres])
                line += f"  theme F1 {t_f1:.3f}  request P {r_p:.3f} R {r_r:.3f}"
            print(line)
    if args.errors:
        print("\n--- errors ---")
        for row, a in zip(rows, results):
            g, p = set(row["themes"]), set(a.themes)
            gs = gold_spans(row)
            ps = [(q.start_char, q.end_char) for q in a.requests]
            bad_req = [q.sentence for q, (s, e) in zip(a.requests, ps) if not any(s < ge and gs_ < e for gs_, ge in gs)]
            missed = [row["text"][s:e] for s, e in gs if not any(ps_ < e and s < pe for ps_, pe in ps)]
            if row["label"] != a.label or g != p or bad_req or missed:
                print(f"\n{row['id']} {row['text']}")
                if row["label"] != a.label:
                    print(f"  SENT gold={row['label']} got={a.label} ({a.polarity:+.2f}) {a.label_reason}")
                    for s in a.sentences:
                        print(f"     [{s.label} {s.polarity:+.2f}] {s.rules}")
                if g != p:
                    print(f"  THEMES missing={sorted(g - p)} extra={sorted(p - g)} "
                          f"{[(m.key, m.matched_text) for m in a.theme_mentions() if m.key in p - g]}")
                for q in bad_req:
                    print(f"  REQ false: {q}")
                for q in missed:
                    print(f"  REQ missed: {q}")


if __name__ == "__main__":
    main()
