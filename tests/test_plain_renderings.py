"""Every plain rendering of a study pack (plain.toml) checked against its source sentence.

For each [[sentence]] ("plain" and "simple") and each [[term]] note:
- its ref names a sentence of the corpus and `source` is that sentence, exactly;
- every number (and its unit) is in the source, or in the defining sentence of a term it names;
- every disease and scale name is the source's, or another name of something the source names;
- no hedge dropped, no negation dropped or added, no direction (higher/lower ...) flipped;
- the reading grade is at most 8 (plain, term notes) or 6 (simple), by textstat 0.7.4;
- key terms kept: every count with its noun ("8 patients") and every range ("0 to 105") of the
  source, verbatim (plain and simple); every abbreviation the source defines, with its long form,
  and most of the source's content words (plain), so that the study's own words stay in the text.

The checks know no study: names come from each pack's study.toml [[groups]] and plain.toml
[[term]] entries, and the word lists below are generic English. They run on every pack under
corpus/ and tests/fixtures/, and on a made-up pack that proves each check can fail.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
import snowballstemmer

from assistant.evals.readability import reading_grade
from assistant.ingest.chunking import split_sentences
from assistant.ingest.corpus import load_corpus
from assistant.ingest.packs import Rendering, StudyPack, load_pack
from assistant.retrieval.lexicon import find_definitions

ROOT = Path(__file__).resolve().parent.parent

# ---- generic English, as data ----------------------------------------------------------------

NUMBER_WORDS = {
    "zero": "0", "one": "1", "once": "1", "single": "1", "two": "2", "twice": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11",
    "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
    "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50",
    "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90", "hundred": "100", "hundreds": "100",
    "thousand": "1000", "thousands": "1000", "million": "1000000", "millions": "1000000", "dozen": "12",
    "double": "2", "triple": "3",
}
UNITS = {
    "mm": "mm", "millimeter": "mm", "millimeters": "mm", "millimetre": "mm", "millimetres": "mm",
    "cm": "cm", "centimeter": "cm", "centimeters": "cm", "mg": "mg", "milligram": "mg", "milligrams": "mg",
    "g": "g", "gram": "g", "grams": "g", "kg": "kg", "kilogram": "kg", "kilograms": "kg", "ml": "ml",
    "milliliter": "ml", "milliliters": "ml", "l": "l", "liter": "l", "liters": "l", "%": "%", "percent": "%",
    "year": "year", "years": "year", "month": "month", "months": "month", "week": "week", "weeks": "week",
    "day": "day", "days": "day", "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute",
}
# Hedges and qualifiers: when the source has words of a class, the rendering keeps at least as many.
HEDGES = {
    "too early": ("too early", "too soon", "not yet", "premature"),
    "possibility": ("could", "may", "might", "potentially", "possibly", "perhaps", "likely"),
    "bound": ("up to", "at most", "as long as", "as much as", "no more than"),
    "tentative": ("promising", "encouraging", "potential", "hope", "hopeful", "suggest", "suggests", "suggested",
                  "appear", "appears", "seem", "seems", "preliminary"),
    "still needed": ("needed", "need", "needs", "required", "requires"),
    "limited scope": ("certain", "specific", "some", "particular"),
    "all": ("all", "every", "each"),
    "most": ("most", "majority", "mostly"),
}
NEGATIONS = ("not", "no", "never", "none", "nothing", "nobody", "without", "cannot", "neither", "nor", "n't")
# A rendering may say "not" where the source says it with one of these ("drug-free": "no drugs needed").
NEGATIVE_MEANING = ("free", "stop", "stops", "stopped", "stopping", "without", "lack", "lacks", "absent",
                    "absence", "unknown", "idiopathic", "applicable")
DIRECTIONS = {
    "up": ("higher", "highest", "greater", "greatest", "more", "increase", "increases", "increased", "increasing",
           "upper", "above", "larger", "bigger", "rise", "rises", "rose", "raised", "stronger", "longer", "top"),
    "down": ("lower", "lowest", "less", "least", "fewer", "decrease", "decreases", "decreased", "decreasing",
             "reduce", "reduces", "reduced", "reduction", "below", "smaller", "fall", "falls", "fell", "drop",
             "dropped", "weaker", "shorter", "bottom"),
    "better": ("better", "best", "improve", "improves", "improved", "improving", "improvement", "improvements"),
    "worse": ("worse", "worst", "worsen", "worsens", "worsened", "worsening", "deteriorate", "deteriorated"),
}
OPPOSITE = {"up": "down", "down": "up", "better": "worse", "worse": "better"}
# Words that name a disease or a scale even when no pack lists them.
NAME_PATTERNS = (
    r"\b[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*",  # SLE, mRSS, ACR-EULAR, N/A
    r"\b[a-z]+(?:itis|osis|emia|aemia|uria|pathy|oma)\b",  # myositis, sclerosis, proteinuria
    r"\b(?:[A-Z][\w'-]*\s+){1,6}(?:Score|Scale|Index|Test|Criteria|Syndrome|Disease)\b",  # Manual Muscle Test
)
MAX_GRADE = {"plain": 8.0, "simple": 6.0, "term": 8.0}
# Key terms. A plain rendering explains the study's words beside them; it does not swap them for
# everyday ones, because patients, educators and fact checks search for the study's own words.
# The least share of the source's content words (stems, stopwords left out) a plain rendering
# keeps. Renderings that keep each key term and add its meaning beside it keep 90-100%; the first
# renderings, which retold sentences in other words ("how long patients were watched" for
# "observation periods"), went down to 50%. 60% is a floor against a sentence paraphrased away,
# loose enough for the everyday words a rendering adds; the counts and defined abbreviations,
# where one lost word matters, are checked one by one.
MIN_KEPT_WORDS = 0.6
# Words that never carry the study's meaning on their own (generic English function words).
STOPWORDS = frozenset("""
    a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on
    once only or other our ours out over own same she should so some such than that the their theirs them
    then there these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours could may might must shall
