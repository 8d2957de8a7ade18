"""ASGI middleware for the HTTP app: security headers, a body size limit, a per-client rate limit."""
from __future__ import annotations

import re
import time
from collections import defaultdict, deque

from fastapi.responses import JSONResponse
from starlette.datastructures import MutableHeaders


class SecurityHeaders:
    """nosniff everywhere; CSP frame-ancestors names the sites allowed to frame the chat."""

    def __init__(self, app, frame_ancestors: str = "*"):
        self.app = app
        # A ; would start another directive, a newline another header: keep the sources only.
        sources = re.split(r"[;\r\n]", frame_ancestors)[0].split() or ["'none'"]
        self.csp = f"frame-ancestors {' '.join(sources)}"

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Content-Security-Policy"] = self.csp
                if path.startswith(("/assets/", "/widget/")):
                    headers["Access-Control-Allow-Origin"] = "*"
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuse request bodies over max_bytes with 413, whether or not Content-Length says so."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            return await self._too_large(scope, receive, send)
        # Read the (bounded) body here, so a chunked upload cannot get past the limit either.
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return await self._too_large(scope, receive, send)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body, replayed = b"".join(chunks), False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope, receive, send):
        message = f"The request is too large; the limit is {self.max_bytes} bytes."
        await JSONResponse({"detail": message}, status_code=413)(scope, receive, send)


class RateLimit:
    """At most per_minute questions a minute from one client address (0: no limit).

    Counts POSTs to /api/ (questions and feedback) and the chat's Gradio queue. Kept in this
    process's memory, so with several processes each one counts on its own. The address is the
    connection's: an X-Forwarded-For header is not believed.
    """

    def __init__(self, app, per_minute: int, window: float = 60.0):
        self.app = app
        self.per_minute = per_minute
        self.window = window
        self.seen: dict[str, deque] = defaultdict(deque)

    def _counts(self, scope) -> bool:
        path = scope.get("path", "")
        return scope["method"] == "POST" and (path.startswith("/api/") or path.endswith("/gradio_api/queue/join"))

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
