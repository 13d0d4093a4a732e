"""The ``unspin`` command: parse, call the library, turn errors into messages and exit codes.

Exit status: 0 on success; 2 for bad usage; 1 when some inputs failed (each named on stderr) while
the rest were processed, or when the job could not run at all.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from unspin import __version__
from unspin.config import Config
from unspin.errors import UnspinError
from unspin.model import Failure, Relation
from unspin.pipeline.paraphrase import ParaphraseConfig


def _fail(error: UnspinError) -> None:
    click.echo(f"unspin: {error}", err=True)
    sys.exit(error.exit_code)


def _report_failures(failures: list[Failure]) -> None:
    for failure in failures:
        click.echo(f"unspin: skipped {failure}", err=True)


def _percent(value: float) -> str:
    return f"{value * 100:.0f}%"


def _table(relations: list[Relation]) -> str:
    """A plain-text table of relations, one per line, widest columns first."""
    headers = ("copy", "source", "kind", "copied", "subst.", "score", "substitutions")
    rows = []
    for r in relations:
        subs = ", ".join(f"{s.source}→{s.copy}" for s in r.substitutions[:3])
        if len(r.substitutions) > 3:
            subs += f", … (+{len(r.substitutions) - 3})"
        rows.append(
            (r.copy, r.source, r.kind, _percent(r.copied), _percent(r.substituted),
             f"{r.score:.2f}", subs)
        )
    if not rows:
        return "no reuse found"
    widths = [max(len(str(row[k])) for row in [headers, *rows]) for k in range(len(headers) - 1)]
    lines = []
    for row in [headers, *rows]:
        cells = [str(cell).ljust(width) for cell, width in zip(row[:-1], widths, strict=True)]
        lines.append("  ".join([*cells, str(row[-1])]).rstrip())
    return "\n".join(lines)


def _example(command: str) -> str:
    """A ``--help`` epilog showing one use of the command (``\b`` keeps click from rewrapping)."""
    return f"\b\nExample:\n  {command}"


PARAPHRASE_OPTION = click.option(
    "--paraphrase/--no-paraphrase", default=True, show_default=True,
    help="Also look for rewritten copies (sentence embeddings; needs unspin[semantic]).",
)


def _config(paraphrase: bool) -> Config:
    return Config(paraphrase=ParaphraseConfig(enabled=paraphrase))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="unspin")
def main() -> None:
    """unspin: where did this news text come from, what was changed, who really said what."""


@main.command(epilog=_example("unspin scan examples --format jsonl"))
@click.argument("corpus", type=click.Path(exists=True, path_type=Path))
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
@PARAPHRASE_OPTION
def scan(corpus: Path, db: Path | None, output_format: str, workers: int | None,
         quiet: bool, verbose: bool, all_pairs: bool, paraphrase: bool) -> None:
    """Index every article under CORPUS and print each reuse relation found: each copy
    against its best source (the original, or the copy it was taken from)."""
    from unspin.engine import scan as run_scan

    try:
        result = run_scan(corpus, db=db, config=_config(paraphrase), workers=workers,
                          progress=not quiet, all_pairs=all_pairs)
    except UnspinError as error:
        _fail(error)
        return
    printed = sorted(result.relations + result.siblings, key=lambda r: (r.copy, r.source))
    if output_format == "jsonl":
        for relation in printed:
            click.echo(json.dumps(relation.to_json(), ensure_ascii=False))
    else:
        click.echo(_table(printed))
    _report_failures(result.failures)
    s = result.stats
    if not quiet:
        for note in result.notes:
            click.echo(f"unspin: {note}", err=True)
        click.echo(
            f"unspin: {s.seen} articles ({s.indexed} indexed, {s.unchanged} unchanged, "
            f"{s.removed} removed, {s.failed} failed), {s.candidates} candidate pairs, "
            f"{s.relations} relations"
            + (f" and {len(result.siblings)} sibling links" if all_pairs else "")
            + f" in {s.seconds:.1f}s; index {result.db}",
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


@main.command(epilog=_example("unspin trace new-article.html --db examples/.unspin/index.db"))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="An index built by 'unspin scan'.")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]),
              default="table", show_default=True)
@click.option("--add", is_flag=True, help="Also add the article to the index.")
@PARAPHRASE_OPTION
def trace(file: Path, db: Path, output_format: str, add: bool, paraphrase: bool) -> None:
    """Print the sources of one new article found in an existing index."""
    from unspin.engine import trace as run_trace

    try:
        results = run_trace(file, db, config=_config(paraphrase), add=add)
    except UnspinError as error:
        _fail(error)
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
                click.echo(_table(result.relations))
    _report_failures(failures)
    for note in {note for result in results for note in result.notes}:
        click.echo(f"unspin: {note}", err=True)
    sys.exit(1 if failures else 0)


@main.command(epilog=_example(
    "unspin restore examples/battery-plant/breaking-now.txt --db examples/.unspin/index.db"))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--source", "source", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The original the copy was made from.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="An index in which to find the original (instead of --source).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]),
              default="text", show_default=True)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.8, show_default=True,
              help="Without a source: restore only suspects at least this sure.")
def restore(file: Path, source: Path | None, db: Path | None, output_format: str,
            min_confidence: float) -> None:
    """Print FILE with every substitution put back as its source words it.

    Without --source or --db, only what the engine infers on its own (tortured phrases, broken
    fixed expressions, rare thesaurus words) is restored, each change with its confidence.
    """
    from unspin.engine import restore as run_restore

    try:
        result = run_restore(file, source=source, db=db, min_confidence=min_confidence)
    except UnspinError as error:
        _fail(error)
        return
    if output_format == "json":
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(result.restoration.text)
    for note in result.notes:
        click.echo(f"unspin: {note}", err=True)
    click.echo(f"unspin: {len(result.restoration.changes)} changes"
               + (f" from {result.source.id}" if result.source else ""), err=True)


@main.command(epilog=_example("unspin spin examples/spun-copy.txt"))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["table", "json"]),
              default="table", show_default=True)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="List only suspects at least this sure.")
def spin(file: Path, output_format: str, min_confidence: float) -> None:
    """Score how spun FILE reads (0 to 1) without its source, and list the suspect wording."""
    from unspin.engine import spin as run_spin

    try:
        result = run_spin(file, min_confidence=min_confidence)
    except UnspinError as error:
        _fail(error)
        return
    for note in result.notes:
        click.echo(f"unspin: {note}", err=True)
    if output_format == "json":
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return
    click.echo(f"{result.article.id}: spin score {result.score:.2f}")
    for s in result.suspects:
        click.echo(f"  {s.start:>6}  {s.text} → {s.original}  ({s.confidence:.2f}; {s.evidence})")


@main.command(epilog=_example("unspin spinners --db examples/.unspin/index.db"))
@click.option("--db", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              required=True, help="An index built by 'unspin scan'.")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]),
              default="table", show_default=True)
@click.option("--min-count", type=click.IntRange(min=1), default=1, show_default=True,
              help="Show only swaps seen at least this often.")
def spinners(db: Path, output_format: str, min_count: int) -> None:
    """The dictionary each content farm's spinner used: swaps merged per site or copy family."""
    from unspin.engine import spinners as run_spinners

    try:
        tables = run_spinners(db, min_count=min_count)
    except UnspinError as error:
        _fail(error)
        return
    if output_format == "json":
        click.echo(json.dumps([t.to_json() for t in tables], ensure_ascii=False, indent=2))
        return
    if not tables:
        click.echo("no spun copies in the index")
    for table in tables:
        click.echo(f"{table.group} ({len(table.copies)} spun copies, {len(table.swaps)} swaps)")
        for source, copy, count in table.swaps:
            click.echo(f"  {count:>5}  {source} → {copy}")


import unspin.cli_quotes  # noqa: E402,F401  (registers `quotes` and `quote` on `main`)

if __name__ == "__main__":
    main()
