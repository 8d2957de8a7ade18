"""LLM answers are verified sentence by sentence against the passages they cite.

The chat models are LangChain fakes with scripted completions; the index is the real one."""
from __future__ import annotations

import pytest
from langchain_core.runnables import RunnableLambda

from assistant.answering.pipeline import Assistant
from assistant.answering.llm.backends import FakeChat
from assistant.retrieval.hybrid import to_document
from assistant.settings import Settings
from assistant.records import Hit
from assistant.answering.llm.verification import llm_answer

QUESTION = "How many patients were treated?"
GOOD = "Researchers treated 15 patients with severe autoimmune diseases [1]."


@pytest.fixture(scope="module")
def bot(data_dir):
    # The session's index (conftest.data_dir), opened with no LLM whatever the environment says.
    return Assistant.load(Settings(data_dir=data_dir, llm_backend="none"))


def chunk_with(bot, needle):
    return next(c for c in bot.index.chunks if needle in c.text)


@pytest.fixture(scope="module")
def docs(bot):
    """Four passages in a known order, as the retriever would hand them over."""
    needles = [
        "Researchers treated 15 patients",  # [1] Treatment
        "(SLEDAI-2K) range from 0 to 105",  # [2] Panel A: SLEDAI-2K, EUSTAR-AI and mRSS ranges
        "All lupus patients achieved remission",  # [3] Findings
        "too early to say",  # [4] Outlook
    ]
    return [to_document(Hit(chunk_with(bot, n), 1.0)) for n in needles]


@pytest.fixture(scope="module")
def fallback(bot):
    reply = bot.ask(QUESTION, style="exact")
    assert not reply.abstained and "15 patients" in reply.answer
    return reply


def ask(bot, docs, fallback, completion):
    return llm_answer(FakeChat(responses=[completion]), QUESTION, docs, fallback, bot.composer)


def assert_cited_sentences(bot, reply):
    """Every citation quotes a real sentence of the chunk it names, at the right offsets."""
    assert [c.n for c in reply.citations] == list(range(1, len(reply.citations) + 1))
    for c in reply.citations:
        chunk = bot.index.chunk(c.chunk_id)
        assert c.text == chunk.text
        assert c.quote in [s.text for s in chunk.sentences]
        assert c.text[c.start : c.end] == c.quote
        assert f"[{c.n}]" in reply.answer


def test_good_answer_is_shown_with_each_sentence_cited(bot, docs, fallback):
    reply = ask(bot, docs, fallback,
                GOOD + " SLEDAI-2K scores range from 0 to 105, with higher scores meaning more disease activity [2].")
    assert reply.backend == "llm:fake" and reply.kind == "answer" and not reply.abstained
    assert reply.answer.startswith(
        "Researchers treated 15 patients with severe autoimmune diseases. [1] "
        "SLEDAI-2K scores range from 0 to 105, with higher scores meaning more disease activity. [2]"
    )
    first, second = reply.citations[:2]
    assert first.chunk_id == docs[0].metadata["chunk_id"]
    assert first.quote.startswith("Researchers treated 15 patients")
    assert second.chunk_id == docs[1].metadata["chunk_id"]
    assert "range from 0 to 105" in second.quote and "EUSTAR" not in second.quote
    assert any(note.term == "SLEDAI-2K" for note in reply.glossary)  # jargon still explained
    assert reply.meta["llm"] == "verified" and reply.meta["llm_dropped"] == []
    assert_cited_sentences(bot, reply)


def test_citations_are_renumbered_in_order_of_appearance(bot, docs, fallback):
    reply = ask(bot, docs, fallback,
                "All lupus patients reached remission by the DORIS criteria. [3]\n"
                "- The patients got one infusion of modified T-cells after preconditioning. [1]")
    assert reply.backend == "llm:fake"
    assert [c.chunk_id for c in reply.citations[:2]] == [docs[2].metadata["chunk_id"], docs[0].metadata["chunk_id"]]
    assert reply.citations[1].quote.startswith("After preconditioning")  # the sentence, not just the chunk
    assert "criteria. [1]" in reply.answer and "preconditioning. [2]" in reply.answer
    assert_cited_sentences(bot, reply)


