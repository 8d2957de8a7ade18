"""Words of other languages and of texting glossed into English (knowledge/glossary.toml), so that
retrieval and routing, which read English, can read "¿Cuántos pacientes en total?" or "hw mny ppl".

Only what the reading needs is glossed: whole words and phrases of the table, longest first, left
to right; every other word is kept as typed. The guards read the message as typed."""
from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from pathlib import Path

GLOSSARY = Path(__file__).resolve().parent.parent / "knowledge" / "glossary.toml"
# (A word goes on over the combining marks no single letter has: Yoruba "ìtọ́jú", a tone mark over ọ;
# and over the vowel signs of the scripts of India, which \w leaves out: Devanagari "बिरामी".)
_MARKS = "".join(re.escape(chr(c)) for c in range(0x300, 0x10000) if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me"))
_WORD = re.compile(rf"[\w{_MARKS}'’/-]*\w[\w{_MARKS}'’/-]*|\w/")
MAX_WORDS = 4  # the longest phrase of the table, in words


Glosses = tuple[tuple[str, tuple[str, ...]], ...]  # (English, its forms), hashable


def study_glosses(packs) -> Glosses:
    """The study packs' own words (their [glossary]), for gloss()."""
    return tuple((english, tuple(forms)) for pack in packs for english, forms in pack.glossary.items())


@functools.lru_cache(maxsize=8)
def _table(extra: Glosses = ()) -> dict[str, str]:
    data = tomllib.loads(GLOSSARY.read_text(encoding="utf-8"))
    forms: dict[str, str] = {}
    for english, words in [pair for section in data.values() for pair in section.items()] + list(extra):
        for word in words:
            key = unicodedata.normalize("NFC", word.lower()).replace("’", "'")
            if key != english and len(key.split()) <= MAX_WORDS:
                forms.setdefault(key, english)
    return forms


_DETERMINERS = frozenset("the a an this that its their each every total overall".split())


def gloss(text: str, extra: Glosses = ()) -> str:
    """text with the table's words and phrases (and extra's: a study's own) in English; the same
    text when it has none."""
    forms = _table(extra)
    text = unicodedata.normalize("NFC", text)
    words = list(_WORD.finditer(text))
    out, at, i = [], 0, 0
    while i < len(words):
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            # (a phrase only of words that follow each other with a space between)
            span = words[i:i + n]
            if n > 1 and any(text[a.end():b.start()] != " " for a, b in zip(span, span[1:])):
                continue
            said = " ".join(w.group(0).lower().replace("’", "'") for w in span)
            english = forms.get(said)
            if not english and n == 1 and "-" in said and any(part in forms for part in said.split("-")):
                english = " ".join(forms.get(part, part) for part in said.split("-"))  # ("Myositis-Patienten")
            if english and len(said) == 1 and not (0 < i < len(words) - 1 and text[words[i - 1].end():span[0].start()] == " "
                                                   and text[span[0].end():words[i + 1].start()] == " "):
                english = None  # (a letter is a word only between two words: "how many n how long", not "n = 15")
            if english and len(said) == 1 and i and words[i - 1].group(0).lower() in _DETERMINERS:
                english = None  # (nor after a determiner, where it names something: "the n for group X", "a u-shaped curve")
            if english:
                out.append(text[at:span[0].start()] + english)
                at, i = span[-1].end(), i + n
                break
        else:
            i += 1
    return "".join(out) + text[at:] if out else text
