"""Words a regular expression cannot match without: a cheap test before the pattern is tried.

A guard is one of some 2,200 patterns tried one by one on every message; most of them need a word
the message does not have ("breath", "overdos", "ignore"). `requirements` reads a pattern's parse
and returns sets of strings: the case-folded text holds a string of each set wherever the pattern
(compiled with re.IGNORECASE) matches it; none when it finds no such strings (the pattern is always
tried). The reading is conservative: only runs that every match must contain are taken (never from a
negative lookaround, an optional part or a wide character class), so skipping a pattern for a set
none of whose strings the text holds never changes what the patterns find. A run goes on through a
small class or a short alternation ("l[ưu]ỡi", "(?:ñ|ng|n)"), read as every string it can be, and
through what matches no letters (\b, a lookaround); what a positive lookaround looks for is a set of
its own. A set counts when each of its strings is as rare as three letters (two letters of another
alphabet, one Chinese character).

`Prefilter` answers that test for a whole table of patterns at once: it looks up only the strings
that share a three-letter piece (or, shorter, a first letter) with the text, instead of testing some
10,000 strings one by one, and then tests the other sets of the patterns they name. `pieces` reads a
text once for every table that tests it.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from assistant.index.embedders import per_question
from assistant.retrieval.lexicon import fold

try:  # (Python 3.11+: re._parser; before, sre_parse)
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _p

PIECE = 3  # the length of the pieces Prefilter indexes strings by
RARE = 0.25 ** 3  # a string must be at least this rare (see _rarity: three letters of English) to rule anything out
RUN_STRINGS = 64  # the most strings one run of letters, small classes and alternations is read as
_ZERO_WIDTH = (_c.AT, _c.ASSERT_NOT)  # (match no letters: a run goes on through them)
_REPEATS = tuple(op for op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) if op is not None)

Need = tuple[frozenset[str], ...]  # sets of strings: a text a pattern matches holds a string of each


def requirements(pattern: str, flags: int = 0) -> Need:
    """Sets of folded strings (see fold): every match of pattern (compiled with flags, and IGNORECASE)
    holds a string of each; rarest first, () when none is found."""
    try:
        parsed = _p.parse(pattern, (flags | re.IGNORECASE) & ~re.UNICODE)
    except re.error:
        return ()
    return tuple(sorted(_Reading().found(list(parsed)), key=_commonness))


def required(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The rarest of requirements(pattern, flags), or None."""
    need = requirements(pattern, flags)
    return need[0] if need else None


