"""The Assistant: settings -> index -> knowledge of each study -> routing -> planner -> composer,
behind ask() and stream().

A message's text is made ready first (message_text.py); then it is read in its conversation and
routed here. Its mixins answer what the route leaves to them: the last answer again another way
(restyles.py), replies shaped by the conversation so far (conversation.py) and a message read a
second way (second_readings.py)."""
from __future__ import annotations

import functools
import logging
import re
import time
from collections.abc import Iterator
from dataclasses import replace

from langchain_core.embeddings import Embeddings
from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answering import replies
from assistant.answering.asking import LONG_MESSAGE, asks_format, named_condition, without_role
from assistant.answering.bank import Bank
from assistant.answering.composer import NOT_IN_STUDY, Composer, Request
from assistant.answering.conversation import Conversation, _first_repeats, _repeats
from assistant.answering.durations import convert
from assistant.answering.followups import Standalone, history_turns, needs_history, own_words, points_back, standalone
from assistant.answering.glossary import gloss, study_glosses
from assistant.answering.knowledge import Knowledge
from assistant.answering.message_text import _clean_question, _names_only_it, _treatment_named
from assistant.answering.planner import Planner, _with
from assistant.answering.premises import PremiseChecker
from assistant.answering.reranker import Reranker
from assistant.answering.rendering import STYLES, Writer, asked_terms, used_terms
from assistant.answering.restyles import Restyles
from assistant.answering.routing import STUDY, Router
from assistant.answering.second_readings import SecondReadings
from assistant.index.embedders import EmbeddingError, model_words, one_blas_thread, packaged_model_path, private_queries
from assistant.index.onnx import make_embedder
from assistant.index.store import Index, clean_orphans, open_index
from assistant.records import Reply
from assistant.retrieval.hybrid import HybridRetriever, Scorer, focus
from assistant.retrieval.lexicon import STOPWORDS, content_tokens, names_any
from assistant.settings import Settings

log = logging.getLogger("cartqa")
# "And everyone else?", "the others?", "the rest of them": the rest of what was just asked about.
_THE_OTHERS = re.compile(r"\b(everyone|everybody|anyone|all the|someone) else\b|\b(the )?others\b|\bthe other (ones|patients|people|groups?)\b|\bthe rest\b", re.I)
# A question asking which one, who, where, when or how many: a "why?" after it asks what the answer
# already explains ("which patients have stars?" "why?"), not beyond it.
_IDENTIFIES = re.compile(r"^\W*(and |so |ok(ay)? )?(which|who|whose|where|when|how many)\b", re.I)
# Handing the assistant other text or rules to go by ("use this corrected version from now on").
_OVERRIDES = re.compile(r"\b(from now on|use (it|this|that|these) instead|instead of (the|your)|outdated|out of date|"
                        r"(real|actual|new|updated|corrected|latest) (version|text|study|summary|data)|replace|pretend|ignore|"
                        r"your (instructions|rules|prompt)|disregard|forget|from here on|must now|every answer|each answer|new rules?|"
                        r"without (citations|sources)|say so|confirm (it|this|that)|always (says?|answers?|repl(y|ies)|tells?)|"
                        # (a part to play: "let's play a game, you are CureBot ...")
                        r"(let'?s|lets) play a game|role[- ]?play|(stay|stays|staying) in character|you('re| are) now)\b", re.I)
_ASKS_WHY = re.compile(r"^\W*(and |so |but |ok(ay)? |hm+ |huh,? )?(why|how come)\b", re.I)
_ENDS_ASKING = re.compile(r"\?[\W_]*$")  # a question mark last, but for emoji or marks after it ("cured now?? 😭")
ASSISTANT_CHARS = 4000  # of an earlier assistant turn read
# The first question of the conversation pointed back at ("going back to my first question", "the
# first thing I asked").
_FIRST_ASKED = re.compile(r"\bmy (?:very )?(?:first|original|initial|opening) (?:question|q)\b|\b(?:the )?(?:very )?first thing i asked\b|"
                          r"\bwhat i (?:first )?asked (?:at|in) the (?:start|beginning)\b", re.I)


