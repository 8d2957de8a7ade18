"""The Gradio chat: a full page for patients and a compact one for embedding in other sites.

Thin: it calls Assistant.stream and renders what comes back. Questions and answers are text, never
markup, so every string that reaches the page is escaped here. The conversation lives in the
browser (the Chatbot value is sent with each question), so any server process can answer.
"""
from __future__ import annotations

import html
import logging
import time
from collections.abc import Callable, Iterator

import gradio as gr

from assistant.records import Reply

log = logging.getLogger("cartqa.ui")

DISCLAIMER = "This explains one study. It is not medical advice — talk to your doctor about your care."
STUDY = "Müller, F., et al. 2024. CD19 CAR T-Cell Therapy in Autoimmune Disease—A Case Series with Follow-up, New England Journal of Medicine."
EXAMPLES = (
    "Did the lupus patients go into remission?",
    "How many patients were treated?",
    "What does DORIS mean?",
    "Is this a cure?",
)
SORRY = "Sorry, something went wrong while answering. Please try again in a moment."
# The answer is ready at once; a short pause between words lets a reader (and a screen reader's
# polite announcements) follow it, the way a model's stream would arrive.
STREAM_PACE = 0.02

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
    input_placeholder_color="*neutral_500",  # readable contrast, also for the placeholder
    input_placeholder_color_dark="*neutral_400",
)

CSS = """
.cartqa-disclaimer { border-left: 4px solid #b45309; background: #fffbeb; color: #3b2a06;
  padding: 0.5rem 0.75rem; border-radius: 4px; font-weight: 600; }
.cartqa-sources { color: #1e293b; line-height: 1.5; }
.cartqa-sources h2 { font-size: 1.05rem; margin: 0 0 0.5rem; }
.cartqa-sources h3 { font-size: 0.95rem; margin: 0.75rem 0 0.25rem; }
.cartqa-sources ol { padding-left: 0; list-style: none; margin: 0; }
.cartqa-sources li { margin-bottom: 0.75rem; }
.cartqa-where { margin: 0 0 0.25rem; font-size: 0.9rem; color: #334155; }
.cartqa-n { font-weight: 700; color: #1e3a8a; }
.cartqa-passage { margin: 0; padding: 0.5rem 0.75rem; border-left: 3px solid #94a3b8;
  background: #f8fafc; white-space: pre-line; font-size: 0.92rem; color: #1e293b; }
.cartqa-passage mark { background: #fde68a; color: #111827; padding: 0 0.1em; }
.cartqa-ref, .cartqa-empty { font-size: 0.85rem; color: #475569; margin: 0.5rem 0 0; }
.cartqa-glossary dt { font-weight: 700; display: inline; }
.cartqa-glossary dd { display: inline; margin: 0 0 0 0.25rem; }
.cartqa-glossary div { margin-bottom: 0.25rem; }
.cartqa-examples button { white-space: normal; }
.cartqa-sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.cartqa-compact .cartqa-sources h2 { font-size: 0.95rem; }
*:focus-visible { outline: 3px solid #1d4ed8 !important; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .cartqa-sources, .cartqa-passage { color: #e2e8f0; }
  .cartqa-passage { background: #1e293b; }
  .cartqa-where, .cartqa-ref, .cartqa-empty { color: #cbd5e1; }
  .cartqa-n { color: #93c5fd; }
  .cartqa-disclaimer { background: #422006; color: #fef3c7; }
}
"""

# Questions share one pool of workers, whichever button asked them.
_SHARED_QUEUE = {"concurrency_limit": 4, "concurrency_id": "chat"}

EMPTY_SOURCES = (
    '<section class="cartqa-sources" aria-label="Sources">'
    "<h2>Sources</h2>"
    '<p class="cartqa-empty">Each answer quotes the study. The passages it quotes appear here, '
    "with the supporting sentence highlighted.</p></section>"
)
_LOOKING = (
    '<section class="cartqa-sources" aria-label="Sources" aria-busy="true">'
    '<h2>Sources</h2><p class="cartqa-empty">Looking in the study…</p></section>'
)


