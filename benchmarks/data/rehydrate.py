"""Put back the texts of the stored web pages our real labelled sets point to.

The real reuse set (``reuse-real``), the story set's web pages (``stories``) and the real
quotation set's web part (``quotes-real``) hold labels only: the pages' texts are their
publishers' and live outside the repository, in ``../realweb`` (relative to the repository
root). A new machine starts without that folder. The texts are the excerpts that the search
tool's ``pages`` corpus returns for each page's address; ``REHYDRATE.md`` says how to fetch
them again. This script does the rest:

    python benchmarks/data/rehydrate.py list OUT      # the pages still missing, one JSON a line
    python benchmarks/data/rehydrate.py put DIR       # DIR/<id>.json: {"url": ..., "text": ...}
    python benchmarks/data/rehydrate.py check         # what is there, missing or different

Every text is checked against its SHA-256 (``texts.sha256`` here, or the quotation label's own
``sha256``) before it is written, so a page that changed or a slip in copying is refused.
``manifest`` writes ``texts.sha256`` from the texts on this machine (once, after a builder adds
pages).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
REALWEB = ROOT.parent / "realweb"
MANIFEST = HERE / "texts.sha256"
QUOTES_CORPUS = REALWEB / "quotes-web" / "corpus.jsonl"


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    title: str | None
    note: str | None
    target: Path  # a text file, or the quotation corpus (JSON lines)
    sha256: str | None


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _manifest() -> dict[str, str]:
    if not MANIFEST.exists():
        return {}
    pairs = (line.split(None, 1) for line in MANIFEST.read_text(encoding="utf-8").splitlines()
             if line.strip())
    return {name.strip(): digest for digest, name in pairs}


def pages() -> list[Page]:
    """Every page of the three sets whose text belongs in ``../realweb``."""
    known = _manifest()
    found: dict[str, Page] = {}

    def text_file(record: dict[str, object], ref: dict[str, str]) -> None:
        name = Path(ref["path"]).name
        page_id = name.removesuffix(".txt")
        found.setdefault(page_id, Page(
            page_id, str(record.get("url") or ""), record.get("title"),  # type: ignore[arg-type]
            record.get("note") or record.get("summary"),  # type: ignore[arg-type]
            REALWEB / "texts" / name, known.get(f"texts/{name}")))

    for path in sorted((HERE / "reuse-real").glob("*-articles.jsonl")):
        for record in map(json.loads, path.open(encoding="utf-8")):
            text_file(record, record["text_ref"])
    for record in map(json.loads, (HERE / "stories" / "articles.jsonl").open(encoding="utf-8")):
        ref = record.get("text_ref") or {}
        if "realweb/texts/" in ref.get("path", ""):
            text_file(record, ref)
    for path in sorted((HERE / "quotes-real").glob("*-articles.jsonl")):
        for record in map(json.loads, path.open(encoding="utf-8")):
            ref = record["text_ref"]
            if "sha256" in ref:
                target = (QUOTES_CORPUS if "quotes-web/corpus" in ref["path"]
                          else (ROOT / ref["path"]).resolve())
                found.setdefault(ref["id"], Page(ref["id"], ref.get("url", ""), None,
                                                 record.get("note"), target, ref["sha256"]))
    return list(found.values())


def _corpus(path: Path) -> dict[str, dict[str, str]]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as handle:
        return {r["id"]: r for r in map(json.loads, handle)}


def present(page: Page, corpora: dict[Path, dict[str, dict[str, str]]]) -> str | None:
    """The page's text on this machine, or None."""
    if page.target.suffix == ".jsonl":
        if page.target not in corpora:
            corpora[page.target] = _corpus(page.target)
        record = corpora[page.target].get(page.id)
        return record["text"] if record else None
    return page.target.read_text(encoding="utf-8") if page.target.exists() else None


def check() -> tuple[list[Page], list[Page]]:
    """Pages missing here, and pages whose text differs from its recorded SHA-256."""
    corpora: dict[Path, dict[str, dict[str, str]]] = {}
    missing, different = [], []
    for page in pages():
        text = present(page, corpora)
        if text is None:
            missing.append(page)
        elif page.sha256 and _sha(text) != page.sha256:
            different.append(page)
    return missing, different


def put(folder: Path) -> int:
    """Write the texts in ``folder`` (``<id>.json``) where they belong; the number written."""
    by_id = {page.id: page for page in pages()}
    corpora: dict[Path, dict[str, dict[str, str]]] = {}
    written = 0
    for path in sorted(folder.glob("*.json")):
        page = by_id.get(path.stem)
        if page is None:
            print(f"{path.name}: no labelled page has this id", file=sys.stderr)
            continue
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            text = record["text"]
        except (ValueError, KeyError) as error:
            print(f"{path.name}: not a JSON object with a text ({error})", file=sys.stderr)
            continue
        if page.sha256 and _sha(text) != page.sha256:
            print(f"{path.name}: the text differs from the labelled one (SHA-256)", file=sys.stderr)
            continue
        page.target.parent.mkdir(parents=True, exist_ok=True)
        if page.target.suffix == ".jsonl":
            corpus = corpora.setdefault(page.target, _corpus(page.target))
            corpus[page.id] = {"id": page.id, "url": page.url, "text": text}
        else:
            page.target.write_text(text, encoding="utf-8")
        written += 1
    for target, corpus in corpora.items():
        with target.open("w", encoding="utf-8") as handle:
            for record in corpus.values():
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return written


def manifest() -> int:
    """Record the SHA-256 of every page text here that has none recorded yet."""
    known = _manifest()
    for page in pages():
        name = f"texts/{page.target.name}"
        if page.target.suffix == ".txt" and name not in known and page.target.exists():
            known[name] = _sha(page.target.read_text(encoding="utf-8"))
    MANIFEST.write_text("".join(f"{digest}  {name}\n" for name, digest in sorted(known.items())),
                        encoding="utf-8")
    return len(known)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("list", help="write the missing pages to OUT (JSON lines)")
    listing.add_argument("out", type=Path)
    putting = commands.add_parser("put", help="write the texts of DIR/<id>.json")
    putting.add_argument("folder", type=Path)
    commands.add_parser("check", help="count what is there, missing or different")
    commands.add_parser("manifest", help="record the SHA-256 of the texts here")
    args = parser.parse_args()
    if args.command == "put":
        print(f"{put(args.folder)} texts written")
    if args.command == "manifest":
        print(f"{manifest()} texts in {MANIFEST.name}")
        return
    missing, different = check()
    if args.command == "list":
        with args.out.open("w", encoding="utf-8") as handle:
            for page in missing + different:
                handle.write(json.dumps({"id": page.id, "url": page.url, "title": page.title,
                                         "note": page.note}, ensure_ascii=False) + "\n")
    total = len(pages())
    print(f"{total} pages: {total - len(missing) - len(different)} here, {len(missing)} missing, "
          f"{len(different)} different")
    if different:
        print("different:", " ".join(page.id for page in different))
    sys.exit(1 if missing or different else 0)


if __name__ == "__main__":
    main()
