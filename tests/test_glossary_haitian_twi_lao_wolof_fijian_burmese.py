"""The glossary (knowledge/glossary.toml, and the study pack's [glossary]) in Haitian Creole (with and without its
accents: "konbyen pasyan", "konbyen tan", "tretman"), Twi (Akan, with ɛ and ɔ or typed without them: "ayarefoɔ
dodoɔ sɛn", "bere tenten ahe", "ayaresa"), Lao in Latin letters as typed in chats ("khon chep chak khon", "don pan
dai", "kan pin pua"), Wolof ("ñaata feebarkat", "ñaata diir", "fajj"), Fijian ("e vica na tauvimate", "dede
vakacava", "veiqaravi") and Burmese in Latin letters ("lu nar bae nhaw", "bae lout kyar", "ku tha mhu"): how many
(patients, people, times), how long, patients, people, treated, the treatment, medicines, stopped, cured, improved,
results, followed, years and months, all, in total, what happened, which diseases, side effects, after the
treatment, children, explain, simpler, shorter, in one sentence, as a list, the figure, the study, available and
where, please, remission, and the diseases' names as these languages write them. Made-up questions, written for
these tests from general language knowledge: the words they ask by are read in English, English is never changed,
no form of these languages is an English word of the embedding model's vocabulary, and the assistant answers a few
of them with the study's fact."""
from __future__ import annotations

import pytest
from conftest import corpus_glosses as _glosses
from conftest import glossary_language_tests

from assistant.answering.glossary import gloss

