"""The Assistant: settings -> index -> retriever -> composer, behind ask() and stream()."""
from __future__ import annotations

import logging
import re
import time
import unicodedata
from collections.abc import Iterator

from langchain_core.embeddings import Embeddings
from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answering import routing as safety
from assistant.answering.composer import NOT_IN_STUDY, Composer, uncovered_topic
from assistant.answering.followups import history_turns, standalone
from assistant.index.store import Index, open_index
from assistant.index.onnx import make_embedder
from assistant.retrieval.lexicon import content_tokens, tokens
from assistant.answering.premises import PremiseChecker
from assistant.retrieval.hybrid import HybridRetriever, Scorer
from assistant.settings import Settings
from assistant.records import Reply

log = logging.getLogger("cartqa")
_INDIVIDUAL_VALUE = re.compile(
    r"\bby how (much|many)\b|\bhow many points\b|\bwhat (percent|percentage|proportion)\b|\bon average\b|"
    r"\b(patient\s*#?\s*\d+|the (first|second|third|fourth|last|other) one|each patient|individual|his|her)\b"
    r".{0,60}\b(level|score|value|count|result|reading|number)s?\b|"
    r"\b(level|score|value|count|result|reading)s?\b.{0,40}\b(patient\s*#?\s*\d+|the (first|second|third|last) one|"
    r"each patient|individual)\b",
    re.I,
)


_POINTING = re.compile(r"\b(it|this|they|them|these|those|their|its)\b", re.I)
# Words that tie a question to a study, whatever the study: they keep a question on topic.
_ABOUT_A_STUDY = frozenset(
    tokens(
        "paper article study research researchers trial journal published publication author authors wrote written "
        "summary results findings outcome outcomes patient patients people participants treatment treated therapy "
        "drug medicine disease diseases doctor doctors effect effects cure cured figure graph chart table panel score "
        "scores scale data evidence cells infusion immune autoimmune remission symptoms"
    )
)


def _clean_question(question) -> str:
    if not isinstance(question, str):
        raise TypeError("question must be a string")
    # Control characters never help a question and can break terminals and logs; format characters
    # (zero-width spaces and joiners, bidi marks) carry no words, so a question of only them is empty.
    question = "".join(ch for ch in question if unicodedata.category(ch) != "Cf")
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", question).strip()


