"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in Sranan Tongo ("omeni siki sma", "omeni langa",
"dresi", "na ini a studie", "fu san ede", "sortu"), Cantonese in Latin letters as Hong Kong people text it ("gei do (go)",
"gei noi", "dim gaai", "dim ah", "bin go", "mat ye", "beng yan", "yeuk", "yin gau", "fu jok yung", "hou fan", "yau", "yau
mou", "m goi"), Chuukese ("fite chon semmwen", "safei", "pwata", "ifa usun", "met a fis"), Otjiherero ("ovavere vengapi",
"tjike", "arikana"), Dyula ("mun na", "cogo di", "jumɛn", "wagati joli") and Kikongo (Kituba: "bambefo ikwa", "ntangu
ikwa", "sambu na inki", "inki mutindu", "nsosa"): how many (patients, people, times, years), how long, patients, medicines,
treatment, the study, stopped, improved, cured, side effects, what happened, why, how, what, which, who, after the
treatment, please, and the diseases' names as these languages say them. Made-up questions, written for these tests from
general language knowledge: the words they ask by are read in English, English is never changed, no one-word form of
these languages is an English word of the embedding model's vocabulary (Cantonese "hai", "dim", "ge", "jo" only in a
phrase), and the assistant answers a few of them with the study's fact."""
from __future__ import annotations

import pytest
from conftest import corpus_glosses as _glosses
from conftest import glossary_language_tests

from assistant.answering.glossary import gloss

# language -> (question, English words its gloss must contain)
QUESTIONS = {
    "Sranan": [
        ("Omeni siki sma di abi lupus ben de na ini a studie?", ["how many patients", "with lupus", "in the study"]),
        ("Omeni langa den luku den siki sma baka a dresi?", ["how long", "patients", "after the treatment"]),
        ("San pasa nanga den siki sma di abi myositis?", ["what happened", "patients", "with myositis"]),
        ("Fu san ede den siki sma ben tapu den dresi?", ["why", "patients", "stopped", "medication"]),
        ("Sortu dresi den gi fosi a infusion? Den kon betre?", ["which", "medication", "before", "improved"]),
        ("Mi e begi yu, fruklari mi na wan moro makriki fasi. Omeni a e kosi na Sranan?", ["please", "explain", "in simpler words", "how much does it cost", "in Suriname"]),
    ],
    "Cantonese": [
        ("Ni go yin gau yau gei do go beng yan hai lupus?", ["study", "how many patients", "with lupus"]),
        ("Di beng yan follow up gei noi ah? m goi", ["patients", "how long", "please"]),
        ("Lupus beng yan dim ah? Hou fan jo mou?", ["lupus patients", "how", "improved"]),
        ("Dim gaai di beng yan ting jo yeuk?", ["why", "patients", "stopped", "medication"]),
        ("Ni go ji liu yau mou fu jok yung? Bin go se ni pin?", ["treatment", "were there", "side effects", "who"]),
        ("Gei do chi infusion? Hai heung gong gei do chin?", ["how many times", "in Hong Kong", "how much does it cost"]),
    ],
    "Chuukese": [
        ("Fite chon semmwen ren lupus lon ewe study?", ["how many patients", "with lupus", "in the study"]),
        ("Pwata ekkewe chon semmwen ra ukkutiw ar safei?", ["why", "patients", "stopped", "medication"]),
        ("Ifa usun ekkewe chon semmwen mwirin ewe infusion?", ["how", "patients", "after"]),
        ("Met a fis ngeni ekkewe chon semmwen ren myositis? Kose mochen", ["what happened", "patients", "with myositis", "please"]),
        ("Fite aramas ra tumunu meinisin ekkewe chon semmwen non Chuuk?", ["how many people", "all", "patients", "in Chuuk"]),
    ],
    "Otjiherero": [
        ("Ovavere vengapi ve na lupus?", ["how many patients", "with lupus"]),
        ("Arikana, tjike tja tjitwa kovavere ve na myositis?", ["please", "what", "with myositis"]),
        ("Ovandu vengapi va ri momakonakono?", ["how many people"]),
        ("Ovavere mba isa omiti vyavo?", ["patients", "stopped", "medication"]),
    ],
    "Dyula": [
        ("Mun na banabagatɔw ye u ka fura dabila?", ["why", "patients", "medication"]),
        ("Furakɛli in kɛra cogo di? Banabagatɔ jumɛnw ka fisaya?", ["treatment", "how", "which", "improved"]),
        ("Banabagatɔw lajɛra wagati joli furakɛli kɔfɛ?", ["patients", "how long", "after the treatment"]),
        ("A kɔlɔlɔw ye mun ye? Jɔn ye nin sɛbɛn?", ["side effects", "what is", "who"]),
    ],
    "Kikongo": [
        ("Bambefo ikwa vandaka na nsosa?", ["how many patients", "in the study"]),
        ("Ntangu ikwa bau landaka bambefo ya lupus?", ["how long", "lupus patients"]),
        ("Sambu na inki bambefo yambulaka bankisi na bau?", ["why", "patients", "stopped", "medication"]),
        ("Inki mutindu bambefo ya myositis vandaka na nima ya nkisi?", ["how", "patients", "after the treatment"]),
        ("Bamvula ikwa? Bantu ikwa vandaka na Congo?", ["how many years", "how many people", "in the Congo"]),
    ],
}


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "Is it available in Suriname, Hong Kong, Chuuk, Namibia, Côte d'Ivoire or the Congo?",
    "Hai, can you dim the figure? Did the gang at Ge or Jo's lab say the patients got better?",
    "Did the Bantu authors in the Congo, or Sam and Nei, say what happened to the patients?",
    "Were there side effects after the treatment, and how long were the patients followed?",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


