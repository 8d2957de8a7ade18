"""Reading a message a second way: the earlier turns it calls up (an attack set up over several
messages, a trigger word typed now), and its asking clauses alone (when the whole message found
nothing, or found a gap only its told sentences are near).

A mixin of the Assistant: it uses the Assistant's planner, router and _lazy_vector.
"""
from __future__ import annotations

import re

from assistant.answering.asking import LONG_MESSAGE, asking_part, without_role
from assistant.answering.composer import Request
from assistant.answering.planner import _with
from assistant.records import Reply
from assistant.retrieval.hybrid import focus
from assistant.retrieval.lexicon import content_tokens

# Calling up something set up in earlier turns ("remember the new ending we agreed on", "now do X + Y,
# as stored", "do what I asked before"): an attack split across turns when one of the last few
# messages tried to change the instructions. (Letters stand for what an earlier message defined: "X = ...".)
_INVOKES_EARLIER = re.compile(r"\b(?:as (?:we|you) agreed|(?:the|that|what) (?:new )?(?:\w+ )?(?:we|you) agreed(?: on| to)?|we agreed (?:on|earlier|before)|"
                              r"remember (?:(?:the|our|my) )?(?:new )?(?:ending|rule|deal|signature|sign-off|code ?word|password|trigger|instructions?|shortcut)\b|"
                              r"(?:do|run|apply|follow|use) what i (?:asked|told you|said|gave you)(?: (?:before|earlier|above))?|what i (?:asked|told you) (?:before|earlier)|"
                              r"(?:exactly |just )?as (?:stored|noted|saved|instructed)|"
                              # (an attack typed in pieces over several messages: "put the two halves together")
                              r"(?:put|join|combine|stick|paste|glue) (?:the |those |these |both |all )?(?:two |2 |three |3 )?(?:halves|parts|pieces|bits|fragments|messages|lines)\b|"
                              r"(?P<a>(?-i:[A-Z]))\s*(?:\+|and|&|then|followed by)\s*(?P<b>(?-i:[A-Z]))\b)", re.I)
# A question that opens as one ("was there ...", "how did ..."), and words that ask inside a told sentence.
_ASKS_ITSELF = re.compile(r"^\W*(?:(?:so|and|but|ok(?:ay)?|also)\W+)*(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|"
                          r"do|does|did|can|could|would|will|should|has|have|had)\b", re.I)
# ("Did the study report any reactions like that?", "was that seen?": what it asks of is in the told sentences)
_LIKE_THAT = re.compile(r"\b(?:like (?:that|this|those|these|hers|his|theirs|mine)|such|similar)\b|"
                        r"\b(?:that|them|those)\b(?! (?:kind|type|sort|same|one|ones)\b)", re.I)  # ("Was that seen in the study?")
_ANY_STUDY_WORDS = frozenset("patient peopl person particip studi trial paper summari research".split())  # (word stems)
_ASKS_WITHIN = re.compile(r"\b(?:wonder\w*|curious|want(?:ed)? to know|like to know|asking|question)\b", re.I)
LOOK_BACK = 3  # earlier messages of the user's read for an attack set up
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
LEADING_MAX_CHARS = 200  # a message this short can lead with a request of the last answer and say why after it
LEADING_KINDS = ("meta_simpler", "meta_exact", "meta_detail")
# A word an earlier message made a trigger ("whenever I type 'blue', answer ...", "every time I ask about X, say ..."):
# typed now, it calls that message up as the words above do.
_TRIGGER_SET = re.compile(r"\b(?:(?:whenever|every time|each time|any ?time|if ever) i (?:type|say|write|send|use|put|mention|ask about)|"
                          r"(?:if|when) i (?:type|send|put))\s+(?:(?:the|a|an|my|about|in|of)\s+)*['\"“‘]?([\w-]{3,})", re.I)
_NO_TRIGGER = frozenset("the and for you your this that what with from about into".split())  # (words too common to set anything off)


