"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in Latvian, Estonian,
Yoruba (with and without its tone marks and dots), Afrikaans, Slovenian and Zulu (isiZulu): how many,
how long, patients, people, treated, the treatment, results, followed, years and months, all, what
happened, were they better, which diseases, available and where, simpler, shorter or in one sentence,
the figure. Made-up questions, written for these tests from general language knowledge: the words they
ask by are read in English, English is never changed, no form of these languages is an English word of
the embedding model's vocabulary, and the assistant answers a few of them with the study's fact."""
from __future__ import annotations

import pytest
from conftest import corpus_glosses as _glosses
from conftest import glossary_language_tests

from assistant.answering.glossary import gloss


# language -> (question, English words its gloss must contain)
QUESTIONS = {
    "Latvian": [
        ("Cik pacientu ar vilkēdi bija pētījumā?", ["how many", "lupus", "study"]),
        ("Cik ilgi pacienti tika novēroti?", ["how long", "patients", "followed"]),
        ("Vai pacienti saņēma tikai vienu infūziju?", ["patients", "got", "only one", "infusion"]),
        ("Vai šī terapija ir pieejama Latvijā?", ["therapy", "available", "in Latvia"]),
        ("Kas notika ar pacientiem pēc ārstēšanas?", ["what happened", "patients", "treatment"]),
        ("Cik pacientu bija pavisam?", ["how many", "patients", "in total"]),
        ("Kādas slimības bija pacientiem?", ["which diseases", "patients"]),
        ("Vai visi jutās labāk?", ["all", "improved"]),
        ("Paskaidro vienkāršāk, vienā teikumā", ["in simpler words", "in one sentence"]),
        ("Ko rāda attēls?", ["figure"]),
        ("Cik cilveku bija petijuma?", ["how many", "people", "study"]),
    ],
    "Estonian": [
        ("Mitu luupusega patsienti uuringus oli?", ["how many", "lupus patients", "study"]),
        ("Kui kaua patsiente jälgiti?", ["how long", "patients", "followed"]),
        ("Kas patsiendid said ainult ühe infusiooni?", ["patients", "only one", "infusion"]),
        ("Kas see ravi on Eestis saadaval?", ["available", "in Estonia"]),
        ("Mis juhtus patsientidega pärast teraapiat?", ["what happened", "therapy"]),
        ("Mitu patsienti oli kokku?", ["how many", "patients", "in total"]),
        ("Millised haigused patsientidel olid?", ["which diseases", "patients"]),
        ("Kas kõik läksid paremaks?", ["all", "improved"]),
        ("Selgita lihtsamalt, ühe lausega", ["in simpler words", "in one sentence"]),
        ("Mida joonis näitab?", ["figure"]),
        ("Kui kaua patsiente jalgiti?", ["how long", "patients", "followed"]),
    ],
    "Yoruba": [
        ("Àwọn aláìsàn lupus mélòó ló wà nínú ìwádìí náà?", ["patients", "how many", "study"]),
        ("Awon alaisan lupus meloo lo wa ninu iwadi naa?", ["patients", "how many", "study"]),
        ("Fún ìgbà mélòó ni wọ́n fi ṣàyẹ̀wò àwọn aláìsàn?", ["how long", "followed", "patients"]),
        ("Ṣé àwọn aláìsàn gba ìtọ́jú ẹ̀ẹ̀kan ṣoṣo?", ["patients", "got", "treatment", "only once"]),
        ("Ṣé ìtọ́jú yìí wà ní Nàìjíríà?", ["treatment", "in Nigeria"]),
        ("Kí ló ṣẹlẹ̀ sí àwọn aláìsàn lẹ́yìn ìtọ́jú?", ["what happened", "patients", "treatment"]),
        ("Àwọn aláìsàn mélòó ló wà lápapọ̀?", ["patients", "how many", "in total"]),
        ("Ṣé gbogbo wọn gbádùn?", ["all", "improved"]),
        ("Ṣàlàyé ní ọ̀nà tó rọrùn", ["in simpler words"]),
        ("Kí ni àwòrán náà fi hàn?", ["figure"]),
    ],
    "Afrikaans": [
        ("Hoeveel pasiënte met lupus was in die studie?", ["how many", "lupus patients", "study"]),
        ("Hoe lank is die pasiënte opgevolg?", ["how long", "patients", "followed"]),
        ("Het die pasiënte net een infusie gekry?", ["patients", "only one", "infusion", "got"]),
        ("Is hierdie behandeling in Suid-Afrika beskikbaar?", ["treatment", "in South Africa", "available"]),
        ("Wat het met die pasiënte gebeur na die behandeling?", ["what happened", "patients", "treatment"]),
        ("Hoeveel pasiënte was daar altesaam?", ["how many", "patients", "in total"]),
        ("Watter siektes het die pasiënte gehad?", ["which diseases", "patients"]),
        ("Het almal beter geword?", ["all", "improved"]),
        ("Verduidelik dit eenvoudiger, in een sin", ["in simpler words", "in one sentence"]),
        ("Wat wys die figuur?", ["figure"]),
        ("Hoeveel pasiente was in die studie?", ["how many", "patients", "study"]),
    ],
    "Slovenian": [
        ("Koliko bolnikov z lupusom je bilo v študiji?", ["how many", "lupus patients", "study"]),
        ("Kako dolgo so spremljali bolnike?", ["how long", "followed", "patients"]),
        ("Ali so bolniki dobili samo eno infuzijo?", ["patients", "got", "only one", "infusion"]),
        ("Ali je to zdravljenje na voljo v Sloveniji?", ["treatment", "available", "in Slovenia"]),
        ("Kaj se je zgodilo z bolniki po zdravljenju?", ["what happened", "patients", "treatment"]),
        ("Koliko bolnikov je bilo skupaj?", ["how many", "patients", "in total"]),
        ("Katere bolezni so imeli bolniki?", ["which diseases", "patients"]),
        ("Ali je bilo vsem bolje?", ["all", "improved"]),
        ("Razloži preprosteje, v enem stavku", ["in simpler words", "in one sentence"]),
        ("Koliko casa so spremljali bolnike?", ["how long", "followed", "patients"]),
    ],
    "Zulu": [
        ("Iziguli ezingaki ezinelupus ezazisocwaningweni?", ["patients", "how many"]),
        ("Iziguli zalandelwa isikhathi esingakanani?", ["patients", "followed", "how long"]),
        ("Ngabe iziguli zathola ukwelashwa kanye kuphela?", ["patients", "got", "treatment", "only once"]),
        ("Ingabe lokhu kwelashwa kuyatholakala eNingizimu Afrika?", ["treatment", "available", "in South Africa"]),
        ("Kwenzekeni ezigulini emva kokwelashwa?", ["what happened", "patients", "treatment"]),
        ("Zingaki iziguli sekukonke?", ["how many", "patients", "in total"]),
        ("Iziphi izifo ezazinazo iziguli?", ["which diseases", "patients"]),
        ("Ingabe zonke zaba ngcono?", ["all", "improved"]),
        ("Chaza ngendlela elula, ngomusho owodwa", ["in simpler words", "in one sentence"]),
        ("Umfanekiso ubonisani?", ["figure"]),
    ],
}


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "I have lupus, how many lupus patients were there?",
    "Did the patients die, or was it safe? What is the figure?",
    "My aunt had a seizure years ago, what did the study find?",
    "Is it available where I live, in South Africa or Latvia?",
    "Was he in the study, and what did my mum and us get?",
    "Who were the 15 patients, and how long were they followed?",
    "Can you say it in one sentence, shorter and simpler?",
    "What visas or permits did they need? He said it was fine.",
    "Do all patients get the same dose, and was it only one infusion?",
    "Ali and Ravi asked what happened; was there a net benefit?",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


# the forms of these languages, as added (English phrase -> forms)
SAMPLE_FORMS = {
    "how many": ["cik", "cik daudz", "mitu", "mélòó", "meloo", "hoeveel", "koliko", "zingaki", "ezingaki"],
    "how long": ["cik ilgi", "kui kaua", "fún ìgbà mélòó", "fun igba meloo", "hoe lank", "kako dolgo", "koliko časa", "isikhathi esingakanani"],
    "patients": ["pacientiem", "patsiendid", "patsiente", "aláìsàn", "alaisan", "pasiënte", "pasiente", "bolniki", "bolnikov", "iziguli"],
    "treatment": ["ārstēšanu", "arstesanu", "raviga", "ìtọ́jú", "itoju", "behandeling", "zdravljenje", "ukwelashwa"],
    "followed": ["novēroti", "noveroti", "jälgiti", "jalgiti", "ṣàyẹ̀wò", "opgevolg", "spremljali", "zalandelwa"],
    "all": ["visi", "kõik", "koik", "gbogbo", "almal", "vsi", "zonke"],
    "what happened": ["kas notika", "mis juhtus", "kí ló ṣẹlẹ̀", "ki lo sele", "wat het gebeur", "kaj se je zgodilo", "kwenzekeni"],
    "available": ["pieejama", "saadaval", "beskikbaar", "na voljo", "iyatholakala"],
    "in one sentence": ["vienā teikumā", "ühe lausega", "ní gbólóhùn kan", "in een sin", "v enem stavku", "ngomusho owodwa"],
    "figure": ["attēls", "joonis", "àwòrán", "figuur", "sliki", "umfanekiso"],
    "lupus": ["vilkēde", "luupus", "ezinelupus"],
    "myositis": ["miozīts", "müosiit"],
    "please": ["lūdzu", "palun", "jọ̀ọ́", "asseblief", "prosim", "ngicela"],
    "in bullet points": ["punktos", "punktidena", "ní àwọn kókó", "in kolpunte", "v alinejah", "ngamaphuzu"],
    "this treatment": ["see ravi", "ìtọ́jú yìí", "itoju yii", "lokhu kwelashwa"],
    "explain": ["paskaidro", "selgita", "ṣàlàyé", "salaye", "verduidelik", "razloži", "chaza"],
}

# English words that a form of these languages would be (Afrikaans above all): never glossed alone
ADDED_AS_ENGLISH = ["die", "wat", "is", "was", "in", "met", "hy", "my", "ons", "hoe", "lank", "net", "sin", "visas",
                    "said", "ravi", "ali", "so", "le", "en", "san", "wo", "ya", "won", "mis", "on"]


# kept from before these languages: "wat" (texting for "what", and the word in Dutch and Afrikaans),
# "hoe" (Dutch "how", as in Afrikaans)
EARLIER = {"wat", "hoe"}


def test_a_word_with_a_combining_tone_mark_is_looked_up_whole():
    assert gloss("Ṣé àwọn aláìsàn gba ìtọ́jú ẹ̀ẹ̀kan ṣoṣo?", _glosses()) == "Ṣé patients got treatment only once?"


# answered by the real assistant with the study's fact (or told it is not in the study)
ANSWERED = [
    ("Latvian", "Cik pacientu ar vilkēdi bija pētījumā?", "answer", ["8"]),
    ("Latvian", "Cik ilgi pacienti tika novēroti?", "answer", ["two years"]),
    ("Latvian", "Vai pacienti saņēma tikai vienu infūziju?", "answer", ["single infusion"]),
    ("Latvian", "Vai šī terapija ir pieejama Latvijā?", "not_in_study", []),
    ("Estonian", "Mitu luupusega patsienti uuringus oli?", "answer", ["8"]),
    ("Estonian", "Kui kaua patsiente jälgiti?", "answer", ["two years"]),
    ("Estonian", "Kas patsiendid said ainult ühe infusiooni?", "answer", ["single infusion"]),
    ("Estonian", "Kas see ravi on Eestis saadaval?", "not_in_study", []),
    ("Yoruba", "Àwọn aláìsàn lupus mélòó ló wà nínú ìwádìí náà?", "answer", ["8"]),
    ("Yoruba", "Awon alaisan lupus meloo lo wa ninu iwadi naa?", "answer", ["8"]),
    ("Yoruba", "Fún ìgbà mélòó ni wọ́n fi ṣàyẹ̀wò àwọn aláìsàn?", "answer", ["two years"]),
    ("Yoruba", "Ṣé àwọn aláìsàn gba ìtọ́jú ẹ̀ẹ̀kan ṣoṣo?", "answer", ["single infusion"]),
    ("Yoruba", "Ṣé ìtọ́jú yìí wà ní Nàìjíríà?", "not_in_study", []),
    ("Afrikaans", "Hoeveel pasiënte met lupus was in die studie?", "answer", ["8"]),
    ("Afrikaans", "Hoe lank is die pasiënte opgevolg?", "answer", ["two years"]),
    ("Afrikaans", "Het die pasiënte net een infusie gekry?", "answer", ["single infusion"]),
    ("Afrikaans", "Is hierdie behandeling in Suid-Afrika beskikbaar?", "not_in_study", []),
    ("Slovenian", "Koliko bolnikov z lupusom je bilo v študiji?", "answer", ["8"]),
    ("Slovenian", "Kako dolgo so spremljali bolnike?", "answer", ["two years"]),
    ("Slovenian", "Ali so bolniki dobili samo eno infuzijo?", "answer", ["single infusion"]),
    ("Slovenian", "Ali je to zdravljenje na voljo v Sloveniji?", "not_in_study", []),
    ("Zulu", "Iziguli ezingaki ezinelupus ezazisocwaningweni?", "answer", ["8"]),
    ("Zulu", "Iziguli zalandelwa isikhathi esingakanani?", "answer", ["two years"]),
    ("Zulu", "Ngabe iziguli zathola ukwelashwa kanye kuphela?", "answer", ["single infusion"]),
    ("Zulu", "Ingabe lokhu kwelashwa kuyatholakala eNingizimu Afrika?", "not_in_study", []),
]


# A request to restyle the last answer, read in English: simpler and in one sentence, shorter, in
# bullet points (with "please"), and availability asked of "this treatment".
RESTYLES = {
    "Latvian": [("Paskaidro vienkāršāk, vienā teikumā", "Explain it simpler, in one sentence"),
                ("Īsāk, lūdzu", "Shorter please"), ("Punktos, lūdzu", "In bullet points please")],
    "Estonian": [("Selgita lihtsamalt, ühe lausega", "Explain it simpler, in one sentence"),
                 ("Lühemalt, palun", "Shorter please"), ("Punktidena, palun", "In bullet points please")],
    "Yoruba": [("Ṣàlàyé rẹ̀ ní ọ̀nà tó rọrùn, ní gbólóhùn kan", "Explain it simpler, in one sentence"),
               ("Jọ̀ọ́, ṣe é ní ṣókí", "Shorter please"), ("Ní àwọn kókó, jọ̀ọ́", "In bullet points please"),
               ("Salaye re ni ona to rorun, ni gbolohun kan", "Explain it simpler, in one sentence")],
    "Afrikaans": [("Verduidelik dit eenvoudiger, in een sin", "Explain it simpler, in one sentence"),
                  ("Korter asseblief", "Shorter please"), ("In kolpunte asseblief", "In bullet points please")],
    "Slovenian": [("Razloži preprosteje, v enem stavku", "Explain it simpler, in one sentence"),
                  ("Krajše, prosim", "Shorter please"), ("V alinejah, prosim", "In bullet points please")],
    "Zulu": [("Chaza ngendlela elula, ngomusho owodwa", "Explain it simpler, in one sentence"),
             ("Kufinyeze, ngicela", "Shorter please"), ("Ngamaphuzu, ngicela", "In bullet points please")],
}
READ_AS = [
    ("Verduidelik dit eenvoudiger, in een sin", ["explain", "in simpler words", "in one sentence"]),
    ("Razloži preprosteje, v enem stavku", ["explain", "in simpler words", "in one sentence"]),
    ("Chaza ngendlela elula, ngomusho owodwa", ["explain", "in simpler words", "in one sentence"]),
    ("Ṣàlàyé rẹ̀ ní ọ̀nà tó rọrùn, ní gbólóhùn kan", ["explain", "in simpler words", "in one sentence"]),
    ("Kufinyeze, ngicela", ["shorter", "please"]),
    ("Krajše, prosim", ["shorter", "please"]),
    ("Jọ̀ọ́, ṣe é ní ṣókí", ["please", "shorter"]),
    ("In kolpunte asseblief", ["in bullet points", "please"]),
    ("V alinejah, prosim", ["in bullet points", "please"]),
    ("Ngamaphuzu, ngicela", ["in bullet points", "please"]),
    ("Ní àwọn kókó, jọ̀ọ́", ["in bullet points", "please"]),
    ("Kas see ravi on Eestis saadaval?", ["is this treatment", "in Estonia", "available"]),
    ("Ingabe lokhu kwelashwa kuyatholakala eNingizimu Afrika?", ["this treatment", "available", "in South Africa"]),
    ("Ṣé ìtọ́jú yìí wà ní Nàìjíríà?", ["this treatment", "available in Nigeria"]),
    ("Ngabe kwenzekani kubantu abelashwa?", ["what happened", "people", "treated"]),
]


@pytest.mark.parametrize("question, words", READ_AS, ids=[f"read-as-{i}" for i in range(len(READ_AS))])
def test_a_restyle_or_availability_is_read_in_english(question, words):
    said = gloss(question, _glosses())
    for word in words:
        assert word in said, (question, said, word)


@pytest.fixture(scope="module")
def _history(bot):
    first = "How many patients with lupus were in the study?"
    return [{"role": "user", "content": first}, {"role": "assistant", "content": bot.ask(first).answer}]


@pytest.mark.parametrize("language, request_, english", [(lang, r, e) for lang, pairs in RESTYLES.items() for r, e in pairs],
                         ids=[f"{lang}-{i}" for lang, pairs in RESTYLES.items() for i in range(len(pairs))])
def test_a_restyle_in_the_language_restyles_the_last_answer_as_the_english_one_does(bot, _history, language, request_, english):
    said, asked = bot.ask(request_, _history), bot.ask(english, _history)
    assert asked.meta.get("restyled"), (english, asked.kind)
    assert (said.kind, said.meta.get("restyled")) == (asked.kind, asked.meta.get("restyled")), (request_, said.kind, said.answer)


# Zulu questions opened by "ngabe" are answered from the study, not read as a decision asked
@pytest.mark.parametrize("question", ["Ngabe bayeka umuthi wabo?", "Ngabe kwenzekani kubantu abelashwa?"])
def test_a_zulu_question_opened_by_ngabe_is_answered(bot, question):
    reply = bot.ask(question)
    assert reply.kind == "answer", (question, reply.kind, reply.answer)


globals().update(glossary_language_tests(QUESTIONS, ANSWERED, SAMPLE_FORMS, ADDED_AS_ENGLISH, kept=EARLIER))
