"""Questions about the study's groups of people: a measure or part of the figure asked of a group it
is not about, a condition the study never had, whether a group took part, how many groups there were.

A mixin of the Planner (planner.py): it uses the Planner's assistant (self.a), composer, near-miss
finder (self.near), the figure-part steps (self._opening, self.wrong_panel) and the test for a
sentence spelling out abbreviations (self._glossary); it keeps per study the sentence counting every
group (self._counted).
"""
from __future__ import annotations

import re

from assistant.answering.asking import asking_part
from assistant.answering.figure_parts import OWN_PAIRING
from assistant.answering.lists import _with
from assistant.answering.premises import Premise, wrong_group
from assistant.answering.question import Question
from assistant.answering.taking_part import kind_of_group, other_condition_included
from assistant.answering.typed import YES_NO
from assistant.records import Reply
from assistant.retrieval.lexicon import PEOPLE_COUNT, content_tokens, names_any

# How many of the study's groups, or which group had the most or fewest people: the sentence naming
# every group (with its numbers) answers. (Words for a kind of patient group, in any study.)
_GROUP_NOUN = r"(?:diseases?|conditions?|illness(?:es)?|disorders?|groups?|sicknesses|kinds of (?:patients|disease)|types of (?:patients|disease))"
_GROUPS_ASKED = re.compile(rf"\bhow many (?:different |separate |distinct |kinds of |types of )?{_GROUP_NOUN}\b|"
                           rf"\b(?:which|what) {_GROUP_NOUN}\b[^.?!]{{0,30}}\b(?:most|fewest|least|largest|smallest|biggest|more|fewer)\b|"
                           # ("which of them had the most patients?": of the groups just named)
                           r"\b(?:which|what) (?:one|of them|of those|of these|of the (?:two|three|four|five|\d+))\b[^.?!]{0,30}\b"
                           r"(?:most|fewest|least|more|fewer) (?:patients|people|participants|members|cases)\b", re.I)
_MAY_BE = re.compile(r"\b(could|would|might|will|may|can)\b|\bin (the )?future\b", re.I)
# Asked whether the study had some people at all: "were there any X patients?", "did it include X patients?"
_EXISTS = re.compile(r"^\W*(?:and |so |but )?(?:(?:were|was|are|is) there\b|any\b|(?:were|did) any\b|"
                     r"did (?:the |this )?(?:study|trial|paper|research|it|they) (?:include|have|enrol\w*|recruit|treat|involve|look at|test)\b)", re.I)


