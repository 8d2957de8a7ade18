"""Reading a value on one of a study's scales: "if someone scored 45 on the XYZ, what does that mean?".

A scale is a term whose sentence gives its range ("Scores on the XYZ range from 0 to 100, with 0 to
19 indicating ..., 20 to 39 ..."). A value asked about is placed in the band that holds it, said in
the sentence's own words and cited; a value outside the whole range cannot be a score on it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.retrieval.lexicon import find_name

_RANGE = re.compile(r"\branges? from (\d+(?:\.\d+)?) to (\d+(?:\.\d+)?)")
# A band: "20 to 39 a minimal response", "0 to 19 indicating no response" (up to the next comma,
# semicolon, full stop or band).
_BAND = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?) to (\d+(?:\.\d+)?)(?: ?mm)?,? (?:indicating |indicates |means |is |=|: )?(?!with\b)([a-z][^,;.]*?)(?=,|;|\.|$| and \d)")
_NUMBER = re.compile(r"(?<![\w.-])(\d+(?:\.\d+)?)(?![\w.-]|\s*(months?|years?|weeks?|days?|patients|people|%))")
_A_RANGE = re.compile(r"\d\s*(to|-|–)\s*\d|\branges?\b", re.I)
NEAR = 30  # how many characters apart a value and the scale's name may be
# The question asks what a value means ("how should I read that?", "what kind of response is it?",
# "is that good?"), not how many reached it.
_ASKS_READING = re.compile(r"\b(mean|means|meaning|read|interpret\w*|what (kind|sort|type|category|level|band)|count(s|ed)? as|"
                           r"considered|classed|classified|where does|which (band|category|level|range)|(is|was) (that|it|this) "
                           r"(good|bad|high|low|normal|a lot|much)|how (good|bad|high|low)|possible)\b", re.I)


@dataclass(frozen=True)
class Reading:
    term: str
    value: float
    sentence: object
    low: float
    high: float
    band: tuple[float, float, str] | None  # the band holding the value, if the scale has bands

    @property
    def possible(self) -> bool:
        return self.low <= self.value <= self.high

    def said(self) -> str:
        """What the reading says, in the sentence's words."""
        value = f"{self.value:g}"
        if not self.possible:
            return f"{value} is not a possible score: the {self.term} goes from {self.low:g} to {self.high:g}."
        if self.band:
            low, high, label = self.band
            return f"A score of {value} on the {self.term} is in the {low:g} to {high:g} band: {label}."
        if self.value in (self.low, self.high):
            end = "lowest" if self.value == self.low else "highest"
            return f"A score of {value} is the {end} possible on the {self.term}, whose range is {self.low:g} to {self.high:g}."
        return f"A score of {value} on the {self.term} is within its range of {self.low:g} to {self.high:g}."


def _bands(text: str, whole: re.Match) -> list[tuple[float, float, str]]:
    """The bands a scale's sentence gives after its whole range: (low, high, label)."""
    return [(float(a), float(b), label.strip()) for a, b, label in _BAND.findall(text[whole.end():])]


def read(question: str, terms: list[str], sentences) -> Reading | None:
    """The value a question gives for one of the study's scales, placed on that scale; None when the
    question gives no value beside a scale's name, or does not ask what the value means."""
    if not _ASKS_READING.search(question) or _A_RANGE.search(question):
        return None  # (not "what does its range of 0 to 150 mean?")
    for term in terms:
        where = find_name(term, question)
        if not where:
            continue
        # After the name ("a XYZ of 45", "XYZ came out at 15"), or just before it ("45 on the XYZ").
        values = [m for m in _NUMBER.finditer(question)
                  if (0 <= m.start() - where.end() <= NEAR)
                  or re.fullmatch(r"\s*(points? )?(on|in) (the |an? |my |his |her |their )?", question[m.end():where.start()], re.I)]
        if not values:
            continue
        sentence = next((s for s in sentences if find_name(term, s.text) and _RANGE.search(s.text)), None)
        if sentence is None:
            continue
        whole = _RANGE.search(sentence.text)
        low, high = float(whole.group(1)), float(whole.group(2))
        value = float(values[0].group(1))
        band = next((b for b in _bands(sentence.text, whole) if b[0] <= value <= b[1]), None)
        return Reading(term, value, sentence, low, high, band)
    return None


