"""How a question is read before it is answered: which sentences of a short message retrieval reads,
what a question is asked for (not what a treatment is used for), and the sentence about the one
thing asked when the best sentence only lists it. Made-up messages, none of them eval items."""
from __future__ import annotations

import pytest

from assistant.answering.asking import without_role
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


@pytest.mark.parametrize("message, kind", [
    ("Any 10-year data on these patients?", "not_in_study"),  # results of a span longer than the follow-up
    ("is there anything beyond 24 months?", "not_in_study"),  # past the longest span itself
    ("Given the ten-year follow-up, how many relapsed?", "correction"),  # taken for granted
    ("were they tracked for longer than two years?", "correction"),  # a follow-up longer than it was
    ("what were the results at two years?", "answer"),
    ("What happened beyond the two years?", "not_in_study"),  # the study's own span named: asked, not assumed longer
])
def test_results_of_a_span_past_the_follow_up_are_not_in_the_study(bot, message, kind):
    assert bot.ask(message).kind == kind, message


def test_safe_to_say_something_is_no_question_about_safety(bot):
    reply = bot.ask("is it safe to describe this as a cure in my school talk?")
    assert not reply.abstained and "too early" in reply.answer.lower(), reply.answer
    assert bot.ask("is the treatment safe?").kind == "not_in_study"


@pytest.mark.parametrize("message", [
    "how do I claim on my car insurance for a cracked windscreen?",
    "which car insurance is cheapest for a new driver",
])
def test_an_everyday_word_spelled_like_an_abbreviation_is_no_study_term(bot, message):
    assert bot.ask(message).kind == "off_topic", message
    # (typed in lower case before a letter or a study word, it still names the treatment)
    assert bot.ask("does insurance pay for car t cells?").kind == "not_in_study"


def test_a_part_giving_an_example_asks_the_part_before():
    from assistant.answering.parts import split_parts
    assert split_parts("were infections recorded? like how many had them") == ["were infections recorded? like how many had them"]
    assert split_parts("how many patients? e.g. were they in the lupus group? and how long were they followed?") == [
        "how many patients, e.g. were they in the lupus group", "and how long were they followed?"]


def test_a_later_part_pointing_back_asks_of_the_first_parts_figure_part(bot):
    reply = bot.ask("What is Panel B about and how long did it run?")
    assert "24 months" in reply.answer, reply.answer


@pytest.mark.parametrize("message, read", [
    ("im dyslexic so keep it short pls: how were the cells given", "how were the cells given"),
    ("quick q - which diseases were in it?", "which diseases were in it?"),
])
def test_a_lead_saying_how_to_answer_is_left_out(message, read):
    assert without_role(message) == read


def test_a_long_message_keeps_its_requests_and_a_long_question_stands_alone():
    message = ("I have been reading about this for weeks and my daughter thinks I am obsessed, which is probably fair, "
               "and the newspaper articles all say different things about everything. My neighbour swears it was a "
               "huge trial. Could you confirm for me how many people were treated in it and when it was published? "
               "Also, please explain what the figure's first panel shows.")
    read = focus(message)
    assert read.startswith("Could you confirm") and "first panel" in read, read


@pytest.mark.parametrize("message, kind", [
    ("For my blog: is it fair to call this a huge study?", ("answer", "correction")),  # a size it never had, asked
    ("Since it enrolled thousands of patients, how long were they followed?", ("correction",)),  # taken for granted
])
def test_a_size_the_study_never_had_is_corrected_with_its_count(bot, message, kind):
    reply = bot.ask(message)
    assert reply.kind in kind and "15" in reply.answer, reply.answer


@pytest.mark.parametrize("message", [
    "how large was the study?",
    "bigger studies are needed next, aren't they?",
    "it wasn't a huge study, was it?",
])
def test_asking_its_size_or_wishing_for_bigger_ones_is_no_size_claimed(bot, message):
    assert bot.ask(message).meta.get("premise") != "it was a large study", message


@pytest.mark.parametrize("message", [
    "Over the past two years, has anyone else published similar results?",  # the recent past
    "My mom has had lupus for more than two years, does this study apply to her disease?",  # how long one was ill
])
def test_the_recent_past_or_an_illness_of_years_is_no_time_past_the_follow_up(bot, message):
    assert "beyond" not in bot.ask(message).meta, message


