"""Picked study sentences -> the Reply a person reads: each line cited [n], in the chosen style.

Styles: "plain" (default: the study pack's plain rendering of each sentence), "simple" (its
simplest rendering) and "exact" (the study's own sentences). Citations always quote the exact
sentence. Notes follow the answer: the study's own terms explained (citing the sentence that
defines them) and background on general terms the study does not define ("Background (not from
this study)"). A term is explained once per conversation: terms in `seen` are skipped.
"""
from __future__ import annotations

import functools
import re

from assistant.retrieval.lexicon import content_tokens, fold
from assistant.records import BackgroundNote, Citation, GlossaryNote, Reply, Sentence

STYLES = ("plain", "simple", "exact")
MAX_TERM_NOTES = 1
MAX_BACKGROUND_NOTES = 1
BACKGROUND_MAX_ANSWER = 200  # notes (terms, background) are for answers shorter than this
NOTES_BUDGET = 300  # ... and only while the answer with its notes stays this short (the length a reader takes in at once)
BACKGROUND_LABEL = "Background (not from this study)"
COMPACT_LISTS = True  # list lines leave out a rendering's sentences that only explain


def used_terms(question: str, study) -> frozenset[str]:
    """The background terms a question uses itself, when it does not ask what they mean: its
    asker knows them ("is it a cure?"; not "what does remission mean?")."""
    if _ASKS_MEANING.search(question):
        return frozenset()
    return frozenset(b.term.lower() for b in study.pack.background if _mentions(question, (b.term, *b.aliases)))


def asked_terms(question: str, study) -> frozenset[str]:
    """The background terms a question asks the meaning of ("what does remission mean?"): their
    note is given even when the answer glosses the word in passing."""
    if not _ASKS_MEANING.search(question):
        return frozenset()
    return frozenset(b.term.lower() for b in study.pack.background if _mentions(question, (b.term, *b.aliases)))


_ASKS_MEANING = re.compile(r"\b(what (is|are|was|were|does|do)|what'?s|whats|mean|means|meaning|define|definition|explain|stand for|stands for|in (plain|simple|normal|other) (words|english|terms))\b", re.I)


def _mentions(text: str, names) -> str | None:
    """The first of names that text mentions as a whole word (all-caps names case-sensitively)."""
    folded = None
    for name in names:
        needle, pattern = _mention(name)
        if needle is None:
            if name not in text:
                continue
        elif needle not in (folded := fold(text) if folded is None else folded):
            continue  # (the pattern cannot match: no search)
        if pattern.search(text):
            return name
    return None


@functools.lru_cache(maxsize=4096)
def _mention(name: str) -> tuple[str | None, re.Pattern]:
    # (The study's terms and their aliases, a few hundred: each compiled once, not at each of a
    # question's hundred look-ups; with what a text must hold for it to match, folded or, all-caps, as is.)
    if name.isupper():
        return None, re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return fold(name), re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I)


def _explained(text: str, note) -> bool:
    """The text already says what the term is ("RA stands for ...", "RA (arthritis)")."""
    term = re.escape(note.term)
    if re.search(rf"{term}(,| \(| stands for| is | means| measures| score)", text):
        return True
    return any(alias.lower() in text.lower() for alias in note.aliases if alias.lower() != note.term.lower())


def _said_in_other_words(text: str, term: str) -> bool:
    """The answer explains the term itself, right after it ("... disease activity. That means ...")."""
    return bool(re.search(rf"{re.escape(term)}\W{{0,3}}\s*(that|this|which|it) (means|is)\b", text, re.I))


def _glossed(text: str, names) -> bool:
    """The text glosses the term where it uses it: "asterisks (star marks)", "cured, or cured for
    sure", "remission: their disease went quiet"."""
    return any(re.search(rf"(?<![\w-]){re.escape(name)}\w{{0,3}}(?: \(|, or |: )", text, re.I) for name in names)


def _compact(rendering: str, source: str) -> str:
    """A list line: the rendering's sentences that carry words of the study's sentence not yet
    said; the ones that only explain ("That means ...") are left out, the facts all stay."""
    wanted = set(content_tokens(source))
    kept, said = [], set()
    for sentence in re.split(r"(?<=[.!?])\s+", rendering.strip()):
        if not sentence:
            continue
        end = sentence[-1] if sentence[-1] in ".!?" else ""
        parts = []  # "X achieved remission: their disease went quiet." -> the clause after ":" only explains
        for clause in (sentence[:-1] if end else sentence).split(": "):
            words = set(content_tokens(clause)) & wanted
            if not (kept or parts) or words - said:
                parts.append(clause)
                said |= words
        if parts:
            kept.append(": ".join(parts) + end)
    return " ".join(kept)


