"""Whether a message asks for the study in brief ("summarise it for my class", "the gist in plain
English"), about nothing narrower.

A mixin of the Composer (composer.py): it uses the composer's scorer and near misses (self.scorer,
self.near).
"""
from __future__ import annotations

import re

from assistant.retrieval.lexicon import content_tokens, tokens

_SUMMARY_INTENT = re.compile(
    r"\b(summar\w*|overview|tl;?dr|in a nutshell|gist|takeaways?|(main|overall|key) (points?|findings?|messages?|results?|conclusions?|outcomes?)|key (points|findings|messages?)|bottom line|take-?home|"
    r"what (is|was) (this|the) (study|paper|article) about|what did (the|this) study find|"
    r"(simplify|break down|sum up|boil down) (the|its|their) (main )?(findings|results))\b",
    re.I,
)
_LENGTH_ASKED = re.compile(r"\b(?:(?:in|into|with|as|using|under|within|of|no more than|at most) )?(?:one|two|three|four|five|a few|a couple of|\d+) "
                           r"(?:short |simple |plain )?(?:lines?|sentences?|words?|bullets?|bullet points?|points?|paragraphs?|tweets?|minutes?)\b", re.I)
_SUMMARY_WORDS = frozenset(tokens(
    "summarise summarize summary overview tldr nutshell gist main key points findings takeaway takeaways one sentence "
    "class students handout short brief quick simple words plain please give write line lines find found paper article "
    "main takeaway point results result simplify simplified break down sum up boil bullet bullets conclusion conclusions overall "
    "outcome outcomes study essay message take home"
))
# What follows a word asking for a summary ("a summary of the video"): it must be the study itself.
_SUMMARISED = re.compile(r"\b(?:summar\w*|overview|gist|tl;?dr|nutshell|rundown|recap)\s+(?:(?:of|on|about|from|for)\s+)?(?:(?:the|this|that|a|an|its)\s+)?(?P<object>[\w'-]+)", re.I)
_OF_THE_WHOLE = frozenset("study paper article summary research results result findings it this that text piece trial case series "
                          "whole thing report what for in please word words from to so i me us my our in plain".split())
_ASKS_OTHER = re.compile(r"\b(who|whom|whose|when|where|why|which|how)\b|^\W*(is|are|was|were|does|do|did|has|have|had)\b|"
                         r"^\W*(can|could|will|would) (?!you\b|u\b)|"
                         # (something of the summary, not the summary: "its author's name", "the date of the summary")
                         r"\b(author|writer)s? (of|for|behind) (the|this|that) summary\b", re.I)


class Summaries:
    """Whether the study in brief is what is asked."""

    def wants_summary(self, question: str) -> bool:
        """Asks for the study in brief, about nothing narrower: its other words are not the study's
        ("summarise it for my class", "the gist in plain English, no jargon"; not "the gist of the
        results of group X")."""
        if not _SUMMARY_INTENT.search(question):
            return False
        # (The length asked for is no topic: "the main point in two lines", "in 3 bullet points".)
        other = [t for t in content_tokens(_LENGTH_ASKED.sub(" ", question)) if t not in _SUMMARY_WORDS]
        if not other:
            return True
        # Other words narrow nothing when none is the study's and what is summarised is the study
        # ("the gist in plain English, no jargon, for my podcast"; not "summarize the video", "an
        # overview of the pricing"), and no question asks something else of the summary ("who wrote
        # this summary?", "is this text the paper or a summary?").
        known = self.scorer.lexicon.known
        objects = [m.group("object").lower() for m in _SUMMARISED.finditer(question)]
        return (not any(t in known for t in other) and all(o in _OF_THE_WHOLE for o in objects)
                and not _ASKS_OTHER.search(question) and not self.near.uncovered_topic(question))
