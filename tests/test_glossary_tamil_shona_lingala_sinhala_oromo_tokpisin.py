"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in Tamil written in Latin letters (Tanglish:
"ethana noyaaligal", "evvalavu naal", "sigichai"), Shona ("varwere vangani", "kwenguva yakareba sei", "kurapwa"),
Lingala ("babɛli boni", "ntango boni", "kisalisi"), Sinhala written in Latin letters ("rogin kiyadenek", "kochchara
kalayak", "prathikaraya"), Afaan Oromoo ("dhukkubsattoota meeqa", "yeroo hammamii", "yaalii") and Tok Pisin ("hamas
sikman", "hamas taim", "tritmen"): how many (patients, people, times), how long, patients, treatment, medicines,
stopped, cured, improved, results, followed, side effects, which diseases, skin, kidney, muscles, the figure, cost,
age, please, explain, simpler, one sentence, information, and the diseases' names as these languages write them.
Made-up questions, written for these tests from general language knowledge: the words they ask by are read in
English, English is never changed, no one-word form of these languages is an English word of the embedding model's
vocabulary (Tok Pisin, English-based, mostly in phrases), and the assistant answers a few of them with the study's
fact."""
from __future__ import annotations

import pytest
from conftest import corpus_glosses as _glosses
from conftest import glossary_language_tests

from assistant.answering.glossary import gloss

# language -> (question, English words its gloss must contain)
QUESTIONS = {
    "Tamil (Tanglish)": [
        ("Aaraichila ethana noyaaligal lupus ulla?", ["in the study", "how many patients", "with lupus"]),
        ("Noyaaligal evvalavu naal kavanikkappattanar?", ["patients", "how long", "followed"]),
        ("Sigichaikku aprom enna aachu?", ["after the treatment", "what happened"]),
        ("Noyaaligal maathirai niruthinaanga?", ["patients", "medication", "stopped"]),
        ("Thayavu seidhu mudivugal elimaiyaaga vilakkunga", ["please", "results", "in simpler words", "explain"]),
        ("Siruneeragam, thasaigal sigichaikku pin munnetram kandanar?", ["kidney", "muscles", "after the treatment", "improved"]),
    ],
    "Shona": [
        ("Varwere vangani vane lupus mutsvakurudzo?", ["how many patients", "with lupus", "in the study"]),
        ("Varwere vakateverwa kwenguva yakareba sei?", ["patients", "followed", "how long"]),
        ("Chii chakaitika mushure mekurapwa?", ["what happened", "after the treatment"]),
        ("Varwere vakarega mishonga here?", ["patients", "stopped", "medication"]),
        ("Ndapota tsanangura mhedzisiro nenzira yakapfava", ["please", "explain", "results", "in simpler words"]),
        ("Itsvo uye ganda? Inodhura marii?", ["kidney", "skin", "how much does it cost"]),
    ],
    "Lingala": [
        ("Babɛli boni bazali na lupus na boyekoli?", ["how many patients", "with lupus", "in the study"]),
        ("Babɛli balandamaki ntango boni?", ["patients", "followed", "how long"]),
        ("Nini esalemaki nsima ya kisalisi?", ["what happened", "after the treatment"]),
        ("Babeli batikaki nkisi?", ["patients", "stopped", "medication"]),
        ("Palado, limbola mbano na ndenge ya pete", ["please", "explain", "results", "in simpler words"]),
        ("Bamaladi nini babɛli bazalaki na yango?", ["which diseases", "patients"]),
    ],
    "Sinhala (Latin letters)": [
        ("Pariyeshanaye rogin kiyadenek lupus thiyena?", ["in the study", "how many patients", "with lupus"]),
        ("Rogin kochchara kalayak nirikshanaya kala?", ["patients", "how long", "followed"]),
        ("Prathikarayen passe mokada une?", ["after the treatment", "what happened"]),
        ("Rogiyo beheth nawaththuwada?", ["patients", "medication", "stopped"]),
        ("Karunakarala prathipala saralawa pahadili karanna", ["please", "results", "in simpler words", "explain"]),
        ("Wakugadu saha mas pinda hondawuna da? Mila kiyada?", ["kidney", "muscles", "improved", "how much does it cost"]),
    ],
    "Afaan Oromoo": [
        ("Qorannoo keessatti dhukkubsattoota meeqa lupus qaban turan?", ["in the study", "how many patients", "with lupus"]),
        ("Dhukkubsattoonni yeroo hammamii hordofaman?", ["patients", "how long", "followed"]),
        ("Yaalii booda maaltu ta'e?", ["after the treatment", "what happened"]),
        ("Dhukkubsattoonni qoricha dhaaban?", ["patients", "medication", "stopped"]),
        ("Maaloo bu'aa salphaatti naaf ibsi", ["please", "results", "in simpler words", "explain"]),
        ("Kalee fi gogaan fooyya'an? Umurii meeqa?", ["kidney", "skin", "improved", "how old were"]),
    ],
    "Tok Pisin": [
        ("Hamas sikman i gat lupus long stadi?", ["how many patients", "with lupus", "in the study"]),
        ("Ol sikman i stap long stadi hamas taim?", ["patients", "in the study", "how long"]),
        ("Wanem samting i kamap bihain long tritmen?", ["what happened", "after the treatment"]),
        ("Ol sikman i stopim marasin?", ["patients", "stopped", "medication"]),
        ("Tokaut klia long ol risalt long isipela tok", ["explain", "results", "in simpler words"]),
        ("Ol kidni na ol masel i kamap gutpela? Hamas moni?", ["kidney", "muscles", "improved", "how much does it cost"]),
    ],
}


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "Is it available in India, Sri Lanka, Zimbabwe, the Congo, Ethiopia or Papua New Guinea?",
    "What happened to the kidney, skin and muscles after the treatment?",
    "Did Hamas, Boni or Hama read the figure with the side effects?",
    "Long story short: the pen is blue, the win is big, and all the results fit in one sentence.",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


# the forms of these languages, as added (English phrase -> forms)
SAMPLE_FORMS = {
    "how many": ["ethana", "mangani", "kiyak", "meeqa", "hamaspela"],
    "how many patients": ["ethana noyaaligal", "varwere vangani", "babɛli boni", "rogin kiyadenek", "dhukkubsattoota meeqa", "hamas sikman"],
    "how long": ["evvalavu naal", "kwenguva yakareba sei", "ntango boni", "kochchara kalayak", "yeroo hammamii", "hamas taim"],
    "patients": ["noyaaligal", "varwere", "babɛli", "rogin", "dhukkubsattoota", "ol sikman"],
    "treatment": ["sigichai", "kurapwa", "kisalisi", "prathikaraya", "yaalii", "tritmen"],
    "medication": ["maathirai", "mushonga", "nkisi", "beheth", "qoricha", "marasin"],
    "study": ["aaraichi", "tsvakurudzo", "boyekoli", "pariyeshanaya", "qorannoo", "stadi"],
    "in the study": ["aaraichila", "mutsvakurudzo", "na boyekoli", "pariyeshanaye", "qorannoo keessatti", "long stadi"],
    "kidney": ["siruneeragam", "itsvo", "wakugadu", "kalee", "kidni"],
    "information": ["thagaval", "ruzivo", "bansango", "thorathuru", "odeeffannoo", "infomesen"],
    "with lupus": ["lupus ulla", "vane lupus", "bazali na lupus", "lupus thiyena", "lupus qaban", "i gat lupus"],
    "lupus patients": ["lupus noyaaligal", "varwere vane lupus", "babɛli ya lupus", "lupus rogin", "dhukkubsattoota lupus", "lupus sikman"],
}

# English words (or names) a form of these languages would be (one word each), or a word another language's glossary
# reads otherwise: never glossed alone by these ("vese" and "bato" are read as kidney, in Albanian and Tagalog, from before)
LEFT_OUT_AS_ENGLISH = ["hamas", "boni", "hama", "plis", "vese", "bato"]


# answered by the real assistant with the study's fact
ANSWERED = [
    ("Tamil (Tanglish)", "Aaraichila ethana lupus noyaaligal irundhaanga?", "answer", ["8"]),
    ("Shona", "Varwere ve lupus vangani vaiva mutsvakurudzo?", "answer", ["8"]),
    ("Afaan Oromoo", "Qorannoo keessatti dhukkubsattoota lupus meeqa turan?", "answer", ["8"]),
    ("Tok Pisin", "Hamaspela lupus sikman i stap long stadi?", "answer", ["8"]),
]


globals().update(glossary_language_tests(QUESTIONS, ANSWERED, SAMPLE_FORMS, LEFT_OUT_AS_ENGLISH, kept=frozenset({"vese", "bato"})))
