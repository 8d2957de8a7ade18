"""False premises: a question that presupposes something the study contradicts gets corrected.

Each rule names a kind of claim (outcome got worse, benefit faded, daily pills, proven cure, short
follow-up, a count or a direction the text does not give) and the kind of sentence that contradicts
it. A rule fires only when the question presupposes the claim and the study has such a sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.retrieval.lexicon import tokens
from assistant.records import Sentence

_PRESUPPOSES = re.compile(
    r"\b(why|how come|since|given|as|because|now that|after|the fact that|out of( the)?|if|so|right\?|isn'?t it|"
    r"aren'?t they|wasn'?t it|didn'?t they|the \d+|only)\b",
    re.I,
)
RULES: tuple[tuple[str, re.Pattern, re.Pattern], ...] = (
    (
        "the benefit faded",
        re.compile(r"\b(relaps\w*|flared?|stopped working|wore off|wear off|disappear\w*|"
                   r"didn'?t last|went away|vanish\w*|lost (the|their) (benefit|effect)|short[- ]lived)\b", re.I),
        re.compile(r"\b(sustained|achieved remission)\b", re.I),
    ),
    (
        "the patients got worse",
        re.compile(r"\b(got worse|get worse|getting worse|worsen\w*|deteriorat\w*|didn'?t (improve|work|help|respond)|"
                   r"did not (improve|work|help|respond)|no improvement|never improved|failed|ineffective|pointless|useless|"
                   r"(only )?(minor|minimal|small|slight|modest|little|mild) (improvement|benefit|response|change))\b", re.I),
        re.compile(r"\b(improvement|reduced disease activity|achieved remission)\b", re.I),
    ),
    (
        "it is taken repeatedly",
        re.compile(r"\b(daily|every day|each day|pills?|tablets?|weekly|every week|monthly|every month|"
                   r"(multiple|several|(?<!how )many|repeated|ongoing|regular) (infusions|doses|treatments|shots))\b", re.I),
        re.compile(r"\bsingle infusion\b", re.I),
    ),
    (
        "it is a proven cure",
        re.compile(r"\b(proven cure|proved to cure|cures? (it|lupus|everyone|them|autoimmune)|is a cure|definitely cure\w*|"
                   r"guaranteed|permanently cured|now a cure)\b", re.I),
        re.compile(r"\btoo early to say\b", re.I),
    ),
    (
        "the follow-up was short",
        re.compile(r"\b((a )?(couple|few|two|2|several) (of )?(weeks|days)|only (a )?(week|weeks|days|month))\b", re.I),
        re.compile(r"\bup to two years\b", re.I),
    ),
)
_COUNT_CLAIM = re.compile(r"\b(\d+)\s+(patients|people|participants|subjects|persons|cases)\b", re.I)
_DIRECTION = re.compile(r"\b(higher|lower)\b[^.?!]{0,40}?\b(means?|indicat\w*|=|shows?|is)\b[^.?!]{0,20}?\b(\w+er)\b", re.I)
_CODE = re.compile(r"\b([A-Z]{2,}\d+)\b")


@dataclass(frozen=True)
class Premise:
    """A claim found in the question, the sentence that contradicts it, and whether the question
    takes the claim for granted (a premise to correct) or only asks about it (a question to answer)."""

    claim: str
    sentence: Sentence
    presupposed: bool = True


class PremiseChecker:
    """Finds false premises in questions about one corpus. What it needs of the corpus (the counts
    of people it gives, its vocabulary) is worked out once, not on every question."""

    def __init__(self, sentences: list[Sentence], vocabulary: set[str]):
        self.sentences = sentences
        self.vocabulary = vocabulary
        # Counts of people the study gives ("15 patients", "8 patients"), not every number in it.
        self.people_counts = {n for s in sentences for n in re.findall(r"\b(\d+) (?:patients|people)\b", s.text)}

    def find(self, question: str, ranked: list[Sentence]) -> Premise | None:
        """The claim of the question the study contradicts, with the contradicting sentence; or None.

        `ranked` is the corpus's sentences best first for this question.
        """
        sentences = self.sentences
        presupposes = bool(_PRESUPPOSES.search(question))
        for claim, pattern, counter in RULES:
            said = pattern.search(question)
            if said:
                candidates = [s for s in ranked[:8] + sentences if counter.search(s.text) and not pattern.search(s.text)]
                if candidates:
                    # Prefer the sentence that speaks of what the claim speaks of ("improvement").
                    claim_words = set(tokens(said.group(0)))
                    best = max(candidates, key=lambda s: (bool(claim_words & set(tokens(s.text))), -candidates.index(s)))
                    return Premise(claim, best, presupposes)
        for match in _COUNT_CLAIM.finditer(question):
            if match.group(1) not in self.people_counts:
                # The sentence giving the total ("treated 15 patients"), else any count of patients.
                for total in (r"\btreated \d+ patients\b", r"\b\d+ patients\b"):
                    for sentence in ranked[:8] + sentences:
                        if re.search(total, sentence.text):
                            return Premise(f"there were {match.group(1)} {match.group(2)}", sentence)
        for code in _CODE.findall(question):
            if code.lower() not in self.vocabulary:
                stem = re.match(r"[A-Z]+", code).group(0).lower()
                for sentence in ranked[:8]:
                    if re.search(rf"\b{stem}\d+\b", sentence.text, re.I):
                        return Premise(f"it involves {code}", sentence)
        direction = _DIRECTION.search(question)
        if direction:
            said, consequence = direction.group(1).lower(), direction.group(3).lower()
            opposite = "lower" if said == "higher" else "higher"
            for sentence in ranked[:5]:
                if re.search(rf"\b{opposite} scores? indicating {consequence}\b", sentence.text, re.I):
                    return Premise(f"{said} means {consequence}", sentence)
        if presupposes or re.search(r"\b(only|just)\b", question, re.I):
            asked = re.findall(r"\b\d+\b", question)
            top = next((s for s in ranked[:5] if re.search(r"\brange from\b", s.text)), None)
            if top and asked and any(n not in re.findall(r"\d+", top.text) for n in asked):
                return Premise("a range the study does not give", top)
        return None
