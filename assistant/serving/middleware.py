"""ASGI middleware for the HTTP app: security headers and CORS, a guard on the Gradio routes, a body
size limit. The per-client limits are in limits.py, forwarded headers in proxies.py."""
from __future__ import annotations

import asyncio
import json
import logging
import math
import re
import time
from urllib.parse import parse_qsl, urlencode

from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.datastructures import MutableHeaders

from assistant.serving.limits import RateLimit

log = logging.getLogger("cartqa.api")


# Paths this app serves itself; everything else belongs to a mounted Gradio page.
OWN_PREFIXES = ("/api/", "/healthz", "/docs", "/openapi.json", "/widget/", "/assets/")
# The Gradio routes the chat pages use, relative to their mount ("" or "/embed"). Everything else
# Gradio adds (file=, upload, proxy=, stream, run/call APIs, monitoring, login, vibe-edit...) is
# refused: the chat needs none of it, and the file routes would hand out files. Nor does it need the
# heartbeat: its page holds no per-session state (its config says connect_heartbeat: false), and an
# open heartbeat, accepted for any made-up session, never ends: enough of them filled every stream.
# Nor startup-events (red team, session of 2026-12-05 03:16): the page never asks for it, and a
# mounted app never marks its startup done, so the first stranger to ask restarted the queue.
GRADIO_GET = re.compile(
    r"^(/|/config/?|/info/?|/theme\.css|/gradio_api/theme\.css|/favicon\.ico|/robots\.txt|"
    r"/(assets|static|svelte)/[^?]*|/gradio_api/(info/?|queue/data))$"
)
GRADIO_POST = re.compile(r"^/gradio_api/(queue/join|cancel|reset/?)$")
SESSION_HASH = re.compile(r"[A-Za-z0-9_-]{1,64}")  # what a chat page sends (Gradio's random hash)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _mount(path: str) -> tuple[str, str]:
    """The Gradio mount a path belongs to and the path inside it."""
    if path == "/embed" or path.startswith("/embed/"):
        return "/embed", path[len("/embed"):]
    return "", path


def _message_ok(message) -> bool:
    if not isinstance(message, dict) or not set(message) <= {"role", "content", "metadata", "options"}:
        return False
    if message.get("role") not in ("user", "assistant") or message.get("options") not in (None, []):
        return False
    metadata = message.get("metadata")
    if metadata is not None and not (
        isinstance(metadata, dict) and all(isinstance(v, (str, int, float, type(None))) for v in metadata.values())
    ):
        return False
    content = message.get("content")
    return isinstance(content, list) and all(
        isinstance(part, dict) and set(part) == {"type", "text"} and part["type"] == "text" and isinstance(part["text"], str)
        for part in content
    )


def event_data_ok(data, max_messages: int | None = None) -> bool:
    """True when every input of a chat event is a plain value or a history of text messages (at
    most max_messages), in the shape Gradio's Chatbot sends. Files, URLs, components and other
    shapes are refused here, before Gradio parses them (its validation errors would print the
    input, question and all); so is a longer history than the chat ever sends back."""
    if not isinstance(data, list):
        return False
    for value in data:
        if value is None or isinstance(value, (str, int, float, bool)):
            continue
        short = max_messages is None or len(value) <= max_messages if isinstance(value, list) else False
        if short and all(_message_ok(m) for m in value):
            continue
        return False
    return True


# A page's own settings, read by Gradio's client to know where to send questions: never from a cache.
_CONFIG = re.compile(r"^/(config|info|gradio_api/info)/?$")


