"""Subject swaps: the previous question asked of another thing of the same kind ("and in figure 3?"
after a question about figure 2, "and D?" after one about panel C, "and the blood one?" or "and the
one on the urine graph?" after one about a term or a chart). Used by followups.standalone; it reads
what a turn names from mentions and imports neither followups nor asking."""
from __future__ import annotations

import re

from assistant.answering.mentions import LABEL, first_group
from assistant.retrieval.lexicon import Lexicon, content_tokens, find_name

# "the blood one", "the one for X": another thing of the kind the previous question asked about.
_ANOTHER_ONE = re.compile(r"\b(the|that) (?!(other|same|next|last|first|second|third|previous|former|latter|new|old|only|right|wrong|whole|main|best|worst)\b)"
                          r"(?P<kind>[\w-]+( [\w-]+){0,2}) one\b|\bthe one (?P<prep>for|about|on|in|measuring|that)\b", re.I)
_MEASURE_HEAD = re.compile(r"\b(index|score|scale|test|criteria|measure|level|ratio|count|state|questionnaire)\b", re.I)
_THE_THING = re.compile(r"\b(the|that|this) (?P<what>[\w:-]+( [\w:-]+){0,2}) (chart|plot|graph|curve|line|measure|score|scale|test|panel|figure)\b", re.I)
_BARE_MARK = re.compile(r"([a-z]|\d{1,2})", re.I)  # a label's mark alone: "D", "3" (matched whole)


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
                elif another.group("prep") in ("on", "in") and (placed := re.search(
                        rf"\b{another.group('prep')}\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,3}}?{re.escape(previous[match.start():match.end()])}"
                        rf"(?:\s+(?:graph|chart|plot|panel|figure|levels?|line|data))?(?![\w-])", previous, re.I)):
                    # "the dashed line on the XY graph" ... "and the one on the urine graph?": the same thing, on
                    # the other graph (what "one" stands for stays; the graph it is on changes).
                    obj = phrase[another.end():].strip(" ,;")
                    if content_tokens(obj):  # (not "and the one on?")
                        return previous[:placed.start()] + f"{another.group('prep')} {obj}" + previous[placed.end():]
                    return None
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
    old_group, new_group = (first_group(previous, groups), first_group(bare, groups)) if groups else (None, None)
    if old_group and new_group and old_group[0] != new_group[0]:
        return None
    things = list(_THE_THING.finditer(previous))
    # (The container first: "what does the dashed line mean on the urine chart?" is of the chart.)
    old = next((m for m in things if m.group(4).lower() in ("chart", "plot", "graph", "panel", "figure")), things[-1] if things else None)
    if old and another.group("kind") and another.group("kind").lower() != old.group("what").lower():
        return previous[:old.start("what")] + another.group("kind") + previous[old.end("what"):]
    return None
