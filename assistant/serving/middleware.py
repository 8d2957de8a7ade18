"""ASGI middleware for the HTTP app: security headers and CORS, a guard on the Gradio routes, a body
size limit, a per-client rate limit."""
from __future__ import annotations

import asyncio
import json
import re
import time
from collections import defaultdict, deque

from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.datastructures import MutableHeaders


# Paths this app serves itself; everything else belongs to a mounted Gradio page.
OWN_PREFIXES = ("/api/", "/healthz", "/docs", "/openapi.json", "/widget/", "/assets/")
# The Gradio routes the chat pages use, relative to their mount ("" or "/embed"). Everything else
# Gradio adds (file=, upload, proxy=, stream, run/call APIs, monitoring, login, vibe-edit...) is
# refused: the chat needs none of it, and the file routes would hand out files.
GRADIO_GET = re.compile(
    r"^(/|/config/?|/info/?|/theme\.css|/gradio_api/theme\.css|/favicon\.ico|/robots\.txt|"
    r"/(assets|static|svelte)/[^?]*|/gradio_api/(info/?|heartbeat/[\w-]+|queue/data|startup-events))$"
)
GRADIO_POST = re.compile(r"^/gradio_api/(queue/join|cancel|reset/?)$")
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


def event_data_ok(data) -> bool:
    """True when every input of a chat event is a plain value or a history of text messages, in
    the shape Gradio's Chatbot sends. Files, URLs, components and other shapes are refused here,
    before Gradio parses them (its validation errors would print the input, question and all)."""
    if not isinstance(data, list):
        return False
    for value in data:
        if value is None or isinstance(value, (str, int, float, bool)):
            continue
        if isinstance(value, list) and all(_message_ok(m) for m in value):
            continue
        return False
    return True


class SecurityHeaders:
    """Headers on every response: nosniff, no referrer, a CSP on the pages (only this origin, and
    frame-ancestors from the settings), and CORS only where another site needs it: the widget's
    script and assets (any origin) and the /embed page's routes (the framing sites, no credentials).
    Gradio's own CORS headers, which reflect any origin with credentials, are replaced."""

    def __init__(self, app, frame_ancestors: str = "*"):
        self.app = app
        # A ; would start another directive, a newline another header: keep the sources only.
        sources = re.split(r"[;\r\n]", frame_ancestors)[0].split() or ["'none'"]
        self.frame_ancestors = f"frame-ancestors {' '.join(sources)}"
        # Gradio's page runs inline scripts and builds handlers at run time; nothing leaves the origin.
        self.csp = (
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' blob:; connect-src 'self'; "
            f"object-src 'none'; base-uri 'self'; form-action 'self'; {self.frame_ancestors}"
        )
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

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name in [k for k in headers.keys() if k.startswith("access-control-")]:
                    del headers[name]
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
                html = headers.get("content-type", "").startswith("text/html")
                headers["Content-Security-Policy"] = self.csp if html else self.frame_ancestors
                if allow:
                    headers["Access-Control-Allow-Origin"] = allow.decode()
                    headers["Vary"] = "Origin"
            await send(message)

        await self.app(scope, receive, send_with_headers)


class GradioGuard:
    """Lets through only the Gradio routes the chat uses, and only text in what is sent to them.

    The chat is mounted with gr.mount_gradio_app and never launched, so Gradio's own file-access
    checks do not run: a chat history naming a file part would be copied and served back. Every
    other Gradio route answers 404; a queued event whose data holds a file, URL or component part
    answers 422, before Gradio parses it (and before it could log it).
    """

    def __init__(self, app, events: dict[str, set[int]] | None = None):
        self.app = app
        # The event ids (fn_index) each mount's chat defines; others would fail inside Gradio.
        self.events = events

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
            return await self.app(scope, receive, send)
        if method == "POST" and GRADIO_POST.fullmatch(inner):
            body, receive = await _read_body(receive)
            ok = _queue_body_ok(body, (self.events or {}).get(mount)) if inner.endswith("queue/join") else _plain_json(body)
            if not ok:
                message = "Only text questions are accepted."
                return await JSONResponse({"detail": message}, status_code=422)(scope, receive, send)
            return await self.app(scope, receive, send)
        return await JSONResponse({"detail": "Not Found"}, status_code=404)(scope, receive, send)


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


def _plain_json(body: bytes):
    """The body as a JSON object of text without lone surrogates (Gradio's own error path cannot
    encode those, and logs the body), or None."""
    try:
        payload = json.loads(body or b"{}")
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


def _queue_body_ok(body: bytes, events: set[int] | None = None) -> bool:
    payload = _plain_json(body)
    if payload is None or not isinstance(payload.get("data"), list) or not event_data_ok(payload["data"]):
        return False
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


class RateLimit:
    """At most per_minute questions a minute from one client address (0: no limit).

    Counts POSTs to /api/ (questions and feedback) and to the chat's Gradio routes, and the chat's
    streams (queue data, heartbeat). Kept in this
    process's memory, so with several processes each one counts on its own. The address is the
    connection's peer, or the client a trusted proxy names (CARTQA_TRUSTED_PROXIES, applied by the
    server before this runs); a forwarded header from anyone else is not believed.
    """

    def __init__(self, app, per_minute: int, window: float = 60.0):
        self.app = app
        self.per_minute = per_minute
        self.window = window
        self.seen: dict[str, deque] = defaultdict(deque)

    def _counts(self, scope) -> bool:
        path = scope.get("path", "")
        if scope["method"] == "POST":
            return path.startswith("/api/") or "/gradio_api/" in path
        # The chat's streams: one per question (queue data) and one per page (heartbeat).
        return "/gradio_api/queue/data" in path or "/gradio_api/heartbeat/" in path

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not self.per_minute or not self._counts(scope):
            return await self.app(scope, receive, send)
        now = time.monotonic()
        client = (scope.get("client") or ("unknown", 0))[0]
        stamps = self.seen[client]
        while stamps and now - stamps[0] >= self.window:
            stamps.popleft()
        if len(stamps) >= self.per_minute:
            wait = max(1, int(self.window - (now - stamps[0])) + 1)
            message = f"Too many questions: the limit is {self.per_minute} a minute. Please wait {wait} seconds."
            response = JSONResponse({"detail": message}, status_code=429, headers={"Retry-After": str(wait)})
            return await response(scope, receive, send)
        stamps.append(now)
        if len(self.seen) > 10_000:  # forget clients that have gone quiet
            for key in [k for k, v in self.seen.items() if not v or now - v[-1] >= self.window]:
                del self.seen[key]
        await self.app(scope, receive, send)