@pytest.mark.parametrize(
    "bad, reason",
    [
        ("SLEDAI-2K scores range from 0 to 100 [2].", "number 100"),  # wrong number
        ("SLEDAI-2K scores range from 0 to 10 [2].", "SLEDAI-2K is not in the supporting"),  # EUSTAR-AI's range
        ("Researchers treated 50 patients [1].", "number 50"),  # wrong count
        ("All lupus patients achieved remission [1].", "words"),  # true, but [1] does not say it
        ("All lupus patients achieved remission [9].", "cites none"),  # no passage [9]
        ("All myositis patients achieved remission [3].", "mixes in"),  # two facts stitched together
        ("Lupus patients did not achieve remission [3].", "negation"),  # negation added
        ("The patients are definitively cured [4].", "caution"),  # the study's hedge dropped
        ("The therapy cures lupus.", "cites none"),  # no marker at all
    ],
)
def test_unsupported_sentence_is_dropped_and_the_rest_kept(bot, docs, fallback, bad, reason):
    reply = ask(bot, docs, fallback, f"{GOOD} {bad}")
    assert reply.backend == "llm:fake"
    assert reply.answer.split("\n\n")[0] == "Researchers treated 15 patients with severe autoimmune diseases. [1]"
    assert reply.meta["llm_kept"] == 1 and reply.meta["llm_sentences"] == 2
    (dropped,) = reply.meta["llm_dropped"]
    assert dropped["sentence"] == 2 and reason in dropped["reason"]
    assert_cited_sentences(bot, reply)


@pytest.mark.parametrize(
    "completion",
    [
        "Researchers treated 50 patients [1].",
        "SLEDAI-2K scores range from 0 to 100 [2]. All myositis patients achieved remission [3].",
        "All lupus patients achieved remission [9].",
        "Fifteen patients were treated.",  # right, but cites nothing
        # One supported sentence out of three is too little to trust the rest of the answer.
        f"{GOOD} The patients are cured [4]. Researchers treated 50 patients [1].",
    ],
)
def test_too_little_supported_falls_back_to_the_composer(bot, docs, fallback, completion):
    reply = ask(bot, docs, fallback, completion)
    assert reply.answer == fallback.answer and reply.citations == fallback.citations
    assert reply.backend == "composer"
    assert reply.meta["llm"] == "rejected"
    assert "50" not in reply.answer and "100" not in reply.answer


@pytest.mark.parametrize("completion", [
    "The study summary does not say.",
    "The study summary does not say [1].",
    f"{GOOD} The passages do not mention how old they were.",
])
def test_model_saying_the_study_does_not_say_defers_to_the_composer(bot, docs, fallback, completion):
    reply = ask(bot, docs, fallback, completion)
    assert reply.answer == fallback.answer and reply.meta["llm"] == "abstained"


@pytest.mark.parametrize("error", [TimeoutError("slow"), ConnectionError("down"), ValueError("bad json")])
def test_model_failure_falls_back_without_raising(bot, docs, fallback, error):
    def broken(_):
        raise error

    reply = llm_answer(RunnableLambda(broken), QUESTION, docs, fallback, bot.composer)
    assert reply.answer == fallback.answer and reply.backend == "composer"
    assert reply.meta["llm"] == "failed" and type(error).__name__ in reply.meta["llm_error"]


def test_reasoning_and_number_words_are_handled(bot, docs, fallback):
    reply = ask(bot, docs, fallback,
                "<think>The answer is in passage 1, maybe 50?</think>Fifteen patients were treated. [1]")
    assert reply.backend == "llm:fake"
    assert reply.answer.startswith("Fifteen patients were treated. [1]") and "50" not in reply.answer
    assert_cited_sentences(bot, reply)


def test_prompt_gives_numbered_passages_and_the_question(bot, docs, fallback):
    llm = FakeChat(responses=[GOOD])
    llm_answer(llm, QUESTION, docs, fallback, bot.composer)
    (prompt,) = llm.prompts
    assert "[1] (Treatment) Researchers treated 15 patients" in prompt
    assert "[3] (Findings) The study followed the patients" in prompt
    assert QUESTION in prompt
    assert "The study summary does not say." in prompt and "medical advice" in prompt


def test_assistant_with_fake_llm_answers_cited(bot):
    llm = FakeChat()  # quotes passage [1]: a grounded answer, so it passes verification
    assistant = Assistant(bot.settings, bot.index, bot.embedder, llm=llm)
    reply = assistant.ask(QUESTION)
    assert reply.backend == "llm:fake" and "15 patients" in reply.answer
    assert_cited_sentences(bot, reply)
    assert reply.to_dict()["backend"] == "llm:fake"


def test_assistant_replaces_hallucination_with_the_composer_answer(bot):
    llm = FakeChat(responses=["Researchers treated 50 patients [1]. Most were cured [1]."])
    reply = Assistant(bot.settings, bot.index, bot.embedder, llm=llm).ask(QUESTION)
    assert reply.backend == "composer" and reply.answer == bot.ask(QUESTION).answer
    assert "50" not in reply.answer and llm.prompts


def test_llm_is_not_asked_when_the_study_does_not_say(bot):
    llm = FakeChat(responses=["It costs 400,000 dollars [1]."])
    reply = Assistant(bot.settings, bot.index, bot.embedder, llm=llm).ask("How much does the treatment cost?")
    assert reply.abstained and reply.backend == "composer" and llm.prompts == []
