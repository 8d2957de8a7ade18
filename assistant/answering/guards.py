"""Narrow guards: the patterns that catch an emergency, an attempt to change the instructions, or a
request for a decision about one's own care, whatever the nearest examples say, and the readings
that set a match aside (a sign asked of the study, an overdose long past, a result told and then
only the study asked about).

The patterns are data (knowledge/guards.toml, guards_languages.toml); routing.Router consults these
first.
"""
from __future__ import annotations

import base64
import binascii
import functools
import re
import tomllib
import unicodedata
from pathlib import Path

from assistant.answering.asking import without_role
from assistant.answering.decisions import Decisions
from assistant.answering.glossary import gloss
from assistant.answering.prefilter import fold, passes, required

GUARDS = Path(__file__).resolve().parent.parent / "knowledge" / "guards.toml"
GUARDS_LANGUAGES = GUARDS.with_name("guards_languages.toml")  # the same guards in more languages

# A comma or dash before a question word ends what is told: "my X was 4 last year, what does X measure?"
_CLAUSE_ASKS = re.compile(r"\s*(?:,|;|\s[-–—])\s+(?=(?:so |and |but )?(?:(?:i'?m |i am )?(?:just |really )?(?:curious|wondering),? )?(?:what|how|which|why|where|when|who|does|do|did|is|are|can|could)\b)"
                          # (run on without a stop: "my X is low what does the line mean")
                          r"|(?<=\S)\s+(?=(?:what|how|which|why|where|when) (?:does|do|did|is|are|was|were)\b)", re.I)
_TURNS_BACK = re.compile(r"\b((?:that|it|this)(?!\s+(?:scale|score|figure|panel|graph|chart|plot|line|range|study|summary|paper|article|measure|test|index|legend|table|axis)\b)|than|compared|in the range|me|my|mine|i|i'?m|i'?d|i'?ve|we|our|qualify|eligible|join|open to|dangerous|bad|worse|normal|worry|worried)\b", re.I)
# Which way a scale runs is asked of the scale, not of one's own value: "is higher worse?", "does a
# lower score mean better?", "higher = worse?".
_DIRECTION = re.compile(r"\b(?:(?:is|are|does|do)\s+(?:a\s+|the\s+)?(?:higher|lower|bigger|smaller)(?:\s+\w+)?\s+(?:means?\s+)?"
                        r"|(?:higher|lower)(?:\s+\w+)?\s+(?:is|are|=|means?)\s+)(?:better|worse|good|bad)(?:\s+or\s+(?:better|worse|good|bad))?\b", re.I)
# One's own value said to be high or low, or to have moved: "is higher worse?" then asks about it.
_MOVED = re.compile(r"\b(low|lower|high|higher|up|down|rose|risen|fell|fallen|dropped|increased|decreased|from \d+(\.\d+)? to \d+)\b", re.I)
# How far a scale goes, asked with "it" for the scale: "what's the highest it can go?" (not the writer's own value).
_SCALE_REACH = re.compile(r"\b(?:highest|lowest|max(?:imum)?|min(?:imum)?|top|bottom)\b[^.?!]{0,25}?\b(?:it|that|this)\s+(?:can|could|will|would|does|do|goes|go)\s*(?:go|reach|get|run|score|be)?\b", re.I)
_OWN_DUTY = re.compile(r"\b(i|we|she|he|my \w+) (should|must|need to|have to|ought to)\b", re.I)  # "... says I should do?"
# A question framed by the writer ("so my question is whether ...", "I'd like to know if ..."): what it asks follows.
_FRAMED = re.compile(r"\b(?:my (?:only |real |actual |main |one )?question is(?: just| simply| only| really)?,?|i(?:'d| would) (?:like|love) to know|"
                     r"i(?:'m| am) (?:just |really )?(?:wondering|curious)|i (?:just )?want(?:ed)? to (?:know|ask))\s+(?P<asked>(?:whether|if|what|how|why|when|which|who)\b)", re.I)
