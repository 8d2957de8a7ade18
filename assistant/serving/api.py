"""One FastAPI app: the patient chat at /, the embeddable widget at /embed, and a JSON API.

    POST /api/ask          {"question", "history"} -> the reply (answer, citations, glossary)
    POST /api/ask/stream   the same as server-sent events: `token` pieces, then one `reply`
    POST /api/feedback     {"helpful", "kind"}: anonymous, and only when CARTQA_FEEDBACK_DIR is set
    GET  /healthz          {"status", "index", "chunks"} (+ "problems" when degraded)
    GET  /docs             OpenAPI docs, served from this machine
    GET  /widget/gradio.js the script for the <gradio-app> web component (with /assets, CORS open)
    GET  /widget/resize.js for a page that frames /embed/: the iframe follows its content's height

Embedding in another site, with this server at https://cartqa.example:

    <iframe src="https://cartqa.example/embed/" title="Ask about the study"
            width="100%" height="720" style="border:0"></iframe>

    <script type="module" src="https://cartqa.example/widget/gradio.js"></script>
    <gradio-app src="https://cartqa.example/embed/" info="false" eager="true"></gradio-app>

The server keeps no conversation: clients send the history with each question, so any number of
server processes can serve the same users. Nothing a user types is written to disk or to the logs
(unless CARTQA_LOG_QUESTIONS=true).
"""
from __future__ import annotations

import json
import logging
import os
import re
import threading
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path

import anyio.to_thread
import gradio as gr
from fastapi import FastAPI, HTTPException
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.concurrency import iterate_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Mount

from assistant import __version__
from assistant.serving.reload import LiveBot, Watcher
from assistant.serving.errors import SORRY, _http_problem, _invalid_request, _server_error
from assistant.serving.schemas import KINDS, AskRequest, Feedback, Health, Problem, ReplyOut, Turn, _PROBLEMS
from assistant.serving.compression import Compression
from assistant.serving.limits import AnsweringNow, OpenStreams, PendingQuestions
from assistant.serving.middleware import BodyLimit, GradioGuard, RateLimit, SecurityHeaders
from assistant.serving.prefix import PublicPrefix
from assistant.serving.proxies import MAX_HEAD_BYTES, ForwardedHeaders, trusted_proxies
from assistant.serving.sessions import Sessions
from assistant.settings import Settings
from assistant.records import Reply

log = logging.getLogger("cartqa.api")

# The feedback file's size cap: about 250,000 clicks.
FEEDBACK_BYTES = 10 * 1024 * 1024
GRADIO_FRONTEND = Path(str(files("gradio").joinpath("templates/frontend")))
STATIC = Path(__file__).resolve().parent.parent / "static"
# The chat's Gradio queue: questions waiting beyond this many are turned away ("queue is full")
# instead of piling up in memory; QUEUE_WORKERS answer at once (per page: / and /embed).
QUEUE_MAX_SIZE = 64
QUEUE_WORKERS = 4
# With the rate limit on, one client may have this many questions in that queue, and this many
# event streams open (a page holds one while its question is answered; several people may share an address).
QUEUE_PER_CLIENT = 2
STREAMS_PER_CLIENT = 8
ANSWERING_PER_CLIENT = 2  # API questions from one client answered at once (of QUEUE_WORKERS turns)
# The JSON API answers at most as many questions at once as the chat's queue (the rest wait up to
# ANSWER_WAIT seconds for a turn, then are told to retry): an answer costs CPU, and a burst of costly
# questions must not starve everyone else's.
ANSWER_WAIT = 2.0
BUSY = "The server is answering as many questions as it can; please try again in a moment."


