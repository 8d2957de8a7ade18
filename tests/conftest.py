"""Shared fixtures: one real index and Assistant per test session, built in a temporary folder."""
from __future__ import annotations

import functools
import hashlib
import math
import os
import shutil
import socket
import tempfile
import tomllib
import unicodedata
from contextlib import contextmanager
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
# One ONNX export of the embedding model for the whole run (and its subprocesses), not one per
# temporary data folder; removed when the run ends (about 125 MB each), unless the caller chose it.
_OWN_MODELS_DIR = None
if "CARTQA_MODELS_DIR" not in os.environ:
    _OWN_MODELS_DIR = tempfile.mkdtemp(prefix="cartqa-models-")
    os.environ["CARTQA_MODELS_DIR"] = _OWN_MODELS_DIR
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = ROOT.parent / "shared" / "seed" / "study-summary.txt"
STUDY = CORPUS / "car-t-autoimmune" / "study.toml"  # the study pack the glossary tests read


def pytest_sessionfinish(session, exitstatus):
    if _OWN_MODELS_DIR is not None:
        shutil.rmtree(_OWN_MODELS_DIR, ignore_errors=True)


@functools.lru_cache(maxsize=1)
def corpus_glosses():
    """The study packs' own words in other languages (their [glossary]), as glossary.gloss takes them."""
    from assistant.answering.glossary import study_glosses
    from assistant.ingest.packs import load_packs

    return study_glosses(load_packs(CORPUS))


@functools.lru_cache(maxsize=1)
def guard_router():
    """A router with no examples: only its guards (every pattern tried on every text)."""
    import numpy as np

    from assistant.answering.routing import Router
    return Router([], np.zeros((0, 4), dtype="float32"))


@functools.lru_cache(maxsize=1)
def quick_guard_router():
    """The same, knowing which words are English: the patterns of other languages are tried only on a
    text with some other word (as the assistant's router does)."""
    import numpy as np

    from assistant.answering.routing import Router
    from assistant.index.embedders import model_words, packaged_model_path
    from assistant.retrieval.lexicon import STOPWORDS
    return Router([], np.zeros((0, 4), dtype="float32"), english=frozenset(model_words(packaged_model_path()) | STOPWORDS))


def glossary_forms() -> dict[str, str]:
    """Every form of the generic glossary and of the study pack's [glossary] (lower case, NFC) -> its English."""
    from assistant.answering.glossary import GLOSSARY

    data = tomllib.loads(GLOSSARY.read_text(encoding="utf-8"))
    pack = tomllib.loads(STUDY.read_text(encoding="utf-8"))["glossary"]
    return {unicodedata.normalize("NFC", form.lower()): english
            for section in [*data.values(), pack] for english, forms in section.items() for form in forms}


class FakeEmbeddings(Embeddings):
    """Deterministic bag-of-words vectors: no model, same text -> same vector. `fail_after`
    makes it raise after that many embed_documents calls, to interrupt a build."""

    fingerprint = "fake-embeddings:1"

    def __init__(self, dim: int = 64, fail_after: int | None = None):
        self.dim, self.fail_after, self.calls = dim, fail_after, 0

    def _vector(self, text: str) -> list[float]:
        v = [0.0] * self.dim
        for word in text.lower().split():
            v[int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
        norm = math.sqrt(sum(x * x for x in v)) or 1.0
        return [x / norm for x in v]

    def embed_documents(self, texts):
        self.calls += 1
        if self.fail_after is not None and self.calls > self.fail_after:
            raise RuntimeError("embedding failed mid-build")
        return [self._vector(t) for t in texts]

    def embed_query(self, text):
        return self._vector(text)


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def loopback_only(context, outside: list, fetched: list | None = None) -> None:
    """Let a Playwright browser context reach only this machine: every other request is aborted
    and recorded in `outside` (the test then fails on it); every request is recorded in `fetched`."""
    from urllib.parse import urlparse

    def guard(route):
        url = route.request.url
        if fetched is not None:
            fetched.append(url)
        if url.startswith(("data:", "blob:", "about:")) or urlparse(url).hostname in ("127.0.0.1", "localhost", "::1"):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)


