"""Optional LLM backends and sentence-by-sentence verification of what they write."""
