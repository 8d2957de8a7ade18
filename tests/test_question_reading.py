"""How a question is read before it is answered: which sentences of a short message retrieval reads,
what a question is asked for (not what a treatment is used for), and the sentence about the one
thing asked when the best sentence only lists it. Made-up messages, none of them eval items."""
from __future__ import annotations

import pytest

from assistant.answering.followups import without_role
from assistant.retrieval.hybrid import focus


@pytest.mark.parametrize("message, read", [
    # "this" doing what a treatment does names the treatment, not the sentence before
    ("I'm writing a leaflet for a support group. How many people could this help one day?",
     "How many people could this help one day?"),
    # a short question that asks the study about something stands alone
    ("My aunt has had lupus for ages. did the study say anyone relapsed?", "did the study say anyone relapsed?"),
])
def test_a_lead_sentence_is_left_out_when_the_question_stands_alone(message, read):
    assert focus(message, short=True) == read


@pytest.mark.parametrize("message", [
    # ... but a question that only asks what the study says asks about the sentence before it
    "My son's class is on B cells and how they go wrong. what does the summary say?",
    "There's a star on one of the columns. What does that star mean?",
    "The chart runs from 0 to 150. Is high good?",
])
def test_a_question_leaning_on_the_sentence_before_keeps_it(message):
    assert focus(message, short=True) == message


def test_a_role_then_a_question_about_what_the_treatment_might_do_is_the_question():
    assert without_role("I'm preparing a talk for carers. Who might this help in future?") == "Who might this help in future?"


def test_what_a_question_is_for_is_no_other_use_of_the_treatment(bot):
    reply = bot.ask("What were the remission criteria used for lupus, for my essay?")
    assert reply.kind == "answer" and "DORIS" in reply.answer, reply.answer
    # (a use the study never names is still not in it)
    assert bot.ask("Has it been used for my psoriasis?").kind == "not_in_study"


def test_the_sentence_about_the_one_thing_asked_follows_the_sentence_listing_it(bot):
    reply = bot.ask("tell me what the figure says about C3")
    assert "lower limit" in reply.answer and "Panel B" in reply.answer, reply.answer
    # (a question about a thing the best sentence is all about gets that sentence alone)
    reply = bot.ask("what is the range of the SLEDAI-2K score?")
    assert "105" in reply.answer and "C3" not in reply.answer, reply.answer
