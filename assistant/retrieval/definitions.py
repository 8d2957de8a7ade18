"""Abbreviations the corpus defines: "long form (ABBR)" (Schwartz & Hearst) and "ABBR denotes long
form, X long form". The Lexicon (lexicon.py) expands a question's abbreviations by them."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Definition:
    """A term the corpus defines, with the sentence that defines it."""

    term: str
    long_form: str
    sentence_id: str


def _schwartz_hearst(short: str, before: str) -> str | None:
    """The long form ending `before` that `short` abbreviates (Schwartz & Hearst, 2003)."""
    letters = [c.lower() for c in short if c.isalnum()]
    if not letters or not any(c.isalpha() for c in letters):
        return None
    words = before.split()
    window = " ".join(words[-min(len(words), len(letters) + 5) :])
    s, l = len(letters) - 1, len(window) - 1
    while s >= 0:
        c = letters[s]
        while l >= 0 and (window[l].lower() != c or (s == 0 and l > 0 and window[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return None
        l -= 1
        s -= 1
    long_form = window[l + 1 :].strip(" ,;")
    if len(long_form) <= len(short) or not long_form[:1].isalpha() or re.search(r"[,;:]", long_form):
        return None
    if len(long_form.split()) > min(len(letters) + 3, 2 * len(letters)):
        return None
    return long_form


_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_PAREN = re.compile(r"\(([A-Za-z][A-Za-z0-9\-–/]{1,14})\)")
_DENOTES = re.compile(r"([A-Z][A-Za-z0-9\-–/]+) denotes (.+)")


def find_definitions(sentences: list[tuple[str, str]]) -> dict[str, Definition]:
    """Abbreviations the corpus defines: "long form (ABBR)" and "ABBR denotes long form, X long form".

    `sentences` is a list of (sentence_id, text). The first definition of a term wins.
    """
    found: dict[str, Definition] = {}

    def add(term: str, long_form: str, sid: str) -> None:
        key = term.lower()
        if key not in found and any(c.isupper() for c in term):
            found[key] = Definition(term, long_form.strip(" .,;"), sid)

    for sid, text in sentences:
        for match in _PAREN.finditer(text):
            short = match.group(1)
            long_form = _schwartz_hearst(short, text[: match.start()])
            if not long_form and re.search(r"\d", short):
                # A digit spelled out in the long form ("ABC1": "a big count of one").
                long_form = _schwartz_hearst(re.sub(r"\d", lambda d: _DIGIT_WORDS[int(d.group(0))][0], short), text[: match.start()])
            if not long_form and re.search(r"[-–]", short):
                # "ABCDE-2K": the version suffix is often not spelled out in the long form.
                long_form = _schwartz_hearst(re.split(r"[-–]", short)[0], text[: match.start()])
            if long_form:
                add(short, long_form, sid)
        denotes = _DENOTES.search(text)
        if denotes:
            first, rest = denotes.group(1), denotes.group(2).rstrip(".")
            pieces = [p.strip() for p in re.split(r",\s*(?:and\s+)?", rest)]
            add(first, pieces[0], sid)
            for piece in pieces[1:]:
                term, _, long_form = piece.partition(" ")
                if term and long_form and (term.isupper() or "/" in term or "-" in term):
                    add(term, long_form, sid)
    return found
