"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in Kinyarwanda, Quechua (Southern
Quechua as commonly written, with its case endings), Maltese (with and without its letters ħ, għ, ż, ċ, ġ),
Pashto in Latin letters (as typed in chats), Luxembourgish and Chichewa (Nyanja): how many, how long, how
many times, patients, people, treated, the treatment, medicines, stopped, cured, improved, remission,
results, followed, years and months, all, in total, what happened, which diseases, side effects, infusion,
after the treatment, children, explain, simpler, shorter, in one sentence or as a list, the figure, the
study, available and where, please, and the diseases' names as these languages write them. Made-up
questions, written for these tests from general language knowledge: the words they ask by are read in
English, English is never changed, no form of these languages is an English word of the embedding model's
vocabulary, and the assistant answers a few of them with the study's fact."""
from __future__ import annotations

import pytest
from conftest import corpus_glosses as _glosses
from conftest import glossary_language_tests

from assistant.answering.glossary import gloss

# language -> (question, English words its gloss must contain)
QUESTIONS = {
    "Kinyarwanda": [
        ("Abarwayi bangahe bafite lupus bari mu bushakashatsi?", ["how many patients", "with lupus", "in the study"]),
        ("Abarwayi bakurikiranwe igihe kingana iki?", ["patients", "followed", "how long"]),
        ("Byagenze bite ku barwayi nyuma y'ubuvuzi?", ["what happened", "patients", "after the treatment"]),
        ("Abarwayi bari bafite izihe ndwara?", ["patients", "had", "which diseases"]),
        ("Abarwayi bahagaritse imiti?", ["patients", "stopped", "medication"]),
        ("Ni izihe ngaruka mbi z'ubuvuzi?", ["side effects", "treatment"]),
        ("Inshuro zingahe abarwayi bavuwe?", ["how many times", "patients", "treated"]),
        ("Ese ubu buvuzi buboneka mu Rwanda?", ["treatment", "available", "in Rwanda"]),
        ("Sobanura mu magambo yoroshye, mu nteruro imwe, ndakwinginze", ["explain", "in simpler words", "in one sentence", "please"]),
    ],
    "Quechua": [
        ("Hayk'a unquqkunataq lupuswan t'aqwiypi karqan?", ["how many patients", "with lupus", "in the study"]),
        ("Hayk'a unaytataq unquqkunata qatipakurqanku?", ["how long", "patients", "followed"]),
        ("Imataq pasarqan unquqkunawan hampiy qhepaman?", ["what happened", "after the treatment"]),
        ("Ima unquykunataq unquqkunapa karqan?", ["which diseases", "patients"]),
        ("Llapanku allinyarqankuchu?", ["all", "improved"]),
        ("Unquqkuna hampikunata saqirqanku?", ["patients", "medication", "stopped"]),
        ("Hayk'a kutita unquqkuna hampiyta chaskirqanku?", ["how many times", "patients", "treatment"]),
        ("Kay hampiy Perupi tarikunchu?", ["treatment", "in Peru", "available"]),
        ("Aswan facilta sut'inchaway, huk rimaypi, ama hina kaspa", ["in simpler words", "explain", "in one sentence", "please"]),
    ],
    "Maltese": [
        ("Kemm kien hemm pazjenti bil-lupus fl-istudju?", ["how many patients", "with lupus", "in the study"]),
        ("Għal kemm żmien ġew segwiti l-pazjenti?", ["how long", "followed", "patients"]),
        ("Ghal kemm zmien gew segwiti l-pazjenti?", ["how long", "followed", "patients"]),
        ("X'ġara lill-pazjenti wara l-kura?", ["what happened", "patients", "after the treatment"]),
        ("Liema mard kellhom il-pazjenti?", ["which diseases", "had", "patients"]),
        ("Il-pazjenti kollha tjiebu?", ["patients", "all", "improved"]),
        ("Il-pazjenti waqfu l-mediċini?", ["patients", "stopped", "medication"]),
        ("X'inhuma l-effetti sekondarji tal-infużjoni?", ["what is", "side effects"]),
        ("Il-kura hija disponibbli f'Malta?", ["treatment", "available", "in Malta"]),
        ("Spjegali b'mod aktar sempliċi, f'sentenza waħda, jekk jogħġbok", ["explain", "in simpler words", "in one sentence", "please"]),
    ],
    "Pashto (Latin letters)": [
        ("Pa tahqiq ke tso naroghan lupus sara wu?", ["in the study", "how many patients", "with lupus"]),
        ("Naroghan tsomra moda taqib shwal?", ["patients", "how long", "followed"]),
        ("Da ilaj na wrusta naroghano sara sa pekh shwal?", ["after the treatment", "patients", "what happened"]),
        ("Naroghan kom naroghi lareel?", ["patients", "which diseases", "had"]),
        ("Naroghano darmal band kral?", ["patients", "medication", "stopped"]),
        ("Da dagha ilaj janibi asarat sa wu?", ["side effects"]),
        ("Dagha ilaj pa Afghanistan ke mawjood de?", ["treatment", "in Afghanistan", "available"]),
        ("Pa asana tarika, pa yawa jumla ke wazaha kra, mehrabani", ["in simpler words", "in one sentence", "explain", "please"]),
    ],
    "Luxembourgish": [
        ("Wéi vill Patiente mat Lupus waren an der Studie?", ["how many patients", "with lupus", "in the study"]),
        ("Wéi laang goufen d'Patiente gefollegt?", ["how long", "patients", "followed"]),
        ("Wat ass mat de Patienten no der Behandlung geschitt?", ["patients", "after the treatment"]),
        ("Wéi eng Krankheeten haten d'Patienten?", ["which diseases", "had", "patients"]),
        ("Hunn d'Patienten d'Medikamenter ofgesat?", ["patients", "medication", "stopped"]),
        ("Wéi vill Leit hate Niewewierkungen?", ["how many people", "side effects"]),
        ("Wéi dacks krute si d'Infusioun?", ["how many times", "infusion"]),
        ("Ass d'Behandlung zu Lëtzebuerg disponibel?", ["treatment", "in Luxembourg", "available"]),
        ("Erkläer et méi einfach, an engem Saz, wannechgelift", ["explain", "in simpler words", "in one sentence", "please"]),
    ],
    "Chichewa": [
        ("Kodi panali odwala angati omwe ali ndi lupus mu kafukufukuyu?", ["how many patients", "with lupus", "in the study"]),
        ("Kodi odwala anatsatiridwa kwa nthawi yayitali bwanji?", ["patients", "followed", "how long"]),
        ("Kodi chinachitika ndi chiyani kwa odwala atalandira chithandizo?", ["what happened", "patients", "after the treatment"]),
        ("Kodi odwala anali ndi matenda ati?", ["patients", "had", "which diseases"]),
        ("Kodi onse anapeza bwino?", ["all", "improved"]),
        ("Kodi odwala anasiya mankhwala?", ["patients", "stopped", "medication"]),
        ("Kodi zotsatira zoyipa za chithandizochi ndi chiyani?", ["side effects", "treatment", "what is"]),
        ("Kodi chithandizochi chikupezeka ku Malawi?", ["treatment", "available", "in Malawi"]),
        ("Fotokozani mophweka, m'chiganizo chimodzi, chonde", ["explain", "in simpler words", "in one sentence", "please"]),
    ],
}


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "Is it available in Rwanda, Peru, Bolivia, Malta, Afghanistan, Pakistan, Luxembourg, Malawi or Zambia?",
    "Kemp and Ana asked how long the patients were followed; on what basis?",
    "Did the kids sob, or did Bose say it was a band name? Kala said so too.",
    "Tso and Wali want to know the side effects, in one sentence.",
    "What happened, was it a cure? Please explain it simpler, shorter, as a list.",
    "Hi, how many people had lupus before the infusion? Sara asked.",
    "The mat was sharp; the sina qua non was the data, said Tso.",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


