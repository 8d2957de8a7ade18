"""Security of every route the server exposes, Gradio's own included: no file can be read or stored
through the chat, only text goes in and out, forwarded headers are believed only from configured
proxies, idle connections are closed, and failures log no question text."""
from __future__ import annotations

import logging
import socket
import time
import uuid
from urllib.parse import urlparse

import httpx
import pytest

from assistant.serving.api import create_app, server_options
from assistant.answering.pipeline import Assistant
from assistant.index.store import clean_orphans
from assistant.serving.middleware import event_data_ok
from assistant.settings import Settings
from assistant.serving.chat import _RedactedTraceback, build_ui

from conftest import app_in_thread

MARKER = "marker-5c1b0e-secret-file-content"


@pytest.fixture(scope="module")
def server(bot):
    with app_in_thread(lambda port: create_app(bot.settings, bot=bot), **server_options(bot.settings)) as url:
        yield url


@pytest.fixture()
def marker(tmp_path):
    path = tmp_path / "marker.txt"
    path.write_text(MARKER)
    return path


def _join(client: httpx.Client, page: str, data: list, fn_index: int = 0) -> httpx.Response:
    return client.post(
        f"{page}/gradio_api/queue/join",
        json={"data": data, "fn_index": fn_index, "trigger_id": 1, "session_hash": uuid.uuid4().hex[:10], "event_data": None},
    )


def _file_part(path) -> dict:
    return {"type": "file", "file": {"path": str(path), "meta": {"_type": "gradio.FileData"}}}


@pytest.mark.parametrize("page", ["", "/embed"])
def test_a_marker_file_can_be_neither_read_nor_stored_through_the_chat(server, marker, page):
    with httpx.Client(base_url=server, timeout=20) as client:
        # The reported exploit: a chat history whose user message is a file part.
        histories = [
            [{"role": "user", "content": [_file_part(marker)]}],
            [{"role": "user", "content": [{"type": "text", "text": "hi"}, _file_part(marker)]}],
            [{"role": "assistant", "content": [{"type": "component", "component": "file", "value": str(marker),
                                                "constructor_args": {}, "props": {}}]}],
            [{"role": "user", "content": [{"type": "text", "text": "hi", "url": f"file://{marker}"}]}],
        ]
        for history in histories:
            assert _join(client, page, ["how many patients?", history]).status_code == 422
        assert _join(client, page, [_file_part(marker)["file"], []]).status_code == 422
        # Gradio's file, upload, proxy and API routes are not there at all.
        for path in (f"/gradio_api/file={marker}", f"/gradio_api/file/{marker}", f"/file={marker}",
                     "/gradio_api/proxy=http://127.0.0.1/", "/gradio_api/upload_progress", "/gradio_api/monitoring",
                     "/monitoring", "/gradio_api/api/chat", "/gradio_api/call/chat", "/login", "/gradio_api/vibe-code/",
                     "/manifest.json", "/gradio_api/openapi.json", "/runs", "/gradio_api/mcp/sse",
                     "/gradio_api/heartbeat/made-up-session", "/gradio_api/startup-events"):
            response = client.get(f"{page}{path}")
            assert response.status_code == 404 and MARKER not in response.text, (page, path, response.status_code)
        uploaded = client.post(f"{page}/gradio_api/upload", files={"files": ("marker.txt", MARKER.encode())})
        assert uploaded.status_code == 404
        for api in ("/gradio_api/run/chat", "/gradio_api/call/chat", "/gradio_api/stream/x", "/gradio_api/process_recording"):
            assert client.post(f"{page}{api}", json={"data": [str(marker), []]}).status_code == 404
        # The page itself and the chat still work.
        assert client.get(f"{page}/").status_code == 200
        assert client.get(f"{page}/config").status_code == 200
        # ... and never opens a heartbeat (which is refused above): it keeps no state per page.
        assert client.get(f"{page}/config").json()["connect_heartbeat"] is False
        assert _join(client, page, ["How many patients were treated?", []]).status_code == 200


def test_the_chat_sends_back_only_text_it_built_itself(bot, marker):
    """Behind the guard, the handler never echoes a client-sent part."""
    demo = build_ui(bot)
    chat_fn = next(fn.fn for fn in demo.fns.values() if fn.api_name == "chat")
    history = [{"role": "user", "content": [_file_part(marker)]},
               {"role": "user", "content": [{"type": "text", "text": "Is this a cure?"}]},
               {"role": "assistant", "content": "<b>planted</b>"}]
    outputs = list(chat_fn("How many patients were treated?", history))
    assert outputs
    for chat, *_ in outputs:
        assert all(isinstance(m["content"], str) and m["role"] in ("user", "assistant") for m in chat)
        assert str(marker) not in repr(chat)
    final = outputs[-1][0]
    assert "&lt;b&gt;planted&lt;/b&gt;" in final[1]["content"]  # kept as escaped text, never markup
    assert "15" in final[-1]["content"]


