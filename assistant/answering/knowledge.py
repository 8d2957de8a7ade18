"""Each study's pack resolved against the index: its sentences by ref, its bank and premise facts
as sentences, its groups and vocabulary; and the engine's generic knowledge (claim kinds, topics).

Built once per Assistant. Everything study-specific the answering code uses comes from here.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.index.store import Index
from assistant.ingest.packs import BankEntry, Group, NotCovered, StudyPack, TermNote, load_packs
from assistant.records import Sentence
from assistant.retrieval.lexicon import lay_vocabulary

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


def _toml(name: str) -> dict:
    return tomllib.loads((KNOWLEDGE / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class ClaimKind:
    kind: str
    claim: str
    words: tuple[str, ...]
    settled_when_asked: bool = True  # asked about (not assumed), the pack's sentences answer "No"
    only_assumed: bool = False  # corrected only when taken for granted; asked, it is answered as any question
    unless: str = ""  # a question matching this (a regular expression) is not read for the claim
    together: bool = False  # corrected with every sentence the pack names, not the one nearest the claim
    patterns: tuple[str, ...] = ()  # regular expressions that express the claim too (a count: "only 2 of")


@dataclass(frozen=True)
class Topic:
    kind: str
    label: str
    words: tuple[str, ...]
    patterns: tuple[str, ...] = ()


@dataclass
class Study:
    """One study: its pack, and the index's sentences it refers to."""

    pack: StudyPack
    sentences: list[Sentence]
    positions: np.ndarray  # positions of its sentences in index.sentences
    by_ref: dict[str, Sentence]
    ref_of: dict[str, str]  # sentence_id -> pack-local ref
    bank: list[tuple[BankEntry, list[Sentence]]] = field(default_factory=list)
    not_covered: list[tuple[NotCovered, list[Sentence]]] = field(default_factory=list)
    premises: dict[str, list[Sentence]] = field(default_factory=dict)
    caveats: dict[str, Sentence] = field(default_factory=dict)  # sentence_id of a hopeful sentence -> the one qualifying it
    terms: list[tuple[TermNote, Sentence]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.pack.id

    @property
    def groups(self) -> tuple[Group, ...]:
        return self.pack.groups

    def qualified(self, picked: list[Sentence], given: str = "") -> list[Sentence]:
        """The sentences with the caveat the text gives a claim, beside it in the text's order, when
        the caveat is not among them already ("could offer a lasting solution" never without "it's
        too early to say"; a time point for all never without the few it does not hold for). Not one the
        previous answer gave (given: the text it cited)."""
        out = []
        for sentence in picked:
            caveat = self.caveats.get(sentence.sentence_id)
            if caveat is None or caveat in picked or caveat in out or caveat.text.strip() in given:
                out.append(sentence)
            elif self.ref_order(caveat) < self.ref_order(sentence):
                out += [caveat, sentence]
            else:
                out += [sentence, caveat]
        return out

    def ref_order(self, sentence: Sentence) -> tuple[str, int]:
        """Where a sentence stands in its file ("article#findings/2" -> its file, its place)."""
        ref = self.ref_of.get(sentence.sentence_id, "")
        return ref.split("#")[0], sentence.start

    def rendering(self, sentence: Sentence, style: str) -> str:
        """The sentence as a patient reads it: plain (default) or simple, when the pack has it."""
        found = self.pack.renderings.get(self.ref_of.get(sentence.sentence_id, ""))
        if not found or found.source.strip() != sentence.text.strip() or style == "exact":
            return sentence.text.strip()
        return found.simple if style == "simple" else found.plain


class Knowledge:
    """Every study of the index, and the engine's generic knowledge."""

    def __init__(self, index: Index, corpus_dir: Path):
        self.index = index
        self.claims = [ClaimKind(k, v["claim"], tuple(v["words"]), v.get("settled_when_asked", True), v.get("only_assumed", False), v.get("unless", ""), v.get("together", False),
                                 tuple(v.get("patterns", ()))) for k, v in _toml("claims.toml")["kinds"].items()]
        self.topics = [Topic(k, v["label"], tuple(v["words"]), tuple(v.get("patterns", ())))
                       for k, v in _toml("topics.toml")["topics"].items()]
        packs = {p.id: p for p in load_packs(corpus_dir)}
        self.studies: dict[str, Study] = {}
        for study_id in dict.fromkeys(c.study for c in index.chunks):
            pack = packs.get(study_id) or StudyPack(id=study_id, folder=corpus_dir / study_id)
            self.studies[study_id] = self._resolve(pack)

    def _resolve(self, pack: StudyPack) -> Study:
        index = self.index
        chunk_study = {c.chunk_id: c.study for c in index.chunks}
        chunk_doc = {c.chunk_id: c.doc_id for c in index.chunks}
        positions = [i for i, s in enumerate(index.sentences) if chunk_study[s.chunk_id] == pack.id]
        sentences = [index.sentences[i] for i in positions]
        by_ref, ref_of, counter = {}, {}, {}
        prefix = f"{pack.id}/" if pack.id else ""
        for sentence in sorted(sentences, key=lambda s: (chunk_doc[s.chunk_id], s.start)):
            doc = chunk_doc[sentence.chunk_id].removeprefix(prefix)
            counter[doc] = counter.get(doc, 0) + 1
            ref = f"{doc}/{counter[doc]}"
            by_ref[ref], ref_of[sentence.sentence_id] = sentence, ref
        study = Study(pack, sentences, np.array(positions, dtype=np.int64), by_ref, ref_of)

        def resolve(refs) -> list[Sentence]:
            return [by_ref[r] for r in refs if r in by_ref]

        study.bank = [(e, resolve(e.refs)) for e in pack.bank if resolve(e.refs)]
        study.not_covered = [(n, resolve(n.closest)) for n in pack.not_covered]
        study.premises = {kind: resolve(refs) for kind, refs in pack.premises.items()}
        study.caveats = {by_ref[claim].sentence_id: by_ref[caveat] for claim, caveat in pack.caveats.items()
                         if claim in by_ref and caveat in by_ref}
        study.terms = [(t, by_ref[t.ref]) for t in pack.terms if t.ref in by_ref]
        return study

    def synonyms(self) -> dict[str, tuple[str, ...]]:
        """Everyday word -> study words: the engine's lay vocabulary, every pack's own, and each
        group's names pointing at one another ("arthritis" finds "RA")."""
        out = {k: tuple(v) for k, v in lay_vocabulary().items()}
        for study in self.studies.values():
            for word, values in study.pack.vocabulary.items():
                out[word] = tuple(dict.fromkeys((*out.get(word, ()), *values)))
            for group in study.groups:
                for name in group.all_names:
                    others = [n.lower() for n in group.names if n.lower() != name.lower()]
                    out[name.lower()] = tuple(dict.fromkeys((*out.get(name.lower(), ()), *others)))
        return out

    def study(self, study_id: str | None) -> Study:
        """The study asked for, or the first (with one study, the only one)."""
        if study_id is not None and study_id in self.studies:
            return self.studies[study_id]
        return next(iter(self.studies.values()))

    def study_of(self, sentence: Sentence) -> Study:
        study = self.index.chunk(sentence.chunk_id).study
        return self.studies[study]
