"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in Norwegian (Bokmål),
Croatian (and Serbian/Bosnian in Latin letters), Slovak, Somali, Bengali in Latin letters (as typed in
chats) and Sesotho (Southern Sotho): how many, how long, how many times, patients, people, treated, the
treatment, results, followed, years and months, all, what happened, were they better, which diseases,
had the most, in total, available and where, side effects, infusion, before and after, children,
simpler, shorter, in one sentence or as a list, the figure, the study, and the diseases' names as
these languages inflect them. Made-up questions, written for these tests from general language
knowledge: the words they ask by are read in English, English is never changed, no form of these
languages is an English word of the embedding model's vocabulary, and the assistant answers a few of
them with the study's fact."""
from __future__ import annotations

import pytest
from conftest import corpus_glosses as _glosses
from conftest import glossary_language_tests

from assistant.answering.glossary import gloss

# language -> (question, English words its gloss must contain)
QUESTIONS = {
    "Norwegian": [
        ("Hvor mange pasienter med lupus var med i studien?", ["how many patients", "lupus", "study"]),
        ("Hvor lenge ble pasientene fulgt?", ["how long", "patients", "followed"]),
        ("Hva skjedde med pasientene etter behandlingen?", ["what happened", "patients", "after the treatment"]),
        ("Hvilke sykdommer hadde pasientene?", ["which diseases", "had", "patients"]),
        ("Ble de bedre?", ["improved"]),
        ("Hvor mange ganger fikk pasientene infusjonen?", ["how many times", "patients", "infusion"]),
        ("Er denne behandlingen tilgjengelig i Norge?", ["treatment", "available", "in Norway"]),
        ("Hvilke bivirkninger var det?", ["side effects"]),
        ("Hvilken sykdom hadde flest pasienter totalt?", ["which diseases", "had the most", "patients", "in total"]),
        ("Forklar det enklere, i én setning, vær så snill", ["explain", "in simpler words", "in one sentence", "please"]),
        ("Kortere og som en liste", ["shorter", "in bullet points"]),
    ],
    "Croatian/Serbian/Bosnian": [
        ("Koliko je pacijenata s lupusom bilo u studiji?", ["how many", "patients", "lupus", "study"]),
        ("Koliko dugo su pacijenti praćeni?", ["how long", "patients", "followed"]),
        ("Što se dogodilo s pacijentima nakon liječenja?", ["what happened", "patients", "after the treatment"]),
        ("Koje bolesti su imali pacijenti?", ["which diseases", "had", "patients"]),
        ("Jesu li svi bili bolje?", ["all", "improved"]),
        ("Koliko puta su pacijenti dobili infuziju?", ["how many times", "patients", "got", "infusion"]),
        ("Je li ova terapija dostupna u Hrvatskoj i gdje?", ["therapy", "available", "in Croatia", "where"]),
        ("Koliko pacijenata s miozitisom i sklerodermijom je bilo ukupno?", ["how many patients", "myositis", "scleroderma", "in total"]),
        ("Šta se desilo sa decom?", ["what happened", "children"]),
        ("Objasni jednostavnije, u jednoj rečenici, molim te", ["explain", "in simpler words", "in one sentence", "please"]),
    ],
    "Slovak": [
        ("Koľko pacientov s lupusom bolo v štúdii?", ["how many patients", "lupus", "study"]),
        ("Ako dlho sledovali pacientov?", ["how long", "followed", "patients"]),
        ("Čo sa stalo s pacientmi po liečbe?", ["what happened", "after the treatment"]),
        ("Aké choroby mali pacienti?", ["which diseases", "patients"]),
        ("Zlepšili sa všetci?", ["improved", "all"]),
        ("Koľkokrát dostali pacienti infúziu?", ["how many times", "patients", "infusion"]),
        ("Je táto liečba dostupná na Slovensku a kde?", ["treatment", "available", "in Slovakia"]),
        ("Koľko pacientov s myozitídou bolo v štúdii?", ["how many patients", "myositis", "study"]),
        ("Vysvetli to jednoduchšie, jednou vetou, prosím", ["explain", "in simpler words", "in one sentence", "please"]),
    ],
    "Somali": [
        ("Immisa bukaan oo lupus qaba ayaa ku jiray daraasadda?", ["how many patients", "lupus", "study"]),
        ("Intee le'eg ayaa la la socday bukaannada?", ["how long", "followed", "patients"]),
        ("Maxaa ku dhacay bukaannada daaweynta ka dib?", ["what happened", "patients", "treatment"]),
        ("Cudurradee ayay qabeen bukaannada?", ["which diseases", "had", "patients"]),
        ("Dhammaan ma fiicnaadeen?", ["all", "improved"]),
        ("Waxyeelooyinka maxay ahaayeen?", ["side effects"]),
        ("Ii sharax si fudud, hal jumlad, fadlan", ["explain", "in simpler words", "in one sentence", "please"]),
    ],
    "Bengali (Latin letters)": [
        ("study te kotojon lupus rogi chilo?", ["study", "how many", "lupus patients"]),
        ("rogider koto din dhore dekha hoyechilo?", ["patients", "how long"]),
        ("chikitsar por rogider ki holo?", ["after the treatment", "patients", "what happened"]),
        ("sobai ki bhalo hoyechilo?", ["all", "improved"]),
        ("kon kon rog chilo rogider?", ["which diseases", "patients"]),
        ("ei chikitsa ki bangladesh e pawa jay?", ["treatment", "in Bangladesh", "available"]),
        ("sohoj bhashay, ek bakye bujhiye bolo, doya kore", ["in simpler words", "in one sentence", "explain", "please"]),
    ],
    "Sesotho": [
        ("Ho ne ho na le bakudi ba bakae ba lupus phuputsong?", ["how many", "patients", "lupus", "study"]),
        ("Bakudi ba ile ba latelwa nako e kae?", ["patients", "followed", "how long"]),
        ("Ho etsahetseng ho bakudi ka mora kalafo?", ["what happened", "patients", "after the treatment"]),
        ("Bakudi ba ne ba na le mafu afe?", ["patients", "which diseases"]),
        ("Na bohle ba ntlafetse?", ["all", "improved"]),
        ("Na kalafo ena e fumaneha?", ["treatment", "available"]),
        ("Hlalosa ka bonolo, polelo e le nngwe, ka kopo", ["explain", "in simpler words", "in one sentence", "please"]),
    ],
}


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "Is it available in Norway, Croatia, Slovakia, Somalia, Bangladesh or Lesotho?",
    "Ami and Sal asked how long the patients were followed; on what basis?",
    "Did the kids sob, or did the dad say it was a band name?",
    "Kae and Mali want to know the side effects, in one sentence.",
    "What happened, was it a cure? Please explain it simpler, shorter, as a list.",
    "Hi, how many people had lupus before the infusion?",
    "The barn was totally sharp; the chai was mash.",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


