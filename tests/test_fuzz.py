"""Bad input never crashes: the chunker, the retriever and Assistant.ask under generated text and
junk histories (hypothesis). Every question gets a Reply with a message a person can read."""
from __future__ import annotations

import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.answering.pipeline import Assistant
from assistant.ingest.chunking import chunk_document
from assistant.records import Document, Reply

KINDS = {"answer", "correction", "not_in_study", "medical_advice", "emergency", "off_topic", "refused", "invalid"}
FUZZ = settings(max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

# Text a patient, a paste or an attacker might send: RTL and bidi controls, emoji, NUL and other
# control characters, zero-width and full-width letters, markup and template syntax.
ODD = [
    "", " ", "\t\n\r ", "\u200b\u200b", "\ufeff", "\u00a0\u2028\u2029\u3000", "\x00", "\x00lupus\x00", "\x07\x08\x1b[31m",
    "\u202eremission\u202c", "هل دخل مرضى الذئبة في هدوء؟", "האם החולים הגיעו להפוגה?", "😀🧬💉👩‍⚕️", "Ｌｕｐｕｓ？",
    "𝓵𝓾𝓹𝓾𝓼", "lupu\u0301s", "<script>alert(1)</script>", "{{7*7}} ${jndi:x}", "'; DROP TABLE chunks;--", "%s%n%x",
    "../../etc/passwd", "\\u0000", "?", "...", "lupus " * 60, "CAR-T CD19 SLEDAI-2K MMT-8 mRSS DORIS",
]
WORDS = ["lupus", "remission", "patients", "myositis", "how", "many", "what", "did", "the", "and", "panel", "B",
         "scleroderma", "is", "it", "a", "cure", "?", "DORIS", "infusion", "months", "side", "effects"]
questions = st.one_of(
    st.sampled_from(ODD),
    st.text(max_size=300),  # any unicode (hypothesis leaves out lone surrogates; see below)
    st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD), st.text(max_size=8)), max_size=25).map(" ".join),
)
blank = st.text(alphabet=st.sampled_from(" \t\n\r\x0b\x0c\x00\x01\x1f\x7f\x85\u00a0\u2028\u2029\u3000"), max_size=50)

_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=40), st.binary(max_size=8))
junk = st.recursive(
    _scalars, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)
turns = st.one_of(
    junk,
    st.fixed_dictionaries(
        {"role": st.sampled_from(["user", "assistant", "system", "", None, 1]), "content": st.one_of(questions, junk)}
    ),
    st.fixed_dictionaries({"role": st.sampled_from(["user", "assistant"])}),  # no content
    st.fixed_dictionaries({"content": questions}),  # no role
    st.fixed_dictionaries({"role": st.just("user"), "content": questions}, optional={"extra": junk}),
)
histories = st.one_of(st.none(), st.lists(turns, max_size=8))


def assert_clear_reply(reply) -> None:
    """What any caller may rely on, whatever was asked."""
    assert isinstance(reply, Reply)
    assert reply.kind in KINDS
    assert isinstance(reply.answer, str) and reply.answer.strip(), "every reply says something"
    assert isinstance(reply.abstained, bool)
    if reply.kind == "invalid":
        assert reply.abstained
    for citation in reply.citations:
        assert citation.text[citation.start:citation.end] == citation.quote
    json.dumps(reply.to_dict())  # the API can always send it


# ---- the chunker --------------------------------------------------------------------------------

PROSE = st.lists(
    st.sampled_from(["Lupus", "remission", "e.g.", "Dr.", "(SLE).", "15", "U.S.", "et al.", "2024.", "…", "?", "!", "-",
                     "•", "1.", "\n", "\n\n", "  ", "\t", "[1]", "”", "é", "😀", "\u202e", "שלום", "\x00", "\r\n", "B."]),
    max_size=80,
).map(" ".join)


@FUZZ
@given(text=st.one_of(PROSE, st.text(max_size=600)), max_chars=st.integers(80, 600))
def test_chunks_are_exact_spans_of_whole_sentences(text, max_chars):
    doc = Document("doc#section", "doc.md", "doc", "Title", "Section", "", text)
    chunks = chunk_document(doc, max_chars)
    assert chunk_document(doc, max_chars) == chunks, "chunking is deterministic (stable ids)"
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    covered, previous_end = set(), 0
    for chunk in chunks:
        assert chunk.text == text[chunk.start:chunk.end]
        assert len(chunk.sentences) == 1 or chunk.end - chunk.start <= max_chars
        for sentence in chunk.sentences:
            assert sentence.text == text[sentence.start:sentence.end] == chunk.text[sentence.chunk_start:sentence.chunk_end]
            assert sentence.text.strip() and sentence.start >= previous_end
            previous_end = sentence.end
            covered.update(range(sentence.start, sentence.end))
    # Nothing is lost but list markers ("-", "•", "1."), which are not part of any sentence.
    lost = "".join(ch if i not in covered else " " for i, ch in enumerate(text)).split()
    assert all(word in ("-", "*", "•") or (word[:-1].isdigit() and word[-1] in ".)") for word in lost), lost


