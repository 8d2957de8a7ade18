"""Small value types passed between the layers."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Document:
    """One section of one corpus file, cleaned of markup."""

    doc_id: str
    source: str
    part: str
    title: str
    section: str
    citation: str
    text: str


@dataclass(frozen=True)
class Sentence:
    """One sentence; start/end are offsets into its document's text and into its chunk's text."""

    sentence_id: str
    chunk_id: str
    text: str
    start: int
    end: int
    chunk_start: int
    chunk_end: int


@dataclass(frozen=True)
class Chunk:
    """A run of whole sentences of one section; text == document.text[start:end]."""

    chunk_id: str
    doc_id: str
    source: str
    part: str
    title: str
    section: str
    citation: str
    text: str
    start: int
    end: int
    sentences: tuple[Sentence, ...]

    def metadata(self) -> dict:
        return {
            "chunk_id": self.chunk_id,
            "doc_id": self.doc_id,
            "source": self.source,
            "part": self.part,
            "title": self.title,
            "section": self.section,
            "citation": self.citation,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its fused score."""

    chunk: Chunk
    score: float


@dataclass(frozen=True)
class Citation:
    """Where a sentence of an answer comes from: the passage and the exact supporting sentence."""

    n: int
    chunk_id: str
    source: str
    section: str
    text: str
    quote: str
    start: int
    end: int
    source_start: int
    source_end: int

    @classmethod
    def of(cls, n: int, chunk: Chunk, sentence: Sentence) -> "Citation":
        return cls(
            n=n,
            chunk_id=chunk.chunk_id,
            source=chunk.source,
            section=chunk.section,
            text=chunk.text,
            quote=sentence.text,
            start=sentence.chunk_start,
            end=sentence.chunk_end,
            source_start=sentence.start,
            source_end=sentence.end,
        )


@dataclass(frozen=True)
class GlossaryNote:
    term: str
    definition: str
    citation: int


@dataclass(frozen=True)
class Reply:
    """What the assistant says. "The study does not say" is a Reply too, with abstained=True."""

    answer: str
    kind: str = "answer"
    abstained: bool = False
    citations: tuple[Citation, ...] = ()
    glossary: tuple[GlossaryNote, ...] = ()
    standalone_question: str = ""
    backend: str = "composer"
    meta: dict = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict:
        return {
            "answer": self.answer,
            "abstained": self.abstained,
            "kind": self.kind,
            "citations": [asdict(c) for c in self.citations],
            "glossary": [asdict(g) for g in self.glossary],
            "standalone_question": self.standalone_question,
            "backend": self.backend,
        }
