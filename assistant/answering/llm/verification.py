"""Ask the LLM, then keep only the sentences the cited passage supports.

An LLM answer is never shown as written. Each sentence must cite one of the passages it was given,
and one sentence of that passage must carry it: every number and abbreviation, most of its words,
no fact stitched in from a neighbouring sentence, no added negation, no dropped hedge. The rest are
dropped. Each kept sentence is cited with that supporting sentence, the quote a reader sees. When
too little survives, or the model fails, says the study does not say, or times out, the grounded
composer's Reply is returned instead, so the LLM can only ever make an answer shorter and plainer,
never less true.
"""
from __future__ import annotations

import dataclasses
import logging
import re

from assistant.answering.composer import NOT_IN_STUDY
from assistant.ingest.chunking import split_sentences
from assistant.retrieval.lexicon import content_tokens
from assistant.answering.llm.backends import answer_chain, format_passages, model_label
from assistant.records import Chunk, Citation, Reply, Sentence

log = logging.getLogger("cartqa")

MIN_WORD_SUPPORT = 0.6  # share of a claim's content words its supporting sentence must hold; the rest is paraphrase
_THINK = re.compile(r"<think>.*?(</think>|$)", re.S | re.I)  # reasoning models' scratchpad
_MARKERS = re.compile(r"\[(\d+(?:\s*[-–,;]\s*\d+)*)\]")
# "... patients. [1]" -> "... patients [1]." so the marker stays with its sentence when splitting.
_MARKER_AFTER_STOP = re.compile(r"([.!?])((?:\s*\[\d+(?:\s*[-–,;]\s*\d+)*\])+)")
_ABSTAIN = re.compile(
    r"does not say|doesn't say|do not say|not (mentioned|reported|stated|covered|described)|"
    r"(does not|doesn't|do not|don't) (mention|report|answer|cover|provide|include)|no information",
    re.I,
)
_NEGATION = re.compile(r"\b(not|no|never|none|neither|nor|without|cannot)\b|n't\b", re.I)
# A hedged finding ("too early to say ... cured", "could offer") must not come back as a fact.
_HEDGE = re.compile(r"\b(could|may|might|potential(ly)?|possibl[ey]|too early|not yet|unclear|uncertain)\b", re.I)
_NUMBER = re.compile(r"(?<![\w.])(?<![A-Za-z]-)\d+(?:[.,]\d+)?(?![\w])")
_WORD = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
# "one" is left out: it is far more often a pronoun ("no one", "one of") than a count.
_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero _ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
    if w != "_"
}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", re.I)


def _plain(text: str) -> str:
    """Dashes unified and number words as digits, so "two years" and "2 years" compare equal."""
    text = text.replace("–", "-").replace("—", " ")  # en dash joins a range, em dash splits a clause
    return _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group(1).lower()], text)


def numbers(text: str) -> set[str]:
    """Free-standing numbers of text ("15", "0", "105"); not the digits inside names like ABC-2K."""
    return {n.replace(",", "") for n in _NUMBER.findall(_plain(text))}


def terms(text: str) -> set[str]:
    """Abbreviations and coded names (ABC-2K, QRS, CD4, HbA1c, C4): words that must be quoted
    exactly, because a near miss names a different thing."""
    found = set()
    for word in _WORD.findall(_plain(text)):
        upper = sum(c.isupper() for c in word)
        mixed = any(c.isalpha() for c in word) and any(c.isdigit() for c in word)
        if upper >= 2 or mixed:
            found.add(word)
    return found


def _has_term(text: str, term: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(term)}(?![\w])", _plain(text), re.I) is not None


def split_answer(text: str) -> list[str]:
    """The LLM's text as sentences, each keeping the citation markers written after it."""
    text = _THINK.sub("", text).replace("**", "").strip()
    text = _MARKER_AFTER_STOP.sub(r"\2\1", text)
    return [s.strip() for s in split_sentences(text) if s.strip()]


