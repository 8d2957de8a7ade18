"""corpus files -> documents -> sentences and chunks (pure functions, spans, ids)."""
