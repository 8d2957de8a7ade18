"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in Sundanese ("sabaraha pasién", "sabaraha
lila", "pangobatan"), Kirundi ("incuro zingahe", "ukuvura", "muri ubu bushakashatsi"; most of its words read already as
Kinyarwanda's), White Hmong, with and without its tone letters ("pes tsawg" / "pe tsaw", "ntev npaum li cas", "kev kho
mob"), Tetum, with and without its apostrophes ("pasiente na'in hira", "tempu hira", "tratamentu"), Bislama, mostly in
phrases ("hamas sik pipol", "hamas longtaem", "meresin") and Kazakh in Latin letters, the 2021 alphabet and as typed in
chats ("qanşa nauqas" / "qansha nauqas", "qanşa uaqyt", "emdeu"): how many (patients, people, times), how long, patients,
treatment, medicines, stopped, cured, improved, results, followed, side effects, which diseases, skin, kidney, muscles,
the figure, cost, age, please, explain, simpler, one sentence, information, and the diseases' names as these languages
write them. Made-up questions, written for these tests from general language knowledge: the words they ask by are read
in English, English is never changed, no one-word form of these languages is an English word of the embedding model's
vocabulary, and the assistant answers a few of them with the study's fact."""
from __future__ import annotations

import pytest
from conftest import corpus_glosses as _glosses
from conftest import glossary_language_tests

from assistant.answering.glossary import gloss

# language -> (question, English words its gloss must contain)
QUESTIONS = {
    "Sundanese": [
        ("Sabaraha pasién anu boga lupus dina panalungtikan?", ["how many patients", "with lupus", "in the study"]),
        ("Sabaraha lila pasién dititénan?", ["how long", "patients", "followed"]),
        ("Naon anu kajadian sanggeus pangobatan?", ["what happened", "after the treatment"]),
        ("Naha pasién eureun nginum ubarna?", ["patients", "stopped", "medication"]),
        ("Punten jelaskeun hasilna ku basa basajan", ["please", "explain", "results", "in simpler words"]),
        ("Ginjalna jeung kulitna leuwih hadé? Sabaraha biayana?", ["kidney", "skin", "improved", "how much does it cost"]),
    ],
    "Kirundi": [
        ("Abarwayi bangahe bafise lupus bari muri ubu bushakashatsi?", ["how many patients", "with lupus", "in the study"]),
        ("Abarwayi barakurikiranywe igihe kingana iki?", ["patients", "followed", "how long"]),
        ("Vyagenze gute inyuma y'ubuvuzi?", ["what happened", "after the treatment"]),
        ("Abarwayi barahagaritse imiti?", ["patients", "stopped", "medication"]),
        ("Ndabinginze, nsigurira ivyavuyemwo mu majambo yoroshe", ["please", "explain", "results", "in simpler words"]),
        ("Urukoba n'ingaruka? Amahera angahe?", ["skin", "side effects", "how much does it cost"]),
    ],
    "White Hmong": [
        ("Muaj pes tsawg tus neeg mob uas muaj lupus hauv kev tshawb fawb?", ["how many", "patients", "with lupus", "in the study"]),
        ("Lawv saib xyuas cov neeg mob ntev npaum li cas?", ["followed", "patients", "how long"]),
        ("Dab tsi tshwm sim tom qab kho mob?", ["what happened", "after the treatment"]),
        ("Cov neeg mob puas tso tseg lawv cov tshuaj?", ["patients", "stopped", "medication"]),
        ("Thov piav qhia cov txiaj ntsig kom yooj yim", ["please", "explain", "results", "in simpler words"]),
        ("Muaj pe tsaw tus nee mo hau ke tshawb faw? Nqi pes tsawg?", ["how many", "patients", "in the study", "how much does it cost"]),
    ],
    "Tetum": [
        ("Pasiente na'in hira ne'ebé iha lupus iha estudu?", ["how many patients", "with lupus", "in the study"]),
        ("Pasiente sira hetan akompañamentu durante tempu hira?", ["patients", "followed", "how long"]),
        ("Saida mak akontese hafoin tratamentu?", ["what happened", "after the treatment"]),
        ("Pasiente sira para hemu sira-nia ai-moruk?", ["patients", "stopped", "medication"]),
        ("Halo favór esplika rezultadu ho liafuan simples", ["please", "explain", "results", "in simpler words"]),
        ("Múskulu no kulit sai di'ak liu? Folin hira?", ["muscles", "skin", "improved", "how much does it cost"]),
    ],
    "Bislama": [
        ("Hamas sik pipol we oli gat lupus insaed long stadi?", ["how many patients", "with lupus", "in the study"]),
        ("Hamas longtaem oli lukaotem ol sikman?", ["how long", "followed", "patients"]),
        ("Wanem i hapen afta long tritmen?", ["what happened", "after the treatment"]),
        ("Ol sikman oli stopem meresin blong olgeta?", ["patients", "stopped", "medication"]),
        ("Eksplenem ol risal long isi toktok", ["explain", "results", "in simpler words"]),
        ("Masel mo kidni oli kam moa gud? Hamas mane?", ["muscles", "kidney", "improved", "how much does it cost"]),
    ],
    "Kazakh (Latin letters)": [
        ("Zertteude lupusy bar qanşa nauqas boldy?", ["in the study", "with lupus", "how many patients"]),
        ("Nauqastar qanşa uaqyt baqylandy?", ["patients", "how long", "followed"]),
        ("Emnen keiın ne boldy?", ["after the treatment", "what happened"]),
        ("Nauqastar därılerın toqtatty ma?", ["patients", "medication", "stopped"]),
        ("Ötınemın, nätijelerdı qarapaiym tılmen tüsındırıñız", ["please", "results", "in simpler words", "explain"]),
        ("Zertteude qansha nauqas boldy? Buirek pen teri jaqsardy ma?", ["in the study", "how many patients", "kidney", "improved"]),
    ],
}


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "Is it available in Indonesia, Burundi, Laos, Timor-Leste, Vanuatu or Kazakhstan?",
    "What happened to the kidney, skin and muscles after the treatment?",
    "The zoo did us a favor: the man from the AI team read all the results in one sentence.",
    "Emin and Mane asked how long the patients were followed; em, was it two years?",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


