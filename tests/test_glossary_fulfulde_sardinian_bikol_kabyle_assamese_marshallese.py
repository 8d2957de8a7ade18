"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in Fulfulde, with and without its hooked letters
("ñawɓe njelu" / "nyawbe njelu", "ko foti ɓooyde", "lekki", "e jaŋde ndee"), Sardinian, Logudorese and Campidanese, with
and without their accents ("cantos malàidos", "pro cantu tempus", "sa meighina", "in s'istùdiu"), Central Bikol ("pirang
pasyente", "gurano kahaloy", "sa pag-adal", "inontok"), Kabyle, with and without ɣ, ɛ, ḥ, ṭ, ḍ ("acḥal n yimuḍan" /
"ac7al n yimudan", "acḥal n wakud", "isafaren", "deg tezrawt"), Assamese in Latin letters as people text it ("kiman rugi",
"kiman xomoy", "dorob", "gobexonat") and Marshallese, with and without its letters ("jete rinañinmej", "ewi aetokan", "uno
ko", "ilo katak eo"): how many (patients), how long, patients, treatment, medicines, stopped, cured, improved, information,
explain, please, what happened, after the treatment, years and months, and the diseases' names as these languages say
them. Made-up questions, written for these tests from general language knowledge: the words they ask by are read in
English, English is never changed, no one-word form of these languages is an English word of the embedding model's
vocabulary, and the assistant answers a few of them with the study's fact."""
from __future__ import annotations

import pytest
from conftest import corpus_glosses as _glosses
from conftest import glossary_language_tests

from assistant.answering.glossary import gloss

# language -> (question, English words its gloss must contain)
QUESTIONS = {
    "Fulfulde": [
        ("Ñawɓe njelu wonɓe e lupus ngonnoo e jaŋde ndee?", ["how many patients", "with lupus", "in the study"]),
        ("Ko foti ɓooyde ñawɓe ɓee ndaaraa?", ["how long", "patients"]),
        ("Ko waɗi caggal safaara?", ["what happened", "after the treatment"]),
        ("Ñawɓe ɓee acci lekki mum'en?", ["patients", "stopped", "medication"]),
        ("Useeti, faamnu humpito e konnguɗi newɗi", ["please", "explain", "information", "in simpler words"]),
        ("Nyawbe njelu ngonnoo e jangde ndee? Ko foti coggu mum e Senegaal?", ["how many patients", "in the study", "how much does it cost", "in Senegal"]),
    ],
    "Sardinian": [
        ("Cantos malàidos chi tenent su lupus b'aiat in s'istùdiu?", ["how many patients", "with lupus", "in the study"]),
        ("Pro cantu tempus ant sighidu sos malàidos?", ["how long", "patients"]),
        ("Ite est sutzèdidu a pustis de sa cura?", ["what happened", "after", "treatment"]),
        ("Sos malàidos ant lassadu sa meighina issoro?", ["patients", "stopped", "medication"]),
        ("Pro praghere, ispiega·mi sas informatziones", ["please", "explain", "information"]),
        ("Cantos malaidos b'aiat in s'istudiu? Sa pedde est mègius in Sardigna?", ["how many patients", "in the study", "skin", "improved", "in Sardinia"]),
    ],
    "Central Bikol": [
        ("Pirang pasyente na igwang lupus an yaon sa pag-adal?", ["how many patients", "with lupus", "in the study"]),
        ("Gurano kahaloy binantayan an mga pasyente?", ["how long", "patients"]),
        ("Ano an nangyari pakatapos kan pagbulong?", ["what happened", "after the treatment"]),
        ("Inontok kan mga pasyente an saindang bulong?", ["stopped", "patients", "medication"]),
        ("Ipaliwanag mo tabi an resulta kan pagbulong", ["explain", "please", "treatment"]),
        ("Nagmarhay an anit kan mga pasyente sa Naga? Gurano an bayad?", ["improved", "skin", "patients", "in the Philippines", "how much does it cost"]),
    ],
    "Kabyle": [
        ("Acḥal n yimuḍan yesɛan lupus i yellan deg tezrawt?", ["how many patients", "with lupus", "in the study"]),
        ("Acḥal n wakud i ttwaḍefren imuḍan?", ["how long", "patients"]),
        ("D acu i yeḍran seld tadawit?", ["what happened", "after the treatment"]),
        ("Imuḍan ḥebsen isafaren-nsen?", ["patients", "stopped", "medication"]),
        ("Ma ulac aɣilif, fsser-iyi-d talɣut", ["please", "explain", "information"]),
        ("Ac7al n yimudan i yellan deg tezrawt? Ḥlan? Acḥal i yesswa di Lezzayer?", ["how many patients", "in the study", "cured", "how much does it cost", "in Algeria"]),
    ],
    "Assamese": [
        ("Lupus thoka kiman rugi gobexonat asil?", ["with lupus", "how many patients", "in the study"]),
        ("Rugixokolok kiman xomoy sua hoisil?", ["patients", "how long"]),
        ("Sikitsar pisot ki hoisil?", ["after the treatment", "what happened"]),
        ("Rugixokole dorob bondho korile neki?", ["patients", "medication", "stopped"]),
        ("Anugroh kori sikitsa bujai diya", ["please", "treatment", "explain"]),
        ("Kiman rugi gobexonat asil? Axomot kiman dam?", ["how many patients", "in the study", "in Assam", "how much does it cost"]),
    ],
    "Marshallese": [
        ("Jete rinañinmej ewōr aer lupus rar pād ilo katak eo?", ["how many patients", "with lupus", "in the study"]),
        ("Ewi aetokan aer lale rinañinmej ro?", ["how long", "patients"]),
        ("Ta eo ear waļọk ālkin uno?", ["what happened", "after the treatment"]),
        ("Rinañinmej ro rar bōjrak uno ko aer?", ["patients", "stopped", "medication"]),
        ("Jouj im kōmeļeļe melele eo", ["please", "explain", "information"]),
        ("Jete rinaninmej ilo katak eo? Emmanlok kil eo ilo Majeļ?", ["how many patients", "in the study", "improved", "skin", "in the Marshall Islands"]),
    ],
}


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "Is it available in Senegal, Guinea, Sardinia, the Philippines, Algeria, Assam or the Marshall Islands?",
    "What happened to the kidney, skin and muscles after the treatment?",
    "Did the ad say the cure tie was uno, and were the men and women treated alike?",
    "Sal, Jon and Tura asked how long the patients were followed; was it two years or a dam?",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


# the forms of these languages, as added (English phrase -> forms)
SAMPLE_FORMS = {
    "how many": ["njelu", "cantas", "pira", "acḥal", "achal", "kiman", "jete"],
    "how many patients": ["ñawɓe njelu", "nyawbe njelu", "cantos malàidos", "cantos malaidos", "pirang pasyente", "acḥal n yimuḍan",
                          "achal n yimudan", "kiman rugi", "jete rinan̄inmej", "jete rinañinmej", "jete rinaninmej"],
    "how long": ["ko foti ɓooyde", "pro cantu tempus", "gurano kahaloy", "acḥal n wakud", "kiman xomoy", "ewi aetokan"],
    "patients": ["ñawɓe", "nyawbe", "malàidos", "malàius", "an mga pasyente", "imuḍan", "imudan", "rugixokol", "rinañinmej"],
    "treatment": ["safaara", "sa cura", "an pagbulong", "tadawit", "sikitsa", "kōmour"],
    "medication": ["lekki", "meighina", "mexina", "an bulong", "isafaren", "dorob", "uno ko"],
    "in the study": ["e jaŋde ndee", "e jangde ndee", "in s'istùdiu", "in s'istudiu", "sa pag-adal", "deg tezrawt", "gobexonat", "ilo katak eo"],
    "stopped": ["acci", "ant lassadu", "inontok", "ḥebsen", "hebsen", "bondho korile", "rar bōjrak", "rar bojrak"],
    "information": ["humpito", "informatziones", "talɣut", "talghut", "melele"],
    "with lupus": ["wonɓe e lupus", "chi tenent su lupus", "igwang lupus", "yesɛan lupus", "yes3an lupus", "lupus thoka", "ewōr aer lupus"],
    "lupus patients": ["ñawɓe lupus", "malàidos de lupus", "pasyenteng igwang lupus", "imuḍan n lupus", "lupus rugi", "rinañinmej in lupus"],
    "in Guinea": ["e gine"],
    "in Sardinia": ["in sardigna"],
    "in Algeria": ["di lezzayer"],
    "in Assam": ["axomot"],
    "in the Marshall Islands": ["ilo m̧ajeļ", "ilo majel"],
}

# English words (or names) a form of these languages would be (one word each), or a word another language reads
# otherwise: never glossed alone by these (Sardinian "su", "sa", "dies", Bikol "an", "dai", "boot", Kabyle "ara", "ad",
# "tura", Assamese "dam", "sal", "jon", "mah", "tez", Marshallese "uno", "ke", "ba", "kil", "ear", "tie"; "impormasyon",
# which Tagalog, Cebuano and Hiligaynon questions say too, and "tothyo", which Bengali ones do, left as they were read)
LEFT_OUT_AS_ENGLISH = ["su", "sa", "dies", "an", "dai", "boot", "ara", "ad", "tura", "dam", "sal", "jon", "mah", "tez",
                       "uno", "ke", "ba", "kil", "ear", "tie", "mi", "am", "impormasyon", "tothyo"]


# answered by the real assistant with the study's fact
ANSWERED = [
    ("Fulfulde", "Ñawɓe njelu wonɓe e lupus ngonnoo e jaŋde ndee?", "answer", ["8"]),
    ("Sardinian", "Cantos malàidos chi tenent su lupus b'aiat in s'istùdiu?", "answer", ["8"]),
    ("Kabyle", "Acḥal n yimuḍan yesɛan lupus i yellan deg tezrawt?", "answer", ["8"]),
    ("Marshallese", "Jete rinañinmej ewōr aer lupus rar pād ilo katak eo?", "answer", ["8"]),
]


globals().update(glossary_language_tests(QUESTIONS, ANSWERED, SAMPLE_FORMS, LEFT_OUT_AS_ENGLISH))
