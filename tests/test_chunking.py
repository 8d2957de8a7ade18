import json
import subprocess
import sys

from hypothesis import given, settings as hsettings, strategies as st

from assistant.ingest.chunking import chunk_corpus, chunk_document, sentence_spans, split_sentences
from assistant.ingest.corpus import load_corpus
from assistant.records import Document

from conftest import CORPUS, ROOT


def _docs():
    return load_corpus(CORPUS)


def test_spans_map_back_to_the_source_text_exactly():
    docs = {d.doc_id: d for d in _docs()}
    for chunk in chunk_corpus(list(docs.values())):
        doc = docs[chunk.doc_id]
        assert doc.text[chunk.start : chunk.end] == chunk.text
        for s in chunk.sentences:
            assert doc.text[s.start : s.end] == s.text
            assert chunk.text[s.chunk_start : s.chunk_end] == s.text


def test_no_sentence_is_split_across_chunks_and_chunks_stay_small():
    for doc in _docs():
        sentences = split_sentences(doc.text)
        chunks = chunk_document(doc, max_chars=500)
        assert [s.text for c in chunks for s in c.sentences] == sentences
        for chunk in chunks:
            assert len(chunk.text) <= 500 or len(chunk.sentences) == 1


def test_abbreviations_do_not_break_sentences():
    text = "Scores on the index (SLEDAI-2K) range from 0 to 105. Some drugs, e.g. steroids, help. Müller, F., et al. 2024. Next one."
    assert split_sentences(text) == [
        "Scores on the index (SLEDAI-2K) range from 0 to 105.",
        "Some drugs, e.g. steroids, help.",
        # "Author, et al. Year. Title." is one reference, not two sentences.
        "Müller, F., et al. 2024. Next one.",
    ]


def test_bullets_are_sentences_without_their_marker():
    text = "Results:\n\n- All lupus patients achieved remission.\n- All myositis patients improved"
    assert split_sentences(text) == ["Results:", "All lupus patients achieved remission.", "All myositis patients improved"]


def test_known_sentences_of_the_study_are_whole():
    sentences = [s for d in _docs() for s in split_sentences(d.text)]
    assert any(s.startswith("Scores on the Systemic Lupus Erythematosus Disease Activity Index 2000 (SLEDAI-2K) range from 0 to 105") for s in sentences)
    assert "That's the idea behind CAR T-cell therapy." in sentences


def _ids_in_subprocess():
    code = (
        "import json; from pathlib import Path; from assistant.ingest.corpus import load_corpus; "
        "from assistant.ingest.chunking import chunk_corpus; "
        f"print(json.dumps([c.chunk_id for c in chunk_corpus(load_corpus(Path({str(CORPUS)!r})))]))"
    )
    return json.loads(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout)


def test_ids_are_stable_across_runs():
    here = [c.chunk_id for c in chunk_corpus(_docs())]
    assert here == _ids_in_subprocess()
    assert len(set(here)) == len(here)


@hsettings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=600))
def test_sentence_spans_are_ordered_disjoint_and_cover_the_words(text):
    spans = sentence_spans(text)
    last = 0
    for span in spans:
        assert last <= span.start < span.end <= len(text)
        last = span.end
    covered = set()
    for span in spans:
        covered.update(range(span.start, span.end))
    for i, ch in enumerate(text):
        if not ch.isspace() and ch not in "-*•" and not ch.isdigit() and ch not in ".)":
            assert i in covered, (text, i)


@hsettings(max_examples=60, deadline=None)
@given(st.text(max_size=2000), st.integers(min_value=80, max_value=700))
def test_chunks_of_any_text_hold_whole_sentences(text, max_chars):
    doc = Document("d#s", "d.md", "d", "t", "s", "", text)
    chunks = chunk_document(doc, max_chars)
    assert [s.text for c in chunks for s in c.sentences] == split_sentences(text)
    for c in chunks:
        assert text[c.start : c.end] == c.text
