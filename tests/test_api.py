"""The HTTP API, through FastAPI's TestClient, on a real Assistant over the real corpus."""
from __future__ import annotations

import json
import logging
import re

import pytest
from fastapi.testclient import TestClient

from assistant.serving.api import create_app
from assistant.answering.pipeline import Assistant
from assistant.settings import Settings

LUPUS = "Did the lupus patients go into remission?"


@pytest.fixture(scope="module")
def settings(tmp_path_factory) -> Settings:
    return Settings(data_dir=tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="module")
def bot(settings) -> Assistant:
    return Assistant.load(settings)


@pytest.fixture(scope="module")
def client(settings, bot):
    with TestClient(create_app(settings, bot)) as client:
        yield client


def _client(bot, **changes) -> TestClient:
    settings = bot.settings.model_copy(update=changes)
    return TestClient(create_app(settings, bot), raise_server_exceptions=False)


def events(text: str) -> list[tuple[str, dict]]:
    """Parse a server-sent-event stream into (event, data) pairs."""
    parsed = []
    for block in re.split(r"\r?\n\r?\n", text):
        name, data = "message", []
        for line in block.splitlines():
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].removeprefix(" "))
        if data:
            parsed.append((name, json.loads("\n".join(data))))
    return parsed


def test_ask_answers_with_citations(client):
    response = client.post("/api/ask", json={"question": LUPUS, "history": []})
    assert response.status_code == 200
    reply = response.json()
    assert "remission" in reply["answer"].lower()
    assert not reply["abstained"]
    assert "[1]" in reply["answer"]
    first = reply["citations"][0]
    assert first["n"] == 1
    assert first["text"][first["start"]:first["end"]] == first["quote"]
    assert "remission" in first["quote"].lower()


def test_history_is_optional_and_used_for_follow_ups(client):
    history = [
        {"role": "user", "content": LUPUS},
        {"role": "assistant", "content": client.post("/api/ask", json={"question": LUPUS}).json()["answer"]},
    ]
    reply = client.post("/api/ask", json={"question": "What about scleroderma?", "history": history}).json()
    assert "scleroderma" in reply["answer"].lower()
    assert "remission" in reply["standalone_question"].lower()  # the earlier turn filled in the topic


