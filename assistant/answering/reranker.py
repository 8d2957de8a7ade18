"""A learned re-ranking of a question's sentences: which one answers it.

Retrieval gives each sentence several signals (the fused score, its dense similarity, its lexical
match, the question bank's boost and nearest phrasing, the share of the question's words it covers).
Hand-set weights add them up; this model, fitted on the tuning question sets' evidence (never on a
locked set: `evals/fit_reranker.py` writes it), weighs them and their pairwise products, and orders
the sentences by it. The features describe scores, not words: it knows nothing of any study.
"""
from __future__ import annotations

import json
from functools import lru_cache
from itertools import combinations_with_replacement
from pathlib import Path

import numpy as np

MODEL = Path(__file__).resolve().parent.parent / "knowledge" / "reranker.json"
UNSUPPORTED = 1e6  # taken off the score of a sentence below the support floor
FEATURES = (
    "fused", "retrieval", "dense", "lexical", "boosts", "bank", "coverage",
    "fused_gap", "bank_gap", "dense_gap", "is_first", "inverse_rank",
)


def features(fused: np.ndarray, retrieval: np.ndarray, dense: np.ndarray, lexical: np.ndarray, bank: np.ndarray,
             coverage: np.ndarray) -> np.ndarray:
    """One row per sentence of a study (aligned arrays): its signals, and how far each is from the
    best of the study's sentences. lexical: already scaled by the best lexical score of the index."""
    order = np.argsort(-fused, kind="stable")
    rank = np.empty(len(fused), dtype=np.float64)
    rank[order] = np.arange(len(fused))
    return np.column_stack([
        fused, retrieval, dense, lexical, fused - retrieval, bank, coverage,
        fused - fused.max(), bank - bank.max(), dense - dense.max(), (rank == 0).astype(np.float64), 1.0 / (1.0 + rank),
    ]).astype(np.float64)


def signals(fused: np.ndarray, scores, nearest: np.ndarray, coverage: np.ndarray, positions: np.ndarray) -> np.ndarray:
    """The feature rows of a study's sentences (positions in the index) for one question: fused,
    its scores before the boosts (scores: the retriever's SentenceScores), the bank's nearest
    phrasing, the coverage of the question's words (aligned with positions)."""
    top = float(scores.lexical.max()) if len(scores.lexical) else 0.0
    lexical = scores.lexical / top if top > 0 else scores.lexical
    return features(fused[positions], scores.fused[positions], scores.dense[positions], lexical[positions],
                    nearest[positions], coverage)


def expand(x: np.ndarray) -> np.ndarray:
    """The features, a constant, and every product of two of them (squares included)."""
    first, second = _pairs(x.shape[1])
    return np.column_stack([np.ones(len(x)), x, x[:, first] * x[:, second]])


@lru_cache(maxsize=4)
def _pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    """The columns multiplied, in the order of combinations_with_replacement(range(n), 2)."""
    pairs = np.array(list(combinations_with_replacement(range(n), 2)), dtype=np.intp).reshape(-1, 2)
    return pairs[:, 0], pairs[:, 1]


class Reranker:
    """A fitted linear model over the expanded, standardised features."""

    def __init__(self, mean, scale, weights, bias: float):
        self.mean, self.scale = np.asarray(mean, dtype=np.float64), np.asarray(scale, dtype=np.float64)
        self.weights, self.bias = np.asarray(weights, dtype=np.float64), float(bias)
        width = len(FEATURES)
        if self.mean.shape != (width,) or self.scale.shape != (width,) or self.weights.shape != (1 + width + width * (width + 1) // 2,):
            raise ValueError("re-ranker model does not match the features")

    def scores(self, x: np.ndarray) -> np.ndarray:
        return expand((x - self.mean) / self.scale) @ self.weights + self.bias

    def order(self, rows: np.ndarray, positions: np.ndarray, size: int, weak: np.ndarray) -> np.ndarray:
        """Scores over the whole index (size) to sort by: the model's for the study's sentences
        (positions), below all of them for a weak one (one that does not support the question
        enough to answer), -inf elsewhere."""
        out = np.full(size, -np.inf)
        out[positions] = self.scores(rows)
        out[positions[weak]] -= UNSUPPORTED
        return out

    def to_dict(self) -> dict:
        return {"features": list(FEATURES), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "weights": self.weights.tolist(), "bias": self.bias}

    @classmethod
    def load(cls, path: Path = MODEL) -> "Reranker | None":
        """The model, or None when there is none (sentences then keep the fused order)."""
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("features") != list(FEATURES):
            raise ValueError(f"{path}: fitted on other features; run evals/fit_reranker.py again")
        return cls(data["mean"], data["scale"], data["weights"], data["bias"])
