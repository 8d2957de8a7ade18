"""The parts of one message: several questions in one ("What is X, and how many Y?") and lists of
things asked for in one go ("I need: the dose, how long, and the caveat"). Each part is answered on
its own by the composer and the list answers. QuestionParts, a mixin of the Composer, splits a
question into the parts the composer answers, and finds the study's named things in it."""
from __future__ import annotations

import re

from assistant.answering.followups import points_back
from assistant.index.embedders import per_question
from assistant.retrieval.lexicon import content_tokens, find_name

# Parts of one question answered; the rest of a list of hundreds of parts costs nothing.
MAX_PARTS = 4
MAX_SPLIT_CHARS = 400
_PART_SPLIT = re.compile(
    r"\?\s+(?=\S)|;\s+|\s+\+\s+|(?<!\bbefore)(?<!\bduring)(?<!\bafter)(?<!\buntil)(?<!\bbetween),?\s+(?:and|also|plus)\s+(?=(?:(?:for|in|at|on|by|from|to|with|over|during|within|after|until|about) )?(?:what(?:'?s)?|how|why|when|who|whom|which|where|whether|is|are|do|does|did|was|were)\b)",
    re.I
)
# A request after a comma, after a question or a request: "list the measures, and tell me what the line
# marks", "what is X, and explain Y" (not "I'm ten, and explain it" or "use simple words, and define X").
_REQUEST_SPLIT = re.compile(r",\s+(?:and|also|plus)\s+(?=(?:please |can you |could you )?(?:tell|show|give) (?:me|us)\b|(?:please )?(?:explain|list|describe|define|name)\b)", re.I)
_REQUEST = re.compile(r"^\s*(?:so |and |ok |also )?(?:please |can you |could you |would you )?(?:tell|show|give|list|explain|describe|define|name|summari[sz]e|outline)\b", re.I)
_WH = r"(?:what|how|why|when|who|whom|whose|which|where)\b"
_ASKS = re.compile(rf"\s*(?:and |so |ok |also )?(?:{_WH}|(?:is|are|do|does|did|was|were|can|could|will|would)\b)", re.I)
# (Or a yes/no question after the comma: "what's the sample size, was there a control group?")
_WH_SPLIT = re.compile(rf"\s*(?:,|/)\s*(?:and\s+)?(?={_WH}|(?:is|are|was|were|did|does|do|can|could|will|would|has|have|had)\s+"
                       r"(?:there|any|all|anyone|each|every)\b|(?:did|do|does|were|are|have|had)\s+(?:they|the patients|the people|those|these|people|patients)\b)"
                       # (after ", and" a yes/no question of its own: "did the improvements last, and can we call them cured?")
                       r"|\s*,\s*and\s+(?=(?:can|could|should|would|will|is|was|are|were|do|does|did|has|have)\s+(?:we|you|one|it|this|that|they)\s)"
                       # (after a dash, a yes/no question of its own: "how many infusions - is it like X every few weeks?")
                       r"|\s+[-–—]\s+(?!was it\b|(?:is|was) (?:that|it|this) (?:right|correct|true|so|accurate)\b)(?=(?:is|are|was|were|do|does|did|can|could|will|would|has|have)\s+(?:it|this|that|they|there|we|you)\s)",
                       re.I)  # (not "..., was it X?": a guess at the first)
# Numbered questions in one message: "1) did it last 2) is it a cure 3) how long", "1. ... 2. ...".
_NUMBERED = re.compile(r"(?:^|(?<=\s))\(?[1-9]\s?[).]\s+")


_GUESS = re.compile(r"^\W*(?:or |like |maybe |perhaps |probably |i mean |e\.g\.? )?(?:an?|just|only|(?:about|around|roughly) (?=\d|one\b|two\b|three\b|four\b|six\b|twelve\b|a\b)|\d+|one|two|three|four|six|twelve)\b", re.I)
_WH_ASKS = re.compile(r"^\W*(?:and |so |ok |also )?(?:what|which|how (?:long|many|much|often|big)|when)\b", re.I)
_SAME_OF = re.compile(r"^\W*(?:and |so |also |then )?(?P<wh>(?:what|where|how|which) (?:is|are|was|were|does|do))\s+(?:it|that|they|this|one)\s+"
                      r"(?P<rest>(?:for|in|on|with)\b.*)$", re.I | re.S)