""".split())
# Plurals without an -s: a count ("40 children") is a number followed by a plural noun.
IRREGULAR_PLURALS = frozenset("children people men women feet teeth mice geese data criteria".split())
_STEMMER = snowballstemmer.stemmer("english")

# ---- the checks --------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    text = text.lower().replace("’", "'").replace("n't", " n't")
    return re.findall(r"n't|[a-z]+(?:'[a-z]+)?|%", text)


def _count(phrases, text: str) -> int:
    """How often any of phrases occurs in text as whole words."""
    low = " " + " ".join(_words(text)) + " "
    return sum(low.count(f" {p} ") for p in phrases)


def numbers(text: str) -> set[str]:
    """The numbers of text, digits and number words alike ("two" -> "2"), without those inside
    names (CD19, SLEDAI-2K)."""
    found = {n.replace(",", "") for n in re.findall(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w])", text)}
    words = re.sub(r"\b(?:no|any|some|every|each|the|this|that|which)\s+one\b", " ", text.lower())
    return found | {NUMBER_WORDS[w] for w in _words(words) if w in NUMBER_WORDS}


def quantities(text: str) -> set[tuple[str, str]]:
    """(number, unit) pairs of text: "two years" -> ("2", "year"), "100 mm" -> ("100", "mm")."""
    tokens = re.findall(r"\d+(?:[.,]\d+)*|[A-Za-z]+|%", text)
    pairs = set()
    for a, b in zip(tokens, tokens[1:]):
        n = a.replace(",", "") if a[0].isdigit() else NUMBER_WORDS.get(a.lower())
        if n and b.lower() in UNITS:
            pairs.add((n, UNITS[b.lower()]))
    return pairs


def units(text: str) -> set[str]:
    """The units of text ("months" -> "month"); one-letter ones (g, l) only next to a number."""
    found = {UNITS[t.lower()] for t in re.findall(r"[A-Za-z]+|%", text) if t.lower() in UNITS and (len(t) > 1 or t == "%")}
    return found | {unit for _, unit in quantities(text)}


_NUMBER = r"(?:\d+(?:[.,]\d+)*|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"


def counts(text: str) -> list[str]:
    """The counts and ranges of text, as written: "8 patients", "two years", "single infusion",
    "0 to 105". A count is a number and the plural noun right after it (a unit, or "one"/"single"
    and a singular noun), so "Patients 8, 11, and 15 reflect" and "0 to 19 indicating" give none."""
    found = []
    edge = r"(?<![\w.\-–])"
    for m in re.finditer(rf"{edge}({_NUMBER})\s+to\s+({_NUMBER})(?![\w\-])", text, re.IGNORECASE):
        found.append(m.group(0))
    for m in re.finditer(rf"{edge}({_NUMBER})\s+([A-Za-z][a-z-]*)\b(?!-)", text, re.IGNORECASE):
        number, noun = m.group(1).lower(), m.group(2).lower()
        n = NUMBER_WORDS.get(number, number)
        if noun in STOPWORDS or noun in NUMBER_WORDS or noun.endswith(("ing", "ed")):
            continue
        plural = noun in IRREGULAR_PLURALS or (noun.endswith("s") and not noun.endswith("ss"))
        if noun in UNITS or plural == (n != "1"):  # "100 mm", "8 patients", "single infusion"
            found.append(m.group(0))
    return found


def abbreviations(text: str) -> dict[str, str]:
    """The abbreviations text defines, each with its long form: "long form (ABBR)", "ABBR denotes
    long form". A trailing number the long form says in words is let go ("... in one second (XY1)")."""
    found = {d.term: d.long_form for d in find_definitions([("", text)]).values()}
    for m in re.finditer(r"\(([A-Za-z][A-Za-z-]*[A-Z][A-Za-z-]*)(\d+)\)", text):
        if m.group(0)[1:-1] not in found:
            core = find_definitions([("", f"{text[:m.start()]}({m.group(1)})")])
            found.update({m.group(1) + m.group(2): d.long_form for d in core.values() if d.term == m.group(1)})
    return found


