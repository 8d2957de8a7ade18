"""The Gradio chat: a full page for patients and a compact one for embedding in other sites.

Thin: it calls the Assistant and draws what comes back (chat_render.py), each answer with its own
sources. Questions and answers are text, never markup: every string that reaches the page is
escaped. The conversation lives in the browser: a hidden Chatbot holds its text and a hidden
textbox a record of each reply's sources (chat_record.py), both sent with each question, so any
server process can answer and a reload starts afresh (the page says so).
"""
from __future__ import annotations

import html
import inspect
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import gradio as gr

from assistant.records import Reply
from assistant.serving.chat_privacy import _RedactedTraceback, redact_gradio_tracebacks
from assistant.serving.chat_record import Shown, align, read_record, write_record
from assistant.serving.chat_render import Passage, View, esc, exchanges, render_log, status_text

log = logging.getLogger("cartqa.ui")

STATIC = Path(__file__).resolve().parent.parent / "static"
CHAT_JS = (STATIC / "chat.js").read_text(encoding="utf-8")
CSS = (STATIC / "chat.css").read_text(encoding="utf-8")
SHORT_DISCLAIMER = "Not medical advice: ask your doctor about your care."
SORRY = "Sorry, something went wrong while answering. Please try again in a moment."
EMPTY = "Please type a question about the study first."
# A backend that truly streams is shown as it writes, redrawn at most this often (seconds).
REDRAW = 0.1

# System fonts only: the page must not fetch anything from outside the machine.
THEME = gr.themes.Default(
    primary_hue="blue",
    neutral_hue="slate",
    font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
    font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
).set(
    button_primary_background_fill="*primary_700",
    button_primary_background_fill_hover="*primary_800",
    button_primary_text_color="white",
    input_placeholder_color="*neutral_600",  # readable contrast, also for the placeholder
    input_placeholder_color_dark="*neutral_300",
)

# Questions share one pool of workers, whichever button asked them.
_SHARED_QUEUE = {"concurrency_limit": 4, "concurrency_id": "chat"}


def mount_options(compact: bool = False) -> dict:
    """Keyword arguments for gr.mount_gradio_app: look, and nothing kept in or sent from the browser."""
    return {
        "theme": THEME,
        "css": CSS,
        "footer_links": [],  # the API is documented at /docs; Gradio's footer links are not for patients
        "run_history": False,  # questions about one's health stay off shared browsers
        "show_error": False,
        "ssr_mode": False,
        "pwa": False,
        "mcp_server": False,
        "enable_monitoring": False,
    }


def _text(content) -> str:
    """The text of one Chatbot message, whatever shape Gradio hands it in."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return content.get("text", "") if content.get("type", "text") == "text" else ""
    if isinstance(content, (list, tuple)):
        return "".join(_text(part) for part in content)
    return ""


def history_from_chat(messages) -> list[dict]:
    """Chatbot messages (escaped for display) -> the plain {"role", "content"} turns the bot takes."""
    turns = []
    for message in messages or []:
        if isinstance(message, dict):
            role, content = message.get("role"), message.get("content")
        else:
            role, content = getattr(message, "role", None), getattr(message, "content", None)
        text = html.unescape(_text(content)).strip()
        if role in ("user", "assistant") and text:
            turns.append({"role": role, "content": text})
    return turns


def history_limit(settings) -> int:
    """Most chat messages the page keeps, draws and sends back: the turns the bot considers
    (CARTQA_MAX_HISTORY_TURNS exchanges), and at least the latest exchange."""
    return max(2, 2 * getattr(settings, "max_history_turns", 20))


def recent(turns: list[dict], keep: int) -> list[dict]:
    """The last `keep` turns, starting at a question: older ones are neither drawn nor sent back,
    so a client cannot make the chat draw (and send) more than that."""
    turns = turns[-keep:] if keep > 0 else []
    while turns and turns[0]["role"] != "user":
        turns = turns[1:]
    return turns


def _to_chat(turns: list[dict]) -> list[dict]:
    # Built from text alone, never from the parts the client sent: a file part in them would be
    # copied and served by Gradio's file route.
    return [{"role": turn["role"], "content": html.escape(turn["content"], quote=False)} for turn in turns]


def _status(text: str, notice: bool = False) -> str:
    """The live region: one announcement per answer (hidden), or a notice everyone sees."""
    return f'<p class="{"cq-notice" if notice else "cq-sr"}">{esc(text)}</p>' if text else '<p class="cq-sr"></p>'


def _pack(bot):
    packs = getattr(bot, "packs", None)
    if not packs:
        try:
            from assistant.ingest.packs import load_packs

            packs = load_packs(bot.settings.corpus_dir)
        except Exception:  # the chat still works with neutral wording
            log.warning("no study pack could be read from %s", getattr(bot.settings, "corpus_dir", "?"))
            packs = []
    return packs[0] if packs else None


def make_view(bot, compact: bool = False, feedback: bool = False, settings=None) -> View:
    """The study's wording (from its pack) and the settings the page needs (the server's, else the bot's)."""
    pack, settings = _pack(bot), settings or bot.settings
    clinician = getattr(pack, "clinician", "") or "your doctor"

    def lookup(chunk_id: str) -> Passage | None:
        try:
            chunk = bot.index.chunk(chunk_id)
        except Exception:  # a passage no longer in the index: the source is shown without it
            return None
        return Passage(chunk.text, getattr(chunk, "title", ""))

    try:
        restyle = "style" in inspect.signature(bot.ask).parameters
    except (AttributeError, TypeError, ValueError):  # an assistant that only streams, or an odd callable
        restyle = False
    return View(
        title=f"Ask about {getattr(pack, 'short_title', '') or 'the study'}",
        description=getattr(pack, "description", ""),
        reference=getattr(pack, "citation", ""),
        disclaimer=f"This explains one study. It is not medical advice: talk to {clinician} about your care.",
        examples=tuple(getattr(pack, "examples", ())),
        treatment_emergency=getattr(pack, "treatment_emergency", ""),
        emergency_number=getattr(settings, "emergency_number", ""),
        care_team_number=getattr(settings, "care_team_number", ""),
        crisis_number=getattr(settings, "crisis_number", ""),
        compact=compact,
        restyle=restyle,
        feedback=feedback,
        lookup=lookup,
        short_citation=getattr(pack, "short_citation", ""),
    )


