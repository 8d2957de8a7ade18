"""Gradio's queue logs the traceback of a failed event; keep the patient's words out of it."""
from __future__ import annotations

import logging

log = logging.getLogger("cartqa.ui")


class _RedactedTraceback:
    """Stands in for the `traceback` module inside Gradio's queue: Gradio prints the traceback of a
    failed event, and a validation error's message holds the input (a patient's question). Log the
    kind of error and where it happened instead, never its message."""

    def __getattr__(self, name):
        import traceback

        return getattr(traceback, name)

    @staticmethod
    def print_exc(*_, **__) -> None:
        import sys
        import traceback

        kind, _, tb = sys.exc_info()
        where = traceback.extract_tb(tb)[-1] if tb else None
        place = f" at {where.filename.rsplit('/', 1)[-1]}:{where.lineno}" if where else ""
        log.error("a chat event failed: %s%s", getattr(kind, "__name__", kind), place)


def redact_gradio_tracebacks() -> None:
    """Make Gradio's queue log failures without their messages (see _RedactedTraceback)."""
    import gradio.queueing
    import gradio.route_utils
    import gradio.utils

    for module in (gradio.queueing, gradio.route_utils, gradio.utils):
        if getattr(module, "traceback", None) is not None:
            module.traceback = _RedactedTraceback()