def stems(text: str) -> set[str]:
    """The content words of text, lower-cased and stemmed ("patients" -> "patient")."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'s", ""))
    return {_STEMMER.stemWord(w) for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit())}


def _says(text: str, phrase: str) -> bool:
    """text says phrase word for word (any case, any dash, any spacing)."""
    norm = lambda t: re.sub(r"\s+", " ", t.replace("–", "-").replace("—", "-")).lower()
    return bool(re.search(rf"(?<![\w.]){re.escape(norm(phrase))}(?![\w])", norm(text)))


def lost_key_terms(text: str, source: str, style: str = "plain") -> list[str]:
    """The source's key terms that text leaves out. Every style keeps the counts; plain also keeps
    each defined abbreviation with its long form and most of the source's content words."""
    problems = [f"count {c!r} not kept word for word" for c in counts(source) if not _says(text, c)]
    if style != "plain":
        return problems
    for short, long in abbreviations(source).items():
        if not _mentions(short, text):
            problems.append(f"abbreviation {short!r} not kept")
        if not _says(text, long):
            problems.append(f"long form {long!r} of {short} not kept")
    words = stems(source)
    kept = len(words & stems(text)) / len(words) if words else 1.0
    if kept < MIN_KEPT_WORDS:
        missing = ", ".join(sorted(words - stems(text)))
        problems.append(f"keeps {kept:.0%} of the source's words (< {MIN_KEPT_WORDS:.0%}); left out: {missing}")
    return problems


def directions(text: str) -> set[str]:
    return {axis for axis, words in DIRECTIONS.items() if _count(words, text)}