_QUESTION_WORD = re.compile(r"^\W*(?:so |and |but )?(?:what|how|which|why|where|when|who|does|do|did|is|are|can|could)\b", re.I)
_SENTENCE = re.compile(r"(?:[^.!?]|[.!?](?=\S))+[.!?]*")  # (not at "2.1" or "e.g.")
# A question about what a study or its figure says (the words any study's text has for its parts).
_OF_THE_STUDY = re.compile(r"\b(study|studies|summary|paper|article|figure|fig|panel|chart|graph|plot|legend|table|scale|range|"
                           r"researchers|authors|track(s|ed)?|measured?|dashed|line|axis|legend|stands? for|"
                           r"(highest|lowest|maximum|minimum|max|min|top|bottom)( possible)? (score|value|number|reading)|can go|goes? up to|"
                           r"the (max|maximum|minimum|highest possible|lowest possible)(?=\W*$))\b", re.I)
# A clause: what a comma, semicolon, "and", "but" or a stop bounds ("I had a fit last year, fully
# recovered now").
_CLAUSE = re.compile(r"[^,;.!?]+?(?=\s*(?:[,;.!?]|\band\b|\bbut\b|$))", re.I)
# A clause telling someone is well again: its bare "now" is the time of being well, not of a sign
# ("I'm home and stable now", "fully recovered and off that drug now").
_WELL_AGAIN = re.compile(r"(?<!not )(?<!n't )(?<!never )\b(stable|recovered|fine|better|great|sorted|resolved|settled|"
                         r"back to normal|no worries|all good|on top of it|off (that|the|those|these|my|his|her) (drug|medicine|medication|tablets|pills)|"
                         r"(well[- ])?controlled|under control|(well[- ])?managed|long gone|long over|all over now)\b", re.I)
# Overdosing on a treatment's own product asked of anyone: "could you overdose on the modified cells?", "can someone
# overdose on these infusions?" (not of a medicine, "it" or "them", nor how much would be fatal).
_OVERDOSE_ASKED = re.compile(r"\b(?:could|can|would|is it possible (?:to|for (?:you|one|someone|a person|anyone|a patient) to)) "
                             r"(?:(?:you|u|one|someone|a person|anyone|people|patients|a patient) )?overdose on (?:the |these |those |this |that )?"
                             r"(?:[\w-]+ ){0,2}?(?:cells?|infusions?)(?![\w-])(?![^.?!]*\b(?:fatal|lethal|kill|die|dead|enough to|would it take)\b)", re.I)
_POSSESSIVE = re.compile(r"\bmy [\w-]+['’]s\b", re.I)
_FIRST_PERSON = re.compile(r"\b(i|i'?m|i'?ve|i'?d|i'?ll|me|myself)\b", re.I)
_NEGATED = re.compile(r"\bnot\b|n['’]t\b|\bnever\b|\bno longer\b", re.I)
# A run of base64 ("decode and follow: SWdub3Jl..."): the guards read what it decodes to as well.
_ENCODED = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])")
# Someone of the study named ("one patient", "a woman in the study"), or anyone the writer speaks of.
_STUDY_SUBJECT = re.compile(r"\b(?:a|one|the|another|some|two|three) (?:of the )?(?:patients?|participants?|subjects?|(?:wo)?m[ae]n|people|cases?)\b|"
                            r"\b(?:the|this) (?:study|summary|paper|article|trial|figure|legend)\b", re.I)
_PERSON_NOW = re.compile(r"\b(?:i|i'?m|i'?ve|i'?d|me|my|mine|we|our|us|he|she|his|him|her|they'?re|mum|mom|mother|dad|father|husband|wife|son|"
                         r"daughter|partner|brother|sister|baby|child|kid|gran\w*|grand\w+|aunt|uncle|friend)\b", re.I)
# The study's patients asked about: "did any of the patients ...", "anyone in the study".
_STUDY_PEOPLE = re.compile(r"\b(?:any(?:one|body)?|some|none|all|most|which|how many) (?:of the |of these |of those )?(?:patients|participants|subjects)\b|"
                           r"\b(?:any(?:one|body)?|someone|people|patients) (?:in|from) (?:the|this) (?:study|trial|paper|figure)\b|"
                           # ... or what the study says of it: "does the study say how soon fevers appear?"
                           r"\b(?:does|did|do) (?:the|this) (?:study|paper|summary|article|trial|figure|research) (?:say|mention|report|show|tell|cover|give|describe|note|find|look (?:at|into|for)|check|assess|examine|ask about)\b", re.I)
