"""The story commands: ``family`` shows one article's copy family, its root explained."""

from __future__ import annotations

import json
from pathlib import Path

import click

import unspin
from unspin.cli.app import example, fail, main


@main.command(epilog=example(
    "unspin family battery-plant/breaking-now.txt --db examples/.unspin/index.db --format dot"))
@click.argument("article_id")
@click.option("--db", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              required=True, help="An index built by 'unspin scan'.")
@click.option("--format", "output_format", type=click.Choice(["table", "json", "dot"]),
              default="table", show_default=True,
              help="dot: a Graphviz drawing (dot -Tsvg family.dot > family.svg).")
def family(article_id: str, db: Path, output_format: str) -> None:
    """The copy family of ARTICLE_ID (an id as 'unspin scan' prints it): the original it
    descends from, every copy and copy of a copy, and why that original is the root."""
    try:
        found = unspin.family(article_id, db)
    except unspin.UnspinError as error:
        fail(error)
        return
    if output_format == "json":
        click.echo(json.dumps(found.to_json(), ensure_ascii=False, indent=2))
        return
    if output_format == "dot":
        click.echo(unspin.family_dot(found), nl=False)
        return
    click.echo(f"root: {found.root}  (confidence {found.confidence:.2f})")
    for reason in found.why:
        click.echo(f"  because {reason}")
    for reason in found.against:
        click.echo(f"  against: {reason}")
    children: dict[str, list[tuple[str, str]]] = {}
    for edge in found.edges:
        children.setdefault(edge.source, []).append((edge.copy, edge.kind))

    def show(article: str, depth: int, seen: set[str]) -> None:
        for copy, kind in sorted(children.get(article, [])):
            if copy in seen:
                continue
            seen.add(copy)
            click.echo(f"{'  ' * depth}└─ {copy}  ({kind} copy of {article})")
            show(copy, depth + 1, seen)

    click.echo(found.root)
    show(found.root, 1, {found.root})
