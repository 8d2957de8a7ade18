"""Shares of the whole, worked out from the counts a study gives: "what percentage of the patients
had X?", "what fraction is that?" (of a group asked about just before), "how many did not have X?".
The answer says the sum it did ("4 of the 15 patients: about 27%") and cites the sentences giving
the numbers; nothing else is asked of such a question, so nothing else is answered."""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.retrieval.lexicon import PEOPLE_COUNT, find_name

# Asked as a part of the whole ("what percentage", "what fraction", "out of how many").
_SHARE = re.compile(r"\b(percent(?:age)?s?|per cent|fraction|proportion|share|ratio|what part)\b|%", re.I)
# Asked of everyone but the group ("how many did not have X?", "how many were not X?").
_HOW_MANY = re.compile(r"\bhow many\b", re.I)
_BUT = re.compile(r"\b(did not|didn'?t|do not|don'?t|were not|weren'?t|was not|wasn'?t|had no|have no|other than|besides|apart from|"
                  r"except(?: for)?|not)\b", re.I)
# A word pointing back at what the last question asked about ("what fraction is that?").
_BACK = re.compile(r"\b(that|this|it|they|them|those|these)\b", re.I)
# The only words such a question holds besides a group's name: anything else asks something more
# ("what percentage of the X patients reached remission?" asks of an outcome, which is not a count).
_WORDS = frozenset(
    "what which how many much percentage percentages percent per cent fraction proportion share ratio part out of the a an "
    "whole group groups total all overall study trial patients patient people participants cohort sample "
    "had have has were was is are be that it this they them those these so and then in with did do does not no without "
    "didn didnt weren werent wasn wasnt don dont t s other than besides apart from except for roughly about approximately "
    "exactly number ones one lot folks treated people's ok okay everyone everybody altogether in all".split())


@dataclass(frozen=True)
class Share:
    """A share worked out: what to say first, and the sentences giving its numbers."""

    said: str
    sentences: tuple


def share(query: str, context: str, groups, group_counts, totals) -> Share | None:
    """The share asked for, or None when the question is not only asking one.

    group_counts: (label, count, sentence, pattern) per group, as PremiseChecker finds them; totals:
    the sentences counting everyone."""
    asked_share, asked_rest = bool(_SHARE.search(query)), bool(_HOW_MANY.search(query) and _BUT.search(query))
    if not (asked_share or asked_rest) or len(groups) < 2:
        return None
    counts = {}
    for label, count, sentence, _ in group_counts:
        counts.setdefault(label, (int(count), sentence))
    named = [g for g in groups if any(find_name(n, query) for n in g.all_names)]
    if not named and _BACK.search(query):
        named = [g for g in groups if any(find_name(n, context) for n in g.all_names)]
    if len(named) != 1 or named[0].label not in counts or len(counts) != len(groups):
        return None
    rest = query
    for name in sorted(named[0].all_names, key=len, reverse=True):
        rest = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", " ", rest, flags=re.I)
    if any(w not in _WORDS for w in re.findall(r"[a-z]+", rest.lower())):
        return None
    whole = sum(n for n, _ in counts.values())
    # The study's count of everyone, when it gives one that the groups add up to.
    total = next((s for s in totals if str(whole) in PEOPLE_COUNT.findall(s.text)), None)
    group = named[0]
    count, sentence = counts[group.label]
    cited = tuple(dict.fromkeys([sentence, *([total] if total is not None else [])]))
    name = group.names[0]
    if asked_rest and not asked_share:
        others = [(g.names[0], counts[g.label][0]) for g in groups if g is not group]
        listed = ", ".join(f"{n} with {other}" for other, n in others)
        return Share(f"{whole - count} of the {whole} patients did not have {name} ({listed}).", cited)
    percent = 100 * count / whole
    about = "" if percent == round(percent) else "about "
    return Share(f"{count} of the {whole} patients had {name}: {about}{round(percent)}%.", cited)
