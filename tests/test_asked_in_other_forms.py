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
