import re

import pytest

from assistant.ingest.corpus import CorpusError, clean, load_corpus, parse_file

from conftest import CORPUS, SEED


def test_corpus_has_article_and_legend_with_metadata():
    docs = load_corpus(CORPUS)
    parts = {d.part for d in docs}
    assert parts == {"article", "figure-legend"}
    for doc in docs:
        assert "New England Journal of Medicine" in doc.citation
        assert doc.title and doc.section
    sections = {d.section for d in docs if d.part == "figure-legend"}
    assert {"Panel A", "Panel B", "Panel C", "Panel D"} <= sections


def test_clean_drops_link_markup_and_joins_broken_sentences():
    raw = "called CD19 [CAR T-cell therapy](#) and\n\nmore (SSc)\n\ntreated with CD19. That's CAR\n\nT-cell therapy."
    text = clean(raw)
    assert "[" not in text and "](#)" not in text
    assert "(SSc) treated with" in text
    assert "CAR T-cell therapy" in text


@pytest.mark.skipif(not SEED.exists(), reason="shared/seed is not beside this checkout")
def test_corpus_adds_nothing_that_is_not_in_the_seed_document():
    seed = re.sub(r"\s+", " ", clean(SEED.read_text(encoding="utf-8")))
    for doc in load_corpus(CORPUS):
        for line in doc.text.splitlines():
            line = re.sub(r"^- ", "", line).strip()
            if line:
                assert re.sub(r"\s+", " ", line) in seed, line


def test_a_dropped_in_text_file_is_read(tmp_path):
    (tmp_path / "extra.txt").write_text("Plain notes.\n\nA second paragraph with e.g. an example.", encoding="utf-8")
    docs = load_corpus(tmp_path)
    assert len(docs) == 1 and docs[0].source == "extra.txt" and docs[0].part == "extra"


def test_empty_or_missing_corpus_says_what_to_do(tmp_path):
    with pytest.raises(CorpusError, match="add the study files"):
        load_corpus(tmp_path)
    with pytest.raises(CorpusError, match="CARTQA_CORPUS_DIR"):
        load_corpus(tmp_path / "nope")


def test_non_utf8_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(CorpusError, match="UTF-8"):
        parse_file(bad)
