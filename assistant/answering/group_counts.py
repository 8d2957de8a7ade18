"""The counts of people the study gives, and how a question says a count of one of its groups: each
group's count with the sentence giving it and the patterns of a count said of the group ("those 3 XY
patients", "the X group had 8 patients", "10 of the patients had X"); the counts the text gives for
the whole study; a group said to be the only one included ("why did they only include X patients?")
or said to be left out ("why were the X patients left out?"); and whether people of a group took part.

A mixin of the PremiseChecker (premises.py): it works them out once per study (self.people_counts,
self.group_counts, self.totals_given, self.only_group, self.left_out) from the checker's sentences
(self.sentences), the study's totals (self.totals) and the sentence naming every group
(self.all_groups).
"""
from __future__ import annotations

import re

from assistant.answering.taking_part import took_part
from assistant.records import Sentence
from assistant.retrieval.lexicon import PEOPLE_COUNT

# An age said of the writer or someone ("im 17 w X", "I'm 34 with X", "aged 40 with X"): no count of a group.
_NOT_AN_AGE = r"(?<!\bim )(?<!\bi'm )(?<!\bi’m )(?<!\bi am )(?<!\baged )(?<!\bage )(?<!\bshe's )(?<!\bhe's )(?<!\bshe is )(?<!\bhe is )"
# A number said in words, as its digits ("three patients", "two years").
_WORD_NUMBERS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split())}
_INCLUDED = r"include[sd]?|including|studied|study|treated|treat|enrolled|recruited|involved|involve[sd]?|looked at|tested|had"
_NUMBER_WORDS = "|".join(list(_WORD_NUMBERS)[2:])  # not "one": "the one for X" counts nobody
# Things a number before a group's name may count instead of its people ("the two X scores").
_NOT_PEOPLE = (r"(?:scores?|measures?|scales?|indices|index|indexes|panels?|graphs?|charts?|plots?|criteria|tests?|"
               r"outcomes?|results?|values?|numbers?|lines?|things?|questions?|ways?|types?|kinds?|markers?|tools?)\b")


class GroupCounts:
    """The counts of people the study gives, per group and in all, and the groups a question says
    were the only ones included or were left out."""

    def _count_groups(self, study) -> None:
        """The counts of people the study gives, each group's with the patterns of a count said of it,
        and the patterns of a group said to be the only one included or to be left out."""
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