class _Reading:
    """One parse read for requirements: what each node matches exactly is worked out once (a group's
    is asked again by every group around it), kept by the node's identity while the parse lives."""

    def __init__(self):
        self._exact: dict[tuple, frozenset[str] | None] = {}

    def found(self, items) -> list[frozenset[str]]:
        """The sets of strings a sequence of nodes must all match: its runs, and each other node's rarest."""
        found: list[frozenset[str]] = []
        run: frozenset[str] = frozenset([""])  # every string the run of exact nodes so far can be
        letters = ""  # (letters after it, not yet added to each of its strings)
        for op, arg in items:
            if op is _c.LITERAL:
                letters += _fold_letter(arg)
                continue
            if op in _ZERO_WIDTH:
                continue
            if op is _c.ASSERT:  # (matches no letters: the run goes on; what it looks for is a set of its own)
                need = self.sequence(list(arg[1]))
                if need:
                    found.append(need)
                continue
            if letters:
                run, letters = frozenset(a + letters for a in run), ""
            exact = self.exact(op, arg)
            if exact is not None:
                if len(run) * len(exact) <= RUN_STRINGS:
                    run = frozenset(a + b for a in run for b in exact)
                else:  # (too many strings: the run so far is one set, and another starts here)
                    found.append(run)
                    run = exact
                continue
            found.append(run)
            run = frozenset([""])
            need = self.node(op, arg)
            if need:
                found.append(need)
        found.append(frozenset(a + letters for a in run))
        return [f for f in found if all(_rarity(s) <= RARE for s in f)]

    def sequence(self, items) -> frozenset[str] | None:
        """The rarest set of strings a sequence of nodes must match, or None."""
        found = self.found(items)
        return min(found, key=_commonness) if found else None

    def exact(self, op, arg) -> frozenset[str] | None:
        """Every string (folded) a node matches, when they are few: a letter, a class of a few letters,
        a group or an alternation of such, what matches no letters (""); else None."""
        if op is _c.LITERAL:
            return frozenset([_fold_letter(arg)])
        if op in _ZERO_WIDTH:
            return frozenset([""])
        key = (op, id(arg))
        if key not in self._exact:
            self._exact[key] = self._exact_of(op, arg)
        return self._exact[key]

    def _exact_of(self, op, arg) -> frozenset[str] | None:
        if op is _c.IN:
            letters = set()
            for kind, value in arg:
                if kind is _c.LITERAL:
                    letters.add(_fold_letter(value))
                elif kind is _c.RANGE and value[1] - value[0] < RUN_STRINGS:
                    letters.update(_fold_letter(c) for c in range(value[0], value[1] + 1))
                else:
                    return None  # (a negated class, \w, \d ...)
            return frozenset(letters) if len(letters) <= RUN_STRINGS else None
        if op is _c.SUBPATTERN:
            return self.exact_sequence(arg[-1])
        if op is _c.BRANCH:
            strings: set[str] = set()
            for branch in arg[1]:
                one = self.exact_sequence(branch)
                if one is None:
                    return None
                strings |= one
                if len(strings) > RUN_STRINGS:
                    return None
            return frozenset(strings)
        if op in _REPEATS and arg[0] == arg[1] and arg[0] <= 4:
            return self.exact_sequence(list(arg[2]) * arg[0])
        return None

    def exact_sequence(self, items) -> frozenset[str] | None:
        run = frozenset([""])
        letters = ""  # (as in found)
        for op, arg in items:
            if op is _c.LITERAL:
                letters += _fold_letter(arg)
                continue
            if op in _ZERO_WIDTH:
                continue
            if letters:
                run, letters = frozenset(a + letters for a in run), ""
            exact = self.exact(op, arg)
            if exact is None or len(run) * len(exact) > RUN_STRINGS:
                return None
            run = frozenset(a + b for a in run for b in exact)
        return frozenset(a + letters for a in run) if letters else run

    def node(self, op, arg) -> frozenset[str] | None:
        if op is _c.SUBPATTERN:
            return self.sequence(list(arg[-1]))
        if op is getattr(_c, "ATOMIC_GROUP", None):
            return self.sequence(list(arg))
        if op is _c.ASSERT:  # (a positive lookahead or lookbehind: what it looks for is in the text)
            return self.sequence(list(arg[1]))
        if op is _c.BRANCH:
            branches = [self.sequence(list(b)) for b in arg[1]]
            if any(not b for b in branches):
                return None
            return frozenset().union(*branches)
        if op in _REPEATS:
            low, _, body = arg
            return self.sequence(list(body)) if low >= 1 else None
        return None  # (a wide class, any character, a negative lookaround, a back-reference: no literal)


@lru_cache(maxsize=4096)
def _fold_letter(code: int) -> str:
    return fold(chr(code))


def _rarity(s: str) -> float:
    """About how often a string turns up in a message: each letter of English a quarter as often,
    each other Latin letter a twentieth, each letter of another alphabet a hundredth."""
    out = 1.0
    for ch in s:
        out *= 0.25 if ch < "\x80" else 0.05 if ch < "\u0250" else 0.01
    return out


def _commonness(need: frozenset[str]) -> tuple[float, int]:
    """How likely a text is to hold one of need's strings, for testing the rarest set first."""
    return sum(max(_rarity(s), 1e-12) for s in need), len(need)


def passes(need: Need | frozenset[str] | None, folded: str) -> bool:
    """Whether a text (folded) may match a pattern that needs a string of each set of need (or, given
    one set, one of its strings)."""
    if need is None:
        return True
    if isinstance(need, frozenset):
        need = (need,)
    return all(any(s in folded for s in one) for one in need)


def pieces(text: str) -> tuple[str, frozenset[str]]:
    """The text folded (see fold) and its pieces of PIECE letters and fewer (its single letters): what
    every Prefilter reads of it, read once while its question is answered (embedders.per_question)."""
    return per_question(("pieces", text), lambda: _pieces(text))


def _pieces(text: str) -> tuple[str, frozenset[str]]:
    folded = fold(text)
    return folded, frozenset(folded[i:i + PIECE] for i in range(len(folded) - PIECE + 1)) | frozenset(folded)


