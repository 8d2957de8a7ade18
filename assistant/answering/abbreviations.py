"""Abbreviations asked about: what one stands for ("what does XY stand for?"), or every one the
study defines at once (the glossary, laid out by lists.py).

A mixin of the Planner (planner.py): it uses the Planner's assistant (self.a) and composer, and
the list-shaped glossary of ListAnswers.
"""
from __future__ import annotations

import re

from assistant.answering.asking import asking_part
from assistant.answering.composer import Request
from assistant.answering.lists import _with
from assistant.answering.typed import YES_NO
from assistant.records import Reply
from assistant.retrieval.lexicon import find_name

# "A glossary of the abbreviations", "list every acronym and what it means".
_GLOSSARY = re.compile(r"\b(glossary|abbreviations?|acronyms?|short forms|initialisms)\b", re.I)
# What an abbreviation stands for, asked in so many words ("what do the letters stand for?").
_EXPANDS = re.compile(r"\b(stands? for|short for|abbreviat\w*|acronym|initials|letters|spell(ed|s)? (it |that |this )?out|"
                      r"full (name|form|words|term|title)|proper (name|words)|written out|in full)\b", re.I)
# What follows a term that is asked about, not used to name something else: the end, punctuation, or
# the words of asking what it stands for.
_MODIFIES = re.compile(r"(?!\s*(?:$|[?.!,;:)\"'’”]|(?:stand|stands|mean|means|short|is|actually|really|abbreviation|acronym|on|in|at|from|of|to|for|by|with|when|that|which)\b))", re.I)
_ALL_OF_THEM = re.compile(r"\b(abbreviations|acronyms|initialisms|all|every|each|list)\b", re.I)
_EVERY = re.compile(r"\b(glossary|all|every|each|list|bullet\w*|table|what (they|each) (means?|stands? for))\b", re.I)


class Abbreviations:
    """The abbreviation steps of the Planner."""

    def _abbreviations(self, query: str, request: Request) -> Reply | None:
        """What one abbreviation stands for, or the glossary of them all; None when neither is asked."""
        asked = asking_part(query)
        if (_EXPANDS.search(asked) and self._asks_one_thing(query, _EXPANDS) and not re.search(r"(?<![\w-])\d+(?![\w-])", asked)
                and not _ALL_OF_THEM.search(asked)):  # (not "what does 60 stand for?", "all the abbreviations")
            # (One abbreviation named, "for my glossary: what does XY stand for?", before the glossary.)
            reply = self.expansion(asked, request)
            if reply is not None:
                return reply
        if _GLOSSARY.search(query) and _EVERY.search(query):
            return self.glossary(query, request)
        return None

    def _glossary(self, sentence) -> bool:
        """A sentence spelling out several of the study's abbreviations at once."""
        return sum(d.sentence_id == sentence.sentence_id for d in self.a.scorer.lexicon.definitions.values()) >= 3

    def _asks_one_thing(self, query: str, pattern: re.Pattern) -> bool:
        """One part of the message asks it (pattern), and no other part asks anything ("what does
        XY stand for? it's for my glossary")."""
        parts = self.composer.parts(query)
        asking = [p for p in parts if pattern.search(p)]
        return len(asking) == 1 and all(not p.rstrip().endswith("?") and not YES_NO.search(p) and not re.match(r"\W*(what|how|why|when|who|which|where)\b", p, re.I)
                                        for p in parts if p not in asking)

    def expansion(self, query: str, request: Request) -> Reply | None:
        """"What does XY stand for?" of one abbreviation the study defines: the sentence spelling it
        out (the study's own first), cited; None when the question names none or several."""
        named = []
        for definition in self.a.scorer.lexicon.definitions.values():
            match = find_name(definition.term, query)
            # As typed in capitals ("car insurance" names no abbreviation), and not as a word that
            # modifies another ("the XY group's index", "the XY patients"): the term itself is asked of.
            if (match and not definition.term.islower() and not match.group(0).islower()
                    and not _MODIFIES.match(query[match.end():])):
                named.append(definition)
        if len({d.term for d in named}) != 1:
            return None
        definition = named[0]
        sentence = next((s for s in request.study.sentences if s.sentence_id == definition.sentence_id), None)
        if sentence is None:
            return None
        return _with(self.composer.compose([sentence], request), meta={"expansion": definition.term})
