"""An article's headline as a sentence embedding, for stories: the title the page gives (else
the text's headline, ``extract.headline``) encoded by the paraphrase channel's model
(all-MiniLM-L6-v2, ``semantic``), kept in the index as 384 signed bytes and a scale.

Two reports of one event are headlined in other words ("Dow Jones plunges as Trump tariffs spark
market panic", "Stocks plummet after Trump unveils sweeping tariffs"): their rare facts and their
ledes' words may share little, their headlines' meaning much. Stories read the cosine of two
linked articles' headlines as a lift of their share (``cluster.titles_adjusted``), never as a
reason to compare two articles. The embedding is made at scan time only when asked
(``Config.story_titles``) and the ``semantic`` extra is installed: it costs 9-20 ms of CPU a
headline, several times a scan's own work per article.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from unspin.pipeline.extract import headline

DIMENSIONS = 384  # all-MiniLM-L6-v2
_SCALE = np.dtype("<f4")


def title_text(title: str | None, text: str) -> str:
    """What is embedded for an article: its title, else its text's headline."""
    return (title or "").strip() or headline(text) or ""


def pack(vector: np.ndarray) -> bytes:
    """A unit vector as a float32 scale and one signed byte a dimension (388 bytes): the cosine
    of two packed vectors is within about 0.01 of their float cosine."""
    vector = np.asarray(vector, dtype=np.float32)
    scale = float(np.abs(vector).max()) / 127 or 1.0
    quantised = np.clip(np.rint(vector / scale), -127, 127).astype(np.int8)
    return np.array([scale], dtype=_SCALE).tobytes() + quantised.tobytes()


def unpack(data: bytes) -> np.ndarray:
    """A packed vector (``pack``) as a float32 unit vector."""
    scale = np.frombuffer(data[:4], dtype=_SCALE)[0]
    vector = np.frombuffer(data[4:], dtype=np.int8).astype(np.float32) * scale
    norm = float(np.linalg.norm(vector))
    unit: np.ndarray = vector / norm if norm else vector
    return unit


def cosines(vectors: Sequence[np.ndarray | None], first: np.ndarray, second: np.ndarray
            ) -> np.ndarray:
    """The cosine of each pair (``first[i]``, ``second[i]``, indices into ``vectors``), NaN
    where either has no vector."""
    have = np.array([v is not None for v in vectors], dtype=bool)
    matrix = np.zeros((len(vectors), DIMENSIONS), dtype=np.float32)
    for k, vector in enumerate(vectors):
        if vector is not None:
            matrix[k] = vector
    out: np.ndarray = np.einsum("ij,ij->i", matrix[first], matrix[second]).astype(np.float64)
    out[~(have[first] & have[second])] = np.nan
    return out