# Which of two values is better ("30 to 15: better or worse?", "which is worse, 40 or 10?"): the
# scale's sentence must say which way is worse ("with higher scores indicating worse X").
_WHICH_WAY = re.compile(r"\b(better|worse|improv\w*|good|bad|healthier|sicker|worsen\w*)\b", re.I)
_DIRECTION = re.compile(r"\b(higher|lower) (?:scores|values|numbers)? ?(?:indicat\w*|mean\w*|show\w*|reflect\w*) (?P<what>[^,;.]+)", re.I)
_BAD = re.compile(r"\b(worse|greater|more|weaker|severe|poorer)\b", re.I)


@dataclass(frozen=True)
class Comparison:
    term: str
    better: float
    worse: float
    sentence: object
    direction: str  # the sentence's words: "higher scores indicating worse skin fibrosis"

    def said(self) -> str:
        return f"On the {self.term}, {self.direction}: {self.better:g} is better than {self.worse:g}."


def compare(question: str, terms: list[str], sentences) -> Comparison | None:
    """Two values on one of the study's scales, asked which is better (or whether a change between
    them is): the scale's sentence says which way is worse. None when the question does not ask so,
    or the sentence does not say it."""
    if not _WHICH_WAY.search(question) or re.search(r"\branges?\b", question, re.I):
        return None  # (not "it ranges from 0 to 105: is higher worse?")
    values = [float(m.group(1)) for m in _NUMBER.finditer(question)]
    if len(values) != 2 or values[0] == values[1]:
        return None
    for term, sentence, high_is_bad, direction in _ways(question, terms, sentences):
        whole = _RANGE.search(sentence.text)
        if not all(float(whole.group(1)) <= v <= float(whole.group(2)) for v in values):
            return None
        low, high = min(values), max(values)
        better, worse = (low, high) if high_is_bad else (high, low)
        return Comparison(term, better, worse, sentence, direction)
    return None


def _ways(question: str, terms: list[str], sentences):
    """For each scale the question names, in order: the term, the sentence giving its range and which
    way is worse, whether a higher score is worse, and the sentence's words for that direction."""
    for term in terms:
        if not find_name(term, question):
            continue
        sentence = next((s for s in sentences if find_name(term, s.text) and _RANGE.search(s.text) and _DIRECTION.search(s.text)), None)
        if sentence is None:
            continue
        way = _DIRECTION.search(sentence.text)
        high_is_bad = (way.group(1).lower() == "higher") == bool(_BAD.search(way.group("what")))
        yield term, sentence, high_is_bad, f"{way.group(1).lower()} scores indicate {way.group('what').strip()}"


# A score said to move, without values ("if the score goes down, is that better?", "is it bad if it drops?").
_DOWN = re.compile(r"\b(go(?:es|ing)? down|went down|drop(?:s|ped|ping)?|fall(?:s|ing)?|fell|decreas\w*|lower(?:s|ed|ing)?|reduc\w*|shrink\w*)\b", re.I)
_UP = re.compile(r"\b(go(?:es|ing)? up|went up|ris(?:e|es|ing)|rose|climb\w*|increas\w*|rais\w*|grow\w*|higher)\b", re.I)
_GOOD = re.compile(r"\b(better|good|improv\w*|healthier|positive)\b", re.I)
_WORSE = re.compile(r"\b(worse|bad|sicker|worsen\w*|negative)\b", re.I)


@dataclass(frozen=True)
class Movement:
    term: str
    down: bool
    good: bool  # whether the move is for the better, as the scale's sentence says
    verdict: str  # "Yes: ", "No: " or "" (both ways asked)
    sentence: object
    direction: str

    compared: bool = False  # said as "higher" or "lower", not as a move

    def said(self) -> str:
        way = ("a lower score" if self.down else "a higher score") if self.compared else f"a score going {'down' if self.down else 'up'}"
        return f"{self.verdict}On the {self.term}, {self.direction}: {way} is {'better' if self.good else 'worse'}."


