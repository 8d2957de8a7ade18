"""The chat in Debian's Chromium, as patients and educators use it: a phone (390x844), a desktop
(1280x800), and the widget (iframe and web component) on a page from another origin, also behind a
proxy that serves cartqa under a path prefix. Every request that would leave the loopback interface
is blocked, and the test fails if one was tried. Screenshots and measurements go to test-artifacts/.
"""
from __future__ import annotations

import http.server
import json
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from assistant.serving.api import create_app
from assistant.settings import PACKAGE_DIR

from conftest import CHROMIUM, CHROMIUM_ARGS, ROOT, app_in_thread, loopback_only

pytestmark = [pytest.mark.browser, pytest.mark.server]

ARTIFACTS = ROOT / "test-artifacts"
DEMO_HOST = PACKAGE_DIR / "static" / "demo-host.html"
DEMO_URL = "http://127.0.0.1:7860"  # the address the demo page's snippets name
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1280, "height": 800}}
LUPUS = "Did the lupus patients go into remission?"
TREATED = "How many patients were treated?"
FEVER = "I have a fever and feel confused after my infusion"
MARKUP = 'Lupus <script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2"> remission?'
CARE_TEAM = "+1 555 0100"
PREFIX = "/cartqa"
# axe-core from the npm registry, fetched once into a cache folder (also by `make browser`); never a CDN.
AXE_VERSION = "4.14.1"
AXE_DIR = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cartqa" / "axe-core"


def axe_script() -> str:
    script = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
    if not script.exists() and shutil.which("npm"):
        subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(AXE_DIR),
                        f"axe-core@{AXE_VERSION}"], capture_output=True, timeout=300)
    if not script.exists():
        pytest.skip(f"axe-core is not in {AXE_DIR} and npm could not fetch it (run `make browser`)")
    return script.read_text(encoding="utf-8")


def on_screen(page, selector: str) -> bool:
    """The element is wholly inside the viewport."""
    return page.evaluate("""(sel) => { const e = document.querySelector(sel); if (!e) return false;
        const r = e.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth; }""", selector)


def scroll_areas(page) -> list[str]:
    """Elements other than the page that scroll their own content."""
    return page.evaluate("""() => [...document.querySelectorAll('body *')].filter(e => {
        const s = getComputedStyle(e);
        return /(auto|scroll)/.test(s.overflowY) && e.clientHeight > 0 && e.scrollHeight > e.clientHeight + 1;
    }).map(e => `${e.tagName}#${e.id}.${e.className}`)""")


def small_targets(page, root: str) -> list[str]:
    """Visible buttons, links and disclosure summaries under root smaller than 44x44 px; a chip in a
    line of text counts by its hit area (the part of the screen that still taps it)."""
    return page.evaluate("""(root) => {
        const small = [];
        for (const e of document.querySelector(root).querySelectorAll('button, a[href], summary, [role=button]')) {
            const r = e.getBoundingClientRect();
            if (!r.width || !r.height || getComputedStyle(e).visibility === 'hidden') continue;
            if (e.classList.contains('cq-chip')) {
                if (r.bottom < 30 || r.top > innerHeight - 30) continue;
                const x = r.left + r.width / 2, y = r.top + r.height / 2;
                const hits = [y - 21, y + 21].map(v => document.elementFromPoint(x, v));
                if (hits.every(h => h && h.closest('.cq-chip') === e)) continue;
                small.push(`chip ${e.textContent}: hit area under 44 px`);
            } else if (r.width < 44 || r.height < 44) {
                small.push(`${e.tagName} "${e.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
            }
        }
        return small; }""", root)


