"""The pipeline: route -> retrieve -> compose, with premises, follow-ups and optional LLM backends."""