_ASKED_OF = re.compile(r"^\W*(?:and |so |also |then )?(?P<wh>(?:what|where|how|which) (?:is|are|was|were|does|do))\s+(?P<thing>(?!(?:it|that|they|this)\b)"
                       r"[\w' -]{3,60}?)\s+(?:for|in|on|with)\b", re.I)


def split_parts(question: str) -> list[str]:
    """A question with several parts ("What is CD19, and how many infusions...?") -> its parts. A
    question word after a comma or a slash starts a new part when the part before is a question
    too ("who wrote it, where did it appear, what year?"; not "my son has X, what ...?")."""
    parts = []
    numbered = _NUMBERED.split(question)
    if len(numbered) >= 3:
        # (what comes before the first number is a lead-in, "Three questions from our members:",
        # unless it asks itself)
        lead, items = numbered[0], [i.strip(" ,;") for i in numbered[1:] if i.strip(" ,;")]
        if len(items) >= 2 and not (lead.strip() and not lead.rstrip().endswith(":") and _ASKS.match(lead)):
            return items
    pieces = []
    for part in _PART_SPLIT.split(question):
        if not part:
            continue
        asked = _REQUEST_SPLIT.split(part)
        if len(asked) > 1 and (_ASKS.match(asked[0]) or _REQUEST.match(asked[0])):
            pieces.extend(asked)
        else:
            pieces.append(part)
    for part in pieces:
        if part and _ASKS.match(part):
            parts.extend(piece for whole in _WH_SPLIT.split(part) for piece in _run_on(whole))
        elif part:
            parts.append(part)
    parts = [p for p in parts if p and p.strip() and (content_tokens(p) or points_back(p)) and not _TELLS.match(p)]
    # (A part giving an example of the one before, pointing back at it or saying little of its own, asks
    # the same: "were side effects measured? like how many got sick from it", "what dose? like how many
    # million"; "... like how long did the follow-up actually run" asks itself)
    for i in range(len(parts) - 1, 0, -1):
        if _FOR_EXAMPLE.match(parts[i]) and (points_back(parts[i]) or len(content_tokens(_FOR_EXAMPLE.sub("", parts[i]))) <= 2):
            before = parts[i - 1].rstrip()
            parts[i - 1 : i + 1] = [f"{before}{'' if before[-1:] in '?.!,;:' else ','} {parts[i].strip()}"]
    # (A guess at the answer after a question asking what, which or how long, saying nothing of its own, is that
    # question: "what type of study is it? an RCT?", "how long were they followed? like two years?")
    for i in range(len(parts) - 1, 0, -1):
        if (_GUESS.match(parts[i]) and not _ASKS.match(parts[i]) and len(parts[i].split()) <= 5
                and _WH_ASKS.match(parts[i - 1])):
            before = parts[i - 1].rstrip()
            parts[i - 1 : i + 1] = [f"{before}{'' if before[-1:] in '?.!,;:' else ','} {parts[i].strip()}"]
    # (A part asking the same of another thing, "it" for what the part before named: "where is the
    # normal line for A and where is it for B?" -> "where is the normal line for B?")
    for i in range(1, len(parts)):
        again, before = _SAME_OF.match(parts[i]), _ASKED_OF.match(parts[i - 1])
        if again and before and again.group("wh").split()[0].lower() == before.group("wh").split()[0].lower():
            parts[i] = f"{again.group('wh')} {before.group('thing')} {again.group('rest')}"
    return parts if len(parts) > 1 else [question]


_FOR_EXAMPLE = re.compile(r"^\s*(?:like|e\.g\.?|eg|for example|for instance|i\.e\.?|such as|as in|meaning)\b", re.I)


