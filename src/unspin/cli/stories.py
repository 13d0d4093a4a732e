"""The story commands: ``stories`` groups an index's articles into news events; ``family``
shows one article's copy family, its root explained, beside its story's independent reports."""

from __future__ import annotations

import json
from pathlib import Path

import click

import unspin
from unspin.cli.app import example, fail, main


@main.command(epilog=example(
    "unspin family battery-plant/breaking-now.txt --db examples/.unspin/index.db "
    "--format svg > family.svg"))
@click.argument("article_id")
@click.option("--db", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              required=True, help="An index built by 'unspin scan'.")
@click.option("--format", "output_format", type=click.Choice(["table", "json", "dot", "svg"]),
              default="table", show_default=True,
              help="dot: a Graphviz drawing (dot -Tsvg family.dot > family.svg); svg: a "
                   "drawing of its own, for a browser, no Graphviz needed.")
def family(article_id: str, db: Path, output_format: str) -> None:
    """The copy family of ARTICLE_ID (an id as 'unspin scan' prints it) within its story: the
    original it descends from, every copy and copy of a copy, why that original is the root,
    and the story's independent reports (same event, no copy)."""
    try:
        found = unspin.family(article_id, db)
    except unspin.UnspinError as error:
        fail(error)
        return
    if output_format == "json":
        click.echo(json.dumps(found.to_json(), ensure_ascii=False, indent=2))
        return
    if output_format in ("dot", "svg"):
        draw = unspin.family_dot if output_format == "dot" else unspin.family_svg
        click.echo(draw(found), nl=False)
        return
    tree = found.family
    click.echo(f"root: {tree.root}  (confidence {tree.confidence:.2f})")
    for reason in tree.why:
        click.echo(f"  because {reason}")
    for reason in tree.against:
        click.echo(f"  against: {reason}")
    children: dict[str, list[tuple[str, str]]] = {}
    for edge in tree.edges:
        children.setdefault(edge.source, []).append((edge.copy, edge.kind))

    def show(article: str, depth: int, seen: set[str]) -> None:
        for copy, kind in sorted(children.get(article, [])):
            if copy in seen:
                continue
            seen.add(copy)
            click.echo(f"{'  ' * depth}└─ {copy}  ({kind} copy of {article})")
            show(copy, depth + 1, seen)

    click.echo(tree.root)
    shown = {tree.root}
    show(tree.root, 1, shown)
    for article in tree.articles:  # another original a mosaic copy joined to this family
        if article not in shown:
            click.echo(f"and {article}  (in this family, not descended from {tree.root})")
    click.echo(f"story {found.story}" + (f": {found.title}" if found.title else ""))
    click.echo(f"independent reports of this story ({len(found.independent)}):")
    for article in found.independent:
        click.echo(f"  {article}")


@main.command(name="stories", epilog=example("unspin stories examples --format jsonl"))
@click.argument("corpus", type=click.Path(exists=True, path_type=Path))
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="Index file (default CORPUS/.unspin/index.db, as 'unspin scan' made it).")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl"]),
              default="table", show_default=True)
def stories_command(corpus: Path, db: Path | None, output_format: str) -> None:
    """Every article of the index of CORPUS grouped into stories (one news event each): its copy
    families (root, copies, why) and its independent reports. Run 'unspin scan' first."""
    index = db or (corpus if corpus.is_dir() else corpus.parent) / ".unspin" / "index.db"
    if not index.exists():
        fail(unspin.UsageError(f"no index at {index}: run 'unspin scan {corpus}' first"))
        return
    try:
        found = unspin.stories(index)
    except unspin.UnspinError as error:
        fail(error)
        return
    if output_format == "jsonl":
        for story in found:
            click.echo(json.dumps(story.to_json(), ensure_ascii=False))
        return
    for story in found:
        when = " to ".join(sorted(set(story.published))) if story.published else "undated"
        click.echo(f"{story.id}  {len(story.articles)} articles, {len(story.families)} "
                   f"families, {len(story.independent)} independent  ({when})  {story.title}")
        for family in story.families:
            click.echo(f"  family of {family.root}: {', '.join(family.articles[1:])}")
        for article in story.independent:
            click.echo(f"  independent: {article}")
