"""Answers of a kind: a question wanting a number, a duration, a place, a dose, a name... (the kinds
are data: knowledge/answer_types.toml). When the cited sentences hold no answer of that kind, a
nearly as good sentence that does answers instead, else the study does not say, with the closest
sentence; "how many of the A patients reached XYZ?" is answered by a sentence saying XYZ, not one
counting group A; a yes/no question that strong evidence plainly answers starts with "Yes:".
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

from assistant.answering import scales
from assistant.answering.composer import Request
from assistant.answering.asking import asking_part
from assistant.answering.lists import _ALTOGETHER, _holds, _with
from assistant.answering.near_misses import ABOUT_A_STUDY
from assistant.answering.prefilter import Patterns
from assistant.records import Reply
from assistant.retrieval.lexicon import content_tokens, find_name, names_any, tokens

ANSWER_TYPES = Path(__file__).resolve().parent.parent / "knowledge" / "answer_types.toml"
YES_SUPPORT = 0.62  # evidence this strong answers a yes/no question with "Yes:"
MORE_ASKED = 4  # words of the study's beside a question's ask for its source: it asks more besides
SHORT_PAIR = 6  # two questions this short in all (content words) are read as one
TYPED_RANKS = 3  # how far down the ranking a sentence holding the wanted kind of answer may be

_WHICH_GROUP = re.compile(r"\b(which|what) ([\w-]+ ){0,2}(group|disease|condition)s?\b.{0,25}\b(biggest|largest|smallest|most|fewest|least)\b", re.I)
# Asked which group a thing belongs to ("which group of patients was that used for?", "what disease is
# that scale for?", "who was it measured in?"): not how many, nor what a group had.
_GROUP_ASKED = re.compile(r"\b(which|what) ([\w-]+ ){0,2}(groups?|diseases?|conditions?|illness(es)?|patients|people|participants)\b"
                          r"(?! (had|have|has|did|got|get|were treated|was treated|improved|reached|achieved)\b)|"
                          r"\bwho (was|were|is|are) (it|that|this|they|those|these|the [\w-]+) (used|measured|given|tested|applied|scored|assessed|checked|done)\b", re.I)
_HOW_MANY = re.compile(r"\bhow many\b", re.I)
# "Was that all of them?", "did every one of them?": whether a whole group did, which its size tells too.
_ALL_ASKED = re.compile(r"\b(?:was|were|is|are|did|does|do) (?:that|it|this|they|those|these) (?:really )?(?:all|every ?one|everybody|each)\b|"
                        r"\ball of (?:them|those|these)\b|\bevery (?:single )?(?:one|patient|person) of (?:them|those|these)\b", re.I)
_WHOLE_GROUP = r"\b(?:all|every|each of the|none of the)\s+(?:of\s+the\s+)?"  # ("all A patients", "none of the A patients")
YES_NO = re.compile(r"^\s*(is|are|was|were|did|does|do|can|could|has|have|had|will|would)\b", re.I)
_HEDGED = re.compile(r"\b(not|no|never|too early|could|may|might|potentially|unclear|uncertain|unknown|without)\b", re.I)
# Asked whether everyone in the study had one condition ("were all 15 patients X patients?", "did all the
# patients have X?", "was everyone treated for X?"): a study of several groups says no, with the groups.
_COHORT = r"(?:(?:all|every|each)(?: one)?(?: of)?(?: the| these| those| its)?(?: \d+| fifteen| twenty| thirty| [a-z]+teen)? (?:patients|people|participants|subjects|cases)|everyone|everybody|all of them)"
_ALL_ONE_GROUP = re.compile(rf"^\W*(?:so |and |but )?(?:(?:were|was|are|is) {_COHORT}(?: in (?:the|this) (?:study|trial|paper))? (?:\w+ ){{0,2}}?(?P<a>[\w-]+(?: [\w-]+){{0,3}}?)(?: patients| ones| cases)?|"
                           rf"(?:did|do|does) {_COHORT}(?: in (?:the|this) (?:study|trial|paper))? (?:have|has|had|suffer from|get treated for|got treated for) (?:\w+ )?(?P<b>[\w-]+(?: [\w-]+){{0,3}}?))\W*$", re.I)
_NUMBER = re.compile(r"\d+")
# A statement given to be checked: "do I have this right: X?", "do I understand correctly that X?",
# "is it fair to tell my friends that X?", "just want to double check, X?", "X, right?".
_CHECKED = re.compile(
    r"^\W*(?:(?:so|ok(?:ay)?|and|just|hi|hey|quick (?:q|question))\W+)*(?:"
    r"(?:do|did) i (?:have|get|got) (?:this|that|it|these|those) (?:right|correct(?:ly)?|straight)|"
    r"(?:do|did) i (?:understand|read|get) (?:this |that |it )?(?:correctly|right)(?: that)?|"
    r"am i (?:right|correct|reading (?:this|it) right)(?: (?:that|in thinking(?: that)?|to (?:say|think)(?: that)?))?|"
    r"is it (?:fair|right|correct|accurate|true|ok(?:ay)?) (?:for me )?to (?:say|tell [\w ]{1,25}?|think|write|explain)(?: that)?|"
    r"(?:i )?(?:just )?(?:want(?:ed)?|need) to (?:double[- ]?check|check|confirm|make sure)(?: that| i understand(?: that)?)?|"
    r"can you confirm(?: that)?|is it true that)\b\W*", re.I)
_CHECKED_END = re.compile(r",?\s*(?:right|correct|yes|true|yeah|is that (?:right|correct|true)|am i right)\s*\?+\s*$", re.I)
# Words with an opposite: a claim saying one where the cited sentence says only its opposite is not
# what the sentence says ("a lower score means stronger muscles?").
_OPPOSITES = (("higher", "lower"), ("better", "worse"), ("stronger", "weaker"), ("more", "less"), ("upper", "lower"),
              ("increase", "decrease"), ("increased", "decreased"), ("greater", "lower"), ("worse", "improved"))


def answer_types() -> tuple[list[tuple[str, re.Pattern, re.Pattern, str, bool]], dict[str, re.Pattern], set[str], set[str], set[str]]:
    """The kinds of answer (name, cue, evidence, what, abstain); per kind, the wordings that give
    it only in words ("long-term" for "how many months"); the kinds whose answer is sought in the
    whole text, not only near the best sentences; the kinds that, given by a cited sentence,
    settle the question (no later kind is sought); and those answered over a near uncovered topic. Read once."""
    types = tomllib.loads(ANSWER_TYPES.read_text(encoding="utf-8"))["types"]
    # (A question's cues are tried many times over an answer: each only on a question that may hold it.)
    cues = Patterns(re.compile("|".join(f"(?:{c})" for c in t["cues"]), re.I) for t in types.values()).filtered()
    kinds = [
        (name, cue, re.compile("|".join(f"(?:{e})" for e in t["evidence"]), re.I), t["what"], t.get("abstain", True))
        for (name, t), cue in zip(types.items(), cues)
    ]
    vague = {name: re.compile("|".join(f"(?:{v})" for v in t["vague"]), re.I) for name, t in types.items() if t.get("vague")}
    anywhere = {name for name, t in types.items() if t.get("anywhere")}
    settling = {name for name, t in types.items() if t.get("settles")}
    over_gaps = {name for name, t in types.items() if t.get("over_gaps")}
    return kinds, vague, anywhere, settling, over_gaps


class TypedAnswers:
    """The answer-kind steps of the planner (which sets self.types, self.vague, self.anywhere,
    self.settling, self.over_gaps from answer_types(), and self.a, self.composer, self.near; and
    gives each sentence's opening line of its part of the text, self._opening)."""

    def typed(self, query: str, reply: Reply, ranked, request: Request) -> Reply | None:
        """A question wanting a kind of answer (a duration, an age, a place...): when the cited
        sentences do not hold one, a nearly as good sentence that does answers instead; else the
        study does not say, with the closest sentence."""
        cited = [c.quote for c in reply.citations if c.role == "answer"]
        wanted = [(name, evidence) for name, cue, evidence, _, _ in self.types if name in self.anywhere and cue.search(query)]
        if wanted and not all(any(evidence.search(q) for q in cited) for _, evidence in wanted):
            # A kind asked for by name ("which journal?", "who wrote the summary?") that one place in
            # the text gives (its reference): that place, however far the question's other words
            # pulled; for each such kind asked, a cited sentence giving it or the text's first that does.
            found = []
            for _, evidence in wanted:
                found += [s for s in request.study.sentences if evidence.search(s.text)
                          and (s.text in cited or not any(evidence.search(q) for q in cited))][:1]
            order = {s.sentence_id: i for i, s in enumerate(request.study.sentences)}
            found = sorted(dict.fromkeys(found), key=lambda s: order[s.sentence_id])
            # A question asking more of the study besides ("15 patients, one infusion, published in
            # X: is every bit right?") keeps its best sentence before the reference.
            cues = [cue for name, cue, _, _, _ in self.types if name in self.anywhere]
            rest = query
            for cue in cues:
                rest = cue.sub(" ", rest)
            known = self.a.scorer.lexicon.known
            by_text = {s.text: s for s in request.study.sentences}
            kept = [by_text[q] for q in cited[:1] if q in by_text and by_text[q] not in found
                    and len({t for t in content_tokens(rest) if t in known}) >= MORE_ASKED]
            if found:
                return _with(self.composer.compose(kept + found, request), meta={"answer_type": wanted[0][0]})
        groups_of = lambda text: any(names_any(text, g.names) for g in request.study.groups)
        for name, cue, evidence, _, _ in self.types:
            if name in self.settling and cue.search(query) and not any(evidence.search(q) for q in cited):
                # "What's the X score out of?" answered by a sentence about X's results: the one sentence
                # giving that kind of answer (a range) that names X, by its name or its long form.
                forms = [f for d in self.a.scorer.lexicon.definitions.values() if find_name(d.term, query) or find_name(d.long_form, query)
                         for f in (d.term, d.long_form) if f]
                own = [x for x in request.study.sentences if evidence.search(x.text) and any(find_name(f, x.text) for f in forms)]
                if len(own) == 1:
                    return _with(self.composer.compose(own, request), meta={"answer_type": name})
        for name, cue, evidence, what, abstain in self.types:
            whole = name == "people_count" and bool(_ALTOGETHER.search(query)) and not groups_of(asking_part(query))
            # "Which group was the biggest?": a sentence counting the groups one by one answers.
            by_group = name == "people_count" and bool(_WHICH_GROUP.search(query))
            fits = lambda text: (bool(evidence.search(text)) and not (whole and groups_of(text))
                                 and not (by_group and sum(names_any(text, g.names) for g in request.study.groups) < 2))
            if cue.search(query) and cited and any(fits(q) for q in cited) and all(_holds(evidence, q) == 1 for q in cited):
                # Said only in words ("long-term") where a sentence near it gives the number ("up to 12
                # months", of the part asked about): that one follows.
                labels = {t for t in tokens(query) if "_" in t}
                numeric = [e for e in ranked[:TYPED_RANKS] if e.sentence.text not in cited and _holds(evidence, e.sentence.text) == 0
                           and fits(e.sentence.text) and self.composer.support(e) >= self.composer.min_support
                           and (labels & set(self.composer.context_labels(e.sentence)) if labels
                                else not {x for x in self.composer.context_labels(e.sentence) if x.startswith("panel")})]
                if numeric:
                    by_text = {s.text: s for s in request.study.sentences}
                    first = [by_text[q] for q in cited[:1] if q in by_text]
                    return _with(self.composer.compose(first + [numeric[0].sentence], request), meta={"answer_type": name})
            if name in self.settling and cue.search(query):
                if any(fits(q) for q in cited):
                    return None  # ("the highest possible score": the scale's range answers; no measured value is sought)
                continue  # (never sought further down: "the highest value on the X chart" is not another scale's range)
            if cue.search(query) and not any(fits(q) for q in cited):
                # (Of the part of a figure asked about, when one is named: "how long does panel D follow ...".)
                labels = {t for t in tokens(query) if "_" in t}
                holding = [e for e in ranked[:TYPED_RANKS] if fits(e.sentence.text)
                           and self.composer.support(e) >= self.composer.min_support
                           and (not labels or labels & set(self.composer.context_labels(e.sentence)))]
                holding.sort(key=self.composer.support, reverse=True)
                # One about the same group as the best sentence first ("how many is that?" after a
                # sentence about group X: X's count, not everyone's).
                groups = [g for g in request.study.groups if any(names_any(q, g.names) for q in cited[:1])]
                holding.sort(key=lambda e: not any(names_any(e.sentence.text, g.names) for g in groups))
                if holding:
                    # The best sentence, when it fits the question better, stays first: it says what
                    # the question is about; the one holding the wanted kind of answer follows.
                    first = [e.sentence for e in ranked[:1] if e.sentence.text in cited
                             and self.composer.support(e) > self.composer.support(holding[0])]
                    return _with(self.composer.compose(first + [holding[0].sentence], request), meta={"answer_type": name})
                if name in self.vague and cited and self.vague[name].search(cited[0]):
                    # The best sentence gives it only in words: the number asked for is not stated.
                    closest = [s for s in request.study.sentences if s.text == cited[0]]
                    return self.composer.not_in_study(ranked, {"answer_type": name}, request, what, closest)
                if not abstain:
                    return None
                closest = [s for s in request.study.sentences if s.text in cited[:1]]
                return self.composer.not_in_study(ranked, {"answer_type": name}, request, what, closest)
        return None

    def scale_answer(self, query: str, scale_terms: list[str], ranked, request: Request) -> Reply | None:
        """Two values on a scale compared ("from 30 to 15 on <a scale>: better or worse?"), a band named
        by its own word ("what counts as major?"), a value said to be in one ("a patient at 45 had a
        major response?"): from the scale's sentence. None when the question asks none of these."""
        composer, study = self.composer, request.study
        compared = scales.compare(query, scale_terms, study.sentences) if len(composer.parts(query)) == 1 else None
        if compared:
            # (A change, not a range the study does not give: which way the scale's sentence says is worse.)
            return _with(composer.compose([compared.sentence], request, prefix=compared.said()), meta={"scale_compared": compared.term})
        ways = scales.moved(query, scale_terms, study.sentences)  # (one part, or "X and Y: for each, is higher better?")
        if ways:
            return _with(composer.compose(list(dict.fromkeys(w.sentence for w in ways)), request, prefix=" ".join(w.said() for w in ways)),
                         meta={"scale_moved": ", ".join(w.term for w in ways)})
        # One question, a follow-up's subject put after it in brackets or not ("what counts as major? (X
        # patients)"), or two short ones ("Why 'major'? Is there a cut-off for that?").
        parts = len(composer.parts(re.sub(r"\s*\([^()]*\)\W*$", "", query)))
        if not (parts == 1 or (parts == 2 and len(content_tokens(query)) <= SHORT_PAIR)):
            return None
        band = scales.band_named(query, study.sentences)
        if band:
            # The band, then the sentence saying the result (when the best one does) before the scale's.
            lead = [e.sentence for e in ranked[:1] if e.sentence != band.sentence and band.words & set(re.findall(r"[a-z]+", e.sentence.text.lower()))]
            return _with(composer.compose([*lead, band.sentence], request, prefix=band.said()), meta={"scale_band": band.term})
        in_band = scales.claimed_band(query, study.sentences)
        if in_band:
            reading, right = in_band
            return _with(composer.compose([reading.sentence], request, kind="answer" if right else "correction",
                                          prefix=f"{'Yes' if right else 'No'}: {reading.said()}"), meta={"scale_reading": reading.term})
        return None

    def all_one_group(self, query: str, request: Request) -> Reply | None:
        """"Were all 15 patients X patients?" of a study with several groups: no, and the sentence
        counting every group. None when not asked so."""
        study = request.study
        match = _ALL_ONE_GROUP.search(query)
        groups = self._groups_sentence(study)
        if match is None or len(study.groups) < 2 or groups is None:
            return None
        said = match.group("a") or match.group("b")
        named = [g for g in study.groups if names_any(said, g.all_names)]
        if len(named) != 1 or sum(names_any(query, g.all_names) for g in study.groups) != 1:
            return None
        return _with(self.composer.compose([groups], request, kind="correction", prefix="No:"),
                     meta={"premise": f"all the patients had {named[0].label.lower()}"})

    def yes_no(self, query: str, reply: Reply) -> Reply:
        """ "Yes:" first when strong evidence plainly states it; a hedged or negated sentence is left to
        speak for itself, and so is one missing a number the question gives ("did all 15 ...?")."""
        cited = " ".join(c.quote for c in reply.citations if c.role == "answer")
        checked = _CHECKED.match(query)
        ending = None if checked else _CHECKED_END.search(query)
        # (A statement given to be checked is read without the words asking for the check.)
        claim = query[checked.end():] if checked else query[:ending.start()] if ending else query
        if _HEDGED.search(cited) or set(_NUMBER.findall(claim)) - set(_NUMBER.findall(cited)) or _opposed(claim, cited):
            return reply
        lexicon = self.a.scorer.lexicon
        # Never "Yes" about a thing the study never names ("does it work for <another disease>?").
        foreign = [w for w in content_tokens(claim) if w.isalpha() and w not in lexicon.known and w not in ABOUT_A_STUDY]
        asked = YES_NO.search(query) or ((checked or ending) and content_tokens(claim))
        if asked and reply.kind == "answer" and reply.meta.get("support", 0) >= YES_SUPPORT and not foreign:
            return _with(reply, answer=f"Yes: {reply.answer}", body=f"Yes: {reply.body}")
        return reply

    def group_asked(self, query: str, reply: Reply, request: Request) -> Reply | None:
        """"Which group was that scale used for?" answered by a sentence naming no group (the scale's
        own): the opening line of its part of the text, when that line names one group, comes first.
        None when the reply stands."""
        study = request.study
        if len(study.groups) < 2 or not _GROUP_ASKED.search(query) or any(names_any(query, g.all_names) for g in study.groups):
            return None
        by_text = {s.text: s for s in study.sentences}
        cited = [by_text[c.quote] for c in reply.citations if c.role == "answer" and c.quote in by_text]
        if not cited or any(names_any(s.text, g.names) for s in cited for g in study.groups):
            return None
        # (Not a sentence said in the same words of another part: "arrowheads mark up to N months" is
        # said of two groups' parts, with different numbers.)
        words = lambda text: {t for t in content_tokens(text) if not t.isdigit()}
        if any(s is not cited[0] and words(s.text) == words(cited[0].text) for s in study.sentences):
            return None
        opening = self._opening(cited[0])
        if opening == cited[0] or sum(names_any(opening.text, g.names) for g in study.groups) != 1:
            return None
        return _with(self.composer.compose([opening, cited[0]], request), meta={"answer_type": "group"})

    def group_size(self, query: str, reply: Reply, request: Request) -> Reply | None:
        """"How many (of them) reached XYZ?" answered by a sentence saying all, or none, of one group
        did, with no number in it ("All A patients reached XYZ"): the sentence giving that group's
        size comes too ("8 patients with A"). None when the reply stands."""
        counts = any(cue.search(query) for name, cue, _, _, _ in self.types if name == "people_count")  # ("n for group A?")
        if reply.abstained or not (_HOW_MANY.search(query) or _ALL_ASKED.search(query) or counts) or any(
                cue.search(query) for name, cue, _, _, _ in self.types if name != "people_count"):
            return None
        study = request.study
        cited = [s for c in reply.citations if c.role == "answer" for s in study.sentences if s.text == c.quote]
        if not cited or any(re.search(r"\d", s.text) for s in cited):
            return None
        whole = [g for g in study.groups for s in cited
                 if re.search(rf"{_WHOLE_GROUP}(?:[\w-]+ ){{0,2}}?(?:{'|'.join(re.escape(n) for n in g.all_names)})(?![\w-])", s.text, re.I)]
        if not whole and counts:
            # ("the sample size of group X?" answered by a sentence about X that counts no one: X's size.)
            whole = [g for g in study.groups if names_any(asking_part(query), g.all_names)]
        if len({g.label for g in whole}) != 1:
            return None
        size = next((sentence for label, _, sentence, _ in self.a.premises[study.id].group_counts if label == whole[0].label), None)
        if size is None or size in cited:
            return None
        said = "Yes:" if reply.answer.startswith("Yes:") else ""
        return _with(self.composer.compose([*cited, size], request, prefix=said), meta={"group_size": whole[0].label})

    def counted_answer(self, query: str, reply: Reply, ranked, request: Request) -> Reply | None:
        """"How many of the A patients reached XYZ?" (one question) answered by a sentence counting the
        A patients: the nearest sentence that says XYZ answers ("All A patients reached XYZ"), else
        the study does not say how many. None when the reply stands. (Not when another kind of answer
        is asked for: "how many got a second dose?" asks how often.)"""
        composer, study = self.composer, request.study
        counted = self.near.counted(query, study.groups) if not reply.abstained and not any(
            cue.search(query) for name, cue, _, _, _ in self.types if name != "people_count") else None
        cited = [c.quote for c in reply.citations if c.role == "answer"]
        asked_groups = [g for g in study.groups if names_any(query, g.all_names)]
        if counted and not any(self.near.names(counted[1], q, study.groups, asked=asked_groups) for q in cited):
            saying = next((e.sentence for e in ranked if self.near.names(counted[1], e.sentence.text, study.groups, asked=asked_groups)
                           and composer.support(e) >= composer.min_support), None)
            if saying is None:
                # (The closest: a sentence naming it, though it counts nobody; else what was cited.)
                naming = [e.sentence for e in ranked if self.near.names(counted[1], e.sentence.text, counting=False)][:1]
                return composer.not_in_study(ranked, {"uncounted": counted[0]}, request, f"how many {counted[0]}",
                                             naming or [s for s in request.study.sentences if s.text in cited][:1])
            # (with the number the answer gave, when that sentence has none: "All A patients reached
            # XYZ" and "8 patients with A")
            number = [s for s in request.study.sentences if s.text in cited[:1] and re.search(r"\d", s.text)
                      and not re.search(r"\d", saying.text)]
            return _with(composer.compose([saying, *number], request), meta={"counted": counted[0]})
        return None


def _opposed(claim: str, cited: str) -> bool:
    """The claim says a word whose opposite the cited sentences say instead ("lower ... stronger"
    against "lower ... weaker")."""
    said = lambda word, text: re.search(rf"\b{word}\b", text, re.I) is not None
    return any((said(a, claim) and said(b, cited) and not said(a, cited)) or (said(b, claim) and said(a, cited) and not said(b, cited))
               for a, b in _OPPOSITES)
