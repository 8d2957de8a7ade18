"""Hybrid retrieval: BM25 over expanded query terms and dense MiniLM similarity, fused.

Sentences are scored with their section as context (a legend sentence about "arrowheads" belongs
to the panel it describes); chunks are ranked by reciprocal-rank fusion of chunk-level BM25,
chunk-level dense similarity and their best sentence.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.index.store import Index
from assistant.retrieval.focus import focus
from assistant.retrieval.lexicon import PEOPLE_COUNT, STOPWORDS, Lexicon, tokens
from assistant.records import Hit

CONTEXT_WEIGHT = 0.35
# Words naming a part of the document; with a label ("panel_c") they add nothing of their own.
STRUCTURE = frozenset({"panel", "figur", "fig", "tabl", "graph", "chart", "column"})
LEXICAL_WEIGHT = 0.5
LEXICAL_REF = 0.7
# A word the study uses only inside the long name of a defined term ("society" in "Rating Scale of
# the Example Society") says little alone: it counts fully only with another word of the name.
NAME_WORD_WEIGHT = 0.3
CHUNK_DENSE_WEIGHT = 0.0
INTENT_BOOST = 0.12
LABEL_BOOST = 0.5
FOLLOW_UP_WEIGHT = 0.3
CONTEXT_VECTOR_WEIGHT = 1.0
UNKNOWN_WORD_WEIGHT = 1.0
COUNT_BOOST = 0.25
PEOPLE_COUNT_BOOST = 0.5
DEFINITION_BOOST = 0.35
_NUMERIC_INTENT = re.compile(
    r"\b(how (many|much|long|far|often|big|old)|number of|range|ranges|scale|scored?|score go|when|months?|"
    r"years?|time ?points?|what (time|age|percent)|units?|measured in|values?|limits?)\b",
    re.I,
)
# "What does X stand for / mean", "define X", "X = ?": every term asked about is being defined.
_DEFINITION_INTENT = re.compile(
    r"\b(stand for|stands for|mean|means|meaning|definition|define|abbreviation|acronym|short for|full name|"
    r"refer to|refers to)\b|=\s*\?",
    re.I,
)
# "What is X?", "what's an X": only the word right after the question names the term (not when a
# letter or "cell(s)" makes it part of a longer name: "what is XY Z?", "what are XY cells?").
_WHAT_IS = re.compile(r"\b(?:what(?:'s|s| is| are| was| does)|explain|describe)\s+(?:the |an? |that |this )?([\w/-]+)\b(?![ -](?:(?-i:[A-Z])|(?!a\b|i\b)[a-z]|cells?)\b)", re.I)
_YEAR_INTENT = re.compile(r"\bwhat year\b|\bwhen\b.*\b(publish\w*|come out|came out|released|written|wrote)\b", re.I)
_YEAR = re.compile(r"\b(19|20)\d\d\b(?!\s*\()")
_FREQUENCY_INTENT = re.compile(r"\b(how many times|how often|how frequently|one time|once|every (day|week|month)|daily|weekly|monthly)\b", re.I)
_FREQUENCY = re.compile(r"\b(single|once|twice|daily|weekly|monthly|every)\b", re.I)
# A quantity, not a digit inside a name such as C4, ABC-8 or XYZ-2K.
_QUANTITY = re.compile(
    r"\b(\d+|one|two|three|four|five|six|eight|twelve)\s+(to \d+|months?|years?|weeks?|days?|patients?|mm|"
    r"milligrams|grams)\b|\b(from|of|at) \d+\b|\b\d+, \d+",
    re.I,
)
_TIME_INTENT = re.compile(r"\b(how long|how far|duration|follow(ed)?[- ]?up|time ?frame|observ\w*|when)\b", re.I)
_AGE = re.compile(r"\baged \d+( to \d+)? (years|months)\b|\b\d+ (years|months) old\b", re.I)
_TIME = re.compile(r"\b(\d+|one|two|three|six|twelve) (months?|years?|weeks?)\b", re.I)
_PEOPLE_COUNT_INTENT = re.compile(
    r"\b(how many|number of|no\.? of|# of|count of|nr\.? of|num\.? of)\b(?!.*\b(months?|years?|points?|infusions?|doses?|times)\b)", re.I
)
_TOTAL_INTENT = re.compile(r"\b(total|in all|all together|altogether|overall|all told|combined|whole study|sum)\b", re.I)
_COUNT_INTENT = re.compile(r"\b(how many|number of|count|total)\b", re.I)
_COUNT = re.compile(r"\b\d+ (?!to\b|mm\b)[a-z]+")


class BM25:
    """Okapi BM25 over pre-tokenised documents, with weighted query terms."""

    def __init__(self, docs: list[list[str]], k1: float = 1.2, b: float = 0.6):
        self.k1, self.b = k1, b
        self.tf = [Counter(d) for d in docs]
        self.len = np.array([len(d) for d in docs], dtype=np.float32)
        self.avg = float(self.len.mean()) if docs else 1.0
        df = Counter(t for d in docs for t in set(d))
        n = len(docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def ceiling(self, weights: dict[str, float]) -> float:
        """The score of an average-length document holding each weighted term once."""
        return sum(w * self.idf[t] for t, w in weights.items() if t in self.idf)

    def scores(self, weights: dict[str, float]) -> np.ndarray:
        out = np.zeros(len(self.tf), dtype=np.float32)
        norm = self.k1 * (1 - self.b + self.b * self.len / self.avg)
        for term, w in weights.items():
            idf = self.idf.get(term)
            if idf is None:
                continue
            tf = np.array([d.get(term, 0) for d in self.tf], dtype=np.float32)
            out += w * idf * tf * (self.k1 + 1) / (tf + norm)
        return out



@dataclass(frozen=True)
class Query:
    text: str
    normalised: str
    weights: dict[str, float]
    vector: np.ndarray
    groups: dict[str, set[str]]


@dataclass(frozen=True)
class SentenceScores:
    """Per-sentence signals for one query, aligned with index.sentences."""

    query: Query
    dense: np.ndarray
    lexical: np.ndarray
    fused: np.ndarray


def _rrf(*rankings: np.ndarray, k: int) -> np.ndarray:
    """Reciprocal-rank fusion of score arrays (higher is better)."""
    fused = np.zeros(len(rankings[0]), dtype=np.float64)
    for scores in rankings:
        order = np.argsort(-scores, kind="stable")
        ranks = np.empty(len(scores), dtype=np.float64)
        ranks[order] = np.arange(1, len(scores) + 1)
        fused += 1.0 / (k + ranks)
    return fused


class Scorer:
    """Scores the sentences and chunks of an index against a question."""

    def __init__(self, index: Index, embedder, rrf_k: int = 20, synonyms: dict[str, tuple[str, ...]] | None = None,
                 english: frozenset[str] = frozenset()):
        self.index, self.embedder, self.rrf_k = index, embedder, rrf_k
        self.lexicon = Lexicon([(s.sentence_id, s.text) for s in index.sentences], synonyms, english)
        chunk_pos = {c.chunk_id: i for i, c in enumerate(index.chunks)}
        self.sentence_chunk = np.array([chunk_pos[s.chunk_id] for s in index.sentences])
        lead = {}
        for c in index.chunks:
            lead.setdefault(c.doc_id, c.sentences[0].text)
        self.sentence_bm25 = BM25([tokens(s.text) for s in index.sentences])
        context = [tokens(f"{index.chunks[i].section} {lead[index.chunks[i].doc_id]}") for i in self.sentence_chunk]
        self.context_bm25 = BM25(context)
        self.context_tokens = [set(c) for c in context]
        self.chunk_bm25 = BM25([tokens(f"{c.section} {c.text}") for c in index.chunks])
        self.has_number = np.array([bool(_QUANTITY.search(s.text)) for s in index.sentences], dtype=np.float32)
        self.has_count = np.array([bool(_COUNT.search(s.text)) for s in index.sentences], dtype=np.float32)
        self.has_year = np.array([bool(_YEAR.search(s.text)) for s in index.sentences], dtype=np.float32)
        self.has_frequency = np.array([bool(_FREQUENCY.search(s.text)) for s in index.sentences], dtype=np.float32)
        # An age ("aged 6 to 11 years", "40 years old") is not a length of time.
        self.has_time = np.array([bool(_TIME.search(_AGE.sub("", s.text))) for s in index.sentences], dtype=np.float32)
        self.has_people = np.array([bool(PEOPLE_COUNT.search(s.text)) for s in index.sentences], dtype=np.float32)
        # The sentence giving its document's largest count of people: the total, for "how many in all?".
        counts = [max((int(n.replace(",", "")) for n in PEOPLE_COUNT.findall(s.text)), default=0) for s in index.sentences]
        doc = [index.chunks[i].study for i in self.sentence_chunk]
        most = {}
        for d, c in zip(doc, counts):
            most[d] = max(most.get(d, 0), c)
        self.has_total = np.array([c > 0 and c == most[d] for d, c in zip(doc, counts)], dtype=np.float32)
        self.sentence_tokens = [set(tokens(s.text)) for s in index.sentences]
        self.name_words = self._name_words()
        position = {s.sentence_id: i for i, s in enumerate(index.sentences)}
        # "a marker called CD19": the word after "called" -> the sentences naming it so. Looked up
        # per asked word, so a question's cost does not grow with words x sentences.
        self.called: dict[str, list[int]] = {}
        for i, s in enumerate(index.sentences):
            for name in re.findall(r"\bcalled ([\w-]+)", s.text, re.I):
                for term in tokens(name)[:1]:
                    self.called.setdefault(term, []).append(i)
        # The first token of each defined term -> the sentence that defines it.
        self.defines = {
            tokens(term)[0]: position[d.sentence_id]
            for term, d in self.lexicon.definitions.items()
            if d.sentence_id in position and tokens(term)
        }

    def _name_words(self) -> dict[str, list[set[str]]]:
        """Words found in the study only inside defined terms' long forms -> those long forms' words."""
        longs = [d.long_form for d in self.lexicon.definitions.values()]
        outside = set()
        forms = re.compile("|".join(re.escape(f) for f in sorted(longs, key=len, reverse=True)), re.I) if longs else None
        for s in self.index.sentences:
            outside |= set(tokens(forms.sub(" ", s.text) if forms else s.text))
        names: dict[str, list[set[str]]] = {}
        for form in longs:
            words = set(tokens(form)) - STOPWORDS
            for word in words - outside:
                names.setdefault(word, []).append(words)
        return names

    @staticmethod
    def _has_label(query: "Query") -> bool:
        return any("_" in t for t in query.weights)

    def is_overview(self, query: "Query") -> bool:
        """Asks what a labelled part holds ("what's in panel C?") and little else."""
        if not self._has_label(query):
            return False
        return len([t for t in query.groups if "_" not in t and t not in STRUCTURE]) <= 1

    def _intent(self, query: "Query") -> np.ndarray:
        """Boosts for what kind of answer the question wants: a number, or a term's definition."""
        boost = np.zeros(len(self.index.sentences), dtype=np.float32)
        if _NUMERIC_INTENT.search(query.normalised):
            boost += INTENT_BOOST * self.has_number
        labels = {t for t in query.weights if "_" in t}
        if labels:
            # "the arrowheads in panel B": sentences of the section the question names. When the
            # question asks for little besides the label ("what's in panel C?"), the sentence that
            # introduces the label is the answer.
            overview = self.is_overview(query)
            for i in range(len(boost)):
                if labels & (self.context_tokens[i] | self.sentence_tokens[i]):
                    boost[i] += LABEL_BOOST
                if overview and labels & self.sentence_tokens[i]:
                    boost[i] += INTENT_BOOST
        frequency = _FREQUENCY_INTENT.search(query.normalised)
        if frequency:
            boost += COUNT_BOOST * self.has_frequency
        if _COUNT_INTENT.search(query.normalised) and not frequency:
            boost += COUNT_BOOST * self.has_count
        if _PEOPLE_COUNT_INTENT.search(query.normalised):
            # "How many ... patients": only a sentence that counts people answers it.
            boost += PEOPLE_COUNT_BOOST * self.has_people
            if _TOTAL_INTENT.search(query.normalised):
                boost += PEOPLE_COUNT_BOOST * self.has_total
        if _YEAR_INTENT.search(query.normalised):
            boost += INTENT_BOOST * self.has_year
        if _TIME_INTENT.search(query.normalised):
            boost += COUNT_BOOST * self.has_time
        asked = set()
        if _DEFINITION_INTENT.search(query.normalised):
            asked = set(tokens(query.normalised))
        else:
            asked = {t for m in _WHAT_IS.finditer(query.normalised) for t in tokens(m.group(1))[:1]}
        if asked:
            for pos in {pos for term, pos in self.defines.items() if term in asked}:
                boost[pos] += DEFINITION_BOOST
            for term in asked - STOPWORDS:
                for i in self.called.get(term, ()):
                    boost[i] += DEFINITION_BOOST
        return boost

    def query(self, text: str, context: str = "", vector: np.ndarray | None = None) -> Query:
        """Analyse a question. `context` (the previous turn, for a follow-up) adds its words at a
        low weight and its vector to the question's. `vector`: the question's, when the caller has
        it (one question asked once per group needs no new embedding per group)."""
        normalised = self.lexicon.normalise(text)
        weights = self.lexicon.expand(normalised)
        if context:
            context = self.lexicon.normalise(context)
            for term, weight in self.lexicon.expand(context).items():
                weights.setdefault(term, FOLLOW_UP_WEIGHT * weight)
        if vector is not None:
            return Query(text, normalised, weights, vector, self.lexicon.groups(normalised))
        vector = np.asarray(self.embedder.embed_query(focus(normalised, short=True)), dtype=np.float32)
        if context:
            # The question and the earlier turn, each embedded alone and added: the earlier turn's
            # vector is already cached from answering it (tuned: 0.5 lost 5 conversation items).
            vector = vector + CONTEXT_VECTOR_WEIGHT * np.asarray(self.embedder.embed_query(focus(context, short=True)), dtype=np.float32)
            vector = vector / max(float(np.linalg.norm(vector)), 1e-9)
        return Query(text, normalised, weights, vector, self.lexicon.groups(normalised))

    def coverage(self, query: Query, position: int) -> float:
        """Share of the question's words (idf-weighted) that the sentence, or its section, answers
        with the word itself or one of its synonyms."""
        return self.coverages(query, [position])[int(position)]

    def coverages(self, query: Query, positions) -> dict[int, float]:
        """coverage() of each of positions (what depends on the question alone worked out once)."""
        year = _YEAR_INTENT.search(query.normalised) is not None
        words, total = [], 0.0
        own = set(query.groups)
        for word, forms in query.groups.items():
            # A word neither the study nor the synonym list knows is most often filler
            # ("altogether"); topics the study lacks are caught by answer.uncovered_topic.
            idf = self.sentence_bm25.idf.get(word, UNKNOWN_WORD_WEIGHT if word not in self.lexicon.known else 3.0)
            total += idf
            # A word the study has only inside a name ("trial" in "... Trials and Research Group")
            # covers little unless the question names more of it (as in sentences()).
            named = word in self.name_words and not any(len(own & name) >= 2 for name in self.name_words[word])
            words.append((forms, idf * (NAME_WORD_WEIGHT if named else 1.0)))
        out = {}
        for position in positions:
            have = self.sentence_tokens[position] | self.context_tokens[position]
            if year and self.has_year[position]:
                have = have | {"year"}  # "what year ...?" is answered by the year itself
            hit = 0.0
            for forms, gain in words:
                if forms & have:
                    hit += gain
            out[int(position)] = hit / total if total else 0.0
        return out

    def sentences(self, query: Query) -> SentenceScores:
        dense = self.index.sentence_vectors @ query.vector
        chunk_dense = (self.index.chunk_vectors @ query.vector)[self.sentence_chunk]
        # Labels ("panel_b") are matched by section in _intent, not word by word: the sentence
        # that happens to spell the label out is no more about it than the rest of its panel.
        labelled = self._has_label(query)
        words = {t: w for t, w in query.weights.items() if "_" not in t and not (labelled and t in STRUCTURE)}
        if _YEAR_INTENT.search(query.normalised):
            # "What year ...?" asks for a calendar year: "two years" of follow-up is not an answer.
            words.pop("year", None)
        # The ceiling is taken before name words are discounted: a question that matches only a
        # discounted word should not look like a full match.
        ceiling = self.sentence_bm25.ceiling(words)
        own = set(query.groups)
        for word in own & self.name_words.keys() & words.keys():
            if not any(len(own & name) >= 2 for name in self.name_words[word]):
                words[word] = words[word] * NAME_WORD_WEIGHT
        lexical = self.sentence_bm25.scores(words) + CONTEXT_WEIGHT * self.context_bm25.scores(words)
        top = float(lexical.max()) if len(lexical) else 0.0
        # A sentence matching one rare word of a long question is not a full lexical match: the
        # scale is at least LEXICAL_REF of what a sentence holding every asked word once would score.
        top = max(top, LEXICAL_REF * ceiling)
        lexical_norm = lexical / top if top > 0 else lexical
        fused = dense + CHUNK_DENSE_WEIGHT * chunk_dense + LEXICAL_WEIGHT * lexical_norm + self._intent(query)
        return SentenceScores(query, dense, lexical, fused)

    def chunks(self, query: Query, scores: SentenceScores | None = None) -> list[Hit]:
        """Every chunk, best first."""
        scores = scores or self.sentences(query)
        best_sentence = np.full(len(self.index.chunks), -1.0)
        np.maximum.at(best_sentence, self.sentence_chunk, scores.fused)
        dense = self.index.chunk_vectors @ query.vector
        lexical = self.chunk_bm25.scores(query.weights)
        fused = _rrf(best_sentence, best_sentence, best_sentence, dense, lexical, k=self.rrf_k)
        order = np.argsort(-fused, kind="stable")
        return [Hit(self.index.chunks[i], float(fused[i])) for i in order]

    def search(self, text: str, k: int = 4) -> list[Hit]:
        return self.chunks(self.query(text))[:k]


def to_document(hit: Hit) -> LCDocument:
    meta = hit.chunk.metadata()
    meta["score"] = hit.score
    return LCDocument(page_content=hit.chunk.text, metadata=meta, id=hit.chunk.chunk_id)


class HybridRetriever(BaseRetriever):
    """LangChain retriever over the hybrid scorer: question in, cited chunks out."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    scorer: Scorer
    k: int = 4

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        return [to_document(hit) for hit in self.scorer.search(query, self.k)]
