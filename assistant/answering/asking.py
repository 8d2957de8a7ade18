"""Asking: one message read on its own, before any history is weighed.

Reads only the message's text (and, for one's own condition, the study's group names): which of its
clauses ask, the question without a lead-in saying who asks or what for, the question a "what can I
tell her?" reports, one's own condition said by the study's name, and whether the message only asks
to lay the last answer out otherwise. Kept apart from followups, which reads a message against the
turns before it; nothing here looks at history, so routing and planning can use it on any message."""
from __future__ import annotations

import re

from assistant.retrieval.lexicon import DOCUMENT_NAMED, TREATMENT_DOES, content_tokens, find_name

# A sentence that only says who is asking or what for ("I'm a nurse.", "I teach biology -", "making a
# handout for our group:"): it says nothing about what is asked, and its words mislead retrieval.
LONG_MESSAGE = 300  # characters: a message this long is read by its asking sentences
_ROLE = re.compile(
    r"^\W*(?:(?:hi|hello|hey)\b\W*)?((i'?m|i am|im)\s+(a|an|making|writing|preparing|doing|putting together|teaching|working on|drafting|"
    r"giving|presenting|running|planning)\b|(i|we)\s+(teach|volunteer|run|work|write|coach|lead)\b|as an?\s+\w+\b|"
    r"(making|writing|preparing|doing|drafting|putting together)\s+(a|an|my|our|the)\b|"
    # ... or how the writer reads, or wants the answer: "im dyslexic so keep it short:", "quick q:"
    r"(i'?m|i am|im)\s+(dyslexic|visually impaired|partially sighted|new to (this|all this)|not (a|an) (doctor|scientist|medic|expert|native speaker))\b|"
    r"(please |pls |plz )?(keep it|make it) (short|brief|simple|quick)\b|quick (q|question)\b)", re.I)
_ROLE_END = re.compile(r"(?<=[.!])\s+|\s+[-–—]+\s+|:\s+|\n+|,\s+(?=(?:what|how|why|which|who|when|where|is|are|do|does|did|can|could|was|were|will|would)\b)", re.I)
# A lead-in saying how the answer will be used ("what should I tell my class about X?", "how do I
# explain to my kids what X is?"): the question is X.
_USE_LEAD_IN = re.compile(
    r"^\W*(?:(?:what|how) (?:should|do|can|could|would|might|shall) (?:i|we) (?:tell|say to|explain to|teach|present to|share with|put to)"
    r" (?:my|our|the|a|his|her) [\w -]{1,30}? about |how (?:should|do|can|could|would|might|shall) (?:i|we) explain(?: to (?:my|our|the|a|his|her) [\w -]{1,30}?)? "
    r"(?=(?:what|how|why|which|who|when|where|whether)\b))", re.I)
# ... but a sentence that goes on to say what is asked ("I teach biology and they ask what X is") is the question.
_ROLE_ASKS = re.compile(r"\b(what|how|why|which|who|when|where|whether|ask\w*|want\w*|need\w*|wonder\w*|understand|explain|know)\b", re.I)
# A word of the rest that points into the lead ("... group X - how many was that?"); "they" most
# often means the people of the question itself, "it" the study, and "this study" or "the figure"
# (DOCUMENT_NAMED) the document itself.
_INTO_LEAD = re.compile(r"\b(that|this|those|these)\b", re.I)
# A last sentence asking only what to tell someone, or whether one has it right.
_GENERIC_ASK = re.compile(r"^\W*(?:(?:so|and|but|ok(?:ay)?)\W+)?(?:(?:what|how) (?:can|could|do|should|would|shall) (?:i|we) "
                          r"(?:tell|say to|say|explain(?: it| this| that)? to|answer|reply to|put it to) ?(?:her|him|them|my \w+|our \w+|the \w+|people|others)?"
                          r"(?: \w+)?|is (?:that|this|it) (?:right|correct|true|accurate)|am i right|can you help(?: me)?(?: with that)?)\W*$", re.I)
# A question reported inside a sentence: "she keeps asking me how ...", "he wants to know whether ...".
_REPORTED = re.compile(r"\b(?:ask(?:s|ed|ing)?(?: me| us| you)?|wants? to know|wanted to know|wonder(?:s|ed|ing)?|curious)"
                       r"(?: (?:today|yesterday|again|earlier|once|also|just|exactly|really))?\s+"
                       r"(?P<wh>how|what|whether|if|why|when|which|who|where)\b(?P<q>[^.?!]+)", re.I)