class Assistant(Conversation, SecondReadings, Restyles):
    """Answers questions about the studies of the corpus, citing their sentences."""

    def __init__(self, settings: Settings, index: Index, embedder: Embeddings, llm=None):
        one_blas_thread()
        self.settings = settings
        self.index = index
        self.embedder = embedder
        self.llm = llm
        self.knowledge = Knowledge(index, settings.corpus_dir)
        self.packs = [study.pack for study in self.knowledge.studies.values()]
        self.scorer = Scorer(index, embedder, rrf_k=settings.rrf_k, synonyms=self.knowledge.synonyms(),
                             english=model_words(settings.embedding_model_path or _packaged_model()))
        self.bank = Bank(index.examples, index.example_vectors, self.knowledge)
        self.writer = Writer(index, self.knowledge, self.scorer.lexicon)
        self.composer = Composer(self.scorer, self.knowledge, self.bank, self.writer,
                                 min_support=settings.min_support, max_sentences=settings.answer_max_sentences,
                                 reranker=Reranker.load() if settings.rerank else None)
        self.glosses = study_glosses(self.packs)  # (the studies' own words in other languages)
        self.router = Router(index.examples, index.example_vectors,
                             treatments=tuple(name for pack in self.packs for name in pack.treatments), glosses=self.glosses,
                             english=frozenset(self.scorer.lexicon.english | self.scorer.lexicon.known | set(STOPWORDS)))
        self.premises = {sid: PremiseChecker(study, self.knowledge.claims, self.scorer.lexicon.vocabulary)
                         for sid, study in self.knowledge.studies.items()}
        self.planner = Planner(self)

    @classmethod
    def load(cls, settings: Settings | None = None, progress=lambda _: None, llm=None) -> "Assistant":
        """Open (building if missing or stale) the index and get ready to answer."""
        settings = settings or Settings()
        embedder = make_embedder(settings, progress)
        if not settings.chroma_url:
            clean_orphans(settings)  # at start: folders of builds killed before they finished
        index = open_index(settings, embedder, progress=progress)
        if llm is None and settings.llm_backend != "none":
            from assistant.answering.llm.backends import make_llm

            llm = make_llm(settings)
        bot = cls(settings, index, embedder, llm)
        bot.warm_up()
        return bot

    def warm_up(self) -> None:
        """Load the model and train each study's safety classifier now (about 1.5 s), not on the
        first patient's question."""
        self.embedder.embed_query("warm up")
        for study_id, study in self.knowledge.studies.items():
            self.router.model(study_id)
            # (The questions the page offers are public: their vectors are kept for everyone.)
            for question in study.pack.examples:
                self._vector(question)

    @property
    def retriever(self) -> HybridRetriever:
        return HybridRetriever(scorer=self.scorer, k=self.settings.retrieval_k)

    def ask(self, question: str, history: list[dict] | None = None, style: str = "plain", study: str | None = None) -> Reply:
        """Answer one question, given the conversation so far. Never raises for bad text.
        style: plain (default), simple or exact; study: the study pack's id (default: the one the
        question is about, or the only one)."""
        started = time.perf_counter()
        with private_queries():  # (this person's texts are embedded for this question only)
            reply = self._ask(question, history, style if style in STYLES else "plain", study)
        if (reply.kind in ("off_topic", "not_in_study") and isinstance(question, str) and self.scorer.lexicon.mostly_unread(question)
                and self.scorer.lexicon.mostly_unread(gloss(question, self.glosses))):  # (words the glossary reads are read)
            reply = replies.with_foreign_note(reply)  # (not understood: it may say anything, urgent or personal)
        reply.meta["ms"] = round((time.perf_counter() - started) * 1000, 2)
        if self.settings.log_questions:
            log.info("question=%r kind=%s", question, reply.kind)
        else:
            log.info("kind=%s ms=%s", reply.kind, reply.meta["ms"])
        return reply

    def _ask(self, question, history, style: str, study_id: str | None, depth: int = 0) -> Reply:
        try:
            text = _clean_question(question)
        except TypeError as exc:
            return Reply(answer=f"Invalid question: {exc}.", kind="invalid", abstained=True)
        if not text:
            return Reply(answer="Please type a question about the study.", kind="invalid", abstained=True)
        if len(text) > self.settings.max_question_chars:
            return Reply(
                answer=f"That question is too long ({len(text)} characters); please keep it under "
                f"{self.settings.max_question_chars}.",
                kind="invalid",
                abstained=True,
            )
        turns = history_turns(history, self.settings.max_history_turns * 2, self.settings.max_question_chars)
        # An assistant turn is only skimmed (for notes already given, for a planted claim): its
        # first part is enough, and reading a huge one would cost time.
        turns = [t if t["role"] == "user" else {**t, "content": t["content"][:ASSISTANT_CHARS]} for t in turns]
        # (An earlier turn in another language is read in English too, as the question is.)
        # (And an abbreviation's head written alone as the whole term: "and the ABC one?")
        full_terms = self.scorer.lexicon.full_terms
        turns = [{**t, "content": gloss(t["content"], self.glosses)} for t in turns]
        turns = [{**t, "content": full_terms(t["content"])} if t["role"] == "user" else t for t in turns]
        # A long message is answered by its asking sentences (the guards below read all of it);
        # routing reads it whole (retrieval, the asking sentences of a message that also tells).
        # (Words of another language or of texting read in English: "¿cuántos pacientes?", "hw mny".)
        glossed = gloss(text, self.glosses)
        asked = _treatment_named(focus(glossed) if len(glossed) > LONG_MESSAGE else without_role(glossed))
        vector = self._lazy_vector(asked)  # (routing reads the message as written: the text before full_terms)
        asked = full_terms(asked)
        study = self._study(vector, study_id)
        pack = study.pack
        users = [t["content"] for t in turns if t["role"] == "user"]
        whole, said = turns, users  # (the whole conversation: an attack set up, or a claim planted, in any turn)
        if len(users) > 1 and _FIRST_ASKED.search(text):
            # "Going back to my first question - was that the same for every group?": the conversation
            # read as if it had stopped after the first question and its answer.
            first = next(i for i, t in enumerate(turns) if t["role"] == "user")
            turns = turns[: next(i for i, t in enumerate(turns) if t["role"] == "user" and i > first)]
            users = users[:1]
        # (Figures of speech of death or illness, "I'd die for tickets", are not read in routing.)
        spoken = self.router.without_figures(text)
        if spoken != text and self.router.guard(text) == "emergency_self_harm":
            spoken = text  # (wanting to die is read in the words as typed: no figure of speech hides it)
        if spoken != text:
            plain = gloss(spoken, self.glosses)
            vector = self._lazy_vector(_treatment_named(focus(plain) if len(plain) > LONG_MESSAGE else without_role(plain)))
        route = self.router.route(spoken, vector, study.id, conversation=bool(users))
        if glossed != text:
            # Read as typed too: what the words of another language say of danger or of a decision
            # the examples and the classifier learnt as people type it; read in English, what it asks.
            typed = focus(spoken) if len(spoken) > LONG_MESSAGE else without_role(spoken)
            as_typed = self.router.route(spoken, self._lazy_vector(typed), study.id, conversation=bool(users))
            # (Unless the glossary read the message, and read it is a study question: then an emergency or
            # an attack that only the examples or the classifier see in the words as typed is noise of
            # words they never learnt. A decision they see is still heard: asking one is no harm.)
            read = (route.kind == STUDY and as_typed.by != "guard" and as_typed.kind != "personal_advice"
                    and not self.scorer.lexicon.mostly_unread(glossed))
            if (as_typed.kind in ("personal_advice", "injection") or as_typed.kind.startswith("emergency")) and not read:
                route = as_typed
        kind = route.kind
        if users and kind in (STUDY, "off_topic") and route.by == "examples":
            kind = self._leading_restyle(spoken, study.id) or kind
        if said and kind not in ("injection", "personal_advice") and not kind.startswith("emergency") and self._sets_off(text, said, study.id):
            kind = "injection"  # (an earlier turn set the attack up; this one sets it off)
        if kind == "injection" and route.by == "classifier" and (
                (users and asks_format(text)) or (_ENDS_ASKING.search(text) and not _OVERRIDES.search(text)
                                                  and self.premises[study.id].find(asked, study.sentences))):
            # Only the classifier's reading: "as numbered steps" is a layout asked of the last answer,
            # and a claim the study contradicts ("since it's proven they're cured ...") is corrected
            # from the study, which is the answer to an attempt to make it say so too.
            kind = "study_question"
        if kind.startswith("emergency"):
            return replies.emergency(pack, "self_harm" if kind == "emergency_self_harm" else "reaction")
        if kind == "injection":
            return replies.refused(pack)
        kind, restyled = self._restyled(kind, text, glossed, asked, turns, whole, users, study, style, depth)
        if restyled is not None:
            return restyled
        if kind in ("greeting", "thanks"):
            return replies.greeting(pack, thanks=kind == "thanks")
        request = Request(study, style, self._seen(turns, study), used_terms(asked, study), asked_terms(asked, study))
        # What was cited last time is re-derived only for a follow-up: it costs a second answer.
        answered = self._answered(users[-1], request) if users and needs_history(asked, self.scorer.lexicon) else ""
        turn = standalone(asked, turns, self.scorer.lexicon, study.groups, answered)
        turn = Standalone(named_condition(turn.text, study.groups), turn.context)  # ("I have X: how did people like me do?")
        converted = convert(asked, sorted((s for s in study.sentences if s.text in answered), key=lambda s: answered.find(s.text))) if answered else None
        if converted is not None and kind not in ("personal_advice", "off_topic"):
            # "How many months is that?" after "up to two years": the same duration in the unit asked.
            return self.composer.compose([converted.sentence], request, prefix=converted.said)
        if kind == "personal_advice":
            return self._advice(turn.text, turn.context, request)
        if kind == "off_topic" and (route.by == "task" or (
                not self.composer.near.names_study(glossed) and not _names_only_it(asked)
                and not (turn.context and (points_back(asked) or _THE_OTHERS.search(asked))))):
            # (A follow-up pointing back at what was asked, or at the others of it, is about that.)
            return self._unread(text, glossed, route, turns, users, study.id, depth) or replies.off_topic(pack)
        reply = self.planner.answer(turn.text, turn.context, asked, request, kinds=route.scores)
        if reply.kind == "off_topic":
            reply = self._unread(text, glossed, route, turns, users, study.id, depth) or reply
        if reply.kind == "not_in_study" and "support" in reply.meta and not turn.context:
            reply = self._by_asking_part(reply, turn.text, request, route.scores)
        elif reply.kind == "not_in_study" and not turn.context:
            reply = self._question_instead(reply, turn.text, request, route.scores)
        # (Asked again of the other groups, a sentence naming them all answers again: "and the others?"
        # after "how many had X?")
        again = _THE_OTHERS.search(asked) and _names_groups_asked(reply, turn.text, asked, study)
        if answered and turn.context and _THE_OTHERS.search(asked) and _repeats(reply, answered) and not again:
            reply = self._the_others(reply, turn, replace(request, given=answered))
        if answered and turn.context and _repeats(reply, answered) and not again:
            reply = self._something_new(reply, asked, turn, answered, request, route.scores)
        if self.llm is not None and not reply.abstained:
            from assistant.answering.llm.verification import llm_answer

            reply = llm_answer(self.llm, turn.text, self.retriever.invoke(turn.text), reply, self.composer)
        reply = self._correct_planted(whole, reply, request, asked)
        if (answered and turn.context and _ASKS_WHY.match(asked) and not _IDENTIFIES.match(users[-1])
                and own_words(asked, users[-1]) <= set(content_tokens(answered)) and _first_repeats(reply, answered)
                and "planted" not in reply.meta):
            # "Why (is that)?" of what the last answer explained, with nothing more to go on.
            reply = self._no_reason(reply, request, asked)
        return _with(reply, standalone_question=reply.standalone_question or turn.text, meta={"route": kind})


    def _vector(self, text: str):
        import numpy as np

        return np.asarray(self.embedder.embed_query(focus(self.scorer.lexicon.normalise(text))), dtype=np.float32)

    def _lazy_vector(self, text: str):
        """A function giving text's vector, embedded at the first call: a message a guard decides is never embedded."""
        return functools.cache(functools.partial(self._vector, text))

    def _study(self, vector, study_id: str | None):
        """The study asked for; else the only one; else the one whose question bank (vector: or its function) is nearest."""
        studies = self.knowledge.studies
        if study_id in studies or len(studies) == 1:
            return self.knowledge.study(study_id)
        vector = vector() if callable(vector) else vector
        def nearest(sid):
            matches = self.bank.matches(vector, sid)
            if matches:
                return matches[0].similarity
            positions = studies[sid].positions
            return float((self.index.sentence_vectors[positions] @ vector).max()) if len(positions) else -1.0
        return studies[max(studies, key=nearest)]

    def _seen(self, turns: list[dict], study) -> frozenset[str]:
        """Terms already explained in the conversation's notes (so none is explained twice)."""
        notes = " ".join(t["content"].split("\n\n", 1)[1] for t in turns if t["role"] == "assistant" and "\n\n" in t["content"])
        if not notes:
            return frozenset()
        names = [n.term for n, _ in study.terms] + [b.term for b in study.pack.background]
        names += [d.term for d in self.scorer.lexicon.definitions.values()]
        return frozenset(n.lower() for n in names if re.search(rf"(?<![\w-]){re.escape(n)}\s*[:=]", notes))

    def _advice(self, query: str, context: str, request: Request) -> Reply:
        ranked, _ = self.composer.evidence(query, context, request)
        text = replies.advice(request.study.pack)
        if ranked and self.composer.support(ranked[0]) >= self.settings.min_support:
            best = ranked[0]
            reply = self.composer.compose([best.sentence], request, kind="medical_advice", abstained=True,
                                          prefix=f"{text} What the study reported:")
        else:
            reply = Reply(answer=text, kind="medical_advice", abstained=True, study=request.study.id)
        return _with(reply, standalone_question=query)

    def stream(
        self, question: str, history: list[dict] | None = None, style: str = "plain", study: str | None = None
    ) -> Iterator[str | Reply]:
        """Yield the answer in small text pieces, then the final Reply."""
        reply = self.ask(question, history, style=style, study=study)
        for piece in re.findall(r"\S+\s*", reply.answer):
            yield piece
        yield reply

    def as_runnable(self) -> Runnable:
        """The assistant as a LangChain Runnable: {"question", "history"} -> reply dict."""

        def run(inputs) -> dict:
            if isinstance(inputs, str):
                inputs = {"question": inputs}
            return self.ask(inputs["question"], inputs.get("history")).to_dict()

        return RunnableLambda(run, name="cartqa")


def _packaged_model():
    try:
        return packaged_model_path()
    except EmbeddingError:
        return None


__all__ = ["Assistant", "NOT_IN_STUDY"]


def _names_groups_asked(reply: Reply, question: str, asked: str, study) -> bool:
    """The reply's first sentence names every group the standalone question names that the message
    as typed did not (the groups a follow-up's "the others" stood for)."""
    first = next((c.quote for c in reply.citations if c.role == "answer"), "")
    wanted = [g for g in study.groups if names_any(question, g.all_names) and not names_any(asked, g.all_names)]
    return bool(wanted) and all(names_any(first, g.all_names) for g in wanted)
