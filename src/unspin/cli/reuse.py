"""The reuse commands: ``scan`` a corpus, ``trace`` one new article against an index."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

import unspin
from unspin.cli.app import (
    NO_WAIT_OPTION,
    PARAPHRASE_OPTION,
    config_for,
    example,
    fail,
    main,
    report_failures,
    table,
    waiting,
)


def _corpus(value: str) -> str:
    """A corpus path that exists, or a URI (a Hadoop path, for --backend spark) as given."""
    if "://" not in value and not value.startswith("file:") and not Path(value).exists():
        raise click.BadParameter(f"Path {value!r} does not exist.")
    return value


@main.command(epilog=example("unspin scan examples --format jsonl"))
@click.argument("corpus", callback=lambda _ctx, _param, value: _corpus(value))
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="Index file (default CORPUS/.unspin/index.db).")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl"]),
              default="table", show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes to use (default: all cores).")
@click.option("--quiet", is_flag=True, help="No progress bar or summary on stderr.")
@click.option("--verbose", is_flag=True,
              help="Also print the time and memory each stage took (on stderr).")
@click.option("--all-pairs", is_flag=True,
              help="Also print links between copies of one source (siblings), which the "
                   "source explains; by default each copy is printed against its best source.")
@click.option("--backend", type=click.Choice(["local", "spark"]), default="local",
              show_default=True,
              help="Where to run: this machine's processes, or Apache Spark (unspin[spark]; "
                   "the same relations).")
@click.option("--master", default=None,
              help="Spark master for --backend spark: local[2], spark://HOST:7077 or yarn "
                   "(default: spark-submit's, else local[*]).")
@click.option("--out", default=None,
              help="--backend spark: also write the relations as Parquet here (the columns "
                   "of --format jsonl); --db then builds a fresh index of the corpus.")
@PARAPHRASE_OPTION
@NO_WAIT_OPTION
def scan(corpus: str, db: Path | None, output_format: str, workers: int | None,
         quiet: bool, verbose: bool, all_pairs: bool, backend: str, master: str | None,
         out: str | None, paraphrase: bool, no_wait: bool) -> None:
    """Index every article under CORPUS and print each reuse relation found: each copy
    against its best source (the original, or the copy it was taken from)."""
    try:
        result = unspin.scan(corpus, db=db, config=config_for(paraphrase), workers=workers,
                             progress=not quiet, all_pairs=all_pairs, wait=not no_wait,
                             on_wait=waiting, backend="spark" if backend == "spark" else "local",
                             master=master, out=out)
    except unspin.UnspinError as error:
        fail(error)
        return
    printed = sorted(result.relations + result.siblings, key=lambda r: (r.copy, r.source))
    if output_format == "jsonl":
        for relation in printed:
            click.echo(json.dumps(relation.to_json(), ensure_ascii=False))
    else:
        click.echo(table(printed))
    report_failures(result.failures)
    s = result.stats
    if not quiet:
        for note in result.notes:
            click.echo(f"unspin: {note}", err=True)
        click.echo(
            f"unspin: {s.seen} articles ({s.indexed} indexed, {s.unchanged} unchanged, "
            f"{s.removed} removed, {s.failed} failed), {s.candidates} candidate pairs, "
            f"{s.relations} relations"
            + (f" and {len(result.siblings)} sibling links" if all_pairs else "")
            + f" in {s.seconds:.1f}s; "
            + (f"index {result.db}" if backend == "local" else f"on Spark, written to {result.db}"
               if str(result.db) not in ("", ".") else "on Spark"),
            err=True,
        )
    if verbose:
        click.echo(f"unspin: {s.candidates_capped} more pairs shared fingerprints but not "
                   f"aligned (weaker than each article's best few), {s.near_duplicates} "
                   f"near-duplicates compared with their group's root alone", err=True)
        phases = ", ".join(f"{name} {seconds:.1f}s" for name, seconds in s.phases.items())
        click.echo(f"unspin: time by stage: {phases}", err=True)
        peaks = ", ".join(f"{name} {mb:,.0f}" for name, mb in s.peak_mb.items())
        click.echo(f"unspin: largest size of this process (MiB) by the end of: {peaks}",
                   err=True)
    sys.exit(1 if result.failures else 0)


@main.command(epilog=example("unspin trace new-article.html --db examples/.unspin/index.db"))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="An index built by 'unspin scan'.")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]),
              default="table", show_default=True)
@click.option("--add", is_flag=True, help="Also add the article to the index.")
@PARAPHRASE_OPTION
@NO_WAIT_OPTION
def trace(file: Path, db: Path, output_format: str, add: bool, paraphrase: bool,
          no_wait: bool) -> None:
    """Print the sources of one new article found in an existing index."""
    try:
        results = unspin.trace(file, db, config=config_for(paraphrase), add=add,
                               wait=not no_wait, on_wait=waiting)
    except unspin.UnspinError as error:
        fail(error)
        return
    failures = [f for result in results for f in result.failures]
    if output_format == "json":
        payload: list[dict[str, Any]] = [
            {
                "article": result.article.id,
                "candidates": result.candidates,
                "relations": [r.to_json() for r in result.relations],
            }
            for result in results
        ]
        click.echo(json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False,
                              indent=2))
    else:
        for result in results:
            click.echo(f"{result.article.id}: {len(result.relations)} relations "
                       f"({result.candidates} candidates)")
            if result.relations:
                click.echo(table(result.relations))
    report_failures(failures)
    for note in {note for result in results for note in result.notes}:
        click.echo(f"unspin: {note}", err=True)
    sys.exit(1 if failures else 0)
