"""Run a question file, score it, report it."""
