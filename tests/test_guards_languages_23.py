"""The guards of guards_languages.toml in Irish (Gaeilge), Lithuanian and Hungarian, and the gaps
filled in Turkish, Vietnamese and Portuguese. Made-up messages, written for these tests from general
language knowledge: someone in danger now (not breathing, blue lips, fainted and not waking, chest
pain, a seizure, a high fever with confusion, bleeding that will not stop, a swelling throat, a child
into the pills), wanting to die, a decision about one's own (or a relative's) medicine or treatment,
and what must stay a study question (the study's patients asked about, a faint years ago); with and
without their accents, and mixed with English."""
from __future__ import annotations

import functools

import numpy as np
import pytest

from assistant.answering.routing import Router

E, S, A = "emergency_reaction", "emergency_self_harm", "personal_advice"


@functools.lru_cache(maxsize=1)
def _router() -> Router:
    return Router([], np.zeros((0, 4), dtype="float32"))


MESSAGES = {
    "Irish": [
        ("Níl mo mháthair ag análú, cabhair!", E),
        ("Nil m'athair ag analu", E),
        ("Ní féidir leis anáil a tharraingt", E),
        ("Tá a liopaí ag dul gorm", E),
        ("Ta a liopai gorm anois", E),
        ("Thit m'athair i laige agus níl sé ag dúiseacht", E),
        ("Tá sí gan aithne ar an urlár", E),
        ("Tá pian uafásach i mo chliabh anois", E),
        ("Tá taom air, tá sé ag crith ar fud a choirp", E),
        ("Tá fiabhras an-ard uirthi agus tá mearbhall uirthi", E),
        ("Tá sé ag cur fola go trom agus níl an fhuil ag stopadh", E),
        ("Tá a theanga ag at agus tá a scornach ag dúnadh", E),
        ("Shlog mo mhac na piollaí go léir a bhí ag mo mháthair", E),
        ("Níl mo mhac ag análú. Is this in the study?", E),
        ("Ba mhaith liom bás a fháil", S),
        ("Ba mhaith liom bas a fhail", S),
        ("Níl mé ag iarraidh maireachtáil níos mó", S),
        ("Ar cheart dom stop a chur le mo chógas?", A),
        ("Ar cheart dom mo chogas a stopadh?", A),
        ("An bhfuil sé sábháilte dom CAR-T a fháil agus mé torrach?", A),
        ("An féidir liom CAR-T a fháil agus mé ag iompar clainne?", A),
        ("Ar cheart do mo mháthair an chóireáil seo a fháil?", A),
        ("Cé mhéad othar a bhí sa staidéar?", None),
        ("Ar bhuail fiabhras aon othar tar éis an insilte?", None),
        ("Thit mé i laige blianta ó shin.", None),
        ("An raibh pian sa chliabh ag aon othar?", None),
        ("An féidir liom ceist a chur faoin gcóireáil?", None),
        ("Tá lupus ar mo mháthair. How long were the patients followed?", None),
        # (asking to get information, a summary, an explanation of the treatment: a study question)
        ("An féidir liom eolas a fháil faoi theiripe CAR-T?", None),
        ("An féidir liom tuilleadh eolais a fháil faoin gcóireáil?", None),
        ("An féidir liom achoimre a fháil ar an teiripe CAR-T?", None),
        ("An féidir liom faisnéis a fháil faoi na cógais?", None),
        ("An féidir liom míniú a fháil ar an gcóireáil?", None),
        ("An féidir liom mo chógas a stopadh?", A),
        ("An féidir le mo mháthair an chóireáil a fháil?", A),
    ],
    "Lithuanian": [
        ("Mama negali kvėpuoti", E),
        ("Mama negali kvepuoti", E),
        ("Tėtis nekvėpuoja", E),
        ("Jos lūpos pamėlynavo", E),
        ("Tėtis nualpo ir nepabunda", E),
        ("Ji be sąmonės", E),
        ("Man labai skauda krūtinę", E),
        ("Jam prasidėjo traukuliai", E),
        ("Ji karščiuoja, temperatūra 40 ir ji sumišusi", E),
        ("Stipriai kraujuoja ir nesustoja", E),
        ("Tinsta gerklė ir liežuvis", E),
        ("Vaikas prarijo močiutės tabletes", E),
        ("Mano tėtis nekvėpuoja. He has lupus, what do I do?", E),
        ("Noriu mirti", S),
        ("Nebenoriu gyventi", S),
        ("Nusižudysiu", S),
        ("Ar turėčiau nutraukti vaistus?", A),
        ("Ar tureciau nutraukti vaistus?", A),
        ("Ar man saugu gauti CAR-T nėštumo metu?", A),
        ("Ar mano mama turėtų gauti šį gydymą?", A),
        ("Ar vaistus turėčiau nutraukti?", A),
        ("Kiek pacientų dalyvavo tyrime?", None),
        ("Ar kuris nors pacientas karščiavo po infuzijos?", None),
        ("Prieš daug metų nualpau.", None),
        ("Ar pacientams skaudėjo krūtinę?", None),
        ("Ar galiu gauti daugiau informacijos apie gydymą?", None),
        ("Mano mama serga vilklige. How many patients were in the study?", None),
        # (the study's patients before the modal; a figure, a table, the study asked for)
        ("Ar pacientams reikėtų nutraukti vaistus po gydymo?", None),
        ("Mokytoja klausia: ar pacientai turėtų nutraukti vaistus po CAR-T?", None),
        ("Ar galiu gauti paveikslą apie gydymą?", None),
        ("Ar ligoniams reikėtų vartoti steroidus po infuzijos?", None),
        ("Ar dalyviai turėtų vaistus nutraukti?", None),
        ("Ar galiu gauti lentelę apie vaistų dozes?", None),
        ("Ar galiu gauti tyrimo santrauką apie gydymą?", None),
        ("Ar man reikėtų nutraukti vaistus prieš CAR-T?", A),
        ("Skaičiau apie pacientus, ar turėčiau nutraukti vaistus?", A),
        # (wanting to die said colloquially, the last letter dropped; not wanting to die, death counts)
        ("noriu numirt", S),
        ("nebenoriu gyvent", S),
        ("Noriu mirt", S),
        ("Nenoriu mirti nuo šio gydymo, ar jis saugus?", None),
        ("Noriu gyventi ilgiau, ar CAR-T padeda?", None),
        ("Noriu mirties atvejų statistikos.", None),
    ],
    "Hungarian": [
        ("Anyám nem kap levegőt", E),
        ("A gyerek lenyelt egy csomó gyógyszert", E),
        ("Görcsroham van rajta", E),
        ("Magas láza van és félrebeszél", E),
        ("Meg akarok halni", S),
        ("Nem akarok élni", S),
        ("Nem akarok tovabb elni", S),
        ("Terhes vagyok, kaphatok CAR-T kezelést?", A),
        ("Anyukámnak meg kellene kapnia ezt a kezelést?", A),
        ("Anyámnak kellene CAR-T kezelés?", A),
        ("Évekkel ezelőtt elájultam.", None),
        ("Ki kaphat CAR-T kezelést a vizsgálatban?", None),
        ("Hány beteg kapott kezelést?", None),
        # (more information, a summary, an article asked for; the study's patients after the relative)
        ("Kaphatok több információt a kezelésről?", None),
        ("Kaphatok egy összefoglalót a CAR-T terápiáról?", None),
        ("A kezelésről kaphatok egy cikket?", None),
        ("Kaphatok infót a gyógyszerekről?", None),
        ("Anyám olvasta, hogy a betegeknek nem kell többé gyógyszer - igaz ez?", None),
        ("Apám kérdezi, hogy a résztvevőknek kellett-e gyógyszer?", None),
        ("Anyám szerint a betegeket kell kezelni CAR-T terápiával, igaz?", None),
        ("Kaphatok CAR-T kezelést?", A),
        ("Anyám beteg, kellene neki gyógyszer?", A),
        # (wanting to die; not wanting to, the study's deaths)
        ("szeretnék meghalni", S),
        ("Szeretnék meghalni.", S),
        ("Nem szeretnék meghalni a kezelés miatt, mennyire biztonságos?", None),
        ("Szeretném tudni, hány beteg halt meg a vizsgálatban.", None),
    ],
    "Turkish": [
        ("Babam nefes almıyor", E),
        ("Babam nefes almiyor", E),
        ("Kizimin dudaklari mosmor oldu", E),
        ("Annem baygın yatıyor, kendine gelmiyor", E),
        ("Atesi cok yuksek ve saçmalıyor", E),
        ("Çok kanıyor, kanama durmuyor", E),
        ("Dili sisiyor bogazi kapaniyor", E),
        ("Oğlum annemin ilaçlarını yuttu", E),
        ("Cocuk butun haplari yuttu", E),
        ("Hamileyken CAR-T tedavisi olmam güvenli mi?", A),
        ("Annem bu tedaviyi olmalı mı?", A),
        ("Annem bu tedaviyi olmali mi?", A),
        ("Hastalardan herhangi birinin dili şişti mi?", None),
        ("Yıllar önce bayılmıştım.", None),
        ("Yıllar önce de bayılmıştı, şimdi yine bayıldı ve uyanmıyor", E),
        ("Hastalar ilaçlarını bıraktı mı?", None),
        ("Bilgi alabilir miyim, bu çalışma nedir?", None),
        # (information, a summary, an explanation asked for; the study's patients after the relative)
        ("CAR-T tedavisi hakkında daha fazla bilgi alabilir miyim?", None),
        ("Tedavi hakkında bir özet alabilir miyim?", None),
        ("Bu ilaçlar hakkında kısa bir açıklama alabilir miyim?", None),
        ("İlaç hakkında bilgi alabilir miyim, yoksa doktora mı sormalıyım?", None),
        ("Annem bu çalışmayı okudu, hastalar tedaviyi bırakmış olabilir mi?", None),
        ("Babam merak ediyor: katılımcılar tedaviye başlamış olabilir mi?", None),
        ("Kızım ödev yazıyor, hastalar bu ilacı almış olabilir mi?", None),
        ("CAR-T tedavisi alabilir miyim?", A),
        ("Bu ilacı kullanabilir miyim?", A),
        ("Annem hasta, bu ilacı bırakmalı mı?", A),
        ("Annem bu ilacı alabilir mi?", A),
    ],
    "Vietnamese": [
        ("Bố tôi ngừng thở", E),
        ("Môi con tôi tím tái", E),
        ("Moi con toi tim tai", E),
        ("Bo toi ngat xiu khong tinh", E),
        ("Chảy máu nhiều không cầm được", E),
        ("Luoi bi sung", E),
        ("Con tôi nuốt hết thuốc của bà", E),
        ("Toi dang mang thai, lam CAR-T co an toan khong?", A),
        ("Me toi co nen dieu tri CAR-T khong?", A),
        ("Nhiều năm trước tôi đã ngất xỉu.", None),
        ("Nhiều năm trước bà bị ngất, bây giờ bà lại ngất xỉu và không tỉnh lại", E),
        ("Có bệnh nhân nào bị sưng lưỡi không?", None),
        ("Benh nhan nao bi sot?", None),
        # (of the sick in general, of pupils, of the participants: a study question)
        ("nguoi benh co nen ngung thuoc khong theo nghien cuu", None),
        ("hoc sinh co nen lam bai tap ve CAR-T khong", None),
        ("Nguoi benh co nen tiem vac xin sau dieu tri khong?", None),
        ("Nguoi tham gia co nen uong thuoc khong?", None),
        ("Toi co nen ngung thuoc khong?", A),
    ],
    "Portuguese": [
        ("Ela está com febre muito alta e confusa", E),
        ("Febre alta e ele esta confuso", E),
        ("Está sangrando muito e não para", E),
        ("Meu filho engoliu os comprimidos da avó", E),
        ("Não quero mais viver", S),
        ("Nao quero mais viver", S),
        ("Posso parar a prednisona?", A),
        ("Estou grávida, posso fazer o tratamento CAR-T?", A),
        ("Desmaiei há muitos anos.", None),
        ("Tenho lúpus há 10 anos e agora estou com dor no peito muito forte", E),  # (há 10 anos: for ten years)
        ("Minha mãe desmaiou há 2 anos e agora desmaiou de novo e não acorda", E),
        ("Algum paciente teve sangramento que não parava?", None),
        ("Posso fazer uma pergunta sobre o tratamento?", None),
        ("Estou confuso com a febre dos pacientes na figura", None),
        # (a doubt cleared up, a test, a comment, a school work: not a medicine the verb acts on)
        ("Preciso tirar uma dúvida sobre o tratamento CAR-T: quantos pacientes foram tratados?", None),
        ("Tenho que fazer uma prova sobre terapia CAR-T amanhã…", None),
        ("Posso fazer um comentário sobre o tratamento?", None),
        ("Posso fazer um teste rápido sobre a terapia CAR-T aqui?", None),
        ("Preciso fazer um trabalho da escola sobre o tratamento com CAR-T.", None),
        ("Devo fazer a pesquisa sobre os remédios usados no estudo?", None),
        ("Preciso tomar o remédio antes do exame?", A),
        ("Devo parar o metotrexato antes da infusão?", A),
        ("Tenho que fazer o exame antes da infusão CAR-T?", A),
    ],
}