class Assistant:
    """Answers questions about the study, citing its sentences."""

    def __init__(self, settings: Settings, index: Index, embedder: Embeddings, llm=None):
        self.settings = settings
        self.index = index
        self.embedder = embedder
        self.scorer = Scorer(index, embedder, rrf_k=settings.rrf_k)
        self.composer = Composer(scorer=self.scorer, min_support=settings.min_support, max_sentences=settings.answer_max_sentences)
        self.llm = llm
        self.premises = PremiseChecker(index.sentences, self.scorer.lexicon.vocabulary)
        self._study_terms = {tokens(d.term)[0] for d in self.scorer.lexicon.definitions.values() if tokens(d.term)} | set(
            tokens("lupus myositis scleroderma")
        )

    @classmethod
    def load(cls, settings: Settings | None = None, progress=lambda _: None, llm=None) -> "Assistant":
        """Open (building if missing or stale) the index and get ready to answer."""
        settings = settings or Settings()
        embedder = make_embedder(settings, progress)
        index = open_index(settings, embedder, progress=progress)
        if llm is None and settings.llm_backend != "none":
            from assistant.answering.llm.backends import make_llm

            llm = make_llm(settings)
        bot = cls(settings, index, embedder, llm)
        bot.embedder.embed_query("warm up")  # load the model now, not on the first patient's question
        return bot

    @property
    def retriever(self) -> HybridRetriever:
        return HybridRetriever(scorer=self.scorer, k=self.settings.retrieval_k)

    def ask(self, question: str, history: list[dict] | None = None, style: str = "plain", study: str | None = None) -> Reply:
        """Answer one question, given the conversation so far. Never raises for bad text."""
        started = time.perf_counter()
        reply = self._ask(question, history)
        reply.meta["ms"] = round((time.perf_counter() - started) * 1000, 2)
        if self.settings.log_questions:
            log.info("question=%r kind=%s", question, reply.kind)
        else:
            log.info("kind=%s ms=%s", reply.kind, reply.meta["ms"])
        return reply

    def _ask(self, question, history) -> Reply:
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
        screen = safety.screen(text)
        if screen.kind == "emergency":
            return Reply(answer=safety.EMERGENCY_REPLY, kind="emergency", abstained=True)
        if screen.kind == "injection":
            return Reply(answer=safety.INJECTION_REPLY, kind="refused", abstained=True)
        turn = standalone(text, turns, self.scorer.lexicon)
        if screen.kind == "medical_advice":
            return self._advice(turn.text, turn.context)
        return self._answer(turn.text, turn.context, text)

    def _unknown_label(self, query: str) -> bool:
        """Asks about a labelled thing ("patient 3", "panel F") the study never mentions."""
        labels = [t for t in tokens(query) if "_" in t]
        return any(label not in self.scorer.lexicon.vocabulary for label in labels)

    def _answer(self, query: str, context: str = "", original: str = "") -> Reply:
        composer = self.composer
        if composer.wants_summary(query):
            return _with(composer.summary(), standalone_question=query)
        ranked, _ = composer.evidence(query, context)
        if self._off_topic(query, ranked) and not uncovered_topic(query, composer.vocabulary):
            return Reply(answer=safety.OFF_TOPIC_REPLY, kind="off_topic", abstained=True, standalone_question=query)
        premise = self.premises.find(query, [e.sentence for e in ranked])
        if premise and premise.presupposed:
            # Correct the premise, then answer the rest of the question if the study can.
            picked, support, _, _ = composer.pick(query, context)
            sentences = [premise.sentence] + [s for s in picked[:1] if s != premise.sentence and support >= composer.min_support]
            reply = composer.compose(sentences, kind="correction", prefix="That is not what the study reports.")
            return _with(reply, standalone_question=query, meta={"premise": premise.claim})
        if premise and len(composer.parts(query)) == 1:
            # Asked, not assumed ("is it a daily pill?"): the contradicting sentence is the answer.
            return _with(composer.compose([premise.sentence]), standalone_question=query, meta={"claim": premise.claim})
        if _INDIVIDUAL_VALUE.search(original) or _INDIVIDUAL_VALUE.search(query) or self._unknown_label(query):
            return _with(composer.not_in_study(ranked, {"individual": True}), standalone_question=query)
        reply = composer.answer(query, context)
        if self.llm is not None and not reply.abstained:
            from assistant.answering.llm.verification import llm_answer

            reply = llm_answer(self.llm, query, self.retriever.invoke(query), reply, composer)
        return _with(reply, standalone_question=query)

    def _advice(self, query: str, context: str = "") -> Reply:
        ranked, _ = self.composer.evidence(query, context)
        best = ranked[0]
        if self.composer.support(best) >= self.settings.min_support:
            reply = self.composer.compose([best.sentence], kind="medical_advice", abstained=True,
                                          prefix=f"{safety.ADVICE_REPLY} What the study reported:")
        else:
            reply = Reply(answer=safety.ADVICE_REPLY, kind="medical_advice", abstained=True)
        return _with(reply, standalone_question=query)

    def _off_topic(self, query: str, ranked) -> bool:
        """Nothing ties the question to the study: few of its words are the study's own words,
        words about a study (paper, results, treatment...), or pronouns pointing at it."""
        # All words, stopwords too: "summarise the study" is tied to the study by "study".
        words = [w for w in content_tokens(query) if not w.isdigit()]
        words += [w for w in tokens(query) if w in _ABOUT_A_STUDY and w not in words]
        pointers = _POINTING.findall(query)
        anchors = [w for w in words if w in self.scorer.lexicon.known or w in _ABOUT_A_STUDY] + pointers
        if set(words) & self._study_terms:
            return False  # names a term the study defines, or one of its diseases
        share = len(anchors) / max(1, len(words) + len(pointers))
        return share < 0.34 and ranked[0].dense < 0.3

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


def _with(reply: Reply, **changes) -> Reply:
    meta = {**reply.meta, **changes.pop("meta", {})}
    return Reply(**{**reply.__dict__, **changes, "meta": meta})


__all__ = ["Assistant", "NOT_IN_STUDY"]
