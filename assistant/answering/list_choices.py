"""Which list answer a question gets: the pack's entry weighing both sides of the study, or its
limitations, when those are asked for; the bank entry whose list answers the question; one line per
group, when each group is asked for or one is set against the rest; one line per part of the figure
named, or per measure set against another.

A mixin of the Planner (planner.py): it uses the Planner's assistant (self.a), composer, question
bank (self.bank), near-miss finder (self.near), the kinds of answer (self.types, self.anywhere), the
list builders (lists.py: self.list_entry, self.per_group, ...; figure_parts.py: self.per_label) and each section's
first sentence (self._opening, figure_parts.py); it keeps per study its specific terms (self._specific).
"""
from __future__ import annotations

import re

from assistant.answering.composer import WHERE_IN_FIGURE
from assistant.answering.lists import _HOW_MANY, _WANTS_LIST, _with
from assistant.answering.question import Question
from assistant.records import Reply
from assistant.retrieval.lexicon import find_name, names_any, tokens

LIMITS_RANKS = 5  # a question naming the cautious side is answered by the pack's limitations when they (or the
LIMITS_MIN = 0.5  # ... entry weighing both sides) are this far down the bank and this near
SPECIFIC_TERM = 2  # a term the study names in at most this many sentences is specific: a list never naming it does not answer

_EACH_GROUP = re.compile(r"\b(each|every|all (the )?(three|two|four|\d+)|per|both) (of the )?(groups?|diseases?|conditions?)\b|"
                         r"\bgroup by group\b|\bfor each\b|\bby (group|disease|condition)\b|"
                         r"\b(between|among|across) (the )?(three |two |different )?(groups|diseases|conditions)\b", re.I)
_EACH_GROUP_NAMED = re.compile(r"\b(groups?|diseases?|conditions?)\b", re.I)
_WHAT_SHOWN = re.compile(r"\b(measur\w*|track\w*|show\w*|includ\w*|plot\w*|record\w*|cover\w*|contain\w*|look\w* at|what'?s (in|on))\b", re.I)
# One group set against the rest ("did X do as well as the others?"): every group's line answers it.
_VS_OTHERS = re.compile(r"\b(than|as|to|with|like) (the|all the) (others|other (groups?|diseases?|conditions?|ones))\b|"
                        r"\b(than|as|to|with) (the )?rest\b", re.I)
# Both sides asked for at once ("the good news and the caveats", "pros and cons", "what's promising
# and what's the catch?"): a word for the hopeful side and one for the cautious side.
_HOPEFUL = re.compile(r"\b(good news|hope|hopeful|hopes|promising|promise|encouraging|positives?|pros|upsides?|strengths?|"
                      r"benefits?|optimistic|optimism|bright side|good side|exciting|excited|good points?|the good|"
                      r"take-?aways?|bottom line|upshot|headlines?|big picture|"
                      r"what (?:does|do|did) (?:it|they|the (?:study|summary|authors|article|paper)) (?:\w+ )?claim)\b", re.I)
_CAUTIOUS = re.compile(r"\b(caveats?|cautio\w*|cons|downsides?|weakness\w*|limitations?|uncertain\w*|doubts?|catch|negatives?|"
                       r"scepti\w*|skepti\w*|bad news|drawbacks?|risks?|careful|fine print|hype|warnings?|bad points?|the bad|catches|"
                       r"(does|do|did)(n['’]t| not) claim|not claiming|stops? short|"
                       r"(does|do|did) (it|they|the (study|summary|authors|article|paper))( \w+)? (not|n['’]t) (claim|say)|avoids? claiming)\b", re.I)
_WHOLE_SPAN = re.compile(r"\b(how long|when|follow(ed|-?up)?|years?|months?)\b", re.I)  # (a time asked of a group's part: the study's own)
# Two things set against each other: "X compared with Y", "X versus Y", "which is bigger, X or Y".
_COMPARES = re.compile(r"\b(compare[ds]?|comparing|comparison|compared|versus|vs\.?|differ\w*|against|relative to|"
                       r"(bigger|larger|smaller|wider|narrower|higher|lower|longer|shorter|better|worse|more|less)\b.{0,60}\bor\b|"
                       r"same (as|range|scale|way))\b", re.I)


def breaks_down(text: str) -> bool:
    """The message asks for one line per group ("per condition", "for each group")."""
    return bool(_EACH_GROUP.search(text))


