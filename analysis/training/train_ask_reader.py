"""Train the ask readers (``analysis/ask_reader.py``): MiniLM-L6 with low-rank adapters, fine-tuned to tell a
sentence that asks for something from one that does not; one for interviews, one for survey comments read
carefully.

    .venv/bin/python -m analysis.training.train_ask_reader --cv     # each interview set left out in turn
    .venv/bin/python -m analysis.training.train_ask_reader          # train on every set, write the shipped file
    .venv/bin/python -m analysis.training.train_ask_reader --comments [--cv]   # the same for the comments' reader

Needs PyTorch (CPU), which vocapp itself does not: ``pip install torch`` into the project's environment first, or
run from one that has it. Training text: the development interviews written blind
(``tests/data/dev_blind/interviews*/``), one row per sentence of the customer's parts as the app reads them, with
the rules' ask kind and the part (``train_asks.interview_folds``); with ``--comments``, the 32 blind-written
products' comments (``train_asks.blind_dev_sets``). A sentence asks when it overlaps a labelled ask.
`--cv` compares, on the left-out sets, the linear layer alone (``train_asks``' settings) with the two read
together at the layer's bars (the mean of their log-odds, as the app reads them), per set and pooled; for
comments the reader is left out four folds of products at a time.
"""
from __future__ import annotations

import argparse
import math
import random
import sys
import time

import numpy as np

from analysis import encoder
from analysis.ask_reader import (ADAPTED, COMMENT_READER_PATH, MAX_PIECES, NORMS, READER_PATH, situation, together,
                                 worth_reading)
from analysis.training import train_asks

COMMENT_FOLDS = 4
RANK, ALPHA, LEARNING_RATE, HEAD_RATE, BATCH, WARM_UP, EPOCHS = 8, 16.0, 5e-4, 1e-3, 16, 0.1, 1
# The shipped file keeps the trained model's log-odds of these (text, rules' ask kind, part), so that a test can
# hold the app's numpy reader to the model that was trained (tests/test_ask_reader.py).
CHECKS = (("We really need SSO before we can roll this out.", 2, "turn"),
          ("But when I showed him the connector quote he stopped asking.", 0, "turn"),
          ("A proper NetSuite sync.", 1, "answer"),
          ("Price, mostly; the renewal came in 30% higher.", 0, "notes"),
          ("If you had offline mode for the crawlspaces we would still be with you.", 2, None))
COMMENT_CHECKS = (("Kanban board!!!", 0, None),
                  ("No Kanban view means we still track work on a whiteboard.", 0, None),
                  ("We'd use it daily if it talked to Asana.", 2, None),
                  ("Support answered within the hour, as always.", 0, None),
                  ("Please add SSO.", 2, None))


def sentences(comments: bool = False) -> dict[str, list[dict]]:
    """Each interview set's sentences (or, `comments`, each blind-written product's comments'): text, label, the
    rules' ask kind, the part kind, and the features of the linear layer."""
    from analysis.requests import RequestDetector

    detector = RequestDetector(ask_model=None, interview_model=None, interview_reader=None, comment_reader=None)
    sets = train_asks.blind_dev_sets() if comments else train_asks.interview_sets()
    return {name: _rows(train_asks.load(path), detector) for name, path in sets.items()}


def _rows(records: list[dict], detector) -> list[dict]:
    from analysis.patterns import TokenView
    from analysis.pipeline import get_nlp
    from analysis.requests import rule_kind

    rows = []
    for record, doc in zip(records, get_nlp().pipe(r["text"] for r in records)):
        spans = train_asks.evidence_spans(record)
        view = TokenView.of(doc)
        for sent, features, req in detector.read(doc, view, parts=record.get("parts")):
            start, end = view.start_char(sent.start), view.end_char(sent.end)
            kinds = [k[5:] for k in features if k.startswith("part:") and "|" not in k and k.count(":") == 1]
            rows.append({"text": record["text"][start:end], "features": features,
                         "label": any(s < end and start < e for s, e in spans),
                         "kind": rule_kind(req),
                         "part": kinds[0] if kinds else None})
    return rows