def test_stream_sends_tokens_then_the_reply(client):
    with client.stream("POST", "/api/ask/stream", json={"question": LUPUS}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        body = response.read().decode()
    stream = events(body)
    tokens = [data["text"] for name, data in stream if name == "token"]
    replies = [data for name, data in stream if name == "reply"]
    assert len(tokens) > 3
    assert len(replies) == 1 and stream[-1][0] == "reply"
    assert "".join(tokens) == replies[0]["answer"]
    assert "remission" in replies[0]["answer"].lower() and replies[0]["citations"]


def test_healthz_names_the_index(client, bot):
    assert client.get("/healthz").json() == {
        "status": "ok",
        "index": bot.index.manifest["key"],
        "chunks": len(bot.index.chunks),
    }


@pytest.mark.parametrize(
    "body, says",
    [
        ({"question": "   "}, "question: must not be empty"),
        ({"question": ""}, "question: must not be empty"),
        ({"question": 42}, "question: Input should be a valid string"),
        ({}, "question: this field is required"),
        ({"question": "x", "history": "hello"}, "history: Input should be a valid list"),
        ({"question": "x", "history": [{"role": "bot", "content": "hi"}]}, "history[0].role: Input should be 'user' or 'assistant'"),
        ({"question": "x", "history": [{"role": "user"}]}, "history[0].content: this field is required"),
        ({"question": "x", "history": [{"role": "user", "content": 3}]}, "history[0].content: Input should be a valid string"),
        ({"question": "x", "mood": "happy"}, "mood: unknown field"),
        (["How many patients?"], "must be a JSON object"),
    ],
)
def test_bad_requests_get_a_clear_422(client, body, says):
    response = client.post("/api/ask", json=body)
    assert response.status_code == 422
    assert says in response.json()["detail"]


def test_body_that_is_not_json(client):
    response = client.post("/api/ask", content=b"question=hi", headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert "not valid JSON" in response.json()["detail"]


def test_too_long_question(client, settings):
    response = client.post("/api/ask", json={"question": "why " * settings.max_question_chars})
    assert response.status_code == 422
    assert "too long" in response.json()["detail"]
    assert str(settings.max_question_chars) in response.json()["detail"]


def test_stream_validates_too(client):
    response = client.post("/api/ask/stream", json={"question": " "})
    assert response.status_code == 422
    assert "must not be empty" in response.json()["detail"]


def test_large_body_is_413(client, settings):
    big = "a" * (settings.max_request_bytes + 10)
    response = client.post("/api/ask", json={"question": "hi", "history": [{"role": "user", "content": big}]})
    assert response.status_code == 413
    assert str(settings.max_request_bytes) in response.json()["detail"]


def test_large_chunked_body_is_413(client, settings):
    def chunks():  # no Content-Length: the limit must hold while reading
        yield b'{"question": "hi", "history": [{"role": "user", "content": "'
        for _ in range(settings.max_request_bytes // 1000 + 2):
            yield b"a" * 1000
        yield b'"}]}'

    response = client.post("/api/ask", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_rate_limit_per_client(bot):
    with _client(bot, rate_limit_per_minute=2) as limited:
        codes = [limited.post("/api/ask", json={"question": "Is this a cure?"}).status_code for _ in range(3)]
        assert codes == [200, 200, 429]
        response = limited.post("/api/ask/stream", json={"question": "Is this a cure?"})
        assert response.status_code == 429
        assert "Too many questions" in response.json()["detail"]
        assert int(response.headers["retry-after"]) >= 1
        assert limited.post("/embed/gradio_api/queue/join", json={}).status_code == 429  # the chat's questions too
        assert limited.get("/healthz").status_code == 200  # only questions count


def test_rate_limit_zero_means_off(bot):
    with _client(bot, rate_limit_per_minute=0) as unlimited:
        assert all(unlimited.post("/api/ask", json={"question": "Is this a cure?"}).status_code == 200 for _ in range(4))


def test_security_headers(client):
    # Only the widget's page may be framed by other sites (CARTQA_FRAME_ANCESTORS, here *).
    for path, framing in (("/", "'self'"), ("/embed/", "*"), ("/healthz", "'self'"), ("/docs", "'self'")):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["content-security-policy"].endswith(f"frame-ancestors {framing}"), path
    for page in ("/", "/embed/"):
        csp = client.get(page).headers["content-security-policy"]
        assert "default-src 'self'" in csp and "connect-src 'self'" in csp and "object-src 'none'" in csp
    assert client.get("/healthz").headers["content-security-policy"] == "frame-ancestors 'self'"


def test_frame_ancestors_comes_from_settings(bot):
    with _client(bot, frame_ancestors="https://clinic.example 'self'; script-src *") as framed:
        csp = framed.get("/embed/").headers["content-security-policy"]
    # Only sources: a ';' cannot smuggle in another directive.
    assert csp.endswith("; frame-ancestors https://clinic.example 'self'")
    assert "script-src *" not in csp


def test_embed_answers_vary_by_origin_when_only_some_sites_may_frame(bot):
    with _client(bot, frame_ancestors="https://clinic.example") as framed:
        plain = framed.get("/embed/config")
        other = framed.get("/embed/config", headers={"Origin": "https://elsewhere.example"})
        clinic = framed.get("/embed/config", headers={"Origin": "https://clinic.example"})
    for response in (plain, other, clinic):  # a shared cache keeps one copy per origin
        assert "origin" in response.headers.get("vary", "").lower(), response.headers
    assert "access-control-allow-origin" not in other.headers
    assert clinic.headers["access-control-allow-origin"] == "https://clinic.example"


def test_widget_script_and_assets_are_served_with_cors(client):
    script = client.get("/widget/gradio.js")
    assert script.status_code == 200
    assert script.headers["access-control-allow-origin"] == "*"
    assert "javascript" in script.headers["content-type"]
    entry = re.search(r"\.\./assets/([\w.-]+\.js)", script.text).group(1)
    asset = client.get(f"/assets/{entry}", headers={"Origin": "https://clinic.example"})
    assert asset.status_code == 200
    assert asset.headers["access-control-allow-origin"] == "*"


def test_docs_are_served_from_this_machine(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert "cdn" not in page.text.lower() and "https://" not in page.text
    js = re.search(r'src="([^"]+swagger-ui-bundle\.js)"', page.text).group(1)
    assert client.get(js).status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/api/ask", "/api/ask/stream", "/healthz"} <= set(spec["paths"])


def test_failures_are_logged_not_shown(bot):
    class BrokenBot:  # the real settings and index, an answer path that fails
        settings, index = bot.settings, bot.index

        def ask(self, question, history=None, **_):
            raise RuntimeError("secret internals")

        def stream(self, question, history=None, **_):
            yield "Half an answer "
            raise RuntimeError("secret internals")

    with TestClient(create_app(bot.settings, BrokenBot()), raise_server_exceptions=False) as broken:
        response = broken.post("/api/ask", json={"question": LUPUS})
        assert response.status_code == 500
        assert "Traceback" not in response.text and "secret" not in response.text
        assert "try again" in response.json()["detail"]
        with broken.stream("POST", "/api/ask/stream", json={"question": LUPUS}) as streamed:
            body = streamed.read().decode()
    stream = events(body)
    assert stream[0] == ("token", {"text": "Half an answer "})
    assert stream[-1][0] == "error" and "try again" in stream[-1][1]["detail"]
    assert "secret" not in body


def test_question_text_is_not_logged_by_default(client, caplog):
    marker = "zebra-question-marker lupus remission"
    with caplog.at_level(logging.DEBUG):
        client.post("/api/ask", json={"question": marker})
        client.post("/api/ask", json={"question": marker * 1000})
    assert "zebra-question-marker" not in caplog.text


def test_style_and_study_are_part_of_the_request(client, bot):
    plain = client.post("/api/ask", json={"question": "How did the scleroderma patients do?"}).json()
    exact = client.post("/api/ask", json={"question": "How did the scleroderma patients do?", "style": "exact"}).json()
    assert plain["style"] == "plain" and exact["style"] == "exact"
    assert plain["citations"][0]["quote"] == exact["citations"][0]["quote"]  # the same sentence, one tap away
    assert exact["body"].startswith(exact["citations"][0]["quote"][:40])
    assert exact["study"] == bot.packs[0].id
    assert client.post("/api/ask", json={"question": "hi there?", "style": "fancy"}).status_code == 422
    streamed = client.post("/api/ask/stream", json={"question": "How many patients were treated?", "style": "exact"})
    reply = [data for kind, data in events(streamed.text) if kind == "reply"][0]
    assert reply["style"] == "exact" and "15 patients" in reply["answer"]