class GroupAnswers:
    """The group steps of the Planner."""

    def _misplaced(self, q: Question, premise: Premise | None) -> Reply | None:
        """A measure, or a part of the figure, asked of a group it is not about: corrected; None when
        the question ties nothing to the wrong group."""
        if premise or not q.single:
            return None
        composer, query, study = self.composer, q.query, q.study
        wrong = wrong_group(query, study, composer.entities(query), self._opening, self._glossary)
        # (Only as the user wrote it: a follow-up's rewrite pairs a new group with the old panel.)
        panel = None if wrong or not OWN_PAIRING.search(q.original) else self.wrong_panel(query, q.original, study)
        wrong = wrong or (panel and panel[0])
        if not wrong:
            return None
        # "So <a measure> is used for <another group> too?": the sentence tying it to its group,
        # then the best one about the group asked of (for a part of a figure: the part about it).
        own = [e.sentence for e in q.ranked[:3] if e.sentence != wrong.sentence and names_any(e.sentence.text, named_groups(query, study))]
        own = [panel[1]] if panel and panel[1] else own
        # (A panel's sentence that does not name its group comes after the one opening the panel.)
        lead = [] if any(names_any(wrong.sentence.text, g.names) for g in study.groups) else [self._opening(wrong.sentence)]
        prefix = "No:" if panel and YES_NO.search(query) else "That is not what the study reports."
        reply = composer.compose([*lead, wrong.sentence, *own[:1]], q.request, kind="correction", prefix=prefix)
        return _with(reply, meta={"premise": wrong.claim})

    def _other_condition(self, q: Question, premise: Premise | None) -> Reply | None:
        """A condition the study never names, asked of it: the groups it had, or not what it looked
        at; None when the question names none."""
        composer, query, request, study, single, ranked = self.composer, q.query, q.request, q.study, q.single, q.ranked
        included = other_condition_included(query, study.groups, " ".join(x.text for x in study.sentences)) if single and not premise else None
        counted = self._groups_sentence(study)
        kind = kind_of_group(query, study.groups, " ".join(x.text for x in study.sentences)) if single and not premise else None
        if kind and counted is not None:
            # "Were <a kind of one of its conditions> patients included?": which kinds its patients had is
            # not said; the groups it had are the closest.
            return composer.not_in_study(ranked, {"kind_of_group": kind}, request, f"whether any patients had {kind}", [counted])
        if included and counted is not None:
            # "Was <a condition the study never names> part of it?": no, and the groups it had.
            return _with(composer.compose([counted], request, prefix="No:"), meta={"other_group": included})
        elsewhere = self.near.elsewhere(query) if single else None
        if elsewhere:
            # "Does it work for <a disease the study never names>?": not what this study looked at.
            return composer.not_in_study(ranked, {"elsewhere": elsewhere}, request, f"anything about {elsewhere}",
                                         [e.sentence for e in ranked[:1] if e.dense >= 0.35])
        other = self.near.other_group(query) if single else None
        groups_sentence = self.a.premises[study.id].all_groups
        if other and groups_sentence is not None:
            # "How did the <condition> patients do?" of a condition the study never names: the
            # groups it had, as a correction; asked whether there were any, the answer is no.
            if _EXISTS.match(asking_part(query)):
                return _with(composer.compose([groups_sentence], request, prefix="No:"), meta={"other_group": other})
            reply = composer.compose([groups_sentence], request, kind="correction", prefix="That is not what the study reports.")
            return _with(reply, meta={"premise": f"the study had {other} patients"})
        return None

    def _study_groups(self, q: Question, premise: Premise | None) -> Reply | None:
        """Whether a group took part, or how many groups there were and how big: the sentence naming
        them; None when neither is asked."""
        composer, query, study = self.composer, q.query, q.study
        member = self.a.premises[study.id].took_part(query) if q.single and not premise else None
        if member is not None:
            # "Was X one of the conditions treated?": yes, and how many of them.
            return _with(composer.compose([member], q.request, prefix="Yes:"), meta={"took_part": True})
        counted = self._groups_counted(study)
        if (counted is not None and _GROUPS_ASKED.search(asking_part(query)) and not _MAY_BE.search(query)
                and all(p == asking_part(query) or not content_tokens(p) or _GROUPS_ASKED.search(p) for p in composer.parts(query))
                and not any(names_any(query, g.all_names) for g in study.groups) and not composer.entities(query)):
            # "How many different diseases were studied (and what are they)?", "which group was
            # smallest?": the sentence naming every group with how many people it had.
            return _with(composer.compose([counted], q.request), meta={"groups_asked": True})
        return None

    def _groups_counted(self, study):
        """The sentence naming every group of the study with the most counts of people in it (None
        when no sentence names them all with a count)."""
        if study.id not in self._counted:
            named = [s for s in study.sentences if len(study.groups) > 1 and all(names_any(s.text, g.names) for g in study.groups)]
            counted = max(named, key=lambda s: len(PEOPLE_COUNT.findall(s.text)), default=None)
            self._counted[study.id] = counted if counted is not None and PEOPLE_COUNT.search(counted.text) else None
        return self._counted[study.id]

    def _groups_sentence(self, study):
        """The sentence naming every group, with their counts when a sentence gives them (None if none)."""
        return self._groups_counted(study) or self.a.premises[study.id].all_groups


def named_groups(query: str, study) -> list[str]:
    """The names of the study's groups the question names."""
    return [n for g in study.groups if names_any(query, g.all_names) for n in g.names]
