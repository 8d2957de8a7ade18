"""The chat's HTML, drawn from replies: each answer with its own sources, urgent replies set apart,
what is kept of each reply between questions, and nothing a person typed ever becoming markup."""
from __future__ import annotations

import json
import re

from assistant.records import BackgroundNote, Citation, GlossaryNote, Reply
from assistant.serving.chat_record import MAX_KEPT, Shown, align, read_record, write_record
from assistant.serving.chat_render import Passage, View, exchanges, render_log, status_text
from assistant.serving.chat_urgent import tel

PASSAGE = "Fifteen patients were treated. All lupus patients achieved remission. Myositis improved."
OTHER = "Patients were followed for up to two years. Drug-free remission lasted."


def _cite(n, chunk_id, text, quote, role="answer", section="Findings"):
    start = text.index(quote)
    return Citation(n, chunk_id, "article.md", section, text, quote, start, start + len(quote), start, start + len(quote), role)


def _view(**changes) -> View:
    passages = {"c1": Passage(PASSAGE, "The article"), "c2": Passage(OTHER, "The article")}
    base = dict(title="Ask about the study", description="About one study.", reference="Author A. 2024. A study. A journal.",
                disclaimer="Not medical advice.", examples=("How many patients?", "Is this a cure?", "What is X?", "What is Y?"),
                restyle=True, feedback=True, lookup=passages.get)
    return View(**{**base, **changes})


def _turns(*pairs):
    turns = []
    for question, answer in pairs:
        turns += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return turns


LUPUS = Reply(
    answer="All lupus patients went into remission. [1]\n\nTerms: SLE: lupus [2]",
    body="All lupus patients went into remission. [1]",
    citations=(_cite(1, "c1", PASSAGE, "All lupus patients achieved remission."),
               _cite(2, "c2", OTHER, "Drug-free remission lasted.", role="term")),
    glossary=(GlossaryNote("SLE", "systemic lupus erythematosus", 2),),
    background=(BackgroundNote("remission", "signs of the disease go away"),),
    suggestions=("How long did it last?", "How many had lupus?"),
)
FOLLOW_UP = Reply(answer="They were followed for two years. [1]", citations=(_cite(1, "c2", OTHER, "Patients were followed for up to two years."),))


def _sources(html: str, turn: int) -> str:
    return re.search(rf'<section class="cq-turn" id="cq-t{turn}".*?</section>', html, re.S).group(0)


def test_each_answer_opens_its_own_sources():
    turns = _turns(("Lupus remission?", LUPUS.body), ("How long?", FOLLOW_UP.body))
    html = render_log(turns, [Shown.of(LUPUS), Shown.of(FOLLOW_UP)], _view())
    first, second = _sources(html, 0), _sources(html, 1)
    # Both answers say [1]; each [1] is a chip that opens a passage of its own answer.
    assert 'data-src="cq-t0-p1"' in first and 'id="cq-t0-p1"' in first
    assert 'data-src="cq-t1-p1"' in second and 'id="cq-t1-p1"' in second
    assert "<mark" in first and "All lupus patients achieved remission." in first
    assert "followed for up to two years.</mark>" in second and "achieved remission" not in second
    assert "Findings" in first  # the section is named
    # The study's reference is shown once, at the foot.
    assert html.count("Author A. 2024") == 1 and html.index("Author A. 2024") > html.index('id="cq-t1"')


def test_glossary_and_background_are_apart_and_not_sources():
    html = render_log(_turns(("Lupus remission?", LUPUS.body)), [Shown.of(LUPUS)], _view())
    assert 'data-count="1"' in html and "(1 passage of the study)" in html
    assert "Words explained" in html and "systemic lupus erythematosus" in html
    assert "Background (not from this study)" in html and "signs of the disease go away" in html
    assert "Drug-free remission lasted" not in html  # the term's defining passage is not listed as a source
    assert "Terms: SLE" not in html  # the bubble shows the body, not the notes
    assert status_text(LUPUS.body, Shown.of(LUPUS)) == "Answer ready. All lupus patients went into remission. 1 source below."


def test_a_passage_cited_twice_is_listed_once_with_both_sentences_marked():
    reply = Reply(answer="Fifteen were treated [1] and lupus remitted [2].", citations=(
        _cite(1, "c1", PASSAGE, "Fifteen patients were treated."), _cite(2, "c1", PASSAGE, "All lupus patients achieved remission.")))
    html = render_log(_turns(("Q?", reply.answer)), [Shown.of(reply)], _view())
    assert html.count("<details") == 1 and html.count("<mark") == 2
    assert html.count('data-src="cq-t0-p1"') == 2 and "[1] [2]" in html


def test_what_people_type_and_what_the_study_says_stay_text():
    evil = '<img src=x onerror="alert(1)"> ${window.x=1} {{constructor}}'
    reply = Reply(answer=f"{evil} [1]", citations=(_cite(1, "c1", PASSAGE, "Myositis improved.", section="<b>Sec</b>"),),
                  suggestions=(evil,), background=(BackgroundNote(evil, evil),))
    html = render_log(_turns((evil, reply.answer)), [Shown.of(reply)], _view(lookup=lambda _: Passage("<script>x()</script> Myositis improved.")))
    assert "<img" not in html and "<script" not in html and "<b>" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html and "&lt;script&gt;" in html
    # The page's template engine reads ${...} and {{...}} only in its template, not in the value.
    assert html.count("${window.x=1}") == 4


