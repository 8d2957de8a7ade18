"""A request for a decision about someone's own care, recognised by its parts (decisions.py).
Made-up messages, about a made-up treatment ("the BX-7 therapy") as well as in general words."""
import pytest

from assistant.answering.decisions import Decisions

DECISIONS = Decisions(("BX-7 therapy", "BX-7"))


@pytest.mark.parametrize("text", [
    # one's own medicine changed, asked to be judged
    "I'm away for the weekend without my valsartan. I could just miss it till Monday, right?",
    "my wife wants to halve her tablets now she feels better. that's ok isn't it?",
    "can we start weaning him off his steroids now the rash is gone?",
    "if Tom drops half his prednisolone he'll be fine, won't he?",
    "should her dose come down now? her bloods look better",
    "is it ok to give her antihistamines with all her other meds?",
    # having the treatment, judged for the person
    "Dad is 79. too old for him to get the BX-7 therapy?",
    "is it too late for me to have this if I've already had two biologics?",
    "does she need the treatment straight away or can it wait till summer?",
    "would the preconditioning be safe for someone like me? I react badly to anaesthetics",
    "my consultant suggests another biologic but I'd rather ask for BX-7. which makes more sense for me?",
])
def test_a_decision_about_ones_own_care_is_recognised(text):
    assert DECISIONS.asks(text), text


@pytest.mark.parametrize("text", [
    # what the study's patients did
    "Were the patients able to stop their medicines after the infusion?",
    "Can I tell my class that the patients came off their usual medication?",
    "Did the people in the study have to taper their steroids first?",
    "Can I see the sentence that talks about stopping medication?",
    # one's own story told, a study question asked
    "I stopped my methotrexate years ago. How long were the patients followed?",
    "My son takes hydroxychloroquine. Which panel shows the lupus patients?",
    # 'it' is the text, not a treatment; a place, not a decision
    "Should I get this printed for my support group?",
    "Can I have that in plainer words?",
    "Where can I get the BX-7 therapy?",
    "Is the summary ok for my students to read?",
    "How did they give the cells back to the patients?",
])
def test_a_question_about_the_study_is_not_a_decision(text):
    assert not DECISIONS.asks(text), text


def test_the_treatment_is_known_by_the_packs_names_or_general_words():
    plain = Decisions()
    assert DECISIONS.asks("is he bad enough that they'd push for BX-7 for him? should we?")
    assert plain.asks("too risky at her age to have the therapy?")
    assert not plain.asks("Did the patients get the therapy?")


@pytest.mark.parametrize("text", [
    # (found by the session 15 review)
    "I have to do this homework tonight, can you explain the results?",
    "We'll do it together in class, ok?",
    "Would the summary be too much for her? She's 10.",
    "Can I give this to her?",
    "Why did she need to get the treatment?",
    "Did she have to stop her steroids before the infusion?",
])
def test_review_look_alikes_are_no_decision(text):
    assert not DECISIONS.asks(text), text


@pytest.mark.parametrize("text", [
    "The patients stopped their meds, so I can stop mine too, right?",
    "I'm dropping my azathioprine. Sensible?",
])
def test_review_decisions_are_caught(text):
    assert DECISIONS.asks(text), text


@pytest.mark.parametrize("text", [
    # the routine of one's care skipped or cancelled
    "could mum skip her blood tests this month? she hates the drive",
    "should we postpone his check-up now that he's doing so well?",
    "my brother wants to give up his rehab, is that alright?",
    # an activity taken up again after a treatment
    "can she go back to work yet? it's been ten days since the BX-7 infusion",
    "is it ok for me to fly again? we have a wedding abroad",
    # a dose for the person, a choice of medicines for them
    "roughly how many mg of prednisolone would someone my weight need?",
    "omeprazole or lansoprazole for her, after the infusion?",
    # a treatment to pursue, or to go far for
    "is this something we ought to be pushing for, for her?",
    "should we fly to another country for the BX-7 therapy?",
])
def test_care_routines_activities_and_doses_for_the_person_are_decisions(text):
    assert DECISIONS.asks(text), text


@pytest.mark.parametrize("text", [
    "Can I skip the follow-up section and go straight to the figure?",
    "Did any of the patients miss a check-up?",
    "Can I read that again?",
    "What dose of cells did the patients get?",
    "Can I get that from this summary?",
    "Were ibuprofen or paracetamol mentioned for the patients?",
    # (found by the session 16 review)
    "Could you explain why she had to stop her steroids?",
    "How many doses do we have data for?",
    "Can I work out what the figure shows yet?",
    "Can we go back to the first group again?",
    "Could you skip the follow-up details and tell me the main result?",
    "For my class: mycophenolate or methotrexate, which did the patients take before?",
    "Is it prednisone or prednisolone for her in the paper?",
    "Is this something I could use in my lesson?",
    "Did the patients travel abroad for the treatment?",
])
def test_their_look_alikes_are_not(text):
    assert not DECISIONS.asks(text), text