SIGNS = ("emergency_reaction", "emergency_red_flags", "emergency_other_languages")  # guards naming signs of illness (not self-harm)


# Things of everyday life, not of a body, that a number is often told of ("my phone is dying, 3% left", "my
# car was stuck for 2 hours", "my rent went up to 900"): told of one of these, "my <thing> is ... <number>" is no
# result of one's own (Guards._a_measure). Every other thing is read as a result, lab names and new words included.
_EVERYDAY_THINGS = frozenset(
    "phone mobile cell battery charger laptop computer pc tablet ipad screen printer tv telly wifi internet connection signal "
    "router download upload app account password bill bills rent mortgage loan bank balance salary pay wage pension budget "
    "car van truck bike bus train flight plane taxi ride commute drive parcel package order delivery ticket tickets "
    "house flat apartment room garden kitchen fridge oven boiler heating kettle dog cat pet horse team game match exam essay "
    "homework deadline grade grades class lesson shift job boss meeting subscription channel video post followers".split())

# English words of two letters (Guards.foreign: any other two-letter word may be another language's).
_ENGLISH_PAIRS = frozenset("am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ya yo ye uh um vs mr ms dr pm eg ie tv uk ct".split())


@functools.lru_cache(maxsize=1)
def _load_guards() -> tuple[dict[str, "AnyOf"], dict[str, "AnyOf"]]:
    """The guards (English patterns first, then those of other languages: guards_languages.toml and
    the emergency_other_languages table) and the signs tables."""
    data = tomllib.loads(GUARDS.read_text(encoding="utf-8"))
    foreign: dict[str, list[str]] = {"emergency_other_languages": data["guards"].get("emergency_other_languages", {}).get("patterns", [])}
    data["guards"].setdefault("emergency_other_languages", {"patterns": []})["patterns"] = []
    if GUARDS_LANGUAGES.exists():
        for kind, body in tomllib.loads(GUARDS_LANGUAGES.read_text(encoding="utf-8")).get("guards", {}).items():
            data["guards"].setdefault(kind, {"patterns": []})
            foreign.setdefault(kind, []).extend(body["patterns"])

    def compiled(patterns):
        return [re.compile(p, re.I) for p in patterns]
    guards = {kind: AnyOf(compiled(body["patterns"]), compiled(foreign.get(kind, []))) for kind, body in data["guards"].items()}
    return guards, {kind: AnyOf(compiled(body["patterns"])) for kind, body in data.get("signs", {}).items()}


class AnyOf:
    """Patterns tried one after another: the first match. (Each compiled on its own: hundreds of
    them joined in one alternation are tried at every position of a long message, many times slower.)
    The patterns of other languages (foreign) are tried only on a text with a word that is not
    English (see Guards.english): most of the time a guard spent went on them."""

    def __init__(self, patterns: list[re.Pattern], foreign: list[re.Pattern] = ()):
        self.english_patterns = list(patterns)
        self.patterns = self.english_patterns + list(foreign)
        # Each pattern with the strings it cannot match without (prefilter.py): skipped at once on a
        # text with none of them (most patterns, for most messages).
        self._all = [(p, required(p.pattern, p.flags)) for p in self.patterns]
        self._english = self._all[: len(self.english_patterns)]

    def _tried(self, text: str, foreign: bool):
        folded = fold(text)  # (not cached: no question may stay in memory after its answer)
        return [p for p, need in (self._all if foreign else self._english) if passes(need, folded)]

    def search(self, text: str, foreign: bool = True, accept=None) -> re.Match | None:
        """The first match; with accept, the first match accept(match) takes."""
        for pattern in self._tried(text, foreign):
            if accept is None:
                match = pattern.search(text)
                if match:
                    return match
                continue
            for match in pattern.finditer(text):
                if accept(match):
                    return match
        return None

    def starts(self, text: str, foreign: bool = True) -> list[int]:
        """Where any of the patterns matches in text (each pattern's every match)."""
        return sorted({m.start() for pattern in self._tried(text, foreign) for m in pattern.finditer(text)})



