"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in Gujarati in Latin letters, as typed in chats
("ketla dardi", "ketla samay", "sarvar pachhi"), Bambara, with and without ɛ, ɔ, ɲ ("banabagatɔ joli" / "banabagato joli",
"waati joli", "furakɛli"), Kikuyu, with and without ĩ and ũ ("arũaru aigana" / "aruaru aigana", "ihinda rĩigana atĩa",
"ũrigitani"), Turkmen, with and without its letters ("näçe näsag" / "nace nasag", "näçe wagt", "bejergiden soň"),
Hiligaynon ("ano kalawig", "pagbulong", "ano ang natabo") and Telugu in Latin letters, as typed in chats ("entha mandi
rogulu", "entha kalam", "chikitsa tarvata"): how many (patients, people, times), how long, patients, treatment, medicines,
stopped, cured, improved, results, followed, skin, kidney, muscles, cost, please, explain, simpler, what happened, after
the treatment, and the diseases' names as these languages write them. Made-up questions, written for these tests from
general language knowledge: the words they ask by are read in English, English is never changed, no one-word form of
these languages is an English word of the embedding model's vocabulary, and the assistant answers a few of them with the
study's fact."""
from __future__ import annotations

import pytest
from conftest import corpus_glosses as _glosses
from conftest import glossary_language_tests

from assistant.answering.glossary import gloss

# language -> (question, English words its gloss must contain)
QUESTIONS = {
    "Gujarati (Latin letters)": [
        ("Abhyas ma lupus vala ketla dardi hata?", ["in the study", "with lupus", "how many patients"]),
        ("Dardio par ketla samay sudhi nazar rakhvama aavi?", ["patients", "how long", "followed"]),
        ("Sarvar pachhi shu thayu?", ["after the treatment", "what happened"]),
        ("Shu dardio e dawa bandh kari?", ["patients", "medication", "stopped"]),
        ("Krupa kari ne parinam saral bhasha ma samjavo", ["please", "results", "in simpler words", "explain"]),
        ("Chamdi ane snayu sudhari gayu? Ketla paisa?", ["skin", "muscles", "improved", "how much does it cost"]),
    ],
    "Bambara": [
        ("Lupus bɛ minnu na, banabagatɔ joli tun bɛ sɛgɛsɛgɛli in kɔnɔ?", ["with lupus", "how many patients", "in the study"]),
        ("Banabagatɔw furakɛra waati joli?", ["patients", "treated", "how long"]),
        ("Mun kɛra furakɛli kɔfɛ?", ["what happened", "after the treatment"]),
        ("Banabagatɔw ye furakisɛw dabilara wa?", ["patients", "medication", "stopped"]),
        ("Hakɛto, a ɲɛfɔ kuma nɔgɔman na", ["please", "explain", "in simpler words"]),
        ("Banabagato joli tun be segesegeli kono? Mali la sɔngɔ ye joli?", ["how many patients", "in the study", "in Mali", "how much does it cost"]),
    ],
    "Kikuyu": [
        ("Arũaru aigana arĩa marĩ na lupus maarĩ ũthuthuria-inĩ?", ["how many patients", "with lupus", "in the study"]),
        ("Arũaru maarũmĩrĩirwo ihinda rĩigana atĩa?", ["patients", "how long"]),
        ("Nĩ kĩĩ kĩekĩkire thuutha wa ũrigitani?", ["what happened", "after the treatment"]),
        ("Arũaru nĩ maatigire ndawa?", ["patients", "stopped", "medication"]),
        ("Ndagũthaitha, taarĩria maumĩrĩra na ciugo huthu", ["please", "explain", "results", "in simpler words"]),
        ("Aruaru aigana mari uthuthuria-ini? Gĩkoba nĩ maagĩire wega?", ["how many patients", "in the study", "skin", "improved"]),
    ],
    "Turkmen": [
        ("Barlagda lupusly näçe näsag boldy?", ["in the study", "with lupus", "how many patients"]),
        ("Näsaglar näçe wagt gözegçilik edildi?", ["patients", "how long", "followed"]),
        ("Bejergiden soň näme boldy?", ["after the treatment", "what happened"]),
        ("Näsaglar dermanlaryny bes etdiler?", ["patients", "medication", "stopped"]),
        ("Haýyş edýärin, netijeleri ýönekeý dilde düşündiriň", ["please", "results", "in simpler words", "explain"]),
        ("Barlagda nace nasag boldy? Böwrek we deri gowulaşdy?", ["in the study", "how many patients", "kidney", "skin", "improved"]),
    ],
    "Hiligaynon": [
        ("Pila ka pasyente nga may lupus ang sa pagtuon?", ["how many patients", "with lupus", "in the study"]),
        ("Ano kalawig ginbantayan ang mga pasyente?", ["how long", "followed", "patients"]),
        ("Ano ang natabo pagkatapos sang pagbulong?", ["what happened", "after the treatment"]),
        ("Gin-untat sang mga pasyente ang ila bulong?", ["stopped", "patients", "medication"]),
        ("Palihog ipaathag ang mga resulta sa simple nga tinaga", ["please", "explain", "results", "in simpler words"]),
        ("Tagpila? Nag-ayo bala ang panit kag kidney?", ["how much does it cost", "skin", "kidney"]),
    ],
    "Telugu (Latin letters)": [
        ("Adhyayanamlo lupus unna entha mandi rogulu unnaru?", ["in the study", "with lupus", "how many patients"]),
        ("Rogulanu entha kalam paryavekshincharu?", ["patients", "how long", "followed"]),
        ("Chikitsa tarvata emi jarigindi?", ["after the treatment", "what happened"]),
        ("Rogulu mandulu aapesaru?", ["patients", "medication", "stopped"]),
        ("Dayachesi phalitalu sulabhamaina bhashalo vivarinchandi", ["please", "results", "in simpler words", "explain"]),
        ("Charmam merugayyindi? Entha kharchu?", ["skin", "improved", "how much does it cost"]),
    ],
}


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "Is it available in India, Mali, Kenya, Turkmenistan or the Philippines?",
    "What happened to the kidney, skin and muscles after the treatment?",
    "San and Ja said the gala in Sa Pa was about the same length as the derby race.",
    "Bala, Mandi and Tene asked how long the patients were followed; was it two years?",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


# the forms of these languages, as added (English phrase -> forms)
SAMPLE_FORMS = {
    "how many": ["ketla", "näçe", "nace", "aigana atĩa", "enni"],
    "how many patients": ["ketla dardi", "banabagatɔ joli", "banabagato joli", "arũaru aigana", "aruaru aigana", "näçe näsag", "nace nasag",
                          "entha mandi rogulu"],
    "how long": ["ketla samay", "waati joli", "ihinda rĩigana atĩa", "näçe wagt", "ano kalawig", "entha kalam"],
    "patients": ["dardi", "dardio", "banabagatɔw", "arũaru", "aruaru", "näsaglar", "nasaglar", "rogulu"],
    "treatment": ["sarvar", "furakɛli", "ũrigitani", "bejergi", "pagbulong", "vaidyam"],
    "medication": ["davao", "furakisɛw", "ndawa", "dermanlary", "bulong", "mandulu"],
    "study": ["sɛgɛsɛgɛli", "ũthuthuria", "barlag", "adhyayanam"],
    "in the study": ["abhyas ma", "sɛgɛsɛgɛli in kɔnɔ", "ũthuthuria-inĩ", "barlagda", "sa sini nga pagtuon", "adhyayanamlo"],
    "stopped": ["bandh kari", "dabilara", "maatigire", "bes etdiler", "gin-untat", "aapesaru"],
    "information": ["kunnafoni", "ũhoro", "maglumat", "samacharam"],
    "with lupus": ["lupus vala", "lupus bɛ minnu na", "arĩa marĩ na lupus", "lupusly", "nga may lupus", "lupus unna"],
    "lupus patients": ["lupus na dardi", "lupus banabagatɔw", "arũaru a lupus", "lupusly näsaglar", "lupus rogulu"],
    "in Mali": ["mali la", "mali kɔnɔ"],
    "in Kenya": ["kenya-inĩ"],
    "in Turkmenistan": ["türkmenistanda", "turkmenistanda"],
}

# English words (or names) a form of these languages would be (one word each), or a word another language reads
# otherwise: never glossed alone by these (Bambara "joli", how many and blood alike, "san", years, "ja", a picture; Kikuyu
# "tene", long ago, and "othe"; Telugu "mandi", people, only in "entha mandi"; Gujarati "have", now; Hiligaynon "bala";
# Gujarati "dava", medicine, which Marathi says for left ("dava hat"); Bambara "sabali", please, Ilocano's other)
LEFT_OUT_AS_ENGLISH = ["joli", "san", "ja", "tene", "othe", "have", "bala", "mandi", "dava", "sabali"]


# answered by the real assistant with the study's fact
ANSWERED = [
    ("Gujarati (Latin letters)", "Abhyas ma lupus vala ketla dardi hata?", "answer", ["8"]),
    ("Turkmen", "Barlagda lupusly näçe näsag boldy?", "answer", ["8"]),
    ("Hiligaynon", "Pila ka pasyente nga may lupus ang sa pagtuon?", "answer", ["8"]),
    ("Telugu (Latin letters)", "Adhyayanamlo lupus unna entha mandi rogulu unnaru?", "answer", ["8"]),
]


globals().update(glossary_language_tests(QUESTIONS, ANSWERED, SAMPLE_FORMS, LEFT_OUT_AS_ENGLISH))
