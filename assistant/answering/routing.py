"""What kind of message is this: routing by nearest examples, with narrow guards as a backstop.

The kind is chosen by the labelled example messages nearest to the message, embedded with the same
model as the study (the semantic-router pattern): the engine's generic examples
(knowledge/routes.toml) and the study pack's own (routes.toml), hard negatives included ("how do I
read the graph?" is a study question). Two kinds must never be missed, so narrow lexical guards
(guards.py: knowledge/guards.toml, guards_languages.toml) catch emergencies and attempts to change the
instructions first, and wordings that ask for a decision about one's own care (examples alone missed
some); a safety classifier (safety_model.py) hears wordings neither knows, within the bars below.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from assistant.answering.asking import asks_brief, asks_format, asks_numbers, without_role
from assistant.answering.guards import Guards
from assistant.answering.read_aways import _PERSON_NOW, _STUDY_PEOPLE
from assistant.answering.safety_model import FROM_KIND, SafetyModel
from assistant.retrieval.lexicon import content_tokens

STUDY = "study_question"
# A thing to be made that no study answers ("write me a Python function ...", "help me draft a cover
# letter"), unless the message names the study or its findings: off topic, whatever its words share
# with the study ("creatinine").
_TASK = re.compile(r"\b(?:write|draft|code|compose|create|generate|make|build|program|plan|put together|come up with)\b(?: me| us)?"
                   r"(?: (?:a|an|some|my|the))? (?:(?:short|quick|simple|little|new|good|funny|professional|formal|\w+-line|"
                   r"python|javascript|java|sql|excel|bash|r|c\+\+|html|css)\s)*"
                   r"(?:function|script|program|code|app|website|web ?page|macro|formula|spreadsheet|regex|algorithm|"
                   r"cover letter|covering letter|job application|cv|resume|résumé|personal statement|poem|song|rap|limerick|haiku|"
                   r"(?:short |bedtime )?story|joke|recipe|meal plan|workout|playlist|business plan|toast|wedding speech|invitation|caption|hashtags)\b"
                   # (or asked for outright: "got a good banana bread recipe?", "uma boa receita de ...?")
                   r"|\b(?:got|have|know|need|want|suggest|recommend|share|give me|what'?s|qual (?:é|e))(?: \w+){0,4} "
                   r"(?:recipes?|receitas?|recetas?|recettes?|rezepte?|ricette?|playlist|workout|joke|pick-?up line|caption)\b"
                   r"(?!\s+(?:that|which|for|good|to help|to ease))"  # (not "a recipe good for <a condition>": a diet question)
                   # (words for an occasion of one's own: "a killer opening line for my best man speech")
                   r"|\b(?:got|have|know|need|want|suggest|recommend|share|give me|help me with|help with)(?: \w+){0,4} "
                   r"(?:(?:best man'?s?|maid of honou?r|wedding|retirement|birthday|leaving) speech|wedding vows|"
                   r"(?:opening line|one-liner|chat-?up line|icebreaker) for (?:my|a|our|the) (?:[\w-]+ ){0,3}(?:speech|toast|wedding|party|date|card|letter|email))\b", re.I)
_ABOUT_THE_STUDY = re.compile(r"\b(study|studies|summary|paper|article|figure|panel|chart|graph|legend|table|results|findings|"
                              r"trial|research|researchers|authors|(the|these|those) patients|the (therapy|treatment)|this (therapy|treatment)|"
                              r"explains?|explaining|remember|understand|learn|teach\w*|stand for|stands for)\b", re.I)
# A follow-up fragment: "and minimal?", "what about the skin one?", "or lower?".
_FRAGMENT = re.compile(r"^\W*(?:and|or|what about|how about|plus|also)\b", re.I)
# The writer as the one a request is for ("walk me through ...", "tell us"), not as someone it happens to.
_ASKS_ME = re.compile(r"\b(?:tell|show|give|walk|take|talk|remind|help|let|explain to|quote) (?:me|us)\b", re.I)
_OTHER_SCRIPT = re.compile(r"[^\x00-\x7f]")  # (any letter beyond ASCII: another language's words)
# How sure the nearest examples must be, and by how much a kind must beat a study question, for
# the message to be routed away from answering. Calibrated on the tuning questions (see README).
THRESHOLDS = {
    "personal_advice": (0.50, 0.05),
    "emergency_reaction": (0.50, 0.12),
    "emergency_self_harm": (0.55, 0.08),
    "injection": (0.66, 0.06),
    "off_topic": (0.40, 0.08),
    "greeting": (0.70, 0.05),
    "thanks": (0.70, 0.05),
    "meta_simpler": (0.64, 0.05),
    "meta_exact": (0.64, 0.05),
    "meta_detail": (0.64, 0.05),
}
# Mid-conversation a request to restyle the last answer is far more likely: lower bars for them.
# So is thanks ("thank you so much!", "great, thanks", "thx"), when it leads a study question by far.
IN_CONVERSATION = {"meta_simpler": (0.33, 0.03), "meta_exact": (0.45, -0.02), "meta_detail": (0.45, 0.0),
                   "thanks": (0.50, 0.15)}
# The safety classifier's probability that routes a message away from answering: calibrated on the
# tuning sets' items (at most one ordinary message of ~1,700 routed away; see README).
SAFETY_MIN = 0.93
# An emergency needs less certainty (tuning sets: at 0.75 the classifier finds 235 of 253 emergencies
# and flags 2 of 2,559 other messages; at 0.93, 218 and 1).
EMERGENCY_MIN = 0.75
# A message the guards read as a decision about one's care is an emergency only when the classifier
# is surer (tuning sets: the emergencies among them scored 0.98-1.0; decisions it misread as
# emergencies, "she wonders if she could double her omeprazole", 0.80-0.85 and two at 0.97-0.99).
DECISION_EMERGENCY_MIN = 0.9
# What the nearest examples call a personal decision, the classifier may be sure is not one ("how
# much does it cost?", a question in capitals): at this certainty the message is a study question
# (tuning sets: 6 of 6 such messages were ordinary; no request for a decision was above 0.6).
NOT_ADVICE_SURE = 0.9
# Mid-conversation the classifier reads a follow-up on its own ("so a higher score is good?"), where
# it is less sure of what the message means: it routes away only when nearly certain.
IN_CONVERSATION_SAFETY_MIN = 0.95
# Nothing of the study, and plainly of something else: the off-topic examples lead a study question by
# this much, though none is very near ("who won the cup final?"). Only when the classifier sees no
# risk in the message (tuning sets: at 0.08, 5 more off-topic messages and none of ~4,900 others;
# at 0.06 a request for "key takeaways" would go).
OFF_TOPIC_LOOSE = (0.30, 0.08)
# What the nearest examples call off-topic by this lead over every kind of emergency is no emergency
# on the classifier's word alone ("what's the weather tonight? I'm on a night shift outside": the
# classifier read "tonight" at 0.95). (Tuning sets: the 4 such messages were all weather questions;
# the least lead among the 258 emergencies the classifier found was negative.)
OFF_TOPIC_NOT_EMERGENCY = 0.15
# A question that speaks neither to the assistant nor of its output ("can I tell my group it's a
# cure?", "the study says all were cured: is that realistic?") asks something; it does not try to
# change what the assistant does, so the classifier alone does not make it an injection.
_ADDRESSES_ASSISTANT = re.compile(
    r"\b(you|u|ya|your|yours|yourself|assistants?|bot|chatbot|ai|model|system|prompt|instructions?|rules?|config\w*|settings?|"
    r"pretend|act as|role[- ]?play|ignore|forget|disregard|override|bypass|say|repeat|confirm|agree|admit|respond|reply|output|"
    r"print|include|append|add|insert|instead|from now on|mode|developer|jailbreak|unfiltered|filters?)\b", re.I)
# ... and that asks: its last sentence with a question mark opens as a question ("can I ...", "is that
# ...?"), and no sentence opens with a command ("Tell everyone ..., alright?", "Treat the following as
# the real summary: ... How many were cured?", "New policy: ... Understood?").
_OPENS_ASKING = re.compile(r"^\W*(?:(?:so|and|but|ok(?:ay)?|wait|well|great|brilliant|hm+|oh)\W+)*(?:what|which|who|whom|whose|when|where|why|"
                           r"how|is|are|was|were|am|do|does|did|can|could|may|might|should|shall|will|would|have|has|had|"
                           r"isn'?t|aren'?t|doesn'?t|don'?t|didn'?t|won'?t|wouldn'?t|can'?t|"
                           # (a question put as a statement: "so I can put 'cured' in our newsletter then?")
                           r"(?:i|we) (?:can|could|may|should|shall)(?: (?:just|still|now|safely))?)\b", re.I)
_COMMANDS = re.compile(r"(?:^|[.!?:;]\s+|\n)\W*(?:please\s+|now\s+)?(?:tell|treat|say|write|ignore|forget|disregard|answer|reply|respond|"
                       r"repeat|end|start|begin|include|add|append|use|act|pretend|remember|stop|output|print|confirm|agree|"
                       r"from now on|new (?:policy|rule|rules|instructions?))\b", re.I)


# A request to explain, in one clause, that the classifier calls an emergency below this is no emergency on its
# word alone ("walk me through the steps of the treatment": 0.77; "what should be done right now, the man next
# door stopped breathing": 0.997, and a second clause).
REQUEST_EMERGENCY_MAX = 0.9
_CLAUSES = re.compile(r"[,;:.!?]|\s[-–—]\s")
# A request to explain, or a question, opening the message: "walk me through ...", "explain ...", "what ...".
_OPENS_REQUEST = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|and|please|pls|hi|hey)\W+)*(?:(?:walk|talk|take|run) (?:me|us) (?:through|thru)|"
                            r"(?:explain|describe|summari[sz]e|outline|list|break down)\b|tell me (?:about|how|what|why|when|which)\b|"
                            r"(?:what|which|how|why|when|where|who)\b)", re.I)


# A request to explain something (not any question): "walk me through ...", "explain ...", "tell me how ...".
_EXPLAIN_REQUEST = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|and|please|pls|hi|hey)\W+)*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?"
                              r"(?:(?:walk|talk|take|run) (?:me|us) (?:through|thru)|explain|describe|summari[sz]e|outline|break down|"
                              r"tell (?:me|us) (?:about|how|what|why|when|which))\b", re.I)
# After the question, a short comment at most ("sounds intense"), nothing that tells a state: no number, no
# "-ing" (gasping, climbing), no "keeps", "won't", "can't", "still" (as in "..., 40.5 and climbing").
_TELLS_STATE = re.compile(r"\d|\w{3,}ing\b|\b(keeps?|won'?t|can'?t|cannot|still|again|getting|gets|got)\b", re.I)


AFTER_WORDS = 6  # (what may follow the question: "sounds intense", "start to finish please")


def _tells_nothing_after(asked: str) -> bool:
    """Whether what follows the message's first question is at most a short comment telling no state."""
    _, mark, rest = asked.partition("?")
    if not mark:  # (no question mark: what follows its first comma, colon or dash)
        parts = re.split(r"[,;:]|\s[-–—]\s", asked, maxsplit=1)
        rest = parts[1] if len(parts) > 1 else ""
    rest = rest.strip(" ?.!,;:-–—")
    return not rest or (len(rest.split()) <= AFTER_WORDS and not _TELLS_STATE.search(rest))