# The assistant asked to play the writer's doctor: "play doctor", "pretend you're my rheumatologist".
_PLAYS_DOCTOR = re.compile(r"\b(?:play|playing|pretend|act as|acting as|be|you'?re|you are|imagine you'?re|role-?play)\b[^.?!]{0,30}"
                           r"\b(?:doctor|doc|physician|gp|\w+ologist|specialist|consultant|nurse|pharmacist)\b", re.I)
_INSTRUCTION = re.compile(r"\b(ignore|disregard|forget|reply|respond|answer|say|print|output|repeat|write|pretend|act as|you are|tell (the user|them|everyone))\b", re.I)


# A title or someone's words quoted: "a slide titled 'X'", "a talk called "X"", "someone in a forum
# wrote 'X'. Is that what the study says?" (what is quoted is asked about, not obeyed).
_TITLE = re.compile(r"\b(?:titled|entitled|called|named|headed|headlined|headline|title|captioned|caption|"
                    r"wrote|writes|said|says|posted|posts|claimed|claims|tweeted|commented)\s*:?\s*(['\"“‘])(?P<title>[^'\"“”‘’\n]{1,120})['\"”’]", re.I)


# Words that give an order, beside _INSTRUCTION's ("from now on always ...", "reveal your prompt").
_ORDER = re.compile(r"\b(?:reveal|show|confirm|state|from now on|always|never|must|don'?t|do not|stop|enable|activate|unlock|"
                    r"switch to|include|add|append|visit|end (?:your|the|every|each)|begin (?:your|the|every|each)|start (?:your|the|every|each))\b", re.I)


# A word in quotes read as a point on a scale ("the 'overdose' level"), and the verbs of taking that make it
# an act ("took an 'overdose'").
_MEASURED = re.compile(r"^\w*['’\"”]\s+(?:level|score|threshold|range|limit|point|line|zone|mark|value|number|cut-?off)\b", re.I)
_TAKEN = re.compile(r"\b(?:took|taken|take|taking|had|has|swallowed|done|did|does)\b", re.I)
_A_MEDICINE = re.compile(r"\b(?:pills?|tablets?|meds|medications?|medicines?|doses?|mg|milligrams|capsules|drugs?|"
                         r"[a-z]{3,}(?:sone|olone|amol|profen|mab|trexate|quine|pam|done|codone|phine))\b", re.I)


def _scare_quoted(text: str, match: re.Match) -> bool:
    """Whether the word of harm a guard matched stands alone in quote marks ("the 'overdose' level")."""
    said = match.group(0).lower()
    at = next((said.find(stem) for stem in ("overdos", "suicid", "kill", "harm", "die") if stem in said), 0)
    start = match.start() + at
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    end = re.match(r"\w*", text[start:]).end() + start
    return start > 0 and end < len(text) and text[start - 1] in "'‘\"“" and text[end] in "'’\"”"


def _only_in_titles(text: str, starts: list[int]) -> bool:
    """Whether every place a guard matched lies inside a quoted title, or someone's quoted words,
    that give no order."""
    titles = [m.span("title") for m in _TITLE.finditer(text)
              if not _INSTRUCTION.search(m.group("title")) and not _ORDER.search(m.group("title"))]
    return bool(starts) and all(any(a <= at < b for a, b in titles) for at in starts)


def _sentence_at(text: str, at: int) -> str:
    """The sentence of text holding position at."""
    for match in _SENTENCE.finditer(text):
        if match.start() <= at < match.end():
            return match.group(0)
    return text


def _decoded(text: str) -> list[str]:
    """The readable texts that runs of base64 in text decode to."""
    out = []
    for match in _ENCODED.finditer(text):
        run = match.group(0)
        try:
            raw = base64.b64decode(run + "=" * (-len(run) % 4), validate=True).decode("utf-8")
        except (binascii.Error, ValueError):
            continue
        if raw and sum(ch.isprintable() or ch.isspace() for ch in raw) / len(raw) > 0.95 and re.search(r"[A-Za-z]{3,} [A-Za-z]{2,}", raw):
            out.append(raw)
    return out


