"""One standalone question on its way through the Planner's steps (planner.py and its mixins)."""
from __future__ import annotations

from dataclasses import dataclass

from assistant.answering.composer import Request


@dataclass(frozen=True)
class Question:
    """A question as asked, the study's sentences and bank entries nearest it, and what it names."""

    query: str
    context: str  # the earlier turn it leans on
    original: str  # the message as typed
    request: Request
    kinds: dict | None  # the router's score for each kind of message
    split: bool
    ranked: list  # the study's sentences as evidence, best first
    vector: object  # the question's vector
    entries: list  # the bank's entries, nearest first (of the labelled parts named, when it names any)
    best: float  # the nearest bank entry's similarity, labelled or not
    labels: set  # the labelled parts of the text the question names ("panel_c")
    single: bool  # the question has one part
    scale_terms: list  # the study's named things in the question that name none of its groups
    beyond: tuple | None = None  # a time after the study's longest span it asks of (premises.beyond), for a one-part question

    @property
    def study(self):
        return self.request.study
