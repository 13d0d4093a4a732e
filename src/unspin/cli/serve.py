"""The ``unspin serve`` command: the web app over an index (needs unspin[web])."""

from __future__ import annotations

from pathlib import Path

import click

import unspin
from unspin.cli.app import PARAPHRASE_OPTION, config_for, example, fail, main
from unspin.web import serve as serve_app


@main.command(epilog=example("unspin serve --db examples/.unspin/index.db --port 8000"))
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="An index built by 'unspin scan' (without one, pasted articles are "
                   "checked for spin alone).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (this machine only, unless told).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--allow-add", is_flag=True,
              help="Let a checked article be added to the index (read-only otherwise).")
@PARAPHRASE_OPTION
def serve(db: Path | None, host: str, port: int, allow_add: bool, paraphrase: bool) -> None:
    """Serve the report's views of an index, a page to check a pasted or uploaded article
    (its sources, spin, restoration and quotations), and a JSON API (/openapi.json)."""
    click.echo(f"unspin: serving on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    try:
        serve_app(db, host, port, allow_add, config_for(paraphrase))
    except unspin.UnspinError as error:
        fail(error)