# A last sentence asking only the opening of a question reported before it ("... asked me how many were
# treated. I promised I'd find out - how many?"): a question word and at most one more word.
_BARE_ASK = re.compile(r"(?:^|[-–—:,]\s*)(?P<ask>(?:how|what|which|who|when|where|why)(?: \w+)?)\W*$", re.I)


def without_role(question: str) -> str:
    """The question without a leading sentence saying only who asks or what for ("I'm a nurse. How
    long ...?" -> "How long ...?"), and without a lead-in saying how the answer will be used ("what
    should I tell my class about how long ...?" -> "how long ...?"). Unchanged when that is all there is."""
    if _ROLE.match(question):
        pieces = _ROLE_END.split(_one_space(question), maxsplit=1)
        # (Kept whole when the rest points back into the lead: "I'm doing a slide on group X - how many was that?")
        if (len(pieces) == 2 and pieces[-1].strip() and content_tokens(pieces[-1]) and not _ROLE.match(pieces[-1])
                and not _ROLE_ASKS.search(pieces[0]) and not _INTO_LEAD.search(TREATMENT_DOES.sub(" ", DOCUMENT_NAMED.sub("", pieces[-1])))
                and not _ABOUT_THAT.search(pieces[-1].strip())):  # ("..., can u list them": of what the lead names)
            question = pieces[-1].strip()
    asked = _USE_LEAD_IN.sub("", question, count=1)
    question = asked if asked != question and len(content_tokens(asked)) >= 2 else question
    return _embedded(question)


