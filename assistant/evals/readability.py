"""The reading grade of what a patient reads: Flesch–Kincaid by textstat 0.7.4, which counts
syllables with pyphen's bundled dictionaries (newer textstat versions fetch cmudict at run time,
so the version is pinned in pyproject.toml).
"""
from __future__ import annotations

import re
import warnings

with warnings.catch_warnings():
    # textstat 0.7.4 imports pkg_resources, which warns that it is deprecated.
    warnings.simplefilter("ignore")
    import textstat

_MARKERS = re.compile(r"\s*\[\d+(?:\s*[,–-]\s*\d+)*\]")
_BULLET = re.compile(r"^[ \t]*(?:[-*•]|\d+[.)])[ \t]+", re.MULTILINE)
_NOTES = ("\n\nTerms:", "\n\nBackground")


def answer_body(reply) -> str:
    """What the patient reads as the answer: reply.body when set, else the answer without its
    "Terms:" and "Background" notes."""
    body = getattr(reply, "body", "") or getattr(reply, "answer", "")
    for label in _NOTES:
        body = body.split(label, 1)[0]
    return body


def readable_text(text: str) -> str:
    """text as a reader meets it: citation markers and list bullets removed, and each line that
    ends without punctuation (a list item, a heading) read as a sentence of its own."""
    text = _BULLET.sub("", _MARKERS.sub("", text))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " ".join(line if line[-1] in ".!?:;" else line + "." for line in lines)


def reading_grade(text: str) -> float | None:
    """Flesch–Kincaid grade of text (citation markers removed); None when it has no words."""
    text = readable_text(text)
    if not re.search(r"[A-Za-z]", text):
        return None
    return float(textstat.flesch_kincaid_grade(text))
