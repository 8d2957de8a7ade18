"""Words: tokenising, lay-to-study synonyms, abbreviations defined by the corpus, spelling repair.

Everything here turns the way patients write into the words the study uses: an everyday word
finds the study's term, an abbreviation its long form, a misspelling the word meant.
"""
from __future__ import annotations

import difflib
import re
import threading
import tomllib
from functools import lru_cache
from pathlib import Path

import snowballstemmer

from assistant.index.embedders import per_question
from assistant.retrieval.definitions import Definition, find_definitions  # noqa: F401 - (read here by Lexicon; imported from here)

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours out over own same she
    should so some such than that the their theirs them then there these they this those through to
    too under until up very was we were what when where which while who whom why will with would you
    your yours yourself tell me please explain know anything something thing things say says said
    study does did do get got go going really actually also like kind sort bit
    lot much many way ok okay hi hello thanks thank hey pls plz u ur whats what's hows its it's im i'm
    dont don't didnt didn't cant can't wont won't isnt isn't arent aren't wasnt wasn't mean means meant
    meaning stand stands definition define abbreviation acronym short show shows shown
    though tho anyway anyways lol btw kinda sorta""".split()
)

LAY_VOCABULARY = Path(__file__).resolve().parent.parent / "knowledge" / "lay_vocabulary.toml"


def lay_vocabulary() -> dict[str, tuple[str, ...]]:
    """The engine's general lay-medical vocabulary (knowledge/lay_vocabulary.toml)."""
    words = tomllib.loads(LAY_VOCABULARY.read_text(encoding="utf-8")).get("words", {})
    return {k.lower(): tuple(v) for k, v in words.items()}


# A snowball stemmer keeps state while it works: one per thread (the server answers in threads).
_STEMMERS = threading.local()


@lru_cache(maxsize=65536)
def _stem(token: str) -> str:
    # Terms with digits or hyphens (abc-2k, xy-8, c3) are names, not words to stem.
    if not token.isalpha() or len(token) <= 3:
        return token
    stemmer = getattr(_STEMMERS, "english", None)
    if stemmer is None:
        stemmer = _STEMMERS.english = snowballstemmer.stemmer("english")
    return stemmer.stemWord(token)


_TOKEN = re.compile(r"[a-z0-9äöüéè]+(?:[-:/][a-z0-9äöüéè]+)*")


_STOP_STEMS = frozenset(_stem(w) for w in STOPWORDS)
# (A letter naming cells is no label: "the patients B cells", "patient T-cell counts".)
_LABEL = re.compile(r"\b(panel|figure|fig|table|patient)s?\s+([a-z](?![\s-]+cells?\b)|\d{1,3})\b")
# More labels of the same kind after the first: "panels B, C and D", "panel A vs B", "figures 1/2".
_MORE_LABELS = re.compile(r"\b(panel|figure|fig|table|patient)(s?)\s+(?:[a-z]|\d{1,3})((?:(?:\s*(?:,|/|&|and|or|vs\.?|versus)){0,2}\s*(?<![\w-])(?:[A-Za-z]|\d{1,3})(?![\w-]))+)",
                          re.I)
_MORE_ONE = re.compile(r"(?<![\w-])([A-Za-z]|\d{1,3})(?![\w-])")
# A number followed by what it counts ("15 patients", "8 of them", "3 months") is no label.
_NOT_A_LABEL = re.compile(r"\s*(%|(\w+ )?(patients?|people|persons?|participants?|subjects?|cases|children|adults|of (them|the|those)|"
                          r"months?|years?|weeks?|days?|hours?|times|mg|ml|mm|points?)\b)", re.I)
# "a" read as the article, not a label's letter: "in the figure a few times", "panel a bit lower".
_ARTICLE_A = re.compile(r"\s+(few|lot|lots|bit|little|couple|number|while|bunch|handful|moment|second|good|great|quick|new|"
                        r"single|specific|particular|certain|whole|kind|sort|type)\b")
# "I" read as the pronoun: "the figure i noticed", "the table I can follow" (a small i and a word, or a
# capital I and a verb); a capital A is a label's letter ("panel A long-term results").
_PRONOUN_I = re.compile(r"\s+(can|can't|cannot|could|was|am|have|had|got|get|think|thought|saw|see|noticed|read|found|"
                        r"don't|didn't|do|did|just|looked|look|mean|need|want|would|will|'m|'ve|'d|'ll|keep|kept|printed|use|used)\b")
