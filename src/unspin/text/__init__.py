"""Language-level primitives that the pipeline's stages and the products built on it share: the
comparison form of a word (``fold``), the quotation-mark scanner (``marks``) and the words that
report speech (``speech``). Nothing here imports from the rest of unspin."""
