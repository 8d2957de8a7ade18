"""Hybrid retrieval: lexicon (words, synonyms, abbreviations), BM25 + dense scoring, a LangChain retriever."""
