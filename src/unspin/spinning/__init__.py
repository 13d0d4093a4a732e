"""Undoing spin: how spun a text reads without its source (``score``), the original word behind
each suspect (``guess``), swaps mined from an index's spun copies (``mined``), and the copy with
its substitutions put back (``restore``). No module here reads an index or a file."""
