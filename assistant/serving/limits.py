"""Per-client limits: questions a minute, other requests a minute (a generous budget), questions
waiting in the chat's queue, and open event streams. A client is an address (the one a trusted
proxy names), or an IPv6 /64 network: anyone given one IPv6 address has 2^64 of them."""
from __future__ import annotations

import ipaddress
import json
import time
from bisect import bisect_right
from collections import Counter, OrderedDict

from fastapi.responses import JSONResponse

# Requests that are not questions (pages, scripts, configs) may come this many times as often.
OTHER_PER_QUESTION = 20


def client_of(scope) -> str:
    """The client a request is counted for: its address, or its IPv6 /64 network."""
    return client_key((scope.get("client") or ("unknown", 0))[0])


def client_key(host: str) -> str:
    """An address as a client: itself, or its IPv6 /64 network (an IPv4 address mapped into IPv6
    is that IPv4 address)."""
    if ":" not in host:
        return host
    try:
        address = ipaddress.IPv6Address(host.split("%")[0])
    except ValueError:
        return host
    if address.ipv4_mapped:
        return str(address.ipv4_mapped)
    return f"{int(address) >> 64:x}::/64"


class Window:
    """Request times per client over the last `seconds`, at most `limit` of them. Clients are kept
    least recently seen first, so those quiet for a whole window are forgotten at the front, a
    few at a time (never by scanning them all), and at most max_clients are kept."""

    def __init__(self, limit: int, seconds: float, max_clients: int = 100_000):
        self.limit, self.seconds, self.max_clients = limit, seconds, max_clients
        self.seen: OrderedDict[str, list[float]] = OrderedDict()

    def wait(self, client: str, now: float) -> int:
        """0 (and the request is counted), or the seconds until the client may ask again."""
        stamps = self.seen.get(client)
        if stamps is None:
            stamps = self.seen[client] = []
        else:
            self.seen.move_to_end(client)
            del stamps[: bisect_right(stamps, now - self.seconds)]
        if len(stamps) >= self.limit:
            return max(1, int(self.seconds - (now - stamps[0])) + 1)
        stamps.append(now)
        self._forget(now)
        return 0

    def _forget(self, now: float) -> None:
        while len(self.seen) > self.max_clients:
            self.seen.popitem(last=False)
        for _ in range(2):  # the two least recently seen, if quiet: the table shrinks as fast as it grows
            if not self.seen:
                break
            client, stamps = next(iter(self.seen.items()))
            if stamps and now - stamps[-1] < self.seconds:
                break
            self.seen.popitem(last=False)


class RateLimit:
    """At most per_minute questions a minute from one client (0: no limits at all), and
    OTHER_PER_QUESTION times as many other requests.

    Questions are POSTs to /api/ (questions and feedback) and to the chat's Gradio routes, and the
    chat's streams of answers (queue data); other requests are pages, scripts and the like. Kept in
    this process's memory, so with several processes each one counts on its own. The address is
    the connection's peer, or the client a trusted proxy names (proxies.py, before this runs); a
    forwarded header from anyone else is not believed.
    """

    def __init__(self, app, per_minute: int, window: float = 60.0, max_clients: int = 100_000, clock=time.monotonic):
        self.app = app
        self.clock = clock  # (seconds, only ever compared: a test passes its own)
        self.per_minute = per_minute
        self.window = window
        self.questions = Window(per_minute, window, max_clients)
        self.others = Window(per_minute * OTHER_PER_QUESTION, window, max_clients)

    @staticmethod
    def _is_question(scope) -> bool:
        path = scope.get("path", "")
        if scope["method"] == "POST":
            return path.startswith("/api/") or "/gradio_api/" in path
        # The chat's streams: one per question (queue data).
        return "/gradio_api/queue/data" in path

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not self.per_minute:
            return await self.app(scope, receive, send)
        question = self._is_question(scope)
        wait = (self.questions if question else self.others).wait(client_of(scope), self.clock())
        if wait:
            limit = self.per_minute if question else self.per_minute * OTHER_PER_QUESTION
            what = "questions" if question else "requests"
            message = f"Too many {what}: the limit is {limit} a minute. Please wait {wait} seconds."
            response = JSONResponse({"detail": message}, status_code=429, headers={"Retry-After": str(wait), "Connection": "close"})
            return await response(scope, receive, send)
        await self.app(scope, receive, send)


