"""The torch-free ONNX embedder gives the sentence-transformers vectors, from an export made on
this machine under the data folder, and answers queries without importing torch."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from conftest import CORPUS, ROOT

QUESTIONS = [
    "Did the lupus patients go into remission?",
    "what does DORIS stand for",
    "How long were the patients followed up?",
    "Is this a cure? " * 120,  # longer than the model's 256 tokens: truncated the same way
]


@pytest.fixture(scope="module")
def onnx_settings(tmp_path_factory):
    from assistant.settings import Settings

    return Settings(data_dir=tmp_path_factory.mktemp("onnx-data"), corpus_dir=CORPUS)


@pytest.fixture(scope="module")
def onnx_embedder(onnx_settings):
    from assistant.index.embedders import packaged_model_path
    from assistant.index.onnx import OnnxEmbeddings, export_dir, export_onnx, make_embedder

    # make_embedder would export in a child process; here, in this one, where the reference
    # sentence-transformers model needs torch anyway.
    export_onnx(packaged_model_path(), export_dir(onnx_settings, packaged_model_path()))
    embedder = make_embedder(onnx_settings, backend="onnx", export=False)
    assert isinstance(embedder, OnnxEmbeddings)
    return embedder


@pytest.fixture(scope="module")
def corpus_texts(onnx_settings):
    from assistant.ingest.chunking import chunk_corpus
    from assistant.ingest.corpus import load_corpus
    from assistant.index.store import contextual_sentences

    chunks = chunk_corpus(load_corpus(CORPUS), onnx_settings.chunk_max_chars)
    return [c.text for c in chunks[:6]] + contextual_sentences(chunks)[:10]


def _cosines(a, b) -> np.ndarray:
    return (np.asarray(a) * np.asarray(b)).sum(axis=1)


def test_vectors_match_sentence_transformers(onnx_embedder, corpus_texts):
    from assistant.index.embedders import MiniLMEmbeddings

    reference = MiniLMEmbeddings()
    # Documents go in one padded batch, as an index build sends them.
    documents = _cosines(onnx_embedder.embed_documents(corpus_texts), reference.embed_documents(corpus_texts))
    queries = _cosines([onnx_embedder.embed_query(q) for q in QUESTIONS], [reference.embed_query(q) for q in QUESTIONS])
    assert documents.min() >= 0.999, documents
    assert queries.min() >= 0.999, queries
    assert np.allclose(np.linalg.norm(onnx_embedder.embed_documents(QUESTIONS), axis=1), 1.0, atol=1e-5)


def test_export_lands_under_the_data_dir_not_the_package(onnx_embedder, onnx_settings):
    from assistant.index.embedders import MiniLMEmbeddings, packaged_model_path

    path = onnx_embedder.onnx_path
    assert path.is_file() and path.name == "model.onnx"
    assert path.is_relative_to(onnx_settings.models_dir or onnx_settings.data_dir / "models")
    assert json.loads((path.parent / "export.json").read_text())["min_cosine"] >= 0.9999
    assert not list(packaged_model_path().rglob("*.onnx"))
    # Same vectors, same fingerprint: an index built by either embedder is current for both.
    assert onnx_embedder.fingerprint == MiniLMEmbeddings().fingerprint


def test_same_index_manifest_for_both_embedders(onnx_embedder, onnx_settings):
    from assistant.index.embedders import MiniLMEmbeddings
    from assistant.index.store import manifest_for

    assert manifest_for(onnx_settings, onnx_embedder)["key"] == manifest_for(onnx_settings, MiniLMEmbeddings())["key"]


def test_fresh_process_with_the_export_never_imports_torch(onnx_embedder, onnx_settings):
    code = (
        "import json, sys\n"
        "from assistant.settings import Settings\n"
        "from assistant.index.onnx import make_embedder\n"
        "e = make_embedder(Settings(), export=False)\n"
        "q = e.embed_query('Did the lupus patients go into remission?')\n"
        "e.embed_documents(['one text', 'and another, longer text'])\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules]\n"
        "print(json.dumps({'type': type(e).__name__, 'heavy': heavy, 'query': q}))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CARTQA_")}
    env.update(CARTQA_DATA_DIR=str(onnx_settings.data_dir), CARTQA_CORPUS_DIR=str(CORPUS))
    if onnx_settings.models_dir:
        env["CARTQA_MODELS_DIR"] = str(onnx_settings.models_dir)
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["type"] == "OnnxEmbeddings"
    assert out["heavy"] == []
    expected = onnx_embedder.embed_query("Did the lupus patients go into remission?")
    assert float(np.dot(out["query"], expected)) >= 0.9999


def test_falls_back_to_sentence_transformers_when_the_model_cannot_be_exported(tmp_path):
    from assistant.index.embedders import EmbeddingError, MiniLMEmbeddings, packaged_model_path
    from assistant.index.onnx import make_embedder
    from assistant.settings import Settings

    # A model with an extra Dense layer after pooling: not what the export reproduces.
    model = tmp_path / "model"
    model.mkdir()
    for item in packaged_model_path().iterdir():
        if item.name != "modules.json":
            (model / item.name).symlink_to(item)
    modules = json.loads((packaged_model_path() / "modules.json").read_text())
    modules.insert(2, {"idx": 2, "name": "2", "path": "2_Dense", "type": "sentence_transformers.models.Dense"})
    (model / "modules.json").write_text(json.dumps(modules))
    settings = Settings(data_dir=tmp_path / "data", embedding_model_path=model)

    assert isinstance(make_embedder(settings), MiniLMEmbeddings)
    with pytest.raises(EmbeddingError, match="Transformer, Pooling, Normalize"):
        make_embedder(settings, backend="onnx")
    assert not (tmp_path / "data" / "models").exists() or not list((tmp_path / "data" / "models").rglob("*.onnx"))
