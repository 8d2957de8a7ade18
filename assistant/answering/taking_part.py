"""Whether people of one of a study's groups took part ("was X one of the conditions they treated?",
"I have X, were there people like me?"): answered yes, with the sentence counting the groups."""
from __future__ import annotations

import re

from assistant.answering.near_misses import _CONDITION  # (a word ending as names of illnesses end)
from assistant.records import Sentence
from assistant.retrieval.lexicon import content_tokens, names_any

# Asking whether people of a group took part ("was X included?", "were there people like me?",
# "did they test it in X too?"): a yes/no or "any" question from the start of a clause, whose words
# besides the group's name only say taking part.
_TOOK_PART_ASKED = re.compile(r"(?:^|[,.;:!?]\s+|\s[-–—]+\s+)\W*(?:(?:and|so|but|also|ok(?:ay)?)\W+)?(?:were|was|are|is|did|does|do|any)\b.*", re.I | re.S)
# ... saying taking part in so many words: "included", "took part", "one of the conditions", "were there people ...".
_TOOK_PART_SAID = re.compile(
    r"\b(?:included|include|includes|including|enrol\w*|enroll\w*|recruited|studied|part of (?:it|the|this)|"
    r"(?:one of|among) the (?:conditions|diseases|illnesses|groups|ones)|(?:were|was) there (?:any|people|patients|anyone|anybody|folks|others|some)|"
    r"(?:treat|treated|test|tested|try|tried|use|used) (?:it |this |that |them )?(?:in|on) |(?:had|have) (?:any )?(?:people|patients|anyone) with|people like (?:me|him|her|them|us)|"
    r"(?:anyone|anybody|people|patients) with|(?:take|took|taking) part|(?:any|some) (?:[\w-]+ ){0,2}(?:patients|people|cases) in (?:this|the|it)\b)", re.I)
# ... of the group told before it: "people like me", "anyone with it", "one of the conditions".
_THE_GROUP_TOLD = re.compile(r"\b(?:like (?:me|him|her|them|us|mine)|with (?:it|that|this)|(?:one of|among) the (?:conditions|diseases|illnesses|groups|ones))\b", re.I)
_ONLY_OR_NOT = re.compile(r"\b(only|just|solely|exclusively|not|no|never|excluded|left out|without|except)\b|n['’]t\b", re.I)
# What a message may tell of the writer before asking so: having the condition, who has it, since when.
_TOLD_OF_ONESELF = frozenset(content_tokens(
    "i i'm im am is are was have has had got get diagnosed diagnosis mum mom mother dad father sister brother son daughter "
    "husband wife partner friend aunt uncle grandma grandmother grandpa grandfather gran nan cousin niece nephew child kid "
    "years year months month ago since suffer suffers suffering live living with hi hello hey so ok okay well also too"))
_TAKING_PART = frozenset(content_tokens(
    "study trial research paper summary it include included includes including part among one conditions condition group groups ones "
    "take took taking try tried "
    "diseases disease illnesses illness types kinds type kind people patients person anyone anybody someone somebody "
    "participants folks treated studied tested test enrolled recruited like cases also too any look looked covered "
    "involve involved others there same me him her them us mine this that these those"))


def took_part(question: str, groups, group_counts) -> Sentence | None:
    """Whether people of one of the study's groups took part ("was X one of the conditions they
    treated?", "I have X, were there people like me?"): the sentence counting that group, when the
    question names one group and asks nothing else. group_counts: (label, count, sentence, pattern)
    per group, as PremiseChecker works them out."""
    asked = _TOOK_PART_ASKED.search(question)
    named = [g for g in groups if names_any(question, g.all_names)]
    if asked is None or len(named) != 1 or not _TOOK_PART_SAID.search(asked.group(0)):
        return None
    if not names_any(asked.group(0), named[0].all_names) and not _THE_GROUP_TOLD.search(asked.group(0)):
        return None  # ("I have X; my doctor checks Y. Did they look at that?": "that" is Y)
    if _ONLY_OR_NOT.search(asked.group(0)):
        return None  # ("was X the only one included?", "were X patients not included?": not a plain yes)
    counted = [sentence for label, _, sentence, _ in group_counts if label == named[0].label]
    names = "|".join(re.escape(n) for n in sorted(named[0].all_names, key=len, reverse=True))
    rest = re.sub(rf"(?<![\w-])(?:{names})(?![\w-])", " ", asked.group(0), flags=re.I)
    told = re.sub(rf"(?<![\w-])(?:{names})(?![\w-])", " ", question[: asked.start()], flags=re.I)
    if not counted or not content_tokens(question) or set(content_tokens(rest)) - _TAKING_PART:
        return None
    if set(content_tokens(told)) - _TOLD_OF_ONESELF:
        return None  # ("I have X and I'm on dialysis. Were there people like me?": not only X)
    return counted[0]