_NOW_SAID = re.compile(r"\b(now|right now|tonight|today|this (morning|afternoon|evening)|currently|still|at the moment)\b", re.I)
# A question of what was, opening the message ("was there any prep before the infusion?", "did they
# get a fever?"): when it names no one now and the classifier reads no danger (its likeliest label,
# at this probability or more), the examples of danger near it are not heard.
PAST_QUESTION_OTHER_MIN = 0.6
_ASKS_WHAT_WAS = re.compile(r"^\W*(?:(?:so|and|but|ok(?:ay)?|wait|also|hi|hey)\W+)*(?:was|were|did|had)\s+"
                            r"(?:there|they|the|it|this|that|these|those|any|anyone|anybody|each|every|all)\b", re.I)


def _only_asks(text: str) -> bool:
    """A question that speaks neither to the assistant nor of its output, and gives no command."""
    asking = re.findall(r"[^.?!]*\?+", text)
    return bool(asking) and bool(_OPENS_ASKING.match(asking[-1])) and not _COMMANDS.search(text) and not _ADDRESSES_ASSISTANT.search(text)


TOP = 3  # a kind's score: the mean similarity of its TOP nearest examples


@dataclass(frozen=True)
class Route:
    """The kind of a message; by says whether a guard or the examples decided; scores the kinds'
    similarities (for calibration and debugging)."""

    kind: str
    by: str = "examples"
    score: float = 0.0
    scores: dict | None = None