# the forms of these languages, as added (English phrase -> forms)
SAMPLE_FORMS = {
    "how many": ["hvor mange", "immisa", "kotojon", "bakae"],
    "how many patients": ["hvor mange pasienter", "koliko pacijenata", "koľko pacientov", "immisa bukaan", "bakudi ba bakae"],
    "how long": ["hvor lenge", "intee le'eg", "koto din", "nako e kae"],
    "how many times": ["hvor mange ganger", "koliko puta", "koľkokrát", "immisa jeer", "kotobar", "makgetlo a makae"],
    "patients": ["pasienter", "pasientene", "bukaannada", "rogira", "rogider", "bakudi"],
    "people": ["mennesker", "ljudi", "ľudia", "dadka", "manush", "batho"],
    "followed": ["fulgt", "praćeni", "sledovali", "la la socday", "latelwa"],
    "all": ["samtlige", "svi", "všetci", "dhammaan", "sobai", "bohle"],
    "what happened": ["hva skjedde", "što se dogodilo", "šta se desilo", "čo sa stalo", "maxaa dhacay", "ki holo", "ho etsahetseng"],
    "improved": ["ble bedre", "fiicnaadeen", "bhalo hoyechilo", "ntlafetse"],
    "which diseases": ["hvilke sykdommer", "koje bolesti", "aké choroby", "cudurradee", "kon kon rog", "mafu afe"],
    "had the most": ["hadde flest", "imali najviše", "mali najviac"],
    "side effects": ["bivirkninger", "waxyeelooyinka", "parshoprotikriya", "ditla-morao"],
    "children": ["barna", "djeca", "deca", "deti", "carruurta", "shishu", "bana"],
    "study": ["studien", "studiji", "štúdii", "daraasadda", "gobeshona", "phuputso"],
    "please": ["vær så snill", "molim te", "prosím", "fadlan", "doya kore", "ka kopo"],
    "with lupus": ["s lupusom", "med lupus"],
    "lupus patients": ["pasienter med lupus", "pacijenti s lupusom", "bukaanka lupus", "lupus rogi", "bakudi ba lupus"],
    "myositis": ["myositt", "miozitisom", "myozitídou"],
    "scleroderma": ["sklerodermijom", "sklerodermiou"],
}

# English words (or names) a form of these languages would be (one word each): never glossed alone
LEFT_OUT_AS_ENGLISH = ["barn", "dad", "sob", "mash", "folk", "med", "var", "pre", "age", "mali", "kae", "ami", "ana"]


# answered by the real assistant with the study's fact
ANSWERED = [
    ("Norwegian", "Hvor mange pasienter med lupus var med i studien?", "answer", ["8"]),
    ("Norwegian", "Hvor lenge ble pasientene fulgt?", "answer", ["two years"]),
    ("Croatian", "Koliko je pacijenata s lupusom bilo u studiji?", "answer", ["8"]),
    ("Slovak", "Koľko pacientov s lupusom bolo v štúdii?", "answer", ["8"]),
    ("Somali", "Immisa bukaan oo lupus qaba ayaa ku jiray daraasadda?", "answer", ["8"]),
    ("Bengali (Latin letters)", "study te kotojon lupus rogi chilo?", "answer", ["8"]),
    ("Sesotho", "Ho ne ho na le bakudi ba bakae ba lupus phuputsong?", "answer", ["8"]),
]


globals().update(glossary_language_tests(QUESTIONS, ANSWERED, SAMPLE_FORMS, LEFT_OUT_AS_ENGLISH))