class ListChoices:
    """The list-answer steps of the Planner."""

    def _one_side(self, q: Question) -> Reply | None:
        """Both sides of the study asked for at once, or the cautious side alone: the pack's entry
        weighing them, or its limitations; None when neither is asked or the pack has no such entry."""
        composer, query, entries = self.composer, q.query, q.entries
        if _HOPEFUL.search(query) and _CAUTIOUS.search(query) and not self.near.uncovered_topic(query):
            # Both sides at once: the pack's entry weighing the hope against the caution.
            both = [m for m in entries if getattr(m.entry, "answers", "") == "meta_balance"][:1]
            if both:
                return _with(composer.compose(list(both[0].sentences), q.request, labels=both[0].entry.labels, title=both[0].entry.title),
                             meta={"bank": both[0].key, "balance": True})
        elif (_CAUTIOUS.search(query) and not _HOPEFUL.search(query) and not q.labels and len(composer.parts(query)) == 1
              and not self.near.uncovered_topic(query)):
            # The cautious side alone ("what caveats does the summary admit?"): the pack's limitations,
            # when they or its entry weighing both sides are near, rather than that entry (the good
            # news first) or a sentence sharing a word ("limit").
            near = [m for m in entries[:LIMITS_RANKS] if getattr(m.entry, "answers", "") in ("meta_limitations", "meta_balance")
                    and m.similarity >= LIMITS_MIN]
            # (Unless a topic the study does not cover is nearer: "any cons of the treatment?" asks
            # about its harms, which the study does not report.)
            gap = self.bank.matches(q.vector, q.study.id, "not_covered")[:1]
            if near and gap and gap[0].similarity >= near[0].similarity:
                near = []
            limits = [m for m in entries if getattr(m.entry, "answers", "") == "meta_limitations"][:1] if near else []
            if limits:
                return _with(composer.compose(list(limits[0].sentences), q.request, labels=limits[0].entry.labels, title=limits[0].entry.title),
                             meta={"bank": limits[0].key, "limitations": True})
        return None

    def _bank_entry(self, q: Question, kind_top):
        """The bank entry whose sentences answer the question: a list it asks for or that clearly
        fits, or the one for the kind of message; None when none fits."""
        query, entries, single = q.query, q.entries, q.single
        top = self.list_entry(query, entries) if single or _WANTS_LIST.search(query) else self.clear_list(entries)
        if top is None and not single:
            top = self.list_for_parts(query, q.context, q.request, entries)
        if top is not None and getattr(top.entry, "answers", "") == "meta_balance" and _CAUTIOUS.search(query) and not _HOPEFUL.search(query):
            # (The caveats with a second question are not the good news first: the limitations.)
            top = next((m for m in entries if getattr(m.entry, "answers", "") == "meta_limitations"), top)
        top = kind_top or top
        if top is not None and single and any(cue.search(query) for name, cue, _, _, _ in self.types if name in self.anywhere):
            top = None  # ("who summarised the study?": a kind the text gives in one place, not a list of findings)
        if top is not None and single and self._misses_terms(query, top.sentences, q.study):
            top = None  # ("what does <a scale> measure, for my notes?": not a list that never names it)
        if top is not None and not _WANTS_LIST.search(query) and not re.search(r"\b(else|others?|besides|apart from|aside from|except|as well as|alongside|along with|only)\b", query, re.I) and self._one_term_of_many(q.original, top.sentences, q.study):
            top = None  # ("<one scale>'s range, is high good?": its own sentence, not every scale's range; only of a term the asker named)
        if top is not None and WHERE_IN_FIGURE.search(query) and not any(
                self.a.index.chunk(s.chunk_id).part == "figure-legend" and self._opening(s) == s for s in top.sentences):
            # "Which panel has group X's long-term results?": a part of the figure, not a list of X's measures.
            top = None
        return top

    def _group_by_group(self, q: Question, top) -> Reply | None:
        """One line per group, when the question asks for each group or sets one against the rest;
        None otherwise."""
        composer, query, study, entries = self.composer, q.query, q.study, q.entries
        # "For each group ...": one line per group, unless the nearest entry of all is a list or the
        # list found has a line for every group.
        per_group = top is not None and {g.label for g in study.groups} <= set(top.entry.labels or ())
        one_group = sum(names_any(query, g.all_names) for g in study.groups) == 1  # "for the X group, each of its measures" is about X
        # ("X and Y: for each one, is higher better?": each of the terms named, no group)
        of_terms = not any(names_any(query, g.all_names) for g in study.groups) and len(composer.entities(query)) >= 2
        one_group = one_group or (of_terms and not _EACH_GROUP_NAMED.search(query))
        # (A part of several asking a time of the whole study, "... and how long were they followed?", is answered by the parts.)
        each_part = q.single or not any(_WHOLE_SPAN.search(p) and not _EACH_GROUP.search(p) for p in composer.parts(query))
        if ((top is None or (top is not entries[0] and not per_group)) and len(study.groups) > 1
                and ((_EACH_GROUP.search(query) and not one_group) or _VS_OTHERS.search(query))):
            reply = None if each_part or not q.split else self.by_parts(query, q.context, q.request)
            if reply is None and (each_part or _HOW_MANY.search(query)):
                reply = self.per_group(query, q.context, q.request, vector=q.vector)
            return reply
        return None

    def _side_by_side(self, q: Question, top) -> Reply | None:
        """One line for each part of the figure named, or for each measure set against another; None
        when neither is asked or the bank entry found already answers."""
        composer, query, entries = self.composer, q.query, q.entries
        # (Several parts of the figure named, of which the nearest entry's sentences leave one out: "compare the
        # follow-up shown in panel B with panel C" is not the list of panel B's notes.)
        labels_named = {t for t in tokens(query) if "_" in t}
        left_out = top is not None and len(labels_named) >= 2 and not labels_named <= {
            label for s in top.sentences for label in composer.context_labels(s)}
        if top is None or top is not entries[0] or left_out:
            # "Panel A versus panels B and C": one line from each part of the figure named.
            reply = self.per_label(query, q.context, q.request, vector=q.vector)
            if reply is not None:
                return reply
        graphs = self.groups_graphs(query, q.study) if len(labels_named) < 2 and _COMPARES.search(query) else []
        if len(graphs) >= 2:
            # "How does the X graph measure things differently from the Y graph?": the parts of the figure given
            # to those groups, one line each (as if the question named them).
            named = " and ".join(label.replace("_", " ") for label in graphs)
            # (What each measures or shows is said by the line naming the part: "Panel X shows ..., including ...".)
            reply = self.per_label(f"{query} ({named})", q.context, q.request, vector=q.vector,
                                   what_they_are=bool(_WHAT_SHOWN.search(query)))
            if reply is not None:
                return reply
        if (top is None or top is not entries[0]) and q.single and _COMPARES.search(query):
            # "Which has the bigger range, X or Y?": one line for each measure named.
            return self.per_term(query, q.context, q.request, vector=q.vector)
        return None

    def _misses_terms(self, query: str, sentences, study) -> bool:
        """Whether a question names a specific term the study defines (a scale or test that at most
        SPECIFIC_TERM sentences name, so not the treatment's own name or a group's) that none of the sentences names."""
        for forms in self.specific_terms(study):
            if any(find_name(f, query) for f in forms) and not any(find_name(f, s.text) for f in forms for s in sentences):
                return True
        return False

    def _one_term_of_many(self, query: str, sentences, study) -> bool:
        """The question names one specific term and nothing else the list's lines are about (no group,
        no part of the figure), and the list holds at least two other specific terms."""
        terms = self.specific_terms(study)
        named = [forms for forms in terms if any(find_name(f, query) for f in forms)]
        if len(named) != 1 or any(names_any(query, g.all_names) for g in study.groups) or any("_" in t for t in tokens(query)):
            return False
        others = {forms for forms in terms if forms != named[0] and any(find_name(f, s.text) for f in forms for s in sentences)}
        return len(others) >= 2

    def specific_terms(self, study) -> list[tuple[str, ...]]:
        if study.id not in self._specific:
            groups = {n.lower() for g in study.groups for n in g.all_names}
            terms = []
            for definition in self.composer.scorer.lexicon.definitions.values():
                forms = tuple(f for f in (definition.term, definition.long_form) if f)
                if not forms or any(f.lower() in groups for f in forms):
                    continue
                naming = sum(any(find_name(f, x.text) for f in forms) for x in study.sentences)
                if 0 < naming <= SPECIFIC_TERM:
                    terms.append(forms)
            self._specific[study.id] = terms
        return self._specific[study.id]
