"""How to answer a study question: which shape of answer it wants, and whether the study gives it.

In order: a summary; a question tied to nothing in the study (off topic); a false premise to
correct; a topic the study does not cover (the question bank's not-covered topics, or a generic
topic the text never mentions); a value about one patient or a label the study never names; a
list answer (a bank entry shaped as a list: per-group results, steps, limitations); else the
composer's cited sentences. Then the answer-kind steps (typed.py): a question wanting a kind of
answer (an age, a place, a dose...) that the cited sentences do not hold is "not stated", with the
closest sentence; a yes/no question that the evidence clearly answers starts with "Yes:".

The steps about parts of a figure are in figure_parts.py, about abbreviations in abbreviations.py,
about the study's groups in group_answers.py, about what the study does not say in not_stated.py,
and about which list answer a question gets (both sides of the study or its caveats, a bank entry's
list, one line per group, part of the figure or measure) in list_choices.py.
"""
from __future__ import annotations

import functools
import re

from assistant.answering import replies, scales
from assistant.answering.abbreviations import Abbreviations
from assistant.answering.bank import question_word
from assistant.answering.composer import WHERE_IN_FIGURE, Request
from assistant.answering.figure_parts import FigureParts
from assistant.answering.group_answers import GroupAnswers, named_groups
from assistant.answering.parts import enumeration
from assistant.answering.asking import asking_part
from assistant.answering.list_choices import ListChoices
from assistant.answering.lists import ListAnswers, _with
from assistant.answering.not_stated import NotStated
from assistant.answering.premises import Premise
from assistant.answering.question import Question
from assistant.answering.near_misses import without_set_aside
from assistant.answering.shares import share
from assistant.answering.routing import STUDY
from assistant.answering.typed import YES_NO, TypedAnswers, answer_types
from assistant.records import Reply
from assistant.retrieval.lexicon import content_tokens, names_any, tokens

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
SUGGESTIONS = 3

# Words that name a part of a text or ask what it says, around a section's heading ("what does the X part say?").
_SECTION_WORDS = re.compile(r"\b(sections?|parts?|bits?|paragraphs?|headings?|chapters?|main|key|overall|study|summary|article|paper|text|"
                            r"say|says|said|tell|tells|told|according|section's|were|was|are|is|the|of|in|on|about|what|whats|what's)\b", re.I)
# Words that ask nothing of their own beside a heading ("so what were the findings then lol?"); not every stop
# word: "where this treatment could go" asks something else of the treatment than its section.
_FILLER = frozenset("a an so then please pls plz again me us you tell give show which did do does they them it its this that there "
                    "here from for to ok okay and just all though tho lol btw anyway anyways kinda really actually".split())
# How many, of what was just named: "... how many was that", "how many were there?"
@functools.lru_cache(maxsize=1024)
def _words_of(questions: tuple[str, ...]) -> frozenset[str]:
    """The tokens of a bank entry's questions (the study's own, read once)."""
    return frozenset(tokens(" ".join(questions)))


_HOW_MANY_BACK = re.compile(r"\bhow many (?:people |patients )?(?:is|was|are|were) (?:that|those|they|them|these|there)\b", re.I)


class Planner(ListAnswers, ListChoices, TypedAnswers, FigureParts, Abbreviations, GroupAnswers, NotStated):
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
        # Each section of a text by the words of its heading ("Findings", "Outlook"): its sentences.
        self._sections: dict[tuple[str, frozenset], list] = {}
        for sentence in assistant.index.sentences:
            chunk = assistant.index.chunk(sentence.chunk_id)
            self._openings.setdefault((chunk.doc_id, chunk.section), sentence)
            heading = frozenset(content_tokens(chunk.section))
            if heading and chunk.part != "figure-legend":
                self._sections.setdefault((chunk.study, heading), []).append(sentence)

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
        reply = self._one_side(q) or self._summary(q) or self._section_asked(q) or self._abbreviations(query, request)
        if reply is not None:
            return reply
        gaps = self.bank.matches(q.vector, q.study.id, "not_covered", question_word(asking_part(query)))
        reply = self.scale_answer(query, q.scale_terms, ranked, request)
        if reply is not None:
            return reply
        premise = self.a.premises[q.study.id].find(query, [e.sentence for e in ranked])
        if self._off_topic(q, gaps, premise):
            return replies.off_topic(q.study.pack)
        granted = None if premise and premise.presupposed else self.span_granted(q)
        reply = (granted or self._premise_answer(q, premise) or self._by_enumeration(q) or self._misplaced(q, premise)
                 or self._worked_out(q) or self._other_condition(q, premise) or self._study_groups(q, premise))
        if reply is not None:
            return reply
        gaps = [g for g in gaps if not q.labels or q.labels <= _words_of(g.entry.questions)]
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
        single = len(self.composer.parts(query)) == 1
        return Question(query=query, context=context, original=original, request=request, kinds=kinds, split=split,
                        ranked=ranked, vector=vector, entries=entries, best=best, labels=labels,
                        single=single, scale_terms=scale_terms,
                        beyond=self.a.premises[study.id].beyond(asking_part(query)) if single else None)

    def _section_asked(self, q: Question) -> Reply | None:
        """A section of the text asked for by its heading alone ("what were the findings?", "the outlook
        bit?") whose best sentence lies elsewhere, only using the heading's word ("positive findings" in
        the introduction): the bank's list holding most of that section, else the section's sentences."""
        words = [w for w in re.findall(r"[a-z']+", _SECTION_WORDS.sub(" ", asking_part(q.query)).lower()) if w not in _FILLER]
        asked = set(tokens(" ".join(words)))  # (every word left is the heading's: "what were the main findings then?")
        section = self._sections.get((q.study.id, frozenset(asked))) if asked else None
        if not section or q.ranked[0].sentence in section:
            return None  # (the best sentence is the section's own: the usual answer stands)
        held = {id(m): len(set(m.sentences) & set(section)) for m in q.entries}
        lists = [m for m in q.entries if m.entry.shape == "list" and held[id(m)] * 2 > len(section)]
        if lists:
            top = max(lists, key=lambda m: held[id(m)])
            return _with(self.composer.compose(list(top.sentences), q.request, labels=top.entry.labels, title=top.entry.title),
                         meta={"bank": top.key, "section": True})
        return _with(self.composer.compose(section, q.request), meta={"section": True})

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
        names_term = names_term or self.near.quotes_study(without_set_aside(q.query))  # (or quotes its words)
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

    def _composed(self, q: Question, top, gaps) -> Reply:
        """The bank entry's sentences, else the question's parts or the composer's cited sentences
        (with the bank's nearest entry when no sentence is near enough)."""
        composer, query, request, entries = self.composer, q.query, q.request, q.entries
        if top is not None:
            picked, labels = self.with_counts(query, list(top.sentences), top.entry.labels, request)
            marked = self.marks_asked(query, picked) if q.single else picked
            if marked != picked:
                # (One mark asked about: the lines explaining it, without the rest of the list.)
                return _with(composer.compose(marked, request), meta={"bank": top.key, "bank_similarity": round(top.similarity, 3)})
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

