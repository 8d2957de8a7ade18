"""Follow-ups: turn "and what about the other group?" into the standalone question it stands for.

Reads a message against the user's earlier questions, the study sentences cited for the last one and,
for a place in a list ("the second one you listed") or "how many is that?", the last reply as the user
saw it. What a turn names comes from mentions; reading one message on its own (its asking part, its
lead-in) is asking's, and neither of those imports this module. The previous question asked of
another thing of the same kind ("and in figure 3?", "and the blood one?") is subject_swaps'."""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.mentions import LABEL, first_group, groups_in_order, names_own_subject, topics
from assistant.answering.subject_swaps import _swap_subject
from assistant.retrieval.lexicon import Lexicon, content_tokens

# A question of its own ("how many of them had ..."), not an ellipsis ("and the skin group?").
_ASKS = re.compile(r"\b(how|what|which|who|whom|why|when|where|did|does|do|is|are|was|were|had|has|have)\b", re.I)
_ELLIPSIS_WORDS = frozenset(content_tokens("group groups ones one patients people those folks lot bunch"))
_FOLLOW_START = re.compile(
    r"^\s*(and|also|but|so|ok(ay)?|what about|how about|same for|and for|what of|then|plus|"
    # (the last question asked again of another thing: "is that the same for X?", "does that apply to X too?")
    r"(is|was|are|were) (that|it|this|those|these) (also |just )?((the same|similar)( [\w-]+)?|true|also true|so|like that|the case) (for|with|in|of)|"
    r"(does|did|do|would|will) (that|it|this|the same) (also )?(go|apply|hold|count|work) (for|to|with)|(the )?same (goes )?(with|for))\b", re.I
)
FOLLOW_START = _FOLLOW_START  # (a continuation's opening: "and ...", "what about ...")
# "the last one", "the second group", or "the last?" alone; not "the last visit", "the first year".
_ORDINAL = re.compile(r"\b(?:the|that|this) (first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|latter|former)(?:( one| group| disease| condition| illness| lot|"
                      r" scale| score| measure| test| index| tool)\b|\s*\??\s*$)", re.I)
# A comparison with another group, said after the question ("..., like the X ones?", "as with the X patients").
_LIKENED = re.compile(r",?\s*\b(?:just like|like|as with|same as|unlike|compared (?:to|with)|as did|as for)\s+(?:the\s+|those\s+)?"
                      r"(?P<what>[\w-]+(?:\s+[\w-]+)?)(?:\s+(?:ones|patients|group|people|lot|folks|did))?(?=\W*$|\s*,)", re.I)
# The marks of a figure any legend explains ("stars", "the dashed line", "arrowheads").
_MARK_WORDS = (r"stars?|starred|asterisks?|arrowheads?|arrows?|dashed|dotted|lines?|columns?|bars?|dots?|axis|axes|shading|shaded|"
               r"colou?rs?|symbols?|marks?|marked|markers?")
_FIGURE_MARK = re.compile(rf"\b({_MARK_WORDS})\b", re.I)
_THAT_MARK = re.compile(rf"\b(?:that|this|those|these) (?P<mark>{_MARK_WORDS})\b", re.I)
_JUST_THEM = re.compile(r"\b(specifically|in particular|particularly|only|alone|too|as well|also|then|though|please|pls)\b", re.I)
_WHERE_SAID = re.compile(r"(in|on|at|from|during|after|over|within|across) (the|its|their|this|that)\b", re.I)  # "in the figure", "on its chart"
# The people a question asks of, by a pronoun: "were they followed", "they got", "how did they do" (not "once they are
# inside the body", of cells, nor "what do they measure", of the researchers).
_THEY = re.compile(r"\b(?:were|was|are|did|have|had|do)\s+(they)\b(?=\s+(?:followed|observed|tracked|monitored|checked|treated|given|"
                   r"seen|improv\w*|respond\w*|do|get|got|go|stay\w*|relapse\w*|need\w*|have|had|remain\w*|achiev\w*|reach\w*)\b)|"
                   r"\b(they)\b(?=\s+(?:were|got|had|received|stayed|remained|relapsed|improved|responded|went|did)\b)", re.I)