class SecurityHeaders:
    """Headers on every response: nosniff, no referrer, a CSP on the pages (only this origin), and
    CORS only where another site needs it: the widget's script and assets (any origin) and the
    /embed page's routes (the framing sites, no credentials). Only /embed/ may be framed by the
    sites in the settings (frame-ancestors); every other page only by this origin. Pages and
    configs are not to be cached, nor anything that may hold a question or its answer. Gradio's own CORS headers, which reflect any origin with
    credentials, are replaced."""

    def __init__(self, app, frame_ancestors: str = "*"):
        self.app = app
        # A ; would start another directive, a newline another header: keep the sources only.
        sources = re.split(r"[;\r\n]", frame_ancestors)[0].split() or ["'none'"]
        self.frame_ancestors = f"frame-ancestors {' '.join(sources)}"
        self.own_frame_ancestors = "frame-ancestors 'self'"
        # Gradio's page runs inline scripts and builds handlers at run time; nothing leaves the origin.
        policy = (
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' blob:; connect-src 'self'; "
            "object-src 'none'; base-uri 'self'; form-action 'self'; "
        )
        self.csp, self.own_csp = policy + self.frame_ancestors, policy + self.own_frame_ancestors
        self.embed_origins = None if "*" in sources else {s.rstrip("/").encode() for s in sources if "://" in s}

    def _cors(self, path: str, origin: bytes | None) -> bytes | None:
        if path.startswith(("/assets/", "/widget/")):
            return b"*"
        if origin and _mount(path)[0] == "/embed":
            if self.embed_origins is None:
                return b"*"
            return origin if origin.rstrip(b"/") in self.embed_origins else None
        return None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        origin = dict(scope["headers"]).get(b"origin")
        allow = self._cors(path, origin)
        if scope["method"] == "OPTIONS" and dict(scope["headers"]).get(b"access-control-request-method"):
            headers = {"Vary": "Origin"}
            if allow:
                headers.update({
                    "Access-Control-Allow-Origin": allow.decode(),
                    "Access-Control-Allow-Methods": "GET, POST, HEAD",
                    "Access-Control-Allow-Headers": "content-type, x-gradio-user",  # the web component sends it
                    "Access-Control-Max-Age": "600",
                })
            return await Response(status_code=204 if allow else 403, headers=headers)(scope, receive, send)

        mount, inner = _mount(path)
        framed = mount == "/embed"  # the widget's page, and what it loads
        # What may hold a person's words: an answer (the API's, or the chat's stream, a GET whose body
        # holds the question and its answer) or an error quoting what was sent. Red team 34: they had
        # no Cache-Control, and a caching proxy or CDN in front keeps such a 200 (Varnish: 2 minutes).
        private = scope["method"] == "POST" or inner == "/gradio_api/queue/data"

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name in [k for k in headers.keys() if k.startswith("access-control-")]:
                    del headers[name]
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
                html = headers.get("content-type", "").startswith("text/html")
                if html:
                    headers["Content-Security-Policy"] = self.csp if framed else self.own_csp
                else:
                    headers["Content-Security-Policy"] = self.frame_ancestors if framed else self.own_frame_ancestors
                if html or private or (not path.startswith(OWN_PREFIXES) and _CONFIG.match(inner)):
                    headers["Cache-Control"] = "no-store"
                if allow:
                    headers["Access-Control-Allow-Origin"] = allow.decode()
                    headers.add_vary_header("Origin")
                elif framed and self.embed_origins is not None:
                    # The answer depends on the Origin sent (it is echoed to the framing sites only): a
                    # shared cache must not give one site's copy, or a copy without it, to another.
                    headers.add_vary_header("Origin")
            await send(message)

        await self.app(scope, receive, send_with_headers)


# Query parameters of Gradio's page that the chat's one page never uses.
PAGE_PARAMS = frozenset({"page", "deep_link"})


# Gradio's API description, asked for alone (the page has its own copy inside).
_API_INFO = re.compile(r"^/gradio_api/info/?$")
# Why a description is always asked for by the chat's page (red team L5): Gradio 6 builds it with
# URLs from the request's Host. Asked without a page (or with an unknown one) it keeps the finished
# description (app.api_info) and serves it to everyone after; asked by a page it keeps only the part
# no request changes (page_api_info) and adds this request's URLs to a copy, as the chat's HTML page
# does. Clearing the first cache before each request left a race (a forged Host's request refilled
# it while another's was on its way); a lock would queue every description behind the last. Asked
# by page, nothing shared is read or changed (call/v2 and openapi.json answer 404 here).
_ONE_PAGE = (("page", ""),)


def _without_params(scope, names, added=()) -> dict:
    """The request's scope with those query parameters left out, and the pairs added given instead."""
    raw = scope.get("query_string", b"").decode("latin-1")
    if not raw and not added:
        return scope
    kept = [(k, v) for k, v in parse_qsl(raw, keep_blank_values=True) if k not in names]
    return {**scope, "query_string": urlencode(kept + list(added)).encode("latin-1")}