def cited(sentence: str) -> list[int]:
    """Passage numbers a sentence cites, in order: "[1]", "[1, 2]", "[1][3]", "[1-2]"."""
    out: list[int] = []
    for group in _MARKERS.findall(sentence):
        for part in re.split(r"\s*[,;]\s*", group):
            ends = [int(b) for b in re.split(r"\s*[-–]\s*", part)]
            # A range is expanded only when it is small; "[1-999]" cites nothing in particular.
            span = range(ends[0], ends[-1] + 1) if ends[0] <= ends[-1] <= ends[0] + 10 else ends[:1]
            out.extend(n for n in span if n not in out)
    return out


def claim_of(sentence: str) -> str:
    """The sentence without its markers, ending in a full stop."""
    text = _MARKERS.sub("", sentence)
    text = re.sub(r"\s+([.,;:!?])", r"\1", re.sub(r"\s+", " ", text)).strip(" ,;:")
    return text if text.endswith((".", "!", "?")) else text + "."


@dataclasses.dataclass(frozen=True)
class Check:
    """The verdict on one claim against one passage."""

    ok: bool
    reason: str = ""
    sentence: Sentence | None = None
    score: float = 0.0


def _words(text: str) -> list[str]:
    """Content words to compare: numbers and coded names are checked on their own, and a hyphenated
    word is compared through its parts ("T-cell" -> "cell"), so "T cells" still matches."""
    return [w for w in content_tokens(_plain(text)) if len(w) > 1 and not re.search(r"[-:]|^[\d.,]+$", w)]


# Words any sentence of the study may use; taking one from a neighbouring sentence changes no fact.
_GENERIC = frozenset(_words(
    "show shows shown indicate indicates summarize summarizes report reports reported found find include includes "
    "reflect reflects use used using receive received given patients people study researchers therapy treatment "
    "treated disease diseases cells level levels value values result results outcome outcomes"
))


def check(claim: str, chunk: Chunk) -> Check:
    """Does chunk support claim, and which of its sentences is the quote that shows it.

    The claim is judged against that one sentence (plus the passage's headings), not the whole
    passage, so a sentence stitched from two facts ("all patients of group B achieved remission")
    does not pass because each word is somewhere nearby."""
    heading = f"{chunk.section}\n{chunk.title}"
    names, nums, words = terms(claim), numbers(claim), _words(claim)
    missing = sorted(t for t in names if not _has_term(f"{chunk.text}\n{heading}", t))
    if missing:
        return Check(False, f"{missing[0]} is not in the passage")
    if nums - numbers(chunk.text):
        return Check(False, f"number {sorted(nums - numbers(chunk.text))[0]} is not in the passage")
    if not words:
        return Check(False, "no content words")
    candidates = [s for s in chunk.sentences if nums <= numbers(s.text)]
    if not candidates:
        return Check(False, f"numbers {sorted(nums)} are not in one sentence of the passage")
    wanted = set(words) | {t.lower() for t in names} | nums
    best = max(candidates, key=lambda s: len(wanted & (set(_words(s.text)) | numbers(s.text)
                                                         | {t.lower() for t in terms(s.text)})))
    basis = f"{best.text}\n{heading}"
    missing = sorted(t for t in names if not _has_term(basis, t))
    if missing:
        return Check(False, f"{missing[0]} is not in the supporting sentence")
    known = set(_words(basis))
    elsewhere = set(_words(chunk.text)) - known
    borrowed = sorted({w for w in words if w in elsewhere and w not in _GENERIC})
    if borrowed:
        return Check(False, f"mixes in {borrowed[0]!r} from another sentence")
    support = sum(w in known for w in words) / len(words)
    if support < MIN_WORD_SUPPORT:
        return Check(False, f"only {support:.0%} of its words are in the supporting sentence")
    if _NEGATION.search(claim) and not _NEGATION.search(best.text):
        return Check(False, "adds a negation")
    if _HEDGE.search(best.text) and not (_HEDGE.search(claim) or _NEGATION.search(claim)):
        return Check(False, "drops the study's caution")
    return Check(True, sentence=best, score=support)


