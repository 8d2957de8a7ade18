"""Spans of time a question says of the study's follow-up, read against the spans the text gives: a
time after the longest asked about (beyond: "still in remission in 10 years?", "any five-year
results?", "at the 5-year mark"), and the patterns premises.py reads a follow-up by that is taken for
granted longer than the text's longest ("after the 5 years ...") or said to be shorter ("followed for
only 3 months").

A mixin of the PremiseChecker (premises.py): it works out once the spans of time the text gives, in
months (self.spans), and the sentence giving the longest (self.longest), from the checker's
sentences (self.sentences).
"""
from __future__ import annotations

import re

from assistant.answering.group_counts import _WORD_NUMBERS
from assistant.records import Sentence

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
_TOLD_BEFORE = re.compile(r"(?:^|[.!?]\s*)\W*(?:(?:with|wow|whoa|omg|so|all|those|these|over|across|and)\W+)*$", re.I)
# ... unless the question supposes it ("with ten years of follow-up, what would happen?")
_HYPOTHETICAL = re.compile(r"\b(would|could|might|if|imagine|suppose|hypothetically)\b", re.I)
_TOLD_AFTER = re.compile(r"^ (of )?(results?|data|outcomes?|follow[- ]?up|findings)\b[^?,.!;]{0,20}[,.!;]", re.I)
_PAST = re.compile(r"\b(beyond|(?<!the )past|longer than|more than|later than|upwards of)( the)? $|\b(after|once) the $", re.I)  # ("after the two years": once they were over)
# ... not how long someone had been ill ("had the illness for more than two years")
_STATE_FOR = re.compile(r"\b(had|has|have|having|living with|lived with|diagnosed|ill|sick|suffer\w*)\b[^.?!]{0,30}\bfor (more than|longer than|over|upwards of) $", re.I)
_FROM_NOW = re.compile(r"^('s| of)? ?(time|later|from now|on|down the (road|line)|mark|point|out)\b", re.I)
_OWN = re.compile(r"\b(i|i'?ve|my|me|she'?s|he'?s|her|his)\b", re.I)
_IN_MONTHS = {"year": 12.0, "month": 1.0, "week": 12 / 52}


def _months(number: str, unit: str) -> float:
    number = number.lower()
    n = float(_WORD_NUMBERS.get(number) or _SPAN_WORDS.get(number) or number)
    return round(n * _IN_MONTHS[unit.lower().rstrip("s")], 1)


class TimeSpans:
    """The spans of time the text gives, and a time after the longest asked about."""

    def _read_spans(self) -> None:
        """The spans of time the text gives, in months (self.spans), and the sentence giving the longest."""
        # The spans of time the text gives (in months), and the sentence giving the longest: a span
        # it never gives, taken for granted ("after the 5 years ..."), is corrected with that one.
        spans = [(_months(*m.groups()), x) for x in self.sentences for m in _SPAN.finditer(x.text)]
        self.spans = {m for m, _ in spans}
        self.longest = max(spans, key=lambda t: t[0])[1] if spans else None

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
                                                          or (_TOLD_BEFORE.search(before) and _TOLD_AFTER.match(question[match.end():])
                                                              and not _HYPOTHETICAL.search(question)))
            if (months == max(self.spans) and _PAST.search(before) and not _ONLY_FOLLOWED.search(before)
                    and not _STATE_FOR.search(question[max(0, match.start() - 60) : match.start()])):
                return match.group(0), self.longest, False  # ("any data beyond two years?", "what happened past the two years?")
            if months > max(self.spans):
                if _ONLY_FOLLOWED.search(before):
                    return match.group(0), self.longest, True  # ("were they followed for 5 years?": a follow-up it never had)
                if _LATER.search(before) or _FROM_NOW.match(after.strip()):
                    return match.group(0), self.longest, bool(re.search(r"\bthe $", before, re.I))
        return None
