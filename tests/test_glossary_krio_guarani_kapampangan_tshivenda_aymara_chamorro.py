"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in Krio, with and without ɛ and ɔ ("ɔmɔs
peshɛnt" / "omos peshent", "ɔmɔs tɛm", "mɛrɛsin"), Guarani, with and without its nasal vowels and accents, and Jopara
("mboy hasýva" / "mboy hasyva", "mboy aja", "pohã"), Kapampangan ("pilan a pasyente", "panggamut", "king pamanaliksik"),
Tshivenda, with and without ḓ, ḽ, ṅ, ṋ, ṱ ("vhalwadze vhangana", "tshifhinga tshingafhio", "kha ṱhoḓisiso" / "kha
thodisiso"), Aymara, with and without ä and its apostrophes ("qhawqha usutanaka", "qhawqha pacha", "yatxatäwin") and
Chamorro, with and without å ("kuånto na pasiente", "kuånto tiempo", "fanamot"): how many (patients), how long, patients,
treatment, medicines, stopped, cured, improved, information, explain, please, what happened, after the treatment, years
and months, and the diseases' names as these languages write them. Made-up questions, written for these tests from
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
    "Krio": [
        ("Ɔmɔs peshɛnt we gɛt lupus bin de na di stɔdi?", ["how many patients", "with lupus", "in the study"]),
        ("Ɔmɔs tɛm dɛn bin de wach di peshɛnt dɛn?", ["how long", "patients"]),
        ("Wetin apin afta di tritmɛnt?", ["what happened", "after the treatment"]),
        ("Di peshɛnt dɛn dɔn stɔp dɛn mɛrɛsin?", ["patients", "stopped", "medication"]),
        ("Duya, ɛksplen di tin na izi wɔd", ["please", "explain", "in simpler words"]),
        ("Omos peshent bin de na di stodi? Ɔmɔs i kɔst na Salone?", ["how many patients", "in the study", "how much does it cost", "in Sierra Leone"]),
    ],
    "Guarani": [
        ("Mboy hasýva lupus orekóva oĩ va'ekue estudio-pe?", ["how many patients", "with lupus", "in the study"]),
        ("Mboy aja ojesareko hasýva kuérare?", ["how long"]),
        ("Mba'épa oiko pohano rire?", ["what happened", "after the treatment"]),
        ("Hasýva kuéra oheja ipohã?", ["patients", "stopped", "medication"]),
        ("Emyesakã chéve marandu", ["explain", "information"]),
        ("Mboy hasyva oi va'ekue estudiope? Okuerapa Paraguáipe?", ["how many patients", "in the study", "cured", "in Paraguay"]),
    ],
    "Kapampangan": [
        ("Pilan a pasyente a atin lupus ing atiu king pamanaliksik?", ["how many patients", "with lupus", "in the study"]),
        ("Nanung milyari kaybat ning panggamut?", ["what happened", "after the treatment"]),
        ("Tinuknangan da ba deng pasyente ing gamut da?", ["stopped", "patients", "medication"]),
        ("Migaling la ba deng pasyente? Pilan a banwa?", ["cured", "patients", "how many", "years"]),
        ("Atin pang impormasyun king pamanaliksik?", ["information", "in the study"]),
        ("Magkanu ya ing panggamut king Pilipinas?", ["how much does it cost", "treatment", "in the Philippines"]),
    ],
    "Tshivenda": [
        ("Vhalwadze vhangana vha re na lupus vho vha vhe kha ṱhoḓisiso?", ["how many patients", "with lupus", "in the study"]),
        ("Vhalwadze vho sedzwa lwa tshifhinga tshingafhio?", ["patients", "how long"]),
        ("Ho itea mini nga murahu ha ulafho?", ["what happened", "after the treatment"]),
        ("Vhalwadze vho litsha mishonga yavho?", ["patients", "stopped", "medication"]),
        ("Ndi humbela, ṱalutshedza mafhungo", ["please", "explain", "information"]),
        ("Vhalwadze vhangana vho vha kha thodisiso? Lukanda lwo khwinifhala?", ["how many patients", "in the study", "skin", "improved"]),
    ],
    "Aymara": [
        ("Qhawqha usutanakas lupusani yatxatäwin utjäna?", ["how many patients", "with lupus", "in the study"]),
        ("Qhawqha pachas usutanakax uñjatäpxäna?", ["how long", "patients"]),
        ("Kunas pasäna qullañ qhipata?", ["what happened", "after the treatment"]),
        ("Usutanakax qullanakap jaytapxänti?", ["patients", "medication", "stopped"]),
        ("Qhanañcht'am yatiyäwi", ["explain", "information"]),
        ("Qhawqha usutanaka yatxatawin utjana? Qullasxi Bolivia markana?", ["how many patients", "in the study", "cured", "in Bolivia"]),
    ],
    "Chamorro": [
        ("Kuånto na pasiente ni gai lupus gaige gi estudio?", ["how many patients", "with lupus", "in the study"]),
        ("Kuånto tiempo ma atan i pasiente siha?", ["how long", "patients"]),
        ("Håfa masusedi despues di i tratamiento?", ["what happened", "after the treatment"]),
        ("Ma para ni pasiente siha i åmot-ñiha?", ["stopped", "patients", "medication"]),
        ("Pot fabot, esplikå i infotmasion", ["please", "explain", "information"]),
        ("Kuanto na pasiente gaige gi estudio? Mas maolek i lassas giya Guåhan?", ["how many patients", "in the study", "improved", "skin", "in Guam"]),
    ],
}


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "Is it available in Sierra Leone, Paraguay, the Philippines, South Africa, Bolivia or Guam?",
    "What happened to the kidney, skin and muscles after the treatment?",
    "Did the study run the gamut of side effects, and were the men and women treated alike?",
    "Mara, Uru and Mata asked how long the patients were followed; was it two years?",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