class PendingQuestions:
    """At most per_client questions from one client waiting in the chat's queue or being answered
    (on either page); more are answered 429 instead of taking places everyone shares.

    queues: each mount's Gradio queue; an event is pending while the queue still holds it."""

    def __init__(self, app, per_client: int, queues: dict):
        self.app, self.per_client, self.queues = app, per_client, queues
        self.owners: dict[str, str] = {}  # event id -> client
        self.joining: Counter = Counter()  # joins under way, per client

    def _pending(self, client: str) -> int:
        live = [queue.event_ids_to_events for queue in self.queues.values()]
        self.owners = {event: owner for event, owner in self.owners.items() if any(event in ids for ids in live)}
        return sum(owner == client for owner in self.owners.values()) + self.joining[client]

    async def __call__(self, scope, receive, send):
        if not (scope["type"] == "http" and self.per_client and scope["method"] == "POST"
                and scope.get("path", "").endswith("/gradio_api/queue/join")):
            return await self.app(scope, receive, send)
        client = client_of(scope)
        if self._pending(client) >= self.per_client:
            message = (f"You already have {self.per_client} questions waiting for an answer. "
                       "Please wait for them, then ask again.")
            return await JSONResponse({"detail": message}, status_code=429, headers={"Retry-After": "2", "Connection": "close"})(scope, receive, send)
        status, body = 0, []

        async def capture(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body" and status == 200:
                body.append(message.get("body", b""))
            await send(message)

        self.joining[client] += 1
        try:
            await self.app(scope, receive, capture)
        finally:
            self.joining[client] -= 1
            if self.joining[client] <= 0:
                del self.joining[client]
            event = _event_id(b"".join(body)) if status == 200 else None
            if event:
                self.owners[event] = client


class AnsweringNow:
    """At most per_client questions from one client being answered at once through the API
    (/api/ask and its stream); more are answered 429 at once, instead of taking the few answering
    turns everyone shares (within its budget a minute, one address could otherwise keep every turn
    busy and make other people wait, or be turned away)."""

    PATHS = ("/api/ask", "/api/ask/stream")

    def __init__(self, app, per_client: int):
        self.app, self.per_client = app, per_client
        self.answering: Counter = Counter()

    async def __call__(self, scope, receive, send):
        if not (scope["type"] == "http" and self.per_client and scope["method"] == "POST"
                and scope.get("path", "").rstrip("/") in self.PATHS):
            return await self.app(scope, receive, send)
        client = client_of(scope)
        if self.answering[client] >= self.per_client:
            message = (f"You already have {self.per_client} questions being answered. "
                       "Please wait for their answers, then ask again.")
            return await JSONResponse({"detail": message}, status_code=429, headers={"Retry-After": "1", "Connection": "close"})(scope, receive, send)
        self.answering[client] += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.answering[client] -= 1
            if self.answering[client] <= 0:
                del self.answering[client]


def _event_id(body: bytes) -> str | None:
    try:
        event = json.loads(body).get("event_id")
    except (ValueError, AttributeError):
        return None
    return event if isinstance(event, str) else None


class OpenStreams:
    """At most per_client open event streams (the chat's answers) from one client,
    and at most `total` from everyone, so that some connections are always left for pages,
    questions and health checks. A page holds one while its question is answered. A refusal closes its connection, which would
    otherwise stay open, idle, until the idle timeout."""

    def __init__(self, app, total: int, per_client: int | None = None):
        self.app, self.total, self.per_client = app, total, per_client
        self.open: Counter = Counter()
        self.count = 0

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "")
        if scope["type"] != "http" or "/gradio_api/queue/data" not in path:
            return await self.app(scope, receive, send)
        client = client_of(scope)
        if self.per_client and self.open[client] >= self.per_client:
            message = f"Too many pages waiting for answers from one address (at most {self.per_client}). Please close one."
            return await JSONResponse({"detail": message}, status_code=429, headers={"Retry-After": "10", "Connection": "close"})(scope, receive, send)
        if self.count >= self.total:
            message = "The server is busy. Please try again in a moment."
            return await JSONResponse({"detail": message}, status_code=503, headers={"Retry-After": "10", "Connection": "close"})(scope, receive, send)
        self.open[client] += 1
        self.count += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.count -= 1
            self.open[client] -= 1
            if self.open[client] <= 0:
                del self.open[client]
