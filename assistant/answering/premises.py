"""False premises: a question that presupposes something the study contradicts gets corrected.

Claim kinds (outcome got worse, benefit faded, taken repeatedly, proven cure, short follow-up) and
their words are generic data; the study pack names the sentences that contradict each. A count of
people, a group said to be the biggest or the smallest, the only one included or one left out, a
follow-up longer or shorter than the text's, a part of the figure said to show what it does not, a
coded name, a direction or a range the text does not give is checked against the text.

What the checker works out once of the study is read in its mixins: the counts of people, per group
and in all (group_counts.py), and the spans of time the text gives, with a time after the longest
asked about (time_spans.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.retrieval.lexicon import content_tokens, names_any, tokens
from assistant.answering.group_counts import _WORD_NUMBERS, GroupCounts
from assistant.answering.prefilter import Patterns
from assistant.answering.time_spans import _FOLLOWED, _ONLY, _ONLY_FOLLOWED, _OWN, _SPAN, TimeSpans, _months
from assistant.records import Sentence

# A question asked inside a statement, without its question mark: "I'm dying to know how many relapsed".
# (Wanting to know, not knowing: "I know how the patients got worse" states it; "how they needed three
# infusions" and "what made them relapse" take it for granted.)
_ASKS_INDIRECTLY = re.compile(r"\b(?:(?:want|wanna|like|dying|need|trying|hoping|keen)\s+(?:to\s+)?(?:know|find out|ask)|wonder(?:ing)?|curious|not sure|unsure)"
                              r"\s+(?:about\s+)?(?:how (?:many|much|long|often)|whether|if|which|who|when|where|what(?! made))\b", re.I)
# (Not an exclamation: "what a massive trial", "how amazing"; not "had"/"have", which open statements too.)
_OPENS_QUESTION = re.compile(r"^\W*(?:(?:so|and|but|ok(?:ay)?|also|then|wait|hi|hey)\W+)*(?:did|do|does|is|are|was|were|"
                             r"can|could|will|would|what(?! an?\b)|which|who|when|where|"
                             r"how(?=\s+(?:many|much|long|often|did|do|does|is|are|was|were|can|could|would|will|should)\b))\b", re.I)
_PRESUPPOSES = re.compile(
    # ("after" a time or the study's end says when, not what is taken for granted: "any relapses after the two years?")
    r"\b(why|how come|since|given|as|because|now that|after(?!\s+(?:the\s+)?(?:\d+|one|two|three|four|five|six|twelve|eighteen|twenty-four)[\s-]+"
    r"(?:years?|months?|weeks?)|\s+(?:the\s+)?(?:study|trial|follow[- ]?up)\b)|the fact that|out of( the)?|if|so|isn'?t it|"
    r"aren'?t they|wasn'?t it|didn'?t they|(?<!after )the \d+|only)\b"
    # (a tag asking to confirm what was said: "..., right?", "..., correct?"; its "?" ends no word)
    r"|\b(?:right|correct|yeah)\?",
    re.I,
)
_COUNT_CLAIM = re.compile(r"\b(\d+)\s+(patients|people|participants|subjects|persons|cases)\b", re.I)
_DIRECTION = re.compile(r"\b(higher|lower)\b[^.?!]{0,40}?\b(means?|indicat\w*|=|shows?|is)\b[^.?!]{0,20}?\b(\w+er)\b", re.I)
_SCALE = re.compile(r"\b(range|ranges|scale|score|scores|goes? (from|up to)|runs? (from|up to)|from \d+ to \d+|between|out of|max\w*|top|highest|lowest)\b", re.I)
_CODE = re.compile(r"\b([A-Z]{2,}\d+)\b")
# A labelled part said to show something: "Panel A shows ...", "panel C is about ...", "Panel B: ...".
_SHOWS = re.compile(r"\b(?P<label>(?:panel|part|figure|fig|table)\s+[A-Za-z0-9])\b\s*(?::|shows?|showed|is|was|are|covers?|covered|"
                    r"displays?|summari[sz]es|gives|has|had|reflects?|measures?|tracks?|is about|is for|refers to)\b", re.I)
_ASKS_WHAT = re.compile(r"^\W*(?:so |and |but |ok |okay )?(?:what|which|how|why|when|where|who)\b", re.I)
# Asked which range, score or band of a scale is (or counts as) something: "what range on the scale is a minimal
# response?", "which scores count as no response?", "what score means a major response?".
_BAND_ASKED = re.compile(r"^\W*(?:so |and |ok )?(?:what|which)\s+(?:[\w-]+\s+){0,2}(?:range|ranges|band|bands|scores?|values?|numbers?|cut-?offs?)\s+"
                         r"(?:is|are|was|were|counts? as|means?|indicates?|equals?|shows?|would be|gives?)\b", re.I)
_CLAIM_SENTENCE = re.compile(r"[^.?!;]+[.?!;]*")
PART_GROUP_WORDS = 6  # words after "Panel C shows" in which a group said to be its subject is named
_NUMBER = r"(?<![\w.-])(\d+(?:\.\d+)?)(?![\w-]|\.\d)"
_TIME = r"(?!\s*(?:months?|years?|yrs?|weeks?|wks?|days?|hours?|mo)\b)"  # "up to 12 months" bounds a time, not a scale
_BOUND = re.compile(
    rf"(?<![\w.-])(\d+(?:\.\d+)?)\s*(?:to|-|–)\s*(\d+(?:\.\d+)?)(?![\w-]|\.\d){_TIME}|"
    # ("out of 40" bounds a scale; "out of the 15", "out of 15 patients" count a group)
    rf"\b(?:out of(?!\s+(?:the|those|these|all|its|their)\b)(?!\s+\d+\s+(?:patients|people|participants|persons|subjects|cases|in (?:total|all))\b)|up to|max\w*|top\w*|highest|lowest|at most)\D{{0,12}}?{_NUMBER}{_TIME}|"
    rf"{_NUMBER}\s*(?:is|as)?\s*(?:the )?(?:max\w*|top|highest|lowest)\b",
    re.I,
)


# A clause about the writer's own life ("I'm so tired of taking meds every day") claims nothing about
# the study: no "I/my/we" clause that names neither the study, its patients nor "it".
_MOST = r"(?:biggest|largest|most(?: patients| people)?|majority|bulk)"
_LEAST = r"(?:smallest|fewest(?: patients| people)?|least(?: patients| people)?|minority)"
_FIRST_PERSON = re.compile(r"\b(i|i'?m|im|i am|i'?ve|my|we|we'?re|me)\b", re.I)
_OF_STUDY = re.compile(r"\b(study|studies|patients?|people|participants|they|them|their|it|it'?s|this|treatment|therapy|car|cells|infusions?|trial|summary|paper|article|"
                       r"group|groups|everyone|all|most|half|follow-up|results?|relaps\w*|heard|read|told|says|said|know|understanding|think|thought|assume|apparently)\b", re.I)


def _own_life(text: str, match: re.Match) -> bool:
    start = max(text.rfind(c, 0, match.start()) for c in ".!?;,\n") + 1
    ends = [i for i in (text.find(c, match.end()) for c in ".!?;,\n") if i != -1]
    clause = text[start : min(ends) if ends else len(text)]
    return bool(_FIRST_PERSON.search(clause)) and not _OF_STUDY.search(clause)


# A case put of someone indefinite, which the study neither makes nor rules out: "hypothetically, if one
# of them flared again, did they get a second dose?", "in case anyone relapsed, ..." ("if they were all
# cured, why ...?" takes "cured" for granted; "suppose the 30 patients ..." puts a count the study gives
# otherwise). Only claims the study does not settle (claims.toml settled_when_asked = false) are read
# away in it: a relapse supposed is no relapse claimed.
_SUPPOSED = re.compile(r"\b(?:if|in case|in the event(?: that)?)(?= (?:\w+ ){0,2}(?:one|any|anyone|anybody|someone|somebody|a patient|a person)\b)"
                       r"[^,;.?!]*(?=,|\s+then\b)", re.I)


def _supposed(text: str, match: re.Match) -> bool:
    """Whether the match is inside a case supposed (_SUPPOSED)."""
    return any(m.start() <= match.start() and match.end() <= m.end() for m in _SUPPOSED.finditer(text))


def _scale_named_before(before: str, ranges: list[Sentence]) -> Sentence | None:
    """Of the sentences giving a scale's range, the one whose scale (its abbreviation in brackets) the
    text names last."""
    last, found = -1, None
    for sentence in ranges:
        for name in re.findall(r"\(([A-Za-z][\w-]*)\)", sentence.text):
            at = max((m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", before, re.I)), default=-1)
            if at > last:
                last, found = at, sentence
    return found


@dataclass(frozen=True)
class Premise:
    """A claim found in the question, the sentence that contradicts it, and whether the question
    takes the claim for granted (a premise to correct) or only asks about it (a question to answer)."""

    claim: str
    sentence: Sentence
    presupposed: bool = True
    settles: bool = True  # the sentence answers the claim, asked about, with "No"
    also: tuple[Sentence, ...] = ()  # the other sentences correcting it, for a claim corrected with all of them


class PremiseChecker(GroupCounts, TimeSpans):
    """Finds false premises in questions about one study. The kinds of claim and their words are
    the engine's (knowledge/claims.toml); which sentences contradict each kind is the study pack's.
    What it needs of the study is worked out once: the counts of people it gives (GroupCounts), the
    spans of time (TimeSpans) and the labelled parts of its figure."""

    def __init__(self, study, claims, vocabulary: set[str]):
        self.sentences = study.sentences
        self.groups = study.groups
        # The sentence naming the most groups: the answer to "why did they only include X?".
        named = [(sum(names_any(x.text, g.names) for g in study.groups), -i, x) for i, x in enumerate(study.sentences)]
        best = max(named, default=(0, 0, None), key=lambda t: (t[0], t[1]))
        self.all_groups = best[2] if best[0] >= 2 else None
        self.vocabulary = vocabulary
        claims = [claim for claim in claims if study.premises.get(claim.kind)]
        # (A claim's words are tried on every question: each only on a question that may hold them.)
        said = Patterns(re.compile(r"\b(" + "|".join([re.escape(w).replace(r"\ ", r"\s+") for w in claim.words]
                                                 + [f"(?:{p})" for p in claim.patterns]) + r")\b", re.I) for claim in claims).filtered()
        self.rules = [
            (claim.claim, pattern, study.premises.get(claim.kind, []), claim.settled_when_asked, claim.only_assumed,
             re.compile(claim.unless, re.I) if claim.unless else None, claim.together)
            for claim, pattern in zip(claims, said)
        ]
        self.totals = study.premises.get("people_count", [])
        self._read_spans()  # (the spans of time the text gives and its longest: time_spans.py)
        self._count_groups(study)  # (the counts of people, per group and in all; the groups' patterns: group_counts.py)
        # Each labelled part of a figure ("Panel A" -> "panel_a") and its sentences: a time point or a
        # group said of a part that has others ("Panel A shows 12 months", "Panel C is the X patients").
        self.parts: dict[str, list[Sentence]] = {}
        for x in self.sentences:
            section = re.sub(r"-\d+(?:\.\d+)?$", "", x.sentence_id.rsplit("#", 1)[-1])
            if re.fullmatch(r"(?:panel|part|figure|fig|table)-[a-z0-9]", section):
                self.parts.setdefault(section.replace("-", "_"), []).append(x)

    def _part_claim(self, question: str) -> Premise | None:
        """A labelled part said to show a time point or a group it does not ("Panel A shows results at
        12 months", "Panel C is about the X patients"), in a sentence that tells rather than asks what
        the part shows: corrected with the part's sentence giving its own."""
        for sentence in _CLAIM_SENTENCE.findall(question):
            shown = _SHOWS.search(sentence)
            if not shown or _ASKS_WHAT.match(sentence):
                continue
            label = re.sub(r"\s+", "_", shown.group("label").lower()).replace("fig_", "figure_")
            own = self.parts.get(label)
            if not own:
                continue
            said = sentence[shown.end():]
            spans = [m for m in _SPAN.finditer(said)]
            own_spans = {_months(*m.groups()): x for x in own for m in _SPAN.finditer(x.text)}
            # (a part followed "up to 24 months" shows 12 months too)
            reach = max((_months(*m.groups()) for x in own for m in _SPAN.finditer(x.text)
                         if re.search(r"\bup to\s*$", x.text[: m.start()], re.I)), default=0.0)
            if len(spans) == 1 and own_spans and _months(*spans[0].groups()) not in own_spans and _months(*spans[0].groups()) > reach:
                return Premise(f"{shown.group('label')} shows {spans[0].group(0)}", next(iter(own_spans.values())), True)
            head = " ".join(said.split()[:PART_GROUP_WORDS])  # (the group it is said to show, not one named later)
            claimed = [g for g in self.groups if names_any(head, g.all_names)]
            named = [g for g in self.groups if any(names_any(x.text, g.names) for x in own)]
            if len(claimed) == 1 and named and claimed[0] not in named:
                opening = next(x for x in own if any(names_any(x.text, g.names) for g in named))
                return Premise(f"{shown.group('label')} is about the {claimed[0].label.lower()} patients", opening, True)
        return None

    @staticmethod
    def reads_ranking(question: str) -> bool:
        """Whether find() would look at the ranked sentences: a code, a direction, or a scale said to
        have bounds."""
        return bool(_CODE.search(question) or _DIRECTION.search(question) or (_SCALE.search(question) and _BOUND.search(question)))

    def ranked_group(self, question: str) -> Premise | None:
        """A group said to be the biggest or smallest ("so X was the biggest group - why?", "since X had
        the fewest patients ..."), when the counts the study gives say another: corrected with the
        sentence giving them."""
        counts = {}
        for label, count, sentence, _ in self.group_counts:
            counts.setdefault(label, (int(count), sentence))
        if len(counts) < 2 or len(counts) != len(self.groups):
            return None
        for group in self.groups:
            names = "|".join(re.escape(n) for n in sorted(group.all_names, key=len, reverse=True))
            claim = re.search(rf"(?:{names})(?![\w-])(?:\s+(?:group|patients|people|cases|ones|lot))?\s+(?:was|were|is|are|had|has|made up)\s+"
                              rf"(?:by far\s+|easily\s+)?the\s+(?P<which>{_MOST}|{_LEAST})\b|"
                              rf"\bthe\s+(?P<which2>{_MOST}|{_LEAST})\s+(?:group|number|share|one)\s+(?:was|were|is)\s+(?:the\s+)?(?:{names})(?![\w-])",
                              question, re.I)
            if claim is None:
                continue
            most = re.match(_MOST, claim.group("which") or claim.group("which2"), re.I) is not None
            own = counts[group.label][0]
            others = [n for label, (n, _) in counts.items() if label != group.label]
            if (most and own > max(others)) or (not most and own < min(others)):
                return None  # (right)
            sentence = counts[group.label][1]  # (the sentence giving the counts)
            return Premise(f"the {group.label.lower()} group was the {'largest' if most else 'smallest'}", sentence)
        return None

    def find(self, question: str, ranked: list[Sentence]) -> Premise | None:
        """The claim of the question the study contradicts, with the contradicting sentence; or None.

        `ranked` is the study's sentences best first for this question.
        """
        ranked_group = self.ranked_group(question)
        if ranked_group is not None:
            return ranked_group
        presupposes = bool(_PRESUPPOSES.search(question))
        # A claim is taken for granted by a "why ...", "since ...", or a statement, not a question.
        # (One sentence opening as a question asks, question mark or not: "did anybody relapse after the two years were up";
        # not one of two alternatives, "did they last or did ppl relapse", which the sentence saying they lasted answers)
        asserted = presupposes or not (question.rstrip().endswith("?") or _ASKS_INDIRECTLY.search(question)
                                       or (_OPENS_QUESTION.match(question) and not re.search(r"[.!?;]\s+\w", question.strip())
                                           and not re.search(r"\bor\b", question)))
        band = _BAND_ASKED.search(question)  # ("what range is a minimal response?" names a scale's band, claims nothing)
        for claim, pattern, counters, settled, only_assumed, unless, together in self.rules:
            if band or (only_assumed and not asserted) or (unless is not None and unless.search(question)):
                continue
            said = next((m for m in pattern.finditer(question)
                         if not _own_life(question, m) and (settled or not _supposed(question, m))), None)
            if said:
                candidates = [s for s in counters if not pattern.search(s.text)]
                if candidates:
                    order = {s.sentence_id: i for i, s in enumerate(ranked)}
                    if not (settled or asserted):
                        # "did it come back for anyone?": a sentence saying it lasted does not say;
                        # the closest is the one ranked best for the question.
                        nearest = min(candidates, key=lambda s: order.get(s.sentence_id, len(order)))
                        return Premise(claim, nearest, asserted, settles=False)
                    # Prefer the sentence about what the claim is about: the words just before it
                    # ("the X patients only got minor improvement"), then just after it ("only half of
                    # the X patients"), then the best ranked.
                    near = set(tokens(question[max(0, said.start() - 60) : said.start()]))
                    after = set(tokens(question[said.end() : said.end() + 40]))
                    around = question[max(0, said.start() - 60) : said.end() + 40]
                    named = [g for g in self.groups if names_any(around, g.all_names)]
                    own = set(content_tokens(said.group(0)))  # (then the sentence sharing the claim's own words: "thousands of patients")
                    best = min(candidates, key=lambda s: (-sum(names_any(s.text, g.names) for g in named),
                                                          -len(own & set(tokens(s.text))),
                                                          -len(near & set(tokens(s.text))), -len(after & set(tokens(s.text))),
                                                          order.get(s.sentence_id, len(order))))
                    return Premise(claim, best, asserted, also=tuple(s for s in candidates if s != best) if together else ())
        # (A group's count first: "10 patients had X" is corrected by the sentence counting X's patients.)
        for label, count, sentence, said in self.group_counts:
            for match in said.finditer(question):
                number = _WORD_NUMBERS.get(match.group(1).lower(), match.group(1))
                if number != count and number not in self.totals_given:
                    return Premise(f"there were {number} {label.lower()} patients", sentence, asserted)
        for match in _COUNT_CLAIM.finditer(question):
            if match.group(1) not in self.people_counts and self.totals:
                return Premise(f"there were {match.group(1)} {match.group(2)}", self.totals[0])
        # A span longer than any the text gives, taken for granted ("after the 5 years ...").
        if asserted and self.longest is not None:
            for match in _SPAN.finditer(question):
                before = question[max(0, match.start() - 40) : match.start()]
                around = before + question[match.end() : match.end() + 30]
                if _months(*match.groups()) > max(self.spans) and _FOLLOWED.search(before) and not _OWN.search(around):
                    return Premise(f"{match.group(0)} of follow-up", self.longest, asserted)
            for match in _SPAN.finditer(question):
                # "followed for only 3 months": the whole follow-up said to be shorter than the text's longest.
                before = question[max(0, match.start() - 40) : match.start()]
                around = before + question[match.end() : match.end() + 30]
                # (Of the whole study only: a part of the figure, a group or a patient may well have
                # been followed for less: "in panel C, only 12 months".)
                if (_months(*match.groups()) < max(self.spans) and _ONLY_FOLLOWED.search(before) and _ONLY.search(before[-25:])
                        and not _OWN.search(around) and not any("_" in t for t in tokens(question))
                        and not any(names_any(question, g.all_names) for g in self.groups)):
                    return Premise(f"only {match.group(0)} of follow-up", self.longest, asserted)
        part = self._part_claim(question) if asserted else None
        if part:
            return part
        for group, said in self.only_group:
            if said.search(question):
                return Premise(f"only {group.label.lower()} patients took part", self.all_groups, asserted)
        for group, said in self.left_out:
            if said.search(question):
                return Premise(f"the {group.label.lower()} patients were left out", self.all_groups, asserted)
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
        if (presupposes or re.search(r"\b(only|just)\b", question, re.I)) and _SCALE.search(question):
            # The numbers said to bound a scale ("0 to 100", "out of 40", "tops out at 40"), not the
            # digits of a name ("ABC-8").
            ranges = [s for s in ranked[:5] if re.search(r"\brange from\b", s.text)]
            for bound in _BOUND.finditer(question):
                # (Each bound read against the range of the scale named last before it: "X runs from 0 to
                # 10, and Y from 0 to 51" gives two scales their own ranges.)
                scale = _scale_named_before(question[: bound.start()], ranges) or (ranges[0] if ranges else None)
                if scale and any(n not in re.findall(r"\d+", scale.text) for n in bound.groups() if n):
                    return Premise("a range the study does not give", scale)
        return None


def wrong_group(question: str, study, terms: list[str], opening, glossary) -> Premise | None:
    """A measure or term of the study asked of a group it is never used for ("<a measure> for the X
    patients?", when the text uses it only for Y): the claim, and a sentence tying the term to its
    own group. None when another term of the question is the group's own (a choice between them). terms: the study's named things in the question (defined terms, in order);
    opening(sentence): the first sentence of its section (a figure panel names its group there);
    glossary(sentence): whether it only lists what abbreviations stand for (it names no use)."""
    asked = [g for g in study.groups if names_any(question, g.all_names)]
    if len(asked) != 1:
        return None
    group = asked[0]

    def groups_of(sentence) -> list:
        named = [g for g in study.groups if names_any(sentence.text, g.names)]
        return named or [g for g in study.groups if names_any(opening(sentence).text, g.names)]

    found = None
    for term in terms:
        if any(names_any(term, g.all_names) for g in study.groups):
            continue  # a group's own name
        using = [(s, groups_of(s)) for s in study.sentences
                 if re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", s.text, re.I) and not glossary(s)]
        if any(group in named for _, named in using):
            return None  # a term of the group asked of: "which was used for G, A or B?" names both
        own = [s for s, named in using if len(named) == 1]
        if own and found is None:
            found = Premise(f"{term} is used for the {group.label.lower()} patients", own[0])
    return found