# the forms of these languages, as added (English phrase -> forms)
SAMPLE_FORMS = {
    "how many": ["omeni", "gei do", "gei do go", "yau gei do", "fite", "vengapi", "ikwa"],
    "how long": ["omeni langa", "gei noi", "gei loi", "ntangu ikwa", "wagati joli"],
    "why": ["fu san ede", "dim gaai", "pwata", "mun na", "sambu na inki"],
    "how": ["dim ah", "dim yeung", "ifa usun", "cogo di", "inki mutindu"],
    "who": ["bin go", "jɔn"],
    "which": ["sortu", "bin di", "jumɛn"],
    "what": ["mat ye", "tjike", "inki"],
    "patients": ["siki sma", "beng yan", "chon semmwen", "ovavere", "bambefo"],
    "medication": ["dresi", "yeuk", "safei", "furaw", "mankisi"],
    "treatment": ["ji liu", "lusansu"],
    "study": ["ondrosuku", "yin gau", "nsosa"],
    "side effects": ["fu jok yung", "bampasi ya nkisi"],
    "improved": ["kon betre", "hou fan", "hou jo"],
    "please": ["m goi", "m goi sai", "kose mochen", "arikana", "mi e begi yu"],
    "were there": ["yau mou"],
    "how many patients": ["omeni siki sma", "gei do go beng yan", "yau gei do go beng yan", "fite chon semmwen",
                          "ovavere vengapi", "bambefo ikwa"],
    "with lupus": ["di abi lupus", "nanga lupus", "yau lupus", "hai lupus", "ren lupus", "ve na lupus", "kele na lupus"],
    "lupus patients": ["lupus beng yan", "lupus sma", "bambefo ya lupus"],
    "in Suriname": ["na sranan"],
    "in Hong Kong": ["heung gong"],
    "in Chuuk": ["non chuuk", "lon chuuk"],
}

# English words (or names) a form of these languages would be (one word each), or a word another language reads
# otherwise: never glossed alone by these (Cantonese "hai", "dim", "ge", "jo", "ngo", "mou" only in a phrase, and "yau"
# (Hausa, Tshivenda); Sranan "fa", "san", "ala", "tapu" (Tongan, Samoan), "baka" (Tagalog), "buba", "sma" (Sundanese
# "murid SMA"), "yari" (Fulfulde); Chuukese "met", "ier" (Frisian), "mwen" (Haitian Creole), "ran", and "fite ier" with
# Otjiherero "ozombura ngapi", which ask one's age as often as a number of years; Otjiherero "tate", "mama", "ami"; Dyula
# "fura" (Hungarian), "kalo" (Hawaiian), "san", "fa"; Kikongo "mono", "bantu", "nani" (Shona))
LEFT_OUT_AS_ENGLISH = ["hai", "dim", "ge", "jo", "ngo", "mou", "yau", "fa", "san", "ala", "tapu", "baka", "buba", "sma",
                       "yari", "met", "ier", "fite ier", "ozombura ngapi", "mwen", "ran", "tate", "mama", "ami", "fura",
                       "kalo", "mono", "bantu", "nani"]


# answered by the real assistant with the study's fact
ANSWERED = [
    ("Sranan", "Omeni siki sma di abi lupus ben de na ini a studie?", "answer", ["8"]),
    ("Cantonese", "Ni go yin gau yau gei do go beng yan hai lupus?", "answer", ["8"]),
    ("Otjiherero", "Ovavere vengapi ve na lupus?", "answer", ["8"]),
    ("Kikongo", "Bambefo ikwa ya lupus vandaka na nsosa?", "answer", ["8"]),
]


globals().update(glossary_language_tests(QUESTIONS, ANSWERED, SAMPLE_FORMS, LEFT_OUT_AS_ENGLISH))
