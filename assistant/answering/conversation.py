"""Replies shaped by the conversation so far: the last answer re-derived from the study (never
from assistant text a client sends back), a follow-up that only repeated it, "the others", "why?",
"more detail", "just the numbers", "in one sentence", and a claim planted in the history corrected.

A mixin of the Assistant: it uses the Assistant's composer, planner, router, scorer and premises.
"""
from __future__ import annotations

import dataclasses
import re

from assistant.answering.composer import Request
from assistant.answering.followups import own_words
from assistant.answering.mentions import LABEL
from assistant.answering.planner import _with
from assistant.answering.premises import wrong_group
from assistant.records import Reply
from assistant.retrieval.lexicon import PEOPLE_COUNT, content_tokens, find_name, names_any, tokens

# "Just the numbers": this many sentences giving a number, from this far down the last question's ranking.
NUMBERS_MAX = 3
NUMBERS_RANKS = 6
# A count of people, a span of time or a range of values (not a name's number: "factor 3", "2024").
_GIVES_NUMBER = re.compile(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                           r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred)\s+(patients|people|participants|"
                           r"days?|weeks?|months?|years?)\b|\b\d+(\.\d+)?\s*(to|-|–)\s*\d+\b|\b\d+(\.\d+)?\s*(%|percent)", re.I)
# A value with its unit: what a sentence beside an answer must share with it to count as its others.
_VALUE = re.compile(r"\b(?:\d+|one|two|three|four|five|six|twelve)[ -](months?|years?|weeks?|days?|hours?|patients|people|mg|mm)\b", re.I)
# A follow-up turning from what the last answer said: "so what is X, then?", "then what ...", "... instead?"
_INSTEAD = re.compile(r"\b(then|instead|otherwise)\W*$|^\W*(?:(?:ok|okay|so|but|and)\W+)?(then|instead)\b", re.I)
_WH_QUESTION = re.compile(r"\b(what|how|which|where|who|why)\b", re.I)
_LISTED = re.compile(r"^\s*- ", re.M)  # a reply laid out as a list
# A sentence reporting a result ("achieved remission", "showed improvement", "reduced activity"; not a
# figure's "outcomes at 6 months").
_OUTCOME = re.compile(r"\b(?:achieved remission|went into remission|in remission|improved|showed [\w\s-]{0,30}improvement|"
                      r"reduced disease|got better|responded|recovered)\b", re.I)
HOW_IT_WORKS = "how does the treatment work?"
# A caveat the last answer gave ("it's too early to say they are cured"): "why?" of it is answered by
# the limits the text supports, when the study's pack lists them.
# "why?", "why not?", "how come?", "why is that?": the reason for the last answer itself (not "why is
# everyone so excited then?", which asks for the other side).
_BARE_WHY = re.compile(r"^\W*(?:(?:so|but|and|ok(?:ay)?|hm+|huh)\W+)?(?:why|how come)(?: (?:not|so|is that|is it|was that|that is|then))?\W*$", re.I)
_CAVEAT = re.compile(r"\b(?:too (?:early|soon)|not yet|can(?:not|'t) (?:yet )?(?:say|tell|be sure)|definitively|remains? to be seen|uncertain|premature)\b", re.I)
DETAIL_RANKS = 4  # "more detail" adds sentences from this far down the ranking ...
DETAIL_MORE = 2  # ... at most this many, each supporting the question at least DETAIL_SHARE as well as the
DETAIL_SHARE = 0.6  # best sentence already cited
# A follow-up that only repeats the last answer takes its own reading's answer when that supports it
# by this much more (support: composer.support, dense similarity plus coverage, about 0 to 1) ...
NOVELTY_MARGIN = 0.04
NEXT_BEST_MARGIN = 0.1  # ... or, turning from it, a sentence not cited yet that supports it this nearly as well