# language -> (question, English words its gloss must contain)
QUESTIONS = {
    "Haitian Creole": [
        ("Konbyen pasyan ki gen lupus ki te nan etid la?", ["how many patients", "with lupus", "in the study"]),
        ("Pandan konbyen tan yo te swiv pasyan yo?", ["how long", "followed", "patients"]),
        ("Kisa k te pase pasyan yo apre tretman an?", ["what happened", "patients", "after the treatment"]),
        ("Ki maladi pasyan yo te genyen?", ["which diseases", "patients", "had"]),
        ("Èske pasyan yo te sispann medikaman yo?", ["patients", "stopped", "medication"]),
        ("Ki efè segondè tretman an?", ["side effects", "treatment"]),
        ("Eske tretman sa a disponib ann Ayiti?", ["treatment", "available", "in Haiti"]),
        ("Tanpri eksplike pi senp, nan yon fraz", ["please", "explain", "in simpler words", "in one sentence"]),
        ("Kisa remisyon ye? Konbyen fwa yo te trete yo?", ["remission", "how many times", "treated"]),
    ],
    "Twi (Akan)": [
        ("Ayarefoɔ dodoɔ sɛn a wɔwɔ lupus na wɔwɔ nhwehwɛmu no mu?", ["how many patients", "with lupus", "in the study"]),
        ("Bere tenten ahe na wɔhwɛɛ ayarefoɔ no?", ["how long", "followed", "patients"]),
        ("Dɛn na ɛsii ayarefoɔ no ayaresa no akyi?", ["what happened", "patients", "after the treatment"]),
        ("Nyarewa bɛn na na ayarefoɔ no wɔ?", ["which diseases", "patients"]),
        ("Ayarefoɔ no gyaee wɔn nnuru no?", ["patients", "stopped", "medication"]),
        ("Ayaresa yi nsunsuanso bɔne ne dɛn?", ["treatment", "side effects"]),
        ("Ayaresa yi wɔ Ghana?", ["treatment", "in Ghana"]),
        ("Mepawokyɛw kyerɛkyerɛ mu kasa a ɛyɛ mmerɛw mu, asɛm baako mu", ["please", "explain", "in simpler words", "in one sentence"]),
        ("Wɔn nyinaa ho tɔɔ wɔn?", ["all", "improved"]),
        ("Ayarefoo dodoo sen na wowo nhwehwemu no mu?", ["how many patients", "in the study"]),
    ],
    "Lao (Latin letters)": [
        ("Khon chep chak khon thi pen lupus nai kan seuksa?", ["how many patients", "with lupus", "in the study"]),
        ("Khon chep thuk tidtam don pan dai?", ["patients", "followed", "how long"]),
        ("Keut nyang khun kap khon chep lang kan pin pua?", ["what happened", "patients", "after the treatment"]),
        ("Khon chep pen lok nyang?", ["patients", "which diseases"]),
        ("Khon chep yut kin ya bo?", ["patients", "stopped", "medication"]),
        ("Phon khang khiang khong kan pin pua mi nyang?", ["side effects", "treatment"]),
        ("Kan pin pua ni mi nai lao bo?", ["treatment", "in Laos"]),
        ("Ka luna athibai ngai ngai, nai pa nyok diao", ["please", "explain", "in simpler words", "in one sentence"]),
        ("Thuk khon dee khuen bo? Song pi lang kan pin pua?", ["all", "improved", "two years", "after the treatment"]),
    ],
    "Wolof": [
        ("Ñaata feebarkat ñi am lupus ñoo nekkoon ci gëstu gi?", ["how many patients", "with lupus", "in the study"]),
        ("Ñaata diir lañu topp feebarkat yi?", ["how long", "patients"]),
        ("Lu xew feebarkat yi ginnaaw fajj bi?", ["what happened", "patients", "after the treatment"]),
        ("Ban feebar la feebarkat yi amoon?", ["which diseases", "patients"]),
        ("Ndax feebarkat yi taxawal nañu seen garab?", ["patients", "stopped", "medication"]),
        ("Ndax fajj bi am na ci Senegaal?", ["treatment", "in Senegal"]),
        ("Su la neexee, leeralal ci lu yomb, ci benn mbind", ["please", "explain", "in simpler words", "in one sentence"]),
        ("Ñépp gën nañu?", ["all", "improved"]),
        ("Naata feebarkat nekkoon ci gestu gi?", ["how many patients", "in the study"]),
    ],
    "Fijian": [
        ("E vica na tauvimate e tauvi lupus ena vakadidike?", ["how many patients", "with lupus", "in the study"]),
        ("E dede vakacava na nodra vakaraici na tauvimate?", ["how long", "followed", "patients"]),
        ("Na cava e yaco vei ira na tauvimate ni oti na veiqaravi?", ["what happened", "patients", "after the treatment"]),
        ("Na mate cava era tauvi kina na tauvimate?", ["which diseases", "patients"]),
        ("Era a muduka na tauvimate na nodra wainimate?", ["stopped", "patients", "medication"]),
        ("Na cava na revurevu ca ni veiqaravi?", ["side effects", "treatment"]),
        ("E rawa ni rawati na veiqaravi e Viti?", ["available", "treatment", "in Fiji"]),
        ("Kerekere vakamacalataka vakarawarawa, ena dua na yatuvosa", ["please", "explain", "in simpler words", "in one sentence"]),
        ("Era vinaka cake kece?", ["improved", "all"]),
    ],
    "Burmese (Latin letters)": [
        ("Thutethana hma lupus phyit thu lu nar bae nhaw shi lae?", ["study", "with lupus", "how many patients"]),
        ("Lu nar twe ko bae lout kyar saung kyi lae?", ["patients", "how long", "followed"]),
        ("Ku tha mhu pyi nauk lu nar twe bar phyit kae lae?", ["treatment", "patients", "what happened"]),
        ("Lu nar twe bae yaw ga shi lae?", ["patients", "which diseases"]),
        ("Lu nar twe yat lite lar?", ["patients", "stopped"]),
        ("Ku tha mhu ye bay htwet soe kyo bar lae?", ["treatment", "side effects"]),
        ("Ku tha mhu ko Myanmar hma ya naing lar?", ["treatment", "in Myanmar", "available"]),
        ("Kyay zu pyu pyi lwe lwe shin pya par, ta wa kya", ["please", "in simpler words", "explain", "in one sentence"]),
        ("A kone kaung lar lar?", ["all", "improved"]),
    ],
}


@pytest.mark.parametrize("question", [
    "How many patients were in the study in total?",
    "Is it available in Haiti, Ghana, Laos, Senegal, Fiji or Myanmar?",
    "Lane and San asked how long the patients were followed; was Aden right?",
    "Tout and Pi asked about the side effects, in one sentence.",
    "The lunar tale was a sum of data; please explain it simpler, shorter, as a list.",
    "Did the kids see the mean results for all people? Kin said so, via Ya.",
    "Gone Girl fans asked: what happened to the patients after two years? Fan and Tout agreed.",
    "Say the war was over before the infusion: did the lupus patients improve? Aden asked.",
])
def test_an_english_question_is_unchanged(question):
    assert gloss(question, _glosses()) == question