class GradioGuard:
    """Lets through only the Gradio routes the chat uses, and only text in what is sent to them.

    The chat is mounted with gr.mount_gradio_app and never launched, so Gradio's own file-access
    checks do not run: a chat history naming a file part would be copied and served back. Every
    other Gradio route answers 404; a queued event whose data holds a file, URL or component part, a
    longer history than the chat sends back, or no session hash, answers 422 before Gradio parses it.
    A stream of answers (queue/data) opens only for a session with a question in the queue.
    """

    def __init__(self, app, events: dict[str, set[int]] | None = None, sessions: dict | None = None,
                 max_history: int | None = None):
        self.app = app
        # The event ids (fn_index) each mount's chat defines; others would fail inside Gradio.
        self.events = events
        # Each mount's sessions (sessions.Sessions): which have answers waiting, and their cleanup.
        self.sessions = sessions or {}
        self.max_history = max_history  # chat messages in an event's history, at most

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path, method = scope.get("path", ""), scope["method"]
        if _CONTROL.search(path) or _CONTROL.search(scope.get("raw_path", b"").decode("latin-1")):
            # A decoded newline or other control character: no route of ours has one, and a
            # pattern's "$" would match before it.
            return await JSONResponse({"detail": "Not Found"}, status_code=404)(scope, receive, send)
        if path.startswith(OWN_PREFIXES) and not path.startswith("/embed"):
            return await self.app(scope, receive, send)
        mount, inner = _mount(path)
        if mount and inner == "":
            # /embed -> /embed/: the page's relative asset paths need the slash.
            query = scope.get("query_string", b"").decode("latin-1")
            target = "/embed/" + (f"?{query}" if query else "")
            return await RedirectResponse(target, status_code=307)(scope, receive, send)
        if method in ("GET", "HEAD") and GRADIO_GET.fullmatch(inner):
            if inner == "/gradio_api/queue/data":
                return await self._answers(scope, receive, send, self.sessions.get(mount))
            if inner == "/" or inner.rstrip("/") == "/config":
                # The chat is one page: Gradio's page switch (an unknown name fails with two
                # tracebacks) and deep links (page state read from a shared temporary folder: its
                # HTML and scripts replace the page's, on the page and on its /config) are not
                # ours, and are dropped.
                scope = _without_params(scope, PAGE_PARAMS)
            elif _API_INFO.match(inner):
                # Any page named (an unknown one too would reach the shared cache) becomes the chat's.
                scope = _without_params(scope, {"page"}, _ONE_PAGE)
            return await self.app(scope, receive, send)
        if method == "POST" and GRADIO_POST.fullmatch(inner):
            body, receive = await _read_body(receive)
            if inner.endswith("queue/join"):
                ok = _queue_body_ok(body, (self.events or {}).get(mount), self.max_history)
            else:
                ok = _plain_json(body)
            if not ok:
                message = "Only text questions are accepted."
                return await JSONResponse({"detail": message}, status_code=422)(scope, receive, send)
            if inner.endswith("cancel") and (sessions := self.sessions.get(mount)) is not None:
                # Only a session's own waiting question (red team F2: one naming another's left it open).
                if not sessions.owns(ok.get("session_hash"), ok.get("event_id")):
                    return await JSONResponse({"detail": "No such question is waiting."}, status_code=404)(scope, receive, send)
                try:
                    return await self.app(scope, receive, send)
                finally:
                    sessions.cancelled(ok.get("session_hash"))  # an event cancelled while queued never ran
            return await self.app(scope, receive, send)
        return await JSONResponse({"detail": "Not Found"}, status_code=404)(scope, receive, send)

    async def _answers(self, scope, receive, send, sessions) -> None:
        """queue/data: a session without a question in the queue is answered 404 at once (Gradio
        would start the stream, then log two tracebacks); a stream that fails is logged in one line."""
        # (Blank values counted too: Starlette keeps them, and serves the last.)
        pairs = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        hashes = [v for k, v in pairs if k == "session_hash"] or [""]
        session = hashes[0]
        # (Named twice, the first would be checked and Gradio would serve the last.)
        if len(hashes) != 1 or not SESSION_HASH.fullmatch(session) or (sessions is not None and not sessions.known(session)):
            message = "No question from this page is waiting for an answer."
            return await JSONResponse({"detail": message}, status_code=404)(scope, receive, send)
        started = finished = False

        async def watch(message):
            nonlocal started, finished
            if message["type"] == "http.response.start":
                started = True
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                finished = True
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:  # noqa: BLE001 - logged as one line, without its message (it may hold text)
            log.warning("a chat stream ended with %s", type(exc).__name__)
            try:
                if not started:
                    await JSONResponse({"detail": "Not Found"}, status_code=404)(scope, receive, send)
                elif not finished:
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
            except Exception:  # noqa: BLE001 - the client has gone
                pass
        finally:
            if sessions is not None:
                sessions.stream_ended(session)


