"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in the languages added
last: Icelandic, Greek in Latin letters (Greeklish), Czech, Slovak, Swahili and Serbian/Croatian/
Bosnian in Latin letters; then Irish (Gaeilge), Lithuanian and Hungarian, with the gaps filled in
Portuguese and Vietnamese; then Welsh, and the gaps filled in Tagalog, Polish, Malay and Romanian (how
many, what happened, were they better, all of them, a number of years); with and without their accents. Made-up questions, written for these tests
from general language knowledge: the words they ask by are read in English, English is never changed,
no form of these languages is an English word of the embedding model's vocabulary, and the assistant
answers a few of them with the study's fact."""
from __future__ import annotations

import tomllib
import unicodedata

import pytest
from conftest import STUDY
from conftest import corpus_glosses as _glosses
from conftest import glossary_forms as _forms

from assistant.answering.glossary import gloss


# language -> (question, English words its gloss must contain)
QUESTIONS = {
    "Icelandic": [
        ("Hversu margir sjúklingar voru í rannsókninni alls?", ["how many", "patients", "study"]),
        ("Hve margir sjuklingar voru i rannsokninni?", ["how many", "patients", "study"]),
        ("Hversu lengi var fylgst með sjúklingunum?", ["how long", "followed", "patients"]),
        ("Hvað þýðir sjúkdómshlé?", ["what does it mean", "remission"]),
        ("Hættu sjúklingarnir að taka lyfin?", ["stopped", "patients", "medication"]),
        ("Hve margir voru með rauðir úlfar eða vöðvabólgu?", ["how many", "lupus", "myositis"]),
    ],
    "Greeklish": [
        ("Posoi astheneis itan sti meleti synolika?", ["how many", "patients", "study", "in total"]),
        ("Posoi asthenis eixan lyko?", ["how many", "patients", "lupus"]),
        ("Gia poso kairo parakolouthithikan oi astheneis?", ["how long", "followed", "patients"]),
        ("Poso kero parakolouthithikan?", ["how long", "followed"]),
        ("Ti simainei yfesi?", ["what does it mean", "remission"]),
        ("Ti shmainei yfesh?", ["what does it mean", "remission"]),
        ("Stamatisan ta farmaka meta tin egxysi?", ["stopped", "medication", "infusion"]),
        ("Posoi eixan sklirodermia?", ["how many", "scleroderma"]),
    ],
    "Czech": [
        ("Kolik pacientů bylo ve studii celkem?", ["how many", "patients", "study", "in total"]),
        ("Kolik pacientu bylo ve studii celkem?", ["how many", "patients", "study", "in total"]),
        ("Jak dlouho byli pacienti sledováni?", ["how long", "patients", "followed"]),
        ("Jak dlouho byli pacienti sledovani?", ["how long", "patients", "followed"]),
        ("Co znamená být v remisi?", ["what does it mean", "remission"]),
        ("Kolik pacientů mělo systémovou sklerózu?", ["how many", "patients", "systemic sclerosis"]),
    ],
    "Slovak": [
        ("Koľko pacientov bolo v štúdii celkovo?", ["how many", "patients", "study", "in total"]),
        ("Kolko pacientov bolo v studii celkovo?", ["how many", "patients", "study", "in total"]),
        ("Ako dlho boli pacienti sledovaní?", ["how long", "patients", "followed"]),
        ("Čo znamená remisia?", ["what does it mean", "remission"]),
        ("Co znamena remisia?", ["what does it mean", "remission"]),
        ("Koľko pacientov malo myozitídu alebo sklerodermiu?", ["how many", "patients", "myositis", "scleroderma"]),
    ],
    "Swahili": [
        ("Ni wagonjwa wangapi walikuwa kwenye utafiti kwa jumla?", ["patients", "how many", "study", "in total"]),
        ("Wagonjwa walifuatiliwa kwa muda gani?", ["patients", "followed", "how long"]),
        ("Remisheni inamaanisha nini?", ["remission", "what does it mean"]),
        ("Je, wagonjwa waliacha kutumia dawa?", ["patients", "stopped", "medication"]),
        ("Kulikuwa na madhara gani ya matibabu?", ["side effects", "treatment"]),
    ],
    "Serbian/Croatian/Bosnian": [
        ("Koliko pacijenata je bilo u studiji ukupno?", ["how many", "patients", "study", "in total"]),
        ("Koliko dugo su pacijenti praćeni?", ["how long", "patients", "followed"]),
        ("Koliko dugo su pacijenti praceni?", ["how long", "patients", "followed"]),
        ("Šta znači remisija?", ["what does it mean", "remission"]),
        ("Sto znaci remisija?", ["what does it mean", "remission"]),
        ("Koliko pacijenata je imalo sistemsku sklerozu ili miozitis?", ["how many", "patients", "systemic sclerosis", "myositis"]),
    ],
    "Irish": [
        ("Cé mhéad othar a bhí sa staidéar san iomlán?", ["how many", "patients", "study", "in total"]),
        ("Ce mhead othair a bhi sa staidear?", ["how many", "patients", "study"]),
        ("Cé chomh fada a leanadh na hothair?", ["how long", "followed", "patients"]),
        ("Cad is brí le maolú?", ["what does it mean", "remission"]),
        ("Cad iad na fo-iarsmaí a bhí ag an gcóireáil?", ["side effects", "treatment"]),
        ("Cé mhéad othar a raibh lúpas orthu?", ["how many", "patients", "lupus"]),
    ],
    "Lithuanian": [
        ("Kiek pacientų dalyvavo tyrime iš viso?", ["how many", "patients", "study", "in total"]),
        ("Kiek pacientu dalyvavo tyrime is viso?", ["how many", "patients", "study", "in total"]),
        ("Kiek laiko pacientai buvo stebimi?", ["how long", "patients", "followed"]),
        ("Ką reiškia remisija?", ["what does it mean", "remission"]),
        ("Ka reiskia remisija?", ["what does it mean", "remission"]),
        ("Ar pacientai nustojo vartoti vaistus?", ["patients", "stopped", "medication"]),
        ("Kiek pacientų sirgo vilklige arba sistemine skleroze?", ["how many", "patients", "lupus", "systemic sclerosis"]),
        ("Ar antikūnai išnyko?", ["antibodies"]),
    ],
    "Hungarian": [
        ("Hány beteg volt a vizsgálatban összesen?", ["how many", "patients", "study", "in total"]),
        ("Hany beteg volt a vizsgalatban osszesen?", ["how many", "patients", "study", "in total"]),
        ("Mennyi ideig követték a betegeket?", ["how long", "followed", "patients"]),
        ("Mit jelent a remisszió?", ["what does it mean", "remission"]),
        ("Abbahagyták a betegek a gyógyszereket?", ["stopped", "patients", "medication"]),
        ("Hány lupuszos beteg volt?", ["how many", "lupus patients"]),
        ("Hány betegnek volt szisztémás szklerózisa vagy miozitisze?", ["how many", "patients", "systemic sclerosis", "myositis"]),
        ("Milyen mellékhatásai voltak a kezelésnek?", ["side effects", "treatment"]),
    ],
    "Portuguese": [
        ("Quanto tempo durou o seguimento?", ["how long", "followed"]),
        ("Quantos tinham esclerose sistêmica?", ["how many", "systemic sclerosis"]),
        ("Quantos doentes tinham esclerose sistemica?", ["how many", "patients", "systemic sclerosis"]),
        ("Os anticorpos desapareceram?", ["antibodies"]),
        ("Os pacientes pararam os remédios?", ["patients", "medication"]),
        ("Melhoraram os rins?", ["improved", "kidney"]),
    ],
    "Vietnamese": [
        ("Kháng thể có biến mất không?", ["antibodies"]),
        ("Khang the co mat khong?", ["antibodies"]),
        ("Bao nhiêu người bị lupus ban đỏ hệ thống?", ["how many", "lupus"]),
        ("Xơ cứng hệ thống là gì?", ["systemic sclerosis", "what is"]),
        ("Xo cung toan than la gi?", ["systemic sclerosis", "what is"]),
        ("Người bệnh được theo dõi bao lâu?", ["patients", "followed", "how long"]),
        ("Cơ bắp có cải thiện không?", ["muscles", "improved"]),
    ],
    # (how many, what happened, were they better, all of them: the general ways of asking about the
    # patients of a study; Welsh with its mutated forms: pobl/bobl, triniaeth/driniaeth, cleifion/gleifion)
    "Welsh": [
        ("Faint o gleifion oedd yn yr astudiaeth?", ["how many", "patients", "were", "study"]),
        ("Faint o bobl gafodd y driniaeth?", ["how many", "people", "had", "treatment"]),
        ("Pa mor hir y cafodd y cleifion eu dilyn?", ["how long", "patients", "followed"]),
        ("Beth yw ystyr rhyddhad?", ["what does it mean", "remission"]),
        ("Oedd y cleifion lwpws yn well wedyn?", ["were", "lupus patients", "improved", "after"]),
        ("Beth ddigwyddodd i'r cleifion ar ôl y trwyth?", ["what happened", "patients", "after", "infusion"]),
        ("Oedd sgil-effeithiau i'r driniaeth?", ["side effects", "treatment"]),
        ("Wnaeth y cleifion i gyd stopio'r feddyginiaeth?", ["patients", "all", "medication"]),
        ("Ydy'r driniaeth ar gael yng Nghymru?", ["treatment", "available", "in Wales"]),
        ("Esbonia fe'n symlach plis", ["explain", "in simpler words"]),
    ],
    "Tagalog": [
        ("Ilan yung may lupus sa study?", ["how many", "people with", "lupus"]),
        ("Ano ang naging resulta ng mga pasyente na may myositis?", ["what were the results", "patients", "myositis"]),
        ("Ano ang nangyari sa mga pasyente pagkatapos ng infusion?", ["what happened", "patients", "after"]),
        ("Gumaling ba lahat ng pasyente?", ["cured", "all", "patients"]),
        ("Bumuti ba ang mga may scleroderma?", ["improved", "people with", "scleroderma"]),
    ],
    "Polish": [
        ("Czy wszyscy pacjenci z toczniem mieli remisję?", ["all", "lupus patients", "had", "remission"]),
        ("Co się stało z pacjentami po 2 latach?", ["what happened", "years"]),
        ("Co sie stalo po leczeniu?", ["what happened", "treatment"]),
        ("Czy pacjenci czuli się lepiej?", ["improved"]),
        ("Mam toczeń. Czy po dwóch latach wszystkie objawy zniknęły?", ["lupus", "years", "all"]),
    ],
    "Malay": [
        ("Berapa ramai pesakit dalam kajian ni?", ["how many", "patients", "study"]),
        ("Apa yang berlaku kepada pesakit selepas rawatan?", ["what happened", "patients", "after"]),
        ("Adakah semua pesakit lupus bertambah baik?", ["all", "improved"]),
        ("Ayah tiba-tiba pengsan", ["suddenly"]),
    ],
    "Romanian": [
        ("Ce s-a întâmplat cu pacienții după tratament?", ["what happened", "patients", "after", "treatment"]),
        ("Toți pacienții cu lupus au intrat în remisie?", ["all", "lupus", "remission"]),
        ("Am avut o criză de lupus acum doi ani, acum sunt bine.", ["flare", "two years"]),
        ("Pacienții s-au simțit mai bine după perfuzie?", ["patients", "improved", "after", "infusion"]),
    ],
}