def test_not_in_study_offers_what_the_study_covers():
    reply = Reply(answer="The study summary does not say anything about cost.", kind="not_in_study", abstained=True)
    html = render_log(_turns(("How much does it cost?", reply.answer)), [Shown.of(reply)], _view())
    assert "What the study does cover" in html
    assert html.count('class="cq-ask"') == 3 and "How many patients?" in html
    assert "Explain simpler" not in html  # nothing to restate


def test_follow_ups_come_from_the_reply_else_the_study_examples():
    with_suggestions = render_log(_turns(("Lupus remission?", LUPUS.body)), [Shown.of(LUPUS)], _view())
    assert "How long did it last?" in with_suggestions and "Is this a cure?" not in with_suggestions
    plain = Reply(answer="Fifteen. [1]", citations=(_cite(1, "c1", PASSAGE, "Fifteen patients were treated."),))
    fallback = render_log(_turns(("How many patients?", plain.answer)), [Shown.of(plain)], _view())
    asks = re.findall(r'class="cq-ask" data-act="ask">([^<]+)<', fallback)
    assert asks == ["Is this a cure?", "What is X?", "What is Y?"]  # the question asked is not offered again


def test_answer_buttons_follow_the_settings():
    shown = [Shown.of(LUPUS)]
    turns = _turns(("Lupus remission?", LUPUS.body))
    full = render_log(turns, shown, _view())
    assert all(label in full for label in ("Explain simpler", "Show exact study words", "Print / save for my doctor"))
    assert 'data-act="up"' in full and 'aria-pressed="false"' in full
    bare = render_log(turns, shown, _view(restyle=False, feedback=False))
    assert "Explain simpler" not in bare and 'data-act="up"' not in bare and "Print / save" in bare
    simpler = render_log(turns, [Shown.of(Reply(**{**LUPUS.__dict__, "style": "simple"}))], _view())
    assert "In simpler words" in simpler and "Explain simpler" not in simpler and "Show exact study words" in simpler


def test_emergencies_have_their_own_words_and_numbers_to_call():
    said = "Call your treatment centre's 24-hour number or emergency services now."
    reaction = Reply(answer=said, kind="emergency", abstained=True, alert="reaction")
    html = render_log(_turns(("Fever after my infusion", said)), [Shown.of(reaction)], _view(care_team_number="+1 (555) 0100"))
    assert 'role="alert"' in html and "reaction to the treatment" in html and "<svg" in html
    assert 'href="tel:+15550100"' in html and "Call your treatment centre: +1 (555) 0100" in html
    assert 'href="tel:911"' in html and 'href="tel:112"' in html  # no emergency number set: the common ones
    assert "crisis" not in html.lower() and "Print / save" not in html
    self_harm = Reply(answer="Please reach out now.", kind="emergency", abstained=True, alert="self_harm")
    html = render_log(_turns(("I want to hurt myself", "Please reach out now.")), [Shown.of(self_harm)],
                      _view(emergency_number="112", crisis_number="0800 111 0111"))
    assert "not alone" in html and 'href="tel:08001110111"' in html and 'href="tel:112"' in html
    assert 'href="tel:911"' not in html and "treatment" not in html
    default = render_log(_turns(("I want to hurt myself", "x")), [Shown.of(self_harm)], _view())
    assert 'href="tel:988"' in default
    assert status_text("x", Shown.of(self_harm)) == ""  # role=alert announces it, once
    assert tel("+49 (0) 30-1234") == "tel:+490301234"


def test_the_record_keeps_each_replys_sources_and_survives_tampering():
    kept = write_record([Shown.of(LUPUS), Shown.of(FOLLOW_UP)])
    assert "All lupus" not in kept  # references, not passages
    back = read_record(kept)
    assert back == [Shown.of(LUPUS), Shown.of(FOLLOW_UP)]
    for bad in ("", "not json", "{}", json.dumps([{"k": "<script>", "c": [[1, "c1", "s", -4, "x"]], "f": 7}, 5, "x"])):
        shown = read_record(bad)
        assert all(s is None or (s.kind == "answer" and not s.sources and s.feedback == 0) for s in shown)
    many = write_record([Shown.of(FOLLOW_UP)] * (MAX_KEPT + 5))
    assert len(json.loads(many)) == MAX_KEPT
    assert align(read_record(many), MAX_KEPT + 5)[:5] == [None] * 5


def test_exchanges_pair_questions_with_answers():
    turns = [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}, {"role": "assistant", "content": "B"},
             {"role": "assistant", "content": "C"}]
    assert [(q, a, len(before), k) for q, a, before, k in exchanges(turns)] == [
        ("a", None, 0, None), ("b", "B", 1, 0), (None, "C", 3, 1)]
    empty = render_log([], [], _view())
    assert "Try asking" in empty and 'data-answers="0"' in empty and "Not medical advice." in empty
    pending = render_log(turns[:1], [], _view(), pending="How many?")
    assert 'aria-busy="true"' in pending and "Looking in the study" in pending
