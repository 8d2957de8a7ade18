"""Mentions: what a turn names of the study, by kind, in the order it names them.

Reads a message, an earlier question or the cited sentences against the study's lexicon (its defined
terms) and its groups of people, and finds the terms, the groups and the figure labels ("panel C")
named there. Follow-ups use it to know what "it", "those patients" or "the second one" point at, and
the pipeline to know whether a message brings its own subject. It reads no history itself."""
from __future__ import annotations

import re

from assistant.retrieval.lexicon import Lexicon, content_tokens, find_name

LABEL = re.compile(r"\b(panel [a-z]|figure \d+)\b", re.I)  # a figure's label named in a message
_NAMES_NEXT = re.compile(r"\s*((?:[\w-]+\s+){0,4}\(\s*)?$")  # (between a name's first word and the rest: "activity index (")


def first_group(text: str, groups) -> tuple[int, str] | None:
    """The first group of people (a study pack's [[groups]]) text names: (its index, the name used)."""
    for n, group in enumerate(groups):
        for name in sorted(group.all_names, key=len, reverse=True):
            match = find_name(name, text)
            if match:
                return n, match.group(0).lower()
    return None


def groups_in_order(text: str, groups) -> list[int]:
    """The groups text names, in the order it first names them."""
    found = []
    for n, group in enumerate(groups):
        starts = [m.start() for m in (find_name(name, text) for name in group.all_names) if m]
        if starts:
            found.append((min(starts), n))
    return [n for _, n in sorted(found)]


def topics(text: str, lexicon: Lexicon, groups=()) -> dict[str, list[str]]:
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
    group = first_group(text, groups) if len(groups_in_order(text, groups)) == 1 else None
    return {
        "term": [t for _, t in sorted(terms)],
        "people": [f"{groups[group[0]].names[0]} patients"] if group else [],
        "label": [label.capitalize()[:-1] + label[-1].upper() for label in LABEL.findall(text)],
    }


def names_own_subject(question: str, lexicon: Lexicon, groups=()) -> bool:
    """The question names a study term, a group of people, or two words of a term's long form."""
    if first_group(question, groups) or any(topics(question, lexicon)["term"]) or LABEL.search(question):
        return True
    words = content_tokens(question)
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:])}
    for definition in lexicon.definitions.values():
        long_words = content_tokens(definition.long_form)
        if pairs & {f"{a} {b}" for a, b in zip(long_words, long_words[1:])}:
            return True
    return False
