"""Backends that run the scan's tasks somewhere other than this machine's process pool
(``unspin.executor``): each maps the same module-level tasks of ``unspin.jobs.worker`` over its
own workers. Only a backend may import its engine (pyspark: an import contract says so)."""