def _mentions(name: str, text: str) -> bool:
    """name occurs in text as a whole word, not as part of a longer name (ACR in ACR-EULAR);
    acronyms only in capitals (CAR, not "car")."""
    flags = 0 if re.search(r"[A-Z].*[A-Z]", name) and not re.search(r"[a-z]{3}", name) else re.IGNORECASE
    return bool(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, flags))


def _contains(text: str, name: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE))


@dataclass
class Checker:
    """A study pack with its corpus sentences and the names of the things it defines."""

    pack: StudyPack
    sentences: dict[str, str]  # ref as the index names it ("<study>/<file>#<section>/<n>") -> sentence
    entities: list[set[str]]  # each: every name of one group or defined term

    @classmethod
    def load(cls, folder: Path, corpus_dir: Path | None = None) -> "Checker":
        pack = load_pack(folder.name, folder)
        docs = [d for d in load_corpus(corpus_dir or folder.parent) if d.study == pack.id]
        sentences = {f"{d.doc_id}/{n}": s for d in docs for n, s in enumerate(split_sentences(d.text), start=1)}
        names = [{g.label, *g.names} for g in pack.groups] + [{t.term, *t.aliases} for t in pack.terms]
        entities: list[set[str]] = []
        for group in names:  # merge entries that share a name: the lupus group and the term SLE
            joined = [e for e in entities if {n.lower() for n in e} & {n.lower() for n in group}]
            for e in joined:
                entities.remove(e)
                group |= e
            entities.append(set(group))
        return cls(pack, sentences, entities)

    def named(self, text: str) -> list[set[str]]:
        """The entities text names."""
        return [e for e in self.entities if any(_mentions(n, text) for n in e)]

    def definitions(self, text: str) -> str:
        """The defining sentences of the terms text names."""
        refs = {t.ref for t in self.pack.terms for e in self.named(text) if t.term in e}
        return " ".join(self.sentence(r) for r in sorted(refs))

    def sentence(self, ref: str) -> str:
        """The corpus sentence a pack-local ref ("article#findings/2") names; "" when none."""
        return self.sentences.get(self.pack.ref(ref), "")

    def shortened(self, source: str) -> str:
        """source with each "long form (SHORT)" of a defined name also read as "SHORT", so that
        "chimeric antigen receptor (CAR) T cells" names the "CAR T cells"."""
        for entity in self.entities:
            for long in entity:
                for short in entity:
                    if long != short:
                        source = re.sub(rf"{re.escape(long)} \({re.escape(short)}\)", short, source, flags=re.IGNORECASE)
        return source

    def name_candidates(self, text: str) -> set[str]:
        """The disease and scale names of text: those the pack lists and those the patterns find."""
        found = {n for e in self.entities for n in e if _mentions(n, text)}
        for pattern in NAME_PATTERNS:
            found |= {re.sub(r"^(?:(?:The|A|An|This|That|Its|Their|On|In|For|By)\s+)+", "", m.strip())
                      for m in re.findall(pattern, text)}
        return found

    def check(self, text: str, source: str, whole: bool = True) -> list[str]:
        """What text gets wrong about source. whole=False for a note on one term of the source:
        it need not keep the source's hedges and directions, only never contradict them."""
        problems = []
        allowed = f"{source} {self.definitions(text)}"
        for n in sorted(numbers(text) - numbers(allowed)):
            problems.append(f"number {n} is not in the source")
        for n, unit in sorted(quantities(text) - quantities(allowed)):
            if n in numbers(allowed):
                problems.append(f"{n} {unit} is not in the source")
        for unit in sorted(units(text) - units(allowed)):
            problems.append(f"unit {unit!r} is not in the source")
        names_source = f"{source} {self.shortened(source)}"
        source_entities = self.named(names_source)
        for name in sorted(self.name_candidates(text)):
            same = [e for e in self.entities if name.lower() in {n.lower() for n in e}]
            if not (_contains(names_source, name) or any(e in source_entities for e in same)):
                problems.append(f"name {name!r} is not in the source")
        if whole:
            for label, words in HEDGES.items():
                if _count(words, text) < _count(words, source):
                    problems.append(f"hedge dropped: the source says {label!r} ({', '.join(words[:3])} ...)")
            if _count(NEGATIONS, source) and not _count(NEGATIONS, text):
                problems.append("negation dropped")
        if _count(NEGATIONS, text) and not _count(NEGATIONS, source) and not _count(NEGATIVE_MEANING, source):
            problems.append("negation added")
        said, says = directions(source), directions(text)
        for axis in sorted(said - says if whole else set()):
            problems.append(f"direction dropped: the source says {axis!r}")
        for axis in sorted(says - said):
            flip = OPPOSITE[axis] in said
            problems.append(f"direction {'flipped' if flip else 'added'}: {axis!r} is not in the source")
        return problems

    def renderings(self):
        """(label, text, source, whole, grade limit) for every rendering and term note."""
        for r in self.pack.renderings.values():
            for style in ("plain", "simple"):
                yield f"{r.ref} {style}", getattr(r, style), r.source, True, MAX_GRADE[style]
        for t in self.pack.terms:
            yield f"term {t.term}", t.plain, self.sentence(t.ref), False, MAX_GRADE["term"]

    def faults(self) -> list[str]:
        return [f"{label}: {p}" for label, text, source, whole, _ in self.renderings()
                for p in self.check(text, source, whole)]

    def key_term_faults(self) -> list[str]:
        return [f"{r.ref} {style}: {p}" for r in self.pack.renderings.values() for style in ("plain", "simple")
                for p in lost_key_terms(getattr(r, style), r.source, style)]

    def grade_faults(self) -> list[str]:
        out = []
        for label, text, _, _, limit in self.renderings():
            grade = reading_grade(text)
            if grade is None or grade > limit:
                out.append(f"{label}: grade {grade} > {limit}: {text}")
        return out

    def ref_faults(self) -> list[str]:
        raw = tomllib.loads((self.pack.folder / "plain.toml").read_text(encoding="utf-8"))
        out = []
        refs = [s["ref"] for s in raw.get("sentence", [])]
        out += [f"{r}: rendered twice" for r in sorted({r for r in refs if refs.count(r) > 1})]
        for s in raw.get("sentence", []):
            sentence = self.sentence(s["ref"])
            if not sentence:
                out.append(f"{s['ref']}: no such sentence in the corpus")
            elif s["source"] != sentence:
                out.append(f"{s['ref']}: source differs from the corpus sentence {sentence!r}")
        rendered = {self.pack.ref(r) for r in refs}
        out += [f"{r}: no rendering" for r in self.sentences if r not in rendered]
        out += [f"term {t.term}: no sentence {t.ref}" for t in self.pack.terms if not self.sentence(t.ref)]
        return out