class Conversation:
    """The Assistant's replies that lean on earlier turns."""

    def _more_detail(self, reply: Reply, previous: str, request: Request) -> Reply:
        """"More detail": the sentences the last answer cited, then the next best ones for its
        question (as it was understood, a follow-up made whole) that support it nearly as well (a
        list answer already says all it has)."""
        if reply.abstained or reply.kind != "answer" or "bank" in reply.meta:
            return reply
        cited = [c.quote for c in reply.citations if c.role == "answer"]
        ranked, _ = self.composer.evidence(previous, "", request)
        support = {e.sentence.text: self.composer.support(e) for e in ranked}
        least = max(self.composer.min_support, DETAIL_SHARE * max((support.get(q, 0.0) for q in cited), default=0.0))
        extra = [e.sentence for e in ranked[:DETAIL_RANKS] if e.sentence.text not in cited and support[e.sentence.text] >= least]
        extra = extra[:DETAIL_MORE]
        if not extra:
            return reply
        by_text = {s.text: s for s in request.study.sentences}
        picked = [by_text[q] for q in dict.fromkeys(cited) if q in by_text]
        return _with(self.composer.compose(picked + extra, request), standalone_question=reply.standalone_question)

    @staticmethod
    def _brief(reply: Reply) -> Reply | None:
        """The previous answer as it is when it is one cited sentence (its words kept: a simpler
        rendering would drop the study's own terms); None otherwise (put in simpler, shorter words)."""
        cited = [c for c in reply.citations if c.role == "answer"]
        if reply.abstained or reply.kind not in ("answer", "correction") or len(cited) != 1 or _LISTED.search(reply.answer):
            return None
        return reply

    def _numbers(self, reply: Reply, previous: str, request: Request) -> Reply:
        """"Just the numbers": of the sentences that best answer the last question (those it cited
        first), the ones that give a number, at most NUMBERS_MAX, and how many people the study is
        about (in all, and per group) when none of them says."""
        if reply.abstained or reply.kind not in ("answer", "correction"):
            return reply
        cited = [c.quote for c in reply.citations if c.role == "answer"]
        ranked, _ = self.composer.evidence(previous, "", request, keep=NUMBERS_RANKS)
        by_text = {s.text: s for s in request.study.sentences}
        order = [by_text[q] for q in dict.fromkeys(cited) if q in by_text]
        order += [e.sentence for e in ranked if e.sentence not in order]
        # (A list answer keeps every line that gives a number.)
        picked = [s for s in order if _GIVES_NUMBER.search(s.text)][: max(NUMBERS_MAX, len(cited) if "bank" in reply.meta else 0)]
        if not picked:
            return reply
        # A study's first numbers: how many people it is about, in all and in each group.
        counting = [s for s in request.study.sentences if PEOPLE_COUNT.search(s.text)]
        if not any(PEOPLE_COUNT.search(s.text) for s in picked):
            picked += counting[:1]
        groups = request.study.groups

        def per_group(sentence) -> int:
            return len(PEOPLE_COUNT.findall(sentence.text)) if sum(names_any(sentence.text, g.names) for g in groups) >= 2 else 0

        if len(groups) > 1 and not any(per_group(s) >= 2 for s in picked) and counting and per_group(max(counting, key=per_group)) >= 2:
            picked.append(max(counting, key=per_group))
        picked.sort(key=lambda s: request.study.sentences.index(s))
        return _with(self.composer.compose(picked, request), standalone_question=reply.standalone_question)

    def _something_new(self, reply: Reply, asked: str, turn, answered: str, request: Request, kinds) -> Reply:
        """A follow-up answered with just what was cited last time (asked "is that for good?", the
        reply repeats the result). Read without the earlier turn, the question may have an answer of
        its own: it is taken when its sentence supports the question clearly better than the repeated
        one does (a question about a detail of the sentence already cited, such as a scale's upper
        end, keeps it)."""
        # A subject only appended from the earlier question ("... (X)") is left out; a pointer
        # replaced by what it points at stays, and so does a part of the figure it points at ("the
        # asterisk there" after a question about one panel: that panel's asterisk).
        text = asked if turn.text.startswith(asked) and not LABEL.search(turn.text[len(asked):]) else turn.text
        own = own_words(asked, turn.context)
        if not own:
            return reply  # "for which patients?" asks nothing new of its own
        if own <= set(content_tokens(answered)):
            return reply  # "lower means what?" of a sentence that says what lower means: a detail of it
        alone = self.planner.answer(text, "", asked, request, kinds=kinds)
        subject = turn.text[len(asked):].strip(" ()") if turn.text.startswith(asked) else ""
        if (subject and not _ANOTHER.search(asked) and _names_subject(reply, subject) and not _names_subject(alone, subject)
                and self._names_a_term(alone, request.study)):
            # "so a higher number is good then?" after a question about one scale: that scale's
            # direction, not another scale's whose sentence has the word "higher" (a question on
            # something else, "where was it published?", is answered for itself).
            return reply
        ranked, _ = self.composer.evidence(text, "", request, keep=len(request.study.positions))
        support = {e.sentence.text: self.composer.support(e) for e in ranked}
        if alone.abstained or _repeats(alone, answered):
            return self._next_best(reply, text, ranked, support, answered, request)
        # The words the follow-up adds to the earlier question (or words meaning the same): "and the
        # dashed line on the <other> one?" adds the other thing; an answer holding them, where the
        # repeated one does not, needs no margin.
        lexicon = self.scorer.lexicon
        adds = set(lexicon.expand(asked)) - set(lexicon.expand(turn.context)) - {"one", "ones"}
        holds = lambda r: any(adds & set(tokens(c.quote)) for c in r.citations if c.role == "answer")
        gain = _best_support(alone, support) - _best_support(reply, support)
        if gain >= NOVELTY_MARGIN or (gain >= 0 and holds(alone) and not holds(reply)):
            return _with(alone, standalone_question=text, meta={"follow_up": "alone"})
        return self._next_best(reply, text, ranked, support, answered, request)

    def _names_a_term(self, reply: Reply, study) -> bool:
        """Whether an answer's cited sentences name a specific term the study defines (a scale, a test:
        see Planner.specific_terms)."""
        quotes = " ".join(c.quote for c in reply.citations if c.role == "answer")
        return any(find_name(f, quotes) for forms in self.planner.specific_terms(study) for f in forms)

    def _next_best(self, reply: Reply, text: str, ranked, support: dict, answered: str, request: Request) -> Reply:
        """A follow-up turning from the last answer ("so what's the hope, then?"), answered again with
        only what the last answer cited: the best sentence for it alone that was not cited, when it
        supports the question nearly as well as the repeated one (the asker has read that one)."""
        if not (_INSTEAD.search(text) and _WH_QUESTION.search(text)):
            return reply  # (without "then", "instead": a detail of what was said, "the range of that scale?")
        fresh = next((e for e in ranked if e.sentence.text not in answered), None)
        if fresh is None:
            return reply
        score = support.get(fresh.sentence.text, 0.0)
        if score < self.composer.min_support or score < _best_support(reply, support) - NEXT_BEST_MARGIN:
            return reply
        return _with(self.composer.compose([fresh.sentence], request), standalone_question=text, meta={"follow_up": "next"})

    def _the_others(self, reply: Reply, turn, request: Request) -> Reply:
        """"And everyone else?" after a sentence about some of them (an exception, a subgroup): the
        sentence beside it, in its section, that says the same kind of thing (a time, a count) of the
        rest; else the reply as it was."""
        first = next((c.quote for c in reply.citations if c.role == "answer"), "")
        said = next((x for x in request.study.sentences if x.text == first), None)
        if said is None:
            return reply
        where = self.index.chunk(said.chunk_id)
        units = {u.lower() for u in _VALUE.findall(said.text)}
        ranked, _ = self.composer.evidence(turn.text, turn.context, request, keep=len(request.study.positions))
        beside = [e.sentence for e in ranked if e.sentence != said and (self.index.chunk(e.sentence.chunk_id).doc_id,
                  self.index.chunk(e.sentence.chunk_id).section) == (where.doc_id, where.section)]
        beside.sort(key=lambda x: not units & {u.lower() for u in _VALUE.findall(x.text)})
        if not beside or not units & {u.lower() for u in _VALUE.findall(beside[0].text)}:
            return reply
        return _with(self.composer.compose(beside[:1], request), meta={"follow_up": "others"})

    def _no_reason(self, reply: Reply, request: Request, asked: str = "") -> Reply:
        """"Why?" of the last answer, when the study has nothing more to say than that answer and
        that answer gives no reason: the study does not say why, and what it does say."""
        quotes = [c.quote for c in reply.citations if c.role == "answer"]
        if not quotes or any(self.planner.reason.search(q) for q in quotes):
            return reply
        said = [x for x in request.study.sentences if x.text == quotes[0]]
        if _OUTCOME.search(quotes[0]):
            # Why a result came about: what the study says of how the treatment works is as near as
            # it gets to a reason ("why?" after "all X patients achieved remission").
            ranked, _ = self.composer.evidence(HOW_IT_WORKS, "", request, keep=2)
            how = [e.sentence for e in ranked if e.sentence.text not in quotes and self.composer.support(e) >= self.composer.min_support]
            if how:
                reply = self.composer.compose(how, request, prefix="The summary gives no reason for each result; it explains how the treatment works:")
                return _with(reply, meta={"follow_up": "why", "reason": "how it works"})
        limits = (self.planner.bank.answering(request.study.id, "meta_limitations")
                  if _CAVEAT.search(quotes[0]) and _BARE_WHY.match(asked) else None)
        if limits is not None:
            # "why?" after "it's too early to say they're cured": the limits the text supports.
            reply = self.composer.compose(list(limits.sentences), request, labels=limits.entry.labels, title=limits.entry.title)
            return _with(reply, meta={"follow_up": "why", "reason": "limitations", "bank": limits.key})
        return _with(self.composer.not_in_study([], {"reason": "not given"}, request, "why", said), meta={"follow_up": "why"})

    def _answered(self, previous: str, request: Request) -> str:
        """What the assistant cited for the previous question, re-derived from the study: the text
        a client sends back as the assistant's turn is never trusted. (Routed as it was then: its
        vector is cached.)"""
        kinds = self.router.scores(self._vector(previous), request.study.id)
        reply = self.planner.answer(previous, "", previous, Request(request.study, "exact"), kinds=kinds)
        return " ".join(c.quote for c in reply.citations if c.role == "answer")

    def _correct_planted(self, turns: list[dict], reply: Reply, request: Request, question: str = "") -> Reply:
        """An earlier assistant turn (as the client sent it) claiming what the study contradicts is
        corrected first, with the sentence that contradicts it."""
        said = [t["content"] for t in turns if t["role"] == "assistant"]
        if not said or reply.kind in ("emergency", "refused"):
            return reply
        claim = f"since {said[-1]}"
        checker = self.premises[request.study.id]
        ranked = request.study.sentences
        if checker.reads_ranking(claim):
            # The study's sentences ranked for the claim: the checks of ranges and codes read the best few.
            evidence, _ = self.composer.evidence(claim[: self.settings.max_question_chars], "", request)
            ranked = [e.sentence for e in evidence] or ranked
        premise = checker.find(claim, ranked)
        if not premise:
            # A term of one group said of another ("the X patients reached <the Y group's measure>").
            premise = wrong_group(said[-1], request.study, self.composer.entities(said[-1]),
                                  self.planner._opening, self.planner._glossary)
        if not premise:
            return reply
        cited = {c.quote: c.n for c in reply.citations}
        if premise.sentence.text in cited:
            # The answer already cites the sentence against it: say so, pointing at that number.
            # (The wrong claim is not repeated: said again, even to be denied, it is what a reader remembers.)
            note = (f"A correction first: earlier in this chat it said something the study does not report; "
                    f"see [{cited[premise.sentence.text]}].")
            return _with(reply, kind="correction" if reply.kind == "answer" else reply.kind, body=f"{note}\n\n{reply.body}",
                         answer=f"{note}\n\n{reply.answer}", meta={"planted": premise.claim})
        first = self.composer.compose([premise.sentence], request, kind="correction",
                                      prefix="A correction first: earlier in this chat it said something the study does not report.")
        body = f"{first.body}\n\n{_renumber(reply.body, len(first.citations))}"
        citations = first.citations + tuple(dataclasses.replace(c, n=c.n + len(first.citations)) for c in reply.citations)
        if reply.kind == "off_topic":
            # "Which half did better, then?" leans on the planted claim ("only half ..."): nothing else
            # answers it, and the correction is the answer. (A message sharing no word with the
            # claim, "write me a poem", is off topic still, after the correction.)
            if set(content_tokens(question)) & set(content_tokens(said[-1])):
                return _with(first, meta={"planted": premise.claim, "route": reply.meta.get("route", "")})
        if reply.kind == "not_in_study":
            # The study does not say what was asked, but it does say what corrects the planted claim:
            # the reply leads with that fact.
            return _with(reply, kind="correction", abstained=False, body=body,
                         answer=body + reply.answer[len(reply.body):] if reply.answer.startswith(reply.body) else body,
                         citations=citations, meta={"planted": premise.claim})
        return _with(reply, kind="correction" if reply.kind == "answer" else reply.kind, body=body,
                     answer=body + reply.answer[len(reply.body):] if reply.answer.startswith(reply.body) else body,
                     citations=citations, meta={"planted": premise.claim})


