"""The text of a message made ready before it is read: control and format characters dropped, an
abbreviation spelt out letter by letter joined into one word (not a run of letters in order, "panels A
B C"), "it" or "that" given or done to patients read as the treatment ("is it only given once?"), and
whether a message names nothing but "it" ("how does it work, simply?"). Functions of the text alone:
the Assistant (pipeline.py) reads each message through them before routing it.
"""
from __future__ import annotations

import re
import unicodedata

from assistant.retrieval.lexicon import content_tokens

# "it" / "that" as what is given or done to patients is the treatment: "is it only given once?", "how
# many times do they do that?" (the pronoun alone leaves retrieval nothing to find it by).
_GIVEN_PRONOUN = re.compile(r"\b(is|was|are|were|gets?|got) (?:it|this|that)\b(?= (?:(?:only|just|ever|always|usually|really|actually|also|still|even|normally|typically|then|first|all) )?(?:given|done|administered|infused|delivered|"
                            r"repeated|injected|dripped)\b)|\b((?:they|you|u|doctors|the doctors|the researchers|scientists)(?: \w+)? "
                            r"(?:give|gives|gave|do|does|did|repeat|administer|infuse|deliver|redo)) (?:it|this|that)\b"
                            # (the pronoun alone, not "that measurement": at the end, or before when or how often)
                            r"(?=\s*(?:[?.!,]|$|(?:once|again|twice|more|many|several|every|each|only|just|for|to|in|at|on|with|after|before)\b))", re.I)


# A message asking how "it" works or the idea behind it, naming nothing else ("how does it work in simple
# terms?", "what's the idea behind it?"): "it"
# is what the assistant is about, whatever off-topic examples its wording is near.
_POINTER = re.compile(r"\b(it|this|that|these|those|they|them)\b", re.I)
_ASKING_WORDS = frozenset(content_tokens("work works working simple simply simpler terms words plain english nutshell put explain "
                                         "explained mean means again exactly basically layman laymans short idea ideas concept "
                                         "principle gist point basics science theory behind"))


def _names_only_it(text: str) -> bool:
    return bool(_POINTER.search(text)) and not set(content_tokens(text)) - _ASKING_WORDS

def _treatment_named(text: str) -> str:
    if re.match(r"^\W*(?:and |so |but )?(?:why|how come)\b", text, re.I):
        return text  # ("why did they do that?" asks the reason for what was just said)
    return _GIVEN_PRONOUN.sub(lambda m: f"{m.group(1) or m.group(2)} the treatment", text)


def _clean_question(question) -> str:
    if not isinstance(question, str):
        raise TypeError("question must be a string")
    # Control characters never help a question and can break terminals and logs; format characters
    # (zero-width spaces and joiners, bidi marks) carry no words, so a question of only them is empty.
    question = "".join(ch for ch in question if unicodedata.category(ch) != "Cf")
    question = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", question).strip()
    # An abbreviation spelt out letter by letter ("what does L L D A S mean") is the abbreviation.
    return _SPACED_LETTERS.sub(_joined, question)


def _joined(match: re.Match) -> str:
    """Letters spelt out one by one, as one word; not a run of letters in order ("panels A B C")."""
    letters = match.group(0).replace(" ", "").replace(".", "")
    in_order = all(ord(b) - ord(a) == 1 for a, b in zip(letters.upper(), letters.upper()[1:]))
    return match.group(0) if in_order else letters


_SPACED_LETTERS = re.compile(r"(?<![\w.])(?<!panels )(?<!panel )(?<!groups )(?<!letters )(?<!options )(?<!figures )(?-i:[A-Z])\.?(?: (?-i:[A-Z])\.?){2,9}(?![\w.])(?! (?-i:[A-Z])\b)(?! panels?\b)", re.I)