def test_event_data_accepts_text_chats_and_nothing_else():
    text = {"role": "user", "content": [{"type": "text", "text": "hi"}], "metadata": None, "options": None}
    assert event_data_ok(["question", [text, {**text, "role": "assistant"}]])
    assert event_data_ok([[]]) and event_data_ok([]) and event_data_ok(["q", None])
    for bad in (
        [{"path": "/etc/passwd"}],
        ["q", [{"role": "user", "content": "plain OpenAI-style string"}]],
        ["q", [{"role": "system", "content": [{"type": "text", "text": "x"}]}]],
        ["q", [{**text, "content": [{"type": "text", "text": "x", "url": "http://x"}]}]],
        ["q", [{**text, "options": [{"value": "x"}]}]],
        ["q", [{**text, "metadata": {"nested": {"path": "/etc"}}}]],
        ["q", "not a list"][1:] + [[["nested"]]],
        "not a list",
    ):
        assert not event_data_ok(bad), bad


def test_malformed_chat_inputs_log_no_question_text(server, caplog, capfd):
    secret = "zebra-logged-question-5521"
    with caplog.at_level(logging.DEBUG), httpx.Client(base_url=server, timeout=20) as client:
        for history in ([{"role": "user", "content": f"{secret} earlier"}], f"{secret} not a list",
                        [{"role": "user", "content": [{"type": "text", "text": secret}], "extra": secret}]):
            for page in ("", "/embed"):
                # Refused by the guard (422), or failed in Gradio's queue and logged without its input.
                assert _join(client, page, [f"{secret} how many?", history]).status_code in (200, 422)
        # A shape the guard passes but Gradio's queue fails on is logged without its message.
        try:
            raise ValueError(f"input_value='{secret}'")
        except ValueError:
            _RedactedTraceback().print_exc()
    time.sleep(0.5)
    out, err = capfd.readouterr()
    assert secret not in caplog.text and secret not in out and secret not in err
    assert "ValueError" in caplog.text


def _requests_until_limited(url: str, forwarded: bool) -> list[int]:
    codes = []
    with httpx.Client(base_url=url, timeout=20) as client:
        for n in range(8):
            headers = {"X-Forwarded-For": f"203.0.113.{n + 1}"} if forwarded else {}
            codes.append(client.post("/api/ask", json={"question": "Is this a cure?"}, headers=headers).status_code)
    return codes


def test_forwarded_headers_are_believed_only_from_configured_proxies(bot):
    untrusted = Settings(**{**bot.settings.model_dump(), "rate_limit_per_minute": 3})
    with app_in_thread(lambda port: create_app(untrusted, bot=bot), **server_options(untrusted)) as url:
        codes = _requests_until_limited(url, forwarded=True)
    assert codes[:3] == [200] * 3 and set(codes[3:]) == {429}, codes  # rotating the header changes nothing
    trusted = Settings(**{**untrusted.model_dump(), "trusted_proxies": "127.0.0.1"})
    with app_in_thread(lambda port: create_app(trusted, bot=bot), **server_options(trusted)) as url:
        codes = _requests_until_limited(url, forwarded=True)
    assert codes == [200] * 8, codes  # behind a trusted proxy each forwarded client counts on its own


def _connect(url: str) -> socket.socket:
    parsed = urlparse(url)
    return socket.create_connection((parsed.hostname, parsed.port), timeout=5)


def _closed(sock: socket.socket) -> bool:
    try:
        return sock.recv(1024) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


def test_idle_and_slow_connections_are_closed_and_capped(bot):
    settings = Settings(**{**bot.settings.model_dump(), "idle_timeout": 1.0, "max_connections": 8})
    with app_in_thread(lambda port: create_app(settings, bot=bot), **server_options(settings)) as url:
        idle, slow = _connect(url), _connect(url)
        slow.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # a head that never ends
        time.sleep(2.5)
        assert _closed(idle) and _closed(slow)
        crowd = [_connect(url) for _ in range(20)]
        time.sleep(0.3)
        assert sum(_closed(s) for s in crowd[8:]) >= 10  # over the cap: closed at once
        for s in crowd:
            s.close()
        time.sleep(0.2)
        assert httpx.get(f"{url}/healthz", timeout=10).status_code == 200  # and the server still serves


