"""What the chat keeps of each reply so that an older answer still shows its own sources.

The conversation lives in the browser: with each question the page sends the chat's text and a
small record of every earlier reply (its kind, the spans it cites, its notes and suggestions). The
record holds references, not passages: the passages are looked up in the index when the
conversation is drawn. It comes back from the client, so it is read defensively: anything of the
wrong shape is dropped, every string is bounded, and all of it is escaped when shown.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace

from assistant.records import Reply

KINDS = ("answer", "correction", "not_in_study", "medical_advice", "emergency", "off_topic", "refused", "invalid")
STYLES = ("plain", "simple", "exact")
ALERTS = ("", "reaction", "self_harm")
MAX_KEPT = 24  # replies whose details are kept; older ones are shown as text
MAX_ITEMS = 12  # sources, notes or suggestions kept per reply
MAX_TEXT = 600  # characters of any one kept string


@dataclass(frozen=True)
class Source:
    """One cited sentence: the passage (chunk) it is in and where it sits in it."""

    n: int
    chunk_id: str
    section: str
    start: int
    end: int


@dataclass(frozen=True)
class Shown:
    """One reply as the chat shows it again later."""

    kind: str = "answer"
    alert: str = ""
    style: str = "plain"
    sources: tuple[Source, ...] = ()  # role "answer": the reply's sources
    terms: tuple[tuple[str, str, Source | None], ...] = ()  # (term, definition, defining sentence)
    background: tuple[tuple[str, str], ...] = ()  # (term, meaning): not from the study
    suggestions: tuple[str, ...] = ()
    feedback: int = 0  # 1 helpful, -1 not helpful, 0 not given

    @classmethod
    def of(cls, reply: Reply) -> "Shown":
        cited = {c.n: c for c in reply.citations}

        def source(c) -> Source:
            return Source(int(c.n), c.chunk_id, c.section, int(c.start), int(c.end))

        terms = tuple(
            (note.term, note.definition, source(cited[note.citation]) if note.citation in cited else None)
            for note in reply.glossary
        )
        return cls(
            kind=reply.kind if reply.kind in KINDS else "answer",
            alert=reply.alert if reply.alert in ALERTS else "",
            style=reply.style if reply.style in STYLES else "plain",
            sources=tuple(source(c) for c in reply.citations if getattr(c, "role", "answer") == "answer"),
            terms=terms,
            background=tuple((b.term, b.meaning) for b in reply.background),
            suggestions=tuple(s for s in reply.suggestions if isinstance(s, str) and s.strip()),
        )

    def with_feedback(self, helpful: bool) -> "Shown":
        return replace(self, feedback=1 if helpful else -1)

    def to_json(self) -> dict:
        data = {"k": self.kind, "a": self.alert, "y": self.style, "f": self.feedback,
                "c": [_source_json(s) for s in self.sources],
                "t": [[term, text, _source_json(s) if s else None] for term, text, s in self.terms],
                "b": [list(pair) for pair in self.background], "s": list(self.suggestions)}
        return {key: value for key, value in data.items() if value not in ("", 0, [], "plain")}

    @classmethod
    def from_json(cls, data) -> "Shown | None":
        if not isinstance(data, dict):
            return None
        kind, alert, style = data.get("k", "answer"), data.get("a", ""), data.get("y", "plain")
        terms = []
        for item in _items(data.get("t")):
            if isinstance(item, list) and len(item) == 3 and _texts(item[:2]):
                terms.append((_bound(item[0]), _bound(item[1]), _source(item[2])))
        return cls(
            kind=kind if kind in KINDS else "answer",
            alert=alert if alert in ALERTS else "",
            style=style if style in STYLES else "plain",
            sources=tuple(s for s in (_source(item) for item in _items(data.get("c"))) if s),
            terms=tuple(terms),
            background=tuple((_bound(i[0]), _bound(i[1])) for i in _items(data.get("b")) if isinstance(i, list) and len(i) == 2 and _texts(i)),
            suggestions=tuple(_bound(s) for s in _items(data.get("s")) if isinstance(s, str) and s.strip()),
            feedback=data.get("f") if data.get("f") in (1, -1) else 0,
        )


def _source_json(source: Source) -> list:
    return [source.n, source.chunk_id, source.section, source.start, source.end]


def _source(item) -> Source | None:
    if not (isinstance(item, list) and len(item) == 5):
        return None
    n, chunk_id, section, start, end = item
    ints = all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 10**7 for v in (n, start, end))
    if not (ints and _texts([chunk_id, section])):
        return None
    return Source(n, _bound(chunk_id), _bound(section), start, end)


def _items(value) -> list:
    return value[:MAX_ITEMS] if isinstance(value, list) else []


def _texts(values) -> bool:
    return all(isinstance(v, str) for v in values)


def _bound(text: str) -> str:
    return text[:MAX_TEXT]


def read_record(text) -> list[Shown | None]:
    """The record the page sent back -> one Shown (or None) per earlier reply, oldest first."""
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # (a record nested thousands deep is not one this page wrote)
        return []
    return [Shown.from_json(item) for item in data[-MAX_KEPT:]] if isinstance(data, list) else []


def write_record(shown: list[Shown | None]) -> str:
    """The record to keep in the page: the details of the latest MAX_KEPT replies."""
    kept = shown[-MAX_KEPT:]
    return json.dumps([s.to_json() if s else None for s in kept], ensure_ascii=False, separators=(",", ":"))


def align(shown: list[Shown | None], answers: int) -> list[Shown | None]:
    """One entry per assistant message: the record covers the latest replies, older ones get None."""
    shown = shown[-answers:] if answers else []
    return [None] * (answers - len(shown)) + shown


__all__ = ["Shown", "Source", "read_record", "write_record", "align"]
