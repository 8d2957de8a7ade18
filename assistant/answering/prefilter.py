"""Words a regular expression cannot match without: a cheap test before the pattern is tried.

A guard is one of some 2,100 patterns tried one by one on every message; most of them need a word
the message does not have ("breath", "overdos", "ignore"). `required` reads a pattern's parse and
returns strings, one of which must occur in the case-folded text for the pattern (compiled with
re.IGNORECASE) to match; `None` when it finds no such strings (the pattern is always tried). The
reading is conservative: only literal runs that every match must contain are taken (never from a
lookaround, an optional part or a character class), so skipping a pattern whose strings are all
absent never changes what the patterns find.

`Prefilter` answers that test for a whole table of patterns at once: it looks up only the strings
that share a three-letter piece with the text, instead of testing some 10,000 strings one by one.
"""
from __future__ import annotations

import re
from collections import Counter

try:  # (Python 3.11+: re._parser; before, sre_parse)
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _p

MIN_CHARS = 3  # a shorter string rules out too little to be worth the test
PIECE = 3  # the length of the pieces Prefilter indexes strings by


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


class Prefilter:
    """The patterns of a table (given by what each needs: `required`) that a text may match. Each
    string is filed under one of its pieces of PIECE letters, the one fewest other strings hold; a
    string in the text has all its pieces in the text, so only strings filed under a piece the text
    holds are tested. The answer is exactly the patterns for which `passes` is true."""

    def __init__(self, needs: list[frozenset[str] | None]):
        self.always = frozenset(i for i, need in enumerate(needs) if need is None)
        self.needed_by: dict[str, list[int]] = {}  # a string -> the patterns that need it (or another)
        for i, need in enumerate(needs):
            for s in need or ():
                self.needed_by.setdefault(s, []).append(i)
        self.short = [s for s in self.needed_by if len(s) < PIECE]  # (none from `required`: tested always)
        pieces = {s: {s[i:i + PIECE] for i in range(len(s) - PIECE + 1)} for s in self.needed_by if len(s) >= PIECE}
        shared = Counter(piece for held in pieces.values() for piece in held)
        self.filed: dict[str, list[str]] = {}
        for s, held in pieces.items():
            self.filed.setdefault(min(held, key=lambda piece: (shared[piece], piece)), []).append(s)

    def tried(self, folded: str) -> list[int]:
        """The indices, in order, of the patterns that folded (see fold) may match."""
        held = {folded[i:i + PIECE] for i in range(len(folded) - PIECE + 1)}
        filed = self.filed
        found = [s for piece in held if piece in filed for s in filed[piece] if s in folded]
        found += [s for s in self.short if s in folded]
        return sorted(self.always.union(*(self.needed_by[s] for s in found)))
