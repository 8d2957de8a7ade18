"""How to answer a study question: which shape of answer it wants, and whether the study gives it.

In order: a summary; a question tied to nothing in the study (off topic); a false premise to
correct; a topic the study does not cover (the question bank's not-covered topics, or a generic
topic the text never mentions); a value about one patient or a label the study never names; a
list answer (a bank entry shaped as a list: per-group results, steps, limitations); else the
composer's cited sentences. Then the answer-kind steps (typed.py): a question wanting a kind of
answer (an age, a place, a dose...) that the cited sentences do not hold is "not stated", with the
closest sentence; a yes/no question that the evidence clearly answers starts with "Yes:".
"""
from __future__ import annotations

import re

from assistant.answering import replies, scales
from assistant.answering.bank import question_word
from assistant.answering.composer import WHERE_IN_FIGURE, Request, marks_explained
from assistant.answering.parts import enumeration
from assistant.answering.asking import asking_part
from assistant.answering.lists import _HOW_MANY, _WANTS_LIST, ListAnswers, _with
from assistant.answering.premises import Premise, wrong_group
from assistant.answering.near_misses import without_set_aside
from assistant.answering.shares import share
from assistant.answering.taking_part import other_condition_included
from assistant.answering.routing import STUDY
from assistant.answering.typed import YES_NO, TypedAnswers, answer_types
from assistant.records import Reply
from assistant.retrieval.lexicon import PEOPLE_COUNT, content_tokens, find_name, names_any, tokens

# Question-bank thresholds (cosine similarity of the question to the bank's nearest phrasing).
NOT_COVERED_MIN = 0.62  # a not-covered topic this close ...
NOT_COVERED_MARGIN = 0.05  # ... and this much closer than any answerable entry: not in the study
ANSWERED_COVERAGE = 0.75
NOT_COVERED_STRONG = 0.72  # this close, even a question with several parts is about the uncovered topic
SUMMARY_MIN = 0.55  # a list answer this close to "summarise the study" is its summary
SUMMARY_LEAD = 0.05  # ... unless the pack's summary entry is within this of it
BANK_FALLBACK_MIN = 0.5  # with no sentence near enough, a bank question this close answers ...
BANK_FALLBACK_LEAD = 0.1  # ... when it is this much nearer than any topic the study does not cover
OFF_TOPIC_BANK = 0.45  # a question this close to any bank question is about the study
# Nothing of the study this close (bank question, not-covered topic or sentence): off topic. On the
# tuning sets, off-topic messages came at most 0.37 near, study questions at least 0.41.
OFF_TOPIC_NEAREST = 0.39
UNCOVERED_GAP = 0.55  # (off-topic messages sharing a word with a topic came 0.41 near its examples; asked of the study, 0.7 and more)
UNCOVERED_NEAREST = 0.35  # (questions about a topic the study lacks came at least 0.40 near; off-topic ones 0.29)
# Kinds of message about the study or the reader's care: a message near one is not off topic.
_RELATED_KINDS = frozenset({"personal_advice", "emergency_reaction", "emergency_self_harm", "meta_summary",
                            "meta_takeaways", "meta_limitations", "meta_design"})
KIND_MIN = 0.55  # a router kind this sure, and this far ahead of a study question, is answered by
KIND_MARGIN = 0.1  # ... the bank entry that names it (a study's limitations, its takeaways)
KIND_AGREE_MIN = 0.4  # ... or this sure, the top kind of all, and its entry the bank's nearest
KIND_SURE = 0.65  # a kind read less surely than this ...
KIND_YIELD = 0.06  # ... yields to a bank entry this much nearer the question than the kind's own entry
LIMITS_RANKS = 5  # a question naming the cautious side is answered by the pack's limitations when they (or the
LIMITS_MIN = 0.5  # ... entry weighing both sides) are this far down the bank and this near
SUGGESTIONS = 3
SPECIFIC_TERM = 2  # a term the study names in at most this many sentences is specific: a list never naming it does not answer

# How many, of what was just named: "... how many was that", "how many were there?"
_HOW_MANY_BACK = re.compile(r"\bhow many (?:people |patients )?(?:is|was|are|were) (?:that|those|they|them|these|there)\b", re.I)
_EACH_GROUP = re.compile(r"\b(each|every|all (the )?(three|two|four|\d+)|per|both) (of the )?(groups?|diseases?|conditions?)\b|"
                         r"\bgroup by group\b|\bfor each\b|\bby (group|disease|condition)\b|"
                         r"\b(between|among|across) (the )?(three |two |different )?(groups|diseases|conditions)\b", re.I)
_EACH_GROUP_NAMED = re.compile(r"\b(groups?|diseases?|conditions?)\b", re.I)
# One group set against the rest ("did X do as well as the others?"): every group's line answers it.
_VS_OTHERS = re.compile(r"\b(than|as|to|with|like) (the|all the) (others|other (groups?|diseases?|conditions?|ones))\b|"
                        r"\b(than|as|to|with) (the )?rest\b", re.I)
