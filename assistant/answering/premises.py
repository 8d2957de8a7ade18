"""False premises: a question that presupposes something the study contradicts gets corrected.

Claim kinds (outcome got worse, benefit faded, taken repeatedly, proven cure, short follow-up) and
their words are generic data; the study pack names the sentences that contradict each. A count of
people, a coded name, a direction or a range the text does not give is checked against the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.retrieval.lexicon import PEOPLE_COUNT, content_tokens, names_any, tokens
from assistant.answering.prefilter import Patterns
from assistant.answering.taking_part import took_part
from assistant.records import Sentence

# A question asked inside a statement, without its question mark: "I'm dying to know how many relapsed".
# (Wanting to know, not knowing: "I know how the patients got worse" states it; "how they needed three
# infusions" and "what made them relapse" take it for granted.)
_ASKS_INDIRECTLY = re.compile(r"\b(?:(?:want|wanna|like|dying|need|trying|hoping|keen)\s+(?:to\s+)?(?:know|find out|ask)|wonder(?:ing)?|curious|not sure|unsure)"
                              r"\s+(?:about\s+)?(?:how (?:many|much|long|often)|whether|if|which|who|when|where|what(?! made))\b", re.I)
# An age said of the writer or someone ("im 17 w X", "I'm 34 with X", "aged 40 with X"): no count of a group.
_NOT_AN_AGE = r"(?<!\bim )(?<!\bi'm )(?<!\bi’m )(?<!\bi am )(?<!\baged )(?<!\bage )(?<!\bshe's )(?<!\bhe's )(?<!\bshe is )(?<!\bhe is )"
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
# A span of time said as a number of years, months or weeks ("the 5 years", "for six months").
_SPAN = re.compile(r"(?<![\w.-])(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|thirty-six|forty-eight)"
                   r"[ -](years?|months?|weeks?)\b", re.I)
_SPAN_WORDS = {"eighteen": "18", "twenty": "20", "thirty": "30", "thirty-six": "36", "forty-eight": "48"}
# ... said of the study's follow-up, right before the span ("followed for 5 years", "after the 5
# years"), not of the reader's own illness ("I've had it for 20 years") or the future ("in 10 years").
_FOLLOWED = re.compile(r"\b((followed|observed|tracked|monitored|checked|watched)( up)? (for|over|during|across) (the |those |these |all )?|"
                       r"follow[- ]up (of|for|over|lasting) (the )?|after (the|those|these|all) )"
                       r"(up to |about |around |roughly |nearly |almost |more than |over )?$", re.I)
# ... said to be all the follow-up there was, shorter than the text's longest ("followed for only 3
# months", "follow-up lasted just 6 weeks").
_ONLY_FOLLOWED = re.compile(r"\b((followed|observed|tracked|monitored|checked|watched)( up)?( for| over)?|follow[- ]up (lasted|was|of|ran for|went on for)( for)?|"
                            r"(only|just) (followed|tracked|monitored|observed) (them |the patients |patients |people |the people |everyone |participants |the participants |those patients )?(for|over))"
                            r" (only |just |merely |a mere |more than |over |at least |longer than |upwards of )?(about |around )?$", re.I)
_ONLY = re.compile(r"\b(only|just|merely|a mere)\b", re.I)
# ... asked of a time after the study's end: "in 10 years", "after 5 years", "will it last 3 years?",
# "five years from now" (not "a 10-year-old", not "10 years ago").
_LATER = re.compile(r"\b(in|after|at|by|beyond|past|within|last|lasts|lasting|stay|stays|remain|remains|still|another|the next|the first)"
                    r"( (the|another|more than|over|the next|the first|a further|about|around))?"
                    r"( (\d+|one|two|three|four|five|six|seven|eight|nine|ten) (or|and|to|-))? $|"  # ("at 3 or 5 years")
                    # ("stay in remission for 5 years?", "will it last for ten years?")
                    r"\b(stay|stays|remain|remains|last|lasts|keep|keeps|still)\b[^.?!]{0,25}\bfor( (another|more than|over|at least|about|around|the next))? $", re.I)
# ... a span naming results of that length ("five-year results", "10-year data"), or going past the
# longest span itself ("beyond two years", "longer than 24 months").
_RESULTS_OF_SPAN = re.compile(r"^ (of )?(results?|data|outcomes?|follow[- ]?up|survival|figures|numbers|findings|remission rates?)\b", re.I)
# ... said to show something: "10 years of data show it's safe" takes the span for granted.
_SPAN_SHOWS = re.compile(r"^ (of )?(results?|data|outcomes?|follow[- ]?up|findings) (now )?(show|shows|showed|prove|proves|proved|mean|means|suggest|suggests|confirm|confirms)\b", re.I)
# ... or told, as a clause of its own before the question: "wow 10 years of follow up, did anyone ...?",
# "with 5 years of data, how many ...?" (not "any data after 5 years?", "is there 10 years of data?").
_TOLD_BEFORE = re.compile(r"(?:^|[.!?]\s*|\b(?:with|wow|whoa|omg|so|all|those|these|over|across))\W*$", re.I)
_TOLD_AFTER = re.compile(r"^ (of )?(results?|data|outcomes?|follow[- ]?up|findings)\b[^?,.!;]{0,20}[,.!;]", re.I)
_PAST = re.compile(r"\b(beyond|(?<!the )past|longer than|more than|later than|upwards of)( the)? $|\b(after|once) the $", re.I)  # ("after the two years": once they were over)
# ... not how long someone had been ill ("had the illness for more than two years")
_STATE_FOR = re.compile(r"\b(had|has|have|having|living with|lived with|diagnosed|ill|sick|suffer\w*)\b[^.?!]{0,30}\bfor (more than|longer than|over|upwards of) $", re.I)
_FROM_NOW = re.compile(r"^('s| of)? ?(time|later|from now|on|down the (road|line)|mark|point|out)\b", re.I)
_OWN = re.compile(r"\b(i|i'?ve|my|me|she'?s|he'?s|her|his)\b", re.I)
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
_IN_MONTHS = {"year": 12.0, "month": 1.0, "week": 12 / 52}


def _months(number: str, unit: str) -> float:
    number = number.lower()
    n = float(_WORD_NUMBERS.get(number) or _SPAN_WORDS.get(number) or number)
    return round(n * _IN_MONTHS[unit.lower().rstrip("s")], 1)
_WORD_NUMBERS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split())}
_INCLUDED = r"include[sd]?|including|studied|study|treated|treat|enrolled|recruited|involved|involve[sd]?|looked at|tested|had"
_NUMBER_WORDS = "|".join(list(_WORD_NUMBERS)[2:])  # not "one": "the one for X" counts nobody
_NUMBER = r"(?<![\w.-])(\d+(?:\.\d+)?)(?![\w-]|\.\d)"
# Things a number before a group's name may count instead of its people ("the two X scores").
_NOT_PEOPLE = (r"(?:scores?|measures?|scales?|indices|index|indexes|panels?|graphs?|charts?|plots?|criteria|tests?|"
               r"outcomes?|results?|values?|numbers?|lines?|things?|questions?|ways?|types?|kinds?|markers?|tools?)\b")
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


class PremiseChecker:
    """Finds false premises in questions about one study. The kinds of claim and their words are
    the engine's (knowledge/claims.toml); which sentences contradict each kind is the study pack's.
    What it needs of the study (the counts of people it gives) is worked out once."""

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
        # The spans of time the text gives (in months), and the sentence giving the longest: a span
        # it never gives, taken for granted ("after the 5 years ..."), is corrected with that one.
        spans = [(_months(*m.groups()), x) for x in self.sentences for m in _SPAN.finditer(x.text)]
        self.spans = {m for m, _ in spans}
        self.longest = max(spans, key=lambda t: t[0])[1] if spans else None
        # Counts of people the study gives ("15 patients", "8 patients"), not every number in it.
        self.people_counts = {n.replace(",", "") for s in self.sentences for n in PEOPLE_COUNT.findall(s.text)}
        # Each group's count as the text gives it ("8 patients with chronic example disease"), with
        # the sentence that gives it; and a pattern for a count said of the group ("those 3 XY patients").
        self.group_counts = []
        for group in study.groups:
            names = "|".join(re.escape(n) for n in sorted(group.all_names, key=len, reverse=True))
            given = re.compile(rf"\b(\d+)\s+(?:patients|people|participants)\s+with\s+(?:[\w-]+\s+){{0,3}}?(?:{names})\b", re.I)
            found = [(m.group(1), s) for s in self.sentences for m in given.finditer(s.text)]
            if len({n for n, _ in found}) == 1:
                said = re.compile(rf"(?<![\w.,-])(?<!patient )(?<!patients )(?<!number )(?<!no\. ){_NOT_AN_AGE}({_NUMBER_WORDS}|\d+)\s+(?:(?!(?:for|of|in|on|at|to|by|from|the|a|and|or|groups?|kinds?|types?|forms?|diseases?|conditions?|arms?|cohorts?|panels?|charts?|graphs?|columns?|years?|months?|weeks?|days?|scores?|measures?)\b)[a-z-]+\s+)?"
                                  rf"(?:(?:patients?|people|persons?|participants)\s+(?:with|who had|having|had)\s+|with\s+)?"
                                  rf"(?:{names})(?![\w-])(?!\s+{_NOT_PEOPLE})", re.I)
                # (or after the group's name: "the X group had 8 patients", "X: 8 patients")
                after = re.compile(rf"(?:{names})(?![\w-])(?:\s+(?:group|arm|cohort|patients|people|cases))?\s*(?:had|has|included|includes|numbered|"
                                   rf"was|were|counted|comprised|of|:|=)\s+(?:only\s+|just\s+|about\s+)?({_NUMBER_WORDS}|\d+)\s+"
                                   rf"(?:patients|people|participants|persons|cases)\b(?=\s*(?:[,.;!?)]|$|and\b|in total\b|altogether\b|in all\b))", re.I)
                # (or "10 of the patients had X", the group's name ending the clause: not "2 of the patients
                # had X flares", "at least 3 of them had X")
                of_them = re.compile(rf"(?<![\w.,-])(?<!least )(?<!only )(?<!than )({_NUMBER_WORDS}|\d+)\s+of\s+(?:the\s+|these\s+|those\s+)?"
                                     rf"(?:patients|people|participants|them)\s+(?:had|have|were diagnosed with)\s+(?:{names})(?![\w-])"
                                     rf"(?=\s*(?:[,.;!?)]|$|and\b|but\b|so\b|then\b))", re.I)
                self.group_counts.append((group.label, found[0][0], found[0][1], said))
                self.group_counts.append((group.label, found[0][0], found[0][1], after))
                self.group_counts.append((group.label, found[0][0], found[0][1], of_them))
        # Each labelled part of a figure ("Panel A" -> "panel_a") and its sentences: a time point or a
        # group said of a part that has others ("Panel A shows 12 months", "Panel C is the X patients").
        self.parts: dict[str, list[Sentence]] = {}
        for x in self.sentences:
            section = re.sub(r"-\d+(?:\.\d+)?$", "", x.sentence_id.rsplit("#", 1)[-1])
            if re.fullmatch(r"(?:panel|part|figure|fig|table)-[a-z0-9]", section):
                self.parts.setdefault(section.replace("-", "_"), []).append(x)
        # The counts the text gives for the whole study: a "15 patients" said of a group is the total
        # misread, not a group count to correct.
        self.totals_given = ({n.replace(",", "") for s in self.totals for n in PEOPLE_COUNT.findall(s.text)}
                             - {c for _, c, _, _ in self.group_counts})
        # "Why did they only include X patients?", per group (a study of several groups).
        self.only_group = [
            (group, re.compile(rf"\b(?:(?:only|just) (?:{_INCLUDED})|(?:{_INCLUDED}) (?:only|just))\s+(?:[\w-]+\s+){{0,3}}?"
                               rf"(?:{'|'.join(re.escape(n) for n in sorted(group.all_names, key=len, reverse=True))})(?![\w-])", re.I))
            for group in study.groups
        ] if len(study.groups) > 1 and self.all_groups is not None else []
        # "Why were the X patients left out?", "the researchers stuck to X only": of a group it had.
        self.left_out = [
            (group, re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in sorted(group.all_names, key=len, reverse=True))})(?![\w-])"
                               rf"(?:\s+[\w-]+){{0,2}}?\s+(?:were|was|got|being|been)?\s*(?:left out|excluded|not included|omitted|dropped)\b|"
                               rf"\b(?:stuck to|limited to|restricted to|only looked at|only studied)\s+(?:the\s+)?"
                               rf"(?:{'|'.join(re.escape(n) for n in sorted(group.all_names, key=len, reverse=True))})(?![\w-])", re.I))
            for group in study.groups
        ] if len(study.groups) > 1 and self.all_groups is not None else []

    def took_part(self, question: str) -> Sentence | None:
        """Whether people of one of the study's groups took part: the sentence counting that group
        (taking_part.took_part)."""
        return took_part(question, self.groups, self.group_counts)

    def beyond(self, question: str) -> tuple[str, Sentence, bool] | None:
        """A time after the longest span the text gives, asked about ("still in remission in 10
        years?"): the span asked, the sentence giving the longest one, and whether the question takes
        the time for granted as the study's ("at the 5-year mark", "after the 5 years")."""
        if self.longest is None:
            return None
        for match in _SPAN.finditer(question):
            after = question[match.end() : match.end() + 20]
            if after.startswith("-") or re.match(r"\s*(ago|old)\b", after, re.I):
                continue
            before = question[max(0, match.start() - 30) : match.start()]
            months = _months(*match.groups())
            if _OWN.search(before + after):
                continue
            if months == max(self.spans) and _ONLY_FOLLOWED.search(before) and _PAST.search(before):
                return match.group(0), self.longest, True  # ("were they followed for more than two years?": up to two)
            if months > max(self.spans) and _RESULTS_OF_SPAN.match(after):
                # ("any five-year results?"; "the five-year follow-up" takes it for granted)
                return match.group(0), self.longest, bool(re.search(r"\b(the|given|its|their)\s+$", before, re.I) or _SPAN_SHOWS.match(question[match.end():])
                                                          or (_TOLD_BEFORE.search(before) and _TOLD_AFTER.match(question[match.end():])))
            if (months == max(self.spans) and _PAST.search(before) and not _ONLY_FOLLOWED.search(before)
                    and not _STATE_FOR.search(question[max(0, match.start() - 60) : match.start()])):
                return match.group(0), self.longest, False  # ("any data beyond two years?", "what happened past the two years?")
            if months > max(self.spans):
                if _ONLY_FOLLOWED.search(before):
                    return match.group(0), self.longest, True  # ("were they followed for 5 years?": a follow-up it never had)
                if _LATER.search(before) or _FROM_NOW.match(after.strip()):
                    return match.group(0), self.longest, bool(re.search(r"\bthe $", before, re.I))
        return None

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
