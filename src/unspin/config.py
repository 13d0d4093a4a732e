"""One typed config per stage, gathered in :class:`Config`.

``index_summary`` names the settings that shape what the index stores; an index built with other
values is refused. The other stages run afresh on every scan, so their settings may change freely.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from unspin.pipeline.align import AlignConfig
from unspin.pipeline.boilerplate import BoilerplateConfig
from unspin.pipeline.candidates import CandidateConfig
from unspin.pipeline.fingerprint import FingerprintConfig
from unspin.pipeline.near_duplicates import NearDuplicateConfig
from unspin.pipeline.paraphrase import ParaphraseConfig
from unspin.pipeline.relate import RelateConfig
from unspin.version import __version__

NORMALIZE_VERSION = "normalize-3"  # 3: hard-wrapped lines go on with their sentence
# What the index keeps of an article for stories (``stories.facts.document_keys``); 2: the days
# of the week its lede names; 3: what its lede says (words and numbers), marks in the top bit.
FACTS_VERSION = "facts-3"


@dataclass(frozen=True, slots=True)
class Config:
    fingerprint: FingerprintConfig = field(default_factory=FingerprintConfig)
    boilerplate: BoilerplateConfig = field(default_factory=BoilerplateConfig)
    candidates: CandidateConfig = field(default_factory=CandidateConfig)
    near_duplicates: NearDuplicateConfig = field(default_factory=NearDuplicateConfig)
    align: AlignConfig = field(default_factory=AlignConfig)
    relate: RelateConfig = field(default_factory=RelateConfig)
    paraphrase: ParaphraseConfig = field(default_factory=ParaphraseConfig)
    max_bytes: int = 5_000_000
    # Bounds on indexing one article (``jobs.bounds``); beyond either it is a failure of its own.
    article_seconds: float = 60.0
    article_memory_mb: int = 2048

    def index_summary(self) -> str:
        """The settings stored with an index: changing any of them needs a new index."""
        return ";".join(
            (
                NORMALIZE_VERSION,
                FACTS_VERSION,
                self.fingerprint.summary(),
                f"lines(max_words={self.boilerplate.max_words})",
                self.near_duplicates.summary(),
            )
        )

    def summary(self) -> str:
        return ";".join(
            (
                f"unspin {__version__}",
                self.index_summary(),
                self.boilerplate.summary(),
                self.candidates.summary(),
                self.align.summary(),
                self.relate.summary(),
                self.paraphrase.summary(),
            )
        )
