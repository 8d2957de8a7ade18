"""The question bank: question -> question similarity against the ways people ask for each answer.

Each study pack lists, for its sentences and its natural multi-sentence answers, many phrasings of
the questions they answer, and the topics people ask about that it does not cover. They are
embedded in the index (its "examples" collection); here a question's vector is compared with them:
an entry's similarity is that of its nearest question.
"""
from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass

import numpy as np

from assistant.index.embedders import private_store
from assistant.records import Sentence

# Bank similarity below this adds nothing to a sentence's score; above it, BANK_WEIGHT per unit.
BANK_FLOOR = 0.5
BANK_WEIGHT = 1.2
RECENT = 64  # questions' matches kept


@dataclass(frozen=True)
class Match:
    """A bank entry (or a not-covered topic) and how close the question came to it."""

    key: str
    similarity: float
    sentences: tuple[Sentence, ...]
    entry: object  # BankEntry or NotCovered


# The question word a question asks by ("how many", "how long" ... count apart from "how"); a
# question asking "how" is not near one asking "where", however near their vectors ("how was it
# done?", "where was it done?"): an example asking by a word that asks for another kind of thing (a
# place, a time, a person, a reason, a way) is not compared. ("How did they pay for it?" and "who paid
# for it?" ask one thing, as do "how come" and "why": those pairs are compared.)
_ASKED_BY = re.compile(r"(?<!, )(?<!,)\b(how (?:many|much|long|often|old|big|soon|far|come)|where|when|whom|whose|who|why|how)\b", re.I)
_OPEN = ("where", "when", "who", "why", "how")
_APART = frozenset({("how", "where"), ("how", "when"), ("where", "when"), ("where", "who"), ("when", "who"),
                    ("why", "where"), ("why", "when"), ("why", "who")})
_APART = _APART | {(b, a) for a, b in _APART}


def question_word(text: str) -> str:
    """The first question word of text ("how", "where", "how many" ...; "" if none); not one opening a
    clause after a comma ("my sister, who has X, wants to know how ...")."""
    found = _ASKED_BY.search(text)
    word = re.sub(r"\s+", " ", found.group(1).lower()) if found else ""
    return "who" if word in ("whom", "whose") else word


class Bank:
    """Bank entries and not-covered topics of every study, with their question vectors."""

    def __init__(self, examples, vectors: np.ndarray, knowledge):
        self._recent: dict = {}
        self._lock = threading.Lock()
        self.rows: dict[tuple[str, str], tuple[np.ndarray, np.ndarray, list]] = {}  # (vectors, where each entry's rows start, entries)
        self.apart: dict[tuple[str, str], dict[str, np.ndarray]] = {}  # per question word, the rows asking apart from it
        for study in knowledge.studies.values():
            for source, items in (("bank", study.bank), ("not_covered", study.not_covered)):
                entries = {item.id: (item, sentences) for item, sentences in items}
                rows = [i for i, e in enumerate(examples) if e.study == study.id and e.source == source and e.key in entries]
                keys = [examples[i].key for i in rows]
                order = list(dict.fromkeys(keys))
                which = np.array([order.index(k) for k in keys], dtype=np.int64)
                # (Rows grouped by entry, so an entry's best similarity is one reduceat over its run of
                # rows: np.maximum.at, unbuffered, cost several milliseconds a question.)
                grouped = np.argsort(which, kind="stable")
                rows, which = [rows[i] for i in grouped], which[grouped]
                matrix = vectors[rows] if rows else np.zeros((0, vectors.shape[1] if vectors.ndim == 2 else 1), np.float32)
                self.rows[(study.id, source)] = (matrix, np.flatnonzero(np.diff(which, prepend=-1)), [(k, *entries[k]) for k in order])
                words = [question_word(examples[i].text) for i in rows]
                self.apart[(study.id, source)] = {asked: np.array([(asked, w) in _APART for w in words], dtype=bool) for asked in _OPEN}

    def answering(self, study: str, kind: str) -> Match | None:
        """The study's entry that answers a kind of message as a whole ("meta_limitations"), if any."""
        for key, entry, sentences in self.rows.get((study, "bank"), (None, None, []))[2]:
            if getattr(entry, "answers", "") == kind:
                return Match(key, 1.0, tuple(sentences), entry)
        return None

    def matches(self, vector: np.ndarray, study: str, source: str = "bank", asked: str = "") -> list[Match]:
        """The study's entries (or not-covered topics), closest first; with the question word a
        question asks by, its examples asking by another are not compared. One question asks for
        the same vector's matches several times: the last few are kept."""
        asked = asked if asked in _OPEN else ""
        key = (hashlib.blake2b(np.ascontiguousarray(vector, dtype=np.float32).tobytes(), digest_size=16).digest(), study, source, asked)
        private = private_store()
        if private is not None:
            # (One person's question: kept while it is answered, not for the next person to time.)
            if ("bank", key) not in private:
                private[("bank", key)] = self._matches(vector, study, source, asked)
            return list(private[("bank", key)])
        with self._lock:
            found = self._recent.get(key)
        if found is None:
            found = self._matches(vector, study, source, asked)
            with self._lock:
                self._recent[key] = found
                while len(self._recent) > RECENT:
                    self._recent.pop(next(iter(self._recent)))
        return list(found)

    def _matches(self, vector: np.ndarray, study: str, source: str, asked: str = "") -> list[Match]:
        matrix, starts, entries = self.rows.get((study, source), (None, None, []))
        if not entries:
            return []
        similarity = matrix @ vector
        if asked:
            similarity = np.where(self.apart[(study, source)][asked], -1.0, similarity)
        best = np.maximum.reduceat(similarity, starts).astype(np.float64)
        order = np.argsort(-best, kind="stable")
        return [Match(entries[i][0], float(best[i]), tuple(entries[i][2]), entries[i][1]) for i in order]

    def sentence_boost(self, vector: np.ndarray, study, positions: dict[str, int], size: int) -> tuple[np.ndarray, np.ndarray]:
        """Per index sentence: BANK_WEIGHT x how far its best entry's similarity is above BANK_FLOOR
        (a single-sentence entry counts fully, a list entry's sentences share the boost); and the
        similarity of the nearest single-sentence entry that it answers."""
        boost = np.zeros(size, dtype=np.float32)
        nearest = np.zeros(size, dtype=np.float32)
        for match in self.matches(vector, study.id):
            gain = BANK_WEIGHT * max(0.0, match.similarity - BANK_FLOOR)
            if gain <= 0:
                break
            share = gain if len(match.sentences) == 1 else gain / len(match.sentences) ** 0.5
            for sentence in match.sentences:
                i = positions[sentence.sentence_id]
                boost[i] = max(boost[i], share)
                if len(match.sentences) == 1:
                    nearest[i] = max(nearest[i], match.similarity)
        return boost, nearest
