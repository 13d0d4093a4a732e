"""Running the facade on one article the web app was given: a pasted text (written as a JSON
line, so its title and address go with it) or an uploaded file, each in a fresh temporary
folder under a name the app chooses (a client's file name never reaches the file system)."""

from __future__ import annotations

import hashlib
import json
import tempfile
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path

import unspin
from unspin.views.analysis import Analysis
from unspin.views.sections import Record

UPLOAD_SUFFIXES = (".txt", ".html", ".htm", ".warc", ".warc.gz")


def upload_suffix(filename: str) -> str:
    """The accepted suffix of an uploaded file's name; a usage error for any other."""
    name = filename.lower()
    for suffix in sorted(UPLOAD_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    raise unspin.UsageError(f"give a {', '.join(UPLOAD_SUFFIXES)} file")


def pasted_id(text: str) -> str:
    """A pasted text's id: the same text gets the same id."""
    return "pasted/" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def analyse_text(text: str, title: str | None, url: str | None, db: Path | None,
                 add: bool = False, config: unspin.Config | None = None) -> Analysis:
    """Sources, spin, restoration and quotations of a pasted text."""
    if not text.strip():
        raise unspin.UsageError("the text is empty: paste an article")
    record = {"id": pasted_id(text), "text": text, "title": title or None, "url": url or None}
    line = json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False)
    return _analyse(line.encode("utf-8") + b"\n", ".jsonl", db, add, config)


def analyse_upload(data: bytes, suffix: str, db: Path | None, add: bool = False,
                   config: unspin.Config | None = None) -> Analysis:
    """Sources, spin, restoration and quotations of an uploaded file's first article."""
    if suffix not in UPLOAD_SUFFIXES:
        raise unspin.UsageError(f"give a {', '.join(UPLOAD_SUFFIXES)} file")
    return _analyse(data, suffix, db, add, config)


def _best_source(article: unspin.Article, relations: list[unspin.Relation]) -> str | None:
    """The source the article copied most from, as ``restore --db`` picks it."""
    sources = [r for r in relations if r.copy == article.id]
    return max(sources, key=lambda r: (r.copied, r.score)).source if sources else None


_QUOTES = ThreadPoolExecutor(max_workers=4, thread_name_prefix="unspin-quotes")


def _quotes(path: Path) -> tuple[list[Record], str | None]:
    """The quotations of the article in ``path``, or why they were left out."""
    try:
        return list(unspin.quotes(path).records), None
    except unspin.MissingDependency as error:
        return [], str(error)


def _analyse(data: bytes, suffix: str, db: Path | None, add: bool,
             config: unspin.Config | None) -> Analysis:
    config = config or unspin.Config()
    with tempfile.TemporaryDirectory(prefix="unspin-web-") as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(data)
        # The quotations (spaCy's parse, which leaves Python's lock for most of its work) are
        # read in a second thread while this one looks for sources and spin.
        quoted = _QUOTES.submit(_quotes, path)
        try:
            notes: list[str] = []
            relations: list[unspin.Relation] = []
            if db is not None:
                traced = unspin.trace(path, db, config=config, add=add)
                if not traced:
                    raise unspin.InputError("upload", "no article in the file")
                article = traced[0].article
                relations = traced[0].relations
                notes += traced[0].notes
            else:
                article = unspin.read_article(path)
                notes.append("no index: start 'unspin serve --db INDEX' to look for sources")
            spin = unspin.spin(path)
            source = _best_source(article, relations) if db is not None else None
            if source is not None and db is not None:  # the traced source: no second trace
                restored = unspin.restore_pair(article, unspin.article(source, db), config)
            else:
                # Without a source, what unspin infers on its own. (restore --db would learn the
                # index's spinner swaps first: a minute at 100,000 articles, too slow per request.)
                restored = unspin.restore(path, config=config)
            quotes, missing = quoted.result()
            if missing:
                notes.append(f"quotations left out: {missing}")
        finally:
            wait([quoted])  # the file stays until its quotations are read
    notes += [n for n in spin.notes if n not in notes]
    return Analysis(article, relations, spin, restored, quotes, notes)
