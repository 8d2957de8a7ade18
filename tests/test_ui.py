"""The chat, on a real server on 127.0.0.1: through gradio_client, then in Debian's Chromium.

The browser tests block every request that leaves the loopback interface and fail if one was tried.
"""
from __future__ import annotations

import html
import http.server
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

from assistant.serving.api import create_app
from assistant.answering.pipeline import Assistant
from assistant.settings import PACKAGE_DIR, Settings
from assistant.records import Citation, GlossaryNote, Reply
from assistant.serving.chat import DISCLAIMER, history_from_chat, render_sources

from conftest import CHROMIUM, CHROMIUM_ARGS, app_in_thread, loopback_only

LUPUS = "Did the lupus patients go into remission?"
MARKUP = 'Lupus <script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2"> remission?'
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
DEMO_HOST = PACKAGE_DIR / "static" / "demo-host.html"
DEMO_URL = "http://127.0.0.1:7860"  # the address the demo page's snippets name


@pytest.fixture(scope="module")
def bot(tmp_path_factory) -> Assistant:
    return Assistant.load(Settings(data_dir=tmp_path_factory.mktemp("data")))


@pytest.fixture(scope="module")
def server(bot):
    """The whole app (chat, widget, API) served by uvicorn from a background thread."""
    with app_in_thread(lambda port: create_app(bot.settings.model_copy(update={"port": port}), bot)) as url:
        yield url


@pytest.fixture(scope="module")
def host_page(server):
    """The demo host page, served from another origin (another port), pointing at the server."""
    page = DEMO_HOST.read_text(encoding="utf-8").replace(DEMO_URL, server).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            found = self.path in ("/", "/index.html")
            self.send_response(200 if found else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page if found else b"not found")

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


# --- pure helpers ---------------------------------------------------------------------------


def test_sources_escape_text_and_highlight_the_sentence():
    text = "Before. <b>Bold</b> & <script>x()</script> sentence. After."
    start = text.index("<b>")
    end = text.index(" After")
    reply = Reply(
        answer="a",
        citations=(Citation(1, "c#1", "article.md", "Find<i>ings</i>", text, text[start:end], start, end, start, end),),
        glossary=(GlossaryNote("SLE", "systemic <lupus>", 1),),
    )
    shown = render_sources(reply)
    assert "<script>" not in shown and "<b>" not in shown and "<i>" not in shown
    assert "<mark>&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;x()&lt;/script&gt; sentence.</mark>" in shown
    assert "Find&lt;i&gt;ings&lt;/i&gt;" in shown and "systemic &lt;lupus&gt;" in shown
    assert "New England Journal of Medicine" in shown


def test_chat_history_comes_back_as_plain_text():
    chat = [
        {"role": "user", "content": [{"type": "text", "text": html.escape("a <b> & c", quote=False)}]},
        {"role": "assistant", "content": "All lupus patients achieved remission. [1]"},
        {"role": "assistant", "content": ""},
        {"role": "system", "content": "ignored"},
    ]
    assert history_from_chat(chat) == [
        {"role": "user", "content": "a <b> & c"},
        {"role": "assistant", "content": "All lupus patients achieved remission. [1]"},
    ]


# --- gradio_client ---------------------------------------------------------------------------


def _last_text(chat) -> str:
    content = chat[-1]["content"]
    return content if isinstance(content, str) else "".join(part.get("text", "") for part in content)


@pytest.mark.server
def test_gradio_client_streams_an_answer_and_follows_up(server):
    from gradio_client import Client

    client = Client(f"{server}/", verbose=False)
    job = client.submit(LUPUS, [], api_name="/chat")
    chat, sources, status, question_box = job.result(timeout=60)
    seen = [_last_text(output[0]) for output in job.outputs() if output and output[0]]
    assert len(set(seen)) > 3, "the answer should arrive in pieces"
    assert all(later.startswith(earlier) for earlier, later in zip(seen[1:], seen[2:]))
    answer = _last_text(chat)
    assert "remission" in answer.lower() and "[1]" in answer
    assert "<mark>" in sources and "Müller" in sources
    assert "Answer ready" in status and question_box == ""

    chat, *_ = client.submit("What about scleroderma?", chat, api_name="/chat").result(timeout=60)
    assert len(chat) == 4
    assert "scleroderma" in _last_text(chat).lower()


@pytest.mark.server
def test_gradio_client_embed_escapes_markup(server):
    from gradio_client import Client

    client = Client(f"{server}/embed/", verbose=False)
    chat, *_ = client.submit(MARKUP, [], api_name="/chat").result(timeout=60)
    shown = chat[0]["content"]
    shown = shown if isinstance(shown, str) else shown[0]["text"]
    assert "<script>" not in shown and "&lt;script&gt;" in shown


