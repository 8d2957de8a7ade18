"""The HTTP API's request and reply shapes (documented in the OpenAPI spec at /docs)."""
from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, field_validator

# A character that is not space in the spec's regex dialect (ECMA: \s includes U+FEFF) nor in
# Python's (where U+001C-U+001F and U+0085 are space too): the same pattern documents and enforces
# "not empty", so schema-valid questions are never rejected as blank.
VISIBLE = r"[^\s\x1c-\x1f\x85\ufeff]"
KINDS = ("answer", "correction", "not_in_study", "medical_advice", "emergency", "off_topic", "refused", "invalid")


def _no_surrogates(value: str) -> str:
    # JSON can carry lone UTF-16 surrogates ("\ud800"): not text, and the tokenizer fails on them.
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        raise ValueError("contains an unpaired UTF-16 surrogate (e.g. \\ud800), which is not text")
    return value


class Turn(BaseModel):
    """One earlier message of the conversation."""

    model_config = ConfigDict(extra="forbid")

    role: Literal["user", "assistant"] = Field(description="Who said it.")
    content: StrictStr = Field(
        description="What was said, as plain text. A user turn is an earlier question: at most "
        "CARTQA_MAX_QUESTION_CHARS characters."
    )

    _is_text = field_validator("content")(_no_surrogates)


class AskRequest(BaseModel):
    """A question, with the conversation so far (the server keeps none)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"question": "How many patients were treated?", "history": []}]},
    )

    question: StrictStr = Field(
        description="The question, as plain text; at most CARTQA_MAX_QUESTION_CHARS characters (2000 by default).",
        # Documented for clients and schema-based testers (with maxLength, from the settings); the
        # validator below and _check_length enforce them.
        json_schema_extra={"minLength": 1, "pattern": VISIBLE},
    )
    history: list[Turn] = Field(
        default_factory=list, description="Earlier turns, oldest first; follow-ups such as 'how long did it last?' use them."
    )
    style: Literal["plain", "simple", "exact"] = Field(
        "plain", description="plain: everyday words, each line cited; simple: the simplest words; exact: the study's own sentences."
    )
    study: str | None = Field(
        None, max_length=100, description="The study pack to answer from (its folder name); default: the one asked about, or the only one."
    )

    @field_validator("question")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not re.search(VISIBLE, value):
            raise ValueError("must not be empty: type a question about the study")
        return _no_surrogates(value)


class CitationOut(BaseModel):
    n: int = Field(description="The number shown in the answer, as [n].")
    chunk_id: str
    source: str = Field(description="Corpus file of the passage.")
    section: str
    text: str = Field(description="The cited passage.")
    quote: str = Field(description="The sentence that supports the answer.")
    start: int = Field(description="Where quote starts in text.")
    end: int = Field(description="Where quote ends in text.")
    source_start: int = Field(description="Where quote starts in the source section.")
    source_end: int
    role: str = Field("answer", description='"answer": a source of the answer; "term": defines a term in the notes.')


class GlossaryOut(BaseModel):
    term: str
    definition: str
    citation: int = Field(description="The citation that defines the term.")


class BackgroundOut(BaseModel):
    term: str
    meaning: str = Field(description="General knowledge, not from the study.")


class ReplyOut(BaseModel):
    answer: str = Field(description="Plain text with citation markers like [1], then any notes (terms, background).")
    body: str = Field(description="The answer without its notes.")
    abstained: bool = Field(description="True when the study does not answer the question (or it needs a doctor).")
    kind: str = Field(description="answer, not_in_study, correction, medical_advice, emergency, off_topic, invalid, ...")
    citations: list[CitationOut]
    glossary: list[GlossaryOut]
    background: list[BackgroundOut] = Field(description="Background on general terms (not from this study).")
    suggestions: list[str] = Field(description="Follow-up questions the study can answer.")
    style: str
    study: str = Field(description="The study pack answered from.")
    alert: str = Field(description='For emergencies: "reaction" or "self_harm".')
    standalone_question: str = Field(description="The question as understood, with follow-ups resolved.")
    backend: str


class Problem(BaseModel):
    detail: str = Field(description="What was wrong, in plain words.")


class Feedback(BaseModel):
    """Whether an answer helped, and what kind of answer it was. Nothing else is accepted or kept:
    no question, no answer text, no time, no address."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"helpful": True, "kind": "answer"}]})

    helpful: StrictBool = Field(description="Did the answer help?")
    kind: Literal[KINDS] = Field(description="The reply's kind, as /api/ask returned it.")


_PROBLEMS = {
    413: {"model": Problem, "description": "The body is larger than CARTQA_MAX_REQUEST_BYTES."},
    422: {"model": Problem, "description": "The question is empty or too long, or the body is malformed."},
    429: {"model": Problem, "description": "Too many questions from this address in the last minute."},
}


class Health(BaseModel):
    status: Literal["ok", "degraded"] = Field(description="degraded: still answering, from memory; see problems.")
    index: str = Field(description="Manifest key of the index in use.")
    chunks: int
    problems: list[str] | None = Field(None, description="What is wrong and what to do; absent when ok.")
