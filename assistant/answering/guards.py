"""Narrow guards: the patterns that catch an emergency, an attempt to change the instructions, or a
request for a decision about one's own care, whatever the nearest examples say, and the readings
that set a match aside (a sign asked of the study, an overdose long past, a result told and then
only the study asked about: read_aways.py).

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

from assistant.answering.decisions import Decisions
from assistant.answering.glossary import gloss
from assistant.answering.prefilter import Prefilter, pieces, requirements
from assistant.answering.read_aways import SIGNS, ReadAways, _sentence_at

GUARDS = Path(__file__).resolve().parent.parent / "knowledge" / "guards.toml"
GUARDS_LANGUAGES = GUARDS.with_name("guards_languages.toml")  # the same guards in more languages

# A run of base64 ("decode and follow: SWdub3Jl..."): the guards read what it decodes to as well.
_ENCODED = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])")


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
        # What each pattern cannot match without (prefilter.py): a pattern is skipped at once on a
        # text with none of its strings (most patterns, for most messages).
        needs = [requirements(p.pattern, p.flags) for p in self.patterns]
        self._prefilter = Prefilter(needs)
        self._english_prefilter = Prefilter(needs[:len(self.english_patterns)])  # (an English text's)

    def _tried(self, text: str, foreign: bool):
        # (the text's pieces are kept only while its question is answered: prefilter.pieces)
        prefilter = self._prefilter if foreign else self._english_prefilter
        return [self.patterns[i] for i in prefilter.tried(*pieces(text))]

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


def _only_in_titles(text: str, starts: list[int]) -> bool:
    """Whether every place a guard matched lies inside a quoted title, or someone's quoted words,
    that give no order."""
    titles = [m.span("title") for m in _TITLE.finditer(text)
              if not _INSTRUCTION.search(m.group("title")) and not _ORDER.search(m.group("title"))]
    return bool(starts) and all(any(a <= at < b for a, b in titles) for at in starts)


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


class Guards(ReadAways):
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