def test_sentences_do_not_start_with_spaces():
    doc = Document("doc#section", "doc.md", "doc", "Title", "Section", "", "   Patients improved.\n  All of them.")
    sentences = [s.text for c in chunk_document(doc) for s in c.sentences]
    assert sentences == ["Patients improved.", "All of them."]


# ---- the retriever ------------------------------------------------------------------------------


@settings(max_examples=20, deadline=None, database=None)
@given(text=questions, k=st.integers(0, 20))
def test_search_always_ranks_k_chunks(bot, text, k):
    hits = bot.scorer.search(text, k)
    assert len(hits) == min(k, len(bot.index.chunks))
    scores = [h.score for h in hits]
    assert all(math.isfinite(s) for s in scores) and scores == sorted(scores, reverse=True)
    assert all(bot.index.chunk(h.chunk.chunk_id) is h.chunk for h in hits)


@settings(max_examples=10, deadline=None, database=None)
@given(text=questions)
def test_langchain_retriever_returns_documents(bot, text):
    docs = bot.retriever.invoke(text)
    assert len(docs) == min(bot.settings.retrieval_k, len(bot.index.chunks))
    assert all(d.page_content == bot.index.chunk(d.id).text for d in docs)


# ---- Assistant.ask ------------------------------------------------------------------------------


@FUZZ
@given(question=questions, history=histories)
def test_any_question_and_history_get_a_clear_reply(bot, question, history):
    reply = bot.ask(question, history)
    assert_clear_reply(reply)
    if not question.strip():
        assert reply.kind == "invalid"


@settings(max_examples=25, deadline=None, database=None)
@given(question=blank)
def test_empty_and_whitespace_questions_are_invalid(bot, question):
    reply = bot.ask(question)
    assert reply.kind == "invalid" and reply.abstained
    assert "question" in reply.answer.lower()


@pytest.mark.parametrize("question", [None, 42, 3.5, b"lupus", ["lupus"], {"q": "lupus"}, object()])
def test_a_question_that_is_not_text_is_invalid(bot, question):
    reply = bot.ask(question)
    assert_clear_reply(reply)
    assert reply.kind == "invalid"


@pytest.mark.parametrize("fill", ["a", "😀", "ש", "lupus ", "\x00x", "<b>"])
def test_a_100_kb_question_is_refused_with_the_limit(bot, fill):
    question = (fill * (100_000 // len(fill)))[:100_000]
    reply = bot.ask(question)
    assert reply.kind == "invalid" and reply.abstained
    assert "too long" in reply.answer and str(bot.settings.max_question_chars) in reply.answer


def test_100_kb_of_padding_around_a_real_question_is_answered(bot):
    reply = bot.ask(" " * 50_000 + "Did the lupus patients go into remission?" + "\n" * 50_000)
    assert reply.kind == "answer" and "remission" in reply.answer.lower()


def test_thousands_of_turns_in_a_megabyte_of_history(bot):
    answer = "All lupus patients achieved remission based on established criteria. " * 5
    history = []
    for n in range(3000):
        history += [{"role": "user", "content": f"Question {n} about lupus remission?"},
                    {"role": "assistant", "content": answer}]
    assert len(json.dumps(history)) > 1_000_000
    reply = bot.ask("and what about myositis?", history)
    assert_clear_reply(reply)
    assert "remission" in reply.standalone_question.lower()  # the last of 6000 turns was found and used


@settings(max_examples=10, deadline=None, database=None)
@given(question=questions, history=histories)
def test_stream_pieces_add_up_to_the_reply(bot, question, history):
    *pieces, reply = list(bot.stream(question, history))
    assert_clear_reply(reply)
    assert "".join(pieces) == reply.answer


# ---- found by fuzzing; fixed by patches to modules owned elsewhere (see the issue-6 notes) --------


@pytest.mark.parametrize("where", ["question", "history"])
def test_lone_surrogates_get_a_reply(bot, where):
    text = "\ud800 lupus remission?"
    if where == "question":
        reply = bot.ask(text)
    else:
        reply = bot.ask("and what about that?", [{"role": "user", "content": text}])
    assert_clear_reply(reply)


@pytest.mark.parametrize("history", [42, 3.5, True, object()])
def test_a_history_that_is_not_a_list_is_ignored(bot, history):
    assert_clear_reply(bot.ask("Did the lupus patients go into remission?", history))


class _Recording:
    """The real embedder, noting the length of every text it embeds for a query."""

    def __init__(self, inner):
        self.inner, self.lengths, self.fingerprint = inner, [], inner.fingerprint

    def embed_query(self, text):
        self.lengths.append(len(text))
        return self.inner.embed_query(text)

    def embed_documents(self, texts):
        return self.inner.embed_documents(texts)


def test_a_huge_earlier_question_costs_no_more_than_a_long_question(bot):
    recording = _Recording(bot.embedder)
    small = Assistant(bot.settings, bot.index, recording)
    reply = small.ask("and what about that?", [{"role": "user", "content": "lupus " * 50_000}])
    assert_clear_reply(reply)
    assert max(recording.lengths) <= 3 * bot.settings.max_question_chars