# the forms of these languages, as added (English phrase -> forms)
SAMPLE_FORMS = {
    "how many": ["ɔmɔs", "omos", "mboy", "pilan", "vhangana", "qhawqha", "kuånto"],
    "how many patients": ["ɔmɔs peshɛnt", "omos peshent", "mboy hasýva", "mboy hasyva", "pilan a pasyente", "vhalwadze vhangana",
                          "qhawqha usutanaka", "kuånto na pasiente", "kuanto na pasiente"],
    "how long": ["ɔmɔs tɛm", "omos tem", "mboy aja", "tshifhinga tshingafhio", "qhawqha pacha", "kuånto tiempo"],
    "patients": ["peshɛnt dɛn", "peshent den", "hasýva", "hasyva", "deng pasyente", "vhalwadze", "usutanaka", "pasiente siha"],
    "treatment": ["tritmɛnt", "pohano", "panggamut", "ulafho", "qullaña", "fanamot"],
    "medication": ["mɛrɛsin", "pohã", "ipohã", "ing gamut", "mishonga yavho", "qullanaka", "åmot"],
    "in the study": ["na di stɔdi", "estudio-pe", "king pamanaliksik", "kha ṱhoḓisiso", "kha thodisiso", "yatxatäwin", "gi estudio"],
    "stopped": ["dɔn stɔp", "oheja", "tinuknangan", "vho litsha", "jaytapxänti", "ma para"],
    "information": ["infɔmeshɔn", "marandu", "impormasyun", "mafhungo", "yatiyäwi", "infotmasion"],
    "with lupus": ["we gɛt lupus", "lupus orekóva", "a atin lupus", "vha re na lupus", "lupusani", "ni gai lupus"],
    "lupus patients": ["lupus peshɛnt", "lupus hasýva", "vhalwadze vha lupus", "lupusan usutanaka", "pasiente ni gai lupus"],
    "in Sierra Leone": ["na salone"],
    "in Paraguay": ["paraguáipe", "paraguaipe"],
    "in Guam": ["giya guåhan", "giya guahan"],
}

# English words (or names) a form of these languages would be (one word each), or a word another language reads
# otherwise: never glossed alone by these (Kapampangan "gamut", medicine, only in a phrase: "ing gamut"; Krio "men",
# "stop", "day", "tin"; Tshivenda "ha", "na"; Aymara "mara", years, and "uru", days; Chamorro "para", "mes", "dia")
LEFT_OUT_AS_ENGLISH = ["gamut", "men", "stop", "day", "tin", "mara", "uru", "para", "dia", "wan", "ha", "na"]


# answered by the real assistant with the study's fact
ANSWERED = [
    ("Krio", "Ɔmɔs peshɛnt we gɛt lupus bin de na di stɔdi?", "answer", ["8"]),
    ("Guarani", "Mboy hasýva lupus orekóva oĩ va'ekue estudio-pe?", "answer", ["8"]),
    ("Tshivenda", "Vhalwadze vhangana vha re na lupus vho vha vhe kha ṱhoḓisiso?", "answer", ["8"]),
    ("Chamorro", "Kuånto na pasiente ni gai lupus gaige gi estudio?", "answer", ["8"]),
]


globals().update(glossary_language_tests(QUESTIONS, ANSWERED, SAMPLE_FORMS, LEFT_OUT_AS_ENGLISH))