# --- the browser -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's Chromium is not at /usr/bin/chromium (apt-get install chromium); browser tests skipped")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A page that may only talk to loopback; every other request is aborted and recorded."""
    outside, dialogs, errors = [], [], []
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    loopback_only(context, outside)
    page = context.new_page()
    page.on("websocket", lambda ws: urlparse(ws.url).hostname != "127.0.0.1" and outside.append(ws.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_default_timeout(30_000)
    yield page
    context.close()
    assert not outside, f"the page tried to reach beyond this machine: {outside}"
    assert not dialogs, f"a script ran and opened a dialog: {dialogs}"


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _ask(scope, question: str) -> None:
    from playwright.sync_api import expect

    box = scope.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    expect(scope.locator("#status")).to_contain_text("Answer ready", timeout=30_000)


@pytest.mark.browser
@pytest.mark.server
def test_chat_streams_a_cited_answer(page, server):
    from playwright.sync_api import expect

    page.goto(f"{server}/", wait_until="domcontentloaded")
    box = page.locator("#question textarea")
    expect(box).to_be_focused()  # the page opens ready to type
    expect(page.locator("#disclaimer")).to_contain_text(DISCLAIMER)
    page.evaluate(
        """() => {
            window.__lengths = [];
            new MutationObserver(() => {
                const bots = document.querySelectorAll('#chat [data-testid="bot"]');
                if (bots.length) window.__lengths.push(bots[bots.length - 1].innerText.length);
            }).observe(document.querySelector('#chat'), {subtree: true, childList: true, characterData: true});
        }"""
    )
    page.keyboard.type(LUPUS)
    page.keyboard.press("Enter")
    expect(page.locator("#status")).to_contain_text("Answer ready", timeout=30_000)

    lengths = page.evaluate("window.__lengths")
    assert len(set(lengths)) > 3, f"the answer should stream in, saw lengths {lengths}"
    answer = page.locator('#chat [data-testid="bot"]').last.inner_text()
    assert "remission" in answer.lower() and "[1]" in answer
    assert page.locator('#chat [data-testid="user"]').last.inner_text().strip() == LUPUS

    highlighted = page.locator("#sources #cartqa-source-1 mark")
    expect(highlighted).to_be_visible()
    assert " ".join(highlighted.inner_text().split()) in " ".join(answer.split())
    expect(page.locator("#sources")).to_contain_text("New England Journal of Medicine")
    assert page.locator('#chat [aria-live="polite"]').count() >= 1
    assert page.locator('#status [aria-live="polite"]').count() == 1
    _shot(page, "ui-chat")

    page.get_by_role("button", name="Clear chat").click()
    expect(page.locator('#chat [data-testid="bot"]')).to_have_count(0)
    expect(page.locator("#sources mark")).to_have_count(0)


@pytest.mark.browser
@pytest.mark.server
def test_example_question_buttons_ask(page, server):
    from playwright.sync_api import expect

    page.goto(f"{server}/", wait_until="domcontentloaded")
    page.get_by_role("button", name="How many patients were treated?").click()
    expect(page.locator("#status")).to_contain_text("Answer ready", timeout=30_000)
    assert "15" in page.locator('#chat [data-testid="bot"]').last.inner_text()


@pytest.mark.browser
@pytest.mark.server
def test_markup_in_a_question_is_shown_as_text(page, server):
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(f"{server}/", wait_until="domcontentloaded")
    _ask(page, MARKUP)
    assert page.locator('#chat [data-testid="user"]').last.inner_text().strip() == MARKUP
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#chat img, #chat script, #sources script").count() == 0
    assert not [url for url in asked if urlparse(url).path == "/x"], "the <img> was loaded"
    _shot(page, "ui-markup")


@pytest.mark.browser
@pytest.mark.server
def test_widget_in_an_iframe_on_a_host_page(page, host_page):
    from playwright.sync_api import expect

    page.goto(host_page, wait_until="domcontentloaded")
    frame = page.frame_locator("#cartqa-iframe")
    expect(frame.locator("#disclaimer")).to_contain_text(DISCLAIMER)
    _ask(frame, LUPUS)
    assert "remission" in frame.locator('#chat [data-testid="bot"]').last.inner_text().lower()
    expect(frame.locator("#sources mark").first).to_be_visible()
    page.locator("#cartqa-iframe").scroll_into_view_if_needed()
    _shot(page, "ui-embed-iframe")


@pytest.mark.browser
@pytest.mark.server
def test_widget_as_a_web_component_on_a_host_page(page, host_page):
    from playwright.sync_api import expect

    page.goto(host_page, wait_until="domcontentloaded")
    widget = page.locator("#cartqa-widget")
    expect(widget.locator("#disclaimer")).to_contain_text(DISCLAIMER)
    _ask(widget, "How many patients were treated?")
    assert "15" in widget.locator('#chat [data-testid="bot"]').last.inner_text()
    expect(widget.locator("#sources mark").first).to_be_visible()
    widget.scroll_into_view_if_needed()
    _shot(page, "ui-web-component")


@pytest.mark.browser
@pytest.mark.server
def test_api_docs_load_offline(page, server):
    page.goto(f"{server}/docs", wait_until="domcontentloaded")
    page.locator(".opblock").first.wait_for()
    assert page.locator(".opblock").count() >= 3