def mount_options(compact: bool = False) -> dict:
    """Keyword arguments for gr.mount_gradio_app: look, and nothing kept in or sent from the browser."""
    return {
        "theme": THEME,
        "css": CSS,
        "footer_links": [] if compact else ["api"],
        "run_history": False,  # questions about one's health stay off shared browsers
        "show_error": False,
        "ssr_mode": False,
        "pwa": False,
        "mcp_server": False,
        "enable_monitoring": False,
    }


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


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


def _passage(text: str, start: int, end: int, quote: str) -> str:
    """The cited passage, escaped, with the supporting sentence in <mark>."""
    if not (0 <= start < end <= len(text)):
        found = text.find(quote) if quote else -1
        if found < 0:
            return _escape(text)
        start, end = found, found + len(quote)
    return f"{_escape(text[:start])}<mark>{_escape(text[start:end])}</mark>{_escape(text[end:])}"


def render_sources(reply: Reply, lookup: Callable[[str], object | None] = lambda _: None) -> str:
    """HTML for the sources panel: each cited passage with its sentence highlighted, terms, the study."""
    if not reply.citations:
        note = "This reply does not quote the study." if reply.abstained else "No passages were cited."
        return (
            '<section class="cartqa-sources" aria-label="Sources"><h2>Sources</h2>'
            f'<p class="cartqa-empty">{_escape(note)}</p></section>'
        )
    items, references = [], []
    for citation in reply.citations:
        chunk = lookup(citation.chunk_id)
        title = getattr(chunk, "title", "") or citation.source
        reference = getattr(chunk, "citation", "") or STUDY
        if reference not in references:
            references.append(reference)
        where = " · ".join(part for part in (citation.section, title) if part)
        items.append(
            f'<li id="cartqa-source-{int(citation.n)}" data-n="{int(citation.n)}">'
            f'<p class="cartqa-where"><span class="cartqa-n">[{int(citation.n)}]</span> {_escape(where)}</p>'
            f'<blockquote class="cartqa-passage">'
            f"{_passage(citation.text, citation.start, citation.end, citation.quote)}</blockquote></li>"
        )
    parts = [
        '<section class="cartqa-sources" aria-label="Sources">',
        "<h2>Sources</h2>",
        f'<ol class="cartqa-cites">{"".join(items)}</ol>',
    ]
    if reply.glossary:
        terms = "".join(
            f"<div><dt>{_escape(note.term)}</dt><dd>{_escape(note.definition)} [{int(note.citation)}]</dd></div>"
            for note in reply.glossary
        )
        parts.append(f'<h3>Terms</h3><dl class="cartqa-glossary">{terms}</dl>')
    parts.extend(f'<p class="cartqa-ref">Study: {_escape(ref)}</p>' for ref in references)
    parts.append("</section>")
    return "".join(parts)


def _status(text: str) -> str:
    return f'<p class="cartqa-sr-only">{_escape(text)}</p>'