# the forms of these languages, as added (English phrase -> forms)
SAMPLE_FORMS = {
    "how many": ["konbyen", "dodoɔ sɛn", "ñaata", "vica", "bae nhaw"],
    "how many patients": ["konbyen pasyan", "ayarefoɔ dodoɔ sɛn", "khon chep chak khon", "ñaata feebarkat", "e vica na tauvimate", "lu nar bae nhaw"],
    "how many people": ["konbyen moun", "nnipa ahe", "chak khon", "ñaata nit", "e le vica", "lu bae nhaw"],
    "how many times": ["konbyen fwa", "mprɛ ahe", "chak theua", "ñaata yoon", "vakavica", "bae nhaw khu"],
    "how long": ["konbyen tan", "bere tenten ahe", "don pan dai", "ñaata diir", "dede vakacava", "bae lout kyar"],
    "patients": ["pasyan", "ayarefoɔ", "ayarefo", "khon chep", "feebarkat", "tauvimate", "lu nar"],
    "people": ["moun", "nnipa", "nit ñi", "tamata", "lu twe"],
    "treatment": ["tretman", "ayaresa", "kan pin pua", "fajj", "veiqaravi", "ku tha mhu"],
    "followed": ["te swiv", "wɔhwɛɛ", "tidtam", "topp nañu", "vakaraici", "saung kyi"],
    "medication": ["medikaman", "nnuru", "kin ya", "garab", "wainimate", "hsay"],
    "stopped": ["sispann", "gyaee", "yut", "taxawal nañu", "muduka", "yat lite"],
    "side effects": ["efè segondè", "efe segonde", "nsunsuanso bɔne", "phon khang khiang", "revurevu ca", "bay htwet soe kyo"],
    "which diseases": ["ki maladi", "nyarewa bɛn", "lok nyang", "ban feebar", "mate cava", "bae yaw ga"],
    "what happened": ["kisa k te pase", "dɛn na ɛsii", "keut nyang khun", "lu xew", "na cava e yaco", "bar phyit"],
    "improved": ["amelyore", "ho tɔɔ wɔn", "dee khuen", "gën nañu", "vinaka cake", "kaung lar"],
    "study": ["etid", "nhwehwɛmu", "kan seuksa", "gëstu", "vakadidike", "thu te tha na"],
    "in the study": ["nan etid la", "nhwehwɛmu no mu", "nai kan seuksa", "ci gëstu gi", "ena vakadidike", "thutethana hma"],
    "please": ["tanpri", "souple", "mepawokyɛw", "ka luna", "su la neexee", "kerekere", "kyay zu pyu"],
    "in one sentence": ["nan yon fraz", "asɛm baako mu", "nai pa nyok diao", "ci benn mbind", "ena dua na yatuvosa", "ta wa kya"],
    "remission": ["remisyon"],
    "in Haiti": ["ann ayiti"], "in Ghana": ["wɔ ghana"], "in Laos": ["nai lao"], "in Senegal": ["ci senegaal"],
    "in Fiji": ["e viti"], "in Myanmar": ["myanmar hma"],
    "with lupus": ["ki gen lupus", "a wɔwɔ lupus", "thi pen lupus", "ñi am lupus", "e tauvi lupus", "lupus phyit thu"],
    "lupus patients": ["pasyan lupus", "lupus ayarefoɔ", "khon chep lupus", "feebarkat lupus", "tauvimate lupus", "lupus lu nar"],
}

# English words (or names) a form of these languages would be (one word each): never glossed alone
LEFT_OUT_AS_ENGLISH = ["aden", "gone", "lunar", "tout", "lane", "fan", "war", "say", "pi", "ya", "am", "kin", "san", "mate", "via", "ka"]


# answered by the real assistant with the study's fact
ANSWERED = [
    ("Haitian Creole", "Konbyen pasyan ki gen lupus ki te nan etid la?", "answer", ["8"]),
    ("Haitian Creole", "Pandan konbyen tan yo te swiv pasyan yo?", "answer", ["two years"]),
    ("Twi (Akan)", "Ayarefoɔ dodoɔ sɛn a wɔwɔ lupus na wɔwɔ nhwehwɛmu no mu?", "answer", ["8"]),
    ("Lao (Latin letters)", "Khon chep chak khon thi pen lupus nai kan seuksa?", "answer", ["8"]),
    ("Wolof", "Ñaata diir lañu topp feebarkat yi?", "answer", ["two years"]),
    ("Fijian", "E vica na tauvimate e tauvi lupus ena vakadidike?", "answer", ["8"]),
    ("Burmese (Latin letters)", "Thutethana hma lupus phyit thu lu nar bae nhaw shi lae?", "answer", ["8"]),
    ("Burmese (Latin letters)", "Lu nar twe ko bae lout kyar saung kyi lae?", "answer", ["two years"]),
]


globals().update(glossary_language_tests(QUESTIONS, ANSWERED, SAMPLE_FORMS, LEFT_OUT_AS_ENGLISH))