def moved(question: str, terms: list[str], sentences) -> list[Movement]:
    """A score on one of the study's scales (or on each one named: "X and Y: for each, is higher
    better?") said to go one way, asked whether that is better or worse, with no values given: each
    scale's sentence says which way is worse."""
    down, up = bool(_DOWN.search(question)), bool(_UP.search(question))
    good, bad = bool(_GOOD.search(question)), bool(_WORSE.search(question))
    if down == up or not (good or bad) or _NUMBER.search(question) or re.search(r"\branges?\b", question, re.I):
        return []
    # (said as "higher" or "lower", not as a move: "does a lower X mean better?")
    compared = bool(re.search(r"\b(lower|higher)\b", question, re.I)) and not re.search(r"\b(go|goes|going|went|gets?|getting|got)\b", question, re.I)
    found = []
    for term, sentence, high_is_bad, direction in _ways(question, terms, sentences):
        better = down == high_is_bad
        verdict = "" if good == bad else ("Yes: " if good == better else "No: ")
        found.append(Movement(term, down, better, verdict, sentence, direction, compared))
    if len(found) > 1:  # (each its own line: no one "Yes" for two scales)
        found = [replace(m, verdict="") for m in found]
    return found


# Asked what a result's label stands for on a scale ("what counts as major?", "what was a 'major
# improvement' measured against?", "which numbers mean no response?").
_THRESHOLD = re.compile(r"\b(count(s|ed)? as|qualif(y|ies|ied) as|measured against|judged against|threshold|cut-?offs?|"
                        r"what (scores?|numbers?|values?|range|band)s? (mean|means|is|are|counts?|count as|give)|which (scores?|numbers?|values?|range|band)s?)\b", re.I)
_LABEL_WORDS = re.compile(r"[a-z]+")
_FILLER = frozenset("a an the indicating indicates means is of and".split())
_COMMON = frozenset("no not any none all some very".split())


@dataclass(frozen=True)
class Band:
    term: str
    low: float
    high: float
    label: str
    sentence: object
    words: frozenset  # the label's own words (no other band of the scale has them)

    def said(self) -> str:
        return f"On the {self.term}, {self.label} is {self.low:g} to {self.high:g}."


def _named_bands(question: str, sentences):
    """Each band of a scale that a question names by its label's own words: (term, sentence, the
    whole range, the scale's bands, the band named, its own words)."""
    asked = set(_LABEL_WORDS.findall(question.lower()))
    for sentence in sentences:
        whole = _RANGE.search(sentence.text)
        if not whole:
            continue
        bands = _bands(sentence.text, whole)
        if len(bands) < 2:
            continue
        words = [set(_LABEL_WORDS.findall(label.lower())) - _FILLER for _, _, label in bands]
        for band, own in zip(bands, words):
            # (Its own words: those no other band of the scale has; a word as common as "no" names a
            # band only with the label's last word: "no response".)
            distinct = own - set().union(*(w for w in words if w is not own))
            if distinct and distinct <= asked and (distinct - _COMMON or band[2].lower().split()[-1] in asked):
                term = re.search(r"\(([^()]+)\)\s+ranges? from", sentence.text)
                yield term.group(1) if term else "scale", sentence, whole, bands, band, frozenset(distinct)


def band_named(question: str, sentences) -> Band | None:
    """The band of a scale a question names by its label's own word ("major" of "60 to 100 a major
    response", where the other bands say minimal, moderate...), asked what counts as it. None when
    no threshold is asked, or no one band of one scale is named."""
    if not _THRESHOLD.search(question):
        return None
    found = [Band(term, band[0], band[1], band[2], sentence, distinct)
             for term, sentence, _, _, band, distinct in _named_bands(question, sentences)]
    return found[0] if len(found) == 1 else None


def claimed_band(question: str, sentences) -> tuple[Reading, bool] | None:
    """A value said to be in a band named by its own word ("so a patient at 45 had a major
    response?"): the value read on that scale, and whether the band holding it is the one named.
    None when the question gives not one value, or names no one band."""
    values = [float(m.group(1)) for m in _NUMBER.finditer(question)]
    named = list(_named_bands(question, sentences))
    if len(values) != 1 or len(named) != 1:
        return None
    term, sentence, whole, bands, band, _ = named[0]
    low, high = float(whole.group(1)), float(whole.group(2))
    if not low <= values[0] <= high:
        return None
    holding = next((b for b in bands if b[0] <= values[0] <= b[1]), None)
    return Reading(term, values[0], sentence, low, high, holding), holding == band
