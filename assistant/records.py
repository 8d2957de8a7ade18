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
    study: str = ""


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
    study: str = ""

    def metadata(self) -> dict:
        return {
            "study": self.study,
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
    role: str = "answer"  # "answer": supports the answer; "term": defines a term in the notes

    @classmethod
    def of(cls, n: int, chunk: Chunk, sentence: Sentence, role: str = "answer") -> "Citation":
        return cls(
            role=role,
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
    """A term the study defines, explained, citing the sentence that defines it."""

    term: str
    definition: str
    citation: int


@dataclass(frozen=True)
class BackgroundNote:
    """A general term the study uses but does not define, explained from general knowledge (written
    by the team, not from this study): shown apart from the study's citations."""

    term: str
    meaning: str


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
    # The answer without its notes ("Terms: ...", "Background ..."): what a chat shows in the bubble.
    body: str = ""
    background: tuple[BackgroundNote, ...] = ()
    suggestions: tuple[str, ...] = ()  # follow-up questions the study can answer
    style: str = "plain"  # plain (everyday words, each line cited) or exact (the study's sentences)
    study: str = ""  # the study pack answered from
    alert: str = ""  # for kind "emergency": "reaction" (a treatment reaction) or "self_harm"

    def __post_init__(self):
        if not self.body:
            object.__setattr__(self, "body", self.answer)

    def to_dict(self) -> dict:
        return {
            "answer": self.answer,
            "body": self.body,
            "abstained": self.abstained,
            "kind": self.kind,
            "citations": [asdict(c) for c in self.citations],
            "glossary": [asdict(g) for g in self.glossary],
            "background": [asdict(b) for b in self.background],
            "suggestions": list(self.suggestions),
            "style": self.style,
            "study": self.study,
            "alert": self.alert,
            "standalone_question": self.standalone_question,
            "backend": self.backend,
        }