# the forms of these languages, as added (English phrase -> forms)
SAMPLE_FORMS = {
    "how many": ["sabaraha", "ingahe", "pes tsawg", "pe tsaw", "muaj pes tsawg", "hira mak", "qanşa", "qansha"],
    "how many patients": ["sabaraha pasién", "neeg mob pes tsawg", "pasiente na'in hira", "hamas sik pipol", "qanşa nauqas", "kansha naukas"],
    "how long": ["sabaraha lila", "umwanya ungana iki", "ntev npaum li cas", "tempu hira", "hamas longtaem", "qanşa uaqyt"],
    "patients": ["pasién", "ku barwayi", "neeg mob", "nee mo", "pasiente sira", "sik pipol", "nauqastar", "naukas"],
    "treatment": ["pangobatan", "ukuvura", "kev kho mob", "tratamentu", "emdeu"],
    "medication": ["ubar", "tshuaj", "tshua", "ai-moruk", "meresin", "därı", "dariler"],
    "study": ["panalungtikan", "kev tshawb fawb", "estudu", "zertteu"],
    "in the study": ["dina panalungtikan", "muri ubu bushakashatsi", "hauv kev tshawb fawb", "iha estudu", "insaed long stadi", "zertteude"],
    "stopped": ["eureun", "barahagaritse", "tso tseg", "para hemu", "oli stopem", "toqtatty"],
    "information": ["informasi", "katerangan", "amakuru", "ntaub ntawv", "informasaun", "aqparat"],
    "with lupus": ["anu boga lupus", "bafise lupus", "uas muaj lupus", "ne'ebé iha lupus", "we oli gat lupus", "lupusy bar"],
    "lupus patients": ["pasién lupus", "abarwayi bafise lupus", "neeg mob lupus", "pasiente lupus", "sikman blong lupus", "lupus nauqastary"],
}

# English words (or names) a form of these languages would be (one word each), or a word another language reads
# otherwise: never glossed alone by these (Hmong "zoo", in "zoo dua", improved; Bislama "hamas", "man", "mane"; Tetum
# "favor", "hira", which Sinhala says for stuck; Kazakh "em", "ai", Turkish "emin"; Kirundi "imitsi", siSwati medicines)
LEFT_OUT_AS_ENGLISH = ["zoo", "hamas", "man", "mane", "favor", "hira", "em", "ai", "emin", "imitsi"]


# answered by the real assistant with the study's fact
ANSWERED = [
    ("Sundanese", "Sabaraha pasién lupus dina panalungtikan?", "answer", ["8"]),
    ("Tetum", "Pasiente na'in hira ne'ebé iha lupus iha estudu?", "answer", ["8"]),
    ("Bislama", "Hamas sik pipol we oli gat lupus insaed long stadi?", "answer", ["8"]),
    ("Kazakh (Latin letters)", "Zertteude lupusy bar qanşa nauqas boldy?", "answer", ["8"]),
]


globals().update(glossary_language_tests(QUESTIONS, ANSWERED, SAMPLE_FORMS, LEFT_OUT_AS_ENGLISH))