def weigh(page, url: str) -> dict:
    """Bytes on the wire (headers and bodies, as Chromium counts them) of a page's first load."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable", {})
    sizes, responses = {}, {}
    cdp.on("Network.responseReceived", lambda e: responses.__setitem__(e["requestId"], e["response"]))
    cdp.on("Network.loadingFinished", lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]))
    page.goto(url, wait_until="domcontentloaded")
    _ready(page)
    page.wait_for_timeout(1500)
    plain = []
    for rid, response in responses.items():
        kind = response.get("mimeType", "")
        encoded = {k.lower(): v for k, v in response.get("headers", {}).items()}.get("content-encoding")
        if (kind.startswith("text/") or "javascript" in kind or "json" in kind) and sizes.get(rid, 0) > 1400 and not encoded:
            plain.append(response["url"])
    return {"url": url, "requests": len(sizes), "bytes": sum(sizes.values()), "uncompressed_text": plain}


@pytest.fixture(scope="module")
def feedback_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("feedback")


@pytest.fixture(scope="module")
def server(bot, feedback_dir):
    """The whole app, with feedback on and a care team's number set."""
    def make(port):
        return create_app(bot.settings.model_copy(update={"port": port, "feedback_dir": feedback_dir,
                                                          "care_team_number": CARE_TEAM}), bot)

    with app_in_thread(make) as url:
        yield url


class _StripPrefix:
    """A reverse proxy in miniature: serves the app under PREFIX (removing it) and nothing else."""

    def __init__(self, app, seen: list):
        self.app, self.seen = app, seen

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            path = scope["path"]
            if not (path == PREFIX or path.startswith(PREFIX + "/")):
                self.seen.append(path)
                from fastapi.responses import PlainTextResponse

                return await PlainTextResponse("outside the proxy's prefix", 404)(scope, receive, send)
            inner = path[len(PREFIX):] or "/"
            scope = dict(scope, path=inner, raw_path=inner.encode())
        await self.app(scope, receive, send)


@pytest.fixture(scope="module")
def prefixed(bot):
    """The app behind a proxy at <server>/cartqa/ (CARTQA_ROOT_PATH=/cartqa); yields (url, paths
    asked for outside the prefix)."""
    outside: list[str] = []

    def make(port):
        return _StripPrefix(create_app(bot.settings.model_copy(update={"port": port, "root_path": PREFIX}), bot), outside)

    with app_in_thread(make) as url:
        yield f"{url}{PREFIX}", outside


def _host(cartqa_url: str):
    """The demo host page, served from another origin (another port), pointing at cartqa_url."""
    page = DEMO_HOST.read_text(encoding="utf-8").replace(DEMO_URL, cartqa_url).encode()

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
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"


@pytest.fixture(scope="module")
def host_page(server):
    httpd, url = _host(server)
    yield url
    httpd.shutdown()
    httpd.server_close()


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
def open_page(browser):
    """open_page(PHONE or DESKTOP) -> a page that may only talk to loopback; every other request is
    aborted and recorded, and so is any dialog a script opens."""
    contexts, outside, dialogs = [], [], []

    def open_(size: dict, fetched: list | None = None):
        context = browser.new_context(**size)
        contexts.append(context)
        loopback_only(context, outside, fetched)
        page = context.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.set_default_timeout(30_000)
        return page

    yield open_
    for context in contexts:
        context.close()
    assert not outside, f"the page tried to reach beyond this machine: {outside}"
    assert not dialogs, f"a script ran and opened a dialog: {dialogs}"


def _shot(page, name: str, full_page: bool = False) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)


def _ready(scope) -> None:
    scope.locator(".cq-log").first.wait_for()
    scope.locator("#question textarea").first.wait_for()


def _ask(scope, question: str, answers: int) -> None:
    box = scope.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    scope.locator(f'.cq-log[data-answers="{answers}"][aria-busy="false"]').wait_for(timeout=30_000)


# --- a phone ----------------------------------------------------------------------------------


