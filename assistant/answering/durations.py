"""A duration the study gives, said in another unit: "how many months is that?" after an answer that
followed people "for up to two years" -> "Two years is 24 months." with the sentence giving it cited.
Only a question asking for nothing but the unit is answered this way."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Asked only for a unit: "how many months is that?", "in weeks?", "so that's how many days?".
_IN_UNIT = re.compile(r"^\W*(?:(?:so|and|ok(?:ay)?|right|wait)\W+)*(?:(?:how many|in) (?P<a>months|weeks|days|years)"
                      r"(?: (?:(?:is|are|was|were) (?:that|it|this|those)|would (?:that|it|this) be)(?: exactly| roughly| then)?)?|"
                      r"(?:that|that's|that is|it's|it is) how many (?P<b>months|weeks|days|years))\W*$", re.I)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24}
_DURATION = re.compile(r"\b(?P<n>\d+|" + "|".join(_NUMBER_WORDS) + r")[ -](?P<unit>months?|years?|weeks?|days?)\b", re.I)
# How many days each unit holds; "about" when the units do not divide evenly.
_DAYS = {"day": 1, "week": 7, "month": 365 / 12, "year": 365}
_EXACT = {("year", "month"): 12, ("month", "year"): 1 / 12, ("week", "day"): 7, ("day", "week"): 1 / 7}


@dataclass(frozen=True)
class Converted:
    """What to say first, and the sentence giving the duration."""

    said: str
    sentence: object


def asked_unit(query: str) -> str | None:
    """The unit a question asks a duration in ("month"), when that is all it asks."""
    match = _IN_UNIT.match(query)
    return (match.group("a") or match.group("b")).lower().rstrip("s") if match else None


def convert(query: str, sentences) -> Converted | None:
    """The first of sentences (best first) giving a duration, said in the unit asked. None when the
    question asks more than a unit, or no sentence gives a duration."""
    unit = asked_unit(query)
    if unit is None:
        return None
    for sentence in sentences:
        match = _DURATION.search(sentence.text)
        if match is None:
            continue
        n = match.group("n").lower()
        value = int(n) if n.isdigit() else _NUMBER_WORDS[n]
        given = match.group("unit").lower().rstrip("s")
        if given == unit:
            return Converted("", sentence)
        exact = _EXACT.get((given, unit))
        amount = value * exact if exact else value * _DAYS[given] / _DAYS[unit]
        about = "" if exact and amount == round(amount) else "about "
        shown = round(amount) if amount >= 1 else round(amount, 1)
        plural = "" if shown == 1 else "s"
        return Converted(f"{match.group(0)[0].upper()}{match.group(0)[1:]} is {about}{shown} {unit}{plural}.", sentence)
    return None
