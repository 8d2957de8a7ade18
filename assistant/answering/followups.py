"""Follow-ups: turn "and what about the other group?" into the standalone question it stands for."""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.retrieval.lexicon import DOCUMENT_NAMED, TREATMENT_DOES, Lexicon, content_tokens, find_name

# A question of its own ("how many of them had ..."), not an ellipsis ("and the skin group?").
_ASKS = re.compile(r"\b(how|what|which|who|whom|why|when|where|did|does|do|is|are|was|were|had|has|have)\b", re.I)
_ELLIPSIS_WORDS = frozenset(content_tokens("group groups ones one patients people those folks lot bunch"))
_FOLLOW_START = re.compile(
    r"^\s*(and|also|but|so|ok(ay)?|what about|how about|same for|and for|what of|then|plus)\b", re.I
)
FOLLOW_START = _FOLLOW_START  # (a continuation's opening: "and ...", "what about ...")
# "the last one", "the second group", or "the last?" alone; not "the last visit", "the first year".
_ORDINAL = re.compile(r"\b(?:the|that|this) (first|second|third|fourth|last|latter|former)(?:( one| group| disease| condition| illness| lot|"
                      r" scale| score| measure| test| index| tool)\b|\s*\??\s*$)", re.I)
# The kind of thing an ordinal's noun points at: a measure ("the second scale"), not a group.
# A comparison with another group, said after the question ("..., like the X ones?", "as with the X patients").
_LIKENED = re.compile(r",?\s*\b(?:just like|like|as with|same as|unlike|compared (?:to|with)|as did|as for)\s+(?:the\s+|those\s+)?"
                      r"(?P<what>[\w-]+(?:\s+[\w-]+)?)(?:\s+(?:ones|patients|group|people|lot|folks|did))?(?=\W*$|\s*,)", re.I)
# The marks of a figure any legend explains ("stars", "the dashed line", "arrowheads").
_FIGURE_MARK = re.compile(r"\b(stars?|starred|asterisks?|arrowheads?|arrows?|dashed|dotted|lines?|columns?|bars?|dots?|axis|axes|shading|shaded|"
                          r"colou?rs?|symbols?|marks?|marked|markers?)\b", re.I)
_PEOPLE_NOUN = re.compile(r"\b(the |those |these |all the |all )?(patients|people|participants)\b", re.I)
_ALIKE = re.compile(r",?\s*(?:just like|like|same as|as with|as did)\b", re.I)
_MEASURE_NOUN = re.compile(r"\b(scale|score|measure|test|index|tool)\b", re.I)
# A question asking what was measured or used ("what was measured in group X?", "which scales were
# used?"): the items of its answer are measures, whatever groups the answer's sentences name.
# (Plural, or a verb: "what score for group X?" asks for one, and its answer lists no measures.)
_ASKED_MEASURES = re.compile(r"\b(measur\w*|scales|scores|ind(ices|exes)|tests|assess\w*|criteria|tools|instruments|tracked|rated)\b", re.I)
_OF_GROUPS = re.compile(r"\b(diseases|conditions|illnesses|groups|disease groups|patient groups)\b", re.I)
_PLACES = {"first": 0, "former": 0, "second": 1, "third": 2, "fourth": 3, "last": -1, "latter": -1}
# Words that point back, by what they point at. Within a kind longer phrases come first so "that
# panel" is not read as "that"; "that one" ("any") is resolved before the others.
_POINTERS = (
    ("label", re.compile(r"\b(that|this|the same) (panel|figure|table|graph|chart|plot)\b", re.I)),
    ("people", re.compile(r"\b(that group|this group|the group|those patients|these patients|them|they|their|those|these)\b", re.I)),
    ("term", re.compile(r"\b(that score|that scale|this score|this scale|that index|that test|it|that|this)\b", re.I)),
    # "that one": whatever the user's last question named, a label first.
    ("any", re.compile(r"\b(that one|this one|the same one)\b", re.I)),
)
_THAT_PANEL = re.compile(r"\b(that|this|the same) (panel|graph|chart|plot)\b", re.I)  # not "this figure": the document
# ... and "the last one", "the second group": a place in the list the previous answer gave.
_REFERENT = re.compile("|".join([p.pattern for _, p in _POINTERS] + [_ORDINAL.pattern]), re.I)
# A bare "it", "that", "this" points at what the user asked about last, not at whatever term the
# cited sentence happens to hold ("which journal was it in?" ... "and the title of it?").
# A word of the rest that points into the lead ("... group X - how many was that?"); "they" most
# often means the people of the question itself, "it" the study, and "this study" or "the figure"
# (DOCUMENT_NAMED) the document itself.
_INTO_LEAD = re.compile(r"\b(that|this|those|these)\b", re.I)
_ASKED_WHICH_MEASURE = re.compile(r"\b(what|which) (\w+ )?(score|scale|measure|index|test|tool|instrument|criteria)s?\b", re.I)
_BARE = re.compile(r"^(it|that|this)$", re.I)
# The user says the subject changes: the question stands on its own.
_TOPIC_CHANGE = re.compile(
    r"^\W*((ok(ay)?|so|and|right|now|also|oh)\W+)*(a |one )?(different|other|new|unrelated|separate|another) (thing|question|topic|subject|q)\b|"
    r"\bchang(e|ing) (the )?(topic|subject)\b|\b(on )?(a )?(different|another|unrelated) note\b|\bswitching gears\b",
    re.I,
)
# "the blood one", "the one for X": another thing of the kind the previous question asked about.
_ANOTHER_ONE = re.compile(r"\b(the|that) (?!(other|same|next|last|first|second|third|previous|former|latter|new|old|only|right|wrong|whole|main|best|worst)\b)"
                          r"(?P<kind>[\w-]+( [\w-]+){0,2}) one\b|\bthe one (for|about|on|measuring|that)\b", re.I)
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
# A follow-up asking only of the others: "what about the others?", "and the rest?", "the other groups?"
_OTHERS_ONLY = re.compile(r"^\W*(?:(?:and|so|but|ok(?:ay)?|what about|how about|what of|same for|and for)\W+)*"
                          r"(?:the )?(?:others|rest|other (?:ones|groups?|patients|people|diseases|conditions)|everyone else|everybody else)\W*$", re.I)
