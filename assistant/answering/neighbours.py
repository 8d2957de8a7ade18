"""The sentences an answer's picked sentences bring along, so it reads on its own: the one before a
short sentence leaning on it ("That's the idea."), the one after that narrows it down ("In this case,
..."), the items of a list a sentence introduces, and the plain sentence an analogy stands for.

A mixin of the Composer (composer.py): it uses the composer's index and sentence positions
(self.index, self._sentence_pos).
"""
from __future__ import annotations

import re

from assistant.records import Sentence

_ANAPHOR = re.compile(r"(That|This|These|Those|It|They)\b")
# A sentence opening like this narrows down the one before it ("... markers on cells." "In this case,
# the marker is X."): the two answer together.
_ELABORATES = re.compile(r"(In this case|In these cases|Specifically|In particular|Namely)\b", re.I)
_LIST_ITEM = re.compile(r"(^|\n)\s*([-*•]|\d+[.)])\s+$")
LIST_ITEMS = 6  # the most items a sentence introducing a list (ending with a colon) brings along
# An analogy ("Imagine your cells as ...") says what something is like, not what it is: it answers only
# with the plain sentence it stands for, the next one in its section that is neither an analogy nor a
# short sentence leaning on it ("That's the idea.").
_ANALOGY = re.compile(r"(Imagine|Picture|Think of)\b")
_ASKS_ANALOGY = re.compile(r"\b(analog\w*|metaphors?|imagin\w*|comparisons?|picture it)\b", re.I)


class Neighbours:
    """The sentences next to the picked ones that an answer brings along."""

    def _next_in_section(self, sentence: Sentence) -> Sentence | None:
        position = self._sentence_pos[sentence.sentence_id] + 1
        if position < len(self.index.sentences):
            following = self.index.sentences[position]
            if self.index.chunk(following.chunk_id).doc_id == self.index.chunk(sentence.chunk_id).doc_id:
                return following
        return None

    def _literal(self, sentence: Sentence) -> Sentence | None:
        """The plain sentence an analogy stands for: the next in its section that is neither an analogy
        nor a short sentence leaning on the one before."""
        following = self._next_in_section(sentence)
        while following is not None and (_ANALOGY.match(following.text) or (len(following.text) < 60 and _ANAPHOR.match(following.text))):
            following = self._next_in_section(following)
        return following

    def introduced(self, sentence: Sentence) -> list[Sentence]:
        """The list items a sentence ending with a colon introduces ("... found encouraging
        results:" then "- X", "- Y"): the sentences after it in its chunk that open a list item."""
        if not sentence.text.rstrip().endswith(":"):
            return []
        items, position = [], self._sentence_pos[sentence.sentence_id] + 1
        while position < len(self.index.sentences) and len(items) < LIST_ITEMS:
            following = self.index.sentences[position]
            chunk = self.index.chunk(following.chunk_id).text
            if following.chunk_id != sentence.chunk_id or not _LIST_ITEM.search(chunk[:following.chunk_start]):
                break
            items.append(following)
            position += 1
        return items

    def _with_antecedents(self, picked: list[Sentence], question: str = "", lists: bool = True) -> list[Sentence]:
        """A short sentence that leans on the one before ("That's the idea behind this
        therapy.") is given that sentence too, so the answer reads on its own; a sentence the next
        one narrows down ("In this case, ...") is given that one after it. An analogy gives way to
        the plain sentence it stands for, unless the question asks for the analogy."""
        if not _ASKS_ANALOGY.search(question) and any(_ANALOGY.match(s.text) or self._leans_on_analogy(s) for s in picked):
            literal = []
            for sentence in picked:
                if _ANALOGY.match(sentence.text) or self._leans_on_analogy(sentence):
                    start = sentence if _ANALOGY.match(sentence.text) else self.index.sentences[self._sentence_pos[sentence.sentence_id] - 1]
                    sentence = self._literal(start) or sentence
                if sentence not in literal:
                    literal.append(sentence)
            picked = literal
        out: list[Sentence] = []
        for sentence in picked:
            if len(sentence.text) < 60 and _ANAPHOR.match(sentence.text):
                position = self._sentence_pos[sentence.sentence_id]
                before = self.index.sentences[position - 1] if position else None
                if before and before not in out and before not in picked and (
                    self.index.chunk(before.chunk_id).doc_id == self.index.chunk(sentence.chunk_id).doc_id
                ):
                    out.append(before)
            if sentence not in out:
                out.append(sentence)
            following = self._next_in_section(sentence)
            if following and _ELABORATES.match(following.text) and following not in out and following not in picked:
                out.append(following)
            if lists and len(picked) == 1:
                # Alone, a sentence introducing a list says nothing ("... found encouraging results:"): its items follow.
                out += [item for item in self.introduced(sentence) if item not in out and item not in picked]
        return out

    def _leans_on_analogy(self, sentence: Sentence) -> bool:
        """A short sentence leaning on an analogy just before it ("That's the idea behind it.")."""
        position = self._sentence_pos[sentence.sentence_id]
        return bool(position and len(sentence.text) < 60 and _ANAPHOR.match(sentence.text)
                    and _ANALOGY.match(self.index.sentences[position - 1].text))
