"""The HTTP API under abuse: schemathesis against its own OpenAPI spec (no 5xx, the spec tells the
truth), the body limit (413), clear 4xx messages, the per-client rate limit (429) and the chat's
bounded Gradio queue."""
from __future__ import annotations

import asyncio
import html
import json
import threading
from urllib.parse import urlparse

import httpx
import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.generation.modes import GenerationMode
from starlette.routing import Mount

from assistant.serving.api import QUEUE_MAX_SIZE, QUEUE_WORKERS, RateLimit, create_app
from assistant.records import Reply
from assistant.serving.schemas import VISIBLE

from conftest import CHROMIUM, CHROMIUM_ARGS, app_in_thread, loopback_only

QUESTION = "Is this a cure?"
POSITIVE, NEGATIVE = GenerationMode.POSITIVE, GenerationMode.NEGATIVE
# Every operation in the spec, with data that fits its schema and (where it takes any) data that does not.
OPERATIONS = [(method, path, mode) for method, path in [("POST", "/api/ask"), ("POST", "/api/ask/stream"),
                                                         ("POST", "/api/feedback")] for mode in (POSITIVE, NEGATIVE)]
OPERATIONS.append(("GET", "/healthz", POSITIVE))


@pytest.fixture(scope="module")
def open_settings(bot, tmp_path_factory):
    """No rate limit (schemathesis sends many requests), feedback on (so it is in the spec)."""
    return bot.settings.model_copy(update={"rate_limit_per_minute": 0, "feedback_dir": tmp_path_factory.mktemp("feedback")})


@pytest.fixture(scope="module")
def client(open_settings, bot):
    with TestClient(create_app(open_settings, bot), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="module")
def api_schema(open_settings, bot):
    # schemathesis.pytest.from_fixture (the lazy loader) does not run under pytest 9 (it reads
    # request.node._nodeid), so each operation's strategy is driven with hypothesis directly.
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(open_settings, bot))


@pytest.mark.parametrize("method, path, mode", OPERATIONS, ids=[f"{m} {p} {g}" for m, p, g in OPERATIONS])
def test_schemathesis_finds_no_5xx_and_no_lie_in_the_spec(api_schema, method, path, mode):
    statuses = []

    @given(case=api_schema[path][method].as_strategy(generation_mode=mode))
    @settings(max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def check(case):
        # All of schemathesis's checks: no server error, documented status codes and content
        # types, responses matching their schemas, valid data accepted, invalid data rejected.
        response = case.call_and_validate()
        statuses.append(response.status_code)

    check()
    expected = {200} if mode == POSITIVE else {422}
    assert set(statuses) == expected, statuses


def test_the_spec_documents_the_limits(client, open_settings):
    spec = client.get("/openapi.json").json()
    question = spec["components"]["schemas"]["AskRequest"]["properties"]["question"]
    assert question["minLength"] == 1 and question["pattern"] == VISIBLE
    assert question["maxLength"] == open_settings.max_question_chars
    ask = spec["paths"]["/api/ask"]["post"]["responses"]
    assert {"200", "413", "422", "429"} <= set(ask)
    assert "/api/feedback" in spec["paths"]


# ---- body size ----------------------------------------------------------------------------------


@settings(max_examples=20, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offset=st.integers(-300, 300), chunked=st.booleans())
def test_bodies_over_the_limit_are_413_and_others_are_not(client, open_settings, offset, chunked):
    limit = open_settings.max_request_bytes
    head = json.dumps({"question": QUESTION, "history": []}).encode()
    body = head + b" " * (limit + offset - len(head))  # JSON may end in whitespace
    content = iter([body[i:i + 4096] for i in range(0, len(body), 4096)]) if chunked else body
    response = client.post("/api/ask", content=content, headers={"content-type": "application/json"})
    if len(body) > limit:
        assert response.status_code == 413
        assert response.json()["detail"] == f"The request is too large; the limit is {limit} bytes."
    else:
        assert response.status_code == 200, response.text


def test_a_lying_content_length_is_refused(client):
    response = client.post("/api/ask", content=b'{"question": "hi"}', headers={"content-type": "application/json",
                                                                               "content-length": "99999999999"})
    assert response.status_code == 413


# ---- clear messages -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, body, says",
    [
        ("/api/ask", b'{"question": "caf\xe9?"}', "not valid JSON (UTF-8"),
        ("/api/ask", b"[" * 50_000 + b"]" * 10, "not valid JSON"),
        ("/api/ask", b'{"question": "\\ud800 lupus?"}', "question: contains an unpaired UTF-16 surrogate"),
        ("/api/ask/stream", b'{"question": "lupus?", "history": [{"role": "user", "content": "\\udfff"}]}',
         "history[0].content: contains an unpaired UTF-16 surrogate"),
        ("/api/ask", json.dumps({"question": "and then?", "history": [{"role": "user", "content": "why " * 600}]}).encode(),
         "history[0].content: an earlier question is too long (2400 characters); questions are at most 2000"),
        ("/api/ask", json.dumps({"question": "lupus?", "history": [{"role": "user", "content": "x"}, "hi"]}).encode(),
         "history[1]: Input should be a valid dictionary"),
        ("/api/ask", b'{"question": "\\u0000\\u0000"}', ""),  # NUL is text: answered, with kind invalid
        # A separator control: space to Python, not to the spec's regex; the spec's pattern excludes it
        # too, so it is refused as blank (schemathesis found the two disagreeing).
        ("/api/ask", b'{"question": "\\u001c\\u001c"}', "question: must not be empty"),
        ("/api/ask", b'{"question": "\\ufeff "}', "question: must not be empty"),
        ("/api/feedback", b'{"helpful": "yes", "kind": "answer"}', "helpful: Input should be a valid boolean"),
        ("/api/feedback", b'{"helpful": true, "kind": "great"}', "kind: Input should be 'answer'"),
    ],
)
def test_bad_requests_get_a_clear_4xx(client, path, body, says):
    response = client.post(path, content=body, headers={"content-type": "application/json"})
    if not says:
        assert response.status_code == 200 and response.json()["kind"] == "invalid"
        return
    assert response.status_code == 422, response.text
    assert says in response.json()["detail"]
    assert "Traceback" not in response.text