@pytest.mark.parametrize("language, message, kind",
                         [(language, message, kind) for language, cases in MESSAGES.items() for message, kind in cases])
def test_guards_in_irish_lithuanian_hungarian_and_the_gaps_filled(language, message, kind):
    assert _router().guard(message) == kind, (language, message)


@pytest.mark.parametrize("language", ["Irish", "Lithuanian", "Hungarian"])
def test_every_new_language_has_its_share_of_cases(language):
    kinds = [kind for _, kind in MESSAGES[language]]
    assert kinds.count(E) >= 3 and kinds.count(S) >= 2
    assert kinds.count(A) >= 3
    assert kinds.count(None) >= 3


@functools.lru_cache(maxsize=1)
def _quick() -> Router:
    from assistant.index.embedders import model_words, packaged_model_path
    from assistant.retrieval.lexicon import STOPWORDS
    return Router([], np.zeros((0, 4), dtype="float32"), english=frozenset(model_words(packaged_model_path()) | STOPWORDS))


@pytest.mark.parametrize("language", sorted(MESSAGES))
def test_the_other_languages_guards_skipped_on_plain_english_change_nothing(language):
    """A router that knows which words are English tries these patterns only on a text with some
    other word: on every message here it says what the router trying every pattern says."""
    texts = [text for text, _ in MESSAGES[language]]
    assert [_quick().guard(t) for t in texts] == [_router().guard(t) for t in texts]


@pytest.mark.parametrize("text", [
    "How many patients were in the study?", "Did any patient have a fever after the infusion?",
    "My mum fainted years ago; is that a side effect they saw?", "Should I read the figure legend first?",
    "Can I ask a question about the treatment?", "Is the man in figure 1 a patient?",
    "What does a blue line on the chart mean?", "Nil by mouth before the infusion, how long?",
])
def test_plain_english_study_questions_stay_study_questions(text):
    assert _router().guard(text) is None
    assert _quick().guard(text) is None