_MEASURE_HEAD = re.compile(r"\b(index|score|scale|test|criteria|measure|level|ratio|count|state|questionnaire)\b", re.I)
_WHICH_ONE = re.compile(r"\bwhich (one|of them|of those|of these)\b", re.I)
MAX_CHAIN = 3  # how many follow-ups back a chain of them is resolved
LABEL = re.compile(r"\b(panel [a-z]|figure \d+)\b", re.I)  # a figure's label named in a message
_THE_THING = re.compile(r"\b(the|that|this) (?P<what>[\w:-]+( [\w:-]+){0,2}) (chart|plot|graph|curve|line|measure|score|scale|test|panel|figure)\b", re.I)
_BARE_MARK = re.compile(r"([a-z]|\d{1,2})", re.I)  # a label's mark alone: "D", "3" (matched whole)
# A sentence that only says who is asking or what for ("I'm a nurse.", "I teach biology -", "making a
# handout for our group:"): it says nothing about what is asked, and its words mislead retrieval.
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
_CONTRACTION = re.compile(r"\b(they|it|that|this)['’](re|s|ve|ll|d)\b", re.I)
_EXPANDED = {"re": "are", "s": "is", "ve": "have", "ll": "will", "d": "would"}


def history_turns(history, max_turns: int, max_chars: int | None = None) -> list[dict]:
    """The well-formed {"role", "content"} turns of history, most recent last; others are skipped.
    A user turn is an earlier question: one longer than max_chars is cut to it, since a follow-up
    rereads it and that costs time with its length."""
    if not isinstance(history, (list, tuple)):
        return []
    turns = []
    for turn in history:
        if isinstance(turn, dict) and turn.get("role") in ("user", "assistant") and isinstance(turn.get("content"), str):
            content = turn["content"][:max_chars] if max_chars and turn["role"] == "user" else turn["content"]
            if content.strip():
                turns.append({"role": turn["role"], "content": content})
    return turns[-max_turns:] if max_turns else []


def _group(text: str, groups) -> tuple[int, str] | None:
    """The first group of people (a study pack's [[groups]]) text names: (its index, the name used)."""
    for n, group in enumerate(groups):
        for name in sorted(group.all_names, key=len, reverse=True):
            match = find_name(name, text)
            if match:
                return n, match.group(0).lower()
    return None


