"""The ``unspin quotes`` and ``unspin quote`` commands: who said what, and how it travelled."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

import unspin
from unspin.cli.app import example, fail, main, report_failures, waiting


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@main.command(epilog=example("unspin quotes examples --db quotes.db"))
@click.argument("corpus", type=click.Path(exists=True, path_type=Path))
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="Keep the quotations in this index (for 'unspin quote').")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl"]),
              default="table", show_default=True)
@click.option("--semantic/--no-semantic", default=False, show_default=True,
              help="Also link re-rendered quotations by sentence embeddings (unspin[semantic]).")
def quotes(corpus: Path, db: Path | None, output_format: str, semantic: bool) -> None:
    """Every quotation under CORPUS with its speaker, verb and cluster of variants."""
    try:
        result = unspin.quotes(corpus, db=db, semantic=semantic, on_wait=waiting)
    except unspin.UnspinError as error:
        fail(error)
        return
    if output_format == "jsonl":
        for record in result.records:
            click.echo(json.dumps(record.to_json(), ensure_ascii=False))
    elif not result.records:
        click.echo("no quotations found")
    else:
        for record in result.records:
            speaker = record.speaker or (
                f"unknown ({record.speaker_as_written})" if record.speaker_as_written
                else "unknown")
            click.echo(f"{record.article}  {record.cluster}  {record.variant:<9}  "
                       f"{speaker} ({record.verb or '—'}): “{_short(record.text)}”")
    report_failures(result.failures)
    sys.exit(1 if result.failures else 0)


@main.command(epilog=example('unspin quote "we are very attentive to this list" --db quotes.db'))
@click.argument("text")
@click.option("--db", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              required=True, help="An index filled by 'unspin quotes CORPUS --db'.")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]),
              default="table", show_default=True)
def quote(text: str, db: Path, output_format: str) -> None:
    """Every article carrying the quotation TEXT or a variant of it, earliest first."""
    try:
        trails = unspin.quote(text, db)
    except unspin.UnspinError as error:
        fail(error)
        return
    if output_format == "json":
        click.echo(json.dumps([t.to_json() for t in trails], ensure_ascii=False, indent=2))
        return
    if not trails:
        click.echo("no article in the index carries this quotation")
        return
    for trail in trails:
        click.echo(f"cluster {trail.cluster} (match {trail.similarity:.0%})")
        for occurrence in trail.occurrences:
            when = occurrence.published or "undated"
            speaker = occurrence.speaker or "unknown"
            click.echo(f"  {when:<10}  {occurrence.article}  {occurrence.variant:<9}  {speaker}: "
                       f"“{_short(occurrence.text)}”")
            if occurrence.variant == "spun":
                click.echo(f"              HIGH: {unspin.SPUN_QUOTE_NOTE}")
            for change in occurrence.changes[:6]:
                click.echo(f"              {change['change']}: "
                           f"{change['from']!r} → {change['to']!r}")