_PEOPLE_NOUN = re.compile(r"\b(the |those |these |all the |all )?(patients|people|participants)\b", re.I)
_ALIKE = re.compile(r",?\s*(?:just like|like|same as|as with|as did)\b", re.I)
# The kind of thing an ordinal's noun points at: a measure ("the second scale"), not a group.
_MEASURE_NOUN = re.compile(r"\b(scale|score|measure|test|index|tool)\b", re.I)
# A question asking what was measured or used ("what was measured in group X?", "which scales were
# used?"): the items of its answer are measures, whatever groups the answer's sentences name.
# (Plural, or a verb: "what score for group X?" asks for one, and its answer lists no measures.)
_ASKED_MEASURES = re.compile(r"\b(measur\w*|scales|scores|ind(ices|exes)|tests|assess\w*|criteria|tools|instruments|tracked|rated)\b", re.I)
_OF_GROUPS = re.compile(r"\b(diseases|conditions|illnesses|groups|disease groups|patient groups)\b", re.I)
# The last question asked again of each group: "was that the same for every group?", "is it like that in
# all the groups?", "did it differ between the diseases?".
_EACH_GROUP = re.compile(r"\b(?:the same|similar|alike|like that|different|differ\w*|vary|varied)\b[^.?!]{0,30}\b(?:for|in|across|between|among) "
                         r"(?:(?:each|every|all(?: the)?|the (?:three|different|various)) (?:groups?|diseases?|conditions?|panels?|graphs?|charts?)|"
                         r"the (?:groups|diseases|conditions|panels|graphs|charts)|every(?:one|body) in (?:the|all the|each of the) (?:groups?|graphs?|panels?|charts?|figure))\b", re.I)
_PLACES = {"first": 0, "former": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "1st": 0, "2nd": 1, "3rd": 2, "4th": 3, "5th": 4,
           "last": -1, "latter": -1}
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
_ASKED_WHICH_MEASURE = re.compile(r"\b(what|which) (\w+ )?(score|scale|measure|index|test|tool|instrument|criteria)s?\b", re.I)
_BARE = re.compile(r"^(it|that|this)$", re.I)
# The user says the subject changes: the question stands on its own.
_TOPIC_CHANGE = re.compile(
    r"^\W*((ok(ay)?|so|and|right|now|also|oh)\W+)*(a |one )?(different|other|new|unrelated|separate|another) (thing|question|topic|subject|q)\b|"
    r"\bchang(e|ing) (the )?(topic|subject)\b|\b(on )?(a )?(different|another|unrelated) note\b|\bswitching gears\b",
    re.I,
)
# A follow-up asking only of the others: "what about the others?", "and the rest?", "the other groups?"
_OTHERS_ONLY = re.compile(r"^\W*(?:(?:and|so|but|ok(?:ay)?|what about|how about|what of|same for|and for)\W+)*"
                          r"(?:the )?(?:others|rest|other (?:ones|groups?|patients|people|diseases|conditions)|everyone else|everybody else)\W*$", re.I)
_WHICH_ONE = re.compile(r"\bwhich (one|of them|of those|of these)\b", re.I)
MAX_CHAIN = 3  # how many follow-ups back a chain of them is resolved
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