@contextmanager
def app_in_thread(make_app, **config):
    """Serve make_app(port) with uvicorn on 127.0.0.1 from a background thread; yield its URL.
    config: more uvicorn.Config options (e.g. api.server_options(settings))."""
    import threading
    import time

    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app_server = uvicorn.Server(uvicorn.Config(make_app(port), log_level="warning", **config))
    thread = threading.Thread(target=app_server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not app_server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        app_server.should_exit = True
        thread.join(10)
        sock.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cartqa-data")


@pytest.fixture(scope="session")
def settings(data_dir):
    from assistant.settings import Settings

    return Settings(data_dir=data_dir, corpus_dir=CORPUS)


@pytest.fixture(scope="session")
def bot(settings):
    from assistant.answering.pipeline import Assistant

    return Assistant.load(settings)


@pytest.fixture()
def corpus_copy(tmp_path) -> Path:
    import shutil

    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def wider_guard_tests(wider, neighbours) -> dict:
    """The two more tests a round of languages gets: its wider wordings read as their kinds (language ->
    [(message, kind)]) and the neighbouring languages' study questions left alone, each by both routers
    (every pattern, and the one that tries other languages' patterns only on a word that is not English).
    A test module takes them with globals().update(wider_guard_tests(WIDER, NEIGHBOURS))."""
    import pytest

    @pytest.mark.parametrize("language, message, kind",
                             [(language, message, kind) for language, cases in wider.items() for message, kind in cases])
    def test_the_wider_wordings_and_their_look_alikes(language, message, kind):
        assert guard_router().guard(message) == kind, (language, message)
        assert quick_guard_router().guard(message) == kind, (language, message)

    @pytest.mark.parametrize("message", neighbours)
    def test_neighbouring_languages_are_left_alone(message):
        assert guard_router().guard(message) is None, message
        assert quick_guard_router().guard(message) is None, message

    return {test.__name__: test for test in (test_the_wider_wordings_and_their_look_alikes, test_neighbouring_languages_are_left_alone)}


def language_guard_tests(messages, injections, disclaimers, emergencies=10, look_alikes=5, quick_router=False) -> dict:
    """The tests each table of guard messages in other languages gets (language -> [(message, kind)]):
    every message read as its kind; each language with enough of every kind (emergencies, wanting to
    die, decisions, look-alikes); injections read so by both routers, and enough of them and their
    look-alikes; a decision disclaimed read as its kind; with quick_router, the messages and disclaimers
    read alike by the router that knows English (each has a word that is not). A test module takes them
    with globals().update(language_guard_tests(...))."""
    import pytest

    E, S, A, I = "emergency_reaction", "emergency_self_harm", "personal_advice", "injection"

    def flat(table):
        return [(language, message, kind) for language, cases in table.items() for message, kind in cases]

    @pytest.mark.parametrize("language, message, kind", flat(messages))
    def test_guards_in_the_six_languages(language, message, kind):
        assert guard_router().guard(message) == kind, (language, message)

    @pytest.mark.parametrize("language", sorted(messages))
    def test_every_language_has_every_kind_and_its_look_alikes(language):
        kinds = [kind for _, kind in messages[language]]
        assert kinds.count(E) >= emergencies and kinds.count(S) >= 3
        assert kinds.count(A) >= 6
        assert kinds.count(None) >= look_alikes

    @pytest.mark.parametrize("language, message, kind", flat(injections))
    def test_instruction_injections_in_the_six_languages(language, message, kind):
        assert guard_router().guard(message) == kind, (language, message)
        assert quick_guard_router().guard(message) == kind, (language, message)

    @pytest.mark.parametrize("language", sorted(injections))
    def test_every_language_has_injections_and_their_look_alikes(language):
        kinds = [kind for _, kind in injections[language]]
        assert kinds.count(I) >= 6 and kinds.count(None) >= 4

    @pytest.mark.parametrize("language, message, kind", flat(disclaimers))
    def test_a_decision_disclaimed_is_no_decision(language, message, kind):
        assert guard_router().guard(message) == kind, (language, message)

    @pytest.mark.parametrize("language, message, kind", flat(messages) + flat(disclaimers))
    def test_the_router_that_knows_english_reads_them_alike(language, message, kind):
        assert quick_guard_router().guard(message) == kind, (language, message)

    tests = [test_guards_in_the_six_languages, test_every_language_has_every_kind_and_its_look_alikes,
             test_instruction_injections_in_the_six_languages, test_every_language_has_injections_and_their_look_alikes,
             test_a_decision_disclaimed_is_no_decision] + ([test_the_router_that_knows_english_reads_them_alike] if quick_router else [])
    return {test.__name__: test for test in tests}


def glossary_language_tests(questions, answered, sample_forms, not_forms, kept=frozenset()) -> dict:
    """The tests each table of glossary questions in other languages gets: every question (language ->
    [(question, English words its gloss must contain)]) read in English; the sample forms (English ->
    forms) in the tables and none of not_forms (English words) glossed, unless kept from before; the
    answered questions ([(language, question, kind, facts)]) answered by the assistant with the study's
    fact. A test module takes them with globals().update(glossary_language_tests(...))."""
    import pytest

    from assistant.answering.glossary import gloss

    @pytest.mark.parametrize("question, words", [pair for pairs in questions.values() for pair in pairs],
                             ids=[f"{lang}-{i}" for lang, pairs in questions.items() for i in range(len(pairs))])
    def test_a_question_in_the_language_is_read_in_english(question, words):
        said = gloss(question, corpus_glosses())
        for word in words:
            assert word in said, (question, said, word)

    def test_the_forms_are_in_the_tables_and_none_that_is_english():
        forms = glossary_forms()
        for english, samples in sample_forms.items():
            for form in samples:
                assert forms.get(unicodedata.normalize("NFC", form)) == english, form
        for form in not_forms:
            assert form not in forms or form in kept, form

    @pytest.mark.parametrize("language, question, kind, facts", answered, ids=[f"{a[0]}-{i}" for i, a in enumerate(answered)])
    def test_the_assistant_answers_a_question_in_the_language(bot, language, question, kind, facts):
        reply = bot.ask(question)
        assert reply.kind == kind, (question, reply.kind, reply.answer)
        for fact in facts:
            assert fact in reply.answer, (question, reply.answer)

    return {test.__name__: test for test in (test_a_question_in_the_language_is_read_in_english,
                                              test_the_forms_are_in_the_tables_and_none_that_is_english,
                                              test_the_assistant_answers_a_question_in_the_language)}


def round_pattern_tests(languages: dict[str, str], tables: dict, *message_tables) -> dict:
    """The tests of one round of guards in other languages, read from guards_languages.toml as it holds
    them (each pattern's line follows the comment naming its language; languages: the comment's name ->
    the tables' name; tables: a kind -> its table): every language has its eleven patterns, and every
    message of message_tables (language -> [(message, kind)]) is read by its own language's patterns of
    the table for its kind (not only by a neighbour's or by the English ones), a look-alike by none of
    the round's patterns. A test module takes them (and the patterns, as _round_patterns) with
    globals().update(round_pattern_tests(...))."""
    import re

    @functools.lru_cache(maxsize=1)
    def round_patterns() -> dict[str, dict[str, list[re.Pattern]]]:
        found: dict[str, dict[str, list[re.Pattern]]] = {}
        table = language = None
        for line in (ROOT / "assistant" / "knowledge" / "guards_languages.toml").read_text(encoding="utf-8").splitlines():
            if line.startswith("[guards."):
                table = line.strip("[]").split(".", 1)[1]
            elif line.startswith("  # "):
                language = languages.get(re.split(r" \(|:", line[4:], maxsplit=1)[0].strip())
            elif line.startswith('  "') and language:
                pattern = tomllib.loads("p = " + line.strip().rstrip(","))["p"]
                found.setdefault(language, {}).setdefault(table, []).append(re.compile(pattern, re.I))
        return found

    @pytest.mark.parametrize("language", sorted(languages.values()))
    def test_every_language_has_its_eleven_patterns(language):
        assert {table: len(patterns) for table, patterns in round_patterns()[language].items()} == {
            "emergency_other_languages": 4, "personal_advice": 1, "emergency_self_harm": 1, "injection": 5}

    @pytest.mark.parametrize("language, message, kind",
                             [(language, message, kind) for table in message_tables
                              for language, cases in table.items() for message, kind in cases])
    def test_read_by_the_languages_own_patterns(language, message, kind):
        own = {table for table, patterns in round_patterns()[language].items() if any(p.search(message) for p in patterns)}
        assert own == ({tables[kind]} if kind else set()), (language, message, own)
        others = [(other, table) for other, found in round_patterns().items() if other != language
                  for table, patterns in found.items() if any(p.search(message) for p in patterns)]
        assert not others, (language, message, others)

    tests = {test.__name__: test for test in (test_every_language_has_its_eleven_patterns, test_read_by_the_languages_own_patterns)}
    return {**tests, "_round_patterns": round_patterns}  # (the patterns too, for a module's own tests of them)
