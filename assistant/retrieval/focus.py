"""The part of a message worth embedding (focus): all of a short one; of a long one, its asking
sentences. Retrieval (hybrid.py) and routing read a message through it."""
from __future__ import annotations

import re

from assistant.retrieval.lexicon import DOCUMENT_NAMED, TREATMENT_DOES, content_tokens

# A long message is embedded by its asking sentences only: the model reads at most 256 tokens
# anyway, a rambling message's question is often its last line, and the cost stays bounded.
FOCUS_CHARS = 300
_ASKING = re.compile(r"^\s*(?:(?:and|also|so|but|plus|ok|okay)\b,?\s+)?(?:please\s+)?"
                     r"(what|how|why|when|who|which|where|is|are|was|were|do|does|did|can|could|will|would|should|"
                     r"confirm|tell me|explain|describe|list)\b", re.I)


# "I just want to know ...", "I need the year it came out": a request worded as a statement.
_WANTS = re.compile(r"\b((want|need|like|trying|hoping) to (know|understand|find out|check)|wondering|i (just )?need (the|to)|"
                    r"(can|could|would) you (tell|confirm|explain)|please (tell|confirm|explain)|if you (can|could) (tell|confirm|explain|say)|"
                    r"who is right|which is right|"
                    # "the main question the group had was how long ...", "my question is whether ..."
                    r"(questions?|query|queries)\b[^.?!]{0,40}\b(is|was|are|were) (how|whether|why|what|which|when|who|if)|"
                    # a question inside a sentence: "we argued about how long they were followed"
                    r"(argu\w*|debat\w*|disagree\w*|wonder\w*|fight\w*|bicker\w*|unsure|not sure|confused|curious|question) "
                    r"(about|over|on|as to) (how (long|many|much|often)|whether|which|why|what))\b", re.I)
# A last question asking only which side of a disagreement told before it is right.
_WHO_IS_RIGHT = re.compile(r"^\W*(?:(?:so|and|but|ok(?:ay)?)\W+)?(?:who(?:'?s| is) right|which (?:of us |one )?is (?:right|correct)|"
                           r"who(?:'?s| is) correct|which is it|am i right|is (?:she|he|they) right)\W*$", re.I)
VAGUE_ASK = 1  # content words: a question this bare ("what does each one mean?") is about what the sentences before it tell
_CLAUSE_START = re.compile(r"[,;.!?]\s+|\s[-–—]+\s")  # where a cut message's first whole clause begins
FOCUS_KEEP = 80  # characters a cut message keeps at least, from its first whole clause
LEAD_IN_MIN_WORDS = 6  # a question after a dash or colon this long stands on its own
SHORT_ASK = 7  # words: an asking sentence this short leans on the sentence before it
LEANS_WORDS = 14  # ... and one this short pointing back ("what does that star mean?"); a longer one says what it asks
# ("the XY they mention in the figure": they are the writers, not someone in the sentence before; "this
# therapy" is the one the text is about)
_AUTHORS_SAY = re.compile(r"\b(this|that) (therapy|treatment)\b|\bthey (mention|mentioned|mean|meant|say|said|write|wrote|report|reported|use|used|call|called|"
                          r"talk about|talked about|refer to|referred to|describe|described|measure|measured)\b", re.I)
# ... however long the question, "this term", "that star" is a thing the sentence before named
_THAT_THING = re.compile(r"\b(this|that|these|those) (term|terms|word|words|phrase|number|numbers|score|scores|value|values|star|"
                         r"stars|asterisk|asterisks|line|lines|abbreviation|column|columns|scale|measure|claim|statement|sentence|label|"
                         r"group|groups|one|ones|disease|diseases|condition|panel|patients|people|result|results|test|tests)\b", re.I)
_POINTS_BACK = re.compile(r"\b(that|this|those|these|it|they|them|there|he|she|him|his|her)\b|"
                          r"\b(need|needs|needing|needed|get|gets|getting|got|have|has|having|had|require|required|undergo|underwent) one\b", re.I)


_OPENS_VERB = re.compile(r"^\W*(?:did|do|does|was|were|is|are|had|has|have|can|could)\b", re.I)