@pytest.mark.parametrize("message", [
    "Why would a large study be needed before this becomes standard?",
    "If a large trial confirms this, will it be approved?",
    "Since lots of patients improved, does it work?",
])
def test_a_large_study_wished_for_or_many_improving_is_no_size_claimed(bot, message):
    assert bot.ask(message).meta.get("premise") != "it was a large study", message


@pytest.mark.parametrize("message", [
    "Wie viel kostet die Behandlung in Deutschland ungefähr?",  # German: 'die' is 'the'
    "Hoeveel kos die behandeling in Suid-Afrika?",  # Afrikaans
])
def test_the_article_die_of_other_languages_is_no_question_about_deaths(bot, message):
    assert bot.ask(message).meta.get("uncovered") != "deaths or survival", message
    # (the English verb still is)
    assert bot.ask("did any of the patients die?").kind == "not_in_study"


@pytest.mark.parametrize("message, group_count", [
    ("My aunt has myositis. Was that one of the conditions in the study?", "3 patients"),
    ("I have scleroderma, were there people like me?", "4 patients"),
    ("did SLE patients take part?", "8 patients"),
    ("was anyone with lupus enrolled?", "8 patients"),
])
def test_asked_whether_people_of_one_of_its_groups_took_part_the_answer_is_yes_and_how_many(bot, message, group_count):
    reply = bot.ask(message)
    assert reply.answer.startswith("Yes") and group_count in reply.answer, reply.answer


@pytest.mark.parametrize("message", [
    "did the lupus patients improve?",
    "was lupus the only disease they included?",
    "I have lupus and I'm on dialysis. Were there people like me?",
    "I have lupus and my doctor checks my anti-dsDNA. Did they look at that in this study?",
])
def test_a_question_only_naming_a_group_gets_no_yes_of_taking_part(bot, message):
    assert bot.ask(message).meta.get("took_part") is None, message


def test_a_question_pointing_back_at_the_told_sentence_before_asks_about_it(bot):
    reply = bot.ask("I've had lupus for years and I'm scared of infections. Does the study say anything about them?")
    assert reply.kind == "not_in_study" and "side effects" in reply.answer, reply.answer


def test_the_others_after_a_question_about_one_group_asks_it_of_the_other_groups(bot):
    history = [{"role": "user", "content": "how many myositis patients were there?"},
               {"role": "assistant", "content": "There were 3 patients with myositis."}]
    reply = bot.ask("and the rest?", history)
    assert "4 patients" in reply.answer and "8 patients" in reply.answer, reply.answer


@pytest.mark.parametrize("message, topic", [
    ("were fevers reported in the study, for my class?", "side effects"),
    ("did they do MRI scans on the patients?", "scans"),
    ("what happened to the patients' platelets?", "counts"),
])
def test_topics_the_study_never_reports_are_not_in_it(bot, message, topic):
    reply = bot.ask(message)
    assert reply.kind == "not_in_study" and topic in reply.answer, reply.answer


def test_a_quick_scan_of_the_text_is_no_imaging(bot):
    reply = bot.ask("I did a quick scan of the summary - how many patients were treated?")
    assert reply.kind == "answer" and "15" in reply.answer, reply.answer


def test_how_the_answer_is_wanted_is_no_topic_it_lacks(bot):
    reply = bot.ask("what's the myositis result in one line?")
    assert reply.kind == "answer" and "major" in reply.answer, reply.answer


def test_what_a_word_means_in_numbers_is_the_scales_bands(bot):
    reply = bot.ask("what does a major response mean in numbers?")
    assert reply.kind == "answer" and "60 to 100" in reply.answer, reply.answer


def test_ones_own_score_told_then_the_scales_top_asked_is_answered(bot):
    reply = bot.ask("My EUSTAR-AI was 3 last month. What's the highest it can go?")
    assert reply.kind == "answer" and "10" in reply.answer, reply.answer
    assert bot.ask("my SLEDAI was 12, is that bad?").kind == "medical_advice"


def test_the_one_of_another_group_after_a_scales_range_is_that_groups_scale(bot):
    history = [{"role": "user", "content": "what's the range of the SLEDAI-2K?"},
               {"role": "assistant", "content": "It goes from 0 to 105."}]
    reply = bot.ask("and the scleroderma one?", history)
    assert "EUSTAR" in reply.answer and "0 to 10" in reply.answer, reply.answer