@pytest.mark.parametrize("question, words", [pair for pairs in QUESTIONS.values() for pair in pairs],
                         ids=[f"{lang}-{i}" for lang, pairs in QUESTIONS.items() for i in range(len(pairs))])
def test_a_question_in_another_language_is_read_in_english(question, words):
    said = gloss(question, _glosses())
    for word in words:
        assert word in said, (question, said, word)


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "How long were they followed, in months or years?",
    "What does remission mean?",
    "Let me ask: which figure poses the results of the skin and the muscles best?",
    "Did the mines of side effects in the kidney stop anyone's treatment, or is it derma stuff?",
    "Who wrote it, and in which journal was it published?",
    "How many patients were in the study in total?",
    "How long were they followed, in months or years?",
    "What does remission mean and which antibodies fell?",
    "Who wrote it, and in which journal was it published? An iris of the eye?",
    "Did the kidney, skin or muscles improve after the cells were given?",
    "Is it a cad or a bor in figure 1, and what is an oda?",
    # (English words that a form of Welsh, Tagalog, Polish, Malay or Romanian begins or is part of)
    "Did anyone feel faint or unwell after the infusion at all?",
    "Were they well after the treatment, and may I ask what happened at month 6?",
    "All patients had remission after two years, or did some flare?",
    "Is a faint line in the figure a lat or a mis-print?",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