def _torch_model(weights):
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class Adapter(nn.Module):
        def __init__(self, weight, bias):
            super().__init__()
            self.weight, self.bias = torch.tensor(weight), torch.tensor(bias)
            self.A = nn.Parameter(torch.randn(RANK, weight.shape[1]) / math.sqrt(weight.shape[1]))
            self.B = nn.Parameter(torch.zeros(weight.shape[0], RANK))

        def forward(self, x):
            return F.linear(x, self.weight, self.bias) + (x @ self.A.T @ self.B.T) * (ALPHA / RANK)

    def norm(prefix):
        layer = nn.LayerNorm(encoder.DIM, eps=1e-12)
        layer.weight.data, layer.bias.data = (torch.tensor(weights[f"{prefix}.{p}"]) for p in ("weight", "bias"))
        return layer

    class Reader(nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = nn.ModuleList()
            layer = 0
            while f"encoder.layer.{layer}.attention.self.query.weight" in weights:
                prefix = f"encoder.layer.{layer}."
                block = nn.ModuleDict({name: Adapter(weights[prefix + key + ".weight"], weights[prefix + key + ".bias"])
                                       for name, key in ADAPTED.items()})
                block.update({name: norm(prefix + key) for name, key in NORMS.items()})
                self.layers.append(block)
                layer += 1
            self.words = torch.tensor(weights["embeddings.word_embeddings.weight"])
            self.positions = torch.tensor(weights["embeddings.position_embeddings.weight"])
            self.segment = torch.tensor(weights["embeddings.token_type_embeddings.weight"][0])
            self.embedding_norm = norm("embeddings.LayerNorm")
            for p in self.embedding_norm.parameters():
                p.requires_grad_(False)
            self.head = nn.Linear(encoder.DIM + 7, 1)

        def forward(self, ids, mask, indicators):
            batch, length = ids.shape
            x = self.embedding_norm(self.words[ids] + self.positions[:length] + self.segment)
            padding = (1.0 - mask[:, None, None, :]) * -1e9
            heads, size = 12, encoder.DIM // 12
            for block in self.layers:
                split = lambda t: t.view(batch, length, heads, size).transpose(1, 2)  # noqa: E731
                context = F.scaled_dot_product_attention(split(block["q"](x)), split(block["k"](x)),
                                                         split(block["v"](x)), attn_mask=padding)
                x = block["ln1"](x + block["o"](context.transpose(1, 2).reshape(batch, length, encoder.DIM)))
                x = block["ln2"](x + block["down"](F.gelu(block["up"](x), approximate="tanh")))
            pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdim=True)
            pooled = pooled / pooled.norm(dim=1, keepdim=True) * 10.0
            return self.head(torch.cat([pooled, indicators], 1)).squeeze(1)

    return Reader()


def _batches(rows, tokenizer, shuffle: bool, rng: random.Random):
    import torch

    order = sorted(range(len(rows)), key=lambda i: len(rows[i]["text"]) + (rng.random() * 20 if shuffle else 0))
    chunks = [order[i:i + BATCH] for i in range(0, len(order), BATCH)]
    if shuffle:
        rng.shuffle(chunks)
    for chunk in chunks:
        pieces = [e.ids for e in tokenizer.encode_batch([rows[i]["text"] or " " for i in chunk])]
        length = max(len(p) for p in pieces)
        ids, mask = torch.zeros(len(chunk), length, dtype=torch.long), torch.zeros(len(chunk), length)
        for row, p in enumerate(pieces):
            ids[row, :len(p)], mask[row, :len(p)] = torch.tensor(p), 1.0
        indicators = np.array([situation(rows[i]["kind"], rows[i]["part"]) for i in chunk])
        yield (chunk, ids, mask, torch.tensor(indicators),
               torch.tensor([float(rows[i]["label"]) for i in chunk]))


