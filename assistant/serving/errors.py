"""How the API answers what it cannot serve: a plain message with a next step, never a traceback
(the traceback goes to the log)."""
from __future__ import annotations

import logging

from fastapi import Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("cartqa.api")
SORRY = "Something went wrong on our side. Please try again in a moment."
_BODY_HINT = 'Send JSON like {"question": "How many patients were treated?", "history": []}.'


def _where(loc) -> str:
    parts = [str(p) for p in loc if p != "body"]
    text = ""
    for part in parts:
        text += f"[{part}]" if part.isdigit() else (f".{part}" if text else part)
    return text


async def _invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
    messages = []
    for error in exc.errors():
        where, kind, message = _where(error.get("loc", ())), error.get("type", ""), error.get("msg", "invalid")
        message = message.removeprefix("Value error, ")
        if kind == "json_invalid":
            messages.append(f"The request body is not valid JSON. {_BODY_HINT}")
        elif not where:
            messages.append(f"The request body must be a JSON object. {_BODY_HINT}")
        elif kind == "extra_forbidden":
            fields = ("helpful and kind" if request.url.path.endswith("/feedback")
                      else "question, history, style and study")
            messages.append(f"{where}: unknown field; a request has only {fields}.")
        elif kind == "missing":
            messages.append(f"{where}: this field is required.")
        else:
            messages.append(f"{where}: {message}.".replace("..", "."))
    return JSONResponse({"detail": " ".join(dict.fromkeys(messages))}, status_code=422)


async def _http_problem(request: Request, exc: StarletteHTTPException) -> Response:
    # FastAPI answers a body it cannot decode (not UTF-8, nested too deep) with a bare 400.
    if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
        detail = f"The request body is not valid JSON (UTF-8, not nested too deeply). {_BODY_HINT}"
        return JSONResponse({"detail": detail}, status_code=422)
    return await http_exception_handler(request, exc)


async def _server_error(request: Request, exc: Exception) -> JSONResponse:
    # The server logs the traceback; the client gets a plain message.
    log.error("request to %s failed", request.url.path, exc_info=exc)
    return JSONResponse({"detail": SORRY}, status_code=500)