# the forms of these languages, as added (English phrase -> forms); a form left out as English is
# named in glossary.toml's header
SAMPLE_FORMS = {
    "how many": ["hversu margir", "posoi", "kolik", "koľko", "wangapi", "koliko", "cé mhéad", "kiek", "hány"],
    "how long": ["hve lengi", "poso kairo", "jak dlouho", "ako dlho", "muda gani", "koliko dugo", "cé chomh fada", "kiek laiko", "mennyi ideig"],
    "patients": ["sjúklingar", "astheneis", "pacientů", "pacientov", "wagonjwa", "pacijenata", "othair", "pacientų", "betegek", "doentes", "người bệnh"],
    "remission": ["sjúkdómshlé", "yfesi", "remisí", "remisia", "remisheni", "remisija", "maolú", "remisszió", "remisijos"],
    "lupus": ["lúpas", "vilkligė", "lupusz", "lupus ban đỏ"],
    "systemic sclerosis": ["sisteminė sklerozė", "szisztémás szklerózis", "esclerose sistêmica", "xơ cứng hệ thống"],
    "antibodies": ["anticorpos", "kháng thể", "antikūnai", "antitestek"],
    "what happened": ["beth ddigwyddodd", "co się stało", "ano ang nangyari", "apa yang berlaku", "ce s-a întâmplat"],
    "all": ["i gyd", "wszyscy", "lahat", "semua", "toți"],
    "improved": ["yn well", "gwella", "lepiej", "bertambah baik", "mai bine"],
    "treatment": ["triniaeth", "driniaeth"],
    "people with": ["yung may", "mga may"],
    "two years": ["doi ani", "dwa lata"],
}

