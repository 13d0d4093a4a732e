"""unspin: where did this news text come from, what was changed, and who really said what."""

__version__ = "0.1.0"