# Both sides asked for at once ("the good news and the caveats", "pros and cons", "what's promising
# and what's the catch?"): a word for the hopeful side and one for the cautious side.
_HOPEFUL = re.compile(r"\b(good news|hope|hopeful|hopes|promising|promise|encouraging|positives?|pros|upsides?|strengths?|"
                      r"benefits?|optimistic|optimism|bright side|good side|exciting|excited|good points?|the good|"
                      r"take-?aways?|bottom line|upshot|headlines?|big picture|"
                      r"what (?:does|do|did) (?:it|they|the (?:study|summary|authors|article|paper)) (?:\w+ )?claim)\b", re.I)
_CAUTIOUS = re.compile(r"\b(caveats?|cautio\w*|cons|downsides?|weakness\w*|limitations?|uncertain\w*|doubts?|catch|negatives?|"
                       r"scepti\w*|skepti\w*|bad news|drawbacks?|risks?|careful|fine print|hype|warnings?|bad points?|the bad|catches|"
                       r"(does|do|did)(n['’]t| not) claim|not claiming|stops? short|"
                       r"(does|do|did) (it|they|the (study|summary|authors|article|paper))( \w+)? (not|n['’]t) (claim|say)|avoids? claiming)\b", re.I)
# "A glossary of the abbreviations", "list every acronym and what it means".
_GLOSSARY = re.compile(r"\b(glossary|abbreviations?|acronyms?|short forms|initialisms)\b", re.I)
# What an abbreviation stands for, asked in so many words ("what do the letters stand for?").
_EXPANDS = re.compile(r"\b(stands? for|short for|abbreviat\w*|acronym|initials|letters|spell(ed|s)? (it |that |this )?out|"
                      r"full (name|form|words|term|title)|proper (name|words)|written out|in full)\b", re.I)
# What follows a term that is asked about, not used to name something else: the end, punctuation, or
# the words of asking what it stands for.
_MODIFIES = re.compile(r"(?!\s*(?:$|[?.!,;:)\"'’”]|(?:stand|stands|mean|means|short|is|actually|really|abbreviation|acronym|on|in|at|from|of|to|for|by|with|when|that|which)\b))", re.I)
_ALL_OF_THEM = re.compile(r"\b(abbreviations|acronyms|initialisms|all|every|each|list)\b", re.I)
_EVERY = re.compile(r"\b(glossary|all|every|each|list|bullet\w*|table|what (they|each) (means?|stands? for))\b", re.I)
# How many of the study's groups, or which group had the most or fewest people: the sentence naming
# every group (with its numbers) answers. (Words for a kind of patient group, in any study.)
_GROUP_NOUN = r"(?:diseases?|conditions?|illness(?:es)?|disorders?|groups?|sicknesses|kinds of (?:patients|disease)|types of (?:patients|disease))"
_GROUPS_ASKED = re.compile(rf"\bhow many (?:different |separate |distinct |kinds of |types of )?{_GROUP_NOUN}\b|"
                           rf"\b(?:which|what) {_GROUP_NOUN}\b[^.?!]{{0,30}}\b(?:most|fewest|least|largest|smallest|biggest|more|fewer)\b|"
                           # ("which of them had the most patients?": of the groups just named)
                           r"\b(?:which|what) (?:one|of them|of those|of these|of the (?:two|three|four|five|\d+))\b[^.?!]{0,30}\b"
                           r"(?:most|fewest|least|more|fewer) (?:patients|people|participants|members|cases)\b", re.I)
_WHOLE_SPAN = re.compile(r"\b(how long|when|follow(ed|-?up)?|years?|months?)\b", re.I)  # (a time asked of a group's part: the study's own)
_MAY_BE = re.compile(r"\b(could|would|might|will|may|can)\b|\bin (the )?future\b", re.I)
# A part of a figure named, or pointed at ("that panel"), in the message as typed.
_OWN_PAIRING = re.compile(r"\b(panel|figure|fig|table|graph|chart)s?\s+([a-z]|\d{1,3})\b|\b(that|this|the same) (panel|figure|table|graph|chart|plot)\b", re.I)
_NEGATED = re.compile(r"\b(not|no|never|isn'?t|aren'?t|doesn'?t|don'?t|didn'?t|wasn'?t|weren'?t|without|nor)\b", re.I)
# Two things set against each other: "X compared with Y", "X versus Y", "which is bigger, X or Y".
_COMPARES = re.compile(r"\b(compare[ds]?|comparing|comparison|compared|versus|vs\.?|differ\w*|against|relative to|"
                       r"(bigger|larger|smaller|wider|narrower|higher|lower|longer|shorter|better|worse|more|less)\b.{0,60}\bor\b|"
                       r"same (as|range|scale|way))\b", re.I)
_IN_LABEL = re.compile(r"\s*\b(?:(?:in|on|of|from|for|at) )?(?:the )?(?:panel [a-z]|figure \d+[a-z]?)\b", re.I)
_PANEL = re.compile(r"\bpanel [a-z]\b", re.I)  # a part of a figure named by its letter
# The words asking where in a figure a thing is, around the thing itself ("is that in", "shows").
_WHERE_ASKED = re.compile(r"\b(is|are|was|were|does|do|did|it|that|this|shown|shows?|showing|has|have|holds?|plots?|plotted|"
                          r"found|appears?|in|on|of|the|figure|fig|one|1)\b", re.I)


def breaks_down(text: str) -> bool:
    """The message asks for one line per group ("per condition", "for each group")."""
    return bool(_EACH_GROUP.search(text))