# An abbreviation in capitals (a condition's name when the message names a condition too).
_ABBREVIATION = re.compile(r"[A-Z]{2,5}")
# Taking part said in so many words: "included", "part of it", "one of the conditions", "any X patients in it".
_INCLUDED_SAID = re.compile(r"\b(?:included|include|includes|including|enrol\w*|enroll\w*|recruited|studied|covered|part of (?:it|the|this)|"
                            r"(?:one of|among) the (?:conditions|diseases|illnesses|groups)|(?:any|some) (?:[\w'’-]+ ){1,3}(?:patients|people|cases) in (?:this|the|it)\b|"
                            r"(?:were|was) there (?:any )?(?:[\w'’-]+ ){1,3}(?:patients|people|cases)\b)", re.I)
# ... or "was that (type) in the study?", "is that one of the ones they looked at?"
_IN_IT = re.compile(r"\b(?:in (?:the|this|it) (?:study|trial|paper|research)|(?:they|the study|the researchers) (?:looked at|tested|treated|studied))\b", re.I)
_ADMITTED = re.compile(r"\b(allowed|admitted|eligible|accepted|let in|excluded|exclude|barred)\b", re.I)


def other_condition_included(question: str, groups, text: str) -> str | None:
    """Asked whether people with a condition the study's text never names took part ("was RA part of
    this study?", "did they try it on multiple sclerosis too?"): that condition (the study's groups are
    the answer: no). None when the question names one of the study's groups or no such condition.
    text: the study's whole text. (An abbreviation counts when the message names a condition too:
    "my dad has rheumatoid arthritis. Was RA part of it?")"""
    asked = _TOOK_PART_ASKED.search(question)
    if asked is None or not _INCLUDED_SAID.search(asked.group(0)) or _ONLY_OR_NOT.search(asked.group(0)):
        return None  # ("did they test it in X?" asks what it does in X: the study does not say)
    if _ADMITTED.search(asked.group(0)):
        return None  # ("were patients with diabetes allowed in?": its patients' other illnesses, not reported)
    if any(names_any(question, g.all_names) for g in groups):
        return None
    said = lambda phrase: re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text, re.I) is not None
    conditions = [w for w in re.findall(r"[\w'’-]+", question) if _CONDITION.search(w) and len(w) > 4]
    words = re.findall(r"[\w'’-]+", _TOOK_PART_SAID.sub(" ", asked.group(0)))
    for i, word in enumerate(words):
        if _CONDITION.search(word) and len(word) > 4:
            before = words[i - 1] if i else ""
            phrase = f"{before} {word}" if before and before.lower() not in _TAKING_PART and before.isalpha() else word
            if not said(phrase):
                return phrase
        elif _ABBREVIATION.fullmatch(word) and conditions and not said(word):
            return word
    return None


def kind_of_group(question: str, groups, text: str = "") -> str | None:
    """A kind of one of the study's groups' conditions, named by a longer word ending in the group's
    name ("polyXY" of an "XY" group), asked whether it took part: which kinds its patients had, a text
    that names only the group does not say. The word, or None (also when text, the study's, names it)."""
    asked = _TOOK_PART_ASKED.search(question)
    if asked is None or not (_INCLUDED_SAID.search(asked.group(0)) or _IN_IT.search(asked.group(0))):
        return None  # (only whether such patients took part: "I have X-kind. How long were the group followed?" asks of the group)
    if any(names_any(question, g.all_names) for g in groups):
        return None  # ("... did the study include people with <the group>?": the group itself is asked of)
    names = [n.lower() for g in groups for n in g.all_names if len(n) > 4 and " " not in n]
    for word in re.findall(r"[\w'’-]+", question):
        low = word.lower().strip("'’-")
        if (_CONDITION.search(low) and any(low != n and low.endswith(n) and not low.endswith(f"-{n}") for n in names)
                and not re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text, re.I)):
            return low
    return None
