"""Serving under a sub-path: a reverse proxy serves cartqa at https://host/<prefix>/ and removes the
prefix before passing a request on (nginx: `location /cartqa/ { proxy_pass http://127.0.0.1:7860/; }`).

The middleware sees the paths the app knows (/embed/..., /api/...). Just before routing, the
prefix is put back as the ASGI root_path (and in front of the path, as the ASGI spec has it), so that
Gradio's pages, its web component and the API docs build their URLs through the proxy.
"""
from __future__ import annotations


class PublicPrefix:
    """Innermost middleware: requests reach the router as if the server ran under `prefix`."""

    def __init__(self, app, prefix: str):
        self.app = app
        self.prefix = prefix.rstrip("/")

    async def __call__(self, scope, receive, send):
        if scope["type"] in ("http", "websocket") and self.prefix:
            root = scope.get("root_path", "") + self.prefix
            path = scope.get("path", "")
            raw = scope.get("raw_path")
            scope = dict(scope, root_path=root, path=root + path)
            if raw is not None:
                scope["raw_path"] = root.encode("ascii") + raw
        await self.app(scope, receive, send)
