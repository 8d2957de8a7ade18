"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in Catalan, Galician,
Albanian, Hausa, Igbo (with and without its dots) and Nepali (in Devanagari and in Latin letters): how
many, how long, patients, people, treated, the treatment, results, followed, years and months, all,
what happened, were they better, which diseases, available and where, side effects, simpler, shorter,
in one sentence or as a list, the figure. Made-up questions, written for these tests from general
language knowledge: the words they ask by are read in English, English is never changed, no form of
these languages is an English word of the embedding model's vocabulary, and the assistant answers a
few of them with the study's fact."""
from __future__ import annotations

import pytest
from conftest import corpus_glosses as _glosses
from conftest import glossary_forms as _forms
from conftest import glossary_language_tests

from assistant.answering.glossary import gloss

# language -> (question, English words its gloss must contain)
QUESTIONS = {
    "Catalan": [
        ("Quants pacients amb lupus hi havia a l'estudi?", ["how many", "lupus patients", "study"]),
        ("Quant de temps van seguir els pacients?", ["how long", "patients"]),
        ("Què els va passar als pacients després del tractament?", ["what happened", "patients", "treatment"]),
        ("Quines malalties tenien els pacients?", ["which diseases", "had", "patients"]),
        ("Tots els pacients van millorar?", ["all", "patients", "improved"]),
        ("Està disponible aquest tractament a Catalunya?", ["available", "this treatment", "in Catalonia"]),
        ("Quins efectes secundaris hi va haver?", ["side effects"]),
        ("Explica-ho més senzill, en una frase, si us plau", ["explain", "in simpler words", "in one sentence", "please"]),
    ],
    "Galician": [
        ("Cantos pacientes con esclerodermia había no estudo?", ["how many", "patients", "scleroderma", "study"]),
        ("Canto tempo seguíronos?", ["how long", "followed"]),
        ("Que lles pasou aos pacientes despois do tratamento?", ["what happened", "patients", "treatment"]),
        ("Que enfermidades tiñan?", ["which diseases", "had"]),
        ("Todos melloraron?", ["all", "improved"]),
        ("Está dispoñible en Galicia?", ["available", "in Galicia"]),
        ("Máis curto e nunha soa frase, por favor", ["shorter", "in one sentence"]),
    ],
    "Albanian": [
        ("Sa pacientë me lupus kishte në studim?", ["how many patients", "lupus", "had", "in the study"]),
        ("Për sa kohë u ndoqën pacientët?", ["how long", "followed", "patients"]),
        ("Çfarë ndodhi me pacientët pas trajtimit?", ["what happened", "patients", "treatment"]),
        ("Cilat sëmundje kishin pacientët?", ["which diseases", "had", "patients"]),
        ("A u përmirësuan të gjithë?", ["improved", "all"]),
        ("A është ky trajtim në dispozicion në Shqipëri?", ["this treatment", "available", "in Albania"]),
        ("Cilat ishin efektet anësore?", ["side effects"]),
        ("Shpjego më thjesht, në një fjali, ju lutem", ["explain", "in simpler words", "in one sentence", "please"]),
    ],
    "Hausa": [
        ("Mutane nawa ne masu lupus a cikin binciken?", ["people", "how many", "lupus patients", "study"]),
        ("Har tsawon wane lokaci aka bi diddigin marasa lafiya?", ["how long", "followed", "patients"]),
        ("Me ya faru da marasa lafiya bayan jiyya?", ["what happened", "patients", "treatment"]),
        ("Wadanne cututtuka marasa lafiya suke da su?", ["which diseases", "patients"]),
        ("Shin duka sun samu sauki?", ["all", "improved"]),
        ("Sau nawa aka ba kowane mara lafiya wannan magani?", ["how many times", "patients", "this treatment"]),
        ("Ka bayyana a taƙaice, don Allah", ["explain", "shorter", "please"]),
    ],
    "Igbo": [
        ("Ole ndị ọrịa nwere lupus nọ n'ọmụmụ a?", ["how many patients", "lupus", "study"]),
        ("Ole ndi oria nwere lupus no n'omumu a?", ["how many patients", "lupus", "study"]),
        ("Ruo ogologo oge ole ka e sochiri ndị ọrịa?", ["how long", "followed", "patients"]),
        ("Gịnị mere ndị ọrịa mgbe ọgwụgwọ gasịrị?", ["what happened", "patients", "treatment"]),
        ("Ndị ọrịa niile ọ ka mma?", ["patients", "all"]),
        ("Kọwaa ya n'ụzọ dị mfe, biko", ["explain", "in simpler words", "please"]),
    ],
    "Nepali (Devanagari)": [
        ("अध्ययनमा कति जना बिरामी थिए?", ["study", "how many", "patients", "were"]),
        ("अध्ययनले बिरामीहरूलाई कति समयसम्म पछ्यायो?", ["study", "patients", "how long", "followed"]),
        ("उपचारपछि बिरामीहरूलाई के भयो?", ["after the treatment", "patients", "what happened"]),
        ("सबै बिरामीको सुधार भयो?", ["all", "patients", "improved"]),
        ("यो उपचार नेपालमा उपलब्ध छ?", ["treatment", "in Nepal", "available"]),
        ("कृपया सजिलो भाषामा एक वाक्यमा बुझाउनुहोस्", ["please", "in simpler words", "in one sentence", "explain"]),
    ],
    "Nepali (Latin letters)": [
        ("adhyayan ma kati jana birami thiye?", ["study", "how many", "patients", "were"]),
        ("birami haru lai kati samaya samma pachhyayo?", ["patients", "how long", "followed"]),
        ("upachar pachhi birami haru lai ke bhayo?", ["after the treatment", "patients", "what happened"]),
        ("yo upachar nepal ma painchha?", ["treatment", "in Nepal", "available"]),
        ("kripaya sajilo bhasa ma bujhaunus", ["please", "in simpler words", "explain"]),
    ],
}


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "Is it available in Spain, Albania, Nigeria or Nepal?",
    "Ma and pa asked how long the patients were followed; on what basis?",
    "Is the tempo of the disease simple? Ole said it was curt.",
    "Kati and Jana asked: were all of them better after the treatment?",
    "Sal and Ina want to know the side effects, in one sentence.",
    "What happened, was it a cure? Please explain it simpler, shorter, as a list.",
    "Hi, how many people had lupus?",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