def build_ui(bot, compact: bool = False, feedback: Callable[[bool, str], None] | None = None, settings=None) -> gr.Blocks:
    """The chat as Gradio Blocks; compact is the small layout for the /embed widget. feedback, when
    given, keeps a thumbs up or down (the same writer as POST /api/feedback); settings are the
    server's (phone numbers), by default the bot's."""
    settings = settings or bot.settings
    view = make_view(bot, compact, feedback is not None, settings)
    streams = getattr(bot.settings, "llm_backend", "none") not in ("none", "fake")
    limit = settings.max_question_chars
    keep = history_limit(settings)

    def answer(text: str, history: list[dict], style: str) -> Iterator[str | Reply]:
        kwargs = {"style": style} if view.restyle and style != "plain" else {}
        if streams or not hasattr(bot, "ask"):
            yield from bot.stream(text, history, **kwargs)
        else:
            yield bot.ask(text, history, **kwargs)

    def run(text: str, turns: list[dict], shown: list, history: list[dict], style: str = "plain") -> Iterator[tuple]:
        """Ask, show the question at once, then the answer (as it is written, if the backend streams)."""
        yield _to_chat(turns), gr.skip(), render_log(turns, shown, view, pending=text), _status(""), ""
        reply, partial, drawn = None, "", time.monotonic()
        try:
            for piece in answer(text, history, style):
                if isinstance(piece, Reply):
                    reply = piece
                    break
                partial += piece
                if streams and time.monotonic() - drawn >= REDRAW:
                    drawn = time.monotonic()
                    yield gr.skip(), gr.skip(), render_log(turns, shown, view, text, partial), gr.skip(), gr.skip()
        except Exception:
            log.exception("the chat could not answer")
        if reply is None:
            reply = Reply(answer=SORRY, kind="invalid", abstained=True)
        said = reply.body or reply.answer
        turns = recent(turns + [{"role": "user", "content": text}, {"role": "assistant", "content": said}], keep)
        kept = Shown.of(reply)
        if style != "plain" and kept.style == "plain":
            kept = replace(kept, style=style)  # the style asked for, if the reply does not say
        shown = align(shown + [kept], sum(t["role"] == "assistant" for t in turns))
        announce = SORRY if said == SORRY else status_text(said, shown[-1])
        yield _to_chat(turns), write_record(shown), render_log(turns, shown, view), _status(announce), ""

    def respond(question, chat, record=None) -> Iterator[tuple]:
        turns, shown = _read(chat, record, keep)
        text = question if isinstance(question, str) else ""
        if not text.strip():
            yield _to_chat(turns), gr.skip(), gr.skip(), _status(EMPTY, notice=True), gr.skip()
            return
        yield from run(text, turns, shown, turns)

    def act(chat, record, evt: gr.EventData) -> Iterator[tuple]:
        """A button inside the conversation: ask a suggested question, re-ask one in another style
        (with the history it first had), or say whether an answer helped."""
        data = evt._data if isinstance(getattr(evt, "_data", None), dict) else {}
        what, text = data.get("act"), data.get("text")
        if what == "ask" and isinstance(text, str):
            yield from respond(text[:limit], chat, record)
            return
        turns, shown = _read(chat, record, keep)
        found = _exchange(turns, data.get("turn"))
        if found is None:
            return
        question, before, index = found
        if what in ("simple", "exact") and view.restyle and question:
            yield from run(question, turns, shown, before, style=what)
        elif what in ("up", "down") and feedback is not None and index is not None and shown[index]:
            helpful = what == "up"
            if feedback(helpful, shown[index].kind) is False:
                # (The server's feedback file is full: nothing was kept, and the button is not pressed.)
                full = "Thank you, but feedback cannot be kept right now: nothing was stored."
                yield gr.skip(), gr.skip(), gr.skip(), _status(full, notice=True), gr.skip()
                return
            shown[index] = shown[index].with_feedback(helpful)
            thanks = "Thank you: your feedback was kept, without your question or the answer."
            yield gr.skip(), write_record(shown), render_log(turns, shown, view), _status(thanks, notice=True), gr.skip()

    def clear():
        return [], "", render_log([], [], view), _status("Chat cleared."), ""

    with gr.Blocks(title=view.title, fill_width=compact) as demo:
        with gr.Column(elem_id="cq-app", elem_classes=["cq-app", "cq-compact" if compact else "cq-full"]):
            gr.HTML(_header(view), elem_id="cq-header", js_on_load=None, apply_default_css=False)
            conversation = gr.HTML(render_log([], [], view), elem_id="chat", js_on_load=CHAT_JS, apply_default_css=False)
            with gr.Column(elem_id="cq-bar"):
                with gr.Row(elem_id="cq-ask-row", equal_height=True):
                    question = gr.Textbox(
                        label="Your question",
                        elem_id="question",
                        placeholder="Type your question",
                        lines=1,
                        max_lines=4,
                        max_length=limit,
                        autofocus=False,  # chat.js focuses it on a desktop, never on a phone
                        scale=5,
                        container=False,
                    )
                    ask = gr.Button("Ask", variant="primary", elem_id="cq-ask", scale=0, min_width=72)
                with gr.Row(elem_id="cq-bar-foot"):
                    gr.HTML(f'<p class="cq-note">{esc(SHORT_DISCLAIMER)}</p>', elem_id="cq-note", js_on_load=None,
                            apply_default_css=False)
                    clear_button = gr.Button("Clear chat", elem_id="clear", size="sm", variant="secondary", scale=0, min_width=96)
                status = gr.HTML(_status(""), elem_id="status", apply_default_css=False,
                                 js_on_load="element.setAttribute('role', 'status'); element.setAttribute('aria-live', 'polite');")
            chat = gr.Chatbot(visible=False, elem_id="cq-history", render_markdown=False, sanitize_html=True)
            record = gr.Textbox(visible=False, elem_id="cq-record")

        outputs = [chat, record, conversation, status, question]
        quiet = {"show_progress": "hidden"}  # the conversation shows "Looking in the study…" itself
        question.submit(respond, [question, chat, record], outputs, api_name="chat", **quiet, **_SHARED_QUEUE)
        ask.click(respond, [question, chat, record], outputs, api_visibility="private", **quiet, **_SHARED_QUEUE)
        conversation.click(act, [chat, record], outputs, api_visibility="private", **quiet, **_SHARED_QUEUE)
        clear_button.click(clear, None, outputs, api_visibility="private", concurrency_limit=None)  # queued: GradioGuard checks its data
    return demo


