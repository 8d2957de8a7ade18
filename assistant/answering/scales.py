"""Reading a value on one of a study's scales: "if someone scored 45 on the XYZ, what does that mean?".

A scale is a term whose sentence gives its range ("Scores on the XYZ range from 0 to 100, with 0 to
19 indicating ..., 20 to 39 ..."). A value asked about is placed in the band that holds it, said in
the sentence's own words and cited; a value outside the whole range cannot be a score on it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

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
        return f"A score of {value} on the {self.term} is within its range of {self.low:g} to {self.high:g}."


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
        bands = [(float(a), float(b), label.strip()) for a, b, label in _BAND.findall(sentence.text[whole.end():])]
        band = next((b for b in bands if b[0] <= value <= b[1]), None)
        return Reading(term, value, sentence, low, high, band)
    return None
