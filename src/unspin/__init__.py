"""unspin: where did this news text come from, what was changed, and who really said what.

>>> import unspin
>>> result = unspin.scan("corpus/")  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from unspin.engine import ScanResult, TraceResult, scan, trace
from unspin.model import Alignment, Article, Passage, PassagePair, Relation, Substitution

__all__ = [
    "Alignment",
    "Article",
    "Passage",
    "PassagePair",
    "Relation",
    "ScanResult",
    "Substitution",
    "TraceResult",
    "__version__",
    "scan",
    "trace",
]