def _pieces_of(s: str) -> set[str]:
    """The pieces a string is filed by: of PIECE letters, or its first letter when shorter."""
    return {s[i:i + PIECE] for i in range(len(s) - PIECE + 1)} if len(s) >= PIECE else {s[0]}


class Prefilter:
    """The patterns of a table (given by what each needs: `requirements`) that a text may match. Each
    string of a pattern's first set is filed under one of its pieces of PIECE letters, the one fewest
    other strings hold (a shorter string, under its first letter); a string in the text has all its
    pieces in the text, so only strings filed under a piece the text holds are tested, and then the
    other sets of the patterns that need them. The answer is exactly the patterns for which `passes`
    is true."""

    def __init__(self, needs: list[Need | frozenset[str] | None]):
        needs = [() if need is None else (need,) if isinstance(need, frozenset) else tuple(need) for need in needs]
        self.always = frozenset(i for i, need in enumerate(needs) if not need)
        self.rest = {i: need[1:] for i, need in enumerate(needs) if len(need) > 1}  # (tested once the first set passes)
        needed_by: dict[str, list[int]] = {}  # a string -> the patterns whose first set holds it
        for i, need in enumerate(needs):
            for s in need[0] if need else ():
                needed_by.setdefault(s, []).append(i)
        shared = Counter(piece for s in needed_by for piece in _pieces_of(s))
        filed: dict[str, list[str]] = {}
        for s in needed_by:
            filed.setdefault(min(_pieces_of(s), key=lambda piece: (shared[piece], piece)), []).append(s)
        # (some 50,000 strings for the guards' tables, kept in as little memory as they fit: tuples, and a
        # string one pattern needs names it alone)
        self.filed = {piece: tuple(strings) for piece, strings in filed.items()}
        self.needed_by = {s: patterns[0] if len(patterns) == 1 else tuple(patterns) for s, patterns in needed_by.items()}

    def tried(self, folded: str, held: frozenset[str] | None = None) -> list[int]:
        """The indices, in order, of the patterns that folded (see fold) may match; held: its pieces,
        when already read (see pieces)."""
        if held is None:
            held = frozenset(folded[i:i + PIECE] for i in range(len(folded) - PIECE + 1)) | frozenset(folded)
        filed, rest = self.filed, self.rest
        found = [s for piece in filed.keys() & held for s in filed[piece] if s in folded]  # (the pieces matched in C)
        named = set(self.always)
        for s in found:
            patterns = self.needed_by[s]
            if type(patterns) is int:
                named.add(patterns)
            else:
                named.update(patterns)
        return sorted(i for i in named if i not in rest or all(any(s in folded for s in one) for one in rest[i]))


class Patterns:
    """A table of compiled patterns searched on the same texts (kinds of answer, topics, claims): each
    tried only on a text that may hold a match, the table's Prefilter read once per text while its
    question is answered. `filtered()` gives the patterns to use in place of the table's own."""

    def __init__(self, patterns):
        self.patterns = list(patterns)
        self._prefilter = Prefilter([requirements(p.pattern, p.flags) for p in self.patterns])

    def possible(self, text: str) -> frozenset[int]:
        """The indices of the patterns that may match text."""
        return per_question(("possible", id(self), text), lambda: frozenset(self._prefilter.tried(*pieces(text))))

    def filtered(self) -> list["Filtered"]:
        return [Filtered(self, i) for i in range(len(self.patterns))]


class Filtered:
    """One pattern of a Patterns table: search, finditer and sub skip a text it cannot match (the same
    answers as the pattern's own); anything else is the pattern's."""

    __slots__ = ("_table", "_i", "_pattern")

    def __init__(self, table: Patterns, i: int):
        self._table, self._i, self._pattern = table, i, table.patterns[i]

    def search(self, text: str, *args):
        if not args and self._i not in self._table.possible(text):
            return None
        return self._pattern.search(text, *args)

    def finditer(self, text: str, *args):
        if not args and self._i not in self._table.possible(text):
            return iter(())
        return self._pattern.finditer(text, *args)

    def sub(self, repl, text: str, count: int = 0):
        if self._i not in self._table.possible(text):
            return text
        return self._pattern.sub(repl, text, count)

    def __getattr__(self, name: str):
        return getattr(self._pattern, name)