def _groups_in_order(text: str, groups) -> list[int]:
    """The groups text names, in the order it first names them."""
    found = []
    for n, group in enumerate(groups):
        starts = [m.start() for m in (find_name(name, text) for name in group.all_names) if m]
        if starts:
            found.append((min(starts), n))
    return [n for _, n in sorted(found)]


def _topics(text: str, lexicon: Lexicon, groups=()) -> dict[str, list[str]]:
    """What a turn talks about, by kind, in order of appearance: defined terms ("term"), groups of
    people ("people") and figure labels ("label")."""
    terms = []
    for definition in lexicon.definitions.values():
        found = [m for m in (find_name(form, text) for form in (definition.term, definition.long_form)) if m]
        if found:
            first = min(found, key=lambda m: m.start())
            terms.append((first.start(), first.end(), definition.term))
    # (A term named only inside another's name is not one of its own: "ABC" in "the ABC Total Score",
    # "XYZ" in "the XYZ activity index (XYZ-AI)" name that score.)
    terms = [(a, t) for a, b, t in terms if not any((a2 <= a and b <= b2 and (a2, b2) != (a, b)) or (a2 >= b and _NAMES_NEXT.match(text[b:a2]))
                                                    for a2, b2, _ in terms)]
    # (A turn naming several groups is about all of them: "those patients" after it are everyone.)
    group = _group(text, groups) if len(_groups_in_order(text, groups)) == 1 else None
    return {
        "term": [t for _, t in sorted(terms)],
        "people": [f"{groups[group[0]].names[0]} patients"] if group else [],
        "label": [label.capitalize()[:-1] + label[-1].upper() for label in LABEL.findall(text)],
    }


def names_own_subject(question: str, lexicon: Lexicon, groups=()) -> bool:
    """The question names a study term, a group of people, or two words of a term's long form."""
    if _group(question, groups) or any(_topics(question, lexicon)["term"]) or LABEL.search(question):
        return True
    words = content_tokens(question)
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:])}
    for definition in lexicon.definitions.values():
        long_words = content_tokens(definition.long_form)
        if pairs & {f"{a} {b}" for a, b in zip(long_words, long_words[1:])}:
            return True
    return False


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


def own_words(question: str, previous: str) -> set[str]:
    """The words a follow-up brings of its own: not in the previous question, not a word that only
    points back or names people in general ("for which patients?" has none; "was that for everyone?" has one)."""
    return set(content_tokens(question)) - _ELLIPSIS_WORDS - set(content_tokens(previous))


def names_a_place(text: str) -> bool:
    """Points at an item of the last answer by its place ("tell me more about the second one")."""
    return bool(_ordinal(text))


def points_back(text: str) -> bool:
    """Has a word pointing at something said before ("they", "that scale", "the same panel")."""
    return bool(_REFERENT.search(text))


def needs_history(question: str, lexicon: Lexicon) -> bool:
    """A follow-up that leans on what came before (a topic change does not)."""
    return is_follow_up(question, lexicon) and not _TOPIC_CHANGE.search(question)


def is_follow_up(question: str, lexicon: Lexicon) -> bool:
    """Short, and either opens like a continuation or points back with a pronoun."""
    words = content_tokens(question)
    if len(words) > 9:
        return False
    return bool(_FOLLOW_START.search(question) or _REFERENT.search(question) or _WHICH_ONE.search(question) or len(words) <= 2)


def _acknowledges(text: str, lexicon: Lexicon, groups) -> bool:
    """A short turn that neither asks nor names anything ("ok", "sure", "great, thanks")."""
    words = text.split()
    return len(words) <= 3 and "?" not in text and not _ASKS.search(text) and not names_own_subject(text, lexicon, groups)