def _best_support(reply: Reply, support: dict[str, float]) -> float:
    """The best support, for the question, of the sentences the reply answers with."""
    return max((support.get(c.quote, 0.0) for c in reply.citations if c.role == "answer"), default=0.0)


def _repeats(reply: Reply, answered: str) -> bool:
    """The reply cites nothing but sentences the previous answer cited."""
    quotes = [c.quote for c in reply.citations if c.role == "answer"]
    return bool(quotes) and all(q in answered for q in quotes)


def _first_repeats(reply: Reply, answered: str) -> bool:
    """The reply's first cited sentence is one the previous answer cited."""
    quotes = [c.quote for c in reply.citations if c.role == "answer"]
    return bool(quotes) and quotes[0] in answered


def _renumber(text: str, shift: int) -> str:
    return re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + shift}]", text)


_ANOTHER = re.compile(r"\b(other|another|else|different|next)\b", re.I)  # ("and the other skin one?": not the same one)


def _names_subject(reply: Reply, subject: str) -> bool:
    """Whether an answer's cited sentences name one of the subjects a follow-up took from the earlier
    question (a term, "<group> patients")."""
    names = [s.strip() for s in subject.split(",") if s.strip()]
    names = [n[: -len(" patients")] if n.endswith(" patients") else n for n in names]
    return any(find_name(n, c.quote) for c in reply.citations if c.role == "answer" for n in names)