def test_an_answer_that_cannot_be_computed_is_a_plain_500(bot):
    class Exploding:
        settings, index = bot.settings, bot.index

        def ask(self, question, history=None):
            raise MemoryError("internal detail")

    with TestClient(create_app(bot.settings, Exploding()), raise_server_exceptions=False) as broken:
        response = broken.post("/api/ask", json={"question": QUESTION})
    assert response.status_code == 500 and "try again" in response.json()["detail"]
    assert "internal detail" not in response.text


# ---- rate limit ---------------------------------------------------------------------------------


def _statuses(app, calls):
    """Status codes of (client address, path, headers) calls made through the ASGI app."""

    async def go():
        codes = []
        for address, path, headers in calls:
            transport = httpx.ASGITransport(app=app, client=(address, 40000))
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
                if path == "/healthz":
                    response = await http.get(path)
                else:
                    body = {"helpful": True, "kind": "answer"} if path == "/api/feedback" else {"question": QUESTION}
                    response = await http.post(path, json=body, headers=headers)
                codes.append(response.status_code)
        return codes

    return asyncio.run(go())


def test_rate_limit_is_per_client_address_and_not_fooled_by_headers(bot):
    app = create_app(bot.settings.model_copy(update={"rate_limit_per_minute": 3}), bot)
    one, other = "203.0.113.7", "198.51.100.9"
    calls = [(one, "/api/ask", {})] * 3 + [(one, "/api/ask/stream", {}), (other, "/api/ask", {}),
                                           (one, "/api/ask", {"X-Forwarded-For": other}), (one, "/api/feedback", {}),
                                           (one, "/healthz", {})]
    assert _statuses(app, calls) == [200, 200, 200, 429, 200, 429, 429, 200]