ADDED_AS_ENGLISH = ["poses", "mines", "mina", "let", "posi", "pos", "derma", "therapies", "nefron", "remise", "roku",
                    "alls", "bunky", "proc", "mys", "iris", "cad", "bor", "oda", "hogy", "mi",
                    "faint", "well", "at", "may", "mis", "pam", "acum", "ac", "ano", "po"]


def test_the_forms_are_in_the_tables_and_none_left_out_as_english_is():
    forms = _forms()
    for english, samples in SAMPLE_FORMS.items():
        for form in samples:
            assert forms.get(form) == english, form
    for form in ADDED_AS_ENGLISH:
        assert form not in forms, form
    for disease in ("myositis", "scleroderma", "systemic sclerosis", "lupus"):
        assert disease in tomllib.loads(STUDY.read_text(encoding="utf-8"))["glossary"]


# one-word forms of the earlier languages and of texting that the model's vocabulary has too, kept
# before these languages came ("revue" French, "rene" Italian, "como", "wat", "pts", "info")
EARLIER_IN_VOCAB = {"revue", "rene", "como", "wat", "pts", "info"}


def test_no_form_of_one_word_is_an_english_word_of_the_models_vocabulary():
    from assistant.index.embedders import packaged_model_path

    vocab = {w for w in (packaged_model_path() / "vocab.txt").read_text(encoding="utf-8").split()
             if len(w) >= 3 and w.isalpha() and w.islower()}
    english = sorted(form for form, key in _forms().items()
                     if len(form.split()) == 1 and form != key and form in vocab and form not in EARLIER_IN_VOCAB)
    assert not english, english


