"""How to answer a study question: which shape of answer it wants, and whether the study gives it.

In order: a summary; a question tied to nothing in the study (off topic); a false premise to
correct; a topic the study does not cover (the question bank's not-covered topics, or a generic
topic the text never mentions); a value about one patient or a label the study never names; a
list answer (a bank entry shaped as a list: per-group results, steps, limitations); else the
composer's cited sentences. Then the answer-kind steps (typed.py): a question wanting a kind of
answer (an age, a place, a dose...) that the cited sentences do not hold is "not stated", with the
closest sentence; a yes/no question that the evidence clearly answers starts with "Yes:".

The steps about parts of a figure are in figure_parts.py, about abbreviations in abbreviations.py,
about the study's groups in group_answers.py, and about what the study does not say in not_stated.py.
"""
from __future__ import annotations

import re

from assistant.answering import replies, scales
from assistant.answering.abbreviations import Abbreviations
from assistant.answering.bank import question_word
from assistant.answering.composer import WHERE_IN_FIGURE, Request
from assistant.answering.figure_parts import FigureParts
from assistant.answering.group_answers import GroupAnswers, named_groups
from assistant.answering.parts import enumeration
from assistant.answering.asking import asking_part
from assistant.answering.lists import _HOW_MANY, _WANTS_LIST, ListAnswers, _with
from assistant.answering.not_stated import NotStated
from assistant.answering.premises import Premise
from assistant.answering.question import Question
from assistant.answering.near_misses import without_set_aside
from assistant.answering.shares import share
from assistant.answering.routing import STUDY
from assistant.answering.typed import YES_NO, TypedAnswers, answer_types
from assistant.records import Reply
from assistant.retrieval.lexicon import find_name, names_any, tokens

# Question-bank thresholds (cosine similarity of the question to the bank's nearest phrasing).
SUMMARY_MIN = 0.55  # a list answer this close to "summarise the study" is its summary
SUMMARY_LEAD = 0.05  # ... unless the pack's summary entry is within this of it
BANK_FALLBACK_MIN = 0.5  # with no sentence near enough, a bank question this close answers ...
BANK_FALLBACK_LEAD = 0.1  # ... when it is this much nearer than any topic the study does not cover
OFF_TOPIC_BANK = 0.45  # a question this close to any bank question is about the study
# Nothing of the study this close (bank question, not-covered topic or sentence): off topic. On the
# tuning sets, off-topic messages came at most 0.37 near, study questions at least 0.41.
OFF_TOPIC_NEAREST = 0.39
UNCOVERED_GAP = 0.55  # (off-topic messages sharing a word with a topic came 0.41 near its examples; asked of the study, 0.7 and more)
UNCOVERED_NEAREST = 0.35  # (questions about a topic the study lacks came at least 0.40 near; off-topic ones 0.29)
# Kinds of message about the study or the reader's care: a message near one is not off topic.
_RELATED_KINDS = frozenset({"personal_advice", "emergency_reaction", "emergency_self_harm", "meta_summary",
                            "meta_takeaways", "meta_limitations", "meta_design"})
KIND_MIN = 0.55  # a router kind this sure, and this far ahead of a study question, is answered by
KIND_MARGIN = 0.1  # ... the bank entry that names it (a study's limitations, its takeaways)
KIND_AGREE_MIN = 0.4  # ... or this sure, the top kind of all, and its entry the bank's nearest
KIND_SURE = 0.65  # a kind read less surely than this ...
KIND_YIELD = 0.06  # ... yields to a bank entry this much nearer the question than the kind's own entry
LIMITS_RANKS = 5  # a question naming the cautious side is answered by the pack's limitations when they (or the
LIMITS_MIN = 0.5  # ... entry weighing both sides) are this far down the bank and this near
SUGGESTIONS = 3
SPECIFIC_TERM = 2  # a term the study names in at most this many sentences is specific: a list never naming it does not answer

# How many, of what was just named: "... how many was that", "how many were there?"
_HOW_MANY_BACK = re.compile(r"\bhow many (?:people |patients )?(?:is|was|are|were) (?:that|those|they|them|these|there)\b", re.I)
_EACH_GROUP = re.compile(r"\b(each|every|all (the )?(three|two|four|\d+)|per|both) (of the )?(groups?|diseases?|conditions?)\b|"
                         r"\bgroup by group\b|\bfor each\b|\bby (group|disease|condition)\b|"
                         r"\b(between|among|across) (the )?(three |two |different )?(groups|diseases|conditions)\b", re.I)
