"""The ``unspin`` command group and what its commands share: errors turned into messages and exit
codes, the failures report, the table of relations, the ``--help`` examples, the paraphrase
option.

Exit status: 0 on success; 2 for bad usage; 1 when some inputs failed (each named on stderr) while
the rest were processed, or when the job could not run at all. Commands use the public facade
``unspin`` and nothing else of the library.
"""

from __future__ import annotations

import dataclasses
import sys

import click
from tabulate import tabulate

import unspin


def fail(error: unspin.UnspinError) -> None:
    click.echo(f"unspin: {error}", err=True)
    sys.exit(error.exit_code)


def waiting(message: str) -> None:
    """Said once when a command waits for another job to finish writing its index."""
    click.echo(f"unspin: {message}", err=True)


NO_WAIT_OPTION = click.option(
    "--no-wait", is_flag=True,
    help="If another job is writing the index, exit at once (status 1, 'index busy') instead "
         "of waiting for it.")


def report_failures(failures: list[unspin.Failure]) -> None:
    for failure in failures:
        click.echo(f"unspin: skipped {failure}", err=True)


def _percent(value: float) -> str:
    return f"{value * 100:.0f}%"


def table(relations: list[unspin.Relation]) -> str:
    """A plain-text table of relations, one per line (tabulate's plain format, text as is)."""
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
    text = tabulate(rows, headers=headers, tablefmt="plain", disable_numparse=True)
    return "\n".join(line.rstrip() for line in text.splitlines())


def example(command: str) -> str:
    """A ``--help`` epilog showing one use of the command (``\b`` keeps click from rewrapping)."""
    return f"\b\nExample:\n  {command}"


PARAPHRASE_OPTION = click.option(
    "--paraphrase/--no-paraphrase", default=True, show_default=True,
    help="Also look for rewritten copies (sentence embeddings; needs unspin[semantic]).",
)


def config_for(paraphrase: bool) -> unspin.Config:
    config = unspin.Config()
    return dataclasses.replace(
        config, paraphrase=dataclasses.replace(config.paraphrase, enabled=paraphrase))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(unspin.__version__, prog_name="unspin")
def main() -> None:
    """unspin: where did this news text come from, what was changed, who really said what."""
