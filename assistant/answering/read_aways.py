"""The readings that set a guard's match aside: a sign of illness asked of the study, asked about in
general or long past (nobody said to have it now); a wording of self-harm that is the study's topic,
someone else's past, a word in quotes or an overdose of the treatment's own product asked of anyone;
one's own result told, and then only what the study says asked about.

A mixin of Guards (guards.py): it uses the guard tables (self.guards), the signs tables (self.signs),
the study packs' own words in other languages (self.glosses) and whether a text may be in another
language (self.foreign).
"""
from __future__ import annotations

import re
import unicodedata

from assistant.answering.asking import without_role
from assistant.answering.glossary import gloss

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
# Where a number sits among a scale's bands, asked of the scale: "where does 45 fall on the scale?", "which
# range of the scale is 45 in?" (not "is 45 good?").
_PLACED = re.compile(r"\b(?:where (?:does|do|would|will|did) (?:a |an |my |the )?(?:\w+ )?(?:\d+|score|value|number|result) (?:sit|fall|land|lie|come|go|fit|belong)"
                     r"|(?:which|what) (?:band|range|category|bracket|group|section)s?\b)[^.?!]{0,40}\b(?:scale|range|bands?|categor\w+|brackets?)\b", re.I)
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


def _sentence_at(text: str, at: int) -> str:
    """The sentence of text holding position at."""
    for match in _SENTENCE.finditer(text):
        if match.start() <= at < match.end():
            return match.group(0)
    return text


class ReadAways:
    """The read-aways of Guards: when a match of theirs is set aside."""

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
        if set(re.findall(value, told)) & set(re.findall(value, " ".join(asked))) and not all(_PLACED.search(x) for x in asked):
            # "my XY was 900. Per the legend, is 900 high?" asks about the writer's own value; "where does 45
            # sit on the study's scale?" asks which of the scale's bands holds a number (the scale's own words)
            return False
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