def _pack_folders() -> list[Path]:
    folders = [p.parent for p in sorted((ROOT / "corpus").glob("*/plain.toml"))]
    return folders + [p.parent for p in sorted((ROOT / "tests" / "fixtures").rglob("plain.toml"))]


PACKS = _pack_folders()


@pytest.fixture(scope="module", params=PACKS, ids=lambda p: p.name)
def pack(request) -> Checker:
    return Checker.load(request.param)


def _report(faults: list[str]) -> str:
    return f"{len(faults)} problem(s):\n" + "\n".join(faults)


# ---- the packs -------------------------------------------------------------------------------


def test_there_is_a_pack_with_renderings():
    assert any(f.parent == ROOT / "corpus" for f in PACKS)


def test_every_ref_is_a_corpus_sentence_and_every_sentence_is_rendered(pack):
    faults = pack.ref_faults()
    assert not faults, _report(faults)


def test_renderings_keep_numbers_names_hedges_negations_and_directions(pack):
    faults = pack.faults()
    assert not faults, _report(faults)


def test_reading_grade(pack):
    faults = pack.grade_faults()
    assert not faults, _report(faults)


def test_key_terms_kept(pack):
    faults = pack.key_term_faults()
    assert not faults, _report(faults)


# ---- the checks can fail: a made-up pack -----------------------------------------------------

