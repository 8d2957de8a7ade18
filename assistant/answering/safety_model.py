"""A small safety classifier: emergency, advice (a decision about one's own care), injection or
other. Trained when the router is built, from labelled messages embedded in the index (the routing
examples and the safety training messages, the engine's and the study pack's); it backs up the
guards and the nearest examples on wordings neither has seen.

It reads a message two ways at once: its vector (what it is about, in any words) and its words and
word pairs (tf-idf; "right now", "took all", "from now on" carry intent that a topic vector blurs).
A logistic regression over both, classes weighted to balance. Trained models are kept per process
by a hash of their data, so building a second Assistant over the same index does not train again.
"""
from __future__ import annotations

import hashlib
import threading
import warnings
from collections import OrderedDict

import numpy as np

from assistant.ingest.packs import SAFETY_LABELS as LABELS  # "other" first
# A routing example's kind -> the classifier's label (every other kind is "other").
FROM_KIND = {"emergency_reaction": "emergency", "emergency_self_harm": "emergency", "personal_advice": "advice",
             "injection": "injection"}
C = 10.0  # inverse regularisation strength (chosen on the tuning sets' safety items; 3-30 score alike)
MIN_DF = 2  # a word or word pair must occur in two training messages to count
KEEP = 4  # trained models kept per process (a reloaded index trains a new one; old ones are dropped)
_TRAINED: OrderedDict[str, tuple] = OrderedDict()
_LOCK = threading.Lock()  # requests arriving together wait for one training, not each train their own


class SafetyModel:
    """Logistic regression over [message vector | tf-idf of its words and word pairs]."""

    def __init__(self, vectors: np.ndarray, labels: list[str], texts: list[str] | None = None):
        self.words = None
        self.model = None
        y = [LABELS.index(label) for label in labels]
        if len(y) == 0 or len(set(y)) < 2:
            return  # nothing to learn: every message scores each label evenly
        texts = list(texts) if texts is not None and len(texts) == len(y) else None
        key = hashlib.sha256(repr((labels, texts)).encode() + np.ascontiguousarray(vectors, np.float32).tobytes()).hexdigest()
        with _LOCK:
            if key not in _TRAINED:
                _TRAINED[key] = _train(np.asarray(vectors, np.float64), np.array(y), texts)
                while len(_TRAINED) > KEEP:
                    _TRAINED.popitem(last=False)
            _TRAINED.move_to_end(key)
            self.words, self.model = _TRAINED[key]

    def probabilities(self, vector: np.ndarray, text: str = "") -> np.ndarray:
        """Each label's probability, in LABELS order. (The fitted weights are applied directly: one
        message's tf-idf and a dot product, without scikit-learn's per-call checks, which cost more
        than the arithmetic; `reference_probabilities` is the library's own answer.)"""
        if self.model is None:
            return np.full(len(LABELS), 1.0 / len(LABELS))
        weights, bias, analyse, vocabulary, idf = self._fast()
        vector = np.asarray(vector, np.float64)
        dim = len(vector)
        scores = weights[:, :dim] @ vector + bias
        if analyse is not None:
            counts: dict[int, int] = {}
            for term in analyse(text):
                column = vocabulary.get(term)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            if counts:
                columns = np.fromiter(counts, dtype=np.int64, count=len(counts))
                values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * idf[columns]
                values /= np.linalg.norm(values)
                scores = scores + weights[:, dim + columns] @ values
        if len(scores) == 1:  # two classes: one score, for the second
            second = 1.0 / (1.0 + np.exp(-scores[0]))
            chances = np.array([1.0 - second, second])
        else:
            chances = np.exp(scores - scores.max())
            chances /= chances.sum()
        probs = np.zeros(len(LABELS))
        probs[self.model.classes_] = chances
        return probs

    def reference_probabilities(self, vector: np.ndarray, text: str = "") -> np.ndarray:
        """The same probabilities, computed by scikit-learn."""
        features = _features(np.asarray(vector, np.float64)[None, :], [text], self.words)
        probs = np.zeros(len(LABELS))
        probs[self.model.classes_] = self.model.predict_proba(features)[0]
        return probs

    def _fast(self):
        fast = getattr(self, "_fast_parts", None)
        if fast is None:
            words = self.words
            fast = self._fast_parts = (
                np.asarray(self.model.coef_, np.float64), np.asarray(self.model.intercept_, np.float64),
                words.build_analyzer() if words is not None else None,
                words.vocabulary_ if words is not None else None,
                np.asarray(words.idf_, np.float64) if words is not None else None)
        return fast

    def predict(self, vector: np.ndarray, text: str = "") -> tuple[str, float]:
        """The most likely label and its probability."""
        probs = self.probabilities(vector, text)
        best = int(probs.argmax())
        return LABELS[best], float(probs[best])


def _train(vectors: np.ndarray, y: np.ndarray, texts: list[str] | None):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    words = None
    if texts is not None:
        words = TfidfVectorizer(ngram_range=(1, 2), min_df=MIN_DF, sublinear_tf=True)
        try:
            words.fit(texts)
        except ValueError:  # no word occurs twice: vectors alone
            words = None
    model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a tiny training set may not converge fully; it still predicts
        model.fit(_features(vectors, texts or [], words), y)
    return words, model


def _features(vectors: np.ndarray, texts: list[str], words):
    if words is None:
        return vectors
    from scipy.sparse import csr_matrix, hstack

    return hstack([csr_matrix(vectors), words.transform(texts)]).tocsr()
