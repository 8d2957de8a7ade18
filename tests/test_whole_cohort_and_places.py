"""Asked whether everyone had one condition of a study with several groups, the answer is no, with
the groups; "Yes:" is not said when the question gives a number the cited sentence does not; "where is
X found?" asks a place in the body, not where the study was done; a group's lay name in the plural
("the muscle ones") is that group; "who took part?" is answered by who the patients were. Made-up
messages, none of them eval items."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("message", [
    "Were all 15 patients lupus patients?",
    "did all the patients have lupus",
    "was everyone in the study treated for myositis?",
    "Did every one of the participants have scleroderma?",
])
def test_asked_whether_everyone_had_one_condition_the_answer_is_no_with_the_groups(bot, message):
    reply = bot.ask(message)
    assert reply.kind == "correction" and reply.answer.startswith("No:"), reply.answer
    assert all(n in reply.answer for n in ("8", "3", "4")), reply.answer


@pytest.mark.parametrize("message", [
    "Did all the lupus patients reach remission?",
    "did all patients with myositis improve?",
    "were all the patients treated once?",
])
def test_a_question_about_one_groups_patients_or_everyone_doing_something_is_no_such_question(bot, message):
    reply = bot.ask(message)
    assert reply.kind != "correction" and not reply.answer.startswith("No:"), reply.answer


def test_no_yes_for_a_number_the_cited_sentence_does_not_give(bot):
    reply = bot.ask("did all 12 patients get a single infusion?")
    assert not reply.answer.startswith("Yes:"), reply.answer


@pytest.mark.parametrize("message", ["Where is CD19 found?", "where are those B cells located in the body?"])
def test_where_a_thing_is_found_is_no_question_of_where_the_study_was_done(bot, message):
    reply = bot.ask(message)
    assert reply.kind == "answer" and "B cells" in reply.answer, reply.answer


def test_where_the_study_was_done_is_still_not_said(bot):
    assert bot.ask("which country was the study done in?").kind == "not_in_study"


def test_a_groups_lay_name_in_the_plural_is_that_group(bot):
    history = [{"role": "user", "content": "How long were the lupus patients observed in the figure?"},
               {"role": "assistant", "content": "In Panel B, the lupus patients were observed for up to 24 months."}]
    reply = bot.ask("and the muscle ones?", history)
    assert "12 months" in reply.answer, reply.answer


@pytest.mark.parametrize("message", ["who took part?", "who were the participants"])
def test_who_took_part_is_answered_by_the_patients(bot, message):
    reply = bot.ask(message)
    assert reply.kind == "answer" and ("15" in reply.answer or "8 patients" in reply.answer), reply.answer


@pytest.mark.parametrize("message", [
    "My aunt has rheumatoid arthritis. Was RA part of this study?",
    "was psoriasis included?",
    "Did the study include anyone with vasculitis?",
    "were there any Crohn's disease patients in the study?",
])
def test_asked_whether_a_condition_the_study_never_names_was_in_it_the_answer_is_no_with_the_groups(bot, message):
    reply = bot.ask(message)
    assert reply.answer.startswith("No:") and all(n in reply.answer for n in ("8", "3", "4")), reply.answer


@pytest.mark.parametrize("message", ["were people with lupus included?", "Was systemic sclerosis included?"])
def test_asked_whether_one_of_the_studys_own_groups_was_in_it_the_answer_is_yes(bot, message):
    reply = bot.ask(message)
    assert reply.answer.startswith("Yes:"), reply.answer


def test_a_condition_word_in_a_question_of_something_else_is_no_question_of_taking_part(bot):
    reply = bot.ask("what does nephritis mean in the legend?")
    assert not reply.answer.startswith("No:"), reply.answer
