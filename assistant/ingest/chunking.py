"""Documents -> sentences and chunks: pure functions, stable ids, exact character spans.

A chunk is a run of whole sentences of one section, so no sentence is ever split across chunks
and every sentence can be cited on its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.records import Chunk, Document, Sentence

# Tokens that end in a period without ending a sentence.
ABBREVIATIONS = {
    "e.g", "i.e", "etc", "al", "vs", "cf", "approx", "fig", "figs", "no", "nos", "dr", "mr", "mrs",
    "ms", "prof", "st", "jr", "sr", "inc", "ltd", "vol", "p", "pp", "ca", "resp", "incl", "min", "max",
    "mg", "ml", "dl", "u.s", "u.k", "ref", "eq", "approx",
}
_BLOCK = re.compile(r"[^\n]+(?:\n(?![ \t]*(?:[-*•]|\d+[.)])\s)[^\n]+)*")
_BULLET = re.compile(r"[ \t]*(?:[-*•]|\d+[.)])\s+")
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+|$)")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at text[dot] closes an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    match = re.search(r"([A-Za-z.]+)$", text[:dot])
    if not match:
        return False
    word = match.group(1).lower().strip(".")
    if word in ABBREVIATIONS:
        return True
    # A single capital initial ("F." in "Smith, F., et al.") or dotted acronym ("U.S.").
    return bool(re.fullmatch(r"[A-Z]", match.group(1)) or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", match.group(1)))


def _paren_depth(text: str) -> int:
    return text.count("(") - text.count(")") + text.count("[") - text.count("]")


def sentence_spans(text: str) -> list[Span]:
    """Sentence spans of text. Bullets and paragraphs always end a sentence; a period after an
    abbreviation, inside brackets, or before a lower-case word does not."""
    spans: list[Span] = []
    for block in _BLOCK.finditer(text):
        start, stop = block.start(), block.end()
        bullet = _BULLET.match(text, start)
        if bullet:
            start = bullet.end()
        while start < stop and text[start].isspace():  # a sentence starts at its first letter
            start += 1
        cursor = start
        for end in _END.finditer(text, start, stop):
            cut = end.end()
            rest = text[cut:stop].lstrip()
            if not rest:
                break
            if rest[0].islower() or _is_abbreviation(text, end.start()):
                continue
            if _paren_depth(text[cursor:cut]) > 0:
                continue
            if "et al." in text[cursor:cut] and re.search(r"\b(19|20)\d\d\.$", text[cursor:cut]):
                continue  # "Author, et al. 2024. Title." is one reference
            spans.append(Span(cursor, cut))
            cursor = cut + (len(text[cut:stop]) - len(rest))
        tail = text[cursor:stop].rstrip()
        if tail.strip():
            spans.append(Span(cursor, cursor + len(tail)))
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of text, as strings."""
    return [text[s.start : s.end] for s in sentence_spans(text)]


def chunk_document(doc: Document, max_chars: int = 500) -> list[Chunk]:
    """Pack whole sentences of one section into chunks of at most max_chars (a longer sentence
    stands alone)."""
    groups: list[list[Span]] = []
    for span in sentence_spans(doc.text):
        if groups and span.end - groups[-1][0].start <= max_chars:
            groups[-1].append(span)
        else:
            groups.append([span])
    chunks = []
    for i, group in enumerate(groups):
        chunk_id = f"{doc.doc_id}-{i + 1:02d}"
        start, end = group[0].start, group[-1].end
        sentences = tuple(
            Sentence(
                sentence_id=f"{chunk_id}.{j + 1}",
                chunk_id=chunk_id,
                text=doc.text[s.start : s.end],
                start=s.start,
                end=s.end,
                chunk_start=s.start - start,
                chunk_end=s.end - start,
            )
            for j, s in enumerate(group)
        )
        chunks.append(
            Chunk(
                chunk_id=chunk_id,
                doc_id=doc.doc_id,
                source=doc.source,
                part=doc.part,
                title=doc.title,
                section=doc.section,
                citation=doc.citation,
                text=doc.text[start:end],
                start=start,
                end=end,
                sentences=sentences,
                study=doc.study,
            )
        )
    return chunks


def chunk_corpus(docs: list[Document], max_chars: int = 500) -> list[Chunk]:
    """Chunks of every document, in corpus order."""
    return [chunk for doc in docs for chunk in chunk_document(doc, max_chars)]
