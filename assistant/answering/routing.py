"""What kind of message is this, before any retrieval: an emergency, an attempt to change the
assistant's instructions, a request for personal medical advice, or a study question.

Patterns describe kinds of wording (first-person advice-seeking, urgent symptoms, instruction
overrides), never particular questions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_EMERGENCY = re.compile(
    r"(chest pain|can'?t breathe|cannot breathe|can ?not breathe|barely breathe|trouble breathing|"
    r"short(ness)? of breath|struggling to breathe|throat (is )?(swelling|closing)|"
    r"suicid|kill (myself|me)|end (my|it all)|my life tonight|want to die|don'?t want to (live|be alive)|hurt myself|self[- ]harm|"
    r"overdos|unconscious|passed out|not breathing|seizure|fitting now|stroke|heart attack|"
    r"(call|dial) (911|999|112|an ambulance)|emergency room|\bER\b now|"
    r"(confused|confusion|shaking|rigors).{0,60}fever|fever.{0,60}(confused|confusion|shaking)|"
    r"fever of 4\d|4\d(\.\d)? ?°? ?c\b|10[3-6](\.\d)? ?°? ?f\b|bleeding (heavily|a lot|won'?t stop))",
    re.I,
)
_INJECTION = re.compile(
    r"(ignore (all |any |the |your |previous |prior |above |earlier )*(instructions|rules|prompts?|guidelines|context)|"
    r"disregard (all |any |the |your |previous |prior )*(instructions|rules|guidelines)|"
    r"forget (the study|your (instructions|rules)|everything)|"
    r"(system|hidden|secret|initial) (prompt|instructions|rules)|your (instructions|rules|prompt)\b|"
    r"repeat (everything|all|the text) above|print (your|the) (prompt|instructions)|"
    r"developer mode|jailbreak|system override|admin(istrator)? (instruction|override|mode)|new instructions?:|"
    r"you are now\b|from now on,? you|pretend (to be|you are|that|the)|act as (a|an|my)\b|role-?play|"
    r"</?(context|system|instructions?)>|"
    r"(the )?(document|article|study|text|summary) (now )?(says|states|said) .{0,80}\b(just )?(confirm|agree|say so|repeat)|"
    r"(just )?confirm that|write a tweet|say that the)",
    re.I,
)
_PERSONAL = re.compile(
    r"(\b(should|shall|can|could|may|must|do) i\b|\bam i\b|\bwill i\b|\bwould (it|this|that|car[ -]?t)[^?]{0,40}\b(me|my)\b|"
    r"\bfor me\b|\bi('m| am) (pregnant|breastfeeding|trying)|\bmy (meds|medication|medications|medicine|treatment|"
    r"dose|doctor|rheumatologist|daughter|son|child|kid|wife|husband|partner|mom|mum|dad|mother|father|sister|"
    r"brother|friend|ck|sledai|labs?|results?|levels?|scores?|kidneys?|protein|symptoms?)\b.{0,80}"
    r"(should|worried|worry|how bad|normal\b|safe|start|stop|wait|candidate|eligible|qualify)|"
    r"\b(should|can|could) (she|he|they|my \w+) (get|have|try|start|stop|take)|"
    r"what should i do|is it safe (for|to)|safe for me|candidate|eligible|qualify|"
    r"how bad is (that|this|it|mine)|should i be worried|\brecommend|\b(for|to) (her|him)\b|good idea for)",
    re.I,
)


@dataclass(frozen=True)
class Screen:
    """The verdict on one message: kind is emergency, injection, medical_advice or question."""

    kind: str
    matched: str = ""


def screen(question: str) -> Screen:
    """Classify a message before it reaches retrieval. Emergencies win over everything else."""
    for kind, pattern in (("emergency", _EMERGENCY), ("injection", _INJECTION), ("medical_advice", _PERSONAL)):
        match = pattern.search(question)
        if match:
            return Screen(kind, match.group(0))
    return Screen("question")


EMERGENCY_REPLY = (
    "This sounds urgent. Please call your local emergency number (for example 911 in the US, 112 in Europe, "
    "999 in the UK) or go to the nearest emergency department now. If you are thinking about ending your life, "
    "call or text a crisis line such as 988 (US) right away. I can only explain one research study and cannot help "
    "in an emergency."
)
INJECTION_REPLY = (
    "I can't do that. I only answer questions about this study from its own text, and I don't change my "
    "instructions, reveal them, or repeat claims the study does not make."
)
ADVICE_REPLY = (
    "I can't give personal medical advice. Please talk to your doctor or rheumatologist, who knows your situation, "
    "before changing anything about your treatment."
)
OFF_TOPIC_REPLY = (
    "I can only answer questions about one study: CD19 CAR T-cell therapy in autoimmune disease (lupus, myositis "
    "and systemic sclerosis). Try asking, for example, how many patients were treated or what the results were."
)
