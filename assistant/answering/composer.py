"""The grounded composer: question + scored sentences -> a short Reply, every sentence cited.

No language model: the answer is made of the study's own sentences (one per part of the
question), each followed by its citation marker, plus glossary notes for jargon. When the evidence
is too weak, or the question is about something the study never mentions, the Reply says so.

Here: ranking the study's sentences for a question (evidence, support), picking one per part of it,
and composing the Reply. Three mixins of the Composer hold the rest: the parts of a question and
the study's named things in it (parts.QuestionParts), the sentences a picked one brings along
(neighbours.Neighbours), and whether the study in brief is asked (summaries.Summaries).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from assistant.answering.followups import points_back, standalone
from assistant.answering.near_misses import NearMisses
from assistant.answering.neighbours import _ANALOGY, _ASKS_ANALOGY, Neighbours
from assistant.answering.parts import QuestionParts
from assistant.answering.reranker import Reranker, signals
from assistant.answering.summaries import Summaries
from assistant.index.embedders import per_question
from assistant.retrieval.lexicon import content_tokens, find_name, names_any, tokens
from assistant.retrieval.hybrid import Scorer, SentenceScores
from assistant.records import Reply, Sentence

NOT_IN_STUDY = "The study summary does not say."
RUNNER_MARGIN = 0.08
# A sentence about the one thing asked, when the best sentence only lists it among others ("what does
# Figure 1 show about X?": the panel listing X, W, Y and Z, then the sentence about X's line), within
# this much of the best.
SPECIFIC_MARGIN = 0.35
LISTS_AT_LEAST = 3  # named things that make a sentence a list of them
QUOTED_DEMOTE = 0.6
MAX_QUOTES = 4
_MEANING = re.compile(r"\b(mean|means|meaning|meant|in (real|plain|normal|simple|everyday|other) (terms|words|english|language)|"
                      r"in english|translate|actually (is|are)|what (is|are) (that|they|those) (actually|really))\b", re.I)
# Quoted text: double or curly quotes, or straight single quotes that are not an apostrophe.
_QUOTE = re.compile(r"[\"“‘]([^\"“”‘’]{4,120})[\"”’]|(?<!\w)'([^']{4,120})'(?!\w)")
# A sentence whose bank question is this much above the support floor counts as support.
BANK_SUPPORT_OFFSET = 0.3
PART_RANKS = 3  # how far down its ranking a later part's own sentence may be ...
PART_MARGIN = 0.3  # ... and how close to its best
# "Which diseases / conditions / groups were in it?" (plural: "which group was X used for?" wants one):
# the sentences naming several of the groups.
_GROUPS_INTENT = re.compile(r"\b(what|which|whose)\s+(\w+\s+)?(kinds? of |types? of |sorts? of )?(diseases|conditions|illnesses|disorders|groups|patient groups)\b", re.I)
GROUPS_BOOST = 0.35
# ... but not for "how many": a group's count is most often given beside the others'.
_HOW_MANY = re.compile(r"\b(how many|number of|count of)\b", re.I)
ONE_GROUP_DEMOTE = 0.1  # (0.2: +3 -2 on the tuning sets; 0.3: +4 -7)
# "Which panel / part of the figure is about X?": the sentences that open a part of a figure's legend.
WHERE_BOOST = 0.5  # as a label named in the question is boosted
WHERE_IN_FIGURE = re.compile(r"\b(which|what) (panel|part|section|bit|graph|chart|plot)s?\b(?! (of|in) (the )?(text|summary|article))|"
                              r"\bwhere (in|on) the (figure|graph|chart)\b", re.I)  # as a definition is boosted for "what is X?"



@dataclass(frozen=True)
class Evidence:
    sentence: Sentence
    score: float
    dense: float
    coverage: float
    bank: float = 0.0  # similarity of the nearest bank question this sentence answers


@dataclass(frozen=True)
class Request:
    """What one answer is for: the study it answers from, the style it is written in, and the terms
    already explained earlier in the conversation."""

    study: object
    style: str = "plain"
    seen: frozenset[str] = frozenset()
    used: frozenset[str] = frozenset()  # background terms the asker used, not asking their meaning
    asked: frozenset[str] = frozenset()  # background terms the asker asks the meaning of
    given: str = ""  # what the previous answer cited, when a caveat given there is not to be given again


# A mark of a figure its legend explains ("the dashed line", "the asterisk"): asked about, that is the
# answer, whatever else the question calls it ("is the dashed line some kind of danger line?").
_MARK = re.compile(r"\b(dashed|dotted|asterisks?|arrowheads?|arrows?)\b", re.I)
# The words asking what a mark means, naming nothing it is on ("and what does that asterisk show?").
_MARK_ASKED = frozenset(content_tokens("mean means meaning show shows showed indicate indicates stand stands tell tells line lines mark "
                                       "marks symbol graph chart plot figure there"))

# The words asking a feature of a scale, naming nothing it belongs to ("what's the range?", "is high good or bad?").
SCALE_ASKED = frozenset(content_tokens("range ranges top bottom maximum max minimum min highest lowest high higher low lower good bad "
                                        "better worse units unit normal value values scale score scores mean means meaning go goes"))


def marks_explained(query: str, best: str) -> bool:
    """Whether the question names a figure's mark that the best sentence for it explains."""
    marks = {m.lower().rstrip("s") for m in _MARK.findall(query)}
    return bool(marks) and any(re.search(rf"\b{m}", best, re.I) for m in marks)