_HOW_MANY_THAT = re.compile(r"^\W*(?:(?:so|and|ok(?:ay)?|right|wait)\W+)*how many (?:people |patients )?(?:is|was|are|were) (?:that|those|they|them|these)(?: exactly| in total| altogether)?\W*$", re.I)
_LISTED = re.compile(r"^\s+(?:(?:that|which) )?(?:you (?:just )?(?:listed|mentioned|said|named|gave)|(?:on|in|from) (?:the|that|your) list)\b", re.I)


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
        own, compared = first_group(rest, groups), first_group(likened.group("what"), groups)
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
        compared, old = first_group(likened.group("what"), groups), first_group(previous, groups)
        if compared and old and compared[0] != old[0] and not first_group(rest, groups) and _REFERENT.search(rest):
            question = rest
    if _HOW_MANY_THAT.match(question) and answered:
        # "how many is that?" after an answer about one group ("all A patients reached XYZ"): how
        # many people that group had.
        told = groups_in_order(answered, groups)
        if len(told) != 1:
            told = groups_in_order(_last_reply(history), groups)  # (which group was meant, as the user saw it)
        if len(told) == 1:
            return Standalone(f"how many {groups[told[0]].names[0]} patients were there?", previous)
    ordinal = _ordinal(question)
    listed = bool(ordinal) and bool(_LISTED.match(question[ordinal.end():]))  # ("the third one you mentioned")
    # (A reply the user saw that listed several of the study's terms and not its groups: "the last one" is
    # one of those terms, whatever the question before asked: "what does panel C show?" ... "the last one?")
    listed = listed or (bool(ordinal) and len([t for t in topics(_last_reply(history), lexicon)["term"] if not first_group(t, groups)]) >= 3
                        and len(groups_in_order(_last_reply(history), groups)) < 2)
    if ordinal and answered and (_MEASURE_NOUN.search(ordinal.group(0)) or (
            not ordinal.group(2) or ordinal.group(2).strip().lower() == "one") and (_ASKED_MEASURES.search(previous) or listed)):
        # "the last one - what unit?" after "what was measured in group X?": the measure in that place,
        # in the order the cited sentences name them (a group's own name is no measure).
        terms = [t for t in topics(answered, lexicon)["term"] if not first_group(t, groups)]
        place = _PLACES[ordinal.group(1).lower()]
        # The list the user saw: the study's terms in the order the last reply named them ("the second
        # one you listed"). Only which term is meant is read from it; what is said of it is the study's.
        shown = [t for t in topics(_last_reply(history), lexicon)["term"] if not first_group(t, groups)]
        if len(shown) >= 2 and (place < 0 or place < len(shown)):
            terms = shown
        if len(terms) >= 2 and (place < 0 or place < len(terms)):
            after = _LISTED.sub("", question[ordinal.end():], count=1)
            return Standalone(question[:ordinal.start()] + terms[place] + after, previous)
    if ordinal and groups and not _MEASURE_NOUN.search(ordinal.group(0)):
        # "how many had the last one?" after the groups were listed: the group in that place, in the
        # order the cited sentences (else the user's question) name them.
        named = groups_in_order(answered, groups) or groups_in_order(previous, groups)
        if len(named) < 2 and (first_group(previous, groups) or _OF_GROUPS.search(previous)):
            # The last question was about one group ("what were the three diseases?" ... "which index
            # for the first?" ... "and the third one?"): the groups in the order the study gives them.
            named = list(range(len(groups)))
        place = _PLACES[ordinal.group(1).lower()]
        if len(named) >= 2 and (place < 0 or place < len(named)):
            name = groups[named[place]].names[0]
            return Standalone(question[:ordinal.start()] + name + question[ordinal.end():], previous)
    new, old = first_group(question, groups), first_group(previous, groups)
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
        people = _PEOPLE_NOUN.search(previous)
        rest = re.sub(rf"^\W*(?:the |those |these )?(?<![\w-]){re.escape(new[1])}(?![\w-])(?:\s+(?:group|patients|people|ones|folks|lot))?\W*",
                      "", bare, flags=re.I).strip(" ?.!,")
        rest = _JUST_THEM.sub("", rest).strip(" ?.!,")  # ("specifically", "too", "only": no more than the group)
        they = None if people else _THEY.search(previous)
        if (people or they) and rest != bare.strip(" ?.!,") and (not rest or _WHERE_SAID.match(rest)):
            # ("is that the same length for the X group in the figure?" after "how long were patients followed?"
            # or "... were they followed?": "how long were X patients followed in the figure?")
            name = groups[new[0]].names[0]
            if people:
                asked = previous[:people.start()] + f"{people.group(1) or ''}{name} {people.group(2)}" + previous[people.end():]
            else:
                a, b = they.span(1) if they.group(1) else they.span(2)
                asked = previous[:a] + f"the {name} patients" + previous[b:]
            return Standalone(f"{asked.rstrip(' ?.!')} {rest}?" if rest else asked, previous)
        return Standalone(f"{previous} ({bare.strip(' ?.!')})", previous)
    if not old and not new and len(groups) > 1 and _EACH_GROUP.search(question) and _REFERENT.search(question):
        # "was that the same for every group?" after "how long were the patients followed?": that
        # question, asked of each group.
        return Standalone(f"{previous.strip().rstrip(' ?.!')} in each group?", previous)
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
        for kind, values in topics(text, lexicon, groups).items():
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
    marked = _THAT_MARK.sub(r"the \g<mark>", question)  # ("that asterisk there": the asterisk, of the part asked about)
    if old_label and not LABEL.search(question) and _FIGURE_MARK.search(question) and not first_group(question, groups) and not _REFERENT.search(marked):
        # "why are some marked with stars?" after a question about one part of a figure: the marks of that part.
        return Standalone(f"{marked.rstrip(' ?.!')} in {old_label.group(0)}?", previous)
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