def test_phone_keeps_the_disclaimer_and_input_on_screen_after_two_answers(open_page, server):
    from playwright.sync_api import expect

    page = open_page(PHONE)
    page.goto(f"{server}/", wait_until="domcontentloaded")
    _ready(page)
    expect(page.locator(".cq-empty")).to_contain_text("Try asking")  # examples: in the empty state only
    assert on_screen(page, "#cq-note") and on_screen(page, "#question textarea")
    _shot(page, "phone-empty")
    page.locator("#question textarea").press("Enter")  # an empty question gets a word on screen
    expect(page.locator("#status .cq-notice")).to_contain_text("Please type a question")
    assert on_screen(page, "#status .cq-notice")
    for n, question in enumerate((LUPUS, TREATED), start=1):
        _ask(page, question, n)
        page.wait_for_timeout(200)
        expect(page.locator("#question textarea")).to_be_focused()  # focus returns to the input
        top = page.locator(".cq-turn").last.bounding_box()["y"]
        assert 0 <= top <= 120, f"answer {n} should be scrolled to its start, it is at y={top}"
    expect(page.locator(".cq-empty")).to_have_count(0)
    page.evaluate("window.scrollTo(0, document.scrollingElement.scrollHeight)")
    expect(page.locator(".cq-foot .cq-ref")).to_contain_text("Müller")  # the study's reference, once, at the foot
    expect(page.locator(".cq-foot")).to_contain_text("reloading the page clears this chat")
    assert page.locator(".cq-ref").count() == 1 and on_screen(page, ".cq-foot")
    page.locator(".cq-turn").last.scroll_into_view_if_needed()
    expect(page.locator("#cq-note")).to_contain_text("Not medical advice")
    assert on_screen(page, "#cq-note") and on_screen(page, "#question textarea") and on_screen(page, "#cq-ask")
    assert scroll_areas(page) == [], "the page itself is the one scrolling area"
    assert page.evaluate("document.scrollingElement.scrollHeight > innerHeight")
    assert page.evaluate("parseFloat(getComputedStyle(document.querySelector('#question textarea')).fontSize)") >= 16
    assert small_targets(page, "#cq-app") == [], "touch targets are 44 px or more"
    # The status line says each answer once; the conversation itself is not a live region.
    assert page.locator("#status [aria-live=polite]").count() == 1 and page.locator(".cq-log [aria-live]").count() == 0
    expect(page.locator("#status")).to_contain_text("Answer ready. ")
    _shot(page, "phone-two-answers")
    _shot(page, "phone-two-answers-full", full_page=True)


def test_an_older_answers_source_is_its_own(open_page, server):
    from playwright.sync_api import expect

    page = open_page(PHONE)
    page.goto(f"{server}/", wait_until="domcontentloaded")
    _ready(page)
    _ask(page, LUPUS, 1)
    _ask(page, TREATED, 2)
    first, second = page.locator("#cq-t0"), page.locator("#cq-t1")
    first.locator(".cq-chip").first.click()
    opened = first.locator("details.cq-src[open]")
    expect(opened).to_have_count(1)
    expect(opened.locator("mark").first).to_be_visible()
    assert "lupus" in opened.locator("mark").first.inner_text().lower()
    expect(first.locator(".cq-chip").first).to_have_attribute("aria-expanded", "true")
    _shot(page, "phone-older-source")
    # The second answer's [1] is another passage: its own.
    second.locator(".cq-chip").first.focus()
    page.keyboard.press("Enter")  # sources open from the keyboard too
    later = second.locator("details.cq-src[open] mark").first
    expect(later).to_be_visible()
    assert later.inner_text() != opened.locator("mark").first.inner_text()
    assert "patients" in later.inner_text()


def test_an_emergency_reply_stands_apart_with_a_number_to_call(open_page, server):
    from playwright.sync_api import expect

    page = open_page(PHONE)
    page.goto(f"{server}/", wait_until="domcontentloaded")
    _ready(page)
    _ask(page, FEVER, 1)
    alert = page.locator(".cq-turn").last.locator("[role=alert]")
    expect(alert).to_be_visible()
    calls = alert.locator('a[href^="tel:"]')
    assert calls.count() >= 1
    assert calls.first.get_attribute("href") == "tel:+15550100"  # CARTQA_CARE_TEAM_NUMBER
    assert calls.first.bounding_box()["height"] >= 44
    assert alert.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    _shot(page, "phone-emergency")


