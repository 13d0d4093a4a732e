"""What several jobs share: the notes on missing extras, the default index path, the lexicon,
reading one article, the progress bar.
"""

from __future__ import annotations

import sys
from pathlib import Path

from unspin import accelerated
from unspin.config import Config
from unspin.errors import InputError, UsageError
from unspin.model import Article, Failure
from unspin.pipeline.codes import SynonymLookup
from unspin.pipeline.extract import extract
from unspin.pipeline.read import iter_raw_documents

PARAPHRASE_OFF = (
    "paraphrase channel off: rewritten copies are not looked for "
    "(install unspin[semantic] to turn it on)"
)


TAGGER_OFF = (
    "part-of-speech tagger off: suspects are guessed from the words alone "
    "(install unspin[nlp] to sharpen them)"
)


def tagger_note() -> list[str]:
    """Why the spin guesser works without parts of speech, if it does."""
    from unspin.spinning.guess import tagger_available

    return [] if tagger_available() else [TAGGER_OFF]


def paraphrase_note(config: Config) -> list[str]:
    """Why rewritten copies will not be found, if they will not."""
    from unspin.semantic import semantic_available

    return [PARAPHRASE_OFF] if config.paraphrase.enabled and not semantic_available() else []


def accelerated_note() -> list[str]:
    """Why indexing runs slower than it could, if it does."""
    return [] if accelerated.accel is not None else [accelerated.PURE_PYTHON]


def default_db(corpus: Path) -> Path:
    """``CORPUS/.unspin/index.db`` (next to the file when CORPUS is a single file)."""
    base = corpus if corpus.is_dir() else corpus.parent
    return base / ".unspin" / "index.db"


def load_lexicon() -> SynonymLookup | None:
    from unspin.lexicon.synonyms import default_lexicon

    return default_lexicon()


def read_article(path: Path | str, config: Config | None = None) -> Article:
    """The first article of a file, extracted; :class:`InputError` names the file and reason."""
    config = config or Config()
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"{path} is not a file")
    for item in iter_raw_documents(path, max_bytes=config.max_bytes):
        if isinstance(item, Failure):
            raise InputError(item.origin, item.reason)
        return extract(item)
    raise InputError(str(path), "no article in the file")


def progress(total: int | None, description: str, enabled: bool) -> object:
    from tqdm import tqdm

    # Shown only once a stage has run a second: small scans stay quiet.
    return tqdm(total=total, desc=description, unit="doc", disable=not enabled, file=sys.stderr,
                leave=False, delay=1.0)


