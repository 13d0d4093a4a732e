"""Sentence embeddings for the paraphrase channel: all-MiniLM-L6-v2 run by NumPy on the CPU.

The model is all-MiniLM-L6-v2 (Apache-2.0, ``models/minilm/NOTICE``), shipped inside this package
in a compact form (int8 weight rows with a float32 scale each, 22 MB; ``scripts/export_minilm.py``
writes it). The forward pass is a BERT encoder written with NumPy, so the channel needs no
PyTorch: the ``semantic`` extra only adds the model's tokenizer library, ``tokenizers``. Nothing
is downloaded. A test checks cosine ≥ 0.999 against embeddings of the published model computed
by sentence-transformers (``tests/data/minilm_reference.npz``).

Why this model (``docs/decisions.md`` has the figures): it separates paraphrases better than
the 64-dimension static model of ``tokenlearn-static-model``, and only it tells real rewritten
copies from independent reports of the same story.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
from threadpoolctl import threadpool_limits

from unspin.errors import MissingDependency

__all__ = ["MiniLMEncoder", "SentenceEncoder", "default_encoder", "semantic_available"]

FloatArray = npt.NDArray[np.float32]

MODEL_DIR = Path(__file__).resolve().parent / "models" / "minilm"


class SentenceEncoder(Protocol):
    """Turns sentences into L2-normalised vectors: a dot product is their cosine similarity."""

    name: str

    def encode(self, sentences: Sequence[str]) -> FloatArray: ...


@functools.cache
def semantic_available() -> bool:
    """Whether the ``semantic`` extra is installed (the tokenizer library; the weights ship with
    unspin). Looks for the package without importing it."""
    weights = (MODEL_DIR / "weights.npz").exists()
    return weights and importlib.util.find_spec("tokenizers") is not None


@dataclass(frozen=True)
class _Layer:
    qkv: FloatArray  # (hidden, 3 * hidden): query, key and value projections side by side
    qkv_bias: FloatArray
    out: FloatArray
    out_bias: FloatArray
    norm1: tuple[FloatArray, FloatArray]
    up: FloatArray
    up_bias: FloatArray
    down: FloatArray
    down_bias: FloatArray
    norm2: tuple[FloatArray, FloatArray]


@dataclass(frozen=True)
class _Weights:
    word: FloatArray
    position: FloatArray
    segment: FloatArray
    norm: tuple[FloatArray, FloatArray]
    layers: tuple[_Layer, ...]
    heads: int
    eps: float


def _load_weights(path: Path) -> _Weights:
    """The shipped weights, dequantised to float32 and laid out for ``x @ W``."""
    config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    if config.get("model_type") != "bert" or config.get("hidden_act") != "gelu":
        raise MissingDependency("semantic", f"the paraphrase channel (unexpected model {path})")
    with np.load(path / "weights.npz") as stored:
        raw = {name: stored[name] for name in stored.files}

    def matrix(name: str) -> FloatArray:
        """A stored weight as float32, rows scaled back; dense layers transposed for ``x @ W``."""
        if name + ".int8" in raw:
            scales = raw[name + ".scale"][:, None]
            rows: FloatArray = raw[name + ".int8"].astype(np.float32) * scales
        else:
            rows = raw[name].astype(np.float32)
        return rows

    def vector(name: str) -> FloatArray:
        values: FloatArray = raw[name].astype(np.float32)
        return values

    def norm(prefix: str) -> tuple[FloatArray, FloatArray]:
        return vector(prefix + ".weight"), vector(prefix + ".bias")

    layers = []
    for i in range(config["num_hidden_layers"]):
        p = f"encoder.layer.{i}."
        parts = ("query", "key", "value")
        layers.append(_Layer(
            qkv=np.ascontiguousarray(np.concatenate(
                [matrix(f"{p}attention.self.{part}.weight") for part in parts]).T),
            qkv_bias=np.concatenate([vector(f"{p}attention.self.{part}.bias") for part in parts]),
            out=np.ascontiguousarray(matrix(f"{p}attention.output.dense.weight").T),
            out_bias=vector(f"{p}attention.output.dense.bias"),
            norm1=norm(f"{p}attention.output.LayerNorm"),
            up=np.ascontiguousarray(matrix(f"{p}intermediate.dense.weight").T),
            up_bias=vector(f"{p}intermediate.dense.bias"),
            down=np.ascontiguousarray(matrix(f"{p}output.dense.weight").T),
            down_bias=vector(f"{p}output.dense.bias"),
            norm2=norm(f"{p}output.LayerNorm"),
        ))
    return _Weights(
        word=matrix("embeddings.word_embeddings.weight"),
        position=matrix("embeddings.position_embeddings.weight"),
        segment=matrix("embeddings.token_type_embeddings.weight"),
        norm=norm("embeddings.LayerNorm"),
        layers=tuple(layers),
        heads=int(config["num_attention_heads"]),
        eps=float(config["layer_norm_eps"]),
    )


def _layer_norm(x: FloatArray, weight_bias: tuple[FloatArray, FloatArray],
                eps: float) -> FloatArray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = np.mean(centred * centred, axis=-1, keepdims=True)
    return centred / np.sqrt(variance + eps) * weight_bias[0] + weight_bias[1]  # type: ignore[no-any-return]


def _gelu(x: FloatArray) -> FloatArray:
    """BERT's exact GELU, 0.5·x·(1 + erf(x/√2)); NumPy has no erf, so Abramowitz and Stegun's
    7.1.26 (absolute error ≤ 1.5e-7, below float32's resolution of the result)."""
    z = np.abs(x) * np.float32(1 / np.sqrt(2))
    t = np.float32(1) / (np.float32(1) + np.float32(0.3275911) * z)
    poly = t * (np.float32(0.254829592) + t * (np.float32(-0.284496736) + t * (
        np.float32(1.421413741) + t * (np.float32(-1.453152027) + t * np.float32(1.061405429)))))
    erf = np.float32(1) - poly * np.exp(-z * z)
    return np.float32(0.5) * x * (np.float32(1) + np.copysign(erf, x))  # type: ignore[no-any-return]


def _forward(weights: _Weights, ids: npt.NDArray[np.int64], mask: FloatArray) -> FloatArray:
    """Mean-pooled, L2-normalised embeddings of one padded batch (``ids`` and ``mask`` are
    (batch, length); ``mask`` is 1.0 on tokens, 0.0 on padding)."""
    batch, length = ids.shape
    hidden = weights.word.shape[1]
    heads, eps = weights.heads, weights.eps
    size = hidden // heads
    x = weights.word[ids] + weights.position[:length] + weights.segment[0]
    x = _layer_norm(x, weights.norm, eps).reshape(batch * length, hidden)
    # Padding keys get -inf-like scores: softmax gives them no weight.
    key_bias = ((mask - 1.0) * np.float32(1e9))[:, None, None, :]
    scale = np.float32(1 / np.sqrt(size))
    for layer in weights.layers:
        qkv = (x @ layer.qkv + layer.qkv_bias).reshape(batch, length, 3, heads, size)
        query = qkv[:, :, 0].transpose(0, 2, 1, 3)
        key = qkv[:, :, 1].transpose(0, 2, 3, 1)
        value = qkv[:, :, 2].transpose(0, 2, 1, 3)
        scores = (query @ key) * scale + key_bias
        scores -= scores.max(axis=-1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ value).transpose(0, 2, 1, 3).reshape(batch * length, hidden)
        x = _layer_norm(x + context @ layer.out + layer.out_bias, layer.norm1, eps)
        inner = _gelu(x @ layer.up + layer.up_bias)
        x = _layer_norm(x + inner @ layer.down + layer.down_bias, layer.norm2, eps)
    tokens = x.reshape(batch, length, hidden) * mask[:, :, None]
    pooled = tokens.sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), np.float32(1e-9))
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return (pooled / np.maximum(norms, np.float32(1e-12))).astype(np.float32)  # type: ignore[no-any-return]