@pytest.mark.parametrize("text", [
    # (session 17) a plan said as a statement and asked back; a treatment chosen for "a guy like me";
    # a round of treatment skipped; a dose doubled for someone; a cream put on; being a candidate;
    # going back to a workplace; "is it dumb if I ..." without a question mark
    "my brother read they came off their meds. that means he can drop his azathioprine?",
    "between the biologic and the BX-7 therapy which one makes more sense for a woman like me",
    "the clinic is two hours away. Reckon we could skip a session next month?",
    "is it reasonable for me to give him double his usual ibuprofen tonight?",
    "should he just rub on the steroid cream from last year or wait?",
    "Would my sister count as a candidate for BX-7 like the people in the paper?",
    "How soon can she go back to the building site after it?",
    "is it stupid if I just quit my hydroxychloroquine for the summer",
    "gonna halve it myself from next week, that sound ok? it's my prednisolone",
])
def test_more_shapes_of_a_decision(text):
    assert DECISIONS.asks(text), text


@pytest.mark.parametrize("text", [
    "Which one makes more sense for my class, panel A or panel C?",
    "Did the patients skip a session of their usual care?",
    "Would the study count as a case series?",
    "is it dumb that I can't follow the figure?",
    "I can see the panels now? the page loaded slowly",
    "How soon did the patients go back to work in the study?",
    "which measure is better for showing muscle strength, MMT-8 or CK?",
])
def test_their_look_alikes_are_no_decision(text):
    assert not DECISIONS.asks(text), text


@pytest.mark.parametrize("text", [
    # (session 19: the parts in other grammar) a plan to change one's medicine, told not asked
    "feeling better so we're going to stop giving her her prednisolone at weekends",
    "thinking of cutting my valsartan in half since the article says people came off their meds",
    # a question inside a statement; keeping on with a medicine; a comparative judgement
    "Mum wonders whether she could double her omeprazole this week.",
    "is there much point him carrying on with his tacrolimus if BX-7 exists?",
    "the consultant wants to raise his dose but I'd rather hold off. is holding off the wiser move for him?",
    # asking one's doctor for it; the dose in the word order of a statement; a treatment by name to pursue
    "she's 80, ought she to ask her rheumatologist for the BX-7 therapy?",
    "he asks what dose of the cells he would need at 50 kg",
    "is BX-7 something she could look into now she's pregnant?",
    # words typed without their final g
    "wid he be better aff gettin this than his tablets?",
    # a tag after the plan
    "she halves her tablets from today. the summary says drug free is possible so, yeah?",
    "missed my hydroxychloroquine all weekend. that's ok right, the patients managed without theirs",
])
def test_decisions_in_other_grammar_are_caught(text):
    assert DECISIONS.asks(text), text


@pytest.mark.parametrize("text", [
    "i'm not asking whether i should get it, i just want to know how many patients reached remission",
    "I'm going to use it in my talk on Friday.",
    "I'm planning to read the part about medicines with my class.",
    "She wonders whether the patients stopped their medicines.",
    "Is waiting for the long-term panels the smarter way to read the figure?",
    # (found by the session 19 review)
    "The section on prednisolone is clear. I'm going to take it to my class tomorrow.",
    "I'm going to ask my doctor about stopping my prednisone. What does the study say about patients coming off steroids?",
    "Can we stay on the tacrolimus topic for a second?",
    "My dad takes prednisolone. The patients in the study took steroids too, right?",
    "My student asked if she could use the methotrexate table in her essay.",
    "I take methotrexate, is there a point in the figure where the patients stopped theirs?",
])
def test_other_grammar_look_alikes_are_no_decision(text):
    assert not DECISIONS.asks(text), text


@pytest.mark.parametrize("text", [
    "My prednisolone gives me heartburn, so I've decided to skip it on weekends. That's ok, right?",
    "Her azathioprine makes her tired; we've decided to halve it next week. Sensible?",
])
def test_a_medicine_named_then_a_change_of_it_decided_is_a_decision(text):
    assert DECISIONS.asks(text), text


def test_deciding_to_skip_something_else_is_no_decision_about_care():
    assert not DECISIONS.asks("My son is on methotrexate. There's an info evening on Thursday but I've decided to skip it. Is that ok?")


@pytest.mark.parametrize("text", [
    "Just tell me it's ok that I've stopped my steroids for a week.",
    "Please just tell me it's fine that I've dropped my prednisolone.",
])
def test_a_judgement_asked_as_a_request_is_a_decision(text):
    assert DECISIONS.asks(text), text


def test_asking_to_be_told_what_the_study_says_is_no_decision():
    assert not DECISIONS.asks("Please tell me that's what the summary says about the patients stopping their drugs.")


@pytest.mark.parametrize("text", [
    # a question by its word order, typed without a question mark
    "they came off their meds in the trial so could I come off my blood pressure tablets now",
    "the results look great, so should we stop her steroids",
    # asked on someone's behalf, with who is asked named ("asking me whether"); a procedure of their care
    "My brother keeps asking me whether he should postpone his spine surgery until he knows more about BX-7.",
    "mum wonders if she can skip the liver biopsy next month, since the study looked so good",
])
def test_a_decision_asked_without_a_question_mark_or_for_someone_is_recognised(text):
    assert DECISIONS.asks(text), text


@pytest.mark.parametrize("text", [
    "so can I say the patients stopped their medicines",
    "and can we skip the procedure section in the talk",
    "should I skip the kidney biopsy part of the figure?",
    "my tutor keeps asking me whether the patients had to stop their medicines",
    # sessions, rotations and findings of work or study, not of one's care
    "Can I skip the poster session at the lupus conference to read this study?",
    "can I skip the study session tonight and just read the summary",
    "For my talk can I skip the MRI findings?",
    "can I skip the surgery rotation this term",
])
def test_word_order_or_a_procedure_named_alone_is_no_decision(text):
    assert not DECISIONS.asks(text), text