_LABEL_KIND = {"fig": "figure"}  # an abbreviated kind of label, as the text writes it in full
_LABEL_RANGE = re.compile(r"\b(panel|figure|fig|table)s?\s+([a-z])\s*(?:-|to|through|thru)\s*([a-z])\b", re.I)


def find_name(name: str, text: str) -> re.Match | None:
    """Where text names `name` as a whole word or phrase, or its plural (case-insensitive; "RA" is not
    in "RAS"; "the X one" is in "the X ones")."""
    folded, pattern = _name(name)
    if folded not in fold(text):
        return None  # (the pattern cannot match: a text that does not hold the name folded, most texts, costs no search)
    return pattern.search(text)


@lru_cache(maxsize=8192)
def _name(name: str) -> tuple[str, re.Pattern]:
    # (Names are the studies' and the tables' words, a few thousand: each is escaped and compiled once,
    # not at each of the hundreds of look-ups a question makes.)
    return fold(name), re.compile(rf"(?<![\w-]){re.escape(name)}(?:s|es)?(?![\w-])", re.I)


def fold(text: str) -> str:
    """Text case-folded as re.IGNORECASE compares it ("ς" as "σ", "ſ" as "s"; dotless "ı", which
    matches "i", and dotted "İ", as "i"): where a pattern of letters matches, ignoring case, the folded
    text holds the folded letters."""
    return text.replace("İ", "i").casefold().replace("ı", "i")


def names_any(text: str, names) -> bool:
    """Whether text names any of names as a whole word or phrase."""
    return any(find_name(name, text) for name in names)


# A count of people in a study's text ("15 patients", "1,250 participants"): group 1 is the number.
# "this study", "that paper": the text asked about, not a sentence before the question ("that chart"
# is one the sentence before named: "... a star on the urine chart. What does the star on that chart mean?").
DOCUMENT_NAMED = re.compile(r"\b(this|the|these)\s+(study|summary|paper|article|trial|research|figure|graph|chart|text|document|legend)\b|"
                            r"\bthat\s+(study|summary|paper|article|trial|research|text|document)\b", re.I)
# "this" or "that" doing what a treatment does ("how many could this help?", "who this might help"):
# the treatment, not a sentence before it.
TREATMENT_DOES = re.compile(r"\b(?:(?:might|could|would|will|can|may) (?:this|that)(?= (?:help|work|cure|treat|benefit|change (?:the |their |people'?s |patients'? )?li(?:fe|ves))\b)|"
                            r"(?:this|that)(?= (?:might|could|would|will|can|may) (?:help|work|cure|treat|benefit|change (?:the |their |people'?s |patients'? )?li(?:fe|ves))\b))", re.I)