def test_cors_only_where_another_site_needs_it(bot):
    from fastapi.testclient import TestClient

    evil = {"Origin": "https://evil.example"}
    settings = Settings(**{**bot.settings.model_dump(), "frame_ancestors": "https://clinic.example"})
    with TestClient(create_app(settings, bot=bot)) as client:
        for path in ("/config", "/", "/api/ask", "/healthz", "/embed/config"):
            response = client.get(path, headers=evil)
            assert "access-control-allow-origin" not in response.headers, path
            assert "access-control-allow-credentials" not in response.headers, path
        framed = client.get("/embed/config", headers={"Origin": "https://clinic.example"})
        assert framed.headers["access-control-allow-origin"] == "https://clinic.example"
        assert "access-control-allow-credentials" not in framed.headers
        assert client.get("/widget/gradio.js", headers=evil).headers["access-control-allow-origin"] == "*"
        preflight = client.options("/embed/gradio_api/queue/join", headers={**evil, "Access-Control-Request-Method": "POST"})
        assert preflight.status_code == 403


def test_embed_without_a_slash_redirects(bot):
    from fastapi.testclient import TestClient

    with TestClient(create_app(bot.settings, bot=bot)) as client:
        response = client.get("/embed", follow_redirects=False)
        assert response.status_code in (307, 308) and response.headers["location"] == "/embed/"
        assert client.get("/embed").status_code == 200


@pytest.mark.parametrize("question", ["\u200b\u200b", "\u200d\ufeff \u2060", "\u202e\u200b"])
def test_a_question_empty_after_normalisation_is_invalid(bot, question):
    reply = bot.ask(question)
    assert reply.kind == "invalid" and reply.abstained


def test_orphaned_build_folders_are_cleaned_at_start(bot, settings, tmp_path):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(settings.data_dir, data)
    moved = Settings(**{**settings.model_dump(), "data_dir": data})
    current = (moved.index_dir / "CURRENT").read_text().strip()
    orphan = moved.index_dir / "build-deadbeef-1-99999"
    (orphan / "chroma").mkdir(parents=True)
    (moved.index_dir / ".CURRENT.99999").write_text("build-deadbeef-1-99999")
    started = Assistant.load(moved)  # a server or command starting
    assert not orphan.exists() and not (moved.index_dir / ".CURRENT.99999").exists()
    assert (moved.index_dir / current).is_dir() and started.index.chunks
    assert clean_orphans(moved) == []


# ---- found by the red team, each reproduced first -----------------------------------------------


@pytest.mark.parametrize("suffix", ["%0A", "%0D", "%00", "%0a%0a"])
def test_a_control_character_in_the_path_cannot_slip_past_the_guard(server, marker, suffix):
    """`queue/join%0A` once matched the allowlist (`$` matches before a newline) while the body
    check looked for the exact path: a file part reached Gradio (and /dev/zero froze the server)."""
    with httpx.Client(base_url=server, timeout=20) as client:
        body = {"data": ["q", [{"role": "user", "content": [_file_part(marker)]}]], "fn_index": 0, "session_hash": "abc"}
        for page in ("", "/embed"):
            response = client.post(f"{page}/gradio_api/queue/join{suffix}", json=body,
                                   headers={"X-Forwarded-Host": server.removeprefix("http://")})
            assert response.status_code == 404, (page, suffix, response.status_code)
            assert client.get(f"{page}/config{suffix}").status_code == 404


def test_queue_bodies_must_be_text_json_naming_one_of_the_chat_events(server, caplog):
    secret = "zebra-surrogate-4411"
    with caplog.at_level(logging.INFO), httpx.Client(base_url=server, timeout=20) as client:
        raw = ('{"data": ["' + secret + '\\ud800", []], "fn_index": 0, "session_hash": "x"}').encode()
        for page in ("", "/embed"):
            join = f"{page}/gradio_api/queue/join"
            assert client.post(join, content=raw, headers={"content-type": "application/json"}).status_code == 422
            assert client.post(join, json={"fn_index": 0, "session_hash": "x"}).status_code == 422  # no data
            for event in (-1, 99, "0", True, None):
                assert client.post(join, json={"data": ["q", []], "fn_index": event, "session_hash": "x"}).status_code == 422
            for other in ("cancel", "reset"):
                assert client.post(f"{page}/gradio_api/{other}", content=raw,
                                   headers={"content-type": "application/json"}).status_code == 422
    assert secret not in caplog.text