def test_not_in_study_suggestions_restyling_and_feedback(open_page, server, feedback_dir):
    from playwright.sync_api import expect

    page = open_page(PHONE)
    page.goto(f"{server}/", wait_until="domcontentloaded")
    _ready(page)
    _ask(page, "How much does the treatment cost?", 1)
    covers = page.locator(".cq-covers")
    expect(covers).to_contain_text("What the study does cover")
    suggestion = covers.locator("button.cq-ask").first
    asked = suggestion.inner_text()
    suggestion.click()
    page.locator('.cq-log[data-answers="2"][aria-busy="false"]').wait_for()
    expect(page.locator(".cq-turn").last.locator(".cq-q-text")).to_have_text(asked)
    simpler = page.locator(".cq-turn").last.get_by_role("button", name="Explain simpler")
    if simpler.count():
        simpler.click()
        page.locator('.cq-log[data-answers="3"][aria-busy="false"]').wait_for()
        expect(page.locator(".cq-turn").last.locator(".cq-tag")).to_have_text("In simpler words")
    thumb = page.locator(".cq-turn").last.get_by_role("button", name="This helped")
    thumb.click()
    expect(page.locator(".cq-turn").last.get_by_role("button", name="This helped")).to_have_attribute("aria-pressed", "true")
    lines = (feedback_dir / "feedback.jsonl").read_text().splitlines()
    assert json.loads(lines[-1])["helpful"] is True and set(json.loads(lines[-1])) == {"helpful", "kind"}
    _shot(page, "phone-follow-ups")


# --- a desktop ----------------------------------------------------------------------------------


def test_desktop_answers_and_prints_for_a_doctor(open_page, server):
    from playwright.sync_api import expect

    page = open_page(DESKTOP)
    page.goto(f"{server}/", wait_until="domcontentloaded")
    _ready(page)
    expect(page.locator("#question textarea")).to_be_focused()  # a desktop opens ready to type
    page.get_by_role("button", name=LUPUS).click()  # an example question
    page.locator('.cq-log[data-answers="1"][aria-busy="false"]').wait_for()
    answer = page.locator(".cq-turn").last
    body = answer.locator(".cq-body").inner_text()
    source = answer.locator("details.cq-src mark").first.inner_text()
    assert on_screen(page, "#cq-note") and on_screen(page, "#question textarea") and scroll_areas(page) == []
    _shot(page, "desktop-answer")

    answer.get_by_role("button", name="Print / save for my doctor").click()
    sheet = page.locator(".cq-print-sheet")
    expect(sheet).to_be_visible()
    expect(sheet.get_by_role("button", name="Print or save as PDF")).to_be_focused()
    printed = " ".join(sheet.inner_text().split())
    assert LUPUS in printed
    assert " ".join(body.replace("Source ", "[").split())[:40].split("[")[0].strip() in printed
    assert " ".join(source.split()).replace("Source 1: ", "") in printed
    assert "Müller" in printed and "Not medical advice" in printed
    page.emulate_media(media="print")
    expect(page.locator(".gradio-container")).to_be_hidden()  # only the clean page prints
    expect(sheet).to_be_visible()
    _shot(page, "print-view", full_page=True)
    page.emulate_media(media="screen")
    sheet.get_by_role("button", name="Back to the chat").click()
    expect(sheet).to_have_count(0)
    expect(answer.get_by_role("button", name="Print / save for my doctor")).to_be_focused()


def test_markup_in_a_question_is_shown_as_text(open_page, server):
    asked: list[str] = []
    page = open_page(DESKTOP, asked)
    page.goto(f"{server}/", wait_until="domcontentloaded")
    _ready(page)
    _ask(page, MARKUP, 1)
    assert page.locator(".cq-q-text").last.inner_text().strip() == MARKUP
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".cq-log img, .cq-log script").count() == 0
    assert not [url for url in asked if url.endswith("/x")], "the <img> was loaded"


def test_a_lost_server_is_said_in_plain_words(open_page, server):
    from playwright.sync_api import expect

    page = open_page(PHONE)
    page.goto(f"{server}/", wait_until="domcontentloaded")
    _ready(page)
    page.route("**/gradio_api/queue/join*", lambda route: route.abort("connectionrefused"))
    box = page.locator("#question textarea")
    box.fill(LUPUS)
    box.press("Enter")
    expect(page.locator("#status .cq-notice")).to_contain_text("can't reach the server", timeout=15_000)
    expect(page.locator(".toast-wrap")).to_be_hidden()
    assert on_screen(page, "#status .cq-notice")


# --- the widget on another site ---------------------------------------------------------------------