def fit(rows, weights, tokenizer, seed: int = 0):
    import torch
    import torch.nn as nn

    torch.manual_seed(seed)
    rng = random.Random(seed)
    model = _torch_model(weights)
    body = [p for name, p in model.named_parameters() if p.requires_grad and not name.startswith("head")]
    optimiser = torch.optim.AdamW([{"params": body, "lr": LEARNING_RATE},
                                   {"params": model.head.parameters(), "lr": HEAD_RATE}], weight_decay=0.01)
    steps = EPOCHS * math.ceil(len(rows) / BATCH)
    warm = int(WARM_UP * steps)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / max(1, warm), max(0.0, (steps - s) / max(1, steps - warm))))
    model.train()
    for _ in range(EPOCHS):
        for _, ids, mask, indicators, labels in _batches(rows, tokenizer, True, rng):
            loss = nn.functional.binary_cross_entropy_with_logits(model(ids, mask, indicators), labels)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
    return model.eval()


def logits(model, rows, tokenizer) -> list[float]:
    import torch

    out = [0.0] * len(rows)
    with torch.no_grad():
        for chunk, ids, mask, indicators, _ in _batches(rows, tokenizer, False, random.Random(0)):
            for i, z in zip(chunk, model(ids, mask, indicators).tolist()):
                out[i] = z
    return out


def trained_arrays(model) -> dict[str, np.ndarray]:
    """What ships: each adapter's A and scaled B, the layer norms, the head."""
    out = {}
    for layer, block in enumerate(model.layers):
        for name in ADAPTED:
            out[f"{layer}.{name}.A"] = block[name].A.detach().numpy()
            out[f"{layer}.{name}.B"] = (block[name].B.detach() * (ALPHA / RANK)).numpy()
        for name in NORMS:
            out[f"{layer}.{name}.weight"] = block[name].weight.detach().numpy()
            out[f"{layer}.{name}.bias"] = block[name].bias.detach().numpy()
    out["head.weight"] = model.head.weight.detach().numpy()[0]
    out["head.bias"] = model.head.bias.detach().numpy()
    return out


def _combined(p: float, z: float, kind: int) -> float:
    """The two readers as the app reads them (``RequestDetector._read_again``)."""
    return together(p, z) if worth_reading(p, kind) else p


def cross_validate(sets, weights, tokenizer, args) -> None:
    """Each set left out: the linear layer trained as train_asks trains it, the reader on the other sets."""
    class Settings:  # train_asks' defaults
        w_team, w_interviews, l2_struct, l2_lex, min_df, max_drop = 0.3, 4.0, 0.003, 0.001, 2, 0.3

    from analysis.requests import RequestDetector

    detector = RequestDetector(ask_model=None, interview_model=None, interview_reader=None)
    comments = [r for path in train_asks.blind_dev_sets().values()
                for r in train_asks.weighed(train_asks.sentence_rows(train_asks.load(path), detector), 1.0)]
    comments += train_asks.weighed([r for path in train_asks.team_sets()
                                    for r in train_asks.sentence_rows(train_asks.load(path), detector)],
                                   Settings.w_team)
    linear, both = [], []
    for name, rows in sets.items():
        started = time.time()
        others = [r for other, rs in sets.items() if other != name for r in rs]
        layer = train_asks.train(comments + train_asks.weighed(
            [(r["features"], r["label"], r["kind"]) for r in others], Settings.w_interviews), Settings)
        _score(name, rows, layer, fit(others, weights, tokenizer), tokenizer, linear, both)
        print(f"{name}: {time.time() - started:.0f} s", flush=True)

    _report(sets, linear, both, args)


