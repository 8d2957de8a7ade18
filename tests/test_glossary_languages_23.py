"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in Irish (Gaeilge),
Lithuanian and Hungarian, and the gaps filled in Portuguese and Vietnamese, with and without their
accents. Made-up questions, written for these tests from general language knowledge: the words they
ask by are read in English, English is never changed, and the assistant answers a few of them like
their English versions."""
from __future__ import annotations

import functools
import tomllib
import unicodedata
from pathlib import Path

import pytest

from assistant.answering.glossary import GLOSSARY, gloss, study_glosses

ROOT = Path(__file__).resolve().parent.parent
STUDY = ROOT / "corpus" / "car-t-autoimmune" / "study.toml"


@functools.lru_cache(maxsize=1)
def _glosses():
    from assistant.ingest.packs import load_packs

    return study_glosses(load_packs(ROOT / "corpus"))


# language -> (question, English words its gloss must contain)
QUESTIONS = {
    "Irish": [
        ("Cé mhéad othar a bhí sa staidéar san iomlán?", ["how many", "patients", "study", "in total"]),
        ("Ce mhead othair a bhi sa staidear?", ["how many", "patients", "study"]),
        ("Cé chomh fada a leanadh na hothair?", ["how long", "followed", "patients"]),
        ("Cad is brí le maolú?", ["what does it mean", "remission"]),
        ("Cad iad na fo-iarsmaí a bhí ag an gcóireáil?", ["side effects", "treatment"]),
        ("Cé mhéad othar a raibh lúpas orthu?", ["how many", "patients", "lupus"]),
    ],
    "Lithuanian": [
        ("Kiek pacientų dalyvavo tyrime iš viso?", ["how many", "patients", "study", "in total"]),
        ("Kiek pacientu dalyvavo tyrime is viso?", ["how many", "patients", "study", "in total"]),
        ("Kiek laiko pacientai buvo stebimi?", ["how long", "patients", "followed"]),
        ("Ką reiškia remisija?", ["what does it mean", "remission"]),
        ("Ka reiskia remisija?", ["what does it mean", "remission"]),
        ("Ar pacientai nustojo vartoti vaistus?", ["patients", "stopped", "medication"]),
        ("Kiek pacientų sirgo vilklige arba sistemine skleroze?", ["how many", "patients", "lupus", "systemic sclerosis"]),
        ("Ar antikūnai išnyko?", ["antibodies"]),
    ],
    "Hungarian": [
        ("Hány beteg volt a vizsgálatban összesen?", ["how many", "patients", "study", "in total"]),
        ("Hany beteg volt a vizsgalatban osszesen?", ["how many", "patients", "study", "in total"]),
        ("Mennyi ideig követték a betegeket?", ["how long", "followed", "patients"]),
        ("Mit jelent a remisszió?", ["what does it mean", "remission"]),
        ("Abbahagyták a betegek a gyógyszereket?", ["stopped", "patients", "medication"]),
        ("Hány lupuszos beteg volt?", ["how many", "lupus patients"]),
        ("Hány betegnek volt szisztémás szklerózisa vagy miozitisze?", ["how many", "patients", "systemic sclerosis", "myositis"]),
        ("Milyen mellékhatásai voltak a kezelésnek?", ["side effects", "treatment"]),
    ],
    "Portuguese": [
        ("Quanto tempo durou o seguimento?", ["how long", "followed"]),
        ("Quantos tinham esclerose sistêmica?", ["how many", "systemic sclerosis"]),
        ("Quantos doentes tinham esclerose sistemica?", ["how many", "patients", "systemic sclerosis"]),
        ("Os anticorpos desapareceram?", ["antibodies"]),
        ("Os pacientes pararam os remédios?", ["patients", "medication"]),
        ("Melhoraram os rins?", ["improved", "kidney"]),
    ],
    "Vietnamese": [
        ("Kháng thể có biến mất không?", ["antibodies"]),
        ("Khang the co mat khong?", ["antibodies"]),
        ("Bao nhiêu người bị lupus ban đỏ hệ thống?", ["how many", "lupus"]),
        ("Xơ cứng hệ thống là gì?", ["systemic sclerosis", "what is"]),
        ("Xo cung toan than la gi?", ["systemic sclerosis", "what is"]),
        ("Người bệnh được theo dõi bao lâu?", ["patients", "followed", "how long"]),
        ("Cơ bắp có cải thiện không?", ["muscles", "improved"]),
    ],
}


@pytest.mark.parametrize("question, words", [pair for pairs in QUESTIONS.values() for pair in pairs],
                         ids=[f"{lang}-{i}" for lang, pairs in QUESTIONS.items() for i in range(len(pairs))])
def test_a_question_in_these_languages_is_read_in_english(question, words):
    said = gloss(question, _glosses())
    for word in words:
        assert word in said, (question, said, word)


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "How long were they followed, in months or years?",
    "What does remission mean and which antibodies fell?",
    "Who wrote it, and in which journal was it published? An iris of the eye?",
    "Did the kidney, skin or muscles improve after the cells were given?",
    "Is it a cad or a bor in figure 1, and what is an oda?",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


SAMPLE_FORMS = {
    "how many": ["cé mhéad", "kiek", "hány"],
    "how long": ["cé chomh fada", "kiek laiko", "mennyi ideig"],
    "patients": ["othair", "pacientų", "betegek", "doentes", "người bệnh"],
    "remission": ["maolú", "remisszió", "remisijos"],
}
PACK_FORMS = {
    "lupus": ["lúpas", "vilkligė", "lupusz", "lupus ban đỏ"],
    "systemic sclerosis": ["sisteminė sklerozė", "szisztémás szklerózis", "esclerose sistêmica", "xơ cứng hệ thống"],
    "antibodies": ["anticorpos", "kháng thể", "antikūnai", "antitestek"],
}


def test_the_forms_are_in_the_tables():
    data = tomllib.loads(GLOSSARY.read_text(encoding="utf-8"))
    pack = tomllib.loads(STUDY.read_text(encoding="utf-8"))["glossary"]

    def forms(sections):
        return {unicodedata.normalize("NFC", form.lower()): english
                for section in sections for english, words in section.items() for form in words}
    general, own = forms(data.values()), forms([pack])
    for english, samples in SAMPLE_FORMS.items():
        for form in samples:
            assert general.get(form) == english, form
    for english, samples in PACK_FORMS.items():
        for form in samples:
            assert own.get(form) == english, form
    for english_word in ("iris", "cad", "bor", "oda", "hogy", "mi"):  # (left out: English too, or too short)
        assert english_word not in general and english_word not in own, english_word


# answered by the real assistant with the study's fact, like the English question
ANSWERED = [
    ("Irish", "Cé mhéad othar a bhí sa staidéar san iomlán?", ["15"]),
    ("Irish", "Cé chomh fada a leanadh na hothair?", ["two years"]),
    ("Irish", "Cad is brí le maolú?", ["remission"]),
    ("Lithuanian", "Kiek pacientų dalyvavo tyrime iš viso?", ["15"]),
    ("Lithuanian", "Kiek laiko pacientai buvo stebimi?", ["two years"]),
    ("Hungarian", "Hány beteg volt a vizsgálatban összesen?", ["15"]),
    ("Hungarian", "Mennyi ideig követték a betegeket?", ["two years"]),
    ("Portuguese", "Quanto tempo durou o seguimento?", ["two years"]),
]


@pytest.mark.parametrize("language, question, facts", ANSWERED, ids=[f"{a[0]}-{i}" for i, a in enumerate(ANSWERED)])
def test_the_assistant_answers_a_question_in_the_language(bot, language, question, facts):
    reply = bot.ask(question)
    assert reply.kind == "answer", (question, reply.kind, reply.answer)
    for fact in facts:
        assert fact in reply.answer, (question, reply.answer)
