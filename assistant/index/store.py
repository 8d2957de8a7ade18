"""Build and open the Chroma index of chunks and sentences.

The index is named by a manifest key: a hash of the corpus files, the embedding model and the
chunking parameters. When any of them changes, the index is rebuilt. A build writes to a new
location (an embedded store folder, or new server collections) and is switched to only when it is
complete, so an interrupted build leaves the previous index usable.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from assistant.index.examples import GENERIC_ROUTES, SAFETY_MESSAGES, Example, gather_examples, load_examples, write_examples
from assistant.ingest.chunking import chunk_corpus
from assistant.ingest.corpus import corpus_hash, load_corpus
from langchain_core.embeddings import Embeddings
from assistant.settings import Settings
from assistant.records import Chunk, Sentence

CHUNKER_VERSION = "3"
SCHEMA_VERSION = "4"
Progress = Callable[[str], None]


class IndexUnavailable(Exception):
    """The index cannot be built or opened; the message says what to do."""


def _quiet(_: str) -> None:
    pass


def manifest_for(settings: Settings, embedder: Embeddings) -> dict:
    """What the index must have been built from to be current."""
    manifest = {
        "schema": SCHEMA_VERSION,
        "corpus_sha256": corpus_hash(settings.corpus_dir),
        "routes_sha256": hashlib.sha256(GENERIC_ROUTES.read_bytes()).hexdigest(),
        "safety_sha256": hashlib.sha256(SAFETY_MESSAGES.read_bytes()).hexdigest() if SAFETY_MESSAGES.exists() else "",
        "model": embedder.fingerprint,
        "chunker": CHUNKER_VERSION,
        "chunk_max_chars": settings.chunk_max_chars,
    }
    manifest["key"] = hashlib.sha256(json.dumps(manifest, sort_keys=True).encode()).hexdigest()[:16]
    return manifest


def _chroma_settings():
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def _http_client(url: str):
    import chromadb

    parsed = urlparse(url if "://" in url else f"http://{url}")
    try:
        client = chromadb.HttpClient(
            host=parsed.hostname or "127.0.0.1",
            port=parsed.port or 8000,
            ssl=parsed.scheme == "https",
            settings=_chroma_settings(),
        )
        client.heartbeat()
    except Exception as exc:
        raise IndexUnavailable(
            f"Chroma server at {url} is unreachable: start it (chroma run --path DIR --host 127.0.0.1 "
            f"--port {parsed.port or 8000}) or unset CARTQA_CHROMA_URL to use the embedded store"
        ) from exc
    return client


def _persistent_client(path: Path):
    import chromadb

    return chromadb.PersistentClient(path=str(path), settings=_chroma_settings())


def _vector_store(client, name: str, embedder: Embeddings):
    from langchain_chroma import Chroma

    return Chroma(
        collection_name=name,
        embedding_function=embedder,
        client=client,
        collection_metadata={"hnsw:space": "cosine"},
    )


@dataclass
class Index:
    """An opened index: the chunks, their sentences with vectors, and the LangChain vector store."""

    manifest: dict
    chunks: list[Chunk]
    sentences: list[Sentence]
    sentence_vectors: np.ndarray
    chunk_vectors: np.ndarray
    store: object  # langchain_chroma.Chroma over the chunk collection
    location: str
    examples: list[Example] = field(default_factory=list)
    example_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))

    def chunk(self, chunk_id: str) -> Chunk:
        return self._by_id[chunk_id]

    def __post_init__(self):
        self._by_id = {c.chunk_id: c for c in self.chunks}


# ---- building -------------------------------------------------------------------------------


def _chunk_metadata(chunk: Chunk, position: int) -> dict:
    meta = chunk.metadata()
    meta["position"] = position  # corpus order, so the index reads back as the document reads
    meta["sentences"] = json.dumps([[s.chunk_start, s.chunk_end] for s in chunk.sentences])
    return meta


def _write(client, prefix: str, chunks: list[Chunk], embedder: Embeddings, progress: Progress,
           examples: list[Example] = (), cache: Path | None = None) -> None:
    chunk_store = _vector_store(client, f"{prefix}-chunks", embedder)
    sentence_store = _vector_store(client, f"{prefix}-sentences", embedder)
    progress(f"embedding {len(chunks)} chunks")
    chunk_store.add_texts(
        [c.text for c in chunks], metadatas=[_chunk_metadata(c, i) for i, c in enumerate(chunks)], ids=[c.chunk_id for c in chunks]
    )
    sentences = [s for c in chunks for s in c.sentences]
    progress(f"embedding {len(sentences)} sentences")
    sentence_store.add_texts(
        contextual_sentences(chunks),
        metadatas=[{"chunk_id": s.chunk_id} for s in sentences],
        ids=[s.sentence_id for s in sentences],
    )
    if examples:
        write_examples(client, prefix, examples, embedder, cache, progress)


def contextual_sentences(chunks: list[Chunk]) -> list[str]:
    """Each sentence as it is embedded: prefixed by its section and the section's first sentence,
    so "Arrowheads indicate observation periods of up to 12 months." carries its panel."""
    lead: dict[str, str] = {}
    for chunk in chunks:
        lead.setdefault(chunk.doc_id, chunk.sentences[0].text)
    texts = []
    for chunk in chunks:
        for sentence in chunk.sentences:
            first = lead[chunk.doc_id]
            prefix = chunk.section if first == sentence.text else f"{chunk.section}. {first}"
            texts.append(f"{prefix} {sentence.text}")
    return texts


@contextmanager
def _build_lock(settings: Settings):
    """One build at a time per data folder; a second `cartqa index` waits for the first."""
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    with open(settings.index_dir / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build_index(settings: Settings, embedder: Embeddings, progress: Progress = _quiet, force: bool = True) -> Index:
    """Build the index from the corpus and switch to it when complete. Unless forced, an index
    that another process finished while this one waited for the lock is used instead."""
    with _build_lock(settings):
        if not force:
            try:
                return open_index(settings, embedder, build_if_needed=False)
            except IndexUnavailable:
                pass
        manifest = manifest_for(settings, embedder)
        progress(f"reading corpus {settings.corpus_dir}")
        chunks = chunk_corpus(load_corpus(settings.corpus_dir), settings.chunk_max_chars)
        examples = gather_examples(settings.corpus_dir)
        manifest = {**manifest, "chunks": len(chunks), "examples": len(examples),
                    "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        if settings.chroma_url:
            _build_on_server(settings, embedder, chunks, manifest, progress, examples)
        else:
            _build_embedded(settings, embedder, chunks, manifest, progress, examples)
        progress(f"index {manifest['key']} ready: {len(chunks)} chunks")
    return open_index(settings, embedder, build_if_needed=False)


def _build_embedded(settings, embedder, chunks, manifest, progress, examples=()) -> None:
    root = settings.index_dir
    name = f"build-{manifest['key']}-{time.time_ns()}-{os.getpid()}"
    path = root / name
    client = _persistent_client(path / "chroma")
    _write(client, settings.collection_prefix, chunks, embedder, progress, examples, _cache_dir(settings))
    (path / "manifest.json").write_text(json.dumps(manifest, indent=2))
    pointer = root / f".CURRENT.{os.getpid()}"
    pointer.write_text(name)
    os.replace(pointer, root / "CURRENT")
    progress(f"switched to {path}")
    for old in root.glob("build-*"):
        if old.name != name:
            shutil.rmtree(old, ignore_errors=True)


def _server_prefix(settings: Settings, key: str) -> str:
    return f"{settings.collection_prefix}-{key}"


def _build_on_server(settings, embedder, chunks, manifest, progress, examples=()) -> None:
    client = _http_client(settings.chroma_url)
    prefix = _server_prefix(settings, manifest["key"])
    # Only this build's own collections are replaced (a half-written earlier try of the same key).
    # Builds of other keys are left alone: on a shared server they may serve another corpus or
    # another process; remove old ones by hand (their names start with the collection prefix).
    for suffix in ("chunks", "sentences", "examples", "manifest"):
        try:
            client.delete_collection(f"{prefix}-{suffix}")
        except Exception as exc:
            if "not exist" not in str(exc).lower() and "not found" not in str(exc).lower():
                raise
    _write(client, prefix, chunks, embedder, progress, examples, _cache_dir(settings))
    # The manifest collection is written last: its presence marks a complete build.
    done = client.create_collection(f"{prefix}-manifest", metadata={"hnsw:space": "cosine"})
    done.add(ids=["manifest"], documents=[json.dumps(manifest)], embeddings=[[0.0] * 3 + [1.0]])


def _cache_dir(settings: Settings) -> Path:
    return (settings.models_dir or settings.data_dir / "models") / "example-vectors"


def clean_orphans(settings: Settings) -> list[str]:
    """Remove build folders no pointer names (left by a killed build), unless a build is running
    now. Returns the names removed."""
    root = settings.index_dir
    if not root.is_dir():
        return []
    with open(root / ".lock", "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return []  # a build is under way: its folder is not an orphan
        try:
            pointer = root / "CURRENT"
            current = pointer.read_text().strip() if pointer.exists() else None
            removed = []
            for path in [*root.glob("build-*"), *root.glob(".CURRENT.*")]:
                if path.name != current:
                    shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
                    removed.append(path.name)
            return removed
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# ---- opening --------------------------------------------------------------------------------


def _read_embedded(settings: Settings) -> tuple[dict, object, str] | None:
    pointer = settings.index_dir / "CURRENT"
    if not pointer.exists():
        return None
    path = settings.index_dir / pointer.read_text().strip()
    try:
        manifest = json.loads((path / "manifest.json").read_text())
    except (OSError, ValueError):
        return None
    if not (path / "chroma").is_dir():
        return None
    return manifest, _persistent_client(path / "chroma"), str(path)


def _read_server(settings: Settings, key: str) -> tuple[dict, object, str] | None:
    client = _http_client(settings.chroma_url)
    prefix = _server_prefix(settings, key)
    try:
        done = client.get_collection(f"{prefix}-manifest")
        manifest = json.loads(done.get(ids=["manifest"])["documents"][0])
    except Exception:
        return None
    return manifest, client, f"{settings.chroma_url} ({prefix})"


def _load(client, prefix: str, manifest: dict, embedder: Embeddings, location: str) -> Index:
    store = _vector_store(client, f"{prefix}-chunks", embedder)
    got = store.get(include=["documents", "metadatas", "embeddings"])
    sent = _vector_store(client, f"{prefix}-sentences", embedder).get(include=["embeddings"])
    if not got["ids"] or len(got["ids"]) != manifest.get("chunks"):
        raise ValueError("index holds fewer chunks than its manifest")
    vectors_by_sentence = dict(zip(sent["ids"], sent["embeddings"]))
    chunks, chunk_vectors = [], []
    for text, meta, vector in zip(got["documents"], got["metadatas"], got["embeddings"]):
        chunk_id = meta["chunk_id"]
        sentences = tuple(
            Sentence(
                sentence_id=f"{chunk_id}.{j + 1}",
                chunk_id=chunk_id,
                text=text[a:b],
                start=meta["start"] + a,
                end=meta["start"] + b,
                chunk_start=a,
                chunk_end=b,
            )
            for j, (a, b) in enumerate(json.loads(meta["sentences"]))
        )
        fields = {k: meta[k] for k in ("doc_id", "source", "part", "title", "section", "citation", "start", "end")}
        fields["study"] = meta.get("study", "")
        chunks.append(Chunk(chunk_id=chunk_id, text=text, sentences=sentences, **fields))
        chunk_vectors.append(vector)
    positions = [meta.get("position", 0) for meta in got["metadatas"]]
    order = sorted(range(len(chunks)), key=lambda i: positions[i])
    chunks = [chunks[i] for i in order]
    chunk_vectors = np.asarray([chunk_vectors[i] for i in order], dtype=np.float32)
    sentences = [s for c in chunks for s in c.sentences]
    sentence_vectors = np.asarray([vectors_by_sentence[s.sentence_id] for s in sentences], dtype=np.float32)
    examples, example_vectors = load_examples(client, prefix, embedder, manifest)
    return Index(manifest, chunks, sentences, sentence_vectors, chunk_vectors, store, location, examples, example_vectors)


def open_index(
    settings: Settings,
    embedder: Embeddings | None = None,
    build_if_needed: bool = True,
    progress: Progress = _quiet,
) -> Index:
    """Open the current index; build it first when it is missing, stale or unreadable."""
    if embedder is None:
        from assistant.index.onnx import make_embedder

        embedder = make_embedder(settings, progress)
    expected = manifest_for(settings, embedder)
    prefix = _server_prefix(settings, expected["key"]) if settings.chroma_url else settings.collection_prefix
    problem = "missing"
    try:
        found = _read_server(settings, expected["key"]) if settings.chroma_url else _read_embedded(settings)
    except IndexUnavailable:
        raise
    except Exception as exc:  # a store that will not even open (garbage in chroma.sqlite3) is rebuilt
        found, problem = None, f"unreadable ({type(exc).__name__})"
    if found is not None:
        manifest, client, location = found
        if manifest.get("key") == expected["key"]:
            try:
                return _load(client, prefix, manifest, embedder, location)
            except Exception as exc:  # a damaged store is rebuilt, not trusted
                problem = f"unreadable ({type(exc).__name__})"
        else:
            problem = "stale (corpus, model or chunking changed)"
    if not build_if_needed:
        raise IndexUnavailable(f"index is {problem}: run `cartqa index`")
    progress(f"index is {problem}: building")
    return build_index(settings, embedder, progress, force=False)