# answered by the real assistant with the study's fact
ANSWERED = [
    ("Icelandic", "Hversu margir sjúklingar voru í rannsókninni alls?", ["15"]),
    ("Icelandic", "Hve lengi var fylgst med sjuklingunum?", ["two years"]),
    ("Greeklish", "Posoi astheneis itan sti meleti synolika?", ["15"]),
    ("Greeklish", "Gia poso kero parakolouthithikan oi astheneis?", ["two years"]),
    ("Czech", "Kolik bylo celkem pacientů?", ["15"]),
    ("Czech", "Jak dlouho byli pacienti sledováni?", ["two years"]),
    ("Slovak", "Koľko pacientov bolo v štúdii celkovo?", ["15"]),
    ("Slovak", "Čo znamená remisia?", ["remission"]),
    ("Swahili", "Ni wagonjwa wangapi walikuwa kwenye utafiti kwa jumla?", ["15"]),
    ("Swahili", "Wagonjwa walifuatiliwa kwa muda gani?", ["two years"]),
    ("Serbian/Croatian/Bosnian", "Koliko pacijenata je bilo u studiji ukupno?", ["15"]),
    ("Serbian/Croatian/Bosnian", "Koliko dugo su pacijenti praćeni?", ["two years"]),
    ("Irish", "Cé mhéad othar a bhí sa staidéar san iomlán?", ["15"]),
    ("Irish", "Cé chomh fada a leanadh na hothair?", ["two years"]),
    ("Irish", "Cad is brí le maolú?", ["remission"]),
    ("Lithuanian", "Kiek pacientų dalyvavo tyrime iš viso?", ["15"]),
    ("Lithuanian", "Kiek laiko pacientai buvo stebimi?", ["two years"]),
    ("Hungarian", "Hány beteg volt a vizsgálatban összesen?", ["15"]),
    ("Hungarian", "Mennyi ideig követték a betegeket?", ["two years"]),
    ("Portuguese", "Quanto tempo durou o seguimento?", ["two years"]),
    ("Welsh", "Pa mor hir y cafodd y cleifion eu dilyn?", ["two years"]),
    ("Welsh", "Beth yw ystyr rhyddhad?", ["remission"]),
    ("Tagalog", "Ano ang naging resulta ng mga pasyente na may myositis?", ["major"]),
    ("Polish", "Czy wszyscy pacjenci z toczniem mieli remisję?", ["remission"]),
    ("Malay", "Berapa ramai pesakit dalam kajian ni?", ["15"]),
    ("Romanian", "Toți pacienții cu lupus au intrat în remisie?", ["remission"]),
    ("Romanian", "Am avut o criză de lupus acum doi ani, acum sunt bine. How long were the patients followed?", ["two years"]),
]


@pytest.mark.parametrize("language, question, facts", ANSWERED, ids=[f"{a[0]}-{i}" for i, a in enumerate(ANSWERED)])
def test_the_assistant_answers_a_question_in_the_language(bot, language, question, facts):
    reply = bot.ask(question)
    assert reply.kind == "answer", (question, reply.kind, reply.answer)
    for fact in facts:
        assert fact in reply.answer, (question, reply.answer)


def test_a_czech_count_question_with_ve_studii_is_answered(bot):
    # (Read as typed, the classifier took it for an emergency; the glossary reads it as a study question, and
    # that reading now stands.)
    reply = bot.ask("Kolik pacientů bylo ve studii celkem?")
    assert reply.kind == "answer" and "15" in reply.answer, (reply.kind, reply.answer)