def _swap_subject(bare: str, previous: str, lexicon: Lexicon, groups=()) -> str | None:
    """The previous question asked of another thing of the same kind: "and in figure 3?" after a
    question about figure 2; "and the blood one?" or "and the one for X?" after a question about a
    term (the old term gives way to the new phrase). None when the follow-up names no such thing."""
    phrase = bare.strip(" ?.!,")
    old_label, new_label = LABEL.search(previous), LABEL.search(bare)
    if old_label and new_label and old_label.group(0).lower() != new_label.group(0).lower():
        return previous[:old_label.start()] + new_label.group(0) + previous[old_label.end():]
    if old_label and _BARE_MARK.fullmatch(phrase):
        # "and D?" after a question about panel C: the same kind of label, its new mark.
        kind, mark = old_label.group(0).split()
        if phrase.lower() != mark.lower() and phrase.isdigit() == mark.isdigit():
            return previous[:old_label.start()] + f"{kind} {phrase}" + previous[old_label.end():]
    another = _ANOTHER_ONE.search(phrase)
    if not another:
        return None
    for definition in lexicon.definitions.values():
        for form in (definition.long_form, definition.term):
            match = find_name(form, previous)
            if match and not find_name(form, bare):
                if another.group("kind") and re.search(r"\bthe\s+$", previous[:match.start()], re.I):
                    new = another.group("kind")  # "the XY chart" -> "the blood-test chart"
                    head = _MEASURE_HEAD.findall(definition.long_form or "")
                    if head and groups and any(find_name(n, new) for g in groups for n in g.all_names) and not _MEASURE_HEAD.search(new):
                        new = f"{new} {head[-1].lower()}"  # ("the <group> one" after "the range of <an index>": that group's index)
                else:
                    new = phrase[another.start():]  # "What's X?" -> "What's the blood one?"
                    # (the one of the term's kind: "the one for group B" after "what's <an index>?" is an index)
                    head = _MEASURE_HEAD.findall(definition.long_form or "")
                    if head and not another.group("kind"):
                        new = re.sub(r"\bone\b", head[-1].lower(), new, count=1)
                before = previous[:match.start()]
                if re.match(r"(?:the|that)\s", new, re.I) and re.search(r"\b(?:the|that)\s+$", before, re.I):
                    before = re.sub(r"\b(?:the|that)\s+$", "", before, flags=re.I)  # (not "the the one for X")
                swapped = before + new + previous[match.end():]
                # What else the follow-up says of the thing ("that other <group> scale, the activity one")
                # stays with it.
                said = phrase[:another.start()].strip(" ,;-")
                said_words = [w for w in content_tokens(said) if w not in content_tokens(swapped)]
                return f"{swapped.rstrip(' ?')} ({said})?" if said_words else swapped
    # No term the text defines: "the <thing> chart" asked before, "the <other> one" now ("On the
    # <X> chart, what's the dashed line?" "And on the <Y> one?"). Not when the follow-up names another
    # group than the question did: "and the <group B> one?" after "the top score of <group A's index>"
    # is the group swap's to handle.
    old_group, new_group = (_group(previous, groups), _group(bare, groups)) if groups else (None, None)
    if old_group and new_group and old_group[0] != new_group[0]:
        return None
    things = list(_THE_THING.finditer(previous))
    # (The container first: "what does the dashed line mean on the urine chart?" is of the chart.)
    old = next((m for m in things if m.group(4).lower() in ("chart", "plot", "graph", "panel", "figure")), things[-1] if things else None)
    if old and another.group("kind") and another.group("kind").lower() != old.group("what").lower():
        return previous[:old.start("what")] + another.group("kind") + previous[old.end("what"):]
    return None


_HOW_MANY_THAT = re.compile(r"^\W*(?:(?:so|and|ok(?:ay)?|right|wait)\W+)*how many (?:people |patients )?(?:is|was|are|were) (?:that|those|they|them|these)(?: exactly| in total| altogether)?\W*$", re.I)
_LISTED = re.compile(r"^\s+(?:(?:that|which) )?(?:you (?:just )?(?:listed|mentioned|said|named|gave)|(?:on|in|from) (?:the|that|your) list)\b", re.I)
_NAMES_NEXT = re.compile(r"\s*((?:[\w-]+\s+){0,4}\(\s*)?$")  # (between a name's first word and the rest: "activity index (")


def _ordinal(text: str) -> re.Match | None:
    """A place in a list named ("the second one", "the last?", "that first scale"); "that last" alone
    is no place ("did that last?"), nor "that last one" (the last thing named, whatever it was)."""
    match = _ORDINAL.search(text)
    if match and match.group(0).lower().startswith(("that", "this")) and not _MEASURE_NOUN.search(match.group(2) or ""):
        return None
    return match