FICTION_TEXT = """---
title: Nightly breathing trainer for snoring
---

## Results

Researchers enrolled 12 adults with obstructive sleep apnea (OSA) for up to six months. The trainer could reduce snoring, but it is too early to say it works for everyone. Scores on the Night Comfort Index (NCI) range from 0 to 40, with higher scores indicating better sleep. Airway narrowing of 3 mm or more was not seen.
"""
FICTION_STUDY = """
[[groups]]
label = "Sleep apnea"
names = ["obstructive sleep apnea", "OSA", "sleep apnea"]
"""
FICTION_PLAIN = """
[[sentence]]
ref = "text#results/1"
source = "Researchers enrolled 12 adults with obstructive sleep apnea (OSA) for up to six months."
plain = "Researchers enrolled 12 adults with obstructive sleep apnea (OSA). They were followed for up to six months."
simple = "The team took 12 adults. They had sleep apnea. Each was checked for up to six months."

[[sentence]]
ref = "text#results/2"
source = "The trainer could reduce snoring, but it is too early to say it works for everyone."
plain = "The trainer could reduce snoring. But it is too early to say it works for everyone."
simple = "The trainer could cut down snoring, which means less of it. It is too early to say it helps all people."

[[sentence]]
ref = "text#results/3"
source = "Scores on the Night Comfort Index (NCI) range from 0 to 40, with higher scores indicating better sleep."
plain = "The Night Comfort Index (NCI) is a sleep score. Scores range from 0 to 40, with higher scores indicating better sleep."
simple = "NCI is a sleep score. It goes from 0 to 40. A higher score means better sleep."

[[sentence]]
ref = "text#results/4"
source = "Airway narrowing of 3 mm or more was not seen."
plain = "No one had an airway that got 3 mm or more narrow."
simple = "No airway got 3 mm or more narrow."

[[term]]
term = "NCI"
aliases = ["Night Comfort Index"]
ref = "text#results/3"
plain = "A score of how well a person sleeps. It goes from 0 to 40. Higher is better."
"""


def fiction(tmp_path: Path) -> Checker:
    folder = tmp_path / "corpus" / "snore-trainer"
    folder.mkdir(parents=True)
    (folder / "text.md").write_text(FICTION_TEXT, encoding="utf-8")
    (folder / "study.toml").write_text(FICTION_STUDY, encoding="utf-8")
    (folder / "plain.toml").write_text(FICTION_PLAIN, encoding="utf-8")
    return Checker.load(folder)


def test_a_faithful_made_up_pack_passes_every_check(tmp_path):
    made_up = fiction(tmp_path)
    assert made_up.ref_faults() == []
    assert made_up.faults() == []
    assert made_up.grade_faults() == []
    assert made_up.key_term_faults() == []


SOURCE_1 = "Researchers enrolled 12 adults with obstructive sleep apnea (OSA) for up to six months."
SOURCE_2 = "The trainer could reduce snoring, but it is too early to say it works for everyone."
SOURCE_3 = "Scores on the Night Comfort Index (NCI) range from 0 to 40, with higher scores indicating better sleep."
SOURCE_4 = "Airway narrowing of 3 mm or more was not seen."