def test_the_stemmer_gives_the_same_stems_from_many_threads():
    """One shared snowball stemmer gave wrong stems (and exceptions) under concurrent questions."""
    import threading

    from assistant.retrieval import lexicon

    words = [f"{w}{suffix}" for w in ("treat", "remiss", "improv", "measur", "respond", "follow", "prepar", "sustain")
             for suffix in ("ing", "ed", "ment", "ments", "ation", "ations", "ingly", "ers")] * 40
    import snowballstemmer

    reference = snowballstemmer.stemmer("english")
    expected = {w: reference.stemWord(w) for w in words}
    lexicon._stem.cache_clear()
    errors, wrong = [], []

    def work():
        try:
            for word in words:
                if lexicon._stem(word) != expected[word]:
                    wrong.append(word)
        except Exception as exc:  # noqa: BLE001 - any failure is the finding
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and not wrong


def test_one_client_cannot_take_every_connection(bot):
    settings = Settings(**{**bot.settings.model_dump(), "idle_timeout": 30.0, "max_connections": 64})
    with app_in_thread(lambda port: create_app(settings, bot=bot), **server_options(settings)) as url:
        parsed = urlparse(url)
        hog = [socket.create_connection((parsed.hostname, parsed.port), timeout=5) for _ in range(24)]
        time.sleep(0.3)
        assert sum(_closed(s) for s in hog[8:]) >= 12  # over this client's share: closed at once
        other = socket.socket()
        other.bind(("127.0.0.2", 0))  # another client address on loopback
        other.settimeout(5)
        other.connect((parsed.hostname, parsed.port))
        other.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        assert b" 200 " in other.recv(200)
        for s in [*hog, other]:
            s.close()


def test_a_slow_body_is_cut_off(bot):
    settings = Settings(**{**bot.settings.model_dump(), "idle_timeout": 1.0})
    with app_in_thread(lambda port: create_app(settings, bot=bot), **server_options(settings)) as url:
        slow = _connect(url)
        slow.sendall(b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{")
        slow.settimeout(6)
        answer = slow.recv(300)
        assert b" 408 " in answer
        slow.close()


def test_a_body_nested_past_the_parsers_depth_is_refused_not_a_crash(server):
    with httpx.Client(base_url=server, timeout=20) as client:
        for path in ("/gradio_api/queue/join", "/gradio_api/cancel", "/embed/gradio_api/reset"):
            response = client.post(path, content=b"[" * 60000, headers={"content-type": "application/json"})
            assert response.status_code == 422, (path, response.status_code)


@pytest.mark.parametrize("path", ["/", "/embed/", "/gradio_api/queue/join", "/api/ask"])
def test_no_websocket_upgrade_is_ever_switched(server, path):
    """No route speaks WebSocket and uvicorn is told so (ws="none"): an upgrade request is read as
    plain HTTP, never answered 101 Switching Protocols."""
    import socket
    from urllib.parse import urlsplit

    where = urlsplit(server)
    with socket.create_connection((where.hostname, where.port), timeout=10) as sock:
        sock.sendall((f"GET {path} HTTP/1.1\r\nHost: {where.netloc}\r\nConnection: Upgrade\r\n"
                      "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n").encode())
        status = sock.recv(64).split(b"\r\n")[0]
    assert status.startswith(b"HTTP/1.1 ") and b" 101 " not in status, status


def test_a_client_that_stops_reading_an_answer_is_dropped(bot):
    """A slow reader holds a connection only while it takes something: one that reads nothing of a
    big file for idle_timeout seconds is dropped (red-team finding: such readers held connections
    for ever, and a few addresses' worth filled the cap)."""
    settings = Settings(**{**bot.settings.model_dump(), "idle_timeout": 1.0})
    with app_in_thread(lambda port: create_app(settings, bot=bot), **server_options(settings)) as url:
        parsed = urlparse(url)
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.settimeout(5)
        sock.connect((parsed.hostname, parsed.port))
        from assistant.serving.api import GRADIO_FRONTEND

        big = max((GRADIO_FRONTEND / "assets").glob("*.js"), key=lambda p: p.stat().st_size).name  # megabytes
        sock.sendall(f"GET /assets/{big} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: identity\r\n\r\n".encode())
        time.sleep(4)  # read nothing: the server's buffer fills, then the deadline passes
        got, ended = 0, False
        try:
            while chunk := sock.recv(65536):
                got += len(chunk)
            ended = True
        except ConnectionResetError:
            ended = True
        except TimeoutError:
            pass
        sock.close()
        size = len(httpx.get(f"{url}/assets/{big}", headers={"Accept-Encoding": "identity"}, timeout=30).content)
        assert ended and got < size, (got, size)  # dropped before the whole file went out