# A question run on into the next without a stop: "how many had X what happened to them".
# (Not "who", "which", "where", "when": after a noun they start a clause of it, "the people who did ...".)
_RUNS_ON = re.compile(r"\s+(?=(?:what|how|why)(?:'?s)?\s+(?:happened|happens|is|are|was|were|did|does|do|many|much|long|often)\b)", re.I)
# ... unless the question word is part of the question before: "do you know what happened", "which
# panel shows what is measured".
_EMBEDS = frozenset("know knows knew see tell tells told say says said show shows showed explain explains explained mean means "
                    "understand ask asked asking wonder wondering about on of in is was and or to from exactly remember describe "
                    "describes find out sure idea clue matter depends on regarding guess me us them him her you measure decide check "
                    "clarify report known determine calculate work figure tell".split())


# (Only a question opening with its question word runs on: "could you clarify how many ..." asks one thing.)
_WH_OPENS = re.compile(rf"\s*(?:and |so |ok |also )?{_WH}", re.I)
# ... and not one whose verb is still to come: "how did they measure how many cells were left" asks one thing.
_AUX_OPENS = re.compile(r"\s*(?:and |so |ok |also )?(?:how|what|why) (?:did|do|does|can|could|would|will|is|are|was|were) "
                        r"(?:they|you|we|the \w+|it|he|she|people|patients) \w+$", re.I)


def _run_on(part: str) -> list[str]:
    """A question run on into others without a stop ("how many had X what happened to them and
    whats the Y called") -> each; one that asks on its own (three words or more before) starts a part."""
    pieces, start = [], 0
    for match in _RUNS_ON.finditer(part):
        before = part[start: match.start()].split()
        # (after a word, not a dash or a colon: "... did each get — how many cells?" says the same again)
        if (len(before) >= 3 and before[-1][-1:].isalnum() and before[-1].lower() not in _EMBEDS
                and _WH_OPENS.match(part[start:]) and not _AUX_OPENS.match(part[start: match.start()])):
            pieces.append(part[start: match.start()])
            start = match.end()
    return [*pieces, part[start:]]


# A sentence telling about the writer or someone they speak of, not asking ("... teenagers? My
# daughter is 16."): no part of the question.
_TELLS = re.compile(r"^\s*(?:(?:my(?: \w+){1,2}|our \w+|i|i'm|i’m|we|she|he|she's|he's)\s+(?:is|am|are|was|were|has|have|had|'s|’s|'m|’m|got|gets)\b|"
                    r"(?:she|he|they|we)(?:'s|’s|'re|’re)\s+(?:not|also|really|very|quite|a|an|no|never|only|just|still)\b|"
                    r"there(?:'s|’s| is| are| was| were)\b|"
                    # (what someone else claims, told: "my mate says it's dangerous")
                    r"(?:my(?: \w+){1,2}|our \w+|she|he|they|someone|somebody|people|everyone) (?:says|said|reckons|reckoned|claims|claimed|keeps saying|told me|thinks)\b|"
                    # (the subject dropped, as people text: "got diagnosed with X 3 yrs ago.")
                    r"(?:just |recently |finally |only )?(?:got|was|been|being) (?:\w+ )?diagnosed\b|diagnosed (?:with|in|at|last|this|\d)|"
                    # (what the writer is doing it for: "writing a piece for the local paper")
                    r"(?:i'?m |i am |we'?re |just |currently )?(?:writing|working on|doing|preparing|putting together|researching) (?:a |an |my |our |the |some )?"
                    r"(?:[\w-]+ )?(?:piece|article|essay|story|report|blog|post|talk|presentation|assignment|homework|project|thesis|paper|newsletter|column|feature|podcast|video)\b|"
                    # (what the writer means to do next, not a question: "I'd like to contact the clinic")
                    r"(?:i'?d|id|i would|i'?m hoping to|i was hoping to|i plan to|i'?m planning to|i'?m going to|i want to|i wanna)(?: like)?(?: to)? "
                    r"(?:contact|email|e-mail|call|phone|ring|write to|reach|visit|go to|go there|quote|cite|print|forward|post|mention)\b)"
                    r"(?![^?]*\b(?:what|how|why|when|who|which|where|whether|tell|explain|show|give|list|want|wants|need|needs|"
                    r"wondering|wonder|trying|curious|asking|know|understand|follow|read|reading|interested|also|too)\b)[^?]*$", re.I)


