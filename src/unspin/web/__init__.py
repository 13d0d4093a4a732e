"""The web app (``unspin serve``, the ``web`` extra): the report's views of an index, a page
that checks one pasted or uploaded article, and a JSON API. Uses the public facade alone."""

from __future__ import annotations

import threading
from pathlib import Path

import unspin


def serve(db: Path | None, host: str = "127.0.0.1", port: int = 8000,
          allow_add: bool = False, config: unspin.Config | None = None) -> None:
    """Serve the app over ``db`` with uvicorn until interrupted (127.0.0.1 unless told)."""
    try:
        import uvicorn

        from unspin.web.analyse import warm_server
        from unspin.web.app import create_app
    except ImportError as error:
        raise unspin.MissingDependency("web", "unspin serve") from error
    if db is not None and not db.is_file():
        raise unspin.UsageError(f"no index at {db}: run 'unspin scan CORPUS --db {db}' first")
    if db is not None:
        unspin.articles(db)  # an index built with other settings is refused before serving
    # The quotation processes and this one load what an analysis reads while the server starts.
    threading.Thread(target=warm_server, args=(db, config), name="unspin-warm",
                     daemon=True).start()
    uvicorn.run(create_app(db, allow_add, config=config), host=host, port=port, interface="asgi3",
                log_level="warning")