def focus(text: str, short: bool = False) -> str:
    """The part of a message worth embedding: all of a short one; of a long one, its questions
    (sentences ending in "?", opening like one, or saying what the writer wants to know), else its
    last sentences, at most FOCUS_CHARS. A long run-on sentence is read clause by clause.
    short: a short message's questions too, when some of its sentences only tell ("I'm on two
    medicines. Did the patients stop theirs?"): what retrieval reads. (Routing reads all of it: a
    danger is often told, not asked.)"""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]
    if len(text) <= FOCUS_CHARS:
        if not short or len(sentences) < 2:
            return text
        asks = [s.endswith("?") or bool(_ASKING.match(s)) or bool(_WANTS.search(s)) for s in sentences]
        if all(asks) or not any(asks):
            return text
    # A sentence too long to be one: its commas and dashes are where its sentences end.
    sentences = [c.strip() for s in sentences for c in (re.split(r",\s+|\s+[-–—]+\s+", s) if len(s) > FOCUS_CHARS else [s])
                 if c.strip()]
    # (In a long message with a question mark, a sentence closed by a full stop that opens with a verb tells,
    # though it opens like a question: "Did six months of X, now on Y.", "Was on steroids for years.")
    marked = len(text) > FOCUS_CHARS and any(s.endswith("?") for s in sentences)
    asks = [s.endswith("?") or (bool(_ASKING.match(s)) and not (marked and s.endswith(".") and _OPENS_VERB.match(s)))
            or bool(_WANTS.search(s)) for s in sentences]
    # "... so I promised to look one thing up — was the cell count measured in blood?": what
    # follows a dash or colon that ends an asking sentence is its question.
    if len(text) > FOCUS_CHARS:
        sentences = [_after_lead_in(s) if a else s for s, a in zip(sentences, asks)]
    asking = []
    for i, sentence in enumerate(sentences):
        if asks[i]:
            if (i and not asks[i - 1] and sentences[i - 1] not in asking
                    and ((_POINTS_BACK.search(_AUTHORS_SAY.sub(" ", TREATMENT_DOES.sub(" ", DOCUMENT_NAMED.sub(" ", sentence))))
                          and len(sentence.split()) <= LEANS_WORDS) or _THAT_THING.search(sentence)
                         or len(sentence.split()) <= SHORT_ASK)):
                # "... a star on one line. What does that star mean?" / "... goes from 0 to 150. Is high good?"
                # ("X says A. I think B. Who's right?": both sides; "... have stars. I assumed they mean the
                # same. What does each mean?": what the sentence before points back at)
                leans_back = _WHO_IS_RIGHT.match(sentence) or (len(content_tokens(sentence)) <= VAGUE_ASK
                                                               and _POINTS_BACK.search(DOCUMENT_NAMED.sub(" ", sentences[i - 1])))
                if i > 1 and leans_back and not asks[i - 2] and sentences[i - 2] not in asking:
                    asking.append(sentences[i - 2])
                asking.append(sentences[i - 1])
            asking.append(sentence)
    picked = " ".join(asking or sentences[-2:])
    # Stripped, so a message is embedded once: its focus, focused again, is the same text. Cut, a
    # message keeps its end, where its question most often is, from the start of a clause (not
    # "... an engineer 30 years and every week there's a miracle cure in the papers" without its "I've been").
    cut = picked[-FOCUS_CHARS:]
    if len(picked) > FOCUS_CHARS:
        boundary = _CLAUSE_START.search(cut)
        if boundary and len(cut) - boundary.end() >= FOCUS_KEEP:
            cut = cut[boundary.end():]
    return cut.strip()


def _after_lead_in(sentence: str) -> str:
    """An asking sentence's last part after a dash or colon, when that part asks on its own."""
    parts = re.split(r"\s+[-–—]+\s+|:\s+", sentence)
    last = parts[-1].strip()
    # (not when it points back at a thing the lead-in names: "what I'm after is the X one: what's the top score it can reach?")
    leans = _POINTS_BACK.search(_AUTHORS_SAY.sub(" ", TREATMENT_DOES.sub(" ", DOCUMENT_NAMED.sub(" ", last))))
    return last if len(parts) > 1 and last.endswith("?") and len(last.split()) >= LEAD_IN_MIN_WORDS and not leans else sentence