# A list of things asked for in one go, after a lead-in: "I need: what X is, how many Y, which Z, and
# the caveat." / "Give me the count, the dose, and how long they were followed." Each item is a part.
_ENUM_SPLIT = re.compile(r"\s*(?:,|;)\s*(?:(?:and|plus|&)\s+)?|\s+(?:and|plus|&)\s+(?=(?:the|its|their|his|her|your|a|an|any|who|what|how|which|whether|where|when|why)\b)", re.I)
_ENUM_LEAD = re.compile(r"^(?P<lead>[^:]{0,200}):\s*(?P<items>[^:]+)$|^(?P<ask>.*?\b(?:need|want|give me|tell me|list|include|know|confirm|check|cover|"
                        r"state|provide|outline|summari[sz]e)\b)\s+(?P<rest>[^:]+)$", re.I | re.S)
# The letters or numbers of a list's items: "(a) the dose, (b) the timing and (c) ...", "1) ..., 2) ...".
_BARE_LIST = re.compile(r"^(?P<ask>)(?P<rest>[^:]+,[^:]+)$", re.S)
_MARKER = re.compile(r"(?:(?<=^)|(?<=[\s,;:]))\(?(?:[a-h]|[1-9]|i{1,3}|iv)\)\s+|(?:(?<=^)|(?<=[\s,;:]))(?:[1-9])\.\s+", re.I)
# An item told, not asked ("my mum has X, she is 70, how did ...?"): the writer's own clauses.
# (Or an item leaning on the lead-in, "in group X"; not a question of its own, "on how many people".)
_TOLD = re.compile(r"(?:i|i'm|i’m|i've|i’ve|my|me|we|we're|our|she|he|she's|he's|she’s|he’s|her|his|your|it|it's|it’s|this|that|there)\b|"
                   r"(?:in|on|at|for|of|with|by|from|about|among)\b(?!\s+(?:how|what|which|whom|whose|when|where)\b)", re.I)
_POINTS_AT_LIST = re.compile(r"\b(that|this|these|those|them|it|each|every|all)\b", re.I)
ENUM_MIN = 3  # items: fewer is an ordinary "X and Y"
ENUM_WORDS = 10  # an item this long is a sentence of its own, not an item of a list
ENUM_MAX = 5


def enumeration(question: str) -> tuple[str, list[str]] | None:
    """A question that lists the things it wants, three or more, separated by commas and "and"
    ("... : the criterion, the lab values, and how long it went") -> (its lead-in, the items); else
    None. Only the message's last sentence holding a list is read."""
    text = question.strip().rstrip("?.! ")
    sentences = re.split(r"(?<=[.?!])\s+(?=[A-Z])", text)
    for n, sentence in enumerate(reversed(sentences)):
        if sentence.count(",") < 1:
            # A list before the message's last question only when that question points back at it
            # ("15 patients, one infusion, ... Is every bit of that right?"; not "... What else?").
            if not _POINTS_AT_LIST.search(sentence):
                return None
            continue
        match = _ENUM_LEAD.match(sentence.strip().rstrip("?.! "))
        bare = match is None and len(sentences) == 1
        if bare:
            # (A list of things with no lead-in, the whole message: "Total number treated, number of
            # infusions, and length of follow up?"; questions in a row are parts, split_parts' work.)
            match = _BARE_LIST.match(sentence.strip().rstrip("?.! "))
        if not match:
            continue
        found = match.groupdict()
        lead = found["lead"] if found.get("lead") is not None else found["ask"]
        body = _MARKER.sub("", found["items"] if found.get("items") is not None else found["rest"])
        items = [i.strip(" -–—.?!") for i in _ENUM_SPLIT.split(body)]
        items = [i for i in items if i]
        # (Each item a phrase of its own, "the dose", "how long": a bare name, "X, Y and Z", is one
        # question about three things, "overall" leans on the lead-in.)
        # (Without a colon, the last item after "and": "..., so I can ..." is a clause; an item with an
        # "and" of its own leaves the list's shape unsure.)
        if bare and any(_ASKS.match(i) for i in items):
            return None
        # (After a colon an item may be one word: "I need: journal, year, number of patients and follow-up".)
        least = 1 if found.get("items") is not None else 2
        if (ENUM_MIN <= len(items) <= ENUM_MAX and all(least <= len(i.split()) <= ENUM_WORDS and re.search(r"[^\W\d_]{3}", i)
                                                      and not re.search(r"\b(and|or)\b|[.!?\"“”]|(?<!\w)'|'(?!\w)", i, re.I) and not _TOLD.match(i) for i in items)
                and (found.get("items") is not None  # (after a colon the list needs no "and")
                     or re.search(r"(\band\b|\bplus\b|&)\s*" + re.escape(items[-1]) + r"\W*$", body.rstrip("?.! "), re.I))):
            return lead, items
        return None
    return None