# the forms of these languages, as added (English phrase -> forms)
SAMPLE_FORMS = {
    "how many": ["bangahe", "hayk'a", "kemm", "tsomra", "wéi vill", "angati"],
    "how many patients": ["abarwayi bangahe", "hayk'a unquq", "kemm pazjenti", "tso naroghan", "wéi vill patienten", "odwala angati"],
    "how many people": ["abantu bangahe", "hayk'a runa", "kemm nies", "tso kasan", "wéi vill leit", "anthu angati"],
    "how many times": ["inshuro zingahe", "hayk'a kutita", "kemm-il darba", "tso zale", "wéi dacks", "kangati"],
    "how long": ["igihe kingana iki", "hayk'a unay", "kemm żmien", "kemm zmien", "tsomra moda", "wéi laang", "nthawi yayitali bwanji"],
    "patients": ["abarwayi", "unquqkuna", "onqoqkuna", "pazjenti", "il-pazjenti", "naroghan", "d'patienten", "odwala"],
    "people": ["runakuna", "nies", "khalk", "leit", "anthu"],
    "followed": ["bakurikiranwe", "qatipakurqanku", "segwiti", "taqib shwal", "gefollegt", "anatsatiridwa"],
    "medication": ["imiti", "hampikuna", "mediċini", "medicini", "darmal", "medikamenter", "mankhwala"],
    "stopped": ["bahagaritse", "saqirqanku", "waqfu", "band kral", "ofgesat", "anasiya"],
    "side effects": ["ingaruka mbi", "effetti sekondarji", "janibi asarat", "niewewierkungen", "zotsatira zoyipa"],
    "which diseases": ["izihe ndwara", "ima unquykuna", "liema mard", "kom naroghi", "wéi eng krankheeten", "matenda ati"],
    "what happened": ["byagenze bite", "imataq pasarqan", "x'ġara", "sa pekh shwal", "wat ass geschitt", "chinachitika ndi chiyani"],
    "improved": ["borohewe", "allinyarqanku", "tjiebu", "sha shwal", "besser ginn", "anapeza bwino"],
    "remission": ["remissjoni", "remissioun"],
    "years": ["imyaka", "watakuna", "snin", "kalona", "joer", "zaka"],
    "months": ["amezi", "killakuna", "xhur", "miyashte", "méint", "miyezi"],
    "study": ["ubushakashatsi", "t'aqwiy", "l-istudju", "tahqiq", "kafukufuku"],
    "in the study": ["mu bushakashatsi", "t'aqwiypi", "fl-istudju", "pa tahqiq ke", "mu kafukufukuyu"],
    "please": ["ndakwinginze", "ama hina kaspa", "jekk jogħġbok", "mehrabani", "wannechgelift", "chonde"],
    "with lupus": ["bafite lupus", "lupuswan", "bil-lupus", "lupus sara", "mat lupus", "ali ndi lupus"],
    "lupus patients": ["abarwayi ba lupus", "lupus unquqkuna", "pazjenti bil-lupus", "lupus naroghan", "patienten mat lupus", "odwala a lupus"],
    "myositis": ["miyozite", "mijożite"],
    "scleroderma": ["isklerodermija"],
    "systemic sclerosis": ["sklerożi sistemika", "systemesch sklerose"],
}