_EACH_GROUP_NAMED = re.compile(r"\b(groups?|diseases?|conditions?)\b", re.I)
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


class Planner(ListAnswers, TypedAnswers, FigureParts, Abbreviations, GroupAnswers, NotStated):
    """Chooses and builds the answer to one (standalone) study question."""

    def __init__(self, assistant):
        self.a = assistant
        self.composer = assistant.composer
        self.bank = assistant.bank
        self.types, self.vague, self.anywhere, self.settling, self.over_gaps = answer_types()
        # What a sentence giving a reason says ("because", "to prepare", "led to"): the reason kind's evidence.
        self.reason = next((evidence for name, _, evidence, _, _ in self.types if name == "reason"), re.compile(r"(?!)"))
        # Each bank entry's labels: those its questions name and those of its sentences' context.
        self._entry_labels = {
            id(entry): {t for t in tokens(" ".join(entry.questions)) if "_" in t}
            | {t for s in sentences for t in self.composer.context_labels(s)}
            for st in assistant.knowledge.studies.values() for entry, sentences in st.bank}
        self.near = assistant.composer.near
        self._specific: dict[str, list[tuple[str, ...]]] = {}  # per study, its specific terms' forms
        self._openings = {}
        self._counted = {}  # per study: the sentence counting every group (see _groups_counted)
        for sentence in assistant.index.sentences:
            chunk = assistant.index.chunk(sentence.chunk_id)
            self._openings.setdefault((chunk.doc_id, chunk.section), sentence)

    def answer(self, query: str, context: str, original: str, request: Request, kinds: dict | None = None,
               split: bool = True) -> Reply:
        """The answer to one standalone question (context: the earlier turn it leans on; original:
        the message as typed). kinds: the router's score for each kind of message (a message close
        to asking for advice, a summary or takeaways is about the study even when no bank question
        is near)."""
        unlabelled = self.without_borrowed_label(query, original, request.study)
        if unlabelled != query:
            query, context = unlabelled, ""  # (the earlier question, of the other group and its part, would pull back to them)
        ranked, scores = self.composer.evidence(query, context, request)
        if not ranked:  # a study with no sentences
            return self.composer.not_in_study(ranked, {}, request, closest=[])
        q = self._question(query, context, original, request, kinds, split, ranked, scores.query.vector)
        reply = self._one_side(q) or self._summary(q) or self._abbreviations(query, request)
        if reply is not None:
            return reply
        gaps = self.bank.matches(q.vector, q.study.id, "not_covered", question_word(asking_part(query)))
        reply = self.scale_answer(query, q.scale_terms, ranked, request)
        if reply is not None:
            return reply
        premise = self.a.premises[q.study.id].find(query, [e.sentence for e in ranked])
        if self._off_topic(q, gaps, premise):
            return replies.off_topic(q.study.pack)
        reply = (self._premise_answer(q, premise) or self._by_enumeration(q) or self._misplaced(q, premise)
                 or self._worked_out(q) or self._other_condition(q, premise) or self._study_groups(q, premise))
        if reply is not None:
            return reply
        gaps = [g for g in gaps if not q.labels or q.labels <= set(tokens(" ".join(g.entry.questions)))]
        kind_top = self.kind_entry(kinds, q.entries)
        reply = self._not_covered(q, gaps, kind_top) or self._never_said(q, kind_top)
        if reply is None and q.single and WHERE_IN_FIGURE.search(query):
            reply = self.where_in_figure(query, context, request)
        if reply is not None:
            return reply
        top = self._bank_entry(q, kind_top)
        reply = self._group_by_group(q, top) or self._side_by_side(q, top)
        if reply is not None:
            return _with(reply, suggestions=self.suggest(q.entries, reply))
        return self._as_kind_asked(q, self._composed(q, top, gaps))

    def _question(self, query: str, context: str, original: str, request: Request, kinds: dict | None, split: bool,
                  ranked, vector) -> Question:
        """The question with the bank's entries nearest it and what it names."""
        study = request.study
        entries = self.bank.matches(vector, study.id)
        best = entries[0].similarity if entries else 0.0
        labels = {t for t in tokens(query) if "_" in t}
        if labels:
            # "Which scores are in panel C?" is not answered by the entry for panel A, however near
            # its wording (the labels' letters weigh little in a sentence's vector). `best` stays the
            # nearest of all: it says whether the question is about the study at all.
            entries = [m for m in entries if self.fits_labels(m, labels)]
        scale_terms = [t for t in self.composer.entities(query) if not any(names_any(t, g.all_names) for g in study.groups)]
        return Question(query=query, context=context, original=original, request=request, kinds=kinds, split=split,
                        ranked=ranked, vector=vector, entries=entries, best=best, labels=labels,
                        single=len(self.composer.parts(query)) == 1, scale_terms=scale_terms)

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

    def _summary(self, q: Question) -> Reply | None:
        """The study in brief, when asked for; None when it is not."""
        composer, entries = self.composer, q.entries
        if composer.wants_summary(q.query) and not re.match(r"\W*(?:(?:ok(?:ay)?|so|and|but|hi|hey)\W+)*(who|whom|whose)\b", asking_part(q.query), re.I):
            # (not "who summarised it?": a person is asked for) The study in brief: the bank's nearest list answer (its findings, its takeaways), else
            # the first sentences of its text.
            lists = [m for m in entries[:3] if m.entry.shape == "list" and m.similarity >= SUMMARY_MIN]
            # (Else the entry the pack gives as the study's summary or takeaways, wherever it ranks;
            # first, too, when it is nearly as near as the nearest list, or the nearest entry of all is
            # no list: "tl;dr this study" is not "summarise the limitations".)
            summaries = [m for m in entries if getattr(m.entry, "answers", "") in ("meta_summary", "meta_takeaways")][:1]
            if lists and summaries and summaries[0] is not lists[0] and (
                    entries[0].entry.shape != "list" or summaries[0].similarity >= lists[0].similarity - SUMMARY_LEAD):
                lists = summaries
            lists = lists or summaries
            if lists:
                return _with(composer.compose(list(lists[0].sentences), q.request, labels=lists[0].entry.labels, title=lists[0].entry.title),
                             meta={"bank": lists[0].key, "bank_similarity": round(lists[0].similarity, 3)})
            return composer.summary(q.request)
        return None

    def _off_topic(self, q: Question, gaps, premise: Premise | None) -> bool:
        """Nothing of the study is near the message: no bank question, no topic it lacks, no sentence,
        no kind of message about the study or the reader's care, no term it defines, no claim about it."""
        related = max((v for k, v in (q.kinds or {}).items() if k in _RELATED_KINDS), default=0.0)
        # (A topic the study lacks counts as near only when asked much as its examples ask it: "file an
        # insurance claim for my dented door" is no question about the study's cost.)
        nearest = max(q.best, gaps[0].similarity if gaps and gaps[0].similarity >= UNCOVERED_GAP else 0.0, q.ranked[0].dense)
        # (A message naming a term the study defines, or one of its groups, is about the study, in
        # whatever language the rest is written: "Ano po ibig sabihin ng <term> sa figure?")
        # (An abbreviation counts as written, in capitals: "my car" is not an abbreviation the text defines.)
        names_term = any(not t.islower() or len(t) > 4 for t in self.composer.entities(without_set_aside(q.query)))
        # (A topic the study does not cover, named by a message nothing of the study is near, is
        # not asked of the study: "board games for elderly residents" is no question about ages.)
        uncovered = self.near.uncovered_topic(q.query) and nearest >= UNCOVERED_NEAREST
        # (A claim about the study it contradicts, taken for granted, keeps a message on topic: "given it
        # was double-blind, ...")
        claimed = premise is not None and premise.presupposed
        return bool(q.best < OFF_TOPIC_BANK and related < OFF_TOPIC_NEAREST and not uncovered and not names_term and not claimed and (
            nearest < OFF_TOPIC_NEAREST or self.near.off_topic(q.query, q.ranked)))

    def _premise_answer(self, q: Question, premise: Premise | None) -> Reply | None:
        """A claim the study contradicts, taken for granted or asked about: corrected, or answered
        by the sentence contradicting it; None when there is none to answer this way."""
        composer, query, request = self.composer, q.query, q.request
        if premise and premise.presupposed:
            # Correct the premise, then answer the rest of the question if the study can.
            picked, support, _, _ = composer.pick(query, q.context, request)
            # (Each part of a question asking several things keeps its sentence.)
            rest = picked[: len(composer.parts(query))]
            given = [premise.sentence, *premise.also]
            sentences = given + [s for s in rest if s not in given and support >= composer.min_support]
            reply = composer.compose(sentences, request, kind="correction", prefix="That is not what the study reports.")
            return _with(reply, meta={"premise": premise.claim})
        if premise and q.single and not premise.settles:
            # Asked, and the text makes the claim unlikely without ruling it out ("did it ever come
            # back?" of a benefit said to have lasted): not stated, with that sentence.
            return composer.not_in_study(q.ranked, {"claim": premise.claim}, request, f"whether {premise.claim}", [premise.sentence])
        if premise and q.single:
            # Asked, not assumed ("is it a daily pill?"): the contradicting sentence is the answer; with
            # what the study did find for the group the question names ("can I tell my X group they
            # were cured?": no, and how the X patients did).
            prefix = "No:" if YES_NO.search(query) else ""
            named = named_groups(query, q.study)
            found = [e.sentence for e in q.ranked[:3] if named and e.sentence != premise.sentence and names_any(e.sentence.text, named)
                     and composer.support(e) >= composer.min_support][:1]
            given = [premise.sentence, *premise.also]
            return _with(composer.compose([*given, *(f for f in found if f not in given)], request, prefix=prefix), meta={"claim": premise.claim})
        return None

    def _by_enumeration(self, q: Question) -> Reply | None:
        """Several things listed to be answered, each on its own; None when not listed."""
        if not q.single and enumeration(q.query):
            # "I need: what it is, how many patients, which diseases, and the caveat": each item on its own.
            reply = self.by_parts(q.query, q.context, q.request)
            if reply is not None:
                return _with(reply, suggestions=self.suggest(q.entries, reply))
        return None

    def _worked_out(self, q: Question) -> Reply | None:
        """A share of the patients, or where a value falls on a scale, worked out from the study's
        numbers; None when neither is asked."""
        if not q.single:
            return None
        composer, study = self.composer, q.study
        checker = self.a.premises[study.id]
        worked = share(q.query, q.context, study.groups, checker.group_counts, checker.totals)
        if worked is not None:
            # "What percentage of the patients had X?", "what fraction is that?": the sum, then the
            # sentences giving its numbers.
            return _with(composer.compose(list(worked.sentences), q.request, prefix=worked.said), meta={"share": True})
        reading = scales.read(q.query, q.scale_terms, study.sentences)
        if reading:
            # "A score of 45 on <a scale>: what does that mean?": the band holding it, from the scale's
            # sentence, cited; a value outside the whole range is corrected.
            kind = "answer" if reading.possible else "correction"
            return _with(composer.compose([reading.sentence], q.request, kind=kind, prefix=reading.said()),
                         meta={"scale_reading": reading.term})
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
        if (top is None or top is not entries[0]) and q.single and _COMPARES.search(query):
            # "Which has the bigger range, X or Y?": one line for each measure named.
            return self.per_term(query, q.context, q.request, vector=q.vector)
        return None

    def _composed(self, q: Question, top, gaps) -> Reply:
        """The bank entry's sentences, else the question's parts or the composer's cited sentences
        (with the bank's nearest entry when no sentence is near enough)."""
        composer, query, request, entries = self.composer, q.query, q.request, q.entries
        if top is not None:
            picked, labels = self.with_counts(query, list(top.sentences), top.entry.labels, request)
            reply = composer.compose(picked, request, labels=tuple(labels) or top.entry.labels, title=top.entry.title)
            return _with(reply, meta={"bank": top.key, "bank_similarity": round(top.similarity, 3)})
        reply = (self.by_parts(query, q.context, request) if not q.single and q.split else None) or composer.answer(
            query, q.context, request, lists=not any(cue.search(query) for _, cue, _, _, _ in self.types))
        if (reply.kind == "not_in_study" and not reply.citations and entries and entries[0].similarity >= BANK_FALLBACK_MIN
                and entries[0].similarity >= (gaps[0].similarity if gaps else 0.0) + BANK_FALLBACK_LEAD):
            # No sentence near enough, and nothing to offer as the closest, but a question the bank
            # holds is (and no topic the study lacks is as near): that entry's answer.
            top = entries[0]
            reply = _with(composer.compose(list(top.sentences), request, labels=top.entry.labels, title=top.entry.title),
                          meta={"bank": top.key, "bank_similarity": round(top.similarity, 3), "bank_fallback": True})
        return reply

    def _as_kind_asked(self, q: Question, reply: Reply) -> Reply:
        """The answer-kind steps (typed.py) on the composed answer, and the follow-up suggestions."""
        query, request, ranked, single = q.query, q.request, q.ranked, q.single
        abstained = reply.abstained  # (before the kind of answer asked for is sought)
        if not reply.abstained and single:
            reply = self.typed(query, reply, ranked, request) or self.all_one_group(query, request) or self.yes_no(query, reply)
            reply = self.group_asked(query, reply, request) or reply
            reply = self.group_size(query, reply, request) or reply
        elif not reply.abstained and _HOW_MANY_BACK.search(query):
            # ("ALL the X ones got better?? how many was that": the group's size asked of the part before)
            reply = self.group_size(query, reply, request) or reply
        counted = self.counted_answer(query, reply, ranked, request) if single else None
        if counted is not None and counted.kind == "not_in_study":
            return counted
        reply = counted or reply
        if abstained and reply.kind == "not_in_study" and any(
                cue.search(query) for name, cue, _, _, _ in self.types if name in self.anywhere):
            # A kind the text gives in one place, asked for by name ("who put this version together?"),
            # however little else of the question the text holds.
            found = self.typed(query, reply, ranked, request)
            reply = found if found is not None and not found.abstained else reply
        return _with(reply, suggestions=self.suggest(q.entries, reply))

    def _misses_terms(self, query: str, sentences, study) -> bool:
        """Whether a question names a specific term the study defines (a scale or test that at most
        SPECIFIC_TERM sentences name, so not the treatment's own name or a group's) that none of the sentences names."""
        for forms in self.specific_terms(study):
            if any(find_name(f, query) for f in forms) and not any(find_name(f, s.text) for f in forms for s in sentences):
                return True
        return False

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

    def fits_labels(self, match, labels: set[str]) -> bool:
        """A bank entry asked about the labelled parts named, or answered from them."""
        return bool(labels & self._entry_labels.get(id(match.entry), set()))

    def kind_entry(self, kinds: dict | None, entries):
        """The bank entry that answers the kind of message the router clearly recognised ("how sure
        can we be?" -> the limitations the text supports), if the study has one."""
        if not kinds:
            return None
        base = kinds.get(STUDY, 0.0)
        top = max(kinds, key=kinds.get)
        for n, match in enumerate(entries):
            kind = getattr(match.entry, "answers", "")
            if not kind or kinds.get(kind, 0.0) < base + KIND_MARGIN:
                continue
            # Sure of the kind; or less sure, but the kind leads every other and its entry is also
            # the nearest of the bank: two readings agree ("the upshot for our choir newsletter?").
            if n and kinds[kind] < KIND_SURE and entries[0].similarity - match.similarity >= KIND_YIELD:
                return None  # (a kind read only fairly surely yields to a bank entry much nearer the question)
            if kinds[kind] >= KIND_MIN or (n == 0 and kind == top and kinds[kind] >= KIND_AGREE_MIN):
                return match
        return None

    def suggest(self, entries, reply: Reply) -> tuple[str, ...]:
        """Follow-up questions: the bank's nearest entries this answer did not already give."""
        cited = {c.quote for c in reply.citations}
        out = []
        for match in entries[1:]:
            if not {s.text for s in match.sentences} <= cited and match.entry.questions:
                question = match.entry.questions[0]
                out.append(question[:1].upper() + question[1:])
            if len(out) == SUGGESTIONS:
                break
        return tuple(out)

