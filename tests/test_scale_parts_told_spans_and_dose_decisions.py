"""A later part asking a scale's feature of nothing named ("..., and what's the range?") is asked of
what the part before named; a short topic and a comma before the question ("XYZ scores, is high good")
asks; a follow-up's subject goes inside its question mark, not after it as a part of its own; a follow-up
length told before the question ("wow, 10 years of follow-up, did ...?") is corrected; the size of a
change in a measured thing, or a value reached, is a value; making up a missed dose and refusing one's
own medicine are decisions; a racing heart at what one reads is a figure of speech.
Made-up messages, none of them eval items."""
from __future__ import annotations

import pytest
from conftest import guard_router

from assistant.answering.asking import asking_part
from assistant.answering.typed import answer_types


@pytest.mark.parametrize("message, asked", [
    ("quick one, is a higher number better", "quick one, is a higher number better"),
    ("PANIC, exam at noon — QRS-5 scores, is high good or bad", "QRS-5 scores, is high good or bad"),
])
def test_a_short_topic_and_a_comma_before_a_question_asks(message, asked):
    assert asking_part(message) == asked


def test_a_told_clause_of_the_writer_before_a_comma_does_not():
    # ("I have X, is this for me": the writer's own lead stays as typed)
    assert asking_part("long day at work. I have a cold, is that related") == "long day at work. I have a cold, is that related"


@pytest.mark.parametrize("message", [
    "how much did the grip scores actually drop in the second group?",
    "how far did their antibody levels come down?",
    "did the marker levels go all the way down to zero?",
    "did the protein readings return to normal?",
])
def test_the_size_of_a_change_or_a_value_reached_is_a_value(message):
    types = answer_types()[0]
    cues = {name: cue for name, cue, _, _, _ in types}
    assert cues["value"].search(message), message


@pytest.mark.parametrize("message", [
    "how much did they improve?",
    "how much did the disease activity go down?",
])
def test_how_much_a_group_improved_is_not_asked_as_a_value(message):
    types = answer_types()[0]
    cues = {name: cue for name, cue, _, _, _ in types}
    assert not cues["value"].search(message), message


@pytest.mark.parametrize("message", [
    "I forgot my tablets for two days, do I take double today to catch up?",
    "missed last night's dose, should she take two tonight?",
    "can I take an extra dose of my steroids now?",
    "the nurse wants me on the new drip. do I refuse the drip?",
    "do I say no to the steroids?",
])
def test_making_up_a_dose_or_refusing_ones_medicine_is_a_decision(message):
    assert guard_router().guard(message) == "personal_advice", message


@pytest.mark.parametrize("message", [
    "can I take more notes on panel B?",
    "did the patients take extra doses of anything?",
    "do I say no to the quiz at the end?",
    "my alarm is set for 6am, can you sum up the study fast?",
    "my shift was at 3 in the morning, what did panel C show?",
])
def test_notes_the_study_and_a_time_of_day_are_no_decisions(message):
    assert guard_router().guard(message) != "personal_advice", message


def test_a_racing_heart_at_what_one_reads_is_a_figure_of_speech(bot):
    reply = bot.ask("my heart is literally racing reading this at midnight!! did every one of the lupus patients reach remission??")
    assert reply.kind == "answer", reply.answer


def test_a_follow_ups_subject_stays_inside_its_question(bot):
    history = [{"role": "user", "content": "how did the lupus patients do?"},
               {"role": "assistant", "content": "All of them reached remission."}]
    reply = bot.ask("were there any side effects though?", history)
    assert reply.kind == "not_in_study", reply.answer


@pytest.mark.parametrize("message", [
    "wow 12 years of follow up, did anyone relapse?",
    "with 8 years of follow-up, how did the myositis patients do?",
])
def test_a_follow_up_length_told_before_the_question_is_corrected(bot, message):
    reply = bot.ask(message)
    assert reply.kind == "correction" and "two years" in reply.answer, reply.answer


def test_a_scale_feature_asked_of_nothing_named_is_of_the_scale_before(bot):
    reply = bot.ask("what's the range of the MMT-8, and is high good or bad?")
    assert "150" in reply.answer and "105" not in reply.answer, reply.answer


def test_every_part_something_the_study_does_not_say_is_not_answered(bot):
    # (before: the sentence on who was treated, and "... does not say anything about the rest")
    reply = bot.ask("which hospital was it? where did the patients actually get their treatment")
    assert reply.kind == "not_in_study", reply.answer
