"""The grounded composer: question + scored sentences -> a short Reply, every sentence cited.

No language model: the answer is made of the study's own sentences (one per part of the
question), each followed by its citation marker, plus glossary notes for jargon. When the evidence
is too weak, or the question is about something the study never mentions, the Reply says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from assistant.retrieval.lexicon import STOPWORDS, content_tokens, tokens
from assistant.retrieval.hybrid import Scorer, SentenceScores
from assistant.records import Citation, GlossaryNote, Reply, Sentence

NOT_IN_STUDY = "The study summary does not say."
RUNNER_MARGIN = 0.08
# Parts of one question answered; the rest of a list of hundreds of parts costs nothing.
MAX_PARTS = 6
# Topics patients often ask about. A question about one of them is answered only if the corpus
# itself uses the word; otherwise the study does not cover it.
UNCOVERED_TOPICS = re.compile(
    r"\b(side[- ]?effects?|adverse|risks?|dangers?|dangerous|toxicit\w*|cytokine|crs|icans|neurotox\w*|infections?|"
    r"cost|costs|price|pay|afford\w*|insurance|dose|doses|dosage|cells per|how many cells|"
    r"eligib\w*|criteria|enrol\w*|recruit\w*|sign up|join|hospitals?|clinics?|cent(er|re)s?|countr(y|ies)|"
    r"where(?![^?]*\bpublish)|"
    r"age|ages|old|young|children|kids|women|men|male|female|sex|gender|pregnan\w*|fertility|"
    r"die|died|death|deaths|mortality|survival|fatal|approved|approval|fda|ema|licensed|available|"
    r"rituximab|belimumab|anifrolumab|mycophenolate|hydroxychloroquine|tocilizumab|"
    r"(better|worse|safer|more effective|compared?|versus|vs\.?|instead of|rather than|than)\b[^?]{0,40}\b"
    r"(other|standard|usual|existing|current|regular|traditional) (treatments?|therap\w+|drugs?|medications?|medicines?)|"
    r"hours?|minutes?|long does (it|the \w+)( \w+)? take|hair|weight|vaccines?|diet|alcohol|"
    r"chemo\w*|fludarabine|cyclophosphamide|drugs? used|"
    r"(b[- ]?cells?|cells) (come|coming|came) back|(b[- ]?cells?|cells) return\w*|repopulat\w*)\b",
    re.I,
)
_PART_SPLIT = re.compile(
    r"\?\s+(?=\S)|;\s+|,?\s+and\s+(?=(?:what|how|why|when|who|which|where|is|are|do|does|did|was|were)\b)", re.I
)
_ANAPHOR = re.compile(r"(That|This|These|Those|It|They)\b")
_SUMMARY_INTENT = re.compile(
    r"\b(summar\w*|overview|tl;?dr|in a nutshell|gist|main (points|findings|takeaways?)|key (points|findings|takeaways?)|"
    r"what (is|was) (this|the) (study|paper|article) about|what did (the|this) study find)\b",
    re.I,
)
_SUMMARY_WORDS = frozenset(tokens(
    "summarise summarize summary overview tldr nutshell gist main key points findings takeaway takeaways one sentence "
    "class students handout short brief quick simple words plain please give write line lines find found paper article "
    "main takeaway point results result"
))
_JOINED = re.compile(r"\b(and|both|vs\.?|versus|&)\b|,")


@dataclass(frozen=True)
class Evidence:
    sentence: Sentence
    score: float
    dense: float
    coverage: float


def split_parts(question: str) -> list[str]:
    """A question with several parts ("What is CD19, and how many infusions...?") -> its parts."""
    parts = [p for p in _PART_SPLIT.split(question) if p and p.strip() and content_tokens(p)]
    return parts if len(parts) > 1 else [question]


def uncovered_topic(question: str, vocabulary: set[str]) -> str | None:
    """A topic word in the question that the study never uses, if any."""
    for match in UNCOVERED_TOPICS.finditer(question):
        words = tokens(match.group(0))
        if words and not all(w in vocabulary for w in words if w not in STOPWORDS):
            return match.group(0)
    return None


class Composer:
    """Builds Replies from the scorer's evidence."""

    def __init__(self, scorer: Scorer, min_support: float = 0.25, max_sentences: int = 2):
        self.scorer = scorer
        self.index = scorer.index
        self.min_support = min_support
        self.max_sentences = max_sentences
        self.vocabulary = scorer.lexicon.vocabulary
        self._sentence_pos = {s.sentence_id: i for i, s in enumerate(self.index.sentences)}

    # ---- evidence ---------------------------------------------------------------------------

    def evidence(self, question: str, context: str = "") -> tuple[list[Evidence], SentenceScores]:
        """Sentences ranked for one question, with the signals that decide whether to answer."""
        query = self.scorer.query(question, context)
        scores = self.scorer.sentences(query)
        order = np.argsort(-scores.fused, kind="stable")
        out = []
        for i in order[:8]:
            out.append(
                Evidence(
                    self.index.sentences[i],
                    float(scores.fused[i]),
                    float(scores.dense[i]),
                    self.scorer.coverage(query, int(i)),
                )
            )
        return out, scores

    def support(self, best: Evidence) -> float:
        """How well the best sentence supports an answer: dense similarity plus lexical coverage."""
        return 0.6 * best.dense + 0.6 * best.coverage

    # ---- composing --------------------------------------------------------------------------

    def _cite(self, picked: list[Sentence], shown: dict[str, str]) -> tuple[list[str], list[Citation]]:
        lines, citations = [], []
        for n, sentence in enumerate(picked, start=1):
            chunk = self.index.chunk(sentence.chunk_id)
            lead = f"{chunk.section}: " if chunk.part == "figure-legend" and not sentence.text.startswith("Panel") else ""
            text = shown.get(sentence.sentence_id, sentence.text.strip())
            lines.append(f"{lead}{text} [{n}]")
            citations.append(Citation.of(n, chunk, sentence))
        return lines, citations

    def clauses(self, picked: list[Sentence], question: str) -> dict[str, str]:
        """For a list of definitions ("ACR-EULAR denotes ..., CK creatine kinase, DORIS ...") asked
        about one or two of its terms, show just those: "CK denotes creatine kinase." The
        citation still quotes the whole sentence."""
        shown = {}
        asked = set(tokens(question))
        for sentence in picked:
            if " denotes " not in sentence.text or sentence.text.count(",") < 3:
                continue
            terms = [
                d for d in self.scorer.lexicon.definitions.values()
                if d.sentence_id == sentence.sentence_id and tokens(d.term) and tokens(d.term)[0] in asked
            ]
            if 1 <= len(terms) <= 2:
                shown[sentence.sentence_id] = "; ".join(f"{d.term} denotes {d.long_form}" for d in terms) + "."
        return shown

    def glossary(self, text: str, first_n: int) -> tuple[list[str], list[Citation], list[GlossaryNote]]:
        """Notes for the jargon in text that text itself does not spell out."""
        lines, citations, notes = [], [], []
        seen = set()
        for definition in self.scorer.lexicon.definitions.values():
            term = definition.term
            if term in seen or definition.long_form.lower() in text.lower():
                continue
            if not re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text):
                continue
            seen.add(term)
            sentence = self.index.sentences[self._sentence_pos[definition.sentence_id]]
            n = first_n + len(citations)
            citations.append(Citation.of(n, self.index.chunk(sentence.chunk_id), sentence))
            notes.append(GlossaryNote(term, definition.long_form, n))
            lines.append(f"{term} = {definition.long_form} [{n}]")
        return lines, citations, notes

    def compose(
        self, picked: list[Sentence], kind: str = "answer", prefix: str = "", abstained: bool = False,
        shown: dict[str, str] | None = None,
    ) -> Reply:
        shown = shown or {}
        lines, citations = self._cite(picked, shown)
        body = " ".join(lines)
        said = " ".join(shown.get(s.sentence_id, s.text) for s in picked)
        notes_lines, note_citations, notes = self.glossary(said, len(citations) + 1)
        answer = f"{prefix} {body}".strip() if prefix else body
        if notes_lines:
            answer += "\n\nTerms: " + "; ".join(notes_lines) + "."
        return Reply(answer=answer, kind=kind, abstained=abstained, citations=tuple(citations + note_citations), glossary=tuple(notes))

    def _next_in_section(self, sentence: Sentence) -> Sentence | None:
        position = self._sentence_pos[sentence.sentence_id] + 1
        if position < len(self.index.sentences):
            following = self.index.sentences[position]
            if self.index.chunk(following.chunk_id).doc_id == self.index.chunk(sentence.chunk_id).doc_id:
                return following
        return None

    def entities(self, question: str) -> list[str]:
        """The study's named things in a question, in order: defined terms and diseases."""
        found = []
        for definition in self.scorer.lexicon.definitions.values():
            for form in (definition.term, definition.long_form):
                match = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", question, re.I)
                if match:
                    found.append((match.start(), match.group(0)))
                    break
        for disease in ("lupus", "myositis", "scleroderma"):
            match = re.search(rf"\b{disease}\b", question, re.I)
            if match:
                found.append((match.start(), match.group(0)))
        spans = sorted(found)
        # Drop a term found inside a longer one ("SLE" inside "Definition of Remission in SLE").
        return [t for i, (start, t) in enumerate(spans) if not any(s2 < start < s2 + len(t2) for s2, t2 in spans[:i])]

    def parts(self, question: str) -> list[str]:
        """The parts of a question: split at "?", ";" and "..., and what ...", and a question
        joining several named things ("ranges for both MMT-8 and TIS") asked once per thing."""
        parts = split_parts(question)[:MAX_PARTS]
        if len(parts) > 1 or not _JOINED.search(question):
            return parts
        names = self.entities(question)
        if not 2 <= len(names) <= 3:
            return parts
        out = []
        for name in names:
            part = question
            for other in names:
                if other != name:
                    part = re.sub(rf"(\s*(,|and|&|both|vs\.?|versus))*\s*(?<![\w-]){re.escape(other)}(?![\w-])", "", part, flags=re.I)
            out.append(part)
        return out

    def pick(self, question: str, context: str = "") -> tuple[list[Sentence], float, list[Evidence], int]:
        """The sentences that answer each part of the question the study covers; the best part's
        support; the evidence for the first part; and how many parts the study does not cover."""
        picked: list[Sentence] = []
        strongest = 0.0
        first: list[Evidence] = []
        parts = self.parts(question)
        weak: list[Sentence] = []
        for part in parts:
            ranked, scores = self.evidence(part, context)
            query = scores.query
            first = first or ranked
            best = ranked[0]
            support = self.support(best)
            strongest = max(strongest, support)
            if uncovered_topic(part, self.vocabulary):
                weak.append(best.sentence)  # a topic the study lacks: say so below
                continue
            if support < self.min_support:
                continue  # too little evidence to answer this part, or to be sure it is missing
            if best.sentence not in picked:
                picked.append(best.sentence)
            if self.scorer.is_overview(query):
                # "What's in panel C?": the sentence introducing it and the one after.
                following = self._next_in_section(best.sentence)
                if following and following not in picked:
                    picked.append(following)
                continue
            # A second sentence when it is nearly as good and answers a word of the question (or
            # one of its synonyms) that the first leaves out.
            if len(picked) < self.max_sentences and len(ranked) > 1:
                runner = ranked[1]
                groups = query.groups
                have = set(tokens(best.sentence.text))
                missing = [forms for word, forms in groups.items() if "_" not in word and not forms & have]
                adds = [forms for forms in missing if forms & set(tokens(runner.sentence.text))]
                if runner.score >= best.score - RUNNER_MARGIN and adds and runner.sentence not in picked:
                    picked.append(runner.sentence)
        picked = picked[: max(self.max_sentences, len(parts))]
        # A weak part whose best sentence another part already brought in is answered too.
        uncovered = sum(1 for sentence in weak if sentence not in picked)
        return picked, strongest, first, uncovered

    def _with_antecedents(self, picked: list[Sentence]) -> list[Sentence]:
        """A short sentence that leans on the one before ("That's the idea behind CAR T-cell
        therapy.") is given that sentence too, so the answer reads on its own."""
        out: list[Sentence] = []
        for sentence in picked:
            if len(sentence.text) < 60 and _ANAPHOR.match(sentence.text):
                position = self._sentence_pos[sentence.sentence_id]
                before = self.index.sentences[position - 1] if position else None
                if before and before not in out and before not in picked and (
                    self.index.chunk(before.chunk_id).doc_id == self.index.chunk(sentence.chunk_id).doc_id
                ):
                    out.append(before)
            if sentence not in out:
                out.append(sentence)
        return out

    @staticmethod
    def wants_summary(question: str) -> bool:
        """Asks for the study in brief, about nothing narrower ("summarise it for my class")."""
        return bool(_SUMMARY_INTENT.search(question)) and not [t for t in content_tokens(question) if t not in _SUMMARY_WORDS]

    def summary(self) -> Reply:
        """The study in brief, as the document itself opens: its first two sentences."""
        return self.compose(self.index.sentences[:2])

    def answer(self, question: str, context: str = "") -> Reply:
        """Answer a study question, or say the study does not say."""
        if self.wants_summary(question):
            return self.summary()
        picked, support, ranked, uncovered = self.pick(question, context)
        picked = self._with_antecedents(picked)
        meta = {"support": round(support, 3), "uncovered_parts": uncovered, "dense": round(ranked[0].dense, 3)}
        if not picked:
            return self.not_in_study(ranked, meta)
        reply = self.compose(picked, shown=self.clauses(picked, question))
        if uncovered:
            # Say which part is missing rather than answer only half the question silently.
            reply = Reply(**{**reply.__dict__, "answer": reply.answer + f"\n\n{NOT_IN_STUDY[:-1]} anything about the rest of your question."})
        return Reply(**{**reply.__dict__, "meta": meta})

    def not_in_study(self, ranked: list[Evidence], meta: dict) -> Reply:
        """Say the study does not cover it, and share the closest thing it does say, if any."""
        close = [e.sentence for e in ranked[:1] if e.dense >= 0.35]
        if close:
            reply = self.compose(close, kind="not_in_study", prefix=f"{NOT_IN_STUDY} The closest it gets:", abstained=True)
        else:
            reply = Reply(answer=NOT_IN_STUDY + " It only reports the results of this case series.", kind="not_in_study", abstained=True)
        return Reply(**{**reply.__dict__, "meta": meta})
