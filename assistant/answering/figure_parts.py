"""Parts of a figure in a question: the part a follow-up's rewrite borrowed from the earlier
question, a part asked of a group it is not about, the part that shows a thing, the parts given to
the groups whose graphs a question names, and one line per part of the figure named.

A mixin of the Planner (planner.py): it uses the Planner's assistant (self.a), composer and each
section's first sentence (self._openings, keyed by document and section).
"""
from __future__ import annotations

import re

from assistant.answering.asking import asking_part
from assistant.answering.composer import WHERE_IN_FIGURE, Request
from assistant.answering.lists import _holds, _with
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


# "each panel", "all the panels", "the four panels": every part of that kind (see _every_part).
_EVERY_PART = re.compile(r"\b(?:each|every|all(?: of)?(?: the)?|the (?:two|three|four|five|six|seven|eight|\d+))\s+([a-z]+?)s?\b", re.I)
# Words of asking what the parts of a figure are, and nothing more about them (stems, as content_tokens gives them).
_WHAT_PARTS_ARE = frozenset({"understand", "chart", "figur", "figure", "panel", "graph", "diagram", "pictur", "imag",
                             "plot", "part", "section", "show", "mean", "explain", "tell", "know", "don", "one", "each",
                             "everi", "all", "describ", "about", "walk", "through", "look", "read", "1", "2", "3"})


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

    def per_label(self, query: str, context: str, request: Request, vector=None, what_they_are: bool = False) -> Reply | None:
        """A question naming several parts of a figure ("compare panels B and C", "the asterisk in
        panel A versus panel B"): the best sentence of each part's legend for the question, one line
        per part, labelled with it."""
        named = list(dict.fromkeys(t for t in tokens(query) if "_" in t))
        sections = {}
        for label in named:
            kind = label.split("_")[0]
            sections.setdefault(kind, []).append(label)
        named = max(sections.values(), key=len, default=[])
        if len(named) < 2:
            named = self._every_part(query, request)
        if len(named) < 2:
            return None
        ranked, _ = self.composer.evidence(query, context, request, vector=vector, keep=len(request.study.sentences))
        # A kind of answer wanted ("how long ..."): in each part, a sentence holding one comes first.
        wanted = [evidence for _, cue, evidence, _, _ in self.types if cue.search(query)][:1]
        naming_first = what_they_are  # (what each part measures or shows: the line naming the part, whatever its words)
        what_they_are = what_they_are or not ({t for t in content_tokens(query) if "_" not in t} - _WHAT_PARTS_ARE)
        picked, lines = [], []
        for label in named:
            mine = [e for e in ranked if label in self.composer.context_labels(e.sentence) and e.sentence not in picked
                    and self.composer.support(e) >= self.composer.min_support]
            # The one holding more of the question's words first (the part's own "asterisk", not its best overall);
            # asked only what the parts are ("what is each one?"), a line naming the part itself first.
            mine.sort(key=lambda e: (naming_first and label not in tokens(e.sentence.text), -round(e.coverage, 1),
                                     what_they_are and label not in tokens(e.sentence.text)))
            own = [e.sentence for e in mine]
            if wanted:
                own.sort(key=lambda s: _holds(wanted[0], s.text))
            if own:
                picked.append(own[0])
                lines.append(self.a.index.chunk(own[0].chunk_id).section)
                if naming_first and not self._names_a_measure(own[0], request.study):
                    # (A part's naming line that names no measure, "Panel X shows outcomes in group Y", is
                    # followed by the part's next line that does.)
                    measured = [x for x in own[1:] if self._names_a_measure(x, request.study)][:1]
                    picked.extend(measured)
                    lines.extend(lines[-1:] * len(measured))
        if len(picked) < 2:
            return None
        return _with(self.composer.compose(picked, request, labels=tuple(lines), title="Side by side"),
                     meta={"per_label": len(picked)})

    def _names_a_measure(self, sentence, study) -> bool:
        """Whether a sentence names a term the study defines that is not one of its groups (a scale, a test)."""
        return any(not any(names_any(term, g.all_names) for g in study.groups) for term in self.composer.entities(sentence.text))

    def _every_part(self, query: str, request: Request) -> list[str]:
        """"What does each panel show?": every label of the kind named after each/every/all, when the
        study's text has a section for each of them (parts of a figure, not patients named in one)."""
        found = _EVERY_PART.search(query)
        if not found:
            return []
        kind = found.group(1).lower()
        sections = {tokens(self.a.index.chunk(s.chunk_id).section)[-1:][0] for s in request.study.sentences
                    if tokens(self.a.index.chunk(s.chunk_id).section)}
        return sorted(label for label in sections if label.startswith(kind + "_"))