def test_the_iframe_takes_the_height_of_its_content(open_page, host_page):
    page = open_page(PHONE)
    page.goto(host_page, wait_until="domcontentloaded")
    frame = page.frame_locator("#cartqa-iframe")
    _ready(frame)
    iframe = page.locator("#cartqa-iframe")

    def fits() -> tuple[float, float]:
        page.wait_for_function("""() => {
            const f = document.querySelector('#cartqa-iframe');
            const d = f.contentDocument;  // null: another origin
            return f.getBoundingClientRect().height > 200;
        }""")
        page.wait_for_timeout(400)
        outer = iframe.bounding_box()["height"]
        inner = frame.locator("html").evaluate("e => e.scrollHeight")
        return outer, inner

    before, inner = fits()
    assert abs(before - inner) <= 4, f"iframe {before}px, its content {inner}px"
    assert 320 <= iframe.bounding_box()["width"] <= 400
    _ask(frame, LUPUS, 1)
    after, inner = fits()
    assert after > before + 150 and abs(after - inner) <= 4, (before, after, inner)
    assert frame.locator("html").evaluate("e => e.scrollWidth <= e.clientWidth"), "nothing wider than the widget"
    # The host page was scrolled to the start of the new answer.
    turn_top = iframe.bounding_box()["y"] + frame.locator(".cq-turn").last.evaluate("e => e.getBoundingClientRect().top")
    assert -2 <= turn_top <= 200, turn_top
    _shot(page, "host-iframe-phone")
    _shot(page, "host-iframe-phone-full", full_page=True)


def test_the_web_component_on_another_site(open_page, host_page):
    from playwright.sync_api import expect

    page = open_page(DESKTOP)
    page.goto(host_page, wait_until="domcontentloaded")
    widget = page.locator("#cartqa-widget")
    _ready(widget)
    assert widget.bounding_box()["width"] <= 400
    _ask(widget, TREATED, 1)
    widget.locator(".cq-chip").first.click()
    expect(widget.locator("details.cq-src[open] mark").first).to_be_visible()
    assert "15" in widget.locator(".cq-body").last.inner_text()
    widget.scroll_into_view_if_needed()
    _shot(page, "host-web-component")


def test_iframe_and_web_component_behind_a_path_prefix(open_page, prefixed):
    from playwright.sync_api import expect

    url, outside_prefix = prefixed
    httpd, host = _host(url)
    try:
        fetched: list[str] = []
        page = open_page(DESKTOP, fetched)
        page.goto(host, wait_until="domcontentloaded")
        widget = page.locator("#cartqa-widget")
        _ready(widget)
        _ask(widget, TREATED, 1)
        expect(widget.locator("details.cq-src").first).to_be_attached()
        frame = page.frame_locator("#cartqa-iframe")
        _ready(frame)
        _ask(frame, LUPUS, 1)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert not outside_prefix, f"asked the server for paths outside {PREFIX}: {outside_prefix}"
    assert widget.locator("#cq-bar").evaluate("e => getComputedStyle(e).position") == "sticky"  # its stylesheet loaded


# --- accessibility and weight ------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/embed/"])
def test_axe_finds_no_serious_violations(open_page, server, path):
    script = axe_script()
    page = open_page(PHONE)
    page.goto(f"{server}{path}", wait_until="domcontentloaded")
    _ready(page)
    found = {}
    for state in ("empty", "answered"):
        if state == "answered":
            _ask(page, LUPUS, 1)
            page.locator(".cq-chip").first.click()
        page.add_script_tag(content=script)
        result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
        found[state] = [
            {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]
        ]
    name = "root" if path == "/" else "embed"
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"axe-{name}.json").write_text(json.dumps(found, indent=2))
    serious = [v for state in found.values() for v in state if v["impact"] in ("serious", "critical")]
    assert not serious, serious


def test_the_widgets_first_load_is_small(open_page, server):
    page = open_page(PHONE)
    weight = weigh(page, f"{server}/embed/")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "embed-weight.json").write_text(json.dumps(weight, indent=2))
    assert weight["bytes"] <= 300_000, weight
    assert not weight["uncompressed_text"], f"text sent without compression: {weight['uncompressed_text']}"
