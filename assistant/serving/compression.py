"""Compression on the wire without compressing the same file on every request.

Pages, configs and JSON are small and gzipped as they go. Static files (Gradio's ~900 assets, some
of several megabytes, the docs' bundles) are not: compressing a 4.6 MB script costs ~200 ms of CPU,
and anyone may ask for it again and again. Each is compressed once, on its first request, and
kept in memory (a few MB for the files a page loads; bounded in all); a file too large to keep is
sent as it is. Nothing below this middleware compresses a static file (Gradio's own brotli
included), so no request can make the server compress one again.
"""
from __future__ import annotations

import asyncio
import gzip

import anyio.to_thread
from starlette.middleware.gzip import GZipMiddleware

# Paths of files served from disk: the widget's and the docs' (this app), and each chat mount's.
STATIC_PREFIXES = ("/assets/", "/widget/", "/docs-static/", "/static/", "/svelte/",
                   "/embed/assets/", "/embed/static/", "/embed/svelte/")
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")
# Headers of the first response that do not describe the compressed body.
_DROPPED = (b"content-length", b"content-encoding", b"accept-ranges", b"content-range")


def _respelled(path: str) -> bool:
    """A path with an empty, "." or ".." segment: the same file spelt another way."""
    return any(segment in ("", ".", "..") for segment in path.split("/")[1:-1]) or path.endswith(("/.", "/.."))


async def _not_found(send) -> None:
    await send({"type": "http.response.start", "status": 404,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", b"9")]})
    await send({"type": "http.response.body", "body": b"Not found"})


class Compression:
    """gzip for dynamic responses; static files compressed once and served from memory."""

    def __init__(self, app, minimum_size: int = 1024, level: int = 6, budget: int = 64 << 20, largest: int = 8 << 20):
        self.app = app
        self.gzip = GZipMiddleware(app, minimum_size=minimum_size, compresslevel=level)
        self.minimum_size, self.level = minimum_size, level
        self.budget, self.largest = budget, largest  # bytes kept in all; the largest file compressed
        self.cache: dict[str, tuple[list, bytes, bytes | None]] = {}  # path -> (headers, gzip body, etag)
        self.kept = 0
        self.compressions = 0  # how many times a file was compressed (tests count them)
        self.as_is: set[str] = set()  # files sent uncompressed (too large, or not text)
        self._pending: dict[str, asyncio.Future] = {}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope.get("path", "").startswith(STATIC_PREFIXES):
            return await self.gzip(scope, receive, send)
        headers = [(k, v) for k, v in scope["headers"] if k != b"accept-encoding"]
        wants_gzip = b"gzip" in dict(scope["headers"]).get(b"accept-encoding", b"")
        plain = dict(scope, headers=headers)  # nothing below compresses it
        if _respelled(scope["path"]):
            # "/assets/./x.js", "/assets//x.js": a page never asks so; each spelling would be a file
            # compressed again.
            return await _not_found(send)
        path = scope["path"]
        if scope["method"] != "GET" or not wants_gzip or b"range" in dict(headers) or path in self.as_is:
            return await self.app(plain, receive, send)
        while path not in self.cache and path in self._pending:
            await asyncio.shield(self._pending[path])  # another request is compressing it
        if path in self.cache:
            return await self._send_cached(path, dict(headers), send)
        if path in self.as_is:
            return await self.app(plain, receive, send)
        self._pending[path] = asyncio.get_running_loop().create_future()
        try:
            reply = await self._first(path, plain, receive, send)
        finally:
            self._release(path)
        if reply is not None:  # sent after the others waiting for this file were let go
            for message in reply:
                await send(message)

    def _release(self, path: str) -> None:
        pending = self._pending.pop(path, None)
        if pending is not None and not pending.done():
            pending.set_result(None)

    async def _send_cached(self, path: str, request: dict, send) -> None:
        headers, body, etag = self.cache[path]
        if etag and etag in request.get(b"if-none-match", b""):
            await send({"type": "http.response.start", "status": 304, "headers": [(b"etag", etag)]})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": 200,
                    "headers": headers + [(b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    async def _first(self, path: str, scope, receive, send) -> list | None:
        """Run the app once and keep its whole answer (up to `largest`), compressed; the messages
        to send, or None when the answer went out as it was (not a file to keep, or too large)."""
        start, chunks, size, passing = None, [], 0, False

        async def capture(message):
            nonlocal start, size, passing
            if passing:
                return await send(message)
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                if size <= self.largest and self._keepable(start):
                    return
                message = {"type": "http.response.body", "body": b"".join(chunks), "more_body": message.get("more_body", False)}
                chunks.clear()
            # Not kept: sent as it is, and the others asking for the file need not wait.
            passing = True
            if start is not None and start["status"] == 200:
                self._as_is(path)
            self._release(path)
            await send(start)
            await send(message)

        await self.app(scope, receive, capture)
        if passing or start is None:
            return None
        body = b"".join(chunks)
        if len(body) < self.minimum_size:
            self._as_is(path)
            return [start, {"type": "http.response.body", "body": body}]
        packed = await anyio.to_thread.run_sync(lambda: gzip.compress(body, self.level, mtime=0))
        self.compressions += 1
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() not in _DROPPED]
        headers += [(b"content-encoding", b"gzip"), (b"vary", b"Accept-Encoding")]
        etag = next((v for k, v in headers if k.lower() == b"etag"), None)
        if self.kept + len(packed) <= self.budget:
            self.cache[path] = (headers, packed, etag)
            self.kept += len(packed)
        else:
            self._as_is(path)  # no room to keep it: sent as it is from now on, never compressed again
        return [{"type": "http.response.start", "status": 200, "headers": headers + [(b"content-length", str(len(packed)).encode())]},
                {"type": "http.response.body", "body": packed}]

    def _as_is(self, path: str) -> None:
        if len(self.as_is) < 10_000:  # the files there are, unless a route answers any path
            self.as_is.add(path)

    def _keepable(self, start) -> bool:
        if start is None or start["status"] != 200:
            return False
        headers = {k.lower(): v for k, v in start.get("headers", [])}
        kind = headers.get(b"content-type", b"").decode("latin-1").lower()
        return b"content-encoding" not in headers and kind.startswith(COMPRESSIBLE)