class SecondReadings:
    """The Assistant's second readings of a message (see the module's docstring)."""

    def _leading_restyle(self, text: str, study_id: str) -> str | None:
        """In a conversation, a short message whose first sentence alone asks the last answer another way,
        the rest telling why ("Simpler again please. Small words. My pupil is seven."): that request's
        kind (simpler, the exact words, more detail); None when the first sentence asks no such thing, or
        the message is one sentence or long."""
        sentences = [x for x in _SENTENCE_END.split(text.strip()) if x.strip()]
        if len(sentences) < 2 or len(text) > LEADING_MAX_CHARS or any("?" in x or _ASKS_ITSELF.match(x) for x in sentences[1:]):
            return None  # (the rest asks something of its own: "Simpler please. Were there side effects?")
        first = self.router.route(sentences[0], self._lazy_vector(sentences[0]), study_id, conversation=True)
        return first.kind if first.kind in LEADING_KINDS and first.by == "examples" else None

    def _question_instead(self, reply: Reply, text: str, request: Request, kinds) -> Reply:
        """A gap the study leaves, near only what the message tells: "My cousin had treatment X before his
        operation. Was there some preparation before the patients got theirs?" asks what the study says, if its
        answer speaks of what the question does ("How long did the patients stay?" is not answered by how long
        they were followed). Else the reply as it was."""
        if not self._gap_only_told(reply, text, request, kinds):
            return reply
        alone = self._by_asking_part(reply, text, request, kinds)
        asked_words = set(content_tokens(asking_part(text))) - _ANY_STUDY_WORDS
        said = set(content_tokens(" ".join([alone.answer, *(c.quote for c in alone.citations)])))
        return alone if alone is not reply and asked_words & said else reply

    def _sets_off(self, text: str, users: list[str], study_id: str) -> bool:
        """The message calls up what one of the user's last messages set up, and that message tried to
        change the instructions (by a guard or the examples)."""
        called = _INVOKES_EARLIER.search(text)
        recent = users[-LOOK_BACK:]
        triggers = {m.group(1) for u in recent for m in _TRIGGER_SET.finditer(u) if m.group(1).lower() not in _NO_TRIGGER}
        typed = any(re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", text, re.I) for t in triggers)
        if not called and not typed:
            return False
        if called and called.group("a") and not all(any(re.search(rf"\b{called.group(g)}\s*=", u) for u in recent) for g in ("a", "b")):
            return False  # ("panels A and B": letters no earlier message defined)
        # The pieces quoted in those messages, put together: "'Ignore all previous'" then "'instructions and ...'".
        pieces = [q for u in recent for q in re.findall(r"['\"“‘]([^'\"”’]{3,})['\"”’]", u)]
        if len(pieces) >= 2 and self.router.guard(" ".join(pieces)) == "injection":
            return True
        for earlier in recent:
            asked = focus(earlier) if len(earlier) > LONG_MESSAGE else without_role(earlier)
            if self.router.route(earlier, self._lazy_vector(asked), study_id).kind == "injection":
                return True
        return False

    def _gap_only_told(self, reply: Reply, text: str, request: Request, kinds) -> bool:
        """The gap the reply names (a topic the study does not cover) is the one the message's told
        sentences alone come to, so it is theirs, not the question's ("I've read it can cause X. How many
        of these patients got it?" asks of X: its question alone does not say so, and the gap stays)."""
        gap = reply.meta.get("not_covered") or reply.meta.get("uncovered")
        part = asking_part(text)
        if not gap or part == text or not _ASKS_ITSELF.match(part) or _LIKE_THAT.search(part):
            return False  # ("Time to make the product - weeks? months?": the question is the told words)
        told = text
        for piece in re.split(r"(?<=[.?!])\s+", part):
            told = told.replace(piece.strip(), " ")
        if len(content_tokens(told)) < 2 or _ASKS_WITHIN.search(told):
            return False  # ("... my nephew has it, just wondering if kids were included": that asks too)
        alone = self.planner.answer(told, "", told, request, kinds=kinds)
        return (alone.meta.get("not_covered") or alone.meta.get("uncovered")) == gap

    def _by_asking_part(self, reply: Reply, text: str, request: Request, kinds) -> Reply:
        """Nothing found well enough for the whole message: its asking clauses alone may be clearer
        ("Someone sent me this. Who wrote it?"); their answer is taken if they have one."""
        part = asking_part(text)
        if part == text or len(content_tokens(part)) < 1:
            return reply
        alone = self.planner.answer(part, "", part, request, kinds=kinds)
        return reply if alone.abstained else _with(alone, standalone_question=part, meta={"asked": "asking_part"})
