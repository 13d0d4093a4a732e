"""The version of unspin (the package, the index settings and ``--version`` all read it)."""

__version__ = "0.1.0"
