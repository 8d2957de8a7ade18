"""Study packs: what the engine knows about one study, read from data files beside its text.

A pack is a folder of corpus/ holding the study's text files and, optionally:

    study.toml   title, citation, description, clinician wording, the treatment's names, examples, groups of people,
                 the study's lay vocabulary, premise facts (claim kinds -> sentence refs), [glossary]
                 its own words in other languages or shorthand -> English (the names of its diseases)
    bank.toml    [[entry]] questions -> the sentences answering them; [[not_covered]] topics
    plain.toml   [[sentence]] plain renderings; [[term]] the study's terms; [[background]] notes
    routes.toml  [kinds.<kind>] labelled example messages for routing, in the study's words
    safety.jsonl {"label": ..., "text": ...} per line: messages in the study's words that train the
                 safety classifier (labels: other, emergency, advice, injection)

Sentence refs are "<file>#<section>/<n>" (the n-th sentence of that section), relative to the pack.
A folder without study.toml is a pack with neutral defaults. Nothing here knows any one study.
"""
from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from assistant.ingest.corpus import CorpusError, study_dirs


@dataclass(frozen=True)
class Group:
    """A group of people the study reports on ("Adults with asthma"), with every name people use for it."""

    label: str
    names: tuple[str, ...]
    lay: tuple[str, ...] = ()

    @property
    def all_names(self) -> tuple[str, ...]:
        return (*self.names, *self.lay)


@dataclass(frozen=True)
class BankEntry:
    """Questions people ask, pointing at the sentences (refs) that answer them, in order. A "list"
    entry is answered as a short list, one cited line per sentence."""

    id: str
    refs: tuple[str, ...]
    questions: tuple[str, ...]
    shape: str = "single"
    title: str = ""
    labels: tuple[str, ...] = ()
    answers: str = ""  # the kind of message (a router kind, "meta_limitations"; or "meta_balance": hope and caution at once) this entry answers


@dataclass(frozen=True)
class NotCovered:
    """A topic people ask about that the study does not cover, with the closest it does say."""

    id: str
    topic: str
    closest: tuple[str, ...]
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Rendering:
    ref: str
    source: str
    plain: str
    simple: str


@dataclass(frozen=True)
class TermNote:
    """A term the study defines, explained plainly; ref is the defining sentence."""

    term: str
    aliases: tuple[str, ...]
    ref: str
    plain: str


@dataclass(frozen=True)
class Background:
    """A general term the study uses without defining it; general knowledge, not the study's."""

    term: str
    aliases: tuple[str, ...]
    meaning: str


@dataclass(frozen=True)
class StudyPack:
    id: str
    folder: Path
    title: str = ""
    short_title: str = "this study"
    description: str = ""
    citation: str = ""
    short_citation: str = ""
    clinician: str = "your doctor"
    treatment_emergency: str = ""
    treatments: tuple[str, ...] = ()  # the names people give the study's treatment ("the X therapy")
    examples: tuple[str, ...] = ()
    groups: tuple[Group, ...] = ()
    vocabulary: dict[str, tuple[str, ...]] = field(default_factory=dict)
    glossary: dict[str, tuple[str, ...]] = field(default_factory=dict)  # English -> its forms in other languages
    premises: dict[str, tuple[str, ...]] = field(default_factory=dict)
    caveats: dict[str, str] = field(default_factory=dict)  # a hopeful sentence's ref -> the ref of the sentence qualifying it
    bank: tuple[BankEntry, ...] = ()
    not_covered: tuple[NotCovered, ...] = ()
    renderings: dict[str, Rendering] = field(default_factory=dict)
    terms: tuple[TermNote, ...] = ()
    background: tuple[Background, ...] = ()
    routes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    safety: tuple[tuple[str, str], ...] = ()  # (label, text) training messages of the safety classifier

    def ref(self, local: str) -> str:
        """A pack-relative sentence ref as the index names documents ("<study>/<file>#<section>/<n>")."""
        return f"{self.id}/{local}" if self.id else local


def _read(path: Path) -> dict:
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path} is not valid TOML ({exc}): fix it or remove it from the study pack") from exc


SAFETY_LABELS = ("other", "emergency", "advice", "injection")  # the safety classifier's labels, "other" first


def read_labelled(path: Path) -> tuple[tuple[str, str], ...]:
    """The (label, text) lines of a safety-messages file (JSON lines); a bad line is a CorpusError
    naming it. Lines end at newlines only (JSON strings may hold other line separators)."""
    if not path.exists():
        return ()
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").split("\n"), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            label, text = row["label"], row["text"]
        except (ValueError, TypeError, KeyError) as exc:
            raise CorpusError(f"{path}:{number}: not a {{\"label\", \"text\"}} JSON object ({exc})") from exc
        if label not in SAFETY_LABELS or not isinstance(text, str) or not text.strip():
            raise CorpusError(f"{path}:{number}: label must be one of {', '.join(SAFETY_LABELS)} and text a non-empty string")
        out.append((label, text))
    return tuple(out)


def _strings(values) -> tuple[str, ...]:
    return tuple(str(v) for v in values or ())


def load_pack(study: str, folder: Path) -> StudyPack:
    """The pack in folder; missing files give empty parts, a malformed one a CorpusError."""
    meta, bank, plain, routes = (_read(folder / name) for name in ("study.toml", "bank.toml", "plain.toml", "routes.toml"))
    return StudyPack(
        id=study,
        folder=folder,
        title=meta.get("title", ""),
        short_title=meta.get("short_title", "this study"),
        description=meta.get("description", ""),
        citation=meta.get("citation", ""),
        short_citation=meta.get("short_citation", ""),
        clinician=meta.get("clinician", "your doctor"),
        treatment_emergency=meta.get("treatment_emergency", ""),
        treatments=_strings(meta.get("treatments")),
        examples=_strings(meta.get("examples")),
        groups=tuple(Group(g["label"], _strings(g.get("names")), _strings(g.get("lay"))) for g in meta.get("groups", [])),
        vocabulary={k.lower(): _strings(v) for k, v in meta.get("vocabulary", {}).items()},
        glossary={k: _strings(v) for k, v in meta.get("glossary", {}).items()},
        premises={p["kind"]: _strings(p.get("refs")) for p in meta.get("premises", [])},
        caveats={claim: str(c["sentence"]) for c in meta.get("caveats", []) for claim in _strings(c.get("qualifies"))},
        bank=tuple(
            BankEntry(e["id"], _strings(e["sentences"]), _strings(e["questions"]), e.get("shape", "single"),
                      e.get("title", ""), _strings(e.get("labels")), str(e.get("answers", "")))
            for e in bank.get("entry", [])
        ),
        not_covered=tuple(
            NotCovered(n["id"], n["topic"], _strings(n.get("closest")), _strings(n["questions"])) for n in bank.get("not_covered", [])
        ),
        renderings={r["ref"]: Rendering(r["ref"], r["source"], r["plain"], r.get("simple", r["plain"])) for r in plain.get("sentence", [])},
        terms=tuple(TermNote(t["term"], _strings(t.get("aliases")), t["ref"], t["plain"]) for t in plain.get("term", [])),
        background=tuple(Background(b["term"], _strings(b.get("aliases")), b["meaning"]) for b in plain.get("background", [])),
        routes={kind: _strings(body.get("examples")) for kind, body in routes.get("kinds", {}).items()},
        safety=read_labelled(folder / "safety.jsonl"),
    )


def load_packs(corpus_dir: Path) -> list[StudyPack]:
    """Every study pack of the corpus, in a stable order."""
    return [load_pack(study, folder) for study, folder in study_dirs(corpus_dir)]
