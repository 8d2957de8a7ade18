"""What Gradio keeps of a chat session, kept only while one of its events is in flight.

Gradio stores every event's inputs and outputs (the question, the history, the drawn conversation)
per session in its state holder, for up to 10,000 sessions or an hour after a page closes, and keeps
a session's message queue and event ids after its answer is read. The chat needs none of it between
events: the page sends the conversation with each question. So a session's state is dropped as soon
as its last event ends, its message queue once the answer is read (or a minute after the answer, if
nobody reads it, or after a cancel, if the event never ran), and the state holder holds at most a few
sessions whatever happens.
"""
from __future__ import annotations

import asyncio
import logging
from collections import Counter

log = logging.getLogger("cartqa.api")

# Answers nobody has come to read are dropped after this many seconds (the page reads at once).
UNREAD_SECONDS = 60.0


class Sessions:
    """Drops a mounted chat's per-session state when its events are done (see the module)."""

    def __init__(self, gradio_app, blocks, capacity: int, unread_seconds: float = UNREAD_SECONDS):
        queue = blocks._queue
        missing = [name for name, owner in (("state_holder", gradio_app), ("process_events", queue),
                                            ("pending_messages_per_session", queue), ("pending_event_ids_session", queue),
                                            ("event_ids_to_events", queue))
                   if not hasattr(owner, name)]
        if missing:  # a Gradio release that moved them: fail at start, not by keeping every question
            raise RuntimeError(f"this Gradio has no {', '.join(missing)}: update assistant/serving/sessions.py")
        self.holder, self.queue, self.unread_seconds = gradio_app.state_holder, queue, unread_seconds
        # A backstop: a session opened by a join that never ran is evicted by newer ones.
        blocks.state_session_capacity = self.holder.capacity = capacity
        self.running: Counter = Counter()
        process = queue.process_events

        async def process_events(events, *args, **kwargs):
            sessions = [event.session_hash for event in events if event.session_hash]
            self.running.update(sessions)
            try:
                return await process(events, *args, **kwargs)
            finally:
                for session in sessions:
                    self.running[session] -= 1
                    if self.running[session] <= 0:
                        del self.running[session]
                        self.drop_state(session)
                        self.stream_ended(session)  # if the page has read the answer already
                        self._sweep_later(session)

        queue.process_events = process_events  # the queue looks it up on the instance for every batch

    def drop_state(self, session: str) -> None:
        """Forget the inputs and outputs Gradio kept for the session."""
        with self.holder.lock:
            self.holder.session_data.pop(session, None)
            self.holder.time_last_used.pop(session, None)

    def known(self, session: str) -> bool:
        """Whether the session has an event whose answer has not been read."""
        return bool(self.queue.pending_event_ids_session.get(session))

    def _live(self, session: str) -> bool:
        """Whether an event of the session is being answered or waits in the queue (its messages
        go to the session's message queue, which must then stay)."""
        return session in self.running or any(
            event.session_hash == session for event in list(self.queue.event_ids_to_events.values()))

    def stream_ended(self, session: str) -> None:
        """After a queue/data stream: drop the session's (empty) message queue and event ids, unless
        another of its events is still pending."""
        if self.known(session) or self._live(session):
            return
        messages = self.queue.pending_messages_per_session.get(session)
        if messages is not None and not messages.empty():
            return
        self._forget(session)

    def owns(self, session, event_id) -> bool:
        """Whether the event is one of the session's, not yet read."""
        return isinstance(session, str) and isinstance(event_id, str) and event_id in self.queue.pending_event_ids_session.get(session, ())

    def cancelled(self, session) -> None:
        """After Gradio's cancel route for the session (red team L3): an event it took out of the
        queue before it ran never reaches process_events, so the session's event ids and message
        queue (with the "completed" message the route adds) are swept here, like an unread answer."""
        # Sweeping rather than refusing cancels of events not yet started: telling those apart needs
        # more of Gradio's queue and races a worker taking the event, while the sweep checks only
        # _live, whenever the cancel comes. It is one timer per cancel (a cancel counts as a question
        # for the rate limit). The chat's page itself never cancels: none of its events has `cancels`.
        if isinstance(session, str) and self.known(session):
            self._sweep_later(session)

    def _forget(self, session: str) -> None:
        self.queue.pending_messages_per_session.pop(session, None)
        self.queue.pending_event_ids_session.pop(session, None)
        self.drop_state(session)

    def _sweep_later(self, session: str) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        loop.call_later(self.unread_seconds, self._sweep, session)

    def _sweep(self, session: str) -> None:
        """A while after a session's event ended: what its page read is dropped (its stream may
        have ended while the event was still finishing), and so is an answer nobody came for."""
        if self._live(session):
            return  # swept again when that event ends
        messages = self.queue.pending_messages_per_session.get(session)
        if messages is not None and not messages.empty():
            # A reader takes each message within seconds: this answer was never read.
            self._forget(session)
            log.info("an unread chat answer was dropped")
        else:
            self.stream_ended(session)
        self.drop_state(session)
