"""Study packs: the engine names nothing of any study, a second (fictional) study answers with no
code changes, and with several studies every answer stays inside one of them."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from assistant.answering.pipeline import Assistant
from assistant.ingest.corpus import load_corpus
from assistant.ingest.packs import load_packs
from assistant.retrieval.lexicon import find_definitions
from assistant.ingest.chunking import split_sentences
from assistant.settings import Settings

from conftest import CORPUS, ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "breathex"
ENGINE = ROOT / "assistant"


def _pack_terms(corpus_dir: Path) -> set[str]:
    """What is particular to each study: its groups' names, the terms its text defines, the
    authors named in its citation."""
    terms: set[str] = set()
    for pack in load_packs(corpus_dir):
        for group in pack.groups:
            terms.update(n for n in group.names if len(n) > 2)
        terms.update(re.findall(r"([A-Z][\w'-]+), [A-Z]\.", pack.citation))
    sentences = [(str(i), s) for i, doc in enumerate(load_corpus(corpus_dir)) for s in split_sentences(doc.text)]
    # Terms the text defines; "N/A"-like shorthand (with a slash) is common English, not the study's.
    terms.update(d.term for d in find_definitions(sentences).values() if len(d.term) > 1 and "/" not in d.term)
    return terms


def test_engine_code_names_nothing_of_any_study():
    terms = _pack_terms(CORPUS) | _pack_terms(FIXTURE.parent)
    assert {"lupus", "DORIS", "SLEDAI-2K", "Müller", "Breathex"} & terms or "FEV1" in terms  # the scan has teeth
    engine = [p for p in ENGINE.rglob("*") if p.suffix in (".py", ".toml", ".jsonl") and "__pycache__" not in p.parts]
    found = []
    for path in engine:
        text = path.read_text(encoding="utf-8")
        for term in terms:
            flags = 0 if term.isupper() and len(term) <= 4 else re.I
            if re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text, flags):
                found.append(f"{path.relative_to(ROOT)}: {term}")
    assert not found, "engine code or generic knowledge names a study's own terms:\n" + "\n".join(sorted(found))


def _corpus(tmp_path: Path, *packs: tuple[str, Path]) -> Path:
    corpus = tmp_path / "corpus"
    for name, folder in packs:
        shutil.copytree(folder, corpus / name)
    return corpus


@pytest.fixture(scope="module")
def breathex(tmp_path_factory) -> Assistant:
    tmp = tmp_path_factory.mktemp("breathex")
    corpus = _corpus(tmp, ("breathex", FIXTURE))
    return Assistant.load(Settings(data_dir=tmp / "data", corpus_dir=corpus))


@pytest.mark.parametrize(
    "question, kind, says",
    [
        ("How many children took part?", "answer", "40"),
        ("What is FEV1?", "answer", "forced expiratory volume"),
        ("how long did the trial go on for", "answer", "12 weeks"),
        ("Can you summarise the study?", "answer", "Breathex"),
        ("Should my son start using Breathex?", "medical_advice", "paediatrician"),
        ("Were there any side effects?", "not_in_study", "does not say"),
        ("What dose in milligrams was used?", "not_in_study", "does not say"),
        ("Can Breathex be recommended now?", "answer", "Larger trials are needed"),
    ],
)
def test_a_fictional_study_answers_with_no_code_changes(breathex, question, kind, says):
    reply = breathex.ask(question, style="exact")
    assert reply.kind == kind, (question, reply.kind, reply.answer)
    assert says.lower() in reply.answer.lower(), reply.answer
    assert "rheumatolog" not in reply.answer.lower()
    assert reply.study == "breathex"


def test_with_two_studies_each_answer_stays_in_one(tmp_path, settings):
    corpus = _corpus(tmp_path, ("breathex", FIXTURE), ("car-t", CORPUS / "car-t-autoimmune"))
    bot = Assistant.load(Settings(data_dir=tmp_path / "data", corpus_dir=corpus))
    assert {p.id for p in bot.packs} == {"breathex", "car-t"}
    for question, study, expect in [
        ("How many children took part in the Breathex trial?", None, "40"),
        ("How many patients were treated with CAR T cells?", None, "15"),
        ("How many people took part?", "breathex", "40"),
        ("How many people took part?", "car-t", "15"),
    ]:
        reply = bot.ask(question, study=study, style="exact")
        assert expect in reply.answer, (question, study, reply.answer)
        chosen = reply.study
        assert all(c.chunk_id.startswith(f"{chosen}/") for c in reply.citations), reply.citations
    summary = bot.ask("Summarise the study", study="breathex")
    assert all(c.chunk_id.startswith("breathex/") for c in summary.citations)
