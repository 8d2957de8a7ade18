"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in Sindhi in Latin letters as people text it
("ketra mareez", "ketro waqt", "goriyun", "tehqeeq mein"), Tahitian, with and without its macrons and ʻeta ("e hia feia
maʻi" / "e hia feia mai", "e hia te maoro", "rāʻau", "i te tuatāpaparaʻa"), Pangasinan ("pigay so pasyente", "pigay ya
panaon", "agamil", "ed panaral"), Ladino in the Aki Yerushalayim spelling ("kuantos hazinos", "por kuanto tiempo",
"melezinas", "en el estudyo"), Palauan ("tela a rasmecher", "ng tela el taem", "ukeruul", "er a omesuub") and Oshiwambo
("aavu yangapi", "ethimbo li thike peni", "omiti", "momakonaakono"): how many (patients), how long, patients, treatment,
medicines, stopped, cured, improved, information, explain, please, what happened, after the treatment, years and months,
and the diseases' names as these languages say them. Made-up questions, written for these tests from general language
knowledge: the words they ask by are read in English, English is never changed, no one-word form of these languages is
an English word of the embedding model's vocabulary, and the assistant answers a few of them with the study's fact."""
from __future__ import annotations

import pytest
from conftest import corpus_glosses as _glosses
from conftest import glossary_language_tests

from assistant.answering.glossary import gloss

# language -> (question, English words its gloss must contain)
QUESTIONS = {
    "Sindhi": [
        ("Tehqeeq mein lupus waran ketra mareez hua?", ["in the study", "with lupus", "how many patients"]),
        ("Mareezun khe ketro waqt dekhyo wayo?", ["patients", "how long"]),
        ("Ilaaj khanpoi chha thiyo?", ["after the treatment", "what happened"]),
        ("Chha mareezun pahinjiyun goriyun band kai?", ["patients", "medication", "stopped"]),
        ("Mehrbani kare sawlan lafzan mein samjhaai", ["please", "in simpler words", "explain"]),
        ("Ketra mareez tehqeeq mein hua? Sindh mein ketri qeemat aahe?", ["how many patients", "in the study", "in Sindh", "how much does it cost"]),
    ],
    "Tahitian": [
        ("E hia feia maʻi roʻohia i te lupus i te tuatāpaparaʻa?", ["how many patients", "with lupus", "in the study"]),
        ("E hia te maoro i hiʻopoahia ai te feia maʻi?", ["how long", "patients"]),
        ("Eaha tei tupu i muri aʻe i te rapaʻau?", ["what happened", "after", "treatment"]),
        ("Ua faʻaea te feia maʻi i tā rātou rāʻau?", ["stopped", "patients", "medication"]),
        ("A haʻamārama mai i te haʻamāramaramaraʻa ma te parau ʻōhie", ["explain", "information", "in simpler words"]),
        ("Ua maitai te iri o te feia mai i Tahiti? E hia moni?", ["improved", "patients", "in Tahiti", "how much does it cost"]),
    ],
    "Pangasinan": [
        ("Pigay so pasyente ya walay lupus ed panaral?", ["how many patients", "with lupus", "in the study"]),
        ("Pigay ya panaon ya binantayan so saray pasyente?", ["how long", "patients"]),
        ("Antoy agawa kayari na panagagamot?", ["what happened", "after the treatment"]),
        ("Tinunda na saray pasyente so agamil da?", ["stopped", "patients", "medication"]),
        ("Ipalinew mo so panagagamot", ["explain", "treatment"]),
        ("Inmabig so saray pasyente ed Pangasinan? Pigay so bayar?", ["improved", "patients", "in the Philippines", "how much does it cost"]),
    ],
    "Ladino": [
        ("Kuantos hazinos kon lupus avia en el estudyo?", ["how many patients", "with lupus", "in the study"]),
        ("Por kuanto tiempo siguieron a los hazinos?", ["how long", "patients"]),
        ("Ke akontesio despues del tratamyento?", ["what happened", "after the treatment"]),
        ("Los hazinos desharon sus melezinas?", ["patients", "stopped", "medication"]),
        ("Eksplikame la informasion kon palavras mas simples", ["explain", "information", "in simpler words"]),
        ("Kuantos hazinos en el estudyo? Se kuraron? Kuanto kosta en Turkia?", ["how many patients", "in the study", "cured", "how much does it cost", "in Turkey"]),
    ],
    "Palauan": [
        ("Ng tela a rasmecher er ngii a lupus er a omesuub?", ["how many patients", "with lupus", "in the study"]),
        ("Ng tela el taem a lmuut er a rasmecher?", ["how long", "patients"]),
        ("Ngera a mle uriul er a ukeruul?", ["what happened", "after the treatment"]),
        ("A rasmecher a mla stop a kerrir?", ["patients", "stopped", "medication"]),
        ("Ng mlo ungil a rasmecher er a uriul er a ukeruul?", ["improved", "patients", "after", "treatment"]),
        ("Tela el rasmecher er a omesuub? Ng tela a cheral er a Belau?", ["how many patients", "in the study", "how much does it cost", "in Palau"]),
    ],
    "Oshiwambo": [
        ("Aavu yangapi ye na lupus ya li momakonaakono?", ["how many patients", "with lupus", "in the study"]),
        ("Aavu oya tonatelwa ethimbo li thike peni?", ["patients", "how long"]),
        ("Oshike sha ningwa konima yuupangi?", ["what happened", "after the treatment"]),
        ("Aavu oya thigi omiti dhawo?", ["patients", "stopped", "medication"]),
        ("Alikana, yelitha uuyelele miitya ya pepuka", ["please", "explain", "information", "in simpler words"]),
        ("Oshipa shaavu oya aludhwa moNamibia? Ondando oyi li ngapi?", ["skin", "cured", "in Namibia", "how much does it cost"]),
    ],
}


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "Is it available in Sindh, Tahiti, the Philippines, Turkey, Israel, Palau or Namibia?",
    "What happened to the kidney, skin and muscles after the treatment?",
    "Did the chap from the lab say the rat and tap water results were mad?",
    "Ed, Ag and Natan asked how long the patients were followed, in years or months.",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


# the forms of these languages, as added (English phrase -> forms)
SAMPLE_FORMS = {
    "how many": ["ketra", "kitra", "pigay", "kuantos", "kuantas"],
    "how many patients": ["ketra mareez", "e hia feia maʻi", "e hia feia mai", "pigay so pasyente", "kuantos hazinos",
                          "tela a rasmecher", "ng tela a rasmecher", "aavu yangapi"],
    "how long": ["ketro waqt", "e hia te maoro", "pigay ya panaon", "por kuanto tiempo", "ng tela el taem", "ethimbo li thike peni"],
    "patients": ["mareezun", "feia maʻi", "feia ma'i", "saray pasyente", "hazinos", "rasmecher", "aavu"],
    "treatment": ["rapaʻau", "rapaau", "panagagamot", "tratamyento", "ukeruul", "uupangi"],
    "medication": ["goriyun", "rāʻau", "raau", "agamil", "melezina", "ilach", "kerrir", "omiti"],
    "in the study": ["tehqeeq mein", "i te tuatāpaparaʻa", "ed panaral", "en el estudyo", "er a omesuub", "momakonaakono"],
    "stopped": ["band kai", "ua faʻaea", "tinunda", "desharon", "mla stop", "oya thigi"],
    "information": ["haʻamāramaramaraʻa", "informasion", "uuyelele"],
    "with lupus": ["lupus waran", "roʻohia i te lupus", "walay lupus", "kon lupus", "er ngii a lupus", "ye na lupus"],
    "lupus patients": ["lupus jaa mareez", "feia maʻi lupus", "pasyente ya walay lupus", "hazinos de lupus", "rasmecher er a lupus", "aavu ye na lupus"],
    "in Sindh": ["sindh mein"],
    "in Tahiti": ["i tahiti", "i pōrīnetia"],
    "in Turkey": ["en turkia"],
    "in Israel": ["en israel"],
    "in Palau": ["er a belau"],
    "in Namibia": ["monamibia", "mo namibia"],
}

# English words (or names) a form of these languages would be (one word each), or a word another language reads
# otherwise: never glossed alone by these (Sindhi "tap", "rat", "chap", "sur", Pangasinan "so", "ed", "ag", "dala", "amin",
# Palauan "mad", "kar", "rak", "tela", "mla", Tahitian "iri", "mai", "ora", "ehia" (the Hawaiian "how many" typed without
# its ʻokina: Hawaiian questions of earlier tests say it), Ladino "desha", "agora", "kon")
LEFT_OUT_AS_ENGLISH = ["tap", "rat", "chap", "sur", "so", "ed", "ag", "dala", "amin", "mad", "kar", "rak", "tela", "mla",
                       "iri", "mai", "ora", "ehia", "desha", "agora", "kon"]


# answered by the real assistant with the study's fact
ANSWERED = [
    ("Sindhi", "Tehqeeq mein lupus waran ketra mareez hua?", "answer", ["8"]),
    ("Pangasinan", "Pigay so pasyente ya walay lupus ed panaral?", "answer", ["8"]),
    ("Ladino", "Kuantos hazinos kon lupus avia en el estudyo?", "answer", ["8"]),
    ("Oshiwambo", "Aavu yangapi ye na lupus ya li momakonaakono?", "answer", ["8"]),
]


globals().update(glossary_language_tests(QUESTIONS, ANSWERED, SAMPLE_FORMS, LEFT_OUT_AS_ENGLISH))