class MiniLMEncoder:
    """all-MiniLM-L6-v2 run by NumPy, loaded on first use (so after any fork).

    The text is cut by the model's own ``tokenizers`` file (truncated at 256 tokens, as in its
    sentence-transformers configuration); sentences are batched by length so that little
    padding is computed; mean pooling and L2 normalisation follow. ``threads`` caps the BLAS
    threads of the matrix products (a pool's workers ask for one each).
    """

    name = "all-MiniLM-L6-v2"
    max_tokens = 256

    def __init__(self, threads: int | None = None, batch_size: int = 32) -> None:
        self._threads = threads
        self._batch_size = batch_size
        self._weights: _Weights | None = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    def _load(self) -> tuple[_Weights, Any]:
        with self._lock:
            if self._weights is None:
                if not semantic_available():
                    raise MissingDependency("semantic", "the paraphrase channel")
                from tokenizers import Tokenizer

                tokenizer = Tokenizer.from_file(str(MODEL_DIR / "tokenizer.json"))
                tokenizer.enable_truncation(self.max_tokens)
                tokenizer.no_padding()
                self._tokenizer = tokenizer
                self._weights = _load_weights(MODEL_DIR)
            return self._weights, self._tokenizer

    def encode(self, sentences: Sequence[str]) -> FloatArray:
        weights, tokenizer = self._load()
        result = np.zeros((len(sentences), weights.word.shape[1]), dtype=np.float32)
        if not sentences:
            return result
        encoded = [item.ids for item in tokenizer.encode_batch(list(sentences))]
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
        with threadpool_limits(limits=self._threads, user_api="blas"):
            self._encode_sorted(weights, encoded, order, result)
        return result

    def _encode_sorted(self, weights: _Weights, encoded: list[list[int]], order: list[int],
                       result: FloatArray) -> None:
        for first in range(0, len(order), self._batch_size):
            chosen = order[first : first + self._batch_size]
            length = max(len(encoded[i]) for i in chosen)
            ids = np.zeros((len(chosen), length), dtype=np.int64)
            mask = np.zeros((len(chosen), length), dtype=np.float32)
            for row, i in enumerate(chosen):
                ids[row, : len(encoded[i])] = encoded[i]
                mask[row, : len(encoded[i])] = 1.0
            result[chosen] = _forward(weights, ids, mask)


_default: MiniLMEncoder | None = None


def default_encoder(threads: int | None = None) -> SentenceEncoder | None:
    """The shared encoder of this process, or ``None`` when the extra is not installed."""
    global _default
    if not semantic_available():
        return None
    if _default is None:
        _default = MiniLMEncoder(threads=threads)
    return _default
