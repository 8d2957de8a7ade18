"""Words a regular expression cannot match without: a cheap test before the pattern is tried.

A guard is one of some 1,600 patterns tried one by one on every message; most of them need a word
the message does not have ("breath", "overdos", "ignore"). `required` reads a pattern's parse and
returns strings, one of which must occur in the case-folded text for the pattern (compiled with
re.IGNORECASE) to match; `None` when it finds no such strings (the pattern is always tried). The
reading is conservative: only literal runs that every match must contain are taken (never from a
lookaround, an optional part or a character class), so skipping a pattern whose strings are all
absent never changes what the patterns find.
"""
from __future__ import annotations

import re

try:  # (Python 3.11+: re._parser; before, sre_parse)
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _p

MIN_CHARS = 3  # a shorter string rules out too little to be worth the test


def required(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Folded strings (see fold) one of which every match of pattern (compiled with flags, and
    IGNORECASE) contains, or None."""
    try:
        parsed = _p.parse(pattern, (flags | re.IGNORECASE) & ~re.UNICODE)
    except re.error:
        return None
    need = _sequence(list(parsed))
    if not need or min(len(s) for s in need) < MIN_CHARS:
        return None
    return need


def _sequence(items) -> frozenset[str] | None:
    """The most selective requirement among the parts a sequence of nodes must all match."""
    found: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        if op is _c.LITERAL:
            run += fold(chr(arg))
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        need = _node(op, arg)
        if need:
            found.append(need)
    if run:
        found.append(frozenset([run]))
    found = [f for f in found if min(len(s) for s in f) >= MIN_CHARS]
    if not found:
        return None
    # (Fewest strings to test; the longest shortest string breaks a tie.)
    return min(found, key=lambda f: (len(f), -min(len(s) for s in f)))


def _node(op, arg) -> frozenset[str] | None:
    if op is _c.SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(list(arg))
    if op is _c.BRANCH:
        branches = [_sequence(list(b)) for b in arg[1]]
        if any(not b for b in branches):
            return None
        return frozenset().union(*branches)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        low, _, body = arg
        return _sequence(list(body)) if low >= 1 else None
    return None  # (a class, any character, an anchor, a lookaround, a back-reference: no literal)


def fold(text: str) -> str:
    """Text case-folded as re.IGNORECASE compares it ("ς" as "σ", "ſ" as "s"; dotless "ı", which
    matches "i", and dotted "İ", as "i")."""
    return text.replace("İ", "i").casefold().replace("ı", "i")


def passes(need: frozenset[str] | None, folded: str) -> bool:
    """Whether a text (folded) may match a pattern that needs one of need."""
    return need is None or any(s in folded for s in need)