def verify(text: str, docs, index) -> tuple[list[tuple[str, Chunk, Sentence]], list[dict], int]:
    """The LLM's supported sentences as (claim, chunk, supporting sentence), the dropped ones with
    their reasons, and how many sentences there were."""
    sentences = split_answer(text)
    kept, dropped = [], []
    for i, sentence in enumerate(sentences, start=1):
        claim = claim_of(sentence)
        numbers_cited = [n for n in cited(sentence) if 1 <= n <= len(docs)]
        if not numbers_cited:
            dropped.append({"sentence": i, "reason": "cites none of the given passages"})
            continue
        verdicts = []
        for n in numbers_cited:
            try:
                chunk = index.chunk(docs[n - 1].metadata["chunk_id"])
            except KeyError:
                continue
            verdicts.append((check(claim, chunk), chunk, n))
        good = [v for v in verdicts if v[0].ok]
        if not good:
            reason = f"[{verdicts[0][2]}]: {verdicts[0][0].reason}" if verdicts else "cited passage unknown"
            dropped.append({"sentence": i, "reason": reason})
            continue
        verdict, chunk, _ = max(good, key=lambda v: v[0].score)
        kept.append((claim, chunk, verdict.sentence))
    return kept, dropped, len(sentences)


def _abstains(sentences: list[str]) -> bool:
    """The model says the passages do not answer: the exact phrase, or a "not mentioned" that cites nothing."""
    exact = NOT_IN_STUDY.lower()
    return any(exact in claim_of(s).lower() or (_ABSTAIN.search(s) and not cited(s)) for s in sentences)


def _fallback(fallback: Reply, **meta) -> Reply:
    return dataclasses.replace(fallback, meta={**fallback.meta, **meta})


def llm_answer(llm, question: str, docs, fallback: Reply, composer) -> Reply:
    """The LLM's answer to question from docs, verified and cited; else the fallback Reply."""
    if not docs:
        return _fallback(fallback, llm="skipped", llm_reason="no passages")
    try:
        text = answer_chain(llm).invoke({"passages": format_passages(docs), "question": question})
    except Exception as exc:  # a dead, slow or broken backend must never cost the patient an answer
        log.warning("LLM failed (%s): using the composer's answer", type(exc).__name__)
        return _fallback(fallback, llm="failed", llm_error=f"{type(exc).__name__}: {exc}"[:300])
    if not isinstance(text, str) or not text.strip():
        return _fallback(fallback, llm="rejected", llm_reason="empty answer")
    if _abstains(split_answer(text)):
        return _fallback(fallback, llm="abstained")
    try:
        kept, dropped, total = verify(text, docs, composer.index)
    except Exception:  # model output is arbitrary text: a checker bug must not reach the patient either
        log.exception("verifying the LLM answer failed: using the composer's answer")
        return _fallback(fallback, llm="failed", llm_error="verification error")
    if not kept or len(kept) * 2 < total:
        log.info("LLM answer rejected: %d of %d sentences supported", len(kept), total)
        return _fallback(fallback, llm="rejected", llm_kept=len(kept), llm_sentences=total, llm_dropped=dropped)
    lines, citations, numbered = [], [], {}
    for claim, chunk, sentence in kept:
        if sentence.sentence_id not in numbered:  # two claims from one sentence share its number
            numbered[sentence.sentence_id] = len(citations) + 1
            citations.append(Citation.of(len(citations) + 1, chunk, sentence))
        lines.append(f"{claim} [{numbered[sentence.sentence_id]}]")
    body = " ".join(lines)
    # Terms and background notes for what the LLM said, as the composer would add them.
    study = composer.knowledge.study(fallback.study or None)
    glossary, background, notes, note_citations = composer.writer.notes(
        " ".join(c for c, _, _ in kept), study, fallback.style, len(citations) + 1)
    return Reply(
        answer=body + notes,
        body=body,
        kind="answer",
        citations=tuple(citations + note_citations),
        glossary=tuple(glossary),
        background=tuple(background),
        style=fallback.style,
        study=fallback.study,
        standalone_question=fallback.standalone_question,
        backend=f"llm:{model_label(llm)}",
        meta={**fallback.meta, "llm": "verified", "llm_kept": len(kept), "llm_sentences": total, "llm_dropped": dropped},
    )
