"""What the study does not say: a choice between things it never mentions, a topic it does not
cover, a value for one patient, a time after its end; a time after its end taken for granted is
corrected.

A mixin of the Planner (planner.py): it uses the Planner's assistant (self.a), composer, near-miss
finder (self.near) and the kinds of answer (self.types, self.over_gaps).
"""
from __future__ import annotations

import re

from assistant.answering.composer import marks_explained
from assistant.answering.lists import _with
from assistant.answering.question import Question
from assistant.records import Reply
from assistant.retrieval.lexicon import find_name

# Question-bank thresholds (cosine similarity of the question to the bank's nearest phrasing).
NOT_COVERED_MIN = 0.62  # a not-covered topic this close ...
NOT_COVERED_MARGIN = 0.05  # ... and this much closer than any answerable entry: not in the study
ANSWERED_COVERAGE = 0.75
NOT_COVERED_STRONG = 0.72  # this close, even a question with several parts is about the uncovered topic


# Asking what a term is, means or measures, or over what range.
_DEFINITION_ASKED = re.compile(r"\b(means?|meaning|stands? for|denotes?|range|scale|measures?|measured)\b|"
                               r"\bwhat(?:'?s| is| are) (?:an? |the )?(?=[\w-]+\W*$)", re.I)


class NotStated:
    """The not-stated steps of the Planner."""

    def _not_covered(self, q: Question, gaps, kind_top) -> Reply | None:
        """A choice between things the study never mentions, a topic it does not cover (the bank's),
        or a value for one patient: it does not say; None otherwise."""
        composer, query, study, single, ranked = self.composer, q.query, q.study, q.single, q.ranked
        if single and self.near.unknown_choice(query):
            # "was it A or B?" naming things the study never mentions: it does not say which.
            return composer.not_in_study(ranked, {"choice": True}, q.request, "which", [e.sentence for e in ranked[:1] if e.dense >= 0.35])
        # A question whose words the best sentence all but holds is answered, however near a gap.
        # A kind of message the study answers as a whole ("how sure can we be?") is never a gap.
        given = self._kind_given(query, study)  # ("more than one dose?": how many times, which it gives)
        given = given or self._defined_term_asked(query, study)
        near = (gaps and not kind_top and not given and not self.near.own_use(query) and gaps[0].similarity >= q.best + NOT_COVERED_MARGIN
                and ranked[0].coverage < ANSWERED_COVERAGE)
        if near and (gaps[0].similarity >= NOT_COVERED_STRONG or (single and gaps[0].similarity >= NOT_COVERED_MIN)):
            gap = gaps[0]
            closest = list(gap.sentences) or [e.sentence for e in ranked[:1] if e.dense >= 0.35]
            return composer.not_in_study(ranked, {"not_covered": gap.key}, q.request, f"anything about {gap.entry.topic}", closest)
        if self.near.individual_value(q.original, query) or self.near.unknown_label(query):
            return composer.not_in_study(ranked, {"individual": True}, q.request, "values for single patients")
        return None

    def _defined_term_asked(self, query: str, study) -> bool:
        """The question asks what a scale or test the study defines means, measures or ranges over ("what's
        XYZ-2?" at its end, "the QRS index's range?"; not "what were the XYZ values?"): the study answers that,
        whatever a word around it ("death by acronyms", "pub quiz tonight", "in hospital in 2020") says of a topic
        it does not cover."""
        return bool(_DEFINITION_ASKED.search(query)) and any(find_name(f, query) for forms in self.specific_terms(study) for f in forms)

    def _kind_given(self, query: str, study) -> bool:
        """The question asks a kind of answer that outweighs a gap near it, and the study's text gives it."""
        return any(name in self.over_gaps and cue.search(query) and any(evidence.search(s.text) for s in study.sentences)
                   for name, cue, evidence, _, _ in self.types)

    def span_granted(self, q: Question) -> Reply | None:
        """A follow-up longer than the study's taken for granted ("at the 5-year mark ...", "wow, 10 years of
        follow-up, did anyone ...?"): corrected with the sentence giving its length, before any claim or topic
        the question goes on to; None otherwise."""
        beyond = q.beyond
        if not (beyond and beyond[2]):
            return None
        reply = self.composer.compose([beyond[1]], q.request, kind="correction", prefix="That is not what the study reports.")
        return _with(reply, meta={"premise": f"{beyond[0]} of follow-up"})

    def _never_said(self, q: Question, kind_top) -> Reply | None:
        """A time after the study's end, or a topic or thing its text never mentions: corrected when
        taken for granted, else it does not say; None otherwise."""
        composer, query, request, single, ranked = self.composer, q.query, q.request, q.single, q.ranked
        beyond = q.beyond  # (one taken for granted was corrected before: span_granted)
        topic = self.near.uncovered_topic(query) or self.near.unknown_acronym(query)
        # (Not when the question asks a kind of answer the text gives: "what was the 'dose' like - how many infusions?")
        # (A follow-up's subject, put after its question as "(X patients)", is no part of its own.)
        one = single or len(composer.parts(q.original)) == 1
        if (topic and one and not kind_top and not marks_explained(query, ranked[0].sentence.text if ranked else "")
                and not self._kind_given(query, q.study) and not self._defined_term_asked(query, q.study)):
            return composer.not_in_study(ranked, {"uncovered": topic}, request, f"anything about {topic}")
        unmentioned = self.near.unmentioned(query) if single else None
        if unmentioned:
            # "Did anyone in the study have <a thing its text never names>?": it does not say.
            return composer.not_in_study(ranked, {"unmentioned": unmentioned}, request, f"anything about {unmentioned}")
        if beyond:
            # "Will they still be in remission in 10 years?": after the study's end, it cannot say.
            return composer.not_in_study(ranked, {"beyond": beyond[0]}, request, "anything after the time it followed the patients",
                                         [beyond[1]])
        return None
