"""Faults while serving, and nothing lost: the index deleted, emptied or overwritten on disk, the
corpus edited, two builds at once, a build killed, the Chroma server going away and coming back.

The server is the app in-process (it answers from memory and /healthz reads the disk itself, as
`cartqa serve` does), with its own data folder, a copy of the session's index. `cartqa index` is a
real subprocess, as a person would run it; a "restart" is what `cartqa serve` does on start (open
the index, building it when needed), in-process with the session's embedding model to save time.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.serving.api import create_app
from assistant.answering.pipeline import Assistant
from assistant.index.store import build_index, open_index
from assistant.settings import Settings

from conftest import ROOT, free_port

LUPUS = "Did the lupus patients go into remission?"
CARTQA = Path(sys.executable).with_name("cartqa")
ZEBRA = "## Extra note\n\nThe extra note says that a zebra visited the clinic.\n"


@dataclass
class Served:
    settings: Settings
    client: TestClient

    def answers(self) -> None:
        """The server still answers from the index in memory."""
        response = self.client.post("/api/ask", json={"question": LUPUS})
        assert response.status_code == 200
        reply = response.json()
        assert reply["kind"] == "answer" and "remission" in reply["answer"].lower() and reply["citations"]

    def health(self) -> dict:
        response = self.client.get("/healthz")
        body = response.json()
        # A load balancer reads the status code: 503 while degraded, and the body still explains.
        assert response.status_code == (200 if body["status"] == "ok" else 503), body
        return body

    def problems(self) -> str:
        health = self.health()
        assert health["status"] == "degraded", health
        return " ".join(health["problems"])

    def healthy(self) -> None:
        health = self.health()
        assert health["status"] == "ok" and "problems" not in health, health


def cartqa(settings: Settings, *args: str, wait: bool = True):
    """`cartqa ARGS` in a subprocess with the settings' data and corpus folders."""
    env = {**os.environ, "CARTQA_DATA_DIR": str(settings.data_dir), "CARTQA_CORPUS_DIR": str(settings.corpus_dir),
           "HF_HUB_OFFLINE": "1"}
    env.pop("CARTQA_CHROMA_URL", None)
    if settings.chroma_url:
        env["CARTQA_CHROMA_URL"] = settings.chroma_url
    command = [str(CARTQA), *args]
    if not wait:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)


def serve(settings: Settings, embedder, **app_options) -> Served:
    # These tests ask again and again while they wait: the rate limit is not what they test.
    settings = settings.model_copy(update={"rate_limit_per_minute": 0})
    index = open_index(settings, embedder)
    return Served(settings, TestClient(create_app(settings, Assistant(settings, index, embedder), **app_options)))


@pytest.fixture()
def served(tmp_path, corpus_copy, settings, bot) -> Served:
    """A server over its own copy of the session's index (same corpus, so no build)."""
    shutil.copytree(settings.data_dir, tmp_path / "data")
    return serve(Settings(data_dir=tmp_path / "data", corpus_dir=corpus_copy), bot.embedder)


def _current(settings: Settings) -> Path:
    return settings.index_dir / (settings.index_dir / "CURRENT").read_text().strip()


def _builds(settings: Settings) -> list[Path]:
    return sorted(settings.index_dir.glob("build-*"))


# ---- the index on disk damaged while serving ------------------------------------------------------


def _delete(settings: Settings) -> None:
    shutil.rmtree(settings.index_dir)