def _embedded(question: str) -> str:
    """"She keeps asking me how the X patients got on. What can I tell her?": when the last sentence
    only asks what to tell someone (or whether one has it right), or only the opening of the reported
    question ("... asked me how many were treated. I said I'd find out: how many?"), the question is
    the one reported before it ("how the X patients got on")."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", question) if s.strip()]
    generic = len(sentences) > 1 and _GENERIC_ASK.match(sentences[-1])
    bare = len(sentences) > 1 and not generic and _BARE_ASK.search(sentences[-1])
    if not generic and not bare:
        return question
    for sentence in reversed(sentences[:-1]):
        reported = _REPORTED.search(sentence)
        if reported and content_tokens(reported.group("q")) and (
                generic or f"{reported.group('wh')}{reported.group('q')}".lower().startswith(bare.group("ask").lower())):
            return f"{reported.group('wh')} {reported.group('q').strip(' ,;:')}?"
    return question


# Clause boundaries: sentence ends, dashes, semicolons, a run of symbols (emoji), and a comma
# before a new subject ("..., she keeps asking why").
_CLAUSE = re.compile(r"(?<=[.!?;])\s+|(?<=:)\s+(?=(?:what|how|why|which|who|when|where|did|does|do|is|are|can|could)\b)|\s+[-–—]+\s+|\s*[\U0001F000-\U0001FAFF\u2600-\u27BF]+\s*|,\s+(?=(?:she|he|they|i|i'm|im|my|we|it's|its|but)\b)", re.I)
_ASKING = re.compile(r"^\W*(?:(?:so|and|but|ok(?:ay)?|also|anyway|just|then|oh|well|please|pls)\W+)*"
                     r"(?:what|what's|whats|how|why|which|who|whom|whose|when|where|did|does|do|is|are|was|were|can|could|"
                     r"should|would|will|has|have|had|tell|explain|describe|give|show|list)\b", re.I)


_LAST_QUESTION = re.compile(r"(?<=\w )(what|what's|whats|how|why|which|who|when|where)\b(?!.*\b(what|what's|whats|how|why|which|who|when|where)\b)", re.I | re.S)
_ANY_QUESTION_WORD = re.compile(r"\b(what|what's|whats|how|why|which|when|where)\b", re.I)  # ("who" is most often "someone who ...")
_WRITER = re.compile(r"\b(i|i'?m|im|my|me|we)\b", re.I)
# A question about something named only by a word pointing back: "anything about them?", "what
# does the study say on that?", "is that covered?", "did anyone end up needing one?"
_ABOUT_THAT = re.compile(r"^\W*(?:(?:so|and|but|ok(?:ay)?|also|anyway|just|then|well|please)\W+)*"
                         r"(?:does|did|do|is|was|are|were|can|could|what)\b[\w\s']{0,40}?\b(?:about|on|of|regarding|cover|covers|covered|mention|mentions|mentioned)\s+"
                         r"(?:them|it|that|this|those|these)\W*$|^\W*(?:is|are|was|were)\s+(?:that|this|those|these|they|it)\s+(?:covered|mentioned|reported|included)\W*$"
                         r"|^\W*(?:(?:so|and|but)\W+)?(?:did|does|do|has|have|had|was|were|is|are)\b[\w\s']{0,40}?\b(?:need|needs|needing|needed|get|gets|got|getting|"
                         r"have|has|had|having|require|required|requiring|undergo|underwent|undergoing|go through|went through)\s+(?:one|them|it|those|these)\W*$"
                         # ("i keep mixing up the X cut-offs, can u list them": a request of what the clause before names)
                         r"|^\W*(?:(?:so|and|but|ok(?:ay)?)\W+)*(?:(?:can|could|would|will) (?:you|u|ya) )?(?:please |pls |plz )?"
                         r"(?:list|explain|define|clarify|spell out|go over|break down|remind me of|give me) (?:them|it|those|these)"
                         r"(?: (?:again|out|for me|please|pls|plz))*\W*$", re.I)
TAIL_AFTER_WORDS = 20


def asking_part(text: str) -> str:
    """The clauses of a message that ask (end with "?" or open with a question word), without the
    ones that only tell ("I'm on two medicines.", "she keeps asking why"); the whole text if none ask."""
    clauses = []
    for c in (c.strip() for c in _CLAUSE.split(_one_space(text)) if c and c.strip()):
        # A colon ends only a told clause about the writer ("I'm curious: ..."), not a topic ("X after Y: what ...?").
        if clauses and clauses[-1].endswith(":") and not _WRITER.search(clauses[-1]):
            clauses[-1] = f"{clauses[-1]} {c}"
        else:
            clauses.append(c)
    asks = [c.endswith("?") or bool(_ASKING.match(c)) or _topic_then_asks(c) for c in clauses]
    if any(asks) and not all(asks):
        # An asking clause whose only subject points back at the told clause before it ("I'm scared
        # of X. Does the study say anything about them?") asks about that clause too.
        return " ".join(f"{clauses[i - 1]} {c}" if i and not asks[i - 1] and _ABOUT_THAT.search(c) else c
                        for i, c in enumerate(clauses) if asks[i])
    # A long message typed without stops, its question at the end ("... and theres a star on the
    # graph what does that star mean"): the question from its last question word on.
    tail = list(_LAST_QUESTION.finditer(text))
    if (not any(asks) and len(text.split()) >= TAIL_AFTER_WORDS and tail and len(text[tail[-1].start():].split()) >= 3
            and len(_ANY_QUESTION_WORD.findall(text)) == 1):
        return text[tail[-1].start():].strip()
    return text


# A short topic, a comma, then the question, typed without a question mark ("XYZ-3 scores, is high good or bad").
_TOPIC_LEAD = re.compile(r"^[^,?!.]{1,40},\s+")


def _topic_then_asks(clause: str) -> bool:
    lead = _TOPIC_LEAD.match(clause)
    rest = clause[lead.end():] if lead else ""
    return (bool(lead) and not _WRITER.search(lead.group(0)) and bool(_ASKING.match(rest))
            and not clause.rstrip().endswith((".", "!")) and not re.match(r"(who|whom|whose)\b", rest, re.I))


def _one_space(text: str) -> str:
    """Each run of whitespace as one character (a newline if it held one): splitting on patterns
    that start with whitespace then costs linear time, however long the runs."""
    return re.sub(r"\s+", lambda m: "\n" if "\n" in m.group(0) else " ", text)


# "As a list, please", "bullet points?", "can you put that in a table": the same answer, laid out
# otherwise. Only a short message of layout and politeness words ("what does table 1 show?" asks
# about a table).
_FORMAT = re.compile(r"\b(list|bullets?|bullet[- ]?points|dot points|point form|table|numbered)\b", re.I)
_LAYOUT_WORDS = frozenset(
    "list lists bullet bullets points point table numbered form format dot please pls plz can could would you u "
    "give put make turn show write lay set out it that this them those me us as in into a an the short shorter quick "
    "simple one line lines each instead now ok okay thanks thank again just same answer do like i want need version "
    "to of with for step steps numbers little small neat tidy nice mini basic".split())
FORMAT_WORDS = 8


def asks_format(text: str) -> bool:
    """A short request to lay the last answer out as a list or table, and nothing else."""
    words = re.findall(r"[a-z]+", text.lower())
    return (bool(_FORMAT.search(text)) and len(text.split()) <= FORMAT_WORDS
            and not re.search(r"\d", text) and all(w in _LAYOUT_WORDS for w in words))


# "Just the numbers", "only the key figures please": the last answer's numbers. Only a short message
# of such words (a question naming its own subject asks about that).
_NUMBERS = re.compile(r"\b(numbers|figures|stats|statistics|digits)\b", re.I)
_NUMBERS_WORDS = _LAYOUT_WORDS | frozenset("just only key main important numbers figures stats statistics digits the "
                                          "pls plz please give me what are no text words prose sentences without".split())


def asks_numbers(text: str) -> bool:
    """A short request for just the numbers of the last answer."""
    words = re.findall(r"[a-z]+", text.lower())
    return (bool(_NUMBERS.search(text)) and len(text.split()) <= FORMAT_WORDS and not re.search(r"\d", text)
            and all(w in _NUMBERS_WORDS for w in words))


# "In one sentence?", "shorter, like a tweet": the last answer in fewer words (kept as it is when it is
# one sentence already). Only a short message of such words ("summarise the study in one sentence"
# names its own subject).
_BRIEF = re.compile(r"\b(one|a|single) (sentence|line)\b|\b(shorter|shorten|briefly|condense|tweet|tl;?dr|tl dr|in short|short version|fewer words|"
                    r"gist|in a nutshell|too long,? (i )?didn'?t read)\b", re.I)
_BRIEF_WORDS = _LAYOUT_WORDS | frozenset("sentence sentences line say said squeeze condense shorten shorter tweet length sum up briefly "
                                         "brief version words fewer less long explain again tl dr so say put get keep make "
                                         "too didn didnt t read what whats s is gist nutshell".split())


def asks_brief(text: str) -> bool:
    """A short request for the last answer in fewer words."""
    words = re.findall(r"[a-z]+", text.lower())
    return (bool(_BRIEF.search(text)) and len(text.split()) <= FORMAT_WORDS + 2 and not re.search(r"\d", text)
            and all(w in _BRIEF_WORDS for w in words))


# "More detail please", "can you elaborate?", "go deeper on that": the last answer at more length. Only a
# short message ("more detail on the group A results" names its own subject: Pipeline reads it as a question).
_DETAIL = re.compile(r"\b(more|further|extra|fuller|greater) (detail|details|depth|info|information)\b|\bin (more |greater |full |much more )?detail\b|"
                     r"\belaborate\b|\bexpand (on )?(that|this|it)\b|\bgo (deeper|further|into more)\b", re.I)
DETAIL_WORDS = 10


# ... of something named ("more detail on the last one", "elaborate on the XY score"): a question about it.
_DETAIL_OF = re.compile(r"\b(on|about|regarding|re|into|of|for) (?!(that|this|it|them|those|these|please|pls|plz|me|us)\b)\w+", re.I)


def asks_detail(text: str) -> bool:
    """A short request for the last answer at more length (not of a thing it names)."""
    match = _DETAIL.search(text)
    return (bool(match) and len(text.split()) <= DETAIL_WORDS and not re.search(r"\d", text)
            and not _DETAIL_OF.search(text[match.end():]))


# One's own condition, or people like oneself, in a message that names it before: "I have X. What did
# they find for my condition?", "My husband has X - how did people like him do?".
_OWN_CONDITION = re.compile(r"\b(?:(?P<own>(?:my|his|her|their|our)(?: own)? (?:condition|disease|illness|diagnosis))|"
                            r"(?P<like>(?:people|patients|someone|those|ones|folks|others) (?:like|with the same (?:thing|condition|disease) as) "
                            r"(?:me|him|her|us|them|mine|my \w+)))\b", re.I)


def named_condition(text: str, groups) -> str:
    """The message with one's own condition ("my condition", "people like him") said by the name of
    the one group of the study the message names (before it); unchanged otherwise."""
    match = _OWN_CONDITION.search(text)
    if not match:
        return text
    named = {n for n, group in enumerate(groups) if any(find_name(name, text) for name in group.all_names)}
    before = {n for n in named if any(find_name(name, text[: match.start()]) for name in groups[n].all_names)}
    if len(named) != 1 or not before:
        return text  # (two conditions named, one the writer's and one someone else's: which is unsure)
    name = groups[named.pop()].names[0]
    said = name if match.group("own") else f"people with {name}"
    return text[: match.start()] + said + text[match.end():]