def build_ui(bot, compact: bool = False, pace: float = STREAM_PACE) -> gr.Blocks:
    """The chat as Gradio Blocks; compact is the small layout for the /embed widget."""
    lookup = _lookup(bot)

    def respond(question, chat) -> Iterator[tuple]:
        # The chat sent back is built from text alone, never from the parts the client sent: a
        # file part in it would be copied and served by Gradio's file route.
        history = history_from_chat(chat)
        chat = [{"role": turn["role"], "content": _escape(turn["content"])} for turn in history]
        text = question if isinstance(question, str) else ""
        if not text.strip():
            yield chat, gr.skip(), _status("Please type a question about the study."), ""
            return
        chat += [{"role": "user", "content": _escape(text)}, {"role": "assistant", "content": ""}]
        yield chat, _LOOKING, _status("Looking in the study…"), ""
        answer = ""
        try:
            for piece in bot.stream(text, history):
                if isinstance(piece, Reply):
                    chat[-1] = {"role": "assistant", "content": _escape(piece.answer)}
                    cited = len(piece.citations)
                    done = f"Answer ready, with {cited} source{'s' if cited != 1 else ''}." if cited else "Answer ready."
                    yield chat, render_sources(piece, lookup), _status(done), ""
                    return
                answer += piece
                chat[-1] = {"role": "assistant", "content": _escape(answer)}
                yield chat, gr.skip(), gr.skip(), ""
                if pace:
                    time.sleep(pace)
        except Exception:
            log.exception("the chat could not answer")
        chat[-1] = {"role": "assistant", "content": SORRY}
        yield chat, EMPTY_SOURCES, _status(SORRY), ""

    def clear():
        return [], EMPTY_SOURCES, _status("Chat cleared."), ""

    with gr.Blocks(title="Ask about the CAR T-cell study", fill_width=compact) as demo:
        with gr.Column(elem_classes=["cartqa-compact"] if compact else []):
            if compact:
                gr.Markdown("**Ask about the CAR T-cell study** (Müller et al., NEJM 2024)")
            else:
                gr.Markdown(
                    "# Ask about the CAR T-cell study\n"
                    "Questions and answers about one study: CD19 CAR T-cell therapy for severe lupus, "
                    "myositis and systemic sclerosis (Müller et al., *New England Journal of Medicine*, 2024). "
                    "Every answer quotes the study and numbers its sources."
                )
            gr.HTML(
                f'<p class="cartqa-disclaimer" role="note">{_escape(DISCLAIMER)}</p>',
                elem_id="disclaimer",
                js_on_load=None,
            )
            with gr.Row(equal_height=False):
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(
                        label="Conversation",
                        show_label=False,  # a floating label would cover the scrolled messages
                        elem_id="chat",
                        height=320 if compact else 480,
                        render_markdown=False,  # text, never markup; content is escaped below
                        sanitize_html=True,
                        allow_tags=False,
                        buttons=["copy"],
                        feedback_options=None,
                        autoscroll=True,
                        placeholder="Ask a question about the study. Answers quote it, with numbered sources.",
                    )
                    question = gr.Textbox(
                        label="Your question",
                        elem_id="question",
                        placeholder="For example: Did the lupus patients go into remission?",
                        lines=1,
                        max_lines=4,
                        max_length=bot.settings.max_question_chars,
                        submit_btn="Ask",
                        autofocus=not compact,
                    )
                    with gr.Row():
                        clear_button = gr.Button("Clear chat", elem_id="clear", size="sm", variant="secondary", scale=0, min_width=120)
                    gr.Markdown("Try asking:")
                    with gr.Row(elem_classes=["cartqa-examples"]):
                        examples = [
                            gr.Button(q, size="sm", variant="secondary", elem_classes=["cartqa-example"])
                            for q in (EXAMPLES[:2] if compact else EXAMPLES)
                        ]
                if not compact:
                    with gr.Column(scale=2, min_width=260):
                        sources = _sources_panel()
            if compact:
                sources = _sources_panel()
            status = gr.HTML(
                _status(""),
                elem_id="status",
                js_on_load="element.setAttribute('role', 'status'); element.setAttribute('aria-live', 'polite');",
            )

        outputs = [chatbot, sources, status, question]
        progress = {"show_progress": "minimal", "show_progress_on": [chatbot]}
        question.submit(respond, [question, chatbot], outputs, api_name="chat", **progress, **_SHARED_QUEUE)
        for button, text in zip(examples, EXAMPLES):
            button.click(_asking(respond, text), [chatbot], outputs, api_visibility="private", **progress, **_SHARED_QUEUE)
        clear_button.click(clear, None, outputs, api_visibility="private", concurrency_limit=None)  # queued: GradioGuard checks its data
        chatbot.clear(clear, None, outputs, api_visibility="private", concurrency_limit=None)  # queued: GradioGuard checks its data
    return demo


def _sources_panel() -> gr.HTML:
    return gr.HTML(EMPTY_SOURCES, elem_id="sources", js_on_load=None, padding=True)


def _asking(respond, text: str):
    """An example button's handler: ask its question."""

    def ask(chat):
        yield from respond(text, chat)

    return ask


def _lookup(bot) -> Callable[[str], object | None]:
    def lookup(chunk_id: str):
        try:
            return bot.index.chunk(chunk_id)
        except Exception:  # a missing chunk only costs the title; the passage is in the citation
            return None

    return lookup


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
