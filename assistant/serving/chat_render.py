"""The conversation as HTML: each answer with its own numbered sources, notes and next steps.

Everything a person or the study says reaches the page as escaped text; the only markup is built
here. Buttons carry data-act attributes that chat.js turns into events (ask, simpler, exact,
feedback) or handles in the page (open a source, print).
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.serving.chat_record import Shown, Source
from assistant.serving.chat_urgent import urgent

MARKER = re.compile(r"\[(\d{1,3})\]")
RESTYLED = {"simple": "In simpler words", "exact": "In the study's exact words"}
ANSWERED = ("answer", "correction")
# A thumb drawn inline (emoji fonts are not everywhere); {flip} turns it down.
_THUMB = ('<svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22"><path{flip} fill="currentColor" '
          'd="M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6C6.2 8 6 8.5 6 9v10a2 '
          '2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z"/></svg>')


@dataclass(frozen=True)
class Passage:
    text: str
    title: str = ""


@dataclass(frozen=True)
class View:
    """What drawing a conversation needs besides the conversation: the study, the settings."""

    title: str
    description: str = ""
    reference: str = ""
    short_citation: str = ""
    disclaimer: str = ""
    examples: tuple[str, ...] = ()
    treatment_emergency: str = ""
    emergency_number: str = ""
    care_team_number: str = ""
    crisis_number: str = ""
    compact: bool = False
    restyle: bool = False  # the assistant answers in other styles ("simple", "exact")
    feedback: bool = False  # the server keeps feedback
    lookup: Callable[[str], Passage | None] = lambda _: None


def esc(text: str) -> str:
    return html.escape(text or "", quote=True)


def exchanges(turns: list[dict]) -> list[tuple[str | None, str | None, list[dict], int | None]]:
    """Turns -> exchanges as drawn: (question, answer, the turns before it, the answer's index
    among the assistant messages). A question without an answer, or an answer without a question,
    is an exchange too."""
    found, question, start, answers = [], None, 0, 0
    for n, turn in enumerate(turns):
        if turn["role"] == "user":
            if question is not None:
                found.append((question, None, turns[:start], None))
            question, start = turn["content"], n
        else:
            found.append((question, turn["content"], turns[: start if question is not None else n], answers))
            question, answers = None, answers + 1
    if question is not None:
        found.append((question, None, turns[:start], None))
    return found


def render_log(turns: list[dict], shown: list[Shown | None], view: View, pending: str | None = None,
               partial: str = "") -> str:
    """The whole conversation. turns: plain-text {"role", "content"} messages; shown: one entry
    per assistant message; pending: a question being answered (partial: its text so far)."""
    found = exchanges(turns)
    asked = {q for q, *_ in found if q}
    parts = [
        _exchange(i, q, a, shown[k] if k is not None and k < len(shown) else None, view, asked)
        for i, (q, a, _, k) in enumerate(found)
    ]
    if pending is not None:
        parts.append(_pending(len(found), pending, partial))
    answers = sum(a is not None for _, a, *_ in found)
    busy = "true" if pending is not None else "false"
    body = "".join(parts) if parts else _empty(view)
    return (
        f'<div class="cq-log" data-answers="{answers}" data-turns="{len(parts)}" aria-busy="{busy}">'
        f'<h2 class="cq-sr">Conversation</h2>{body}{_foot(view)}</div>'
    )


def _empty(view: View) -> str:
    examples = view.examples[:3] if view.compact else view.examples[:4]
    return (
        '<div class="cq-empty">'
        + (f'<p class="cq-lead">{esc(view.description)}</p>' if view.description and not view.compact else "")
        + '<p class="cq-how">Every answer quotes the study. Tap a number such as '
        '<span class="cq-chip cq-chip-demo" aria-hidden="true">1</span><span class="cq-sr">[1]</span> '
        "to see the sentence it comes from.</p>"
        + (f'<p class="cq-disclaimer" id="disclaimer">{esc(view.disclaimer)}</p>' if view.disclaimer else "")
        + ('<h3 class="cq-h">Try asking</h3>' + _ask_list(examples, "cq-examples") if examples else "")
        + "</div>"
    )


def _foot(view: View) -> str:
    reference = f'<p class="cq-ref"><span class="cq-ref-label">Study:</span> {esc(view.reference)}</p>' if view.reference else ""
    return f'<div class="cq-foot">{reference}<p class="cq-private">Nothing you type is saved: reloading the page clears this chat.</p></div>'


def _question(i: int, question: str | None, style: str = "plain") -> str:
    if not question:
        return ""
    tag = f' <span class="cq-tag">{RESTYLED[style]}</span>' if style in RESTYLED else ""
    return (f'<h3 class="cq-q"><span class="cq-sr">You asked: </span><span class="cq-q-text" data-testid="user">'
            f"{esc(question)}</span>{tag}</h3>")


def _pending(i: int, question: str, partial: str) -> str:
    text = f'<div class="cq-body">{_paragraphs(esc(partial))}</div>' if partial else ""
    return (
        f'<section class="cq-turn cq-pending" id="cq-t{i}" data-turn="{i}">{_question(i, question)}'
        f'<div class="cq-a">{text}<p class="cq-wait">Looking in the study…</p></div></section>'
    )


def _exchange(i: int, question: str | None, answer: str | None, shown: Shown | None, view: View, asked: set) -> str:
    if answer is None:
        return f'<section class="cq-turn" id="cq-t{i}" data-turn="{i}">{_question(i, question)}</section>'
    shown = shown or Shown()
    groups = _groups(i, shown.sources)
    chips = {s.n: fid for fid, members in groups for s in members}
    if shown.kind == "emergency":
        inner = urgent(shown.alert, answer, view)
    else:
        inner = f'<div class="cq-body">{_paragraphs(_chipped(esc(answer), chips))}</div>'
        inner += _sources(groups, view) + _terms(shown) + _background(shown)
        inner += _actions(i, shown, view, bool(question)) + _next(shown, view, asked)
    return (
        f'<section class="cq-turn" id="cq-t{i}" data-turn="{i}" data-kind="{esc(shown.kind)}">'
        f"{_question(i, question, shown.style)}"
        f'<article class="cq-a cq-kind-{esc(shown.kind)}" aria-label="Answer" data-testid="bot">{inner}</article></section>'
    )


def _chipped(text: str, chips: dict[int, str]) -> str:
    def chip(match: re.Match) -> str:
        n = int(match.group(1))
        if n not in chips:
            return match.group(0)
        return (f'<button type="button" class="cq-chip" data-src="{chips[n]}" aria-controls="{chips[n]}" '
                f'aria-expanded="false"><span class="cq-sr">Source </span>{n}</button>')

    return MARKER.sub(chip, text)


def _paragraphs(text: str) -> str:
    """Lines -> paragraphs, with runs of "- " lines as a list."""
    out, items = [], []
    for line in text.split("\n"):
        line = line.strip()
        if line.startswith(("- ", "• ")):
            items.append(f"<li>{line[2:]}</li>")
            continue
        if items:
            out.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if line:
            out.append(f"<p>{line}</p>")
    if items:
        out.append(f"<ul>{''.join(items)}</ul>")
    return "".join(out)


def _groups(i: int, sources: tuple[Source, ...]) -> list[tuple[str, list[Source]]]:
    """Sources by passage, in order of first citation: a passage is listed once."""
    groups: dict[str, list[Source]] = {}
    for source in sources:
        groups.setdefault(source.chunk_id, []).append(source)
    return [(f"cq-t{i}-p{k + 1}", members) for k, members in enumerate(groups.values())]


def _sources(groups, view: View) -> str:
    if not groups:
        return ""
    items = []
    for fid, members in groups:
        passage = view.lookup(members[0].chunk_id)
        numbers = " ".join(f"[{s.n}]" for s in members)
        where = members[0].section or "The study"
        quote = _marked(passage.text, members) if passage else esc(" ".join(sorted({s.section for s in members})))
        title = f'<p class="cq-from">From: {esc(passage.title)}</p>' if passage and passage.title else ""
        items.append(
            f'<li><details class="cq-src" id="{fid}"><summary><span class="cq-nums">{numbers}</span> '
            f'<span class="cq-where">{esc(where)}</span></summary>'
            f'<blockquote class="cq-passage">{quote}</blockquote>{title}</details></li>'
        )
    count = sum(len(m) for _, m in groups)
    label = f"{len(groups)} passage{'s' if len(groups) != 1 else ''} of the study"
    return (f'<div class="cq-sources" data-count="{count}"><h4 class="cq-h">Sources <span class="cq-count">'
            f"({esc(label)})</span></h4><ol>{''.join(items)}</ol></div>")


def _marked(text: str, members: list[Source]) -> str:
    """The passage, escaped, with each cited sentence in <mark>."""
    spans = sorted((s.start, s.end, s.n) for s in members if 0 <= s.start < s.end <= len(text))
    out, at = [], 0
    for start, end, n in spans:
        if start < at:
            continue  # overlapping spans: the first one is marked
        out.append(esc(text[at:start]))
        out.append(f'<mark data-n="{n}"><span class="cq-sr">Source {n}: </span>{esc(text[start:end])}</mark>')
        at = end
    out.append(esc(text[at:]))
    return "".join(out)


def _terms(shown: Shown) -> str:
    if not shown.terms:
        return ""
    rows = "".join(
        f"<div><dt>{esc(term)}</dt><dd>{esc(text)}"
        + (f' <span class="cq-from">(the study’s definition, {esc(s.section)})</span>' if s and s.section else "")
        + "</dd></div>"
        for term, text, s in shown.terms
    )
    return f'<div class="cq-notes"><h4 class="cq-h">Words explained</h4><dl>{rows}</dl></div>'


def _background(shown: Shown) -> str:
    if not shown.background:
        return ""
    rows = "".join(f"<div><dt>{esc(term)}</dt><dd>{esc(meaning)}</dd></div>" for term, meaning in shown.background)
    return f'<div class="cq-notes cq-bg"><h4 class="cq-h">Background (not from this study)</h4><dl>{rows}</dl></div>'


def _actions(i: int, shown: Shown, view: View, asked: bool) -> str:
    buttons = []
    if view.restyle and asked and shown.kind in ANSWERED and shown.sources:
        if shown.style != "simple":
            buttons.append(_button("simple", i, "Explain simpler"))
        if shown.style != "exact":
            buttons.append(_button("exact", i, "Show exact study words"))
    buttons.append(_button("print", i, "Print / save for my doctor"))
    if view.feedback:
        for helpful, label in ((1, "This helped"), (-1, "This did not help")):
            pressed = "true" if shown.feedback == helpful else "false"
            flip = "" if helpful > 0 else ' transform="rotate(180 12 12)"'
            buttons.append(
                f'<button type="button" class="cq-act cq-thumb" data-act="{"up" if helpful > 0 else "down"}" '
                f'data-turn="{i}" aria-pressed="{pressed}" aria-label="{label}">{_THUMB.format(flip=flip)}</button>'
            )
    return f'<div class="cq-actions">{"".join(buttons)}</div>'


def _button(act: str, i: int, label: str) -> str:
    return f'<button type="button" class="cq-act" data-act="{act}" data-turn="{i}">{esc(label)}</button>'


def _next(shown: Shown, view: View, asked: set) -> str:
    """2-3 follow-ups: the reply's suggestions, else the study's examples not yet asked."""
    pool = [s for s in shown.suggestions if s not in asked] or [e for e in view.examples if e not in asked]
    if not pool:
        return ""
    covers = shown.kind == "not_in_study"
    heading = "What the study does cover: try" if covers else "You could ask next"
    return f'<div class="cq-next{" cq-covers" if covers else ""}"><h4 class="cq-h">{heading}</h4>{_ask_list(pool[:3], "cq-asks")}</div>'


def _ask_list(questions, cls: str) -> str:
    items = "".join(f'<li><button type="button" class="cq-ask" data-act="ask">{esc(q)}</button></li>' for q in questions)
    return f'<ul class="{cls}">{items}</ul>'


def status_text(answer: str, shown: Shown) -> str:
    """The one live announcement for an answer: its text (without the [n] markers) and its sources."""
    if shown.kind == "emergency":
        return ""  # the reply is role="alert": announced once by that
    text = " ".join(MARKER.sub("", answer).split())
    count = len({s.chunk_id for s in shown.sources})
    sources = f" {count} source{'s' if count != 1 else ''} below." if count else ""
    return f"Answer ready. {text}{sources}"