# English words (or names) a form of these languages would be (one word each): never glossed alone
LEFT_OUT_AS_ENGLISH = ["bose", "tso", "kala", "wali", "sa", "ana", "mat", "sara", "hampi", "wata", "killa"]


# answered by the real assistant with the study's fact
ANSWERED = [
    ("Kinyarwanda", "Abarwayi bangahe bafite lupus bari mu bushakashatsi?", "answer", ["8"]),
    ("Quechua", "Hayk'a unquqkunataq lupuswan t'aqwiypi karqan?", "answer", ["8"]),
    ("Maltese", "Kemm kien hemm pazjenti bil-lupus fl-istudju?", "answer", ["8"]),
    ("Maltese", "Għal kemm żmien ġew segwiti l-pazjenti?", "answer", ["two years"]),
    ("Pashto (Latin letters)", "Pa tahqiq ke tso naroghan lupus sara wu?", "answer", ["8"]),
    ("Luxembourgish", "Wéi vill Patiente mat Lupus waren an der Studie?", "answer", ["8"]),
    ("Luxembourgish", "Wéi laang goufen d'Patiente gefollegt?", "answer", ["two years"]),
    ("Chichewa", "Kodi panali odwala angati omwe ali ndi lupus mu kafukufukuyu?", "answer", ["8"]),
]


globals().update(glossary_language_tests(QUESTIONS, ANSWERED, SAMPLE_FORMS, LEFT_OUT_AS_ENGLISH))