AS_CONTEXT = re.compile(r"\s*\([^()]*\)\W*$")  # "(the X patients)": what a follow-up leans on
_JOINED = re.compile(r"\b(and|both|vs\.?|versus|&)\b|,")


class QuestionParts:
    """The parts of a question the composer answers one by one, and the study's named things in it.

    A mixin of the Composer (composer.py): it uses the composer's scorer (self.scorer) and its
    groups' names, longest first (self._group_names)."""

    def entities(self, question: str) -> list[str]:
        """The study's named things in a question, in order: defined terms and diseases."""
        return list(per_question(("entities", id(self), question), lambda: self._entities(question)))

    def _entities(self, question: str) -> list[str]:
        found = []
        for definition in self.scorer.lexicon.definitions.values():
            for form in (definition.term, definition.long_form):
                match = find_name(form, question)
                if match:
                    found.append((match.start(), match.group(0)))
                    break
        for name in self._group_names:
            match = find_name(name, question)
            if match and not any(start <= match.start() < start + len(t) for start, t in found):
                found.append((match.start(), match.group(0)))
        spans = sorted(found)
        # Drop a term found inside a longer one ("RA" inside "Remission Criteria in RA").
        return [t for i, (start, t) in enumerate(spans) if not any(s2 < start < s2 + len(t2) for s2, t2 in spans[:i])]

    @staticmethod
    def _joined(question: str, names: list[str]) -> bool:
        """The named things are joined to one another ("the ABC and the XY score"), not merely in the
        same question as an "and" ("the ABC levels of the XY patients before and after")."""
        found = [find_name(n, question) for n in names]
        if not all(found):
            return False
        spans = sorted(m.span() for m in found)
        return all(_JOINED.search(question[end:spans[i + 1][0]]) for i, (_, end) in enumerate(spans[:-1]))

    def parts(self, question: str) -> list[str]:
        """The parts of a question: split at "?", ";" and "..., and what ...", and a question
        joining several named things ("ranges for both the ABC-8 and the XYZ score") asked once per thing."""
        return list(per_question(("parts", id(self), question), lambda: self._parts(question)))

    def _parts(self, question: str) -> list[str]:
        # A long message is one question (its asking sentences are what retrieval reads); only a
        # short one is split into parts, so the work per question stays bounded.
        parts = split_parts(question)[:MAX_PARTS] if len(question) <= MAX_SPLIT_CHARS else [question]
        listed = enumeration(question) if len(question) <= MAX_SPLIT_CHARS else None
        if listed and len(listed[1]) > len(parts):
            return listed[1]
        if len(parts) > 1 or not _JOINED.search(question):
            return parts
        # (Not the names of a follow-up's context in brackets: "how long (the X patients, panel Y)".)
        own = AS_CONTEXT.sub("", question)
        names = self.entities(own)
        if not 2 <= len(names) <= 3 or not self._joined(own, names):
            return parts
        out = []
        for name in names:
            part = question
            for other in names:
                if other != name:
                    part = re.sub(rf"(\s*(,|and|&|both|vs\.?|versus))*\s*(?<![\w-]){re.escape(other)}(?![\w-])", "", part, flags=re.I)
            out.append(part)
        return out