def _empty(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_file():
            path.write_bytes(b"")


def _overwrite_sqlite(settings: Settings) -> None:
    with open(_current(settings) / "chroma" / "chroma.sqlite3", "r+b") as handle:
        handle.write(os.urandom(16384))


FAULTS = {
    "deleted": (_delete, "the index on disk is missing"),
    "every file emptied": (lambda s: _empty(s.index_dir), "the index on disk is missing"),
    "manifest emptied": (lambda s: (_current(s) / "manifest.json").write_bytes(b""), "damaged (its manifest is unreadable)"),
    "store emptied": (lambda s: _empty(_current(s) / "chroma"), "damaged (chroma.sqlite3 is empty)"),
    "garbage in the store": (_overwrite_sqlite, "damaged (chroma.sqlite3 is not an SQLite database"),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_damage_on_disk_is_reported_while_answering_from_memory(served, fault):
    damage, says = FAULTS[fault]
    served.healthy()
    damage(served.settings)
    served.answers()
    problems = served.problems()
    assert says in problems and "answers come from the copy in memory" in problems
    assert "run `cartqa index` (or restart the server)" in problems


def test_a_restart_rebuilds_a_deleted_index(served, bot):
    _delete(served.settings)
    restarted = serve(served.settings, bot.embedder)  # what `cartqa serve` does on start
    restarted.healthy()
    restarted.answers()
    served.healthy()


def test_cartqa_index_rebuilds_garbage_in_the_store(served):
    _overwrite_sqlite(served.settings)
    built = cartqa(served.settings, "index")
    assert built.returncode == 0, built.stderr
    served.healthy()


# ---- the corpus edited while serving --------------------------------------------------------------


def test_corpus_edited_while_serving_is_stale_until_a_restart(served, bot):
    old = served.health()["index"]
    (served.settings.corpus_dir / "notes.md").write_text(ZEBRA, encoding="utf-8")
    served.answers()
    assert "index is stale: the corpus changed" in served.problems()
    restarted = serve(served.settings, bot.embedder)
    new = restarted.health()["index"]
    assert new != old
    restarted.healthy()
    assert any("zebra" in chunk.text for chunk in restarted.client.app.state.watcher.live.index.chunks)
    # The old server still answers from memory, and says what it is serving.
    served.answers()
    assert f"the index on disk ({new}) is not the one in memory ({old})" in served.problems()


def test_background_check_rebuilds_and_swaps_in_the_new_index(tmp_path, corpus_copy, bot):
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus_copy)
    served = serve(settings, bot.embedder, reload_every=0.2)

    def wait_until_healthy(other_than: str) -> dict:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            health = served.health()
            if health["status"] == "ok" and health["index"] != other_than:
                return health
            served.answers()  # answering all along
            time.sleep(0.1)
        raise AssertionError(f"not rebuilt: {served.health()}")

    with served.client:  # runs the app's lifespan: the watcher thread
        old = served.health()["index"]
        (corpus_copy / "notes.md").write_text(ZEBRA, encoding="utf-8")
        wait_until_healthy(other_than=old)
        live = served.client.app.state.watcher.live
        assert any("zebra" in chunk.text for chunk in live.index.chunks)
        swapped = served.client.post("/api/ask", json={"question": "Which animal visited the clinic?"}).json()
        assert swapped["kind"] != "invalid"
        shutil.rmtree(settings.index_dir)
        wait_until_healthy(other_than="")
        assert (settings.index_dir / "CURRENT").exists()


# ---- builds racing and dying ------------------------------------------------------------------------


def test_two_cartqa_index_runs_at_once_rebuild_an_emptied_store_into_one_index(served, bot):
    FAULTS["store emptied"][0](served.settings)
    runs = [cartqa(served.settings, "index", wait=False) for _ in range(2)]
    outs = [run.communicate(timeout=180) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err[-800:] for _, err in outs]
    assert all("index is unreadable" in err for _, err in outs) and any("ready" in err for _, err in outs)
    keys = {re.search(r"index (\w+):", out).group(1) for out, _ in outs}
    assert keys == {served.health()["index"]}  # same corpus, same key
    assert _builds(served.settings) == [_current(served.settings)]
    assert open_index(served.settings, bot.embedder, build_if_needed=False).manifest["key"] in keys
    served.healthy()
    served.answers()


def test_a_build_killed_mid_way_leaves_the_old_index_and_the_next_build_completes(served, bot):
    old = _current(served.settings)
    build = cartqa(served.settings, "index", "--rebuild", wait=False)
    for line in build.stderr:  # kill it once it is writing a new store
        if line.strip().startswith("embedding"):
            build.send_signal(signal.SIGKILL)
            break
    build.communicate(timeout=60)
    assert build.returncode == -signal.SIGKILL
    assert len(_builds(served.settings)) == 2, "a half-written build folder is left behind"
    assert _current(served.settings) == old
    assert open_index(served.settings, bot.embedder, build_if_needed=False).location == str(old)
    served.healthy()
    # The next build (what `cartqa index --rebuild` calls) is not blocked by the dead one's lock.
    build_index(served.settings, bot.embedder)
    assert _builds(served.settings) == [_current(served.settings)] != [old]  # the half-written one is gone
    served.healthy()


# ---- a Chroma server that goes away ---------------------------------------------------------------


def _start_chroma(path: Path, port: int) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("chroma")
    if not exe.exists():
        pytest.skip("the chroma CLI is not installed")
    process = subprocess.Popen([str(exe), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    deadline = time.monotonic() + 60
    while True:
        try:
            chromadb.HttpClient(host="127.0.0.1", port=port, settings=ChromaSettings(anonymized_telemetry=False)).heartbeat()
            return process
        except Exception:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail("the chroma server did not start")
            time.sleep(0.2)


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def test_chroma_server_stopped_and_restarted_while_serving(tmp_path, corpus_copy, bot):
    port = free_port()
    chroma = _start_chroma(tmp_path / "chroma-server", port)
    try:
        settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus_copy, chroma_url=f"http://127.0.0.1:{port}")
        served = serve(settings, bot.embedder)
        served.healthy()
        key = served.health()["index"]
        _stop(chroma)

        served.answers()
        assert "unreachable" in served.problems()
        down = cartqa(settings, "index")
        assert down.returncode == 2
        errors = [line for line in down.stderr.splitlines() if line.strip()][1:]  # after "checking the index"
        assert len(errors) == 1 and errors[0].startswith("error: Chroma server at") and "unreachable" in errors[0]

        chroma = _start_chroma(tmp_path / "chroma-server", port)
        up = cartqa(settings, "index")
        assert up.returncode == 0, up.stderr
        assert f"index {key}:" in up.stdout and "building" not in up.stderr  # the same index, kept by the server
        served.healthy()
        served.answers()
    finally:
        _stop(chroma)
