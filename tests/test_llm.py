"""LLM backends: construction, the prompt, and the OpenAI path end to end against a fake
OpenAI-compatible server on 127.0.0.1 (no other network)."""
from __future__ import annotations

import json
import re
import socket
import sys
import threading
import time
import types
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from langchain_core.documents import Document

from assistant.answering.pipeline import Assistant
from assistant.answering.llm.backends import (
    LLAMACPP_MISSING, FakeChat, LlamaCppChat, LLMUnavailable, PROMPT, answer_chain, format_passages, make_llm,
)
from assistant.settings import Settings

QUESTION = "How many patients were treated?"
DOCS = [
    Document(page_content="Researchers treated 15 patients. They got one infusion.", metadata={"section": "Treatment"}),
    Document(page_content="All lupus patients achieved remission.", metadata={"section": "Findings"}),
]


# ---- backends ---------------------------------------------------------------------------------


def test_openai_backend_is_configured_from_settings():
    settings = Settings(llm_backend="openai", llm_base_url="http://127.0.0.1:9/v1", llm_model="m", llm_api_key="k",
                        llm_timeout=2.5)
    llm = make_llm(settings)
    assert type(llm).__name__ == "ChatOpenAI"
    assert (llm.openai_api_base, llm.model_name, llm.openai_api_key.get_secret_value()) == ("http://127.0.0.1:9/v1", "m", "k")
    assert (llm.request_timeout, llm.max_retries, llm.temperature) == (2.5, 0, 0)


def test_fake_backend_quotes_passage_one_and_records_the_prompt():
    llm = make_llm(Settings(llm_backend="fake"))
    text = answer_chain(llm).invoke({"passages": format_passages(DOCS), "question": QUESTION})
    assert text == "Researchers treated 15 patients. [1]"
    assert QUESTION in llm.prompts[0] and "[2] (Findings) All lupus patients" in llm.prompts[0]


def test_fake_chat_replays_scripted_replies_in_turn():
    llm = FakeChat(responses=["one [1].", "two [1]."])
    chain = answer_chain(llm)
    assert [chain.invoke({"passages": "", "question": "q"}) for _ in range(3)] == ["one [1].", "two [1].", "one [1]."]


def test_prompt_states_the_rules():
    messages = PROMPT.format_messages(passages=format_passages(DOCS), question=QUESTION)
    system, human = (m.content for m in messages)
    assert "ONLY" in system and "1 to 3 short sentences" in system and "[1]" in system
    assert "The study summary does not say." in system and "medical advice" in system
    assert human.endswith(f"Question: {QUESTION}") and "[1] (Treatment) Researchers treated 15 patients." in human


def test_llamacpp_without_the_package_says_how_to_install(monkeypatch, tmp_path):
    for name in ("llama_cpp", "langchain_community", "langchain_community.chat_models"):
        monkeypatch.setitem(sys.modules, name, None)  # makes `import` fail even if installed
    gguf = tmp_path / "model.gguf"
    gguf.write_bytes(b"GGUF")
    with pytest.raises(LLMUnavailable, match=re.escape(LLAMACPP_MISSING)):
        make_llm(Settings(llm_backend="llamacpp", llm_gguf_path=gguf))
    with pytest.raises(LLMUnavailable, match="CARTQA_LLM_GGUF_PATH"):
        make_llm(Settings(llm_backend="llamacpp"))


def test_llamacpp_through_llama_cpp_directly(monkeypatch, tmp_path):
    calls = []

    class Llama:  # the slice of llama_cpp.Llama the backend uses
        def __init__(self, model_path, **kwargs):
            self.model_path = model_path

        def create_chat_completion(self, messages, **kwargs):
            calls.append((messages, kwargs))
            return {"choices": [{"message": {"role": "assistant", "content": "Researchers treated 15 patients. [1]"}}]}

    monkeypatch.setitem(sys.modules, "llama_cpp", types.SimpleNamespace(Llama=Llama))
    monkeypatch.setitem(sys.modules, "langchain_community", None)
    gguf = tmp_path / "tiny.gguf"
    gguf.write_bytes(b"GGUF")
    llm = make_llm(Settings(llm_backend="llamacpp", llm_gguf_path=gguf))
    assert isinstance(llm, LlamaCppChat)
    assert answer_chain(llm).invoke({"passages": format_passages(DOCS), "question": QUESTION}).endswith("[1]")
    messages, kwargs = calls[0]
    assert [m["role"] for m in messages] == ["system", "user"] and kwargs["temperature"] == 0


def test_llamacpp_unloadable_model_names_the_file(monkeypatch, tmp_path):
    def refuse(model_path, **kwargs):
        raise ValueError("not a GGUF file")

    monkeypatch.setitem(sys.modules, "llama_cpp", types.SimpleNamespace(Llama=refuse))
    monkeypatch.setitem(sys.modules, "langchain_community", None)
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"nope")
    with pytest.raises(LLMUnavailable, match="cannot load GGUF model .*broken.gguf"):
        make_llm(Settings(llm_backend="llamacpp", llm_gguf_path=bad))


