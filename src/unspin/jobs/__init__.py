"""The jobs a user runs, one module each (scan, trace, restore, spin, spinners), and what they
share: the worker tasks, indexing of one document, verification of one pair. Jobs wire the pure
pipeline stages to the store and the executor; the public facade is ``unspin``."""