class Router(Guards):
    """Routes messages by their nearest labelled examples (generic ones plus one study's), after the
    narrow guards (guards.Guards)."""

    def __init__(self, examples, vectors: np.ndarray, treatments: tuple[str, ...] = (), glosses=(),
                 english: frozenset[str] = frozenset()):
        super().__init__(treatments, glosses, english)
        keep = [i for i, e in enumerate(examples) if e.source in ("route", "route_only")]
        # The safety classifier learns from the routing examples and the safety training messages.
        train = [i for i, e in enumerate(examples) if e.source in ("route", "train")]
        self._train = ([examples[i].study for i in train],
                       [examples[i].key if examples[i].source == "train" else FROM_KIND.get(examples[i].key, "other") for i in train],
                       vectors[train] if train else np.zeros((0, vectors.shape[1] if vectors.ndim == 2 else 1), np.float32),
                       [examples[i].text for i in train])
        self._models: dict[str, SafetyModel] = {}
        self.kinds = np.array([examples[i].key for i in keep])
        self.studies = np.array([examples[i].study for i in keep])
        self.vectors = vectors[keep] if keep else np.zeros((0, vectors.shape[1] if vectors.ndim == 2 else 1), np.float32)
        self._by_study: dict[str, tuple] = {}


    def _rows(self, study: str) -> tuple[np.ndarray, list[tuple[str, np.ndarray]]]:
        """The study's examples (its own and the generic ones) and, per kind, their positions in it."""
        if study not in self._by_study:
            mask = (self.studies == "") | (self.studies == study)
            kinds = self.kinds[mask]
            self._by_study[study] = (self.vectors[mask], [(str(k), np.flatnonzero(kinds == k)) for k in np.unique(kinds)])
        return self._by_study[study]

    def scores(self, vector: np.ndarray, study: str) -> dict[str, float]:
        """Each kind's score for a message vector: mean similarity of its nearest TOP examples."""
        vectors, kinds = self._rows(study)
        sims = vectors @ vector
        out = {}
        for kind, rows in kinds:
            picked = sims[rows]
            best = picked if len(picked) <= TOP else np.partition(picked, len(picked) - TOP)[-TOP:]
            out[kind] = float(best.mean())
        return out

    def model(self, study: str) -> SafetyModel:
        """The safety classifier for one study (its examples and the generic ones), trained once."""
        model = self._models.get(study)
        if model is None:
            studies, labels, vectors, texts = self._train
            rows = [i for i, s in enumerate(studies) if s in ("", study)]
            model = self._models[study] = SafetyModel(vectors[rows], [labels[i] for i in rows], [texts[i] for i in rows])
        return model

    def _classify(self, vector: np.ndarray, text: str, study: str) -> tuple[str, float]:
        """The safety classifier's label and probability; "other" for a message with nothing to read
        in it (no word but "and", "the", "why"; only brackets or question marks: red team, a run of
        filler got the crisis reply). Words of another script are always read."""
        if not content_tokens(text) and not _OTHER_SCRIPT.search(text):
            return "other", 0.0
        return self.model(study).predict(vector, text)

    def route(self, text: str, vector: np.ndarray | Callable[[], np.ndarray], study: str, conversation: bool = False) -> Route:
        """The kind of a message. vector: the message's, or a function giving it (not called when a
        guard or a task decides: the model is not run for nothing)."""
        guarded = self.guard(text)
        if guarded and guarded != "personal_advice":
            return Route(guarded, by="guard", score=1.0)
        if guarded:
            # Someone in danger now outranks a decision about their care: "I keep blacking out ...
            # should I call the clinic tomorrow?" is an emergency the classifier is sure of.
            if not conversation:
                vector = vector() if callable(vector) else vector
                label, probability = self._classify(vector, text, study)
                if label == "emergency" and probability >= DECISION_EMERGENCY_MIN:
                    scores = self.scores(vector, study)
                    return Route(self._emergency_kind(scores), by="classifier", score=probability, scores=scores)
            return Route(guarded, by="guard", score=1.0)
        if _TASK.search(text) and not _ABOUT_THE_STUDY.search(text):
            return Route("off_topic", by="task", score=1.0)
        vector = vector() if callable(vector) else vector
        scores = self.scores(vector, study)
        by_examples = self._by_examples(scores, conversation)
        label, probability = self._classify(vector, text, study)
        # A wording neither the guards nor the nearest examples know, that the classifier is sure
        # of (of an emergency, less sure will do: missing one costs far more than a false alarm);
        # what the examples call off-topic ("should I sell my car now?", "rain tomorrow?") needs
        # the classifier's full certainty.
        least = EMERGENCY_MIN if label == "emergency" else SAFETY_MIN
        if by_examples.kind == "off_topic":
            least = SAFETY_MIN
        if conversation and label != "emergency":
            least = max(least, IN_CONVERSATION_SAFETY_MIN)  # (an emergency keeps its lower bar)
        if (label == "emergency" and by_examples.kind == "off_topic" and scores.get("off_topic", 0.0)
                >= max(scores.get("emergency_reaction", 0.0), scores.get("emergency_self_harm", 0.0)) + OFF_TOPIC_NOT_EMERGENCY):
            least = float("inf")  # (the classifier alone is not heard: see OFF_TOPIC_NOT_EMERGENCY)
        if label == "injection" and _only_asks(text):
            least = float("inf")  # (a question only asks: see _ADDRESSES_ASSISTANT)
        if label == "injection" and conversation and (asks_numbers(text) or asks_format(text) or asks_brief(text)):
            least = float("inf")  # ("numbers only, no text": the last answer laid out otherwise)
        # (Who asks, "As a paramedic I'm curious:", is no one in danger: the question is read without it.)
        asked = without_role(text)
        if label == "emergency" and not _PERSON_NOW.search(asked) and not re.search(r"\byou\b", asked, re.I) and _STUDY_PEOPLE.search(asked):
            least = float("inf")  # ("did anyone in the study get a fever after the infusion?": of the study's patients, no one now)
        if label == "emergency" and conversation and _FRAGMENT.match(text) and len(content_tokens(text)) <= 2:
            least = float("inf")  # ("and minimal?" after a question of a scale's bands: the classifier alone is not heard)
        if (label == "emergency" and probability < REQUEST_EMERGENCY_MAX and not by_examples.kind.startswith("emergency")
                and self._mostly_english(text) and _OPENS_REQUEST.match(asked) and not _CLAUSES.search(asked.strip().rstrip("?.!"))
                and not _PERSON_NOW.search(_ASKS_ME.sub(" ", asked)) and not re.search(r"\byou\b", asked, re.I)):
            least = float("inf")  # ("walk me through the steps of the treatment": a request to explain, of no one; the guards read signs)
        names_no_one = self._mostly_english(text) and not (_PERSON_NOW.search(_ASKS_ME.sub(" ", asked))
                                                           or re.search(r"\byou\b", asked, re.I))
        past_of_no_one = names_no_one and bool(_ASKS_WHAT_WAS.match(asked)) and not _NOW_SAID.search(asked) and _tells_nothing_after(asked)
        if label == "emergency" and asks_format(text):
            least = float("inf")  # ("bullets pls": the last answer laid out as a list; no one in danger)
        if label == "emergency" and self._long_ago_study_asked(text):
            least = float("inf")  # ("my dad had a heart attack in 2010, so ... in panel C, how long ...?")
        if label == "advice" and self._result_told_study_asked(text):
            least = float("inf")  # ("my <score> was 12. What's the highest it can go?": the guards read it through)
        if label != "other" and probability >= least and not (label == "advice" and by_examples.kind == "off_topic"):
            kind = {"advice": "personal_advice", "injection": "injection"}.get(label) or self._emergency_kind(scores)
            return Route(kind, by="classifier", score=probability, scores=scores)
        if by_examples.kind == "personal_advice" and label == "other" and probability >= NOT_ADVICE_SURE:
            return Route(STUDY, score=scores.get(STUDY, 0.0), scores=scores)
        if (by_examples.kind == "personal_advice" and label != "advice" and names_no_one and _EXPLAIN_REQUEST.match(asked)
                and _tells_nothing_after(asked) and not self.decisions.asks(text)):
            # ("walk me through the treatment step by step, start to finish": a request to explain, of no one;
            # the examples of decisions near it are not heard, and the classifier sees none)
            return Route(STUDY, score=scores.get(STUDY, 0.0), scores=scores)
        if (by_examples.kind.startswith("emergency") and label == "other" and not _PERSON_NOW.search(asked)
                and not re.search(r"\byou\b", asked, re.I) and _STUDY_PEOPLE.search(asked)):
            # ("did anyone in the study get a fever after the infusion?": examples of danger are near, but
            # the message asks of the study's patients, and no one else is named; the classifier sees none)
            return Route(STUDY, score=scores.get(STUDY, 0.0), scores=scores)
        if by_examples.kind.startswith("emergency") and past_of_no_one and label == "other" and probability >= PAST_QUESTION_OTHER_MIN:
            # ("was there some kind of prep before the infusion? sounds intense": what was done, asked of no
            # one now, nothing told after it; the classifier reads no danger, if less surely than below)
            return Route(STUDY, score=scores.get(STUDY, 0.0), scores=scores)
        if (by_examples.kind.startswith("emergency") and label == "other" and probability >= NOT_ADVICE_SURE
                and (self._signs_read_away(text) or self._long_ago_study_asked(text) or names_no_one)):
            # (Signs told of the past, or no one named at all, that the classifier is sure are no
            # danger now: the examples near them speak of danger, the message does not. "what happened
            # before the infusion?", "how is a high fever after X normally treated?" name nobody; in a
            # language these tables do not read, who is named cannot be told, so it does not count.)
            return Route(STUDY, score=scores.get(STUDY, 0.0), scores=scores)
        off, study_score = scores.get("off_topic", 0.0), scores.get(STUDY, 0.0)
        if (not conversation and label == "other" and by_examples.kind == STUDY
                and off >= OFF_TOPIC_LOOSE[0] and off >= study_score + OFF_TOPIC_LOOSE[1]):
            return Route("off_topic", score=off, scores=scores)
        return by_examples

    @staticmethod
    def _emergency_kind(scores: dict[str, float]) -> str:
        return max(("emergency_reaction", "emergency_self_harm"), key=lambda k: scores.get(k, 0.0))

    def _by_examples(self, scores: dict[str, float], conversation: bool) -> Route:
        """The kind the nearest examples choose: the best kind over its bar and over a study question
        by its margin, else a study question. Kinds that answer from the study anyway (summary,
        takeaways, limitations, design) are study questions here: the question bank finds their answers."""
        base = scores.get(STUDY, 0.0)
        ranked = sorted(((v, k) for k, v in scores.items() if k in THRESHOLDS), reverse=True)
        for score, kind in ranked:
            least, margin = IN_CONVERSATION[kind] if conversation and kind in IN_CONVERSATION else THRESHOLDS[kind]
            if score >= least and score >= base + margin:
                return Route(kind, score=score, scores=scores)
        return Route(STUDY, score=base, scores=scores)
