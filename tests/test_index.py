import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.index.store import IndexUnavailable, build_index, manifest_for, open_index
from assistant.settings import Settings

from conftest import ROOT, FakeEmbeddings, free_port


def _settings(tmp_path, corpus, **kw):
    return Settings(data_dir=tmp_path / "data", corpus_dir=corpus, **kw)


def test_build_then_reopen_in_a_new_process(tmp_path, corpus_copy):
    settings = _settings(tmp_path, corpus_copy)
    from assistant.index.embedders import MiniLMEmbeddings

    index = open_index(settings, MiniLMEmbeddings())
    assert len(index.chunks) > 5 and index.sentence_vectors.shape == (len(index.sentences), 384)
    code = (
        "from pathlib import Path; from assistant.settings import Settings; from assistant.index.store import open_index; "
        f"ix = open_index(Settings(data_dir=Path({str(settings.data_dir)!r}), corpus_dir=Path({str(corpus_copy)!r})), build_if_needed=False); "
        "print(ix.manifest['key'], len(ix.chunks))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [index.manifest["key"], str(len(index.chunks))]


def test_corpus_edit_triggers_a_rebuild(tmp_path, corpus_copy):
    settings = _settings(tmp_path, corpus_copy)
    embedder = FakeEmbeddings()
    first = open_index(settings, embedder)
    (corpus_copy / "notes.md").write_text("## Extra\n\nThe extra note mentions a zebra.", encoding="utf-8")
    second = open_index(settings, embedder)
    assert second.manifest["key"] != first.manifest["key"]
    assert any("zebra" in c.text for c in second.chunks)
    # A changed chunking parameter is a new index too.
    third = open_index(_settings(tmp_path, corpus_copy, chunk_max_chars=200), embedder)
    assert third.manifest["key"] != second.manifest["key"]


def test_open_without_build_says_what_to_do(tmp_path, corpus_copy):
    with pytest.raises(IndexUnavailable, match="cartqa index"):
        open_index(_settings(tmp_path, corpus_copy), FakeEmbeddings(), build_if_needed=False)


def test_an_interrupted_build_leaves_the_old_index_usable(tmp_path, corpus_copy):
    settings = _settings(tmp_path, corpus_copy)
    old = open_index(settings, FakeEmbeddings())
    (corpus_copy / "car-t-autoimmune" / "article.md").write_text((corpus_copy / "car-t-autoimmune" / "article.md").read_text() + "\n\nA new line.\n")
    with pytest.raises(RuntimeError, match="mid-build"):
        build_index(settings, FakeEmbeddings(fail_after=1))
    pointer = (settings.index_dir / "CURRENT").read_text()
    assert pointer in old.location
    # The old index still opens and answers, though it is now stale.
    from assistant.index.store import _read_embedded

    manifest, _, location = _read_embedded(settings)
    assert manifest["key"] == old.manifest["key"] and location == old.location


def test_a_damaged_index_is_rebuilt(tmp_path, corpus_copy):
    settings = _settings(tmp_path, corpus_copy)
    embedder = FakeEmbeddings()
    first = open_index(settings, embedder)
    shutil.rmtree(Path(first.location) / "chroma")
    again = open_index(settings, embedder)
    assert len(again.chunks) == len(first.chunks)


def test_two_builds_at_once_both_finish(tmp_path, corpus_copy):
    settings = _settings(tmp_path, corpus_copy)
    code = (
        "import sys; sys.path.insert(0, 'tests'); from pathlib import Path; from conftest import FakeEmbeddings; "
        "from assistant.settings import Settings; from assistant.index.store import build_index; "
        f"ix = build_index(Settings(data_dir=Path({str(settings.data_dir)!r}), corpus_dir=Path({str(corpus_copy)!r})), FakeEmbeddings()); "
        "print(ix.manifest['key'])"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=180) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1][-500:] for o in outs]
    assert outs[0][0] == outs[1][0]
    assert open_index(settings, FakeEmbeddings(), build_if_needed=False).manifest["key"] == outs[0][0].strip()


@pytest.fixture()
def chroma_server(tmp_path):
    exe = Path(sys.executable).with_name("chroma")
    if not exe.exists():
        pytest.skip("chroma CLI not installed")
    port = free_port()
    proc = subprocess.Popen(
        [str(exe), "run", "--path", str(tmp_path / "chroma-server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    deadline = time.time() + 60
    while True:
        try:
            chromadb.HttpClient(host="127.0.0.1", port=port, settings=ChromaSettings(anonymized_telemetry=False)).heartbeat()
            break
        except Exception:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("chroma server did not start")
            time.sleep(0.3)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=20)


def test_server_mode_end_to_end(tmp_path, corpus_copy, chroma_server):
    from assistant.index.embedders import MiniLMEmbeddings
    from assistant.retrieval.hybrid import Scorer

    settings = _settings(tmp_path, corpus_copy, chroma_url=chroma_server)
    embedder = MiniLMEmbeddings()
    index = open_index(settings, embedder)
    assert chroma_server in index.location
    reopened = open_index(settings, embedder, build_if_needed=False)
    assert reopened.manifest["key"] == index.manifest["key"]
    hits = Scorer(reopened, embedder).search("How many patients were treated?", k=3)
    assert any("15 patients" in h.chunk.text for h in hits)
    # Nothing was written to the embedded store.
    assert not (settings.index_dir / "CURRENT").exists()


def test_unreachable_server_is_a_clear_error(tmp_path, corpus_copy):
    settings = _settings(tmp_path, corpus_copy, chroma_url=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(IndexUnavailable, match="unreachable"):
        open_index(settings, FakeEmbeddings())


def test_manifest_names_corpus_model_and_chunking(tmp_path, corpus_copy):
    manifest = manifest_for(_settings(tmp_path, corpus_copy), FakeEmbeddings())
    assert {"corpus_sha256", "model", "chunk_max_chars", "key"} <= set(manifest)
    assert json.dumps(manifest)
