"""Restyles: a message asking for the last answer again, another way. "As bullet points", "just the
numbers", "in one sentence?", "simpler, please", "the exact words", "more detail": the earlier question
answered again in that layout or style (a claim planted in the turn it restyles is corrected too); a
restyle naming its own subject ("and what does XYZ stand for?") is a question. And a short message
partly in another language that reads as nothing else: the last answer again, plainly, saying why.

A mixin of the Assistant (pipeline.py): it answers the earlier question again through the Assistant's
_ask, and shapes it with the Conversation's _brief, _numbers and _more_detail (conversation.py).
"""
from __future__ import annotations

import re

from assistant.answering.asking import asks_brief, asks_detail, asks_format, asks_numbers
from assistant.answering.composer import Request
from assistant.answering.followups import names_a_place
from assistant.answering.list_choices import breaks_down
from assistant.answering.mentions import names_own_subject
from assistant.answering.planner import _with
from assistant.records import Reply

# A request to re-answer the previous question in another style.
RESTYLE = {"meta_simpler": "simple", "meta_exact": "exact", "meta_detail": "exact"}
MAX_RESTYLES = 2  # "simpler" after "more detail" reaches the question; a longer chain is not followed
# A short message in a conversation, partly in another language (words the glossary reads, accented
# letters, "¿" or "¡"), that reads as neither the study nor anything else (no off-topic example this
# near: "pwede po sa Tagalog?", "¿y más alto es peor?"), is taken as about the last question: its
# answer again, in plain words, saying so, and where to turn if the message was about one's own care.
UNREAD_WORDS = 8
UNREAD_OFF_TOPIC = 0.35  # (off-topic messages in conversations came 0.38 and more near an off-topic example)
_ACCENTED = re.compile(r"[¿¡À-ÖØ-öø-ɏ]")  # (letters of Latin script beyond English; not curly quotes or emoji)
UNREAD = ("I could not read that as a new question about the study, so here is the last answer again, in plain words. "
          "(If your message was about your own care, please ask your doctor; in an emergency, call your local emergency number.)")


class Restyles:
    """The last answer again, another way, when a message asks for it."""

    def _restyled(self, kind: str, text: str, glossed: str, asked: str, turns: list[dict], whole: list[dict],
                  users: list[str], study, style: str, depth: int) -> tuple[str, Reply | None]:
        """The kind the message is read as (a restyle naming its own subject is a question; "more
        detail" of a question already answered is a restyle), and the earlier question answered again
        as the message asks ("as bullet points", "just the numbers", "in one sentence?", "simpler,
        please"); None for the reply when it asks no restyle, or the chain of them goes no further."""
        def planted(reply: Reply) -> Reply:
            # (The last answer said again another way: a claim planted in the turn it restyles is corrected too.)
            return self._correct_planted(whole, reply, Request(study, style), asked)

        if users and kind == "study_question" and asks_detail(glossed) and not (
                names_own_subject(text, self.scorer.lexicon, study.groups) or breaks_down(text)):
            kind = "meta_detail"  # ("more detail please, I need all of it": the last answer at more length)
        if kind in RESTYLE and (names_own_subject(text, self.scorer.lexicon, study.groups) or breaks_down(text)
                                or (users and names_a_place(text))):
            # "and what does XYZ stand for?" asks about XYZ, "a list, one line per condition" for each group's
            # line, "tell me more about the second one" about that item of the last answer: a question, not a restyle
            kind = "study_question"
        if users and depth < MAX_RESTYLES and kind in (*RESTYLE, "study_question") and asks_format(glossed) and not (
                names_own_subject(text, self.scorer.lexicon, study.groups) or breaks_down(text)):
            # "As bullet points, please": the previous question again, in the same words (a list is
            # how the answer is laid out when it has several points).
            earlier = turns[: max(i for i, t in enumerate(turns) if t["role"] == "user")]
            return kind, _with(planted(self._ask(users[-1], earlier, style, study.id, depth + 1)), meta={"restyled": "format"})
        if users and depth < MAX_RESTYLES and asks_numbers(glossed) and not names_own_subject(text, self.scorer.lexicon, study.groups):
            # "Just the numbers": the previous question answered by its sentences that give numbers.
            earlier = turns[: max(i for i, t in enumerate(turns) if t["role"] == "user")]
            reply = self._ask(users[-1], earlier, style, study.id, depth + 1)
            return kind, _with(planted(self._numbers(reply, reply.standalone_question or users[-1], Request(study, style, self._seen(turns, study)))),
                               meta={"restyled": "numbers"})
        if users and depth < MAX_RESTYLES and asks_brief(glossed) and not breaks_down(glossed):
            # "In one sentence?": the previous answer, if it is one sentence already; else the study's
            # own sentences without the explanations added to them (simpler words would be longer, and
            # drop the study's terms: "major improvement" became "got a lot better").
            earlier = turns[: max(i for i, t in enumerate(turns) if t["role"] == "user")]
            brief = self._brief(self._ask(users[-1], earlier, style, study.id, depth + 1))
            if brief is None:
                brief = self._ask(users[-1], earlier, "exact", study.id, depth + 1)
            return kind, _with(planted(brief), meta={"restyled": "brief"})
        if kind in RESTYLE and users and depth < MAX_RESTYLES:
            # "Simpler, please" / "show me the exact words": the previous question, in that style (a
            # chain of such requests is followed back a few turns at most: each costs an answer).
            earlier = turns[: max(i for i, t in enumerate(turns) if t["role"] == "user")]
            reply = self._ask(users[-1], earlier, RESTYLE[kind], study.id, depth + 1)
            if kind == "meta_detail":
                reply = self._more_detail(reply, reply.standalone_question or users[-1],
                                          Request(study, RESTYLE[kind], self._seen(turns, study)))
            return kind, _with(planted(reply), meta={"restyled": kind})
        return kind, None

    def _unread(self, text: str, glossed: str, route, turns, users, study_id, depth) -> Reply | None:
        """A short follow-up partly in another language, read as off topic, that no off-topic example
        is near either: the last question's answer again, plainly, saying why. None otherwise."""
        if (not users or depth >= MAX_RESTYLES or route.by == "task" or len(text.split()) > UNREAD_WORDS
                or (route.scores or {}).get("off_topic", 0.0) >= UNREAD_OFF_TOPIC
                or (glossed == text and not _ACCENTED.search(text) and not self.scorer.lexicon.none_read(text))):
            return None
        earlier = turns[: max(i for i, t in enumerate(turns) if t["role"] == "user")]
        again = self._ask(users[-1], earlier, "plain", study_id, depth + 1)
        if again.abstained:
            return None
        return _with(again, answer=f"{UNREAD} {again.answer}", body=f"{UNREAD} {again.body}", meta={"restyled": "unread"})
