"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in Kurdish (Kurmanji: "çend nexweş", "çiqas
dem", "lêkolîn"), Uzbek (Latin letters: "nechta bemor", "qancha vaqt", "davolash"), Ilocano ("mano nga pasiente",
"kasano kabayag", "panangagas"), isiXhosa ("izigulana ezingaphi", "ixesha elingakanani", "unyango"), Javanese ("pira
pasien", "suwene pira", "panliten") and Azerbaijani (with and without its letters: "neçə xəstə", "nə qədər müddət",
"müalicə"): how many (patients, people, times), how long, patients, treatment, medicines, stopped, cured, improved,
remission, results, followed, side effects, which diseases, skin, kidney, muscles, the figure, cost, age, please,
explain, simpler, one sentence, and the diseases' names as these languages write them. Made-up questions, written for
these tests from general language knowledge: the words they ask by are read in English, English is never changed, no
form of these languages is an English word of the embedding model's vocabulary, and the assistant answers a few of
them with the study's fact."""
from __future__ import annotations

import pytest
from conftest import corpus_glosses as _glosses
from conftest import glossary_language_tests

from assistant.answering.glossary import gloss

# language -> (question, English words its gloss must contain)
QUESTIONS = {
    "Kurdish (Kurmanji)": [
        ("Çend nexweş bi lupusê di lêkolînê de bûn?", ["how many patients", "with lupus", "in the study"]),
        ("Nexweşan çiqas dem hatin şopandin?", ["patients", "how long", "followed"]),
        ("Bandorên alî yên dermankirinê çi bûn?", ["side effects", "treatment"]),
        ("Kîjan nexweşî di nexweşan de hebûn?", ["which diseases", "patients"]),
        ("Encamên lêkolînê çi ne? Ji kerema xwe bi hêsanî rave bike", ["results", "study", "please", "in simpler words", "explain"]),
        ("Gurçik, çerm û masûlk piştî dermankirinê baştir bûn?", ["kidney", "skin", "muscles", "after the treatment", "improved"]),
    ],
    "Uzbek": [
        ("Tadqiqotda nechta bemor lupus bilan bor edi?", ["in the study", "how many patients", "with lupus"]),
        ("Bemorlar qancha vaqt kuzatildi?", ["patients", "how long", "followed"]),
        ("Davolashning nojo'ya ta'sirlar qanday?", ["side effects"]),
        ("Davolashning asoratlari qanday? Asoratlar bo'ldimi?", ["side effects"]),
        ("Bemorlar dorilarni to'xtatishdi?", ["patients", "medication", "stopped"]),
        ("Natijalar qanday? Iltimos, soddaroq tushuntiring", ["results", "please", "in simpler words", "explain"]),
        ("Remissiya nima? Buyrak va teri yaxshilandi?", ["remission", "kidney", "improved"]),
    ],
    "Ilocano": [
        ("Mano nga pasiente ti addaan lupus iti panagadal?", ["how many patients", "with lupus", "in the study"]),
        ("Kasano kabayag a binantayan dagiti pasiente?", ["how long", "followed", "patients"]),
        ("Ania ti napasamak kalpasan ti panangagas?", ["what happened", "after the treatment"]),
        ("Insardeng kadi dagiti pasiente ti agas?", ["stopped", "patients", "medication"]),
        ("Pangngaasim, ilawlawagmo dagiti resulta", ["please", "explain", "results"]),
        ("Immimbag kadi ti kudil ken piskel?", ["improved", "skin", "muscles"]),
    ],
    "isiXhosa": [
        ("Izigulana ezingaphi kuphando?", ["how many patients", "in the study"]),
        ("Izigulana zalandelwa ixesha elingakanani?", ["patients", "followed", "how long"]),
        ("Kwenzeka ntoni emva konyango?", ["what happened", "after the treatment"]),
        ("Ziziphi izifo ebezinazo izigulana?", ["which diseases", "patients"]),
        ("Nceda cacisa iziphumo ngesivakalisi esinye", ["please", "explain", "results", "in one sentence"]),
        ("Ingaba izintso nolusu zaphucuka? Ibiza malini?", ["kidney", "how much does it cost"]),
    ],
    "Javanese": [
        ("Pira pasien sing nandhang lupus ing panliten iki?", ["how many patients", "with lupus", "in the study"]),
        ("Suwene pira pasien dipantau?", ["how long", "patients", "followed"]),
        ("Apa sing kedadeyan sawise pengobatan?", ["what happened", "after the treatment"]),
        ("Apa pasiene mandheg ngombe obate?", ["patients", "stopped", "medication"]),
        ("Tulung jelasna asile luwih gampang", ["explain", "results", "in simpler words"]),
        ("Umure pira? Regane pira?", ["how old were", "how much does it cost"]),
    ],
    "Azerbaijani": [
        ("Tədqiqatda neçə xəstə lupuslu idi?", ["in the study", "how many patients", "with lupus"]),
        ("Xəstələr nə qədər müddət izlənildi?", ["patients", "how long", "followed"]),
        ("Müalicənin yan təsirlər nədir?", ["side effects"]),
        ("Xəstələr dərmanları dayandırdılar?", ["patients", "medication", "stopped"]),
        ("Zəhmət olmasa nəticələri bir cümlədə izah edin", ["please", "results", "in one sentence", "explain"]),
        ("Neçə yaşında idilər? Böyrək və dəri yaxşılaşdı?", ["how old were", "kidney", "skin", "improved"]),
        ("Nece xeste tedqiqatda idi?", ["how many patients", "in the study"]),
    ],
}


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "Is it available in Kurdistan, Uzbekistan, the Philippines, South Africa, Indonesia or Azerbaijan?",
    "What happened to the kidney, skin and muscles after the treatment?",
    "Did Lara and Amin read the figure with the side effects?",
    "Sal said the results were in one sentence: remission for all.",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


