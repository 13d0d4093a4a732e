"""The ``unspin report`` command: one self-contained HTML file of an index (or of a corpus,
scanned first) that opens offline and prints."""

from __future__ import annotations

import sys
from pathlib import Path

import click

import unspin
from unspin.cli.app import example, fail, main
from unspin.views.report import MAX_RELATIONS, QUOTES_UP_TO, report


@main.command(name="report", epilog=example(
    "unspin report examples -o report.html"))
@click.argument("corpus", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="An index built by 'unspin scan' (instead of CORPUS, or where to keep the "
                   "index of CORPUS).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              required=True, help="The HTML file to write.")
@click.option("--story", help="Only this story (an id as 'unspin stories' prints it).")
@click.option("--max-relations", type=click.IntRange(min=0), default=MAX_RELATIONS,
              show_default=True,
              help="Draw at most this many relations side by side (every one is listed).")
@click.option("--quotes/--no-quotes", default=None,
              help="Include the quotation clusters (needs unspin[nlp]; by default only for "
                   f"an index of at most {QUOTES_UP_TO:,} articles).")
def report_command(corpus: Path | None, db: Path | None, output: Path, story: str | None,
                   max_relations: int, quotes: bool | None) -> None:
    """Write one HTML file showing an index: the overview, each story with its copy family
    drawn, each relation side by side with its substitutions marked, the restored copies, the
    spinners' dictionaries and the quotations. Give CORPUS (scanned first, as 'unspin scan'
    does) or --db INDEX."""
    if corpus is None and db is None:
        fail(unspin.UsageError("give a CORPUS to scan or --db INDEX"))
        return
    try:
        if corpus is not None:
            scanned = unspin.scan(corpus, db=db, progress=False)
            db = scanned.db
            for failure in scanned.failures:
                click.echo(f"unspin: skipped {failure}", err=True)
        elif db is not None and not db.is_file():
            raise unspin.UsageError(f"no index at {db}: run 'unspin scan CORPUS --db {db}'")
        assert db is not None
        html = report(db, story=story, max_relations=max_relations, quotes=quotes)
    except unspin.UnspinError as error:
        fail(error)
        return
    output.write_text(html, encoding="utf-8")
    click.echo(f"unspin: wrote {output} ({len(html.encode('utf-8')) / 1e6:.1f} MB)", err=True)
    sys.exit(0)