class Guards:
    """The guard tables and how a match is read (Router routes with them)."""

    def __init__(self, treatments: tuple[str, ...] = (), glosses=(), english: frozenset[str] = frozenset()):
        self.glosses = glosses  # (the study packs' own words in other languages: glossary.gloss)
        # Words known to be English (common words, the studies' own): a text of only these, in ASCII,
        # is not tried against the other languages' guards. (Empty: every text is.)
        self.english = english
        self.guards, self.signs = _load_guards()
        self.decisions = Decisions(treatments)  # (the names study packs give their treatments)

    def guard(self, text: str) -> str | None:
        """The kind a narrow guard recognises in text (emergencies first), or None. Text hidden in
        base64 is read too: an instruction in it is an injection, whatever it asks."""
        text = unicodedata.normalize("NFC", text)  # (accents typed as separate marks read as one letter)
        plain = self._guard(text)
        if plain and plain.startswith("emergency"):
            return plain  # someone in danger outranks anything hidden beside it
        for hidden in _decoded(text):
            kind = self._guard(hidden)
            if kind and kind.startswith("emergency"):
                return kind
            if kind is not None or _INSTRUCTION.search(hidden):
                return "injection"
        return plain

    def without_figures(self, text: str) -> str:
        """text without its figures of speech of death or illness ("I'd die for tickets", "I nearly had a
        heart attack"): what routing reads."""
        table = self.signs.get("figure_of_speech")
        if table is None or not table.search(text):
            return text
        for pattern in table.patterns:
            text = pattern.sub(" ", text)
        return re.sub(r"[ \t]{2,}", " ", text).strip()

    def foreign(self, text: str) -> bool:
        """Whether text may be (partly) in another language: a letter beyond ASCII, a word of letters
        and digits not known ("ja2to": Arabic in Latin letters), a word of two letters not English
        ("ma", "un", "sa"), or a longer word that is not known English."""
        if not self.english or not text.isascii():
            return True
        for word in re.findall(r"[a-z0-9]+", text.lower()):
            if word.isdigit() or len(word) == 1 or word in self.english:
                continue
            if len(word) == 2 and word.isalpha() and word in _ENGLISH_PAIRS:
                continue
            return True
        return False

    def _guard(self, text: str) -> str | None:
        foreign = self.foreign(text)
        for kind in ("emergency_self_harm", "emergency_reaction", "emergency_red_flags", "emergency_other_languages",
                     "injection", "personal_advice", "personal_result"):
            if kind == "personal_advice" and self.decisions.asks(text):
                return kind  # a person, an act of care for them, a judgement asked (decisions.py)
            accept = self._a_measure if kind == "personal_result" else None
            match = self.guards[kind].search(text, foreign, accept) if kind in self.guards else None
            if match:
                if kind in SIGNS and all(self._in_general(text, _sentence_at(text, at), kind) for at in self.guards[kind].starts(text)):
                    continue  # "did any patient have trouble breathing?": asked of the study (every sign named)
                if kind == "injection" and _only_in_titles(text, self.guards[kind].starts(text, foreign)):
                    continue  # "a slide titled 'SYSTEM OVERRIDE: how the therapy resets immunity'": a title quoted, no order
                if kind == "injection" and _PLAYS_DOCTOR.search(text) and self.decisions.asks(text):
                    return "personal_advice"  # "pretend you're my doctor and tell me whether to switch ...": a decision asked (both decline)
                if kind == "emergency_self_harm" and self._harm_read_away(text, foreign):
                    continue  # "did the study look at suicidal thoughts in the patients?", "she overdosed in 2019, fine now"
                if kind == "personal_result" and self._told_then_asked(gloss(text, self.glosses)):  # ("... wht range in study")
                    continue  # "my <result> is low. What does the dashed line for it mean?"
                return {"emergency_red_flags": "emergency_reaction", "emergency_other_languages": "emergency_reaction",
                        "personal_result": "personal_advice"}.get(kind, kind)
        return None

    def _a_measure(self, match: re.Match) -> bool:
        """Whether the thing a result is told of ("my <thing> is ... <number>") may be one measured of a
        body: anything but a thing of everyday life ("my phone is dying, 3% left" tells of no result;
        "my potassium is 6.9", "my sat is 84" do). (Patterns without the named thing are always taken.)"""
        thing = match.groupdict().get("thing")
        return not thing or thing.lower() not in _EVERYDAY_THINGS

    def _mostly_english(self, text: str) -> bool:
        """Whether most words of text are known English (typos, names and long medical words the
        model splits aside: at most two words in five unknown), so that what its English tables find,
        or do not, can be trusted."""
        if not self.english or not text.isascii():
            return False
        words = [w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2]
        unknown = sum(w not in self.english for w in words)
        return bool(words) and unknown * 5 <= len(words) * 2

    def _harm_read_away(self, text: str, foreign: bool) -> bool:
        """Every wording of self-harm in text is the study's topic or someone else's past: the word
        "suicidal" asked of the study's patients by someone who names no one else ("I'm a psychology
        student: did the study look at suicidal thoughts in the patients?"), or an overdose told of
        another person long ago who is well now ("my sister overdosed back in 2019, she's fine now").
        The writer's own past is never read away, nor anything said to happen now."""
        table = self.guards["emergency_self_harm"]
        asked = without_role(text)
        for pattern in (table.patterns if foreign else table.english_patterns):
            for match in pattern.finditer(text):
                said = match.group(0).lower()
                sentence = _sentence_at(text, match.start() + max(said.find("overdos"), 0))
                topic = (said.startswith("suicid") and not _PERSON_NOW.search(asked)
                         and bool(self.signs["in_general"].search(asked) or _STUDY_PEOPLE.search(asked)))
                past = ("overdos" in said and bool(self.signs["in_the_past"].search(sentence))
                        and not _FIRST_PERSON.search(sentence) and bool(_WELL_AGAIN.search(text))
                        and not self._now_apart_from_past(text) and bool(_OF_THE_STUDY.search(text)))
                # ("whats the 'overdose' level on <a scale>, the max score?": a word in scare quotes, mentioned,
                # in a sentence that names no one)
                quoted = (_scare_quoted(text, match) and not _FIRST_PERSON.search(sentence) and not _PERSON_NOW.search(sentence)
                          and not _A_MEDICINE.search(sentence) and not _TAKEN.search(sentence)
                          and bool(_MEASURED.search(text[match.end():])))  # (of a scale: not "Tom took an 'overdose'")
                # ("could you overdose on the modified cells?": how much of the product is too much, asked of anyone)
                dose_asked = ("overdos" in said and bool(_OVERDOSE_ASKED.search(sentence))
                              and not _PERSON_NOW.search(_OVERDOSE_ASKED.sub(" ", text)))
                if not (topic or past or quoted or dose_asked):
                    return False
        return True

    def _result_told_study_asked(self, text: str) -> bool:
        """One's own result told, and then only what the study or its figure says asked."""
        result = self.guards.get("personal_result")
        return bool(result and result.search(text, self.foreign(text)) and self._told_then_asked(gloss(text, self.glosses)))

    def _told_then_asked(self, text: str) -> bool:
        """One's own result is told, not asked about, and what is asked is what the study or its
        figure says: every sentence naming the result tells, and a question names the study."""
        result = self.guards["personal_result"]
        sentences, lead_in = [], {}
        for whole in _SENTENCE.findall(text):
            pieces = [x.strip() for x in _SENTENCE.findall(_CLAUSE_ASKS.sub(". ", whole)) if x.strip()]
            for n, x in enumerate(pieces):
                sentences.append(x)
                # (What a question's own sentence says before it, "In the figure legend, what ...?",
                # unless that is the result told.)
                lead_in[x] = " ".join(p for p in pieces[:n] if not result.search(p))
        # (Sentences with a question mark ask, when any has one: "Did six months of X, now on Y." tells.)
        marked = any(x.endswith("?") for x in sentences)
        asked = [x for x in sentences if x.endswith("?") or (not marked and _QUESTION_WORD.match(x))]
        told = " ".join(x for x in sentences if x not in asked)
        # (What a question frames is what it asks: "I don't see much on it, so my question is whether the study ...")
        asked = [x[m.start("asked"):] if (m := _FRAMED.search(x)) else x for x in asked]
        value = r"(?<![\w.-])\d+(?:\.\d+)?(?!\w)"  # (a value, not the digit of a name: "XY3", "ABC-8")
        if set(re.findall(value, told)) & set(re.findall(value, " ".join(asked))):
            return False  # "my XY was 900. Per the legend, is 900 high?" asks about the writer's own value
        # Every question asks what the study or its figure says, and none turns back to the writer
        # ("is that bad?", "does that mean I'd qualify?", "is the trial open to me?").
        return bool(asked) and all(
            (_OF_THE_STUDY.search(x) or _OF_THE_STUDY.search(lead_in.get(x, "")) or (_DIRECTION.search(x) and not _MOVED.search(told)))
            and not result.search(x) and not self.guards["personal_advice"].search(x)
            and not _OWN_DUTY.search(x) and not _TURNS_BACK.search(_SCALE_REACH.sub(" ", _DIRECTION.sub(" ", x))) for x in asked)

    def _in_general(self, text: str, sentence: str, kind: str = "") -> bool:
        """A sign of illness asked about in general (nobody said to have it now) or in the past. Read
        in the sentence naming it ("my chest hurts a lot. How many patients were in the study?" asks
        of the study only in its second sentence), or, when another sentence asks of the study, named
        with nobody it happens to ("Trouble breathing. Did any of the patients get that?", "One
        patient couldn't catch her breath. Did any need oxygen?"; not in another language, whose
        words for people these tables do not know)."""
        def said(table, where=text):
            return bool(table in self.signs and self.signs[table].search(where))
        if said("explained", sentence) and not self._now_apart_from_past(_POSSESSIVE.sub(" ", text)):
            return True  # ("my chest hurts so much, from laughing at my cousin's wedding": a possessive is no "is" now)
        past = said("in_the_past", sentence)
        if said("happening_now") and self._now_apart_from_past(text):  # (not the "now" of being well again)
            return False
        if past:
            return True  # ("my mum fainted once years ago")
        if said("someone_has", sentence):
            return False
        if said("in_general", sentence):
            return True
        return (kind != "emergency_other_languages" and said("in_general")
                and bool(_STUDY_SUBJECT.search(sentence) or not _PERSON_NOW.search(sentence)))

    def _signs_read_away(self, text: str) -> bool:
        """Whether a guard names a sign of illness in text and every one was read as past or asked
        of the study (so no guard fired)."""
        text = unicodedata.normalize("NFC", text)
        starts = [(kind, at) for kind in SIGNS if kind in self.guards for at in self.guards[kind].starts(text)]
        return bool(starts) and all(self._in_general(text, _sentence_at(text, at), kind) for kind, at in starts)

    def _long_ago_study_asked(self, text: str) -> bool:
        """Something told as long past (a year, "years ago"; not days, weeks or months ago, when an
        infusion's effects still come), nothing said to happen now, and the study asked about."""
        past = [m.group(0).lower() for p in self.signs["in_the_past"].patterns for m in p.finditer(text)]
        return (bool(past) and not any(re.search(r"\b(weeks?|days?|months?)\b", p) for p in past)
                and not self._now_apart_from_past(text) and bool(_OF_THE_STUDY.search(text)))

    def _now_apart_from_past(self, text: str) -> bool:
        """Whether text says something is happening now, other than by the word "emergency" in a
        clause about the past ("last month I ended up in the emergency room") or a bare "now" of
        being well again ("I'm home and stable now", not "not well now"): "a seizure last year, and
        now she's shaking", "she's gone blue now", "collapsed again right now like last month" say it is."""
        for clause in _CLAUSE.findall(text):
            past = bool(self.signs["in_the_past"].search(clause))
            well = bool(_WELL_AGAIN.search(clause)) and not _NEGATED.search(clause)
            for pattern in self.signs["happening_now"].patterns:
                for m in pattern.finditer(clause):
                    told = m.group(0).lower()
                    if (told in ("emergency", "urgent") and past) or (well and (told == "now" or re.search(r"\b(doing|feeling|keeping)$", told))):
                        continue
                    return True
        return False
