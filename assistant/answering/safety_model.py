"""A small softmax classifier over message vectors: emergency, advice (a decision about one's own
care), injection or other. Trained when the router is built, from labelled messages embedded in the
index (the routing examples and the engine's safety training messages); it backs up the guards and
the nearest examples on wordings neither has seen."""
from __future__ import annotations

import numpy as np

LABELS = ("other", "emergency", "advice", "injection")
# A routing example's kind -> the classifier's label (every other kind is "other").
FROM_KIND = {"emergency_reaction": "emergency", "emergency_self_harm": "emergency", "personal_advice": "advice",
             "injection": "injection"}
STEPS = 400
RATE = 4.0
L2 = 1e-3


class SafetyModel:
    """Multinomial logistic regression, full-batch gradient descent, classes weighted to balance."""

    def __init__(self, vectors: np.ndarray, labels: list[str]):
        dim = vectors.shape[1] if vectors.ndim == 2 else 0
        self.weights = np.zeros((dim + 1, len(LABELS)), dtype=np.float64)
        y = np.array([LABELS.index(label) for label in labels], dtype=np.int64)
        if len(y) == 0 or len(set(y.tolist())) < 2:
            return  # nothing to learn: every message scores "other" evenly
        x = np.hstack([vectors.astype(np.float64), np.ones((len(y), 1))])
        onehot = np.eye(len(LABELS))[y]
        counts = np.bincount(y, minlength=len(LABELS)).astype(np.float64)
        weight = (len(y) / (len(LABELS) * np.maximum(counts, 1)))[y][:, None]
        for _ in range(STEPS):
            probs = _softmax(x @ self.weights)
            grad = x.T @ ((probs - onehot) * weight) / len(y) + L2 * self.weights
            self.weights -= RATE * grad

    def predict(self, vector: np.ndarray) -> tuple[str, float]:
        """The most likely label and its probability."""
        probs = _softmax(np.append(vector.astype(np.float64), 1.0) @ self.weights)
        best = int(probs.argmax())
        return LABELS[best], float(probs[best])


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