class Writer:
    """Writes Replies from sentences, for every study of the index."""

    def __init__(self, index, knowledge, lexicon):
        self.index = index
        self.knowledge = knowledge
        self.lexicon = lexicon
        self._position = {s.sentence_id: i for i, s in enumerate(index.sentences)}

    def _line(self, sentence: Sentence, study, style: str, shown: dict[str, str], lead: bool = True, compact: bool = False) -> str:
        chunk = self.index.chunk(sentence.chunk_id)
        if style == "exact" or sentence.sentence_id in shown:
            text = shown.get(sentence.sentence_id, sentence.text.strip())
            # A legend sentence read alone needs its panel ("Panel B: Arrowheads indicate...").
            named = chunk.part == "figure-legend" and not text.startswith(chunk.section.split()[0])
            return (f"{chunk.section}: " if lead and named else "") + text
        text = study.rendering(sentence, style)
        return _compact(text, sentence.text) if compact else text

    def reply(
        self,
        picked: list[Sentence],
        study,
        style: str = "plain",
        kind: str = "answer",
        prefix: str = "",
        abstained: bool = False,
        shown: dict[str, str] | None = None,
        seen: frozenset[str] = frozenset(),
        labels: tuple[str, ...] = (),
        title: str = "",
        used: frozenset[str] = frozenset(),
        asked: frozenset[str] = frozenset(),
    ) -> Reply:
        shown = shown or {}
        style = style if style in STYLES else "plain"
        citations: list[Citation] = []
        numbers: dict[str, int] = {}

        def cite(sentence: Sentence, role: str) -> int:
            if sentence.sentence_id not in numbers:
                numbers[sentence.sentence_id] = len(citations) + 1
                citations.append(Citation.of(len(citations) + 1, self.index.chunk(sentence.chunk_id), sentence, role))
            return numbers[sentence.sentence_id]

        # (Only the plain rendering keeps the study's words, so only there can a line be cut by them.)
        listed = style == "plain" and len(picked) > 1 and (bool(labels) and len(labels) == len(picked) or bool(title))
        lines = [f"{self._line(s, study, style, shown, compact=listed and COMPACT_LISTS)} [{cite(s, 'answer')}]" for s in picked]
        if labels and len(labels) == len(lines):
            body = (f"{title}:\n" if title else "") + "\n".join(f"- {label}: {line}" for label, line in zip(labels, lines))
        elif title and len(lines) > 1:
            body = f"{title}:\n" + "\n".join(f"- {line}" for line in lines)
        else:
            body = " ".join(lines)
        if prefix:
            body = f"{prefix}\n{body}" if "\n" in body else f"{prefix} {body}"
        said = " ".join(self._line(s, study, style, shown, lead=False) for s in picked)
        glossary, background, notes = self._notes(said, study, style, seen, cite, used, room=NOTES_BUDGET - len(body), asked=asked)
        answer = body + "".join(notes)
        return Reply(answer=answer, body=body, kind=kind, abstained=abstained, citations=tuple(citations),
                     glossary=tuple(glossary), background=tuple(background), style=style, study=study.id)

    def notes(self, said: str, study, style: str, first_n: int, seen: frozenset[str] = frozenset()):
        """Notes for text written elsewhere (an LLM's verified answer): (glossary, background,
        the notes' text, their citations numbered from first_n)."""
        citations: list[Citation] = []
        numbers: dict[str, int] = {}

        def cite(sentence: Sentence, role: str) -> int:
            if sentence.sentence_id not in numbers:
                numbers[sentence.sentence_id] = first_n + len(citations)
                citations.append(Citation.of(numbers[sentence.sentence_id], self.index.chunk(sentence.chunk_id), sentence, role))
            return numbers[sentence.sentence_id]

        glossary, background, notes = self._notes(said, study, style, seen, cite)
        return glossary, background, "".join(notes), citations

    def _notes(self, said: str, study, style: str, seen, cite, used: frozenset[str] = frozenset(), room: int | None = None,
               asked: frozenset[str] = frozenset()):
        """The notes for an answer saying `said`: the study's terms it uses unexplained, background on
        general terms; room: the characters left for them (None: no limit but the answer's length);
        asked: background terms the question asks the meaning of (their note is always given)."""
        glossary, background, notes = [], [], []
        room = 10**6 if room is None else room
        if style == "exact":
            # The study's own words: abbreviations spelled out as the study defines them.
            for definition in self.lexicon.definitions.values():
                if len(glossary) >= 3 or definition.term.lower() in seen or definition.long_form.lower() in said.lower():
                    continue
                if not _mentions(said, [definition.term]):
                    continue
                sentence = self.index.sentences[self._position[definition.sentence_id]]
                if self.knowledge.study_of(sentence).id != study.id:
                    continue
                glossary.append(GlossaryNote(definition.term, definition.long_form, cite(sentence, "term")))
            if glossary:
                notes.append("\n\nTerms: " + "; ".join(f"{g.term} = {g.definition} [{g.citation}]" for g in glossary) + ".")
            return glossary, background, notes
        if style == "plain":
            for note, sentence in study.terms:
                if len(said) > BACKGROUND_MAX_ANSWER or len(glossary) >= MAX_TERM_NOTES or note.term.lower() in seen:
                    continue
                if (_mentions(said, [note.term]) and not _explained(said, note)
                        and len(f"\n\nTerms: {note.term}: {note.plain} [00]") <= room):
                    glossary.append(GlossaryNote(note.term, note.plain, cite(sentence, "term")))
            if glossary:
                notes.append("\n\nTerms: " + " ".join(f"{g.term}: {g.definition} [{g.citation}]" for g in glossary))
        for item in study.pack.background:
            # Background is for short answers: a long one already explains in its own words.
            # (Nor for a word the asker used themselves, not asking what it means: "is it a cure?")
            if (len(said) > BACKGROUND_MAX_ANSWER or len(background) >= MAX_BACKGROUND_NOTES or item.term.lower() in seen
                    or item.term.lower() in used):
                continue
            left = room - sum(len(n) for n in notes)
            if (_mentions(said, (item.term, *item.aliases)) and item.meaning not in said and not _said_in_other_words(said, item.term)
                    and (item.term.lower() in asked or (not _glossed(said, (item.term, *item.aliases))
                                                         and len(f"\n\n{BACKGROUND_LABEL}: {item.term}: {item.meaning}") <= left))):
                background.append(BackgroundNote(item.term, item.meaning))
        if background:
            notes.append(f"\n\n{BACKGROUND_LABEL}: " + " ".join(f"{b.term}: {b.meaning}" for b in background))
        return glossary, background, notes