# Asked whether the study had some people at all: "were there any X patients?", "did it include X patients?"
_EXISTS = re.compile(r"^\W*(?:and |so |but )?(?:(?:were|was|are|is) there\b|any\b|(?:were|did) any\b|"
                     r"did (?:the |this )?(?:study|trial|paper|research|it|they) (?:include|have|enrol\w*|recruit|treat|involve|look at|test)\b)", re.I)


class Planner(ListAnswers, TypedAnswers):
    """Chooses and builds the answer to one (standalone) study question."""

    def __init__(self, assistant):
        self.a = assistant
        self.composer = assistant.composer
        self.bank = assistant.bank
        self.types, self.vague, self.anywhere, self.settling, self.over_gaps = answer_types()
        # What a sentence giving a reason says ("because", "to prepare", "led to"): the reason kind's evidence.
        self.reason = next((evidence for name, _, evidence, _, _ in self.types if name == "reason"), re.compile(r"(?!)"))
        # Each bank entry's labels: those its questions name and those of its sentences' context.
        self._entry_labels = {
            id(entry): {t for t in tokens(" ".join(entry.questions)) if "_" in t}
            | {t for s in sentences for t in self.composer.context_labels(s)}
            for st in assistant.knowledge.studies.values() for entry, sentences in st.bank}
        self.near = assistant.composer.near
        self._specific: dict[str, list[tuple[str, ...]]] = {}  # per study, its specific terms' forms
        self._openings = {}
        self._counted = {}  # per study: the sentence counting every group (see _groups_counted)
        for sentence in assistant.index.sentences:
            chunk = assistant.index.chunk(sentence.chunk_id)
            self._openings.setdefault((chunk.doc_id, chunk.section), sentence)

    def answer(self, query: str, context: str, original: str, request: Request, kinds: dict | None = None,
               split: bool = True) -> Reply:
        """The answer to one standalone question (context: the earlier turn it leans on; original:
        the message as typed). kinds: the router's score for each kind of message (a message close
        to asking for advice, a summary or takeaways is about the study even when no bank question
        is near)."""
        composer, study = self.composer, request.study
        unlabelled = self.without_borrowed_label(query, original, study)
        if unlabelled != query:
            query, context = unlabelled, ""  # (the earlier question, of the other group and its part, would pull back to them)
        ranked, scores = composer.evidence(query, context, request)
        if not ranked:  # a study with no sentences
            return composer.not_in_study(ranked, {}, request, closest=[])
        vector = scores.query.vector
        entries = self.bank.matches(vector, study.id)
        best = entries[0].similarity if entries else 0.0
        labels = {t for t in tokens(query) if "_" in t}
        if labels:
            # "Which scores are in panel C?" is not answered by the entry for panel A, however near
            # its wording (the labels' letters weigh little in a sentence's vector). `best` stays the
            # nearest of all: it says whether the question is about the study at all.
            entries = [m for m in entries if self.fits_labels(m, labels)]
        if _HOPEFUL.search(query) and _CAUTIOUS.search(query) and not self.near.uncovered_topic(query):
            # Both sides at once: the pack's entry weighing the hope against the caution.
            both = [m for m in entries if getattr(m.entry, "answers", "") == "meta_balance"][:1]
            if both:
                return _with(composer.compose(list(both[0].sentences), request, labels=both[0].entry.labels, title=both[0].entry.title),
                             meta={"bank": both[0].key, "balance": True})
        elif (_CAUTIOUS.search(query) and not _HOPEFUL.search(query) and not labels and len(composer.parts(query)) == 1
              and not self.near.uncovered_topic(query)):
            # The cautious side alone ("what caveats does the summary admit?"): the pack's limitations,
            # when they or its entry weighing both sides are near, rather than that entry (the good
            # news first) or a sentence sharing a word ("limit").
            near = [m for m in entries[:LIMITS_RANKS] if getattr(m.entry, "answers", "") in ("meta_limitations", "meta_balance")
                    and m.similarity >= LIMITS_MIN]
            # (Unless a topic the study does not cover is nearer: "any cons of the treatment?" asks
            # about its harms, which the study does not report.)
            gap = self.bank.matches(vector, study.id, "not_covered")[:1]
            if near and gap and gap[0].similarity >= near[0].similarity:
                near = []
            limits = [m for m in entries if getattr(m.entry, "answers", "") == "meta_limitations"][:1] if near else []
            if limits:
                return _with(composer.compose(list(limits[0].sentences), request, labels=limits[0].entry.labels, title=limits[0].entry.title),
                             meta={"bank": limits[0].key, "limitations": True})
        if composer.wants_summary(query) and not re.match(r"\W*(?:(?:ok(?:ay)?|so|and|but|hi|hey)\W+)*(who|whom|whose)\b", asking_part(query), re.I):
            # (not "who summarised it?": a person is asked for) The study in brief: the bank's nearest list answer (its findings, its takeaways), else
            # the first sentences of its text.
            lists = [m for m in entries[:3] if m.entry.shape == "list" and m.similarity >= SUMMARY_MIN]
            # (Else the entry the pack gives as the study's summary or takeaways, wherever it ranks;
            # first, too, when it is nearly as near as the nearest list, or the nearest entry of all is
            # no list: "tl;dr this study" is not "summarise the limitations".)
            summaries = [m for m in entries if getattr(m.entry, "answers", "") in ("meta_summary", "meta_takeaways")][:1]
            if lists and summaries and summaries[0] is not lists[0] and (
                    entries[0].entry.shape != "list" or summaries[0].similarity >= lists[0].similarity - SUMMARY_LEAD):
                lists = summaries
            lists = lists or summaries
            if lists:
                return _with(composer.compose(list(lists[0].sentences), request, labels=lists[0].entry.labels, title=lists[0].entry.title),
                             meta={"bank": lists[0].key, "bank_similarity": round(lists[0].similarity, 3)})
            return composer.summary(request)
        asked = asking_part(query)
        if (_EXPANDS.search(asked) and self._asks_one_thing(query, _EXPANDS) and not re.search(r"(?<![\w-])\d+(?![\w-])", asked)
                and not _ALL_OF_THEM.search(asked)):  # (not "what does 60 stand for?", "all the abbreviations")
            # (One abbreviation named, "for my glossary: what does XY stand for?", before the glossary.)
            reply = self.expansion(asked, request)
            if reply is not None:
                return reply
        if _GLOSSARY.search(query) and _EVERY.search(query):
            reply = self.glossary(query, request)
            if reply is not None:
                return reply
        gaps = self.bank.matches(vector, study.id, "not_covered", question_word(asking_part(query)))
        related = max((v for k, v in (kinds or {}).items() if k in _RELATED_KINDS), default=0.0)
        # (A topic the study lacks counts as near only when asked much as its examples ask it: "file an
        # insurance claim for my dented door" is no question about the study's cost.)
        nearest = max(best, gaps[0].similarity if gaps and gaps[0].similarity >= UNCOVERED_GAP else 0.0, ranked[0].dense)
        # (A message naming a term the study defines, or one of its groups, is about the study, in
        # whatever language the rest is written: "Ano po ibig sabihin ng <term> sa figure?")
        # (An abbreviation counts as written, in capitals: "my car" is not an abbreviation the text defines.)
        names_term = any(not t.islower() or len(t) > 4 for t in composer.entities(without_set_aside(query)))
        # (A topic the study does not cover, named by a message nothing of the study is near, is
        # not asked of the study: "board games for elderly residents" is no question about ages.)
        uncovered = self.near.uncovered_topic(query) and nearest >= UNCOVERED_NEAREST
        scale_terms = [t for t in composer.entities(query) if not any(names_any(t, g.all_names) for g in study.groups)]
        on_scale = self.scale_answer(query, scale_terms, ranked, request)
        if on_scale is not None:
            return on_scale
        # (A claim about the study it contradicts, taken for granted, keeps a message on topic: "given it
        # was double-blind, ...")
        premise = self.a.premises[study.id].find(query, [e.sentence for e in ranked])
        claimed = premise is not None and premise.presupposed
        if best < OFF_TOPIC_BANK and related < OFF_TOPIC_NEAREST and not uncovered and not names_term and not claimed and (
                nearest < OFF_TOPIC_NEAREST or self.near.off_topic(query, ranked)):
            return replies.off_topic(study.pack)
        single = len(composer.parts(query)) == 1
        if premise and premise.presupposed:
            # Correct the premise, then answer the rest of the question if the study can.
            picked, support, _, _ = composer.pick(query, context, request)
            # (Each part of a question asking several things keeps its sentence.)
            rest = picked[: len(composer.parts(query))]
            given = [premise.sentence, *premise.also]
            sentences = given + [s for s in rest if s not in given and support >= composer.min_support]
            reply = composer.compose(sentences, request, kind="correction", prefix="That is not what the study reports.")
            return _with(reply, meta={"premise": premise.claim})
        if premise and single and not premise.settles:
            # Asked, and the text makes the claim unlikely without ruling it out ("did it ever come
            # back?" of a benefit said to have lasted): not stated, with that sentence.
            return composer.not_in_study(ranked, {"claim": premise.claim}, request, f"whether {premise.claim}", [premise.sentence])
        if premise and single:
            # Asked, not assumed ("is it a daily pill?"): the contradicting sentence is the answer; with
            # what the study did find for the group the question names ("can I tell my X group they
            # were cured?": no, and how the X patients did).
            prefix = "No:" if YES_NO.search(query) else ""
            named = _named(query, study)
            found = [e.sentence for e in ranked[:3] if named and e.sentence != premise.sentence and names_any(e.sentence.text, named)
                     and composer.support(e) >= composer.min_support][:1]
            given = [premise.sentence, *premise.also]
            return _with(composer.compose([*given, *(f for f in found if f not in given)], request, prefix=prefix), meta={"claim": premise.claim})
        if not single and enumeration(query):
            # "I need: what it is, how many patients, which diseases, and the caveat": each item on its own.
            reply = self.by_parts(query, context, request)
            if reply is not None:
                return _with(reply, suggestions=self.suggest(entries, reply))
        wrong = None if premise or not single else wrong_group(query, study, composer.entities(query), self._opening, self._glossary)
        # (Only as the user wrote it: a follow-up's rewrite pairs a new group with the old panel.)
        panel = None if premise or wrong or not single or not _OWN_PAIRING.search(original) else self.wrong_panel(query, original, study)
        wrong = wrong or (panel and panel[0])
        if wrong:
            # "So <a measure> is used for <another group> too?": the sentence tying it to its group,
            # then the best one about the group asked of (for a part of a figure: the part about it).
            own = [e.sentence for e in ranked[:3] if e.sentence != wrong.sentence and names_any(e.sentence.text, _named(query, study))]
            own = [panel[1]] if panel and panel[1] else own
            # (A panel's sentence that does not name its group comes after the one opening the panel.)
            lead = [] if any(names_any(wrong.sentence.text, g.names) for g in study.groups) else [self._opening(wrong.sentence)]
            prefix = "No:" if panel and YES_NO.search(query) else "That is not what the study reports."
            reply = composer.compose([*lead, wrong.sentence, *own[:1]], request, kind="correction", prefix=prefix)
            return _with(reply, meta={"premise": wrong.claim})
        checker = self.a.premises[study.id]
        worked = share(query, context, study.groups, checker.group_counts, checker.totals) if single else None
        if worked is not None:
            # "What percentage of the patients had X?", "what fraction is that?": the sum, then the
            # sentences giving its numbers.
            return _with(composer.compose(list(worked.sentences), request, prefix=worked.said), meta={"share": True})
        reading = scales.read(query, scale_terms, study.sentences) if single else None
        if reading:
            # "A score of 45 on <a scale>: what does that mean?": the band holding it, from the scale's
            # sentence, cited; a value outside the whole range is corrected.
            kind = "answer" if reading.possible else "correction"
            return _with(composer.compose([reading.sentence], request, kind=kind, prefix=reading.said()),
                         meta={"scale_reading": reading.term})
        included = other_condition_included(query, study.groups, " ".join(x.text for x in study.sentences)) if single and not premise else None
        counted = self._groups_sentence(study)
        if included and counted is not None:
            # "Was <a condition the study never names> part of it?": no, and the groups it had.
            return _with(composer.compose([counted], request, prefix="No:"), meta={"other_group": included})
        elsewhere = self.near.elsewhere(query) if single else None
        if elsewhere:
            # "Does it work for <a disease the study never names>?": not what this study looked at.
            return composer.not_in_study(ranked, {"elsewhere": elsewhere}, request, f"anything about {elsewhere}",
                                         [e.sentence for e in ranked[:1] if e.dense >= 0.35])
        other = self.near.other_group(query) if single else None
        groups_sentence = self.a.premises[study.id].all_groups
        if other and groups_sentence is not None:
            # "How did the <condition> patients do?" of a condition the study never names: the
            # groups it had, as a correction; asked whether there were any, the answer is no.
            if _EXISTS.match(asking_part(query)):
                return _with(composer.compose([groups_sentence], request, prefix="No:"), meta={"other_group": other})
            reply = composer.compose([groups_sentence], request, kind="correction", prefix="That is not what the study reports.")
            return _with(reply, meta={"premise": f"the study had {other} patients"})
        member = self.a.premises[study.id].took_part(query) if single and not premise else None
        if member is not None:
            # "Was X one of the conditions treated?": yes, and how many of them.
            return _with(composer.compose([member], request, prefix="Yes:"), meta={"took_part": True})
        counted = self._groups_counted(study)
        if (counted is not None and _GROUPS_ASKED.search(asking_part(query)) and not _MAY_BE.search(query)
                and all(p == asking_part(query) or not content_tokens(p) or _GROUPS_ASKED.search(p) for p in composer.parts(query))
                and not any(names_any(query, g.all_names) for g in study.groups) and not composer.entities(query)):
            # "How many different diseases were studied (and what are they)?", "which group was
            # smallest?": the sentence naming every group with how many people it had.
            return _with(composer.compose([counted], request), meta={"groups_asked": True})
        if single and self.near.unknown_choice(query):
            # "was it A or B?" naming things the study never mentions: it does not say which.
            return composer.not_in_study(ranked, {"choice": True}, request, "which", [e.sentence for e in ranked[:1] if e.dense >= 0.35])
        gaps = [g for g in gaps if not labels or labels <= set(tokens(" ".join(g.entry.questions)))]
        # A question whose words the best sentence all but holds is answered, however near a gap.
        # A kind of message the study answers as a whole ("how sure can we be?") is never a gap.
        kind_top = self.kind_entry(kinds, entries)
        given = any(name in self.over_gaps and cue.search(query) and any(evidence.search(s.text) for s in study.sentences)
                    for name, cue, evidence, _, _ in self.types)  # ("more than one dose?": how many times, which it gives)
        near = (gaps and not kind_top and not given and not self.near.own_use(query) and gaps[0].similarity >= best + NOT_COVERED_MARGIN
                and ranked[0].coverage < ANSWERED_COVERAGE)
        if near and (gaps[0].similarity >= NOT_COVERED_STRONG or (single and gaps[0].similarity >= NOT_COVERED_MIN)):
            gap = gaps[0]
            closest = list(gap.sentences) or [e.sentence for e in ranked[:1] if e.dense >= 0.35]
            return composer.not_in_study(ranked, {"not_covered": gap.key}, request, f"anything about {gap.entry.topic}", closest)
        if self.near.individual_value(original, query) or self.near.unknown_label(query):
            return composer.not_in_study(ranked, {"individual": True}, request, "values for single patients")
        beyond = self.a.premises[study.id].beyond(asking_part(query)) if single else None
        if beyond and beyond[2]:
            # "At the 5-year mark ...", "so 10 years of data show ...": a follow-up the study never had,
            # taken for granted (corrected before any topic the question goes on to that it lacks).
            reply = composer.compose([beyond[1]], request, kind="correction", prefix="That is not what the study reports.")
            return _with(reply, meta={"premise": f"{beyond[0]} of follow-up"})
        topic = self.near.uncovered_topic(query) or self.near.unknown_acronym(query)
        if topic and single and not kind_top and not marks_explained(query, ranked[0].sentence.text if ranked else ""):
            return composer.not_in_study(ranked, {"uncovered": topic}, request, f"anything about {topic}")
        unmentioned = self.near.unmentioned(query) if single else None
        if unmentioned:
            # "Did anyone in the study have <a thing its text never names>?": it does not say.
            return composer.not_in_study(ranked, {"unmentioned": unmentioned}, request, f"anything about {unmentioned}")
        if beyond:
            # "Will they still be in remission in 10 years?": after the study's end, it cannot say.
            return composer.not_in_study(ranked, {"beyond": beyond[0]}, request, "anything after the time it followed the patients",
                                         [beyond[1]])
        placed = self.where_in_figure(query, context, request) if single and WHERE_IN_FIGURE.search(query) else None
        if placed is not None:
            return placed
        top = self.list_entry(query, entries) if single or _WANTS_LIST.search(query) else self.clear_list(entries)
        if top is None and not single:
            top = self.list_for_parts(query, context, request, entries)
        if top is not None and getattr(top.entry, "answers", "") == "meta_balance" and _CAUTIOUS.search(query) and not _HOPEFUL.search(query):
            # (The caveats with a second question are not the good news first: the limitations.)
            top = next((m for m in entries if getattr(m.entry, "answers", "") == "meta_limitations"), top)
        top = kind_top or top
        if top is not None and single and any(cue.search(query) for name, cue, _, _, _ in self.types if name in self.anywhere):
            top = None  # ("who summarised the study?": a kind the text gives in one place, not a list of findings)
        if top is not None and single and self._misses_terms(query, top.sentences, study):
            top = None  # ("what does <a scale> measure, for my notes?": not a list that never names it)
        if top is not None and WHERE_IN_FIGURE.search(query) and not any(
                self.a.index.chunk(s.chunk_id).part == "figure-legend" and self._opening(s) == s for s in top.sentences):
            # "Which panel has group X's long-term results?": a part of the figure, not a list of X's measures.
            top = None
        # "For each group ...": one line per group, unless the nearest entry of all is a list or the
        # list found has a line for every group.
        per_group = top is not None and {g.label for g in study.groups} <= set(top.entry.labels or ())
        one_group = sum(names_any(query, g.all_names) for g in study.groups) == 1  # "for the X group, each of its measures" is about X
        # ("X and Y: for each one, is higher better?": each of the terms named, no group)
        of_terms = not any(names_any(query, g.all_names) for g in study.groups) and len(composer.entities(query)) >= 2
        one_group = one_group or (of_terms and not _EACH_GROUP_NAMED.search(query))
        # (A part of several asking a time of the whole study, "... and how long were they followed?", is answered by the parts.)
        each_part = single or not any(_WHOLE_SPAN.search(p) and not _EACH_GROUP.search(p) for p in composer.parts(query))
        if ((top is None or (top is not entries[0] and not per_group)) and len(study.groups) > 1
                and ((_EACH_GROUP.search(query) and not one_group) or _VS_OTHERS.search(query))):
            reply = None if each_part or not split else self.by_parts(query, context, request)
            if reply is None and (each_part or _HOW_MANY.search(query)):
                reply = self.per_group(query, context, request, vector=vector)
            if reply is not None:
                return _with(reply, suggestions=self.suggest(entries, reply))
        # (Several parts of the figure named, of which the nearest entry's sentences leave one out: "compare the
        # follow-up shown in panel B with panel C" is not the list of panel B's notes.)
        labels_named = {t for t in tokens(query) if "_" in t}
        left_out = top is not None and len(labels_named) >= 2 and not labels_named <= {
            label for s in top.sentences for label in composer.context_labels(s)}
        if top is None or top is not entries[0] or left_out:
            # "Panel A versus panels B and C": one line from each part of the figure named.
            reply = self.per_label(query, context, request, vector=vector)
            if reply is not None:
                return _with(reply, suggestions=self.suggest(entries, reply))
        if (top is None or top is not entries[0]) and single and _COMPARES.search(query):
            # "Which has the bigger range, X or Y?": one line for each measure named.
            reply = self.per_term(query, context, request, vector=vector)
            if reply is not None:
                return _with(reply, suggestions=self.suggest(entries, reply))
        if top is not None:
            picked, labels = self.with_counts(query, list(top.sentences), top.entry.labels, request)
            reply = composer.compose(picked, request, labels=tuple(labels) or top.entry.labels, title=top.entry.title)
            reply = _with(reply, meta={"bank": top.key, "bank_similarity": round(top.similarity, 3)})
        else:
            reply = (self.by_parts(query, context, request) if not single and split else None) or composer.answer(
                query, context, request, lists=not any(cue.search(query) for _, cue, _, _, _ in self.types))
            if (reply.kind == "not_in_study" and not reply.citations and entries and entries[0].similarity >= BANK_FALLBACK_MIN
                    and entries[0].similarity >= (gaps[0].similarity if gaps else 0.0) + BANK_FALLBACK_LEAD):
                # No sentence near enough, and nothing to offer as the closest, but a question the bank
                # holds is (and no topic the study lacks is as near): that entry's answer.
                top = entries[0]
                reply = _with(composer.compose(list(top.sentences), request, labels=top.entry.labels, title=top.entry.title),
                              meta={"bank": top.key, "bank_similarity": round(top.similarity, 3), "bank_fallback": True})
        abstained = reply.abstained  # (before the kind of answer asked for is sought)
        if not reply.abstained and single:
            reply = self.typed(query, reply, ranked, request) or self.all_one_group(query, request) or self.yes_no(query, reply)
            reply = self.group_asked(query, reply, request) or reply
            reply = self.group_size(query, reply, request) or reply
        elif not reply.abstained and _HOW_MANY_BACK.search(query):
            # ("ALL the X ones got better?? how many was that": the group's size asked of the part before)
            reply = self.group_size(query, reply, request) or reply
        counted = self.counted_answer(query, reply, ranked, request) if single else None
        if counted is not None and counted.kind == "not_in_study":
            return counted
        reply = counted or reply
        if abstained and reply.kind == "not_in_study" and any(
                cue.search(query) for name, cue, _, _, _ in self.types if name in self.anywhere):
            # A kind the text gives in one place, asked for by name ("who put this version together?"),
            # however little else of the question the text holds.
            found = self.typed(query, reply, ranked, request)
            reply = found if found is not None and not found.abstained else reply
        return _with(reply, suggestions=self.suggest(entries, reply))

    def _misses_terms(self, query: str, sentences, study) -> bool:
        """Whether a question names a specific term the study defines (a scale or test that at most
        SPECIFIC_TERM sentences name, so not the treatment's own name or a group's) that none of the sentences names."""
        for forms in self.specific_terms(study):
            if any(find_name(f, query) for f in forms) and not any(find_name(f, s.text) for f in forms for s in sentences):
                return True
        return False

    def specific_terms(self, study) -> list[tuple[str, ...]]:
        if study.id not in self._specific:
            groups = {n.lower() for g in study.groups for n in g.all_names}
            terms = []
            for definition in self.composer.scorer.lexicon.definitions.values():
                forms = tuple(f for f in (definition.term, definition.long_form) if f)
                if not forms or any(f.lower() in groups for f in forms):
                    continue
                naming = sum(any(find_name(f, x.text) for f in forms) for x in study.sentences)
                if 0 < naming <= SPECIFIC_TERM:
                    terms.append(forms)
            self._specific[study.id] = terms
        return self._specific[study.id]

    def without_borrowed_label(self, query: str, original: str, study) -> str:
        """A follow-up's rewrite that put a new group into the earlier question keeps that question's
        part of the figure ("and the X ones?" after "how long were the Y patients followed in panel
        C?"): when that part is about another group alone, and the user never named it this turn,
        the question without it (and the caller drops the earlier question as context)."""
        if _OWN_PAIRING.search(original) or not _IN_LABEL.search(query) or self.wrong_panel(query, query, study) is None:
            return query
        return _IN_LABEL.sub("", query).strip()

    def wrong_panel(self, query: str, original: str, study) -> tuple[Premise, object] | None:
        """A part of a figure asked of a group it is not about ("the muscle test in panel X for the Y
        patients?", when panel X's opening line names only another group): the claim, with that line.
        (The part about the group asked of is added by the caller as the group's own sentence.)"""
        asked = [g for g in study.groups if names_any(query, g.all_names)]
        labels = list(dict.fromkeys(t for t in tokens(query) if "_" in t))
        if len(asked) != 1 or not labels or not names_any(original, asked[0].all_names) or _NEGATED.search(query):
            return None
        found = None
        for label in labels:
            opening = next((x for (doc, section), x in self._openings.items()
                            if label in tokens(section) and x in study.sentences), None)
            if opening is None:
                continue
            named = [g for g in study.groups if names_any(opening.text, g.names)]
            if asked[0] in named:
                return None  # a part of the figure about the group asked of is named too
            if named and found is None:
                found = Premise(f"{label.replace('_', ' ')} is about the {asked[0].label.lower()} patients", opening)
        if found is None:
            return None
        # The part of the figure that is about the group asked of: its opening line names it alone.
        own = next((x for x in self._openings.values() if x in study.sentences
                    and [g for g in study.groups if names_any(x.text, g.names)] == asked), None)
        return found, own

    def where_in_figure(self, query: str, context: str, request: Request) -> Reply | None:
        """"Which panel shows X?": the part of the figure whose legend says X, by its opening sentence
        and the one about X. The thing is found without the words asking where (they pull every
        part's opening sentence alike); None when the thing is no legend's."""
        thing = _WHERE_ASKED.sub(" ", WHERE_IN_FIGURE.sub(" ", asking_part(query)))
        if not content_tokens(thing):
            # "Which panel is that in?": the thing is what the earlier question asked about.
            thing, context = context, ""
        if not content_tokens(thing):
            return None
        composer = self.composer
        ranked, _ = composer.evidence(thing, context, request, keep=3)
        if not ranked or composer.support(ranked[0]) < composer.min_support:
            return None
        best = ranked[0].sentence
        if self.a.index.chunk(best.chunk_id).part != "figure-legend":
            return None
        opening = self._opening(best)
        if _PANEL.search(best.text):
            opening = best  # (it names its part itself: "Panel X shows ...")
        elif not _PANEL.search(opening.text):
            return None  # (no part of the figure is named for it)
        return _with(composer.compose([opening, best] if opening != best else [best], request), meta={"where_in_figure": True})

    def _groups_counted(self, study):
        """The sentence naming every group of the study with the most counts of people in it (None
        when no sentence names them all with a count)."""
        if study.id not in self._counted:
            named = [s for s in study.sentences if len(study.groups) > 1 and all(names_any(s.text, g.names) for g in study.groups)]
            counted = max(named, key=lambda s: len(PEOPLE_COUNT.findall(s.text)), default=None)
            self._counted[study.id] = counted if counted is not None and PEOPLE_COUNT.search(counted.text) else None
        return self._counted[study.id]

    def _groups_sentence(self, study):
        """The sentence naming every group, with their counts when a sentence gives them (None if none)."""
        return self._groups_counted(study) or self.a.premises[study.id].all_groups

    def _opening(self, sentence):
        """The first sentence of a sentence's section (where a figure panel names its group)."""
        chunk = self.a.index.chunk(sentence.chunk_id)
        return self._openings.get((chunk.doc_id, chunk.section), sentence)

    def _glossary(self, sentence) -> bool:
        """A sentence spelling out several of the study's abbreviations at once."""
        return sum(d.sentence_id == sentence.sentence_id for d in self.a.scorer.lexicon.definitions.values()) >= 3

    def _asks_one_thing(self, query: str, pattern: re.Pattern) -> bool:
        """One part of the message asks it (pattern), and no other part asks anything ("what does
        XY stand for? it's for my glossary")."""
        parts = self.composer.parts(query)
        asking = [p for p in parts if pattern.search(p)]
        return len(asking) == 1 and all(not p.rstrip().endswith("?") and not YES_NO.search(p) and not re.match(r"\W*(what|how|why|when|who|which|where)\b", p, re.I)
                                        for p in parts if p not in asking)

    def expansion(self, query: str, request: Request) -> Reply | None:
        """"What does XY stand for?" of one abbreviation the study defines: the sentence spelling it
        out (the study's own first), cited; None when the question names none or several."""
        named = []
        for definition in self.a.scorer.lexicon.definitions.values():
            match = find_name(definition.term, query)
            # As typed in capitals ("car insurance" names no abbreviation), and not as a word that
            # modifies another ("the XY group's index", "the XY patients"): the term itself is asked of.
            if (match and not definition.term.islower() and not match.group(0).islower()
                    and not _MODIFIES.match(query[match.end():])):
                named.append(definition)
        if len({d.term for d in named}) != 1:
            return None
        definition = named[0]
        sentence = next((s for s in request.study.sentences if s.sentence_id == definition.sentence_id), None)
        if sentence is None:
            return None
        return _with(self.composer.compose([sentence], request), meta={"expansion": definition.term})

    def fits_labels(self, match, labels: set[str]) -> bool:
        """A bank entry asked about the labelled parts named, or answered from them."""
        return bool(labels & self._entry_labels.get(id(match.entry), set()))

    def kind_entry(self, kinds: dict | None, entries):
        """The bank entry that answers the kind of message the router clearly recognised ("how sure
        can we be?" -> the limitations the text supports), if the study has one."""
        if not kinds:
            return None
        base = kinds.get(STUDY, 0.0)
        top = max(kinds, key=kinds.get)
        for n, match in enumerate(entries):
            kind = getattr(match.entry, "answers", "")
            if not kind or kinds.get(kind, 0.0) < base + KIND_MARGIN:
                continue
            # Sure of the kind; or less sure, but the kind leads every other and its entry is also
            # the nearest of the bank: two readings agree ("the upshot for our choir newsletter?").
            if n and kinds[kind] < KIND_SURE and entries[0].similarity - match.similarity >= KIND_YIELD:
                return None  # (a kind read only fairly surely yields to a bank entry much nearer the question)
            if kinds[kind] >= KIND_MIN or (n == 0 and kind == top and kinds[kind] >= KIND_AGREE_MIN):
                return match
        return None

    def suggest(self, entries, reply: Reply) -> tuple[str, ...]:
        """Follow-up questions: the bank's nearest entries this answer did not already give."""
        cited = {c.quote for c in reply.citations}
        out = []
        for match in entries[1:]:
            if not {s.text for s in match.sentences} <= cited and match.entry.questions:
                question = match.entry.questions[0]
                out.append(question[:1].upper() + question[1:])
            if len(out) == SUGGESTIONS:
                break
        return tuple(out)


def _named(query: str, study) -> list[str]:
    """The names of the study's groups the question names."""
    return [n for g in study.groups if names_any(query, g.all_names) for n in g.names]