# ---- a fake OpenAI-compatible server ----------------------------------------------------------


class FakeOpenAI(ThreadingHTTPServer):
    """POST /v1/chat/completions answers from a script and records each request body.

    A script entry is a string, a function of the user message, or ("sleep", seconds)."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script: list = []
        self.requests: list[dict] = []

    def handle_error(self, request, client_address):
        pass  # a client that gave up (timeout test) is expected, not an error worth printing


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        if self.path != "/v1/chat/completions":
            self.send_error(404)
            return
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append(body)
        step = self.server.script.pop(0) if self.server.script else "The study summary does not say."
        if isinstance(step, tuple):
            time.sleep(step[1])
            step = "Researchers treated 15 patients [1]."
        user = next(m["content"] for m in body["messages"] if m["role"] == "user")
        content = step(user) if callable(step) else step
        payload = json.dumps({
            "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": body["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


def passage_number(user_message: str, needle: str) -> int:
    """The number the prompt gave the passage that contains needle."""
    for line in user_message.splitlines():
        match = re.match(r"\[(\d+)\] ", line)
        if match and needle in line:
            return int(match.group(1))
    raise AssertionError(f"no passage holds {needle!r}")


@pytest.fixture(scope="module")
def server():
    mp = pytest.MonkeyPatch()
    mp.setenv("NO_PROXY", "127.0.0.1,localhost")  # a proxy in the environment must not catch loopback
    mp.setenv("no_proxy", "127.0.0.1,localhost")
    srv = FakeOpenAI()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    mp.undo()


@pytest.fixture(scope="module")
def llm_settings(server, data_dir):
    # The session's index (conftest.data_dir): opened here, not built again.
    return Settings(
        data_dir=data_dir,
        llm_backend="openai",
        llm_base_url=f"http://127.0.0.1:{server.server_address[1]}/v1",
        llm_model="scripted",
        llm_timeout=10,
    )


@pytest.fixture(scope="module")
def llm_bot(llm_settings):
    return Assistant.load(llm_settings)


@pytest.fixture
def script(server):
    server.script.clear()
    server.requests.clear()
    return server.script


def test_good_completion_is_shown_with_citations(llm_bot, server, script):
    script.append(lambda user: f"Researchers treated 15 patients with severe autoimmune diseases. "
                               f"[{passage_number(user, 'Researchers treated 15 patients')}]")
    reply = llm_bot.ask(QUESTION)
    assert reply.backend == "llm:scripted" and not reply.abstained
    assert reply.answer.startswith("Researchers treated 15 patients with severe autoimmune diseases. [1]")
    citation = reply.citations[0]
    assert citation.quote.startswith("Researchers treated 15 patients")
    assert citation.text[citation.start : citation.end] == citation.quote
    (request,) = server.requests
    assert request["model"] == "scripted" and request["temperature"] == 0


def test_prompt_holds_the_retrieved_passages_and_the_question(llm_bot, server, script):
    script.append("Researchers treated 15 patients [1].")
    reply = llm_bot.ask(QUESTION)
    user = next(m["content"] for m in server.requests[0]["messages"] if m["role"] == "user")
    docs = llm_bot.retriever.invoke(reply.standalone_question)
    assert docs
    for n, doc in enumerate(docs, start=1):
        assert f"[{n}] ({doc.metadata['section']}) {' '.join(doc.page_content.split())}" in user
    assert QUESTION in user


@pytest.mark.parametrize("completion", [
    "The study treated 50 patients [1]. SLEDAI-2K scores range from 0 to 100 [2].",
    "All 15 patients were cured [1].",
    "Researchers treated 15 patients.",
])
def test_hallucinating_completion_is_replaced_by_the_composer_answer(llm_bot, script, completion):
    script.append(completion)
    reply = llm_bot.ask(QUESTION)
    composer = Assistant(llm_bot.settings, llm_bot.index, llm_bot.embedder).ask(QUESTION)
    assert reply.backend == "composer" and reply.answer == composer.answer
    assert reply.meta["llm"] == "rejected" and "50 patients" not in reply.answer


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_server_down_falls_back_without_raising(llm_settings):
    down = llm_settings.model_copy(update={"llm_base_url": f"http://127.0.0.1:{_free_port()}/v1"})
    reply = Assistant.load(down).ask(QUESTION)
    assert reply.backend == "composer" and "15 patients" in reply.answer
    assert reply.meta["llm"] == "failed" and "Connection" in reply.meta["llm_error"]


def test_slow_server_times_out_and_falls_back(llm_settings, script):
    script.append(("sleep", 3))
    slow = Assistant.load(llm_settings.model_copy(update={"llm_timeout": 0.5}))
    reply = slow.ask(QUESTION)
    assert reply.backend == "composer" and "15 patients" in reply.answer
    assert reply.meta["llm"] == "failed" and "Timeout" in reply.meta["llm_error"]