async def _read_body(receive) -> tuple[bytes, object]:
    """The whole request body (BodyLimit has bounded it) and a receive that replays it."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    body = b"".join(chunks)
    return body, replaying(body, receive)


def replaying(body: bytes, receive):
    """A receive that hands the app the body already read, then the connection's own messages."""
    replayed = False

    async def replay():
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def _not_json(name: str):
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999
        raise ValueError("a number too large for JSON")
    return value


def _plain_json(body: bytes):
    """The body as a JSON object of text without lone surrogates or numbers JSON has not (NaN,
    Infinity, 1e999): Gradio's own error path cannot encode those, and logs the body. Else None."""
    try:
        payload = json.loads(body or b"{}", parse_constant=_not_json, parse_float=_finite)
    except (ValueError, RecursionError):  # "[[[[..." nested past the parser's depth
        return None
    return payload if isinstance(payload, dict) and not _has_surrogate(payload) else None


def _has_surrogate(value, depth: int = 0) -> bool:
    if depth > 20:
        return True
    if isinstance(value, str):
        return any("\ud800" <= ch <= "\udfff" for ch in value)
    if isinstance(value, dict):
        return any(_has_surrogate(k, depth + 1) or _has_surrogate(v, depth + 1) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(v, depth + 1) for v in value)
    return False


def _queue_body_ok(body: bytes, events: set[int] | None = None, max_history: int | None = None) -> bool:
    payload = _plain_json(body)
    if payload is None or not isinstance(payload.get("data"), list) or not event_data_ok(payload["data"], max_history) \
            or not isinstance(payload.get("session_hash"), str) or not SESSION_HASH.fullmatch(payload["session_hash"]):
        return False  # (red team F1: an empty session hash was filed under "" and kept a stream open for ever)
    event = payload.get("fn_index")
    return events is None or (isinstance(event, int) and not isinstance(event, bool) and event in events)


class BodyLimit:
    """Refuse request bodies over max_bytes with 413, whether or not Content-Length says so, and
    bodies that take longer than seconds to arrive with 408."""

    def __init__(self, app, max_bytes: int, seconds: float = 15.0):
        self.app = app
        self.max_bytes = max_bytes
        self.seconds = seconds

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            return await self._too_large(scope, receive, send)
        # Read the (bounded) body here, so a chunked upload cannot get past the limit either.
        chunks, size = [], 0
        deadline = time.monotonic() + self.seconds
        while True:
            try:
                # A body sent a byte at a time would hold a connection for ever: it has a deadline.
                message = await asyncio.wait_for(receive(), timeout=max(0.01, deadline - time.monotonic()))
            except asyncio.TimeoutError:
                message = f"The request body took longer than {self.seconds:g} seconds to arrive."
                return await JSONResponse({"detail": message}, status_code=408, headers={"Connection": "close"})(scope, receive, send)
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return await self._too_large(scope, receive, send)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        await self.app(scope, replaying(b"".join(chunks), receive), send)

    async def _too_large(self, scope, receive, send):
        message = f"The request is too large; the limit is {self.max_bytes} bytes."
        await JSONResponse({"detail": message}, status_code=413)(scope, receive, send)


__all__ = ["BodyLimit", "GradioGuard", "RateLimit", "SecurityHeaders", "event_data_ok"]
