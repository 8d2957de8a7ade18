"""Is the index being served still sound on disk, and still the one the corpus calls for?

The assistant answers from the index it loaded into memory, so a deleted, emptied or damaged index
folder, a corpus edited after the build, or a Chroma server that went away does not stop it. This
module notices such faults and says what to do about them (for /healthz), and a Watcher can repair
them in the background: rebuild (embedded store only) or reload, then swap the new Assistant in.
"""
from __future__ import annotations

import json
import logging
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from assistant.ingest.corpus import CorpusError, corpus_hash
from assistant.index.store import IndexUnavailable, _http_client, _server_prefix, open_index
from assistant.settings import Settings

log = logging.getLogger("cartqa.health")
_SQLITE_HEADER = b"SQLite format 3\x00"
REBUILD = "run `cartqa index` (or restart the server)"


def _from_memory(problem: str) -> str:
    return f"{problem}; answers come from the copy in memory: {REBUILD}"


@dataclass(frozen=True)
class Report:
    """What /healthz says: ok, or degraded with one message (and next step) per problem."""

    index: str
    chunks: int
    problems: tuple[str, ...] = ()

    @property
    def status(self) -> str:
        return "degraded" if self.problems else "ok"

    def to_dict(self) -> dict:
        out = {"status": self.status, "index": self.index, "chunks": self.chunks}
        if self.problems:
            out["problems"] = list(self.problems)
        return out


def _sqlite_problem(path: Path) -> str | None:
    """Why the Chroma sqlite file cannot be trusted, or None. Opens it read-only: never creates
    or repairs anything."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError:
        return "is missing"
    if not header:
        return "is empty"
    if header != _SQLITE_HEADER:
        return "is not an SQLite database (overwritten?)"
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return f"cannot be read ({exc})"
    return None if verdict == "ok" else f"is corrupt ({verdict})"


def _disk_problems(settings: Settings, key: str) -> list[str]:
    pointer = settings.index_dir / "CURRENT"
    try:
        name = pointer.read_text().strip()
    except OSError:
        name = ""
    folder = settings.index_dir / name if name else None
    if folder is None or not folder.is_dir():
        return [_from_memory("the index on disk is missing")]
    try:
        on_disk = json.loads((folder / "manifest.json").read_text()).get("key")
    except (OSError, ValueError, AttributeError):
        return [_from_memory("the index on disk is damaged (its manifest is unreadable)")]
    problem = _sqlite_problem(folder / "chroma" / "chroma.sqlite3")
    if problem:
        return [_from_memory(f"the index on disk is damaged (chroma.sqlite3 {problem})")]
    if on_disk != key:
        return [f"the index on disk ({on_disk}) is not the one in memory ({key}): restart the server to serve it"]
    return []


def _server_problems(settings: Settings, key: str) -> list[str]:
    try:
        client = _http_client(settings.chroma_url)
    except IndexUnavailable as exc:
        return [f"{exc}; answers come from the copy in memory"]
    try:
        client.get_collection(f"{_server_prefix(settings, key)}-manifest")
    except Exception:
        return [_from_memory(f"the Chroma server has no complete index {key}")]
    return []


def check(settings: Settings, index) -> Report:
    """The health of the index in memory against the corpus and the store it came from."""
    key = index.manifest.get("key", "")
    problems = []
    try:
        if corpus_hash(settings.corpus_dir) != index.manifest.get("corpus_sha256"):
            problems.append(f"the index is stale: the corpus changed after it was built; answers come from the older "
                            f"text until you {REBUILD}")
    except (CorpusError, OSError) as exc:
        problems.append(f"the corpus cannot be read ({exc}); answers come from the index in memory")
    problems += _server_problems(settings, key) if settings.chroma_url else _disk_problems(settings, key)
    return Report(index=key, chunks=len(index.chunks), problems=tuple(problems))


class LiveBot:
    """Stands for the current Assistant, so a rebuilt one can be swapped in under the API and the
    chat while they run: every attribute is looked up on whichever is current."""

    def __init__(self, bot):
        self.current = bot

    def __getattr__(self, name):
        return getattr(self.current, name)


class Watcher:
    """Reports the served index's health; with `every` > 0 it also checks in a background thread
    and repairs: a missing, damaged or stale embedded index is rebuilt and the new Assistant
    swapped in. With a Chroma server it only reloads an index someone else built (`cartqa
    index`), so that several servers never build at once."""

    def __init__(self, live: LiveBot, every: float = 0.0):
        self.live, self.every = live, every
        self.failure = ""  # why the last repair failed, shown until one succeeds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def report(self) -> Report:
        report = check(self.live.settings, self.live.index)
        if self.failure and report.problems:
            return Report(report.index, report.chunks, report.problems + (self.failure,))
        return report

    def refresh(self) -> bool:
        """Check now, and repair if needed. True when a new Assistant was swapped in."""
        if not self.report().problems:
            self.failure = ""
            return False
        bot, settings = self.live.current, self.live.settings
        try:
            index = open_index(settings, bot.embedder, build_if_needed=not settings.chroma_url)
            fresh = type(bot)(settings, index, bot.embedder, getattr(bot, "llm", None))
            if hasattr(fresh, "warm_up"):
                fresh.warm_up()  # trained before it serves, not by the first requests after the swap
        except Exception as exc:  # keep serving the old one; /healthz says why
            self.failure = f"background reload failed: {exc}"
            log.warning("%s", self.failure)
            return False
        self.live.current, self.failure = fresh, ""
        log.warning("reloaded the index: now serving %s (%d chunks)", index.manifest.get("key"), len(index.chunks))
        return True

    def start(self) -> None:
        if self.every > 0 and self._thread is None:
            self._thread = threading.Thread(target=self._run, name="cartqa-watcher", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            try:
                self.refresh()
            except Exception:  # the watcher must never take the server down
                log.exception("index check failed")
