"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in Punjabi written in Latin letters ("kinne
mareez", "kinne chir", "ilaaj ton baad"), Luganda ("abalwadde bameka", "bbanga ki", "obujjanjabi"), Cebuano ("pila ka
pasyente", "unsa kadugay", "pagtambal"), Marathi written in Latin letters ("kiti rugn", "kiti kal", "upcharanantar"),
Setswana ("balwetse ba le kae", "lobaka lo lo kae", "kalafi") and Māori, with and without its macrons ("tokohia ngā
tūroro", "pēhea te roa", "maimoatanga"): how many (patients, people, times), how long, patients, treatment, medicines,
stopped, cured, improved, results, followed, side effects, which diseases, skin, kidney, muscles, the figure, cost, age,
please, explain, simpler, one sentence, information, and the diseases' names as these languages write them. Made-up
questions, written for these tests from general language knowledge: the words they ask by are read in English, English
is never changed, no one-word form of these languages is an English word of the embedding model's vocabulary, and the
assistant answers a few of them with the study's fact."""
from __future__ import annotations

import pytest
from conftest import corpus_glosses as _glosses
from conftest import glossary_language_tests

from assistant.answering.glossary import gloss

# language -> (question, English words its gloss must contain)
QUESTIONS = {
    "Punjabi (Latin letters)": [
        ("Study vich kinne mareez lupus wale si?", ["in the study", "how many patients", "with lupus"]),
        ("Mareezaan di kinne chir nigrani hoyi?", ["patients", "how long", "followed"]),
        ("Ilaaj ton baad ki hoya?", ["after the treatment", "what happened"]),
        ("Ki mareezan nu dawaaiyan band kar ditiyan?", ["patients", "medication", "stopped"]),
        ("Kirpa karke nateejeyan nu saral shabdan vich samjha deo", ["please", "results", "in simpler words", "explain"]),
        ("Gurde te patthe ilaaj ton baad behtar hoye? Kinne paise?", ["kidney", "muscles", "after the treatment", "improved",
                                                                     "how much does it cost"]),
    ],
    "Luganda": [
        ("Abalwadde bameka abalina lupus mu kunoonyereza?", ["how many patients", "with lupus", "in the study"]),
        ("Abalwadde baalondoolwa bbanga ki?", ["patients", "followed", "how long"]),
        ("Kiki ekyabaawo oluvannyuma lw'obujjanjabi?", ["what happened", "after the treatment"]),
        ("Abalwadde baalekera awo eddagala?", ["patients", "stopped", "medication"]),
        ("Mbasaba, nnyinnyonnyola ebyavaamu mu bigambo ebyangu", ["please", "explain", "results", "in simpler words"]),
        ("Ensigo n'olususu? Ssente mmeka?", ["kidney", "skin", "how much does it cost"]),
    ],
    "Cebuano": [
        ("Pila ka pasyente nga adunay lupus sa pagtuon?", ["how many patients", "with lupus", "in the study"]),
        ("Unsa kadugay gisubay ang mga pasyente?", ["how long", "followed", "patients"]),
        ("Unsay nahitabo human sa pagtambal?", ["what happened", "after the treatment"]),
        ("Mihunong ba ang mga pasyente sa ilang tambal?", ["stopped", "patients", "medication"]),
        ("Palihug ipasabot ang mga resulta sa yanong pulong", ["please", "explain", "results", "in simpler words"]),
        ("Ang panit ug kaunoran niayo ba? Pila ang bayad?", ["skin", "muscles", "improved", "how much does it cost"]),
    ],
    "Marathi (Latin letters)": [
        ("Abhyasat kiti rugn lupus asalele hote?", ["in the study", "how many patients", "with lupus"]),
        ("Rugnanche kiti kal nirikshan kele?", ["patients", "how long", "followed"]),
        ("Upcharanantar kay zhale?", ["after the treatment", "what happened"]),
        ("Rugnanni aushadh band kele ka?", ["patients", "medication", "stopped"]),
        ("Krupaya nishkarsh sopya shabdat samjavun sanga", ["please", "results", "in simpler words", "explain"]),
        ("Mutrapind ani snayu sudharle ka? Kiti kharch?", ["kidney", "muscles", "improved", "how much does it cost"]),
    ],
    "Setswana": [
        ("Balwetse ba le kae ba ba nang le lupus mo thutopatlisisong?", ["how many patients", "with lupus", "in the study"]),
        ("Balwetse ba ne ba latelwa lobaka lo lo kae?", ["patients", "followed", "how long"]),
        ("Go diragetse eng morago ga kalafi?", ["what happened", "after the treatment"]),
        ("A balwetse ba tlogetse melemo?", ["patients", "stopped", "medication"]),
        ("Tsweetswee tlhalosa dipoelo ka puo e bonolo", ["please", "explain", "results", "in simpler words"]),
        ("Diphilo le letlalo? E ja bokae?", ["kidney", "skin", "how much does it cost"]),
    ],
    "Māori": [
        ("Tokohia ngā tūroro pāngia e te lupus i te rangahau?", ["how many patients", "with lupus", "in the study"]),
        ("Pēhea te roa i aroturukitia ai ngā tūroro?", ["how long", "followed", "patients"]),
        ("I ahatia muri i te maimoatanga?", ["what happened", "after the treatment"]),
        ("I whakamutu nga turoro i o ratou rongoa?", ["stopped", "patients", "medication"]),
        ("Tēnā koa, whakamāramatia ngā hua ki ngā kupu māmā", ["please", "explain", "results", "in simpler words"]),
        ("Ko ngā whatukuhu me te kiri i pai ake? E hia te utu?", ["kidney", "skin", "improved", "how much does it cost"]),
    ],
}


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "Is it available in India, Pakistan, Uganda, Botswana or New Zealand?",
    "What happened to the kidney, skin and muscles after the treatment?",
    "Did Bonna, Koa or Kiri read the figure with the side effects?",
    "The mule, the lok and the hua: long story short, all the results fit in one sentence.",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


# the forms of these languages, as added (English phrase -> forms)
SAMPLE_FORMS = {
    "how many": ["kinne", "mmeka", "pila", "kiti", "bokae", "tokohia"],
    "how many patients": ["kinne mareez", "abalwadde bameka", "pila ka pasyente", "kiti rugn", "balwetse ba le kae", "tokohia ngā tūroro"],
    "how long": ["kinne chir", "bbanga ki", "unsa kadugay", "kiti kal", "lobaka lo lo kae", "pēhea te roa"],
    "patients": ["mareezaan", "abalwadde", "ang mga pasyente", "rugn", "balwetse", "ngā tūroro", "turoro"],
    "treatment": ["ilaaj da", "obujjanjabi", "pagtambal", "upcharan", "kalafi", "maimoatanga"],
    "medication": ["dawaaiyan", "eddagala", "tambal", "aushadh", "molemo", "rongoā", "rongoa"],
    "study": ["khoj", "okunoonyereza", "pagtuon", "abhyas", "thutopatlisiso", "rangahau"],
    "in the study": ["study vich", "mu kunoonyereza", "sa pagtuon", "abhyasat", "mo thutopatlisisong", "i te rangahau"],
    "kidney": ["gurde", "ensigo", "mutrapind", "diphilo", "whatukuhu"],
    "information": ["jaankari", "amawulire", "kasayuran", "mahiti", "tshedimosetso", "mōhiohio"],
    "with lupus": ["lupus wale", "abalina lupus", "adunay lupus", "lupus asalele", "ba nang le lupus", "pāngia e te lupus"],
    "lupus patients": ["lupus de mareez", "abalwadde ba lupus", "lupus nga pasyente", "lupus che rugn", "balwetse ba lupus", "ngā tūroro lupus"],
}

# English words (or names) a form of these languages would be (one word each), or a word another language's glossary
# reads otherwise: never glossed alone by these (Marathi "mule", children; Punjabi "lok", people; Māori "hua", results;
# Luganda "bonna", all, which Sinhala says for drinking; Māori "uaua", muscles and "hard"; "kiri", skin)
LEFT_OUT_AS_ENGLISH = ["mule", "lok", "hua", "bonna", "uaua", "kiri", "koa"]


# answered by the real assistant with the study's fact
ANSWERED = [
    ("Punjabi (Latin letters)", "Study vich kinne lupus de mareez si?", "answer", ["8"]),
    ("Cebuano", "Pila ka pasyente nga adunay lupus sa pagtuon?", "answer", ["8"]),
    ("Marathi (Latin letters)", "Abhyasat kiti lupus che rugn hote?", "answer", ["8"]),
    ("Māori", "Tokohia ngā tūroro lupus i te rangahau?", "answer", ["8"]),
]


globals().update(glossary_language_tests(QUESTIONS, ANSWERED, SAMPLE_FORMS, LEFT_OUT_AS_ENGLISH))