def create_app(settings: Settings | None = None, bot=None, reload_every: float = 0.0) -> FastAPI:
    """The whole web app; builds (or opens) the index when no bot is given. With reload_every > 0
    a background check rebuilds a missing, damaged or stale index and swaps it in."""
    if bot is None:
        from assistant.answering.pipeline import Assistant

        bot = Assistant.load(settings or Settings())
    settings = settings or bot.settings
    bot = LiveBot(bot)
    watcher = Watcher(bot, every=reload_every)
    if not settings.log_questions:
        # sse-starlette logs every event it sends at DEBUG: the reply, with the question in it.
        logging.getLogger("sse_starlette").setLevel(logging.INFO)

    @asynccontextmanager
    async def lifespan(_):
        watcher.start()
        try:
            yield
        finally:
            watcher.stop()

    app = FastAPIOffline(
        title="cartqa",
        version=__version__,
        description="Cited answers about the studies in its corpus. "
        "Not medical advice.",
        redoc_url=None,
        static_url="/docs-static",
        swagger_ui_parameters={"validatorUrl": None},
        lifespan=lifespan,
    )
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(StarletteHTTPException, _http_problem)
    app.add_exception_handler(Exception, _server_error)
    app.state.watcher = watcher
    spec = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:  # the limit is a setting, so the spec says it per app
            question = spec()["components"]["schemas"]["AskRequest"]["properties"]["question"]
            question["maxLength"] = settings.max_question_chars
        return app.openapi_schema

    app.openapi = openapi

    answering = threading.BoundedSemaphore(QUEUE_WORKERS)

    @app.post("/api/ask", response_model=ReplyOut, tags=["ask"], summary="Ask a question", responses=_PROBLEMS)
    def ask(request: AskRequest) -> dict:
        """Answer one question, citing the study's sentences."""
        _check_length(request, settings)
        if not answering.acquire(timeout=ANSWER_WAIT):
            raise HTTPException(503, BUSY, headers={"Retry-After": "1"})
        try:
            return bot.ask(request.question, _turns(request), style=request.style, study=request.study).to_dict()
        finally:
            answering.release()

    @app.post(
        "/api/ask/stream",
        tags=["ask"],
        summary="Ask a question, streamed",
        response_class=EventSourceResponse,
        responses={**_PROBLEMS, 200: {"content": {"text/event-stream": {}}, "description": "`event: token` with data "
                         '{"text": piece}, repeated; then `event: reply` with the reply as JSON '
                         '(or `event: error` with {"detail": message}).'}},
    )
    def ask_stream(request: AskRequest) -> EventSourceResponse:
        """Answer one question as server-sent events: text pieces, then the whole reply."""
        _check_length(request, settings)
        return EventSourceResponse(_events(bot, request.question, _turns(request), request.style, request.study, answering), ping=15)

    @app.api_route(
        "/healthz", methods=["GET", "HEAD"], response_model=Health, response_model_exclude_none=True, tags=["ops"], summary="Health",
        responses={503: {"model": Health, "description": "Degraded: still answering from memory; problems say why."}},
    )
    def healthz() -> JSONResponse:
        """Which index is being served, and whether it still matches the corpus and the store on
        disk (or the Chroma server). The server keeps answering from memory when it does not, but
        answers 503 so that a load balancer can prefer a healthy process."""
        report = watcher.report()
        body = Health(**report.to_dict()).model_dump(exclude_none=True)
        if "problems" in body:  # public: no password in a URL, no folder of the machine
            body["problems"] = [_public(problem) for problem in body["problems"]]
        return JSONResponse(body, status_code=200 if report.status == "ok" else 503)

    feedback = _feedback_writer(settings)

    @app.post(
        "/api/feedback",
        tags=["ask"],
        summary="Say whether an answer helped",
        include_in_schema=feedback is not None,
        responses={**_PROBLEMS, 404: {"model": Problem, "description": "Feedback is off on this server."},
                   507: {"model": Problem, "description": "The feedback file is full."}},
    )
    def give_feedback(request: Feedback) -> dict:
        """Keep one anonymous line: helpful (true/false) and the reply's kind. Off (404) unless
        CARTQA_FEEDBACK_DIR is set."""
        if feedback is None:
            raise HTTPException(404, "Feedback is turned off on this server (CARTQA_FEEDBACK_DIR is not set).")
        if not feedback(request):
            raise HTTPException(507, "The feedback file is full; nothing more is kept until an operator moves it away.")
        return {"stored": True}

    widget = _widget_script()

    @app.api_route("/widget/gradio.js", methods=["GET", "HEAD"], include_in_schema=False)
    def widget_script() -> Response:
        return Response(widget, media_type="text/javascript", headers={"Cache-Control": "no-cache"})

    resize = (STATIC / "resize.js").read_text(encoding="utf-8")

    @app.api_route("/widget/resize.js", methods=["GET", "HEAD"], include_in_schema=False)
    def resize_script() -> Response:
        """For a page that frames /embed/: the iframe takes the height of its content."""
        return Response(resize, media_type="text/javascript", headers={"Cache-Control": "no-cache"})

    entry = _widget_entry(widget)
    if entry:
        name, bundle = entry

        @app.api_route(f"/assets/{name}", methods=["GET", "HEAD"], include_in_schema=False)
        def widget_entry() -> Response:
            return Response(bundle, media_type="text/javascript", headers={"Cache-Control": "no-cache"})

    # The web component's bundle asks for /assets/... beside /widget/, from other sites' pages.
    app.mount("/assets", StaticFiles(directory=GRADIO_FRONTEND / "assets"), name="gradio-assets")

    from assistant.serving.chat import build_ui, history_limit, mount_options, redact_gradio_tracebacks

    if not settings.log_questions:
        redact_gradio_tracebacks()

    # /embed first: the app mounted at / takes every path that nothing before it took.
    events: dict[str, set[int]] = {}
    sessions: dict[str, Sessions] = {}
    for path, compact in (("/embed", True), ("/", False)):
        ui = build_ui(bot, compact=compact, feedback=_chat_feedback(feedback), settings=settings)
        blocks = ui.queue(max_size=QUEUE_MAX_SIZE, default_concurrency_limit=QUEUE_WORKERS)
        mount = "" if path == "/" else path
        events[mount] = set(blocks.fns)  # the chat's own events, by fn_index
        # Second line of defence behind GradioGuard: Gradio may serve no file from anywhere.
        gr.mount_gradio_app(app, blocks, path=path, allowed_paths=[], blocked_paths=["/"], **mount_options(compact=compact))
        gradio_app = next(r.app for r in app.routes if isinstance(r, Mount) and r.path == mount)
        # Gradio would keep every session's questions and answers: only events in flight keep any.
        sessions[mount] = Sessions(gradio_app, blocks, capacity=QUEUE_MAX_SIZE + QUEUE_WORKERS)
    app.state.sessions = sessions

    # The last added runs first: forwarded headers (only a trusted proxy's), headers on every
    # response, the rate limit and open streams, compression, the body limit, the guard on
    # Gradio's routes (which reads the bounded body), then the questions each client has queued.
    per_client = settings.rate_limit_per_minute > 0  # 0 turns every per-client limit off
    if settings.root_path:
        # Behind a proxy that serves cartqa under a sub-path: Gradio's pages and web component, and
        # the docs, build their URLs through it (see prefix.py). Innermost, after the guard.
        app.add_middleware(PublicPrefix, prefix=settings.root_path)
    app.add_middleware(AnsweringNow, per_client=ANSWERING_PER_CLIENT if per_client else 0)
    app.add_middleware(PendingQuestions, per_client=QUEUE_PER_CLIENT if per_client else 0,
                       queues={mount: kept.queue for mount, kept in sessions.items()})
    app.add_middleware(GradioGuard, events=events, sessions=sessions, max_history=history_limit(settings))
    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes, seconds=settings.idle_timeout * 1.5)
    # Text compressed on the wire (event streams are left alone); static files once, not per request.
    app.add_middleware(Compression, minimum_size=1024, level=6)
    # A quarter of the connections are kept for pages, questions and health checks.
    app.add_middleware(OpenStreams, total=max(1, settings.max_connections * 3 // 4),
                       per_client=STREAMS_PER_CLIENT if per_client else None)
    app.add_middleware(RateLimit, per_minute=settings.rate_limit_per_minute)
    app.add_middleware(SecurityHeaders, frame_ancestors=settings.frame_ancestors)
    app.add_middleware(ForwardedHeaders, proxies=trusted_proxies(settings.trusted_proxies))
    return app


def run(settings: Settings | None = None) -> None:
    """Serve the app with uvicorn on settings.host:settings.port."""
    import uvicorn

    settings = settings or Settings()
    _log_to_stderr()
    # CARTQA_RELOAD_SECONDS, once settings.py has it; until then the background check is off.
    app = create_app(settings, reload_every=getattr(settings, "reload_seconds", 0.0))
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    print(f"cartqa is serving on http://{host}:{settings.port}/  (widget: /embed, API docs: /docs)", flush=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning", **server_options(settings))


def server_options(settings: Settings) -> dict:
    """uvicorn's options: idle and header-read timeouts and a connection cap. Forwarded headers are
    the app's to judge (proxies.py), not uvicorn's."""
    from assistant.serving.connections import guarded_protocol

    proxies = trusted_proxies(settings.trusted_proxies)
    return {
        # Behind a proxy every client shares the proxy's address: no per-address share then.
        "http": guarded_protocol(settings.max_connections, settings.idle_timeout,
                                 per_client=settings.max_connections if proxies else None),
        "timeout_keep_alive": max(1, int(settings.idle_timeout)),
        "limit_concurrency": settings.max_connections,
        "h11_max_incomplete_event_size": MAX_HEAD_BYTES,
        "proxy_headers": False,
        "ws": "none",  # no route speaks WebSocket: upgrades are refused before any app code runs
        "server_header": False,
        "date_header": False,
    }


def _log_to_stderr() -> None:
    """The server's own log lines (kind and time of each answer, failures) on stderr. Question
    text only with CARTQA_LOG_QUESTIONS=true: bot.py decides what a line holds."""
    logger = logging.getLogger("cartqa")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


def _turns(request: AskRequest) -> list[dict]:
    return [turn.model_dump() for turn in request.history]


def _check_length(request: AskRequest, settings: Settings) -> None:
    limit = settings.max_question_chars
    if len(request.question) > limit:
        raise HTTPException(422, f"question is too long ({len(request.question)} characters); please keep it under {limit}.")
    # Only the last earlier question is reread, but reading it costs time with its length: an earlier
    # question is held to the same limit as a new one.
    for n, turn in enumerate(request.history):
        if turn.role == "user" and len(turn.content) > limit:
            raise HTTPException(
                422, f"history[{n}].content: an earlier question is too long ({len(turn.content)} characters); "
                f"questions are at most {limit}."
            )


def _chat_feedback(write):
    """The chat's thumbs up/down, kept by the same writer as POST /api/feedback (None when off)."""
    if write is None:
        return None
    return lambda helpful, kind: write(Feedback(helpful=helpful, kind=kind if kind in KINDS else "answer"))


def _feedback_writer(settings: Settings, limit: int | None = None):
    """None when feedback is off; else a function that appends one anonymous JSON line and says
    whether it did: the file stops growing at `limit` bytes (clicks are free to send)."""
    if settings.feedback_dir is None:
        return None
    path, lock = Path(settings.feedback_dir) / "feedback.jsonl", threading.Lock()
    limit = FEEDBACK_BYTES if limit is None else limit

    def write(feedback: Feedback) -> bool:
        line = json.dumps({"helpful": feedback.helpful, "kind": feedback.kind}) + "\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        # (Never through a link: a link planted in the folder would make the server append to
        # whatever file it points at.)
        flags = os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        with lock, os.fdopen(os.open(path, flags, 0o600), "a+b") as handle:
            end = handle.seek(0, 2)
            if end:
                handle.seek(end - 1)
                if handle.read(1) != b"\n":
                    line = "\n" + line  # (a file cut off mid-line keeps its lines whole)
            if end + len(line) > limit:
                return False
            handle.write(line.encode("utf-8"))
            return True

    return write


async def _events(bot, question: str, history: list[dict], style: str = "plain", study: str | None = None,
                  answering: threading.BoundedSemaphore | None = None):
    # The turn is taken here, not before the response: a stream never started must not hold one.
    if answering is not None and not await anyio.to_thread.run_sync(lambda: answering.acquire(timeout=ANSWER_WAIT)):
        yield ServerSentEvent(json.dumps({"detail": BUSY}), event="error")
        return
    try:
        async for piece in iterate_in_threadpool(bot.stream(question, history, style=style, study=study)):
            if isinstance(piece, Reply):
                yield ServerSentEvent(json.dumps(piece.to_dict(), ensure_ascii=False), event="reply")
            else:
                # JSON, because SSE data lines cannot carry a trailing newline.
                yield ServerSentEvent(json.dumps({"text": piece}, ensure_ascii=False), event="token")
    except Exception:
        log.exception("streaming an answer failed")
        yield ServerSentEvent(json.dumps({"detail": SORRY}), event="error")
    finally:
        if answering is not None:
            answering.release()


def _public(problem: str) -> str:
    """A health problem as anyone may read it: a URL's user and password and absolute paths removed."""
    # (user:password@host, with or without a scheme; a password may hold "@" or "/" itself)
    problem = re.sub(r"(?<=://)[^\s()'\"]+@(?=[\w.\[\]-])", "", problem)
    problem = re.sub(r"(?:(?<=[\s('\"])|^)(?![a-z][\w+.-]*://)[^\s()'\"]+@(?=[\w.\[\]-])", "", problem)
    return re.sub(r"(?<![\w.:/])/(?:[^\s/()'\"]+/)+[^\s/()'\"]*", "<path>", problem)


def _widget_script() -> str:
    # gradio.js is one line, import("./assets/index-<hash>.js"); point it at /assets, which this
    # app serves, so that the hash can change with each Gradio release.
    source = (GRADIO_FRONTEND / "gradio.js").read_text(encoding="utf-8")
    return source.replace('"./assets/', '"../assets/').replace("'./assets/", "'../assets/")


def _widget_entry(widget: str) -> tuple[str, str] | None:
    """The web component's entry module, loading its stylesheet from beside itself: Gradio's own
    resolves "./assets/index-<hash>.css" against the server's origin, which misses the path prefix
    of a server behind a proxy (CARTQA_ROOT_PATH). None when the entry is not as expected."""
    found = re.search(r"\.\./assets/(index-[\w-]+\.js)", widget)
    if not found:
        return None
    source = (GRADIO_FRONTEND / "assets" / found.group(1)).read_text(encoding="utf-8")
    patched = re.sub(r"`\./assets/(index-[\w-]+\.css)`", r'new URL("./\1",import.meta.url).href', source, count=1)
    return (found.group(1), patched) if patched != source else None


__all__ = ["create_app", "run", "AskRequest", "Turn"]