@pytest.mark.parametrize("source, bad, problem", [
    (SOURCE_1, "Researchers signed up 21 adults with sleep apnea for up to six months.", "number 21 is not in the source"),
    (SOURCE_1, "Researchers signed up 12 adults with sleep apnea for up to six years.", "6 year is not in the source"),
    (SOURCE_1, "Researchers signed up 12 adults with sleep apnea for six months.", "hedge dropped: the source says 'bound'"),
    (SOURCE_1, "Researchers signed up 12 adults with bronchitis for up to six months.", "name 'bronchitis' is not in the source"),
    (SOURCE_1, "Researchers signed up 12 adults with COPD for up to six months.", "name 'COPD' is not in the source"),
    (SOURCE_2, "The trainer reduces snoring. It is too early to say it works for everyone.",
     "hedge dropped: the source says 'possibility'"),
    (SOURCE_2, "The trainer could reduce snoring, and it works for everyone.", "hedge dropped: the source says 'too early'"),
    (SOURCE_2, "The trainer could increase snoring. It is too early to say it works for everyone.",
     "direction flipped: 'up' is not in the source"),
    (SOURCE_3, "The NCI goes from 0 to 40. Lower scores mean better sleep.", "direction flipped: 'down' is not in the source"),
    (SOURCE_3, "The NCI goes from 0 to 40. Higher scores mean worse sleep.", "direction flipped: 'worse' is not in the source"),
    (SOURCE_3, "The NCI goes from 0 to 40. Scores show sleep.", "direction dropped: the source says 'up'"),
    (SOURCE_3, "The NCI goes from 0 to 50. Higher scores mean better sleep.", "number 50 is not in the source"),
    (SOURCE_3, "The Sleep Quality Scale goes from 0 to 40. Higher scores mean better sleep.",
     "name 'Sleep Quality Scale' is not in the source"),
    (SOURCE_4, "An airway got 3 mm or more narrow.", "negation dropped"),
    (SOURCE_4, "No airway got 3 cm or more narrow.", "unit 'cm' is not in the source"),
    (SOURCE_2, "The trainer could not reduce snoring. It is too early to say it works for everyone.", "negation added"),
    ("Larger trials are needed before the trainer can be sold.", "Larger trials will let the trainer be sold.",
     "hedge dropped: the source says 'still needed'"),
    ("Snoring fell in most adults.", "Snoring fell in adults.", "hedge dropped: the source says 'most'"),
])
def test_each_check_catches_a_bad_rendering(tmp_path, source, bad, problem):
    problems = fiction(tmp_path).check(bad, source)
    assert any(p.startswith(problem) for p in problems), problems


@pytest.mark.parametrize("source, bad, problem", [
    (SOURCE_1, "Researchers enrolled 12 people with obstructive sleep apnea (OSA) for up to six months.",
     "count '12 adults' not kept"),
    (SOURCE_1, "Researchers enrolled 12 adults with obstructive sleep apnea (OSA) for up to 6 months.",
     "count 'six months' not kept"),
    (SOURCE_1, "Researchers enrolled 12 adults with sleep apnea (OSA) for up to six months.",
     "long form 'obstructive sleep apnea' of OSA not kept"),
    (SOURCE_3, "The Night Comfort Index is a sleep score. Scores range from 0 to 40, with higher scores indicating "
               "better sleep.", "abbreviation 'NCI' not kept"),
    (SOURCE_3, "The Night Comfort Index (NCI) is a sleep score from zero up to 40. Higher means better sleep.",
     "count '0 to 40' not kept"),
    (SOURCE_2, "The trainer may cut down snoring. It is too early to know if it helps all.",
     "keeps 43% of the source's words (< 60%); left out: everyon, reduc, say, work"),
])
def test_the_key_term_check_catches_a_rendering_that_swaps_the_study_words(source, bad, problem):
    problems = lost_key_terms(bad, source)
    assert any(p.startswith(problem) for p in problems), problems


def test_everyday_words_beside_the_study_words_are_fine():
    assert lost_key_terms("The trainer could reduce snoring: there may be less of it. It is too early to know if it "
                          "helps everyone.", SOURCE_2) == []


def test_a_simple_rendering_keeps_the_counts_but_may_leave_out_the_long_names():
    assert lost_key_terms("The team took 12 adults. They had sleep apnea. Each was checked for up to six months.",
                          SOURCE_1, "simple") == []
    assert lost_key_terms("The team took a dozen adults with sleep apnea for up to six months.", SOURCE_1, "simple") == [
        "count '12 adults' not kept word for word"]