def test_rate_limit_window_slides():
    async def ok(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    now = [1000.0]  # (a clock the test moves: no test waits on the wall clock)
    limited = FastAPI()
    limited.mount("/", RateLimit(ok, per_minute=2, window=60.0, clock=lambda: now[0]))
    with TestClient(limited) as http:
        first = [http.post("/api/ask").status_code for _ in range(3)]
        retry_after = int(http.post("/api/ask").headers["retry-after"])
        now[0] += 30.0
        still = http.post("/api/ask").status_code
        now[0] += 31.0
        assert first == [200, 200, 429] and 1 <= retry_after <= 61 and still == 429
        assert http.post("/api/ask").status_code == 200


# ---- the chat's queue ---------------------------------------------------------------------------


def test_the_gradio_queue_is_bounded(bot):
    release = threading.Event()

    class SlowBot:  # every answer waits until released, so the queue fills up
        settings, index = bot.settings, bot.index

        def stream(self, question, history=None, **_):
            release.wait(30)
            yield Reply(answer="done")

        def ask(self, question, history=None, **_):
            release.wait(30)
            return Reply(answer="done")

    app = create_app(bot.settings.model_copy(update={"rate_limit_per_minute": 0}), SlowBot())
    pages = {route.path: route.app.get_blocks() for route in app.routes
             if isinstance(route, Mount) and hasattr(route.app, "get_blocks")}
    assert set(pages) == {"", "/embed"}
    for blocks in pages.values():
        assert (blocks._queue.max_size, blocks._queue.default_concurrency_limit) == (QUEUE_MAX_SIZE, QUEUE_WORKERS)
    chat = next(n for n, fn in pages["/embed"].fns.items() if fn.api_name == "chat")
    with TestClient(app) as http:
        codes, detail = [], ""
        try:
            for n in range(QUEUE_MAX_SIZE + QUEUE_WORKERS + 4):
                response = http.post("/embed/gradio_api/queue/join", json={"data": [QUESTION, [], ""], "fn_index": chat,
                                                                           "session_hash": f"s{n}", "trigger_id": None})
                codes.append(response.status_code)
                detail = detail or (response.json()["detail"] if response.status_code != 200 else "")
        finally:
            release.set()  # before the app shuts down: it waits for the answers in progress
    # At most QUEUE_MAX_SIZE wait (and QUEUE_WORKERS more are being answered); the rest are told so.
    assert codes.count(200) <= QUEUE_MAX_SIZE + QUEUE_WORKERS and codes[-1] == 503
    assert "Queue is full" in detail


# ---- markup sent to the API or the chat is text, in a real browser ------------------------------------

MARKUP = '<script>window.__pwned = 1</script><img src="/x" onerror="window.__pwned = 2"> lupus remission?'


@pytest.fixture(scope="module")
def server(bot):
    """The whole app served by uvicorn on 127.0.0.1, from a thread."""
    with app_in_thread(lambda port: create_app(bot.settings, bot)) as url:
        yield url


@pytest.fixture(scope="module")
def page(server):
    """A Chromium page that may only reach loopback; it fails the test if a script ran or anything
    beyond this machine was asked for."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's Chromium is not at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    outside, dialogs, fetched = [], [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context()
        loopback_only(context, outside, fetched)
        page = context.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.set_default_timeout(30_000)
        page.fetched = fetched
        yield page
        browser.close()
    assert not outside, f"the page tried to reach beyond this machine: {outside}"
    assert not dialogs, f"a script ran: {dialogs}"


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/api/ask", "/api/ask/stream"])
def test_markup_posted_to_the_api_from_another_page_is_never_rendered(page, server, path):
    # A form on another site can post to the API (text/plain, shaped like JSON), and the browser
    # then shows the response: it must be data, never a page that runs what was sent.
    name = json.dumps({"question": MARKUP, "history": [{"role": "user", "content": MARKUP}]})[:-3]
    page.set_content(
        f'<form method="post" enctype="text/plain" action="{server}{path}">'
        f"<input name='{html.escape(name, quote=True)}' value='\"}}]}}'></form>"
    )
    with page.expect_navigation():
        page.evaluate("document.forms[0].submit()")
    shown = page.evaluate("document.body ? document.body.innerText : ''")
    assert "must be a JSON object" in shown  # not JSON by its content type: refused, echoing nothing
    assert page.evaluate("window.__pwned") is None and page.locator("img, script").count() == 0


@pytest.mark.browser
def test_markup_in_a_question_stays_text_in_later_turns(page, server):
    from playwright.sync_api import expect

    page.goto(f"{server}/", wait_until="domcontentloaded")
    for n, question in enumerate([MARKUP, "and what about myositis?"], start=1):
        box = page.locator("#question textarea")
        box.fill(question)
        box.press("Enter")
        expect(page.locator(".cq-turn")).to_have_count(n, timeout=30_000)
        expect(page.locator("#status")).to_contain_text("Answer", timeout=30_000)
    users = page.locator(".cq-q-text")
    assert users.first.inner_text().strip() == MARKUP  # the earlier turn, sent back as history, still text
    assert page.locator(".cq-turn").last.inner_text().strip()  # answered, with that history
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".cq-log img, .cq-log script").count() == 0
    assert not [url for url in page.fetched if urlparse(url).path == "/x"], "the <img> was loaded"
