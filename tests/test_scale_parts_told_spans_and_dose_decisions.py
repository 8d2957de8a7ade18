"""A later part asking a scale's feature of nothing named ("..., and what's the range?") is asked of
what the part before named; a short topic and a comma before the question ("XYZ scores, is high good")
asks; a follow-up asking of a topic the study lacks is said to lack it; a follow-up length told before the
question ("wow, 10 years of follow-up, did ...?") is corrected; the size of a
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
    # (before: "my heart is ... 1" read as a lab value of one's own, and sent to a doctor)
    reply = bot.ask("my heart is literally racing reading this at 1am!! did every one of the lupus patients reach remission??")
    assert reply.kind == "answer", reply.answer


def test_a_follow_up_of_a_topic_the_study_lacks_is_said_to_lack_it(bot):
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


def test_a_defined_scale_asked_about_is_answered_whatever_topic_words_are_around_it(bot):
    # (before: "The study summary does not say anything about deaths or survival.")
    reply = bot.ask("ugh, death by abbreviations: what's EUSTAR-AI?")
    assert reply.kind == "answer" and "0 to 10" in reply.answer, reply.answer


def test_a_topic_the_study_lacks_is_still_said_to_be_lacking_beside_a_scale(bot):
    reply = bot.ask("did anyone die while their mRSS was being measured?")
    assert reply.kind == "not_in_study", reply.answer


# What the review of these changes found them doing wrong (made-up probes), each kept right.
@pytest.mark.parametrize("message", [
    "Can we have more now on the myositis patients?",
    "should I give them more tomorrow? my students didn't finish panel B",
    "Do I go ahead with my presentation on this study?",
    "Do we go ahead with the lesson on CAR T tomorrow?",
])
def test_more_of_the_chat_or_going_ahead_with_a_lesson_is_no_decision(bot, message):
    assert bot.ask(message).kind != "medical_advice", message


@pytest.mark.parametrize("message", [
    "he's floppy and not making sense, do we refuse the ambulance?",
    "my heart is pounding, reading 190 on the pulse ox, after CAR-T yesterday",
])
def test_a_decision_or_a_figure_of_speech_does_not_hide_an_emergency(bot, message):
    assert bot.ask(message).kind == "emergency", message


def test_a_relative_named_before_a_who_clause_is_no_question_of_its_own(bot):
    reply = bot.ask("Cousin, who's pregnant, saw it on the news. How many patients were in the study?")
    assert reply.kind == "answer" and "15" in reply.answer, reply.answer


@pytest.mark.parametrize("message", [
    "with ten years of follow-up, what would happen?",
    "Would a trial with 5 years of follow-up, be more convincing?",
])
def test_a_follow_up_length_supposed_is_not_corrected(bot, message):
    assert bot.ask(message).kind != "correction", message


def test_back_to_normal_life_is_no_value():
    cues = {name: cue for name, cue, _, _, _ in answer_types()[0]}
    assert not cues["value"].search("did the patients with high disease scores get back to normal life?")


def test_what_else_was_measured_beside_one_scale_lists_the_others(bot):
    reply = bot.ask("What else was measured apart from the TIS?")
    assert "MMT-8" in reply.answer or "SLEDAI" in reply.answer, reply.answer


def test_a_groups_result_and_was_it_good_brings_no_figure_marks(bot):
    reply = bot.ask("How did the lupus patients do, and was it good?")
    assert "remission" in reply.answer and "asterisk" not in reply.answer.lower(), reply.answer
