"""Labelled example messages embedded beside a study: the question bank (questions -> the
sentences answering them), not-covered topics, and routing examples (generic and the packs').
Their vectors are kept beside the model export by a hash of the texts, so rebuilding an index
after a corpus edit does not embed them again."""
from __future__ import annotations

import hashlib
import json
import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

Progress = Callable[[str], None]

GENERIC_ROUTES = Path(__file__).resolve().parent.parent / "knowledge" / "routes.toml"
# Labelled messages that train the safety classifier only (not nearest-example routing).
SAFETY_MESSAGES = Path(__file__).resolve().parent.parent / "knowledge" / "safety_messages.jsonl"


@dataclass(frozen=True)
class Example:
    """A labelled message embedded beside the study: a question-bank question ("bank", keyed by
    its entry id), a not-covered topic's question ("not_covered"), or a routing example ("route",
    keyed by its kind; "route_only" when the safety classifier does not learn from it), or a safety classifier's training message ("train", keyed by its label:
    emergency, advice, injection or other). study is "" for the engine's generic examples."""

    text: str
    study: str
    source: str
    key: str


def gather_examples(corpus_dir: Path) -> list[Example]:
    """Every example to embed: each pack's question bank and routing examples, and the engine's
    generic routing examples."""
    from assistant.ingest.packs import load_packs, read_labelled

    out: list[Example] = []
    for pack in load_packs(corpus_dir):
        out += [Example(q, pack.id, "bank", e.id) for e in pack.bank for q in e.questions]
        out += [Example(q, pack.id, "not_covered", n.id) for n in pack.not_covered for q in n.questions]
        out += [Example(q, pack.id, "route", kind) for kind, qs in pack.routes.items() for q in qs]
        out += [Example(text, pack.id, "train", label) for label, text in pack.safety]
    generic = tomllib.loads(GENERIC_ROUTES.read_text(encoding="utf-8")).get("kinds", {})
    out += [Example(q, "", "route", kind) for kind, body in generic.items() for q in body.get("examples", [])]
    # (Examples for routing only: not the safety classifier's to learn from.)
    out += [Example(q, "", "route_only", kind) for kind, body in generic.items() for q in body.get("routing_only", [])]
    out += [Example(text, "", "train", label) for label, text in read_labelled(SAFETY_MESSAGES)]
    return out


def _example_vectors(texts: list[str], embedder: Embeddings, cache: Path | None, progress: Progress) -> np.ndarray:
    """The examples' vectors, kept beside the model export by a hash of the model and the texts:
    a corpus edit rebuilds the index without embedding the ~1,400 unchanged examples again."""
    key = hashlib.sha256(json.dumps([getattr(embedder, "fingerprint", ""), texts]).encode()).hexdigest()[:20]
    path = cache / f"examples-{key}.npy" if cache else None
    if path and path.exists():
        try:
            return np.load(path)
        except (OSError, ValueError):
            pass  # a damaged cache is made again
    progress(f"embedding {len(texts)} example questions (question bank and routing)")
    vectors = np.asarray(embedder.embed_documents(texts), dtype=np.float32)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp.npy")
        np.save(partial, vectors)
        os.replace(partial, path)
    return vectors


def write_examples(client, prefix: str, examples: list["Example"], embedder: Embeddings, cache: Path | None,
                   progress: Progress) -> None:
    """The examples as the index's "<prefix>-examples" collection."""
    texts = [e.text for e in examples]
    vectors = _example_vectors(texts, embedder, cache, progress)
    # No embedding function: the vectors are computed here (never by Chroma's default, which downloads).
    collection = client.get_or_create_collection(f"{prefix}-examples", embedding_function=None, metadata={"hnsw:space": "cosine"})
    # Chroma takes at most get_max_batch_size() records per call (5,461 here): add them in batches.
    step = max(1, int(getattr(client, "get_max_batch_size", lambda: 5000)()))
    for start in range(0, len(examples), step):
        end = min(start + step, len(examples))
        collection.add(
            ids=[f"example-{i:05d}" for i in range(start, end)],
            documents=texts[start:end],
            embeddings=vectors[start:end],
            metadatas=[{"study": e.study, "source": e.source, "key": e.key, "position": i}
                       for i, e in enumerate(examples[start:end], start)],
        )


def load_examples(client, prefix: str, embedder: Embeddings, manifest: dict) -> tuple[list[Example], np.ndarray]:
    got = client.get_collection(f"{prefix}-examples", embedding_function=None).get(include=["documents", "metadatas", "embeddings"])
    if len(got["ids"]) != manifest.get("examples", 0):
        raise ValueError("index holds fewer examples than its manifest")
    order = sorted(range(len(got["ids"])), key=lambda i: got["metadatas"][i]["position"])
    examples = [Example(got["documents"][i], got["metadatas"][i]["study"], got["metadatas"][i]["source"],
                        got["metadatas"][i]["key"]) for i in order]
    vectors = np.asarray([got["embeddings"][i] for i in order], dtype=np.float32).reshape(len(order), -1)
    return examples, vectors