# the forms of these languages, as added (English phrase -> forms)
SAMPLE_FORMS = {
    "how many": ["çend", "nechta", "zingaphi", "pira", "neçə"],
    "how many patients": ["çend nexweş", "nechta bemor", "mano nga pasiente", "izigulana ezingaphi", "pira pasien", "neçə xəstə"],
    "how long": ["çiqas dem", "qancha vaqt", "kasano kabayag", "ixesha elingakanani", "suwene pira", "nə qədər müddət"],
    "patients": ["nexweşan", "bemorlar", "dagiti pasiente", "izigulana", "pasiene", "xəstələr"],
    "treatment": ["dermankirin", "davolash", "panangagas", "unyango", "müalicə"],
    "medication": ["derman", "dori", "agas", "amayeza", "obate", "dərman"],
    "study": ["lêkolîn", "tadqiqot", "panagadal", "uphando", "panliten", "tədqiqat"],
    "results": ["encam", "natijalar", "iziphumo", "asile", "nəticələr"],
    "remission": ["remîsyon", "remissiya"],
    "kidney": ["gurçik", "buyrak", "izintso", "ginjel", "böyrək"],
    "how much does it cost": ["çiqas pere", "qancha turadi", "ibiza malini", "regane pira", "neçəyədir"],
    "with lupus": ["bi lupusê", "lupus bilan", "addaan lupus", "nandhang lupus", "lupuslu"],
    "lupus patients": ["nexweşên lupus", "lupus bemorlari", "izigulana ezine-lupus", "lupus xəstələri"],
}

# English words (or names) a form of these languages would be (one word each): never glossed alone
LEFT_OUT_AS_ENGLISH = ["sal", "amin", "lara", "mano", "oy", "ay", "il", "meh"]


# answered by the real assistant with the study's fact
ANSWERED = [
    ("Kurdish (Kurmanji)", "Çend nexweşên lupus di lêkolînê de bûn?", "answer", ["8"]),
    ("Uzbek", "Tadqiqotda nechta lupus bemorlari bor edi?", "answer", ["8"]),
    ("Javanese", "Pira pasien lupus ing panliten iki?", "answer", ["8"]),
    ("Azerbaijani", "Tədqiqatda neçə lupus xəstələri var idi?", "answer", ["8"]),
]


globals().update(glossary_language_tests(QUESTIONS, ANSWERED, SAMPLE_FORMS, LEFT_OUT_AS_ENGLISH))