class Composer(QuestionParts, Neighbours, Summaries):
    """Builds Replies from the scorer's evidence."""

    def __init__(self, scorer: Scorer, knowledge, bank, writer, min_support: float = 0.25, max_sentences: int = 2,
                 reranker: Reranker | None = None):
        self.scorer = scorer
        self.reranker = reranker
        self.index = scorer.index
        self.knowledge = knowledge
        self.bank = bank
        self.writer = writer
        self.min_support = min_support
        self.max_sentences = max_sentences
        self.vocabulary = scorer.lexicon.vocabulary
        self._sentence_pos = {s.sentence_id: i for i, s in enumerate(self.index.sentences)}
        self.near = NearMisses(scorer, knowledge)
        self.uncovered_topic = self.near.uncovered_topic
        names = {n for st in knowledge.studies.values() for g in st.groups for n in g.all_names}
        self._group_names = sorted(names, key=len, reverse=True)
        # Sentences naming several of their study's groups: the answer to "which diseases were studied?".
        groups = [g for st in knowledge.studies.values() for g in st.groups]
        # The sentence opening each part of a figure's legend ("Panel C shows ..."): where a figure
        # shows something.
        first: dict[tuple[str, str], str] = {}
        for x in self.index.sentences:
            c = self.index.chunk(x.chunk_id)
            if c.part == "figure-legend":
                first.setdefault((c.doc_id, c.section), x.sentence_id)
        opening = set(first.values())
        self._opens_part = np.array([x.sentence_id in opening for x in self.index.sentences], dtype=np.float32)
        self._names_groups = np.array([sum(names_any(x.text, g.names) for g in groups) >= 2 for x in self.index.sentences],
                                      dtype=np.float32)

    # ---- evidence ---------------------------------------------------------------------------

    def evidence(self, question: str, context: str, request: Request, whole: str = "",
                 vector=None, keep: int = 8) -> tuple[list[Evidence], SentenceScores]:
        """The study's sentences ranked for one question (retrieval fused with the question bank),
        with the signals that decide whether to answer. whole: the message a part was cut from;
        vector: the question's vector, when already known; keep: how many of the best to return.
        (One answer often asks the same again, a part that is the whole question: what was found is
        kept while the question is answered, and dropped with it.)"""
        key = ("evidence", id(self), question, context, request.study.id, whole or question,
               None if vector is None else vector.tobytes(), keep)
        out, scores = per_question(key, lambda: self._evidence(question, context, request, whole, vector, keep))
        return list(out), scores

    def _evidence(self, question: str, context: str, request: Request, whole: str, vector, keep: int) -> tuple[list[Evidence], SentenceScores]:
        query = self.scorer.query(question, context, vector)
        scores = self.scorer.sentences(query)
        boost, nearest = self.bank.sentence_boost(query.vector, request.study, self._sentence_pos, len(scores.fused))
        fused = scores.fused + boost
        if _GROUPS_INTENT.search(question):
            fused = fused + GROUPS_BOOST * self._names_groups
        elif (ONE_GROUP_DEMOTE and sum(names_any(question, g.all_names) for g in request.study.groups) == 1
              and not _HOW_MANY.search(question)):
            # A question about one group: a sentence naming every group is less about it than one
            # of that group's own (its follow-up, its measures).
            fused = fused - ONE_GROUP_DEMOTE * self._names_groups
        if WHERE_IN_FIGURE.search(question):
            fused = fused + WHERE_BOOST * self._opens_part
        quoted = self._quoted(whole or question, request)
        plain = fused.copy()
        for position in quoted:
            # "'X' - what does that mean?": the sentence the reader quotes is what they have read;
            # the answer is the one that says it in other words.
            fused[position] -= QUOTED_DEMOTE
        positions = request.study.positions
        coverage = self.scorer.coverages(query, [int(i) for i in positions])

        def ranked(scored):
            order = positions[np.argsort(-self.order_by(scored, scores, nearest, coverage, positions)[positions], kind="stable")]
            return [Evidence(self.index.sentences[i], float(scored[i]), float(scores.dense[i]), coverage[int(i)],
                             float(nearest[i])) for i in order[:keep]]

        out = ranked(fused)
        if _ASKS_ANALOGY.search(whole or question):
            # "The analogy, please": the study's comparison comes first when it supports the question.
            out.sort(key=lambda e: not (_ANALOGY.match(e.sentence.text) and self.support(e) >= self.min_support))
        if quoted and out and self.support(out[0]) < self.min_support:
            # No other sentence says it in other words: the quoted one, in plain words, is the answer.
            # (With the re-ranker, a supported sentence already comes first whenever there is one.)
            fused, out = plain, ranked(plain)
        return out, SentenceScores(query, scores.dense, scores.lexical, fused)

    def order_by(self, fused: np.ndarray, scores: SentenceScores, nearest: np.ndarray, coverage: dict[int, float],
                 positions: np.ndarray) -> np.ndarray:
        """What the study's sentences are ordered by: the re-ranker's score when there is one (over
        the whole index, the study's sentences set), else the fused score."""
        if self.reranker is None or not len(positions):
            return fused
        # The re-ranker chooses among the sentences that support the question well enough to answer
        # it: one that does not comes after them all, so the first is never a worse-supported pick.
        cover = np.array([coverage[int(i)] for i in positions])
        support = np.maximum(0.6 * scores.dense[positions] + 0.6 * cover, nearest[positions] - BANK_SUPPORT_OFFSET)
        return self.reranker.order(signals(fused, scores, nearest, cover, positions), positions, len(fused),
                                   weak=support < self.min_support)

    def _quoted(self, question: str, request: Request) -> list[int]:
        """Positions of the study's sentences that a question quotes (two words or more in quotes)."""
        if not _MEANING.search(question):
            return []  # "does it mention 'X'?" is answered by the sentence that does
        quotes = [(a or b).strip(" .,!?").lower() for a, b in _QUOTE.findall(question)][:MAX_QUOTES]
        quotes = [q for q in quotes if len(q.split()) >= 2]
        if not quotes:
            return []
        return [int(i) for i in request.study.positions
                if any(q in self.index.sentences[i].text.lower() for q in quotes)]

    def context_labels(self, sentence: Sentence) -> set[str]:
        """The labels of a sentence's context ("panel_b", "figure_1"): its section's and its
        document's opening line's, as retrieval reads them."""
        return {t for t in self.scorer.context_tokens[self._sentence_pos[sentence.sentence_id]] if "_" in t}

    def support(self, best: Evidence) -> float:
        """How well the best sentence supports an answer: dense similarity plus lexical coverage, or
        a close question of the bank that it answers."""
        return max(0.6 * best.dense + 0.6 * best.coverage, best.bank - BANK_SUPPORT_OFFSET)

    # ---- composing --------------------------------------------------------------------------

    def clauses(self, picked: list[Sentence], question: str) -> dict[str, str]:
        """For a list of definitions ("ABC denotes ..., XY x-ray yield, QRS ...") asked
        about one or two of its terms, show just those: "XY denotes x-ray yield." The
        citation still quotes the whole sentence."""
        shown = {}
        asked = set(tokens(question))
        for sentence in picked:
            if " denotes " not in sentence.text or sentence.text.count(",") < 3:
                continue
            terms = [
                d for d in self.scorer.lexicon.definitions.values()
                if d.sentence_id == sentence.sentence_id and tokens(d.term) and tokens(d.term)[0] in asked
            ]
            if 1 <= len(terms) <= 2:
                shown[sentence.sentence_id] = "; ".join(f"{d.term} denotes {d.long_form}" for d in terms) + "."
        return shown

    def compose(self, picked: list[Sentence], request: Request, kind: str = "answer", prefix: str = "",
                abstained: bool = False, shown: dict[str, str] | None = None, **layout) -> Reply:
        if not layout.get("labels") and not layout.get("title"):
            picked = request.study.qualified(picked, request.given)  # (a titled list is laid out as it is)
        return self.writer.reply(picked, request.study, request.style, kind=kind, prefix=prefix, abstained=abstained,
                                 shown=shown, seen=request.seen, used=request.used, asked=request.asked, **layout)

    def pick(self, question: str, context: str, request: Request) -> tuple[list[Sentence], float, list[Evidence], int]:
        """The sentences that answer each part of the question the study covers; the best part's
        support; the evidence for the first part; and how many parts the study does not cover."""
        picked: list[Sentence] = []
        strongest = 0.0
        first: list[Evidence] = []
        parts = self.parts(question)
        weak: list[Sentence] = []
        for n, part in enumerate(parts):
            if n and points_back(part):
                # "how many had X, and did they get better?": "they" is the first part's X.
                part = standalone(part, [{"role": "user", "content": parts[0]}], self.scorer.lexicon,
                                  request.study.groups).text
            if n and not context and _MARK.search(part) and not set(content_tokens(_MARK.sub(" ", part))) - _MARK_ASKED:
                # "the ratio's units, and what does the asterisk show?": a mark of nothing named is the
                # mark of what the part before asked about.
                ranked, scores = self.evidence(part, parts[n - 1], request, whole=question)
            elif (n and not context and any(find_name(d.term, parts[n - 1]) for d in self.scorer.lexicon.definitions.values())
                  and not self.entities(part)
                  and not any("_" in t for t in tokens(part)) and not set(content_tokens(part)) - SCALE_ASKED):
                # "... the XYZ-3 scores, and what's the range?": a scale's feature asked of nothing
                # named is asked of the term the part before named (a scale the text defines, not a group).
                ranked, scores = self.evidence(part, parts[n - 1], request, whole=question)
            else:
                ranked, scores = self.evidence(part, context, request, whole=question)
            query = scores.query
            first = first or ranked
            best = ranked[0]
            support = self.support(best)
            strongest = max(strongest, support)
            if self.uncovered_topic(part) and not marks_explained(part, best.sentence.text):
                weak.append(best.sentence)  # a topic the study lacks: say so below
                continue
            if support < self.min_support:
                continue  # too little evidence to answer this part, or to be sure it is missing
            if best.sentence in picked and n:
                # A later part answered by a sentence already given ("did X go into remission? and
                # does that mean they're cured?"): its next best sentence, when nearly as good, says
                # what that part adds.
                best = next((e for e in ranked[1:PART_RANKS] if e.sentence not in picked and self.support(e) >= self.min_support
                             and e.score >= ranked[0].score - PART_MARGIN), best)
            if best.sentence not in picked:
                picked.append(best.sentence)
            if self.scorer.is_overview(query):
                # "What's in panel C?": the sentence introducing it and the one after.
                following = self._next_in_section(best.sentence)
                if following and following not in picked:
                    picked.append(following)
                continue
            # A second sentence when it is nearly as good and answers a word of the question (or
            # one of its synonyms) that the first leaves out.
            # (With several parts, each part gets its best sentence: a runner-up would crowd out the next part.)
            if len(parts) == 1 and len(picked) < self.max_sentences and len(ranked) > 1:
                runner = ranked[1]
                groups = query.groups
                have = set(tokens(best.sentence.text))
                missing = [forms for word, forms in groups.items() if "_" not in word and not forms & have]
                adds = [forms for forms in missing if forms & set(tokens(runner.sentence.text))]
                if (runner.score >= best.score - RUNNER_MARGIN and adds and runner.sentence not in picked
                        and self.support(runner) >= self.min_support):
                    picked.append(runner.sentence)
                elif len(picked) < self.max_sentences:
                    specific = self._about_the_one_asked(part, best, ranked[1:3])
                    if specific is not None and specific.sentence not in picked:
                        picked.append(specific.sentence)
        picked = picked[: max(self.max_sentences, len(parts))]
        # A weak part whose best sentence another part already brought in is answered too.
        uncovered = sum(1 for sentence in weak if sentence not in picked)
        return picked, strongest, first, uncovered

    def _about_the_one_asked(self, question: str, best: Evidence, runners: list[Evidence]) -> Evidence | None:
        """A runner-up about the one named thing asked, when the best sentence lists it among others."""
        asked = self._terms(question)
        if len(asked) != 1 or not asked <= self._terms(best.sentence.text):
            return None
        if len(self.entities(best.sentence.text)) < LISTS_AT_LEAST:
            return None
        return next((e for e in runners if self._terms(e.sentence.text) == asked
                     and e.score >= best.score - SPECIFIC_MARGIN and self.support(e) >= self.min_support), None)

    def _terms(self, text: str) -> set[str]:
        """The terms the study defines that a text names (not its groups' names: "the X patients"
        are one of the groups a sentence lists, not a thing with a sentence of its own)."""
        return {d.term.lower() for d in self.scorer.lexicon.definitions.values()
                if find_name(d.term, text) or find_name(d.long_form, text)}

    def summary(self, request: Request) -> Reply:
        """The study in brief, as its text opens: its first two sentences."""
        return self.compose(request.study.sentences[:2], request)

    def answer(self, question: str, context: str, request: Request, lists: bool = True) -> Reply:
        """Answer a study question, or say the study does not say. lists: a sentence introducing a
        list brings its items (not when a kind of answer is asked for: "how long?")."""
        if self.wants_summary(question):
            return self.summary(request)
        picked, support, ranked, uncovered = self.pick(question, context, request)
        picked = self._with_antecedents(picked, question, lists)
        meta = {"support": round(support, 3), "uncovered_parts": uncovered, "dense": round(ranked[0].dense, 3)}
        if not picked:
            return self.not_in_study(ranked, meta, request)
        reply = self.compose(picked, request, shown=self.clauses(picked, question))
        if uncovered:
            # Say which part is missing rather than answer only half the question silently.
            missing = f"\n\n{NOT_IN_STUDY[:-1]} anything about the rest of your question."
            reply = Reply(**{**reply.__dict__, "answer": reply.answer + missing, "body": reply.body + missing})
        return Reply(**{**reply.__dict__, "meta": meta})

    def not_in_study(self, ranked: list[Evidence], meta: dict, request: Request, what: str = "",
                     closest: list[Sentence] | None = None) -> Reply:
        """Say the study does not cover it (what: "anything about cost", "how old the patients
        were"), and share the closest thing it does say, if anything is close."""
        said = f"The study summary does not say {what}." if what else NOT_IN_STUDY
        close = closest if closest is not None else [e.sentence for e in ranked[:1] if e.dense >= 0.35]
        if close:
            reply = self.compose(close[:2], request, kind="not_in_study", prefix=f"{said} The closest it gets:", abstained=True)
        else:
            reply = Reply(answer=f"{said} It only reports what this study found.", kind="not_in_study", abstained=True,
                          style=request.style, study=request.study.id)
        return Reply(**{**reply.__dict__, "meta": meta})
