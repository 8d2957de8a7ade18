"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in Khmer in Latin letters (as
Cambodians type it in chats: "neak jumngeu ponman", "kar pyeabal"), Amharic in Latin letters ("sint
tamamiwoch", "hikmna"), Tongan and Samoan (with and without the glottal stop and the macrons: "kau mahaki
'e fiha", "gasegase e to'afia"), Malagasy ("firy ny marary", "fitsaboana") and Tigrinya in Latin letters
("kndey hmumat", "metsnaeti"): how many (patients, people, times), how long, patients, people, treated, the
treatment, medicines, stopped, cured, improved, results, followed, years and months, all, in total, what
happened, which diseases, side effects, after the treatment, children, explain, simpler, shorter, in one
sentence, as a list, the figure, the study, available and where, please, and the diseases' names as
these languages write them. Made-up questions, written for these tests from general language knowledge:
the words they ask by are read in English, English is never changed, no form of these languages is an
English word of the embedding model's vocabulary, and the assistant answers a few of them with the
study's fact."""
from __future__ import annotations

import pytest
from conftest import corpus_glosses as _glosses
from conftest import glossary_language_tests

from assistant.answering.glossary import gloss

# language -> (question, English words its gloss must contain)
QUESTIONS = {
    "Khmer (Latin letters)": [
        ("Neak jumngeu ponman del mean lupus nov knong kar seksa?", ["how many patients", "with lupus", "in the study"]),
        ("Neak jumngeu trauv ban tam dan yu ponman?", ["patients", "followed", "how long"]),
        ("Tae mean avei kert laeng chompoh neak jumngeu krouy kar pyeabal?", ["what happened", "patients", "after the treatment"]),
        ("Neak jumngeu mean jumngeu avei klah?", ["patients", "which diseases"]),
        ("Neak jumngeu chhob leb thnam te?", ["patients", "stopped", "medication"]),
        ("Phal romkhan nei kar pyeabal mean avei klah?", ["side effects", "treatment"]),
        ("Neak jumngeu ban pyeabal ponman dong?", ["patients", "treated", "how many times"]),
        ("Tae kar pyeabal nis ach rok ban nov kampuchea te?", ["treatment", "available", "in Cambodia"]),
        ("Soum ponyol ouy ngay yol, knong mouy khla", ["please", "explain", "in simpler words", "in one sentence"]),
    ],
    "Amharic (Latin letters)": [
        ("Betinatu wust sint tamamiwoch lupus yalachew neberu?", ["in the study", "how many patients", "with lupus"]),
        ("Tamamiwochu le min yahl gize teketatelu?", ["patients", "how long", "followed"]),
        ("Ke hikmnaw behuala tamamiwochu min honu?", ["after the treatment", "patients", "what happened"]),
        ("Tamamiwochu min aynet beshita neberachew?", ["patients", "which diseases", "had"]),
        ("Hulum teshalachew?", ["all", "improved"]),
        ("Tamamiwochu medhanit akomu?", ["patients", "medication", "stopped"]),
        ("Yegonyosh gudat min new?", ["side effects", "what is"]),
        ("Yih hikmna be ityopia yigegnal?", ["treatment", "in Ethiopia", "available"]),
        ("Ebakih beqelal qal asredagn, band arefte neger", ["please", "in simpler words", "explain", "in one sentence"]),
    ],
    "Tongan": [
        ("Ko e kau mahaki 'e fiha mo e lupus na'e 'i he fekumi?", ["how many patients", "with lupus", "in the study"]),
        ("Na'e muimui'i fēfē hono fuoloa 'a e kau mahaki?", ["followed", "how long", "patients"]),
        ("Na'e muimuiʻi fefe hono fuoloa ʻa e kau mahaki?", ["followed", "how long", "patients"]),
        ("Ko e hā na'e hoko ki he kau mahaki hili 'a e faito'o?", ["what happened", "patients", "after the treatment"]),
        ("Na'e ta'ofi 'e he kau mahaki 'enau ngaahi faito'o?", ["stopped", "patients", "medication"]),
        ("Na'e sai ange kotoa?", ["improved", "all"]),
        ("Ko e hā 'a e ngaahi ola kovi 'o e faito'o?", ["side effects", "treatment"]),
        ("'E lava ke ma'u 'a e faito'o 'i Tonga?", ["available", "treatment", "in Tonga"]),
        ("Kātaki 'o fakamatala'i 'i ha lea faingofua, 'i ha sētesi 'e taha", ["please", "explain", "in simpler words", "in one sentence"]),
        ("Oku 'i fe 'a e fakataata?", ["where", "figure"]),
    ],
    "Samoan": [
        ("E to'afia gasegase ma le lupus sa i le su'esu'ega?", ["how many patients", "with lupus", "in the study"]),
        ("O le a le umi na mulimulita'ia ai gasegase?", ["how long", "followed", "patients"]),
        ("O le a le mea na tupu i gasegase ina ua uma le togafitiga?", ["what happened", "patients", "after the treatment"]),
        ("Na taofia e gasegase a latou vaila'au?", ["stopped", "patients", "medication"]),
        ("Na lelei atu latou uma?", ["improved", "all"]),
        ("O a a'afiaga leaga o le togafitiga?", ["side effects", "treatment"]),
        ("E maua le togafitiga i Samoa?", ["available", "treatment", "in Samoa"]),
        ("Faamolemole faamatala i upu faigofie, i se fuaiupu e tasi", ["please", "explain", "in simpler words", "in one sentence"]),
    ],
    "Malagasy": [
        ("Firy ny marary manana lupus tao amin'ny fikarohana?", ["how many patients", "with lupus", "in the study"]),
        ("Naharitra hafiriana no narahi-maso ireo marary?", ["how long", "followed", "patients"]),
        ("Inona no nitranga tamin'ireo marary taorian'ny fitsaboana?", ["what happened", "patients", "after the treatment"]),
        ("Aretina inona avy no nanana ireo marary?", ["which diseases", "had", "patients"]),
        ("Nijanona tsy nihinana fanafody ve ireo marary?", ["stopped", "medication", "patients"]),
        ("Inona avy ny voka-dratsy amin'ny fitsaboana?", ["side effects", "treatment"]),
        ("Azo alaina eto Madagasikara ve ity fitsaboana ity?", ["available", "in Madagascar", "treatment"]),
        ("Azafady, hazavao amin'ny teny tsotra, amin'ny fehezanteny iray", ["please", "explain", "in simpler words", "in one sentence"]),
        ("Nihatsara ve izy rehetra?", ["improved", "all"]),
    ],
    "Tigrinya (Latin letters)": [
        ("Ab metsnaeti kndey hmumat lupus zelewom neyrom?", ["in the study", "how many patients", "with lupus"]),
        ("Hmumat nkndey gze tekatilom?", ["patients", "how long", "followed"]),
        ("Dhri hkmna hmumat entay konu?", ["after the treatment", "patients", "what happened"]),
        ("Hmumat entay aynet hmam neyrwom?", ["patients", "which diseases", "had"]),
        ("Hmumat medhanit aqwaritsom dyom?", ["patients", "medication", "stopped"]),
        ("Godenawi saebenat ezi hkmna entay eyu?", ["side effects", "treatment", "what is"]),
        ("Ezi hkmna ab ertra yrkeb dyu?", ["treatment", "in Eritrea", "available"]),
        ("Bjaka bqlul qal abrheley, bhade mesmer", ["please", "in simpler words", "explain", "in one sentence"]),
        ("Kulom tehashiyom dyom?", ["all", "improved"]),
    ],
}


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "Is it available in Cambodia, Ethiopia, Eritrea, Tonga, Samoa or Madagascar?",
    "Tina and Kat asked how long the patients were followed; was Sint right?",
    "Uma and Ola asked about the side effects, in one sentence.",
    "The tale was a sum of toto data; please explain it simpler, shorter, as a list.",
    "Kia and Lea had lupus before the infusion? Tau asked.",
    "Did the kids see the mean results for all people? Som said so.",
    "Mate, what happened to the patients after two years? Dem and Mun asked.",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


# the forms of these languages, as added (English phrase -> forms)
SAMPLE_FORMS = {
    "how many": ["ponman", "snt", "fiha", "e fia", "firy", "kndey"],
    "how many patients": ["neak jumngeu ponman", "sint tamamiwoch", "kau mahaki 'e fiha", "gasegase e to'afia", "firy ny marary", "kndey hmumat"],
    "how many people": ["ponman nak", "sint sew", "toko fiha", "e to'afia", "olona firy", "kndey sebat"],
    "how many times": ["ponman dong", "sint gize", "tu'o fiha", "fa'afia", "impiry", "kndey gze"],
    "how long": ["yu ponman", "le min yahl gize", "fēfē hono fuoloa", "le umi", "hafiriana", "nkndey gze"],
    "patients": ["neak jumngeu", "tamamiwoch", "kau mahaki", "gasegase", "ireo marary", "hmumat"],
    "people": ["monus", "sewoch", "kakai", "tagata", "olona", "sebat"],
    "treatment": ["kar pyeabal", "hikmna", "faito'o", "faitoʻo", "faitoo", "togafitiga", "fitsaboana", "hkmna"],
    "followed": ["tam dan", "teketatelu", "muimui'i", "mulimulita'ia", "narahi-maso", "tekatilom"],
    "medication": ["thnam", "medhanit", "ngaahi faito'o", "vaila'au", "vailaau", "fanafody", "medhanitat"],
    "stopped": ["chhob", "akomu", "ta'ofi", "taofia", "nijanona", "aqwaritsom"],
    "side effects": ["phal romkhan", "yegonyosh gudat", "ola kovi", "a'afiaga leaga", "voka-dratsy", "godenawi saebenat"],
    "which diseases": ["jumngeu avei", "min aynet beshita", "mahaki fē", "mahaki fe", "o ā ma'i", "aretina inona", "entay aynet hmam"],
    "what happened": ["kert avei", "min honu", "na'e hoko", "na tupu", "nitranga", "entay konu"],
    "improved": ["brasoeur laeng", "teshalachew", "sai ange", "lelei atu", "nihatsara", "tehashiyom"],
    "years": ["chhnam", "amet", "ta'u", "taʻu", "tausaga", "taona", "ametat"],
    "months": ["khae", "weroch", "māhina", "mahina", "masina", "volana", "awarh"],
    "study": ["kar seksa", "tinatu", "fekumi", "su'esu'ega", "suesuega", "fikarohana", "metsnaeti"],
    "in the study": ["knong kar seksa", "betinatu", "'i he fekumi", "i le su'esu'ega", "tao amin'ny fikarohana", "ab metsnaeti"],
    "please": ["soum", "ebakih", "kātaki", "kataki", "fa'amolemole", "faamolemole", "azafady", "bjaka"],
    "in one sentence": ["knong mouy khla", "band arefte neger", "sētesi 'e taha", "fuaiupu e tasi", "fehezanteny iray", "bhade mesmer"],
    "in Cambodia": ["nov kampuchea"], "in Ethiopia": ["be ityopia"], "in Eritrea": ["ab ertra"], "in Tonga": ["'i tonga"],
    "in Samoa": ["i samoa"], "in Madagascar": ["eto madagasikara"],
    "with lupus": ["del mean lupus", "lupus yalachew", "mo e lupus", "ma le lupus", "manana lupus", "lupus zelewom"],
    "lupus patients": ["neak jumngeu lupus", "ye lupus tamamiwoch", "kau mahaki lupus", "gasegase lupus", "marary lupus", "hmumat lupus"],
}

# English words (or names) a form of these languages would be (one word each): never glossed alone
LEFT_OUT_AS_ENGLISH = ["sint", "uma", "ola", "tau", "som", "mean", "fia", "ata", "mun", "tina", "tama", "dem", "kak", "mate", "tale"]


# answered by the real assistant with the study's fact
ANSWERED = [
    ("Khmer (Latin letters)", "Neak jumngeu ponman del mean lupus nov knong kar seksa?", "answer", ["8"]),
    ("Khmer (Latin letters)", "Neak jumngeu trauv ban tam dan yu ponman?", "answer", ["two years"]),
    ("Amharic (Latin letters)", "Betinatu wust sint tamamiwoch lupus yalachew neberu?", "answer", ["8"]),
    ("Tongan", "Ko e kau mahaki 'e fiha mo e lupus na'e 'i he fekumi?", "answer", ["8"]),
    # (typed without the glottal stops, as often in chats: with them, the safety classifier reading the
    # message as typed sends this one to the emergency reply, which this glossary does not change)
    ("Samoan", "E toafia gasegase ma le lupus sa i le suesuega?", "answer", ["8"]),
    ("Malagasy", "Firy ny marary manana lupus tao amin'ny fikarohana?", "answer", ["8"]),
    ("Malagasy", "Naharitra hafiriana no narahi-maso ireo marary?", "answer", ["two years"]),
    ("Tigrinya (Latin letters)", "Ab metsnaeti kndey hmumat lupus zelewom neyrom?", "answer", ["8"]),
]


globals().update(glossary_language_tests(QUESTIONS, ANSWERED, SAMPLE_FORMS, LEFT_OUT_AS_ENGLISH))
