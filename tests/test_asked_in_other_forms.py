"""Questions asked in forms that hid them: a long message saying what "the question was" in a
statement, a numbered list of questions, "in normal words", "which range is a minimal response?",
"who summarised it?". Made-up messages, none of them eval items."""
from __future__ import annotations

import pytest


def test_a_question_told_as_a_statement_inside_a_long_message_is_the_question(bot):
    message = ("My neighbour runs a book club and somebody brought a printout of this summary along, and since I'm the one "
               "with the laptop they asked me. What we all wanted to know was how long the doctors kept an eye on the "
               "patients afterwards. Could you let me know?")
    reply = bot.ask(message)
    assert reply.kind == "answer" and "two years" in reply.answer, reply.answer


def test_a_numbered_list_of_questions_names_no_single_patient(bot):
    reply = bot.ask("1) how many people 2) which diseases 3) how long were they followed")
    assert reply.kind == "answer" and "15" in reply.answer, reply.answer
    # (a patient asked for by number still is one)
    assert bot.ask("what was patient 2's score at 6 months?").kind == "not_in_study"


@pytest.mark.parametrize("message", ["explain how the therapy works in normal words please",
                                     "how does it work, in regular words?"])
def test_asked_in_normal_words_is_how_the_answer_is_wanted_not_a_topic(bot, message):
    reply = bot.ask(message)
    assert reply.kind == "answer" and "T cells" in reply.answer, reply.answer


@pytest.mark.parametrize("message", ["What TIS range is a moderate response?", "which scores count as no response on the TIS?"])
def test_asked_which_band_of_a_scale_is_a_response_claims_nothing(bot, message):
    reply = bot.ask(message)
    assert reply.kind == "answer" and "40 to 59" in reply.answer, reply.answer


def test_saying_the_patients_only_had_a_minimal_response_is_still_corrected(bot):
    assert bot.ask("the myositis patients only had a minimal response, right?").kind == "correction"


@pytest.mark.parametrize("message", ["who summarised the study?", "ok but who summarized this"])
def test_who_summarised_it_is_the_byline_not_a_summary(bot, message):
    reply = bot.ask(message)
    assert "Botha" in reply.answer and "Key takeaways" not in reply.answer, reply.answer


def test_a_follow_up_fragment_naming_a_band_is_no_emergency(bot):
    history = [{"role": "user", "content": "What score range counts as a moderate response on the TIS?"},
               {"role": "assistant", "content": "On the ACR-EULAR Total Improvement Score, 40 to 59 is a moderate clinical response."}]
    reply = bot.ask("and minimal?", history)
    assert reply.kind == "answer" and "20 to 39" in reply.answer, reply.answer
    # (a fragment telling danger is still one)
    assert bot.ask("and now I can't breathe", history).kind == "emergency"


def test_numbers_only_no_text_is_the_last_answer_laid_out_otherwise(bot):
    history = [{"role": "user", "content": "How many patients had each disease?"},
               {"role": "assistant", "content": "8 had lupus, 3 had myositis and 4 had systemic sclerosis."}]
    reply = bot.ask("numbers only, no text", history)
    assert reply.kind == "answer" and all(n in reply.answer for n in ("8", "3", "4")), reply.answer


def test_asked_whether_the_studys_patients_had_a_sign_no_one_now_is_no_emergency(bot):
    reply = bot.ask("Did anyone in the trial get a high temperature or struggle to breathe after their cells?")
    assert reply.kind != "emergency", reply.answer
    # (someone named beside it still is one)
    assert bot.ask("my dad has a high temperature and is struggling to breathe after his cells, did anyone in the trial?").kind == "emergency"
