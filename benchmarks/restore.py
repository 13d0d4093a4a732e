"""How well `unspin restore` puts spun copies back, scored against their true sources.

For every spun pair (a whole article spun) of a labelled corpus (default: the shared dev set),
the copy is restored with its source given, and the restored text is compared with the source
word by word (an edit alignment of the lowercase word sequences):

- **substituted words**: source words that the copy has in a one-for-one or short (≤ 4 words)
  replaced run — what the spinner changed;
- **restored exactly**: those of them that the restored text has as the source has them;
- **collateral**: restored-text changes to words that the copy had exactly as the source had.

    python benchmarks/restore.py [--corpus DIR --truth FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from unspin import restore
from unspin.pipeline.normalize import TOKEN_PATTERN, fold

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT.parent / "shared" / "data" / "devset"
MAX_SWAP = 4


def words(text: str) -> list[tuple[str, int, int]]:
    return [(fold(m.group()), m.start(), m.end()) for m in TOKEN_PATTERN.finditer(text)]


def codes(tokens: list[tuple[str, int, int]], vocabulary: dict[str, int]) -> list[int]:
    return [vocabulary.setdefault(word, len(vocabulary)) for word, _, _ in tokens]


def substituted_positions(copy: list[int], source: list[int]) -> set[int]:
    """Source positions inside short replaced runs of the copy-to-source alignment."""
    found: set[int] = set()
    for op in Levenshtein.opcodes(copy, source):
        if (op.tag == "replace" and op.src_end - op.src_start <= MAX_SWAP
                and op.dest_end - op.dest_start <= MAX_SWAP):
            found.update(range(op.dest_start, op.dest_end))
    return found


def equal_positions(text: list[int], source: list[int]) -> set[int]:
    """Source positions that ``text`` has as written, in alignment."""
    found: set[int] = set()
    for op in Levenshtein.opcodes(text, source):
        if op.tag == "equal":
            found.update(range(op.dest_start, op.dest_end))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEVSET / "docs")
    parser.add_argument("--truth", type=Path, default=DEVSET / "truth.jsonl")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results"
                        / "restore-with-source.json")
    args = parser.parse_args()
    if not args.truth.exists():
        sys.exit(f"no truth file at {args.truth}: pass --corpus and --truth")
    pairs = [t for t in map(json.loads, args.truth.open(encoding="utf-8"))
             if t["kind"] == "spun"]
    substituted = restored = collateral = untouched = 0
    started = time.perf_counter()
    for pair in pairs:
        copy_path, source_path = args.corpus / pair["copy"], args.corpus / pair["source"]
        result = restore(copy_path, source=source_path)
        vocabulary: dict[str, int] = {}
        source = codes(words(result.source.text if result.source else ""), vocabulary)
        copy = codes(words(result.article.text), vocabulary)
        fixed = codes(words(result.restoration.text), vocabulary)
        swapped = substituted_positions(copy, source)
        kept_in_copy = equal_positions(copy, source)
        kept_after = equal_positions(fixed, source)
        substituted += len(swapped)
        restored += len(swapped & kept_after)
        untouched += len(kept_in_copy)
        collateral += len(kept_in_copy - kept_after)
    seconds = time.perf_counter() - started
    figures = {
        "pairs": len(pairs),
        "substituted_words": substituted,
        "restored_exactly": restored / substituted if substituted else 1.0,
        "untouched_words": untouched,
        "collateral": collateral / untouched if untouched else 0.0,
        "seconds": seconds,
    }
    print(f"{len(pairs)} spun pairs; {substituted} substituted source words, "
          f"{figures['restored_exactly']:.4f} restored exactly; {untouched} untouched words, "
          f"{figures['collateral']:.4f} changed; {seconds:.1f}s")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
