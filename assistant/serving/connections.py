"""Connection limits uvicorn does not have: a deadline for a new connection to send its request
headers (uvicorn's keep-alive timeout only starts after a response), a deadline for a client that
stops reading an answer (its unsent bytes would hold the connection for ever), and a cap on open
connections.

Without them, clients that open connections and never send a request hold them (and file
descriptors) forever.
"""
from __future__ import annotations

from collections import Counter

from uvicorn.protocols.http.h11_impl import H11Protocol

from assistant.serving.limits import client_key


def guarded_protocol(max_connections: int, header_timeout: float, per_client: int | None = None,
                     stall_timeout: float | None = None) -> type[H11Protocol]:
    """An H11Protocol class closing connections over max_connections at once (or over per_client
    from one address or IPv6 /64, by default an eighth of them), connections that have not sent
    a whole request head within header_timeout seconds, and connections whose client has taken
    nothing of an answer for stall_timeout seconds (by default header_timeout) while the server's
    send buffer is full."""
    stall_timeout = header_timeout if stall_timeout is None else stall_timeout
    per_client = per_client or max(4, max_connections // 8)
    open_by_client: Counter = Counter()

    class GuardedH11Protocol(H11Protocol):
        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            self._head_timer = None
            peer = transport.get_extra_info("peername")
            self._peer = client_key(peer[0]) if isinstance(peer, tuple) else str(peer)
            open_by_client[self._peer] += 1
            if len(self.connections) > max_connections or open_by_client[self._peer] > per_client:
                transport.close()
                return
            self._arm()

        def _arm(self) -> None:
            self._disarm()
            self._head_timer = self.loop.call_later(header_timeout, self._head_timeout)

        def _disarm(self) -> None:
            if getattr(self, "_head_timer", None) is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _head_timeout(self) -> None:
            self._head_timer = None
            if self.cycle is None or self.cycle.response_complete:
                self.transport.close()  # nothing (or only part of a request head) in time

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self.cycle is not None and not self.cycle.response_complete:
                self._disarm()  # a request is being answered; the app's own limits apply

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()  # the next request's head, or keep-alive idling, has the same deadline

        def pause_writing(self) -> None:
            # The client is not taking what is sent: past the deadline its connection is dropped
            # (closing would wait for a flush that never comes).
            super().pause_writing()
            self._unstall()
            self._stall_timer = self.loop.call_later(stall_timeout, self.transport.abort)

        def resume_writing(self) -> None:
            super().resume_writing()
            self._unstall()

        def _unstall(self) -> None:
            if getattr(self, "_stall_timer", None) is not None:
                self._stall_timer.cancel()
                self._stall_timer = None

        def connection_lost(self, exc) -> None:
            self._disarm()
            self._unstall()
            open_by_client[self._peer] -= 1
            if open_by_client[self._peer] <= 0:
                del open_by_client[self._peer]
            super().connection_lost(exc)

    return GuardedH11Protocol