def _header(view: View) -> str:
    if view.compact:
        cite = f' <span class="cq-cite">({esc(view.short_citation)})</span>' if view.short_citation else ""
        return f'<header class="cq-header"><h1 class="cq-title">{esc(view.title)}{cite}</h1></header>'
    return f'<header class="cq-header"><h1 class="cq-title">{esc(view.title)}</h1></header>'


def _read(chat, record, keep: int) -> tuple[list[dict], list]:
    """The conversation the page sent, its latest `keep` turns: their text, and one Shown (or
    None) per reply among them (the record is cut to those replies)."""
    turns = recent(history_from_chat(chat), keep)
    return turns, align(read_record(record), sum(t["role"] == "assistant" for t in turns))


def _exchange(turns: list[dict], turn) -> tuple[str | None, list[dict], int | None] | None:
    """Exchange number `turn` (as drawn) -> (its question, the turns before it, its reply's index)."""
    if not isinstance(turn, int) or isinstance(turn, bool):
        return None
    found = exchanges(turns)
    return found[turn][:1] + found[turn][2:] if 0 <= turn < len(found) else None


__all__ = ["build_ui", "mount_options", "history_from_chat", "history_limit", "recent", "redact_gradio_tracebacks",
           "_RedactedTraceback", "SORRY"]
