"""A share of the whole worked out from the study's counts ("what percentage had X?", "what fraction
is that?", "how many did not have X?"); a statement given to be checked ("do I have this right:
...?") answered "Yes:" only when the cited sentence says it, never when it says the opposite; an item
of the last answer named by its place ("the last one", "the second scale"); a comparison with
another group said after a follow-up ("... like the X ones?"); a planted count of one group corrected
by the sentence counting that group. Made-up messages, none of them eval items."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from assistant.answering.shares import share


@dataclass(frozen=True)
class FakeGroup:
    label: str
    names: tuple
    all_names: tuple


@dataclass(frozen=True)
class FakeSentence:
    text: str


GROUPS = [FakeGroup("Alpha", ("alpha disease",), ("alpha disease", "AD")),
          FakeGroup("Beta", ("beta syndrome",), ("beta syndrome", "BS")),
          FakeGroup("Gamma", ("gamma fever",), ("gamma fever",))]
COUNTED = FakeSentence("We saw 5 patients with alpha disease, 3 patients with beta syndrome and 2 patients with gamma fever.")
TOTAL = FakeSentence("In all, 10 patients took part.")
COUNTS = [("Alpha", "5", COUNTED, None), ("Beta", "3", COUNTED, None), ("Gamma", "2", COUNTED, None)]


@pytest.mark.parametrize("question, said", [
    ("What percentage of the patients had alpha disease?", "5 of the 10 patients had alpha disease: 50%."),
    ("what proportion of the study was BS", "3 of the 10 patients had beta syndrome: 30%."),
    ("how many didn't have gamma fever?", "8 of the 10 patients did not have gamma fever (5 with alpha disease, 3 with beta syndrome)."),
])
def test_a_share_of_one_group_is_worked_out_from_the_counts_given(question, said):
    worked = share(question, "", GROUPS, COUNTS, [TOTAL])
    assert worked is not None and worked.said == said
    assert worked.sentences == (COUNTED, TOTAL)


def test_a_share_asked_of_that_is_of_the_group_the_last_question_named():
    worked = share("so what fraction is that?", "how many had beta syndrome?", GROUPS, COUNTS, [TOTAL])
    assert worked is not None and worked.said.startswith("3 of the 10")


@pytest.mark.parametrize("question", [
    "what percentage of alpha disease patients went into remission?",  # (an outcome, not a count of people)
    "what percentage had alpha disease or beta syndrome?",  # (two groups)
    "how many patients had alpha disease?",  # (no share asked)
    "what fraction is that?",  # (nothing named, before or now)
])
def test_no_share_is_worked_out_of_anything_else(question):
    assert share(question, "", GROUPS, COUNTS, [TOTAL]) is None


def test_shares_in_the_study(bot):
    reply = bot.ask("What percentage of the patients had myositis?")
    assert reply.kind == "answer" and "3 of the 15" in reply.answer and "20%" in reply.answer, reply.answer
    history = [{"role": "user", "content": "How many patients had systemic sclerosis?"}, {"role": "assistant", "content": "4."}]
    reply = bot.ask("and what percentage of everyone is that?", history)
    assert "4 of the 15" in reply.answer and "27%" in reply.answer, reply.answer
    reply = bot.ask("how many of the patients did not have lupus?")
    assert reply.answer.startswith("7 of the 15"), reply.answer


@pytest.mark.parametrize("message", [
    "Do I have this right: the myositis panel's arrowheads go up to 12 months?",
    "Do I understand correctly that a lower MMT-8 score means weaker muscles?",
    "just want to double check, scores on the EUSTAR activity index range from 0 to 10?",
])
def test_a_statement_given_to_be_checked_that_the_study_says_is_confirmed(bot, message):
    reply = bot.ask(message)
    assert reply.kind == "answer" and reply.answer.startswith("Yes:"), reply.answer


@pytest.mark.parametrize("message", [
    "Do I understand correctly that a lower MMT-8 score means stronger muscles?",
    "just want to double check, a higher EUSTAR score is better?",
    "Do I have this right: the myositis panel's arrowheads go up to 18 months?",
])
def test_a_statement_the_study_does_not_say_is_never_confirmed(bot, message):
    assert not bot.ask(message).answer.startswith("Yes"), message


def test_an_item_of_the_last_answer_named_by_its_place(bot):
    history = [{"role": "user", "content": "which measures did they use for the myositis patients?"},
               {"role": "assistant", "content": "Several scores."}]
    reply = bot.ask("the last one - what unit is it in?", history)
    assert "VAS-EM" in reply.answer and "mm" in reply.answer, reply.answer
    history = [{"role": "user", "content": "which three conditions did they treat?"}, {"role": "assistant", "content": "Three."}]
    reply = bot.ask("can you tell me more about the second one", history)
    assert reply.kind == "answer" and "myositis" in reply.answer.lower() and "restyled" not in reply.meta, reply.answer


def test_a_comparison_with_another_group_keeps_the_follow_up_on_its_own_group(bot):
    history = [{"role": "user", "content": "how did the people with scleroderma get on?"}, {"role": "assistant", "content": "Better."}]
    reply = bot.ask("did they all go into remission like the lupus patients?", history)
    assert "scleroderma" in reply.standalone_question.lower() and "lupus" not in reply.standalone_question.lower()
    assert re.search(r"reduced disease activity", reply.answer), reply.answer


def test_a_planted_count_of_one_group_is_corrected_by_that_groups_count(bot):
    history = [{"role": "user", "content": "how many had myositis?"}, {"role": "assistant", "content": "9 patients had myositis."}]
    reply = bot.ask("and how did those patients do?", history)
    assert reply.kind == "correction" and "3 patients with myositis" in reply.answer, reply.answer


@dataclass(frozen=True)
class ScaleSentence:
    text: str


SCALES = [ScaleSentence("Scores on the Itch Index (II) range from 0 to 40, with higher scores indicating worse itching."),
          ScaleSentence("Values for the Grip Test (GT) range from 0 to 60, with lower values indicating weaker hands."),
          ScaleSentence("The Mood Band (MB) ranges from 0 to 10, with 0 to 4 a low mood and 5 to 10 a good mood.")]


@pytest.mark.parametrize("question, better, worse", [
    ("if my II goes from 30 to 12 is that better or worse?", 12, 30),
    ("which is worse on the GT, 50 or 20?", 50, 20),
])
def test_two_values_on_a_scale_are_compared_the_way_its_sentence_says(question, better, worse):
    from assistant.answering.scales import compare

    compared = compare(question, ["II", "GT", "MB"], SCALES)
    assert compared is not None and (compared.better, compared.worse) == (better, worse), compared


@pytest.mark.parametrize("question", [
    "is a 3 or a 7 better on the MB?",  # (its sentence says no direction, only bands)
    "the II ranges from 0 to 40: is higher worse?",  # (its range, not two values)
    "is 45 better than 30 on the II?",  # (45 is no score on it)
    "what did 12 patients score on the GT?",  # (no better or worse asked)
])
def test_no_comparison_is_made_where_the_sentence_or_question_does_not_allow_it(question):
    from assistant.answering.scales import compare

    assert compare(question, ["II", "GT", "MB"], SCALES) is None


def test_a_change_on_a_scale_is_read_as_a_change_not_a_range_the_study_lacks(bot):
    history = [{"role": "user", "content": "what does the mRSS measure?"}, {"role": "assistant", "content": "Skin."}]
    reply = bot.ask("so going from 30 down to 15 on it, better or worse?", history)
    assert reply.kind == "answer" and "15 is better than 30" in reply.answer, reply.answer


BANDED = [ScaleSentence("Values for the Sleep Quality Score (SQS) range from 0 to 30, with 0 to 9 indicating poor sleep, "
                        "10 to 19 fair sleep, and 20 to 30 restful sleep."),
          ScaleSentence("Scores on the Itch Index (II) range from 0 to 40, with higher scores indicating worse itching.")]


@pytest.mark.parametrize("question, band", [
    ("what counts as restful?", (20, 30)),
    ("which numbers mean poor sleep on it?", (0, 9)),
    ("what was 'fair sleep' measured against?", (10, 19)),
])
def test_a_band_named_by_its_own_word_is_given_with_its_numbers(question, band):
    from assistant.answering.scales import band_named

    found = band_named(question, BANDED)
    assert found is not None and (found.low, found.high) == band and found.term == "SQS", found


@pytest.mark.parametrize("question", ["how restful was their sleep?",  # (no threshold asked)
                                      "what counts as sleep?",  # (a word every band shares)
                                      "what counts as worse itching?"])  # (a scale with no bands)
def test_no_band_is_given_unless_one_is_named_and_its_threshold_asked(question):
    from assistant.answering.scales import band_named

    assert band_named(question, BANDED) is None


def test_what_counts_as_a_result_is_the_band_of_the_scale_that_says_it(bot):
    reply = bot.ask("what counts as a major clinical improvement for myositis?")
    assert reply.kind == "answer" and "60 to 100" in reply.answer, reply.answer
    reply = bot.ask("What's the EUSTAR activity index out of?")
    assert "10" in reply.answer, reply.answer


@pytest.mark.parametrize("question, value, right", [
    ("so someone at 25 had restful sleep?", 25, True),
    ("a person scoring 12 slept poorly, right? poor sleep?", 12, False),
])
def test_a_value_said_to_be_in_a_band_is_read_on_that_scale(question, value, right):
    from assistant.answering.scales import claimed_band

    found = claimed_band(question, BANDED)
    assert found is not None and found[0].value == value and found[1] is right, found


@pytest.mark.parametrize("question", ["did 3 patients have restful sleep?",  # (a count of people, not a score)
                                      "was 45 restful?",  # (no score on it)
                                      "between 5 and 25, which is restful sleep?"])  # (two values)
def test_no_value_is_read_on_a_band_unless_one_score_is_given(question):
    from assistant.answering.scales import claimed_band

    assert claimed_band(question, BANDED) is None


def test_a_value_said_to_be_a_major_response_is_read_on_its_scale(bot):
    reply = bot.ask("so a patient at 45 on that improvement score had a major response?")
    assert reply.kind == "correction" and "moderate" in reply.answer and reply.answer.startswith("No:"), reply.answer