def cross_validate_comments(sets, weights, tokenizer, args) -> None:
    """The comment layer left out one product at a time as train_asks leaves it out (the team's sets at 0.3), the
    reader trained on three of four folds of products (fine-tuning 32 times would take an hour)."""
    class Settings:  # train_asks' defaults
        w_team, l2_struct, l2_lex, min_df, max_drop = 0.3, 0.003, 0.001, 2, 0.3

    from analysis.requests import RequestDetector

    detector = RequestDetector(ask_model=None, interview_model=None, interview_reader=None, comment_reader=None)
    team = train_asks.weighed([r for path in train_asks.team_sets()
                               for r in train_asks.sentence_rows(train_asks.load(path), detector)], Settings.w_team)
    names = sorted(sets)
    random.Random(1).shuffle(names)
    folds = [names[k::COMMENT_FOLDS] for k in range(COMMENT_FOLDS)]
    linear, both = [], []
    for fold in folds:
        started = time.time()
        reader = fit([r for name in names if name not in fold for r in sets[name]], weights, tokenizer)
        for name in fold:
            layer = train_asks.train([(r["features"], r["label"], r["kind"], 1.0) for other in names
                                      if other != name for r in sets[other]] + team, Settings)
            _score(name, sets[name], layer, reader, tokenizer, linear, both)
        print(f"{', '.join(fold)}: {time.time() - started:.0f} s", flush=True)
    _report(sets, linear, both, args)


def _score(name, rows, layer, reader, tokenizer, linear: list, both: list) -> None:
    """Adds the left-out set's (name, probability, label, rule kind) by the linear layer alone and by the two."""
    for row, z in zip(rows, logits(reader, rows, tokenizer)):
        p = train_asks.probability(layer, row["features"])
        linear.append((name, p, row["label"], row["kind"]))
        both.append((name, _combined(p, z, row["kind"]), row["label"], row["kind"]))


def _report(sets, linear, both, args) -> None:
    def f1(preds):
        tp, fp, fn = train_asks.counts([(p, y, k) for _, p, y, k in preds], args.add, args.drop)
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    for name in sets:
        print(f"{name:28s} F1 linear {f1([r for r in linear if r[0] == name]):.3f}  "
              f"with the reader {f1([r for r in both if r[0] == name]):.3f}")
    for label, preds in (("linear", linear), ("with the reader", both)):
        p, r = train_asks.scores([(p, y, k) for _, p, y, k in preds], args.add, args.drop)
        print(f"pooled, {label}: P {p:.3f} R {r:.3f} F1 {f1(preds):.3f} (add {args.add}, drop {args.drop})")


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--cv", action="store_true", help="only the left-out figures")
    parser.add_argument("--comments", action="store_true",
                        help="the survey comments' reader (the blind-written products), not the interviews'")
    parser.add_argument("--add", type=float, default=0.35, help="the layer's add bar (both layers: 0.35)")
    parser.add_argument("--drop", type=float, default=0.3, help="the layer's drop bar (both layers: 0.3)")
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)
    import torch

    torch.set_num_threads(2)
    weights = {k: np.array(v) for k, v in encoder._read_safetensors(_raw_weights()).items()}
    tokenizer = _tokenizer()
    sets = sentences(comments=args.comments)
    print(f"{sum(map(len, sets.values()))} sentences in {len(sets)} "
          f"{'products' if args.comments else 'interview sets'}", flush=True)
    if args.cv:
        (cross_validate_comments if args.comments else cross_validate)(sets, weights, tokenizer, args)
        return
    started = time.time()
    model = fit([r for rows in sets.values() for r in rows], weights, tokenizer)
    checks = logits(model, [{"text": text, "kind": kind, "part": part, "label": False}
                            for text, kind, part in (COMMENT_CHECKS if args.comments else CHECKS)], tokenizer)
    args.out = args.out or (COMMENT_READER_PATH if args.comments else READER_PATH)
    np.savez(args.out, **trained_arrays(model), **{"check.logits": np.array(checks, dtype=np.float32)})
    print(f"trained in {time.time() - started:.0f} s; wrote {args.out}")


def _raw_weights() -> bytes:
    import zipfile

    with zipfile.ZipFile(encoder._archive()) as archive:
        return archive.read("model.safetensors")


def _tokenizer():
    import zipfile

    from tokenizers import Tokenizer

    with zipfile.ZipFile(encoder._archive()) as archive:
        tokenizer = Tokenizer.from_str(archive.read("tokenizer.json").decode("utf-8"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_PIECES)
    return tokenizer


if __name__ == "__main__":
    sys.exit(main())
