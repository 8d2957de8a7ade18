"""The ground-truth questions file: one JSON object a line, each an Item. A malformed line is a
QuestionsError naming the line and the field at fault.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

KINDS = ("answer", "correction", "not_in_study", "medical_advice", "emergency", "off_topic", "refused")
ANSWER_KINDS = frozenset({"answer", "correction"})
# The expected kinds where the right behaviour is not to answer from the study.
ABSTAIN_KINDS = frozenset({"not_in_study", "medical_advice", "emergency", "off_topic", "refused"})


class QuestionsError(ValueError):
    """The questions file is malformed; the message names the line and the field."""


@dataclass(frozen=True)
class Item:
    """One ground-truth question (one line of a questions .jsonl file)."""

    id: str
    category: str
    question: str
    expected_kind: str
    history: list = field(default_factory=list)
    answerable: bool = True
    must_include: list = field(default_factory=list)  # facts; each a list of acceptable alternatives
    must_not_include: list = field(default_factory=list)
    evidence: list = field(default_factory=list)  # exact substrings of the corpus
    behaviour: str = ""
    note: str = ""
    line: int = field(default=0, compare=False)

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("line")
        return data


def _strings(value) -> bool:
    return isinstance(value, list) and all(isinstance(s, str) and s.strip() for s in value)


def _turns(value) -> bool:
    return isinstance(value, list) and all(
        isinstance(t, dict) and set(t) == {"role", "content"} and t["role"] in ("user", "assistant")
        and isinstance(t["content"], str)
        for t in value
    )


# field -> (check, what it must be, required)
_FIELDS: dict[str, tuple[Callable, str, bool]] = {
    "id": (lambda v: isinstance(v, str) and bool(v.strip()), "a non-empty string", True),
    "category": (lambda v: isinstance(v, str) and bool(v.strip()), "a non-empty string", True),
    "question": (lambda v: isinstance(v, str), "a string", True),
    "expected_kind": (lambda v: v in KINDS, f"one of {', '.join(KINDS)}", True),
    "history": (_turns, 'a list of {"role": "user"|"assistant", "content": "..."} turns', False),
    "answerable": (lambda v: isinstance(v, bool), "true or false", False),
    "must_include": (lambda v: isinstance(v, list) and all(_strings(f) and f for f in v),
                     'a list of facts, each a non-empty list of alternative strings: [["8 patients", "eight"]]', False),
    "must_not_include": (_strings, "a list of non-empty strings", False),
    "evidence": (_strings, "a list of non-empty strings (exact text of the corpus)", False),
    "behaviour": (lambda v: isinstance(v, str), "a string", False),
    "note": (lambda v: isinstance(v, str), "a string", False),
}


def parse_item(data, where: str = "") -> Item:
    """One decoded JSON object -> an Item; QuestionsError names the field that is wrong."""
    prefix = f"{where}: " if where else ""
    if not isinstance(data, dict):
        raise QuestionsError(f"{prefix}expected a JSON object, got {type(data).__name__}")
    unknown = sorted(set(data) - set(_FIELDS))
    if unknown:
        raise QuestionsError(f"{prefix}unknown field {unknown[0]!r} (known fields: {', '.join(_FIELDS)})")
    for name, (ok, what, required) in _FIELDS.items():
        if name not in data:
            if required:
                raise QuestionsError(f"{prefix}missing field {name!r} ({what})")
            continue
        if not ok(data[name]):
            raise QuestionsError(f"{prefix}field {name!r} must be {what}, got {json.dumps(data[name])[:80]}")
    values = dict(data)
    values.setdefault("answerable", values["expected_kind"] in ANSWER_KINDS)
    return Item(**values)


def load_questions(path: Path | str) -> list[Item]:
    """Read a questions .jsonl file (one JSON object a line; blank lines are skipped)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise QuestionsError(f"questions file not found: {path}") from None
    items: list[Item] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path} line {number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise QuestionsError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        item = parse_item(data, where)
        if item.id in first_line:
            raise QuestionsError(f"{where}: field 'id': duplicate id {item.id!r} (first on line {first_line[item.id]})")
        first_line[item.id] = number
        items.append(Item(**{**item.__dict__, "line": number}))
    if not items:
        raise QuestionsError(f"{path} has no questions: add one JSON object per line")
    return items
