"""Forwarded headers, believed only from the configured reverse proxies (CARTQA_TRUSTED_PROXIES).

Gradio builds the "root" URL its client sends questions to from X-Forwarded-Host, X-Gradio-Server
and X-Forwarded-Proto, and the rate limit counts the client the proxy names. A client must not be
able to set either: the headers are removed here, in the outermost middleware, unless the peer is a
trusted proxy, and even then only its X-Forwarded-For and X-Forwarded-Proto are used (a proxy passes
on any other header the client sent; the public host reaches the app as Host).
"""
from __future__ import annotations

from starlette.responses import JSONResponse
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

# A request's head (its target and headers) at most: uvicorn's limit holds only for a head that
# arrives in pieces, so a larger one read at once is refused here (431).
MAX_HEAD_BYTES = 16 * 1024

# Believed from a trusted proxy; removed from everyone else's requests.
FROM_PROXY = (b"x-forwarded-for", b"x-forwarded-proto")
# Never believed: they would move Gradio's root URL or name another client.
_NEVER = (b"forwarded", b"x-gradio-server", b"x-real-ip", b"x-original-url", b"x-rewrite-url")


def trusted_proxies(setting: str) -> list[str]:
    """CARTQA_TRUSTED_PROXIES -> the addresses and networks it lists."""
    return [p.strip() for p in (setting or "").split(",") if p.strip()]


def _kept(name: bytes, proxied: bool) -> bool:
    if name in FROM_PROXY:
        return proxied
    return not (name.startswith(b"x-forwarded-") or name in _NEVER)


class ForwardedHeaders:
    """Outermost: with a trusted proxy as the peer, the client and scheme it names become the
    request's (uvicorn's own proxy-headers logic); forwarded headers from anyone else are dropped.
    A head larger than MAX_HEAD_BYTES is refused before anything copies it."""

    def __init__(self, app, proxies: list[str] | None = None):
        self.app = app
        self.proxied = ProxyHeadersMiddleware(app, trusted_hosts=proxies) if proxies else None

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        size = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
        size += sum(len(name) + len(value) + 4 for name, value in scope["headers"])
        if size > MAX_HEAD_BYTES and scope["type"] == "http":
            return await JSONResponse({"detail": "Request header fields too large."}, status_code=431)(scope, receive, send)
        peer = (scope.get("client") or ("", 0))[0]
        proxied = self.proxied is not None and peer in self.proxied.trusted_hosts
        headers = [(name, value) for name, value in scope["headers"] if _kept(name, proxied)]
        scope = dict(scope, headers=headers)
        if proxied:
            return await self.proxied(scope, receive, send)
        await self.app(scope, receive, send)
