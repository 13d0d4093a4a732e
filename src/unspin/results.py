"""What the jobs return: a scan's statistics and result, a trace's, a restoration's, a spin
score's and a spinner table.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from unspin.model import Article, Failure, Relation
from unspin.spinning.restore import (
    Restoration,
)
from unspin.spinning.score import Suspect
from unspin.stories.families import Family


@dataclass(slots=True)
class ScanStats:
    """What a scan did, stage by stage, and what it dropped."""

    seen: int = 0
    indexed: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: int = 0
    candidates: int = 0
    candidates_capped: int = 0  # sharing enough, but weaker than each article's best few
    rewrite_candidates: int = 0  # pairs only the rewrite channel (shared facts) proposed
    relations: int = 0
    common_fingerprints_dropped: int = 0
    near_duplicates: int = 0  # articles compared with their near-duplicate group's root alone
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # wall-clock seconds by stage
    # The scanning process's largest resident size (MiB) so far at the end of each stage: the
    # stage where it grows is the one that needed the memory.
    peak_mb: dict[str, float] = field(default_factory=dict)

    def timed(self, phase: str, since: float) -> float:
        """Add the time from ``since`` to ``phase``; returns now, the start of the next one."""
        now = time.perf_counter()
        self.phases[phase] = self.phases.get(phase, 0.0) + now - since
        self.peak_mb[phase] = _peak_rss_mb()
        return now


def _peak_rss_mb() -> float:
    """This process's largest resident set size so far, in MiB (0 where the platform does not
    say). On Linux from ``VmHWM``: ``ru_maxrss`` keeps, across the ``exec`` that started this
    process, the size of the process that launched it (a benchmark holding a corpus in memory
    made a 300 MB scan look like 3.8 GB)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return 0.0
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / (1024 * 1024) if sys.platform == "darwin" else kib / 1024


@dataclass(slots=True)
class ScanResult:
    db: Path
    relations: list[Relation]
    failures: list[Failure]
    stats: ScanStats
    notes: list[str] = field(default_factory=list)
    # With ``all_pairs``: links between copies of one source, which the source explains (not
    # stored in the index; families are built from ``relations``).
    siblings: list[Relation] = field(default_factory=list)


@dataclass(slots=True)
class TraceResult:
    article: Article
    relations: list[Relation]
    candidates: int
    failures: list[Failure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RestoreResult:
    """A copy restored against its source (``source`` is ``None`` when none was found)."""

    article: Article
    source: Article | None
    restoration: Restoration
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "article": self.article.id,
            "source": self.source.id if self.source is not None else None,
            **self.restoration.to_json(),
        }


@dataclass(slots=True)
class SpinResult:
    """How spun an article reads without its source, and the wording that gives it away."""

    article: Article
    score: float
    suspects: list[Suspect]
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        # "phrases" is DESIGN.md's contract; "suspects" (with "span") is kept for scripts
        # written against 0.1.
        phrases = [s.to_json() for s in self.suspects]
        return {"article": self.article.id, "score": round(self.score, 4),
                "phrases": phrases, "suspects": phrases}


@dataclass(slots=True)
class SpinnerTable:
    """The swaps one content farm's spinner made, merged over its spun copies."""

    group: str
    copies: list[str]
    swaps: list[tuple[str, str, int]]  # (source wording, copy wording, times seen)

    def to_json(self) -> dict[str, object]:
        return {"group": self.group, "copies": self.copies,
                "swaps": [{"source": a, "copy": b, "count": n} for a, b, n in self.swaps]}


@dataclass(slots=True)
class Story:
    """One news event: its articles, the copy families among them and the independent reports.
    ``id`` is stable: it names the story after its first-indexed article."""

    id: str
    title: str | None
    published: tuple[str, str] | None  # first and last publication dates, when any is known
    articles: list[str]
    families: list[Family]
    independent: list[str]

    def to_json(self) -> dict[str, object]:
        return {"story": self.id, "title": self.title,
                "published": list(self.published) if self.published else None,
                "articles": self.articles,
                "families": [{k: v for k, v in f.to_json().items()
                              if k in ("root", "articles", "edges", "confidence", "why",
                                       "against")} for f in self.families],
                "independent": self.independent}