# the forms of these languages, as added (English phrase -> forms)
SAMPLE_FORMS = {
    "how many": ["quants", "cantos", "nawa", "कति", "kati jana"],
    "how many patients": ["sa pacientë", "ole ndị ọrịa", "kati birami"],
    "how long": ["quant de temps", "canto tempo", "sa kohë", "tsawon wane lokaci", "ogologo oge ole", "कति समय", "kati samaya"],
    "patients": ["pacients", "pacientët", "marasa lafiya", "ndị ọrịa", "ndi oria", "बिरामीहरू", "birami"],
    "people": ["persones", "persoas", "njerëz", "mutane", "ndị mmadụ", "मानिस", "manchhe"],
    "treatment": ["tractament", "trajtim", "jiyya", "ọgwụgwọ", "उपचार", "upachar"],
    "followed": ["seguits", "seguíronos", "ndoqën", "bi diddigi", "sochiri", "पछ्यायो", "pachhyayo"],
    "all": ["tots", "todos", "të gjithë", "duka", "niile", "सबै", "sabai"],
    "what happened": ["què va passar", "que pasou", "çfarë ndodhi", "me ya faru", "gịnị mere", "के भयो", "ke bhayo"],
    "improved": ["van millorar", "melloraron", "u përmirësuan", "sun samu sauki", "सुधार भयो", "sudhar bhayo"],
    "side effects": ["efectes secundaris", "efectos secundarios", "efekte anësore", "illoli", "mmetụta ọjọọ", "दुष्प्रभाव"],
    "in one sentence": ["en una frase", "nunha frase", "në një fjali", "a jumla ɗaya", "n'otu ahịrịokwu", "एक वाक्यमा"],
    "please": ["si us plau", "ju lutem", "don allah", "biko", "कृपया", "kripaya"],
    "study": ["estudi", "studim", "bincike", "ọmụmụ", "अध्ययन", "adhyayan"],
    "lupus": ["लुपस", "lupusi"],
    "scleroderma": ["esclerodèrmia", "sklerodermi", "स्क्लेरोडर्मा"],
    "lupus patients": ["pacients amb lupus", "masu lupus", "ndị ọrịa lupus"],
}

# English words (or a name: "Kati") a form of these languages would be (one word each): never glossed alone
LEFT_OUT_AS_ENGLISH = ["sa", "ole", "kati", "ma", "ke", "ku", "ina", "jana", "sal", "on", "curt", "tempo", "kun", "mere", "simple", "hi"]


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


def test_a_devanagari_word_is_looked_up_whole():
    """A word goes on over its vowel signs (which \\w leaves out): "बिरामीहरूलाई" is one word."""
    assert gloss("बिरामीहरूलाई के भयो?", _glosses()) == "patients what happened?"
    assert gloss("अध्ययनमा कति जना?", _glosses()) == "study how many?"


# answered by the real assistant with the study's fact (or told it is not in the study)
ANSWERED = [
    ("Catalan", "Quants pacients amb lupus hi havia a l'estudi?", "answer", ["8"]),
    ("Catalan", "Quant de temps van seguir els pacients?", "answer", ["two years"]),
    ("Galician", "Cantos pacientes con lupus había no estudo?", "answer", ["8"]),
    ("Albanian", "Sa pacientë me lupus kishte në studim?", "answer", ["8"]),
    ("Albanian", "Për sa kohë u ndoqën pacientët?", "answer", ["two years"]),
    ("Hausa", "Mutane nawa ne masu lupus a cikin binciken?", "answer", ["8"]),
    ("Igbo", "Ole ndị ọrịa nwere lupus nọ n'ọmụmụ a?", "answer", ["8"]),
    ("Nepali (Devanagari)", "अध्ययनले बिरामीहरूलाई कति समयसम्म पछ्यायो?", "answer", ["two years"]),
    ("Nepali (Latin letters)", "adhyayan ma kati jana birami thiye?", "answer", ["15"]),
]


globals().update(glossary_language_tests(QUESTIONS, ANSWERED, SAMPLE_FORMS, LEFT_OUT_AS_ENGLISH))
