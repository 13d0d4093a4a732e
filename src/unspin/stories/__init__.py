"""Stories and copy families: which articles report one event, and who copied whom within it.
Pure functions over an index's relations and article metadata; the jobs read the index."""