def test_counts_are_numbers_with_their_nouns_and_ranges():
    assert counts("Patients 8, 11, and 15 reflect data at 3 months.") == ["3 months"]
    assert counts("Scores range from 0 to 19 indicating no response.") == ["0 to 19"]
    assert counts("The trial enrolled 40 children aged 6 to 11 years, once a day.") == ["6 to 11", "40 children", "11 years"]
    assert counts("They got a single infusion for up to two years in 2024.") == ["single infusion", "two years"]
    assert counts("Levels of factor 3 (F3) and the XY-2K index.") == []


def test_abbreviations_are_those_defined_in_parentheses_with_their_long_forms():
    assert abbreviations("Peak flow was read with the peak airflow in one minute (PAF1) and the Night Comfort "
                         "Index (NCI) of the Sleep Group (SG).") == {
        "PAF1": "peak airflow in one minute", "NCI": "Night Comfort Index", "SG": "Sleep Group"}
    assert abbreviations("Results are shown (Figure 1) for adults (see above).") == {}


def test_a_name_from_another_part_of_the_study_is_caught_but_another_name_for_the_same_thing_is_not(tmp_path):
    made_up = fiction(tmp_path)
    assert made_up.check("The NCI is a sleep score for people with OSA.", SOURCE_3, whole=False) == [
        "name 'OSA' is not in the source"]
    assert made_up.check("Researchers signed up 12 adults with OSA for up to six months.", SOURCE_1) == []


def test_a_term_note_may_leave_out_the_rest_of_its_sentence_but_not_contradict_it(tmp_path):
    made_up = fiction(tmp_path)
    assert made_up.check("A sleep score.", SOURCE_3, whole=False) == []
    assert made_up.check("A sleep score. Lower is better.", SOURCE_3, whole=False) == [
        "direction flipped: 'down' is not in the source"]


def test_numbers_from_the_definition_of_a_named_term_are_allowed(tmp_path):
    made_up = fiction(tmp_path)
    # The NCI is defined in another sentence; its range may be restated next to it.
    # The NCI is defined in another sentence: its range may be restated beside it (naming it is
    # still a name the source does not have).
    assert made_up.check("The trainer could lower snoring on the NCI (0 to 40). It is too early to say it works "
                         "for everyone.", SOURCE_2) == ["name 'NCI' is not in the source"]
    assert "number 40 is not in the source" in made_up.check("The trainer could lower snoring to 40. It is too "
                                                             "early to say it works for everyone.", SOURCE_2)


def test_grades_are_checked(tmp_path):
    made_up = fiction(tmp_path)
    made_up.pack.renderings["text#results/1"] = Rendering(
        "text#results/1", SOURCE_1, "Investigators prospectively enrolled twelve consenting adults exhibiting "
        "polysomnographically confirmed obstructive sleep apnea for a maximum observational duration of six months.",
        "Twelve adults.")
    assert [f.split(":")[0] for f in made_up.grade_faults()] == ["text#results/1 plain"]


def test_a_wrong_source_or_ref_is_caught(tmp_path):
    made_up = fiction(tmp_path)
    plain = made_up.pack.folder / "plain.toml"
    plain.write_text(plain.read_text().replace('source = "Airway narrowing of 3 mm', 'source = "Airway narrowing of 4 mm')
                     .replace('ref = "text#results/3"\nsource', 'ref = "text#results/9"\nsource'), encoding="utf-8")
    faults = Checker.load(made_up.pack.folder).ref_faults()
    assert faults == [
        "text#results/9: no such sentence in the corpus",
        "text#results/4: source differs from the corpus sentence " + repr(SOURCE_4),
        "snore-trainer/text#results/3: no rendering",
    ]


def test_a_background_note_is_left_out_when_the_answer_explains_the_term_itself(bot):
    from assistant.answering.rendering import _said_in_other_words

    assert _said_in_other_words("Patients had reduced disease activity. That means it was less active.", "disease activity")
    assert not _said_in_other_words("Patients had reduced disease activity.", "disease activity")
