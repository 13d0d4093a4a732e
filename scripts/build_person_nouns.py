#!/usr/bin/env python3
"""Build ``src/unspin/quotations/data/person-nouns.txt``: English nouns that name a person.

Source: WordNet 3.0 (Princeton University, BSD-style licence; Debian's ``wordnet-base``).
Nothing is downloaded at run time; install the source once::

    apt-get install -y wordnet-base
    python scripts/build_person_nouns.py /usr/share/wordnet

A one-word noun is kept when at least half of its senses, its most frequent one among them,
are in WordNet's ``noun.person`` file ("creator", "dispatcher", "diplomat", "mogul": a speaker
phrase "the Terra creator" describes a person). A noun with as many senses for things, groups
or places ("carrier", "host", "regulator", "head") is left out: "the carrier said" is an
airline.
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "unspin" / "quotations" / "data"
PERSON = 18  # WordNet's lexicographer file noun.person


def person_nouns(wordnet: Path) -> list[str]:
    files: dict[str, int] = {}
    with (wordnet / "data.noun").open(encoding="latin-1") as handle:
        for line in handle:
            if not line.startswith("  "):
                fields = line.split(" ", 2)
                files[fields[0]] = int(fields[1])
    kept = []
    with (wordnet / "index.noun").open(encoding="latin-1") as handle:
        for line in handle:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, senses, pointers = fields[0], int(fields[2]), int(fields[3])
            lexicon = [files[offset] for offset in fields[4 + pointers + 2 :]]
            if len(lexicon) != senses or not lemma.replace("-", "").isalpha():
                continue
            persons = sum(1 for f in lexicon if f == PERSON)
            if 2 * persons >= senses:
                kept.append(lemma)
    return sorted(kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="WordNet's dict folder (data.noun, index.noun)")
    args = parser.parse_args()
    words = person_nouns(args.wordnet)
    (OUT / "person-nouns.txt").write_text("\n".join(words) + "\n", encoding="ascii")
    print(f"{len(words)} person nouns")


if __name__ == "__main__":
    main()