def _last_reply(history: list[dict]) -> str:
    """The last assistant turn's text (empty when none)."""
    return next((t["content"] for t in reversed(history) if t["role"] == "assistant"), "")


@dataclass(frozen=True)
class Standalone:
    """A question made to stand alone: its text, and the earlier turn it leans on (if any), which
    retrieval weighs lightly."""

    text: str
    context: str = ""


def standalone(question: str, history: list[dict], lexicon: Lexicon, groups=(), answered: str = "", depth: int = 0) -> Standalone:
    """The question as it would be asked with no history.

    Only the user's own earlier questions are read from history; what the assistant said is
    `answered`: the study sentences the assistant cited for the previous question, re-derived by
    the caller, never the assistant text a client sends back (it may have been tampered with). That
    text is read for one thing only: which of the study's own terms or groups a place in the list the
    user saw ("the second one you listed") or "how many is that?" points at; what is said of it comes
    from the study."""
    # "ok", "sure", "great, cheers": a turn that only acknowledges is not what a follow-up leans on.
    history = [t for t in history if t["role"] != "user" or not _acknowledges(t["content"], lexicon, groups)]
    likened = _LIKENED.search(question)
    if likened and groups and _ALIKE.match(likened.group(0)):
        # "did the skin group also get remission like the X ones?": asked of the group it names, X only
        # the comparison. (Not "compared with X", "unlike X": those ask of both.)
        rest = question[:likened.start()] + question[likened.end():]
        own, compared = _group(rest, groups), _group(likened.group("what"), groups)
        if own and compared and own[0] != compared[0]:
            question = re.sub(rf"(?<![\w-]){re.escape(own[1])}(?![\w-])", groups[own[0]].names[0], rest, count=1, flags=re.I)
    users = [t["content"] for t in history if t["role"] == "user"]
    if not users or not is_follow_up(question, lexicon) or _TOPIC_CHANGE.search(question):
        return Standalone(question)
    previous = users[-1]
    if depth < MAX_CHAIN and len(users) > 1 and is_follow_up(previous, lexicon) and not _TOPIC_CHANGE.search(previous):
        # "How many had disease A?" "and B?" "how about C?": the previous turn was
        # itself a follow-up; what it stood for is what this one leans on.
        last = max(i for i, t in enumerate(history) if t["role"] == "user")
        previous = standalone(previous, history[:last], lexicon, groups, depth=depth + 1).text
    likened = _LIKENED.search(question)
    if likened and groups:
        # "did they all reach remission like the X ones?" after a question about group Y: asked of Y,
        # X only the comparison (the rest of the question names no group of its own).
        rest = question[:likened.start()] + question[likened.end():]
        compared, old = _group(likened.group("what"), groups), _group(previous, groups)
        if compared and old and compared[0] != old[0] and not _group(rest, groups) and _REFERENT.search(rest):
            question = rest
    if _HOW_MANY_THAT.match(question) and answered:
        # "how many is that?" after an answer about one group ("all A patients reached XYZ"): how
        # many people that group had.
        told = _groups_in_order(answered, groups)
        if len(told) != 1:
            told = _groups_in_order(_last_reply(history), groups)  # (which group was meant, as the user saw it)
        if len(told) == 1:
            return Standalone(f"how many {groups[told[0]].names[0]} patients were there?", previous)
    ordinal = _ordinal(question)
    listed = bool(ordinal) and bool(_LISTED.match(question[ordinal.end():]))  # ("the third one you mentioned")
    if ordinal and answered and (_MEASURE_NOUN.search(ordinal.group(0)) or (
            not ordinal.group(2) or ordinal.group(2).strip().lower() == "one") and (_ASKED_MEASURES.search(previous) or listed)):
        # "the last one - what unit?" after "what was measured in group X?": the measure in that place,
        # in the order the cited sentences name them (a group's own name is no measure).
        terms = [t for t in _topics(answered, lexicon)["term"] if not _group(t, groups)]
        place = _PLACES[ordinal.group(1).lower()]
        # The list the user saw: the study's terms in the order the last reply named them ("the second
        # one you listed"). Only which term is meant is read from it; what is said of it is the study's.
        shown = [t for t in _topics(_last_reply(history), lexicon)["term"] if not _group(t, groups)]
        if len(shown) >= 2 and (place < 0 or place < len(shown)):
            terms = shown
        if len(terms) >= 2 and (place < 0 or place < len(terms)):
            after = _LISTED.sub("", question[ordinal.end():], count=1)
            return Standalone(question[:ordinal.start()] + terms[place] + after, previous)
    if ordinal and groups and not _MEASURE_NOUN.search(ordinal.group(0)):
        # "how many had the last one?" after the groups were listed: the group in that place, in the
        # order the cited sentences (else the user's question) name them.
        named = _groups_in_order(answered, groups) or _groups_in_order(previous, groups)
        if len(named) < 2 and (_group(previous, groups) or _OF_GROUPS.search(previous)):
            # The last question was about one group ("what were the three diseases?" ... "which index
            # for the first?" ... "and the third one?"): the groups in the order the study gives them.
            named = list(range(len(groups)))
        place = _PLACES[ordinal.group(1).lower()]
        if len(named) >= 2 and (place < 0 or place < len(named)):
            name = groups[named[place]].names[0]
            return Standalone(question[:ordinal.start()] + name + question[ordinal.end():], previous)
    new, old = _group(question, groups), _group(previous, groups)
    # Pure ellipsis: nothing in the question but a group ("and the skin group?").
    naming = set(content_tokens(" ".join(groups[new[0]].all_names))) if new else set()
    bare = question
    while _FOLLOW_START.search(bare):  # "and what about X?" -> "X?"
        bare = _FOLLOW_START.sub("", bare, count=1)
    swapped = _swap_subject(bare, previous, lexicon, groups) if _FOLLOW_START.search(question) and not _ASKS.search(bare) else None
    if swapped:
        # A new label stands alone (the old one's words would pull retrieval back to it); a new
        # term keeps the previous question as light context.
        old_label, new_label = LABEL.search(previous), LABEL.search(swapped)
        relabelled = bool(old_label and new_label and old_label.group(0).lower() != new_label.group(0).lower())
        return Standalone(swapped, "" if relabelled else previous)
    if new and not set(content_tokens(question)) - naming - _ELLIPSIS_WORDS and not _ASKS.search(bare):
        if old and new[0] != old[0]:
            # "and the skin group?" after a question about another group: the same question, other group.
            name = groups[new[0]].names[0]
            return Standalone(re.sub(rf"(?<![\w-]){re.escape(old[1])}(?![\w-])", name, previous, count=1, flags=re.I))
        if not old and _FOLLOW_START.search(question):
            # "same for the X folks?" after "how long did they follow patients?": of the X patients.
            name = groups[new[0]].names[0]
            people = _PEOPLE_NOUN.search(previous)
            if people:
                return Standalone(previous[:people.start()] + f"{people.group(1) or ''}{name} {people.group(2)}" + previous[people.end():])
            return Standalone(f"{previous} ({name})")
    if new and old and new[0] != old[0] and _FOLLOW_START.search(question) and not _ASKS.search(bare):
        # "ok and the skin group's activity score?": the same question about the other group, with
        # what else the message names.
        name = groups[new[0]].names[0]
        swapped = re.sub(rf"(?<![\w-]){re.escape(old[1])}(?![\w-])", name, previous, count=1, flags=re.I)
        rest = [w for w in content_tokens(bare) if w not in naming and w not in _ELLIPSIS_WORDS
                and w not in content_tokens(swapped)]
        return Standalone(f"{swapped} ({bare.strip(' ?.!')})" if rest else swapped, previous)
    if new and not old and _FOLLOW_START.search(question) and not _ASKS.search(bare):
        # "and the muscle group, in its panel?" after a question about everyone: that question, for them.
        return Standalone(f"{previous} ({bare.strip(' ?.!')})", previous)
    if old and not new and len(groups) > 1 and _OTHERS_ONLY.match(question):
        # "and the others?" after a question about one group: the same question, of the other groups.
        names = " and ".join(g.names[0] for n, g in enumerate(groups) if n != old[0])
        return Standalone(re.sub(rf"(?<![\w-]){re.escape(old[1])}(?![\w-])", names, previous, count=1, flags=re.I), previous)
    pointer, old_label = _THAT_PANEL.search(question), LABEL.search(previous)
    if pointer and old_label and not LABEL.search(question):
        # "the muscle test in that panel, for group X?": that panel is the one asked about before,
        # whatever else the question names.
        return Standalone(question[:pointer.start()] + old_label.group(0) + question[pointer.end():], previous)
    which_one, old_label = _WHICH_ONE.search(question), LABEL.search(previous)
    if which_one and old_label and not LABEL.search(question):
        # "which one has the kidney results?" after questions about parts of a figure: which part.
        kind = old_label.group(0).split()[0].lower()
        return Standalone(question[:which_one.start()] + f"which {kind}" + question[which_one.end():])
    if names_own_subject(question, lexicon, groups):
        # "ok and on the improvement score, what counts as major?": it brings its own subject.
        return Standalone(question)
    asked = {kind: [] for kind, _ in _POINTERS}  # what the user's previous question names
    found = {kind: [] for kind, _ in _POINTERS}  # ... and then what the cited sentences name
    for source, text in ((asked, previous), (found, previous), (found, answered)):
        for kind, values in _topics(text, lexicon, groups).items():
            source[kind] += [v for v in values if v.lower() not in question.lower() and v not in source[kind]]
    for source in (asked, found):
        source["any"] = source["label"] + source["term"] + source["people"]
    # "they're" -> "they are", so a replaced pointer reads "the X patients are".
    rewritten, replaced = _CONTRACTION.sub(lambda m: f"{m.group(1)} {_EXPANDED[m.group(2).lower()]}", question), 0
    for kind, pattern in sorted(_POINTERS, key=lambda p: p[0] != "any"):
        match = pattern.search(rewritten)
        # A bare "it" or "that one" means what the user asked about; "that scale" may be the cited one.
        # (Unless the user asked which measure it was: then "it" is the one the answer named.)
        bare = match and _BARE.match(match.group(0)) and not (kind == "term" and not asked["term"] and _ASKED_WHICH_MEASURE.search(previous))
        referents = asked[kind] if bare else (asked[kind] or found[kind] if kind == "any" else found[kind])
        if match and referents:
            # "that index" keeps its noun: "the <term> index" (a name may be of a group and its index).
            noun = match.group(0).split()[-1] if kind == "term" and " " in match.group(0) else ""
            said = referents[0] if not noun or referents[0].lower().endswith(noun.lower()) else f"{referents[0]} {noun}"
            rewritten = rewritten[:match.start()] + said + rewritten[match.end():]
            replaced += 1
    if replaced:
        return Standalone(rewritten, previous)
    old_label = LABEL.search(previous)
    if old_label and not LABEL.search(question) and _FIGURE_MARK.search(question) and not _group(question, groups) and not _REFERENT.search(question):
        # "why are some marked with stars?" after a question about one part of a figure: the marks of that part.
        return Standalone(f"{question.rstrip(' ?.!')} in {old_label.group(0)}?", previous)
    if _REFERENT.search(question):
        # It points back at something neither turn names as a term, group or label ("the study",
        # "the result"): the previous question, weighed lightly, says what.
        return Standalone(question, previous)
    # Nothing points back: what the user's own last question named is the subject (a term of the
    # cited sentence is not: "just the one?" after "how is it given?" is about the giving).
    subjects = asked["term"][:1] + asked["people"][:1] + asked["label"][:1]
    if subjects:
        return Standalone(f"{question} ({', '.join(subjects)})", previous)
    return Standalone(question, previous)


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
    asks = [c.endswith("?") or bool(_ASKING.match(c)) for c in clauses]
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
    "to of with for step steps numbers".split())
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
_BRIEF = re.compile(r"\b(one|a|single) (sentence|line)\b|\b(shorter|shorten|briefly|condense|tweet|tl;?dr|in short|short version|fewer words)\b", re.I)
_BRIEF_WORDS = _LAYOUT_WORDS | frozenset("sentence sentences line say said squeeze condense shorten shorter tweet length sum up briefly "
                                         "brief version words fewer less long explain again tl dr so say put get keep make".split())


def asks_brief(text: str) -> bool:
    """A short request for the last answer in fewer words."""
    words = re.findall(r"[a-z]+", text.lower())
    return (bool(_BRIEF.search(text)) and len(text.split()) <= FORMAT_WORDS + 2 and not re.search(r"\d", text)
            and all(w in _BRIEF_WORDS for w in words))


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
