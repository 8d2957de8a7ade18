"""Parts of a figure in a question: the part a follow-up's rewrite borrowed from the earlier
question, a part asked of a group it is not about, the part that shows a thing, and the parts given to
the groups whose graphs a question names.

A mixin of the Planner (planner.py): it uses the Planner's assistant (self.a), composer and each
section's first sentence (self._openings, keyed by document and section).
"""
from __future__ import annotations

import re

from assistant.answering.asking import asking_part
from assistant.answering.composer import WHERE_IN_FIGURE, Request
from assistant.answering.lists import _with
from assistant.answering.premises import Premise
from assistant.records import Reply
from assistant.retrieval.lexicon import content_tokens, names_any, tokens

# A part of a figure named, or pointed at ("that panel"), in the message as typed.
OWN_PAIRING = re.compile(r"\b(panel|figure|fig|table|graph|chart)s?\s+([a-z]|\d{1,3})\b|\b(that|this|the same) (panel|figure|table|graph|chart|plot)\b", re.I)
_NEGATED = re.compile(r"\b(not|no|never|isn'?t|aren'?t|doesn'?t|don'?t|didn'?t|wasn'?t|weren'?t|without|nor)\b", re.I)
_IN_LABEL = re.compile(r"\s*\b(?:(?:in|on|of|from|for|at) )?(?:the )?(?:panel [a-z]|figure \d+[a-z]?)\b", re.I)
_PANEL = re.compile(r"\bpanel [a-z]\b", re.I)  # a part of a figure named by its letter
# The words asking where in a figure a thing is, around the thing itself ("is that in", "shows").
_WHERE_ASKED = re.compile(r"\b(is|are|was|were|does|do|did|it|that|this|shown|shows?|showing|has|have|holds?|plots?|plotted|"
                          r"found|appears?|in|on|of|the|figure|fig|one|1)\b", re.I)


class FigureParts:
    """The figure-part steps of the Planner."""

    def without_borrowed_label(self, query: str, original: str, study) -> str:
        """A follow-up's rewrite that put a new group into the earlier question keeps that question's
        part of the figure ("and the X ones?" after "how long were the Y patients followed in panel
        C?"): when that part is about another group alone, and the user never named it this turn,
        the question without it (and the caller drops the earlier question as context)."""
        if OWN_PAIRING.search(original) or not _IN_LABEL.search(query) or self.wrong_panel(query, query, study) is None:
            return query
        return _IN_LABEL.sub("", query).strip()

    def wrong_panel(self, query: str, original: str, study) -> tuple[Premise, object] | None:
        """A part of a figure asked of a group it is not about ("the muscle test in panel X for the Y
        patients?", when panel X's opening line names only another group): the claim, with that line.
        (The part about the group asked of is added by the caller as the group's own sentence.)"""
        asked = [g for g in study.groups if names_any(query, g.all_names)]
        labels = list(dict.fromkeys(t for t in tokens(query) if "_" in t))
        if len(asked) != 1 or not labels or not names_any(original, asked[0].all_names) or _NEGATED.search(query):
            return None
        found = None
        for label in labels:
            opening = next((x for (doc, section), x in self._openings.items()
                            if label in tokens(section) and x in study.sentences), None)
            if opening is None:
                continue
            named = [g for g in study.groups if names_any(opening.text, g.names)]
            if asked[0] in named:
                return None  # a part of the figure about the group asked of is named too
            if named and found is None:
                found = Premise(f"{label.replace('_', ' ')} is about the {asked[0].label.lower()} patients", opening)
        if found is None:
            return None
        # The part of the figure that is about the group asked of: its opening line names it alone.
        own = next((x for x in self._openings.values() if x in study.sentences
                    and [g for g in study.groups if names_any(x.text, g.names)] == asked), None)
        return found, own

    def where_in_figure(self, query: str, context: str, request: Request) -> Reply | None:
        """"Which panel shows X?": the part of the figure whose legend says X, by its opening sentence
        and the one about X. The thing is found without the words asking where (they pull every
        part's opening sentence alike); None when the thing is no legend's."""
        thing = _WHERE_ASKED.sub(" ", WHERE_IN_FIGURE.sub(" ", asking_part(query)))
        if not content_tokens(thing):
            # "Which panel is that in?": the thing is what the earlier question asked about.
            thing, context = context, ""
        if not content_tokens(thing):
            return None
        composer = self.composer
        ranked, _ = composer.evidence(thing, context, request, keep=3)
        if not ranked or composer.support(ranked[0]) < composer.min_support:
            return None
        best = ranked[0].sentence
        if self.a.index.chunk(best.chunk_id).part != "figure-legend":
            return None
        opening = self._opening(best)
        if _PANEL.search(best.text):
            opening = best  # (it names its part itself: "Panel X shows ...")
        elif not _PANEL.search(opening.text):
            return None  # (no part of the figure is named for it)
        return _with(composer.compose([opening, best] if opening != best else [best], request), meta={"where_in_figure": True})

    def groups_graphs(self, query: str, study) -> list[str]:
        """The labels of the parts of the figure given to each group whose graph, panel or chart the
        question names ("the X graph", "the Y patients' panel"): a part whose first sentence names that
        group and no other. In the order the question names them."""
        found = []
        for group in study.groups:
            names = "|".join(re.escape(n) for n in sorted(group.all_names, key=len, reverse=True))
            said = re.search(rf"(?<![\w-])(?:{names})(?![\w-])(?:\s+(?:patients|people|group|ones|cases))?(?:['’]s?)?\s+"
                             rf"(?:graphs?|panels?|charts?|plots?|part of the figure)\b", query, re.I)
            if not said:
                continue
            labels = {label for x in study.sentences if self._opening(x) is x and names_any(x.text, group.all_names)
                      and not any(names_any(x.text, g.all_names) for g in study.groups if g is not group)
                      for label in self.composer.context_labels(x) if label.startswith("panel_")}
            if len(labels) == 1:
                found.append((said.start(), labels.pop()))
        return [label for _, label in sorted(found)]

    def _opening(self, sentence):
        """The first sentence of a sentence's section (where a figure panel names its group)."""
        chunk = self.a.index.chunk(sentence.chunk_id)
        return self._openings.get((chunk.doc_id, chunk.section), sentence)