PEOPLE_COUNT = re.compile(r"\b(\d[\d,]*) (?:patients|people|participants|children|adults)\b", re.I)


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; a hyphenated term gives itself and its parts ("abc-2k", "abc",
    "2k"); a label gives a joined token too ("panel a" -> "panel_a")."""
    return list(per_question(("tokens", text), lambda: _tokens(text)))  # (one answer reads a text many times)


def _tokens(text: str) -> list[str]:
    lowered = text.lower().replace("–", "-").replace("’", "'")
    out = []
    for tok in _TOKEN.findall(lowered):
        if len(tok) == 1 and tok.isalpha():
            continue
        out.append(_stem(tok))
        if "-" in tok or ":" in tok or "/" in tok:
            out.extend(_stem(part) for part in re.split(r"[-:/]", tok) if len(part) > 1 or part.isdigit())
    out.extend(f"{_LABEL_KIND.get(m.group(1), m.group(1))}_{m.group(2)}" for m in _LABEL.finditer(lowered)
               if not (m.group(2) == "a" and _small(text, lowered, m.start(2)) and _ARTICLE_A.match(lowered, m.end()))
               and not (m.group(2) == "i" and (_small(text, lowered, m.start(2)) and re.match(r"\s+[a-z'’]", lowered[m.end():])
                                              or _PRONOUN_I.match(lowered, m.end()))))
    out.extend(_more_labels(text.replace("–", "-")))
    return out


def _small(text: str, lowered: str, at: int) -> bool:
    """The letter at `at` of the lower-cased text was typed small (where the two line up)."""
    return len(text) != len(lowered) or text[at].islower()


def _more_labels(text: str) -> list[str]:
    """The labels after the first of a list ("panels B, C and D" -> panel_c, panel_d). A letter counts
    when written as a capital, or after a plural ("panels b and c"): "panel b and a patient" is one."""
    out = []
    for m in _MORE_LABELS.finditer(text):
        kind, plural = _LABEL_KIND.get(m.group(1).lower(), m.group(1).lower()), bool(m.group(2))
        first = m.group(0)[: len(m.group(0)) - len(m.group(3))].split()[-1]
        for one in _MORE_ONE.finditer(m.group(3)):
            mark, after = one.group(1), text[m.start(3) + one.end():]
            if mark.isdigit() != first.isdigit() or _NOT_A_LABEL.match(after):
                break  # "panel A, 8 patients", "figure 1 and 15 people": a count, not a label
            if mark.isdigit() or (mark.isupper() and mark != "I") or (plural and mark not in ("a", "i")):
                out.append(f"{kind}_{mark.lower()}")
    for m in _LABEL_RANGE.finditer(text):  # "panels A-D", "panel a to c"
        first, last = m.group(2).lower(), m.group(3).lower()
        out.extend(f"{_LABEL_KIND.get(m.group(1).lower(), m.group(1).lower())}_{chr(c)}" for c in range(ord(first) + 1, ord(last) + 1) if ord(last) - ord(first) <= 8)
    return out


# A number that is no value of the study's: someone's age, a school year or grade, a page ("my 12 year old",
# "my year 10 class", "my grade 7 students", "page 3"; not "grade 3 CRS", a value). It is left out of the words a question is matched by.
_NOT_A_VALUE = re.compile(r"\b(?P<word>page|chapter) \d+\b|"
                          r"\b(?P<year>year|grade) \d+(?= (?:class|classes|students?|pupils?|kids|biology|science|group|lesson|tutor|teacher)\b)|"
                          r"\b\d+(?=[- ](?:year|yr)s?[- ]olds?\b|[- ]?(?:yo|y/o)\b)", re.I)


def content_tokens(text: str) -> list[str]:
    """tokens() without stopwords (nor a number that is an age, a school year or a page)."""
    return list(per_question(("content_tokens", text), lambda: _content_tokens(text)))


def _content_tokens(text: str) -> list[str]:
    if any(ch.isdigit() for ch in text):
        text = _NOT_A_VALUE.sub(lambda m: m.group("word") or m.group("year") or " ", text)
    return [t for t in tokens(text) if t not in STOPWORDS and t not in _STOP_STEMS]


EXPANSION_WEIGHT = 0.5
# Unknown words one question may have spelling-repaired (each is a fuzzy search of the vocabulary).
MAX_REPAIRS = 8
SPELLED_MAX = 8  # letters typed one by one that are read as one term
# "how long", "how many": they say what kind of answer is wanted (see retrieve's intents), not
# what it is about, so their words are not matched against the text.
# Nor are the words that only point at the document asked about ("what does the summary say",
# "according to the paper"): a byline is not the answer to every question that names its document.
_QUESTION_PHRASE = re.compile(
    r"\bhow (long|many|much|far|often|big|soon)\b|\b(in )?total\b|\baltogether\b|\boverall\b|\bnumber of\b|\bno\. of\b|"
    r"\b(what )?(does|did|do) (the|this|that) (summary|study|paper|article|text|report|document) (say|tell us|mention|report)\b|"
    r"\b(according to|based on|from|in) (the|this) (summary|paper|article|text|report|document)( (itself|only|alone))?\b",
    re.I,
)


# A message mostly in words the engine cannot read (Lexicon.mostly_unread): at least UNREAD_WORDS
# words, UNREAD_MIN of them unread and UNREAD_SHARE of all, English function words under FUNCTION_SHARE.
UNREAD_WORDS = 5
UNREAD_MIN = 3
UNREAD_SHARE = 0.4
FUNCTION_SHARE = 0.2


class Lexicon:
    """The corpus's vocabulary and definitions, for query expansion and spelling repair.

    synonyms: everyday word -> the study's words (the engine's lay vocabulary, each study pack's own,
    and its groups' names); defaults to the engine's lay vocabulary alone."""

    def __init__(self, sentences: list[tuple[str, str]], synonyms: dict[str, tuple[str, ...]] | None = None,
                 english: frozenset[str] = frozenset()):
        self.synonyms = lay_vocabulary() if synonyms is None else synonyms
        self.definitions = find_definitions(sentences)
        self.vocabulary = {t for _, text in sentences for t in tokens(text)}
        self.known = self.vocabulary | set(self.synonyms) | {_stem(k) for k in self.synonyms if " " not in k}
        # Ordinary words, spelt right ("exact", "words"): never turned into a study word.
        self.english = english
        # A repair is a word as written in the study or the synonym list, never a bare stem.
        surface = {w.lower() for _, text in sentences for w in re.findall(r"[A-Za-z][A-Za-z-]*[A-Za-z]", text)}
        surface |= {k for k in self.synonyms if " " not in k}
        self._spellable = sorted(w for w in surface if len(w) >= 4)
        # Per lexicon, not per class: a reloaded index's lexicon is freed with its cache.
        self._correct = lru_cache(maxsize=4096)(self._correct_uncached)
        self.expansions: dict[str, set[str]] = {}
        for key, values in self.synonyms.items():
            self.expansions.setdefault(key, set()).update(values)
        for d in self.definitions.values():
            short, long_form = d.term.lower(), d.long_form.lower()
            self.expansions.setdefault(short, set()).add(long_form)
            self.expansions.setdefault(long_form, set()).add(short)
        # The head of one abbreviation with a version or a qualifier after a hyphen, written alone in capitals,
        # names it: "ABC" of "ABC-QX", "XYZ" of "XYZ-8", "DEFG" of "DEFG-2K" (not a head several share, one the
        # text defines itself, nor one of two names joined, "FBC" of "FBC-QZU": "urine FBC" may be another).
        heads: dict[str, list[str]] = {}
        for d in self.definitions.values():
            head, _, tail = re.split(r"([-–])", d.term, maxsplit=1)[0], None, re.split(r"[-–]", d.term, maxsplit=1)[-1]
            if (head != d.term and len(head) >= 3 and head.isupper() and head.lower() not in self.definitions
                    and (len(tail) <= 2 or any(c.isdigit() for c in tail))):
                heads.setdefault(head, []).append(d.term)
        self.heads = {head: terms[0] for head, terms in heads.items() if len(terms) == 1}
        self._heads = re.compile(rf"(?<![\w-])({'|'.join(map(re.escape, self.heads))})(?![\w/‐-―-])") if self.heads else None

    def full_terms(self, text: str) -> str:
        """text with each abbreviation's head written alone ("the ABC thing") as the whole term; a head with
        its tail after a space ("DEFG 2K") is left as written."""
        if self._heads is None:
            return text

        def whole(m: re.Match) -> str:
            term = self.heads[m.group(1)]
            tail = term[len(m.group(1)) + 1:]
            return m.group(0) if re.match(rf"\s*{re.escape(tail)}(?!\w)", text[m.end():], re.I) else term
        return self._heads.sub(whole, text)

    def correct(self, token: str) -> str:
        return self._correct(token)

    def none_read(self, text: str) -> bool:
        """Whether a short text has no word of three letters or more that is English or the study's
        ("Ndapota tsanangura zviri nyore"): a language no table knows, in a message too short for
        mostly_unread. Without the model's vocabulary nothing is."""
        if not self.english:
            return False
        words = [w.lower() for w in re.findall(r"[^\W\d_]{3,}", text)]
        return len(words) >= 2 and not any(w in self.english or w in self.known or w in STOPWORDS for w in words)

    def mostly_unread(self, text: str) -> bool:
        """Whether text is mostly in words the engine cannot read: at least UNREAD_MIN words (three
        letters or more, not capitalised names) that are neither common English (the embedding model's
        vocabulary) nor the study's or the lay vocabulary's, UNREAD_SHARE of its words or more, and
        few English function words among them ("how do I defrost a freezer" is English whatever its
        rarer words). Without the model's vocabulary nothing is."""
        if not self.english:
            return False
        words = re.findall(r"[^\W\d_]+", text)
        if len(words) < UNREAD_WORDS:
            return False
        unread = [w for w in words if len(w) >= 3 and not w[0].isupper() and w.lower() not in self.english
                  and w.lower() not in STOPWORDS and w.lower() not in self.known and _stem(w.lower()) not in self.known]
        function = sum(w.lower() in STOPWORDS for w in words)
        return len(unread) >= UNREAD_MIN and len(unread) >= UNREAD_SHARE * len(words) and function < FUNCTION_SHARE * len(words)

    def _correct_uncached(self, token: str) -> str:
        """The corpus word a misspelled token stands for, or the token itself."""
        if (token in self.known or _stem(token) in self.known or token in STOPWORDS or token in self.english
                or len(token) < 5 or not token.isalpha()):
            return token
        # A misspelling keeps about its length; "asking" is not "skin".
        close = [w for w in difflib.get_close_matches(token, self._spellable, n=3, cutoff=0.8) if abs(len(w) - len(token)) <= 1]
        return close[0] if close else token

    def normalise(self, text: str) -> str:
        """Repair spelling: join split words ("arthr itis") and correct near-misses ("arthritus").
        At most MAX_REPAIRS unknown words are looked up, so a question of hundreds of made-up
        words costs no more than an ordinary one."""
        words = re.findall(r"\S+", text)
        out: list[str] = []
        i = repairs = 0
        while i < len(words):
            bare = re.sub(r"\W", "", words[i].lower())
            spelled = self._spelled_out(words, i)
            if spelled:
                # ("what is m r s s": a term typed, or dictated, letter by letter)
                out.append(spelled[0])
                i += spelled[1]
                continue
            if i + 1 < len(words):
                joined = bare + re.sub(r"\W", "", words[i + 1].lower())
                if len(joined) >= 6 and joined in self.known and bare not in self.known:
                    out.append(joined + re.sub(r"^[\w]+", "", words[i + 1]))
                    i += 2
                    continue
            fixed = bare
            if bare and repairs < MAX_REPAIRS:
                fixed = self.correct(bare)
                repairs += bare not in self.known and len(bare) >= 5
            out.append(words[i] if fixed == bare else words[i].lower().replace(bare, fixed))
            i += 1
        return " ".join(out)

    def _spelled_out(self, words: list[str], i: int) -> tuple[str, int] | None:
        """A known term of three letters or more typed letter by letter from words[i] on ("s l e",
        "m r s s"), with how many words it took; the longest such run."""
        run = []
        for word in words[i: i + SPELLED_MAX]:
            bare = re.sub(r"\W", "", word)
            if len(bare) != 1 or not bare.isalnum():
                break
            run.append(bare)
        for n in range(len(run), 2, -1):
            joined = "".join(run[:n]).lower()
            if joined in self.known:
                return joined + re.sub(r"^\w", "", words[i + n - 1]), n
        return None

    def groups(self, text: str) -> dict[str, set[str]]:
        text = _QUESTION_PHRASE.sub(" ", text)
        """Each content word of text -> the tokens that count as it: itself, its synonyms and the
        long/short forms of an abbreviation. A phrase ("rheumatoid arthritis") belongs to
        its first word."""
        lowered = text.lower()
        own = content_tokens(text)
        found: dict[str, set[str]] = {tok: {tok} for tok in own}
        present = set(own)
        for phrase, extra in self.expansions.items():
            if " " in phrase:
                if phrase not in lowered:
                    continue
                owner = content_tokens(phrase)[0] if content_tokens(phrase) else None
            elif _stem(phrase) in present:
                owner = _stem(phrase)
            else:
                continue
            if owner not in found:
                continue
            for value in extra:
                found[owner].update(t for t in content_tokens(value) if not t.isdigit())
        return found

    def expand(self, text: str) -> dict[str, float]:
        """Weighted query terms: the question's own content words (1.0; a label 2.0) plus the
        words of their synonyms and abbreviation forms. An added phrase shares EXPANSION_WEIGHT
        among its words, so a long form does not outweigh the word it stands for. A word inside a
        matched phrase ("muscle" in "muscle disease") is expanded as the phrase only."""
        text = _QUESTION_PHRASE.sub(" ", text)
        lowered = text.lower()
        own = content_tokens(text)
        # A label ("panel_a", "patient_8") names exactly one thing: it outweighs ordinary words.
        weights = {tok: (2.0 if "_" in tok else 1.0) for tok in own}
        phrases = [p for p in self.expansions if " " in p and p in lowered]
        inside = {t for p in phrases for t in content_tokens(p)}
        present = set(own) - inside
        for phrase, extra in self.expansions.items():
            if phrase in phrases or (" " not in phrase and _stem(phrase) in present):
                for value in extra:
                    words = [t for t in content_tokens(value) if not t.isdigit() or value in self.synonyms.get(phrase, ())]
                    for tok in words:
                        share = EXPANSION_WEIGHT / max(1.0, len(words) ** 0.5)
                        weights[tok] = max(weights.get(tok, 0.0), share)
        return weights
