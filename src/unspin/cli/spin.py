"""The spin commands: ``restore`` a copy's wording, score how ``spin``-ed a text reads, list the
``spinners``' dictionaries."""

from __future__ import annotations

import json
from pathlib import Path

import click

import unspin
from unspin.cli.app import example, fail, main


@main.command(epilog=example(
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
    try:
        result = unspin.restore(file, source=source, db=db, min_confidence=min_confidence)
    except unspin.UnspinError as error:
        fail(error)
        return
    if output_format == "json":
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(result.restoration.text)
    for note in result.notes:
        click.echo(f"unspin: {note}", err=True)
    click.echo(f"unspin: {len(result.restoration.changes)} changes"
               + (f" from {result.source.id}" if result.source else ""), err=True)


@main.command(epilog=example("unspin spin examples/spun-copy.txt"))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["table", "json"]),
              default="table", show_default=True)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="List only suspects at least this sure.")
def spin(file: Path, output_format: str, min_confidence: float) -> None:
    """Score how spun FILE reads (0 to 1) without its source, and list the suspect wording."""
    try:
        result = unspin.spin(file, min_confidence=min_confidence)
    except unspin.UnspinError as error:
        fail(error)
        return
    for note in result.notes:
        click.echo(f"unspin: {note}", err=True)
    if output_format == "json":
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return
    click.echo(f"{result.article.id}: spin score {result.score:.2f}")
    for s in result.suspects:
        click.echo(f"  {s.start:>6}  {s.text} → {s.original}  ({s.confidence:.2f}; {s.evidence})")


@main.command(epilog=example("unspin spinners --db examples/.unspin/index.db"))
@click.option("--db", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              required=True, help="An index built by 'unspin scan'.")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]),
              default="table", show_default=True)
@click.option("--min-count", type=click.IntRange(min=1), default=1, show_default=True,
              help="Show only swaps seen at least this often.")
def spinners(db: Path, output_format: str, min_count: int) -> None:
    """The dictionary each content farm's spinner used: swaps merged per site or copy family."""
    try:
        tables = unspin.spinners(db, min_count=min_count)
    except unspin.UnspinError as error:
        fail(error)
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
