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
])
def test_a_lead_sentence_is_left_out_when_the_question_stands_alone(message, read):
    assert focus(message, short=True) == read


@pytest.mark.parametrize("message", [
    # ... but a question that only asks what the study says asks about the sentence before it
    "My son's class is on B cells and how they go wrong. what does the summary say?",
    "There's a star on one of the columns. What does that star mean?",
    "The chart runs from 0 to 150. Is high good?",
    "Patients had a flare at 6 months. Does the study say why?",
    "Skin scores went down in the SSc patients. How much, according to the study?",
    "One patient got a kidney biopsy for proteinuria. Could that change how we read the lupus results?",
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


def test_an_earlier_answer_giving_two_scales_their_own_ranges_is_not_corrected(bot):
    said = ("For scleroderma the figure uses the EUSTAR-AI, which goes from 0 to 10 with higher meaning more active, "
            "and the mRSS, which goes from 0 to 51.")
    history = [{"role": "user", "content": "which scores were used for scleroderma?"}, {"role": "assistant", "content": said}]
    reply = bot.ask("and how many people had scleroderma?", history)
    assert "correction" not in reply.answer.lower() and "4" in reply.answer, reply.answer
    # (a range given to the wrong scale is still corrected)
    history[1]["content"] = "The mRSS goes from 0 to 51 and the EUSTAR-AI from 0 to 100."
    assert "correction first" in bot.ask("and how many people had scleroderma?", history).answer.lower()


@pytest.mark.parametrize("message", ["¿Me lo puedes explicar más sencillo?", "Dá para explicar de forma mais simples?",
                                     "Kannst du das einfacher erklären?"])
def test_asked_in_another_language_for_simpler_words_the_last_answer_is_restyled(bot, message):
    history = [{"role": "user", "content": "how long were the patients followed?"},
               {"role": "assistant", "content": "The study followed the patients for up to two years."}]
    reply = bot.ask(message, history)
    assert reply.kind == "answer" and "two years" in reply.answer, reply.answer


def test_a_question_asked_inside_a_statement_takes_nothing_for_granted(bot):
    # ("I'm dying to know how many relapsed" asks; it does not claim that some did)
    reply = bot.ask("I'm dying to know how many of the patients relapsed")
    assert reply.kind == "not_in_study", reply.answer
    assert bot.ask("so the patients relapsed after a year").kind == "correction"
    # (... but knowing how, or how something came about, takes it for granted)
    for message in ("I want to understand how they needed three infusions each", "I know how the patients got worse, tell me about it"):
        assert bot.ask(message).kind == "correction", message


def test_a_second_question_opening_with_a_preposition_is_a_part_of_its_own():
    from assistant.answering.parts import split_parts
    assert len(split_parts("What does the chart measure, and over what period?")) == 2
    assert len(split_parts("Which scores were used, and during which months?")) == 2
    assert len(split_parts("What were the scores before and after what treatment?")) == 1


def test_asked_whether_it_was_tried_in_one_of_the_studys_own_diseases_the_study_answers(bot):
    # (not "the study does not say anything about use in children": the wording of a gap is near, the disease is its own)
    for message in ("Was it tried in scleroderma?", "did they test the therapy in lupus"):
        assert bot.ask(message).kind == "answer", message
    assert bot.ask("Did they test it in multiple sclerosis?").kind == "not_in_study"
    assert bot.ask("Was it tried in pregnant women with lupus?").kind == "not_in_study"


def test_the_question_word_is_the_asking_one_not_a_clause_after_a_comma():
    from assistant.answering.bank import question_word
    assert question_word("My sister, who has lupus, wants to know how to sign up") == "how"
    assert question_word("where was it done?") == "where"


def test_a_question_asking_how_is_not_near_a_topic_asked_where(bot):
    # ("how was it done?" and "where was it done?" differ in one word, and their vectors are close)
    assert bot.ask("How was this research done?").kind == "answer"
    assert bot.ask("Where was this research done?").kind == "not_in_study"


@pytest.mark.parametrize("message", [
    "Were there any psoriasis patients in the study?",
    "Did the trial include any vasculitis patients?",
    "any ulcerative colitis patients in it?",
])
def test_asked_whether_it_had_patients_of_a_condition_it_never_names_the_answer_is_no(bot, message):
    reply = bot.ask(message)
    assert reply.kind == "answer" and reply.answer.startswith("No:"), (message, reply.answer)


@pytest.mark.parametrize("message", [
    "Were patients with diabetes allowed in?",  # (its patients' other illnesses: not reported)
    "Is it safe for arthritis patients?",  # (not asked whether there were any)
    "Did any participants with nephritis need dialysis?",
])
def test_other_questions_naming_a_condition_get_no_no(bot, message):
    assert not bot.ask(message).answer.startswith("No:"), message


@pytest.mark.parametrize("message", ["How did the people with psoriasis do?", "how did patients with vasculitis respond?"])
def test_asked_how_patients_of_a_condition_it_never_names_did_the_premise_is_corrected(bot, message):
    assert bot.ask(message).kind == "correction", message


@pytest.mark.parametrize("message, parts", [
    ("list the measures in panel C please, and tell me what the arrowheads mean",
     ["list the measures in panel C please", "tell me what the arrowheads mean"]),
    ("What is CD19, and explain what a receptor is", ["What is CD19", "explain what a receptor is"]),
    ("Pretend I am ten and explain how the cells work", ["Pretend I am ten and explain how the cells work"]),
    ("I'm ten years old, and explain how the cells work", ["I'm ten years old, and explain how the cells work"]),
    ("Use simple words, and define remission", ["Use simple words, and define remission"]),
])
def test_a_request_after_and_is_a_part_of_its_own(message, parts):
    from assistant.answering.parts import split_parts
    assert split_parts(message) == parts


@pytest.mark.parametrize("message, kind", [
    ("were the patients tracked for 6 years?", "correction"),  # a follow-up it never had
    ("were they followed for more than 3 years?", "correction"),
    ("Will the benefit last for eight years?", "not_in_study"),  # after its end
    ("were the patients followed for about 2 years?", "answer"),
])
def test_a_time_past_the_follow_up_is_read_whether_followed_or_lasting_for(bot, message, kind):
    assert bot.ask(message).kind == kind, message


@pytest.mark.parametrize("message", [
    "Could this one day be a lasting fix with no more drugs?",
    "my sister read that it could change millions of lives - is that what it says?",
])
def test_a_hopeful_sentence_comes_with_the_caveat_the_text_gives_it(bot, message):
    reply = bot.ask(message)
    answer = reply.answer.lower()
    assert "drug-free" in answer and "too early" in answer and answer.index("too early") < answer.index("drug-free"), reply.answer


def test_a_letter_naming_cells_after_patients_is_no_label():
    from assistant.retrieval.lexicon import tokens
    assert "patient_b" not in tokens("so they took the patients B cells?? which B cells")
    assert "panel_b" in tokens("what does panel B show") and "patient_3" in tokens("patient 3 scores")


def test_a_time_point_for_all_comes_with_the_few_it_does_not_hold_for(bot):
    # (the pack's [[caveats]]: the sentence giving the exceptions follows the one it qualifies)
    answer = bot.ask("What time point does Panel A show?").answer
    assert "6 months" in answer and "3 months" in answer and answer.index("6 months") < answer.index("3 months"), answer


@pytest.mark.parametrize("message, kind", [
    ("Given the infusions every 3 months, how did patients cope?", "correction"),
    ("did they get top-up infusions every six months?", "answer"),  # "No:" with the single infusion
])
def test_a_treatment_said_to_repeat_at_intervals_is_corrected(bot, message, kind):
    reply = bot.ask(message)
    assert reply.kind == kind and "single" in reply.answer.lower(), (message, reply.answer)


def test_something_else_checked_at_intervals_is_no_repeated_treatment(bot):
    assert not bot.ask("Was the C3 level checked every few weeks?").answer.startswith("No:")
