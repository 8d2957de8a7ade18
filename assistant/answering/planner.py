"""How to answer a study question: which shape of answer it wants, and whether the study gives it.

In order: a summary; a question tied to nothing in the study (off topic); a false premise to
correct; a topic the study does not cover (the question bank's not-covered topics, or a generic
topic the text never mentions); a value about one patient or a label the study never names; a
list answer (a bank entry shaped as a list: per-group results, steps, limitations); else the
composer's cited sentences. Then: a question wanting a kind of answer (an age, a place, a dose...)
that the cited sentences do not hold is "not stated", with the closest sentence; a yes/no question
that the evidence clearly answers starts with "Yes:" or "No:".
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

from assistant.answering import replies, scales
from assistant.answering.composer import MAX_PARTS, Request, split_parts
from assistant.answering.followups import LABEL, asking_part, points_back, standalone
from assistant.answering.near_misses import ABOUT_A_STUDY
from assistant.answering.premises import Premise, wrong_group
from assistant.answering.routing import STUDY
from assistant.records import Reply
from assistant.retrieval.lexicon import PEOPLE_COUNT, content_tokens, find_name, names_any, tokens

ANSWER_TYPES = Path(__file__).resolve().parent.parent / "knowledge" / "answer_types.toml"
# Question-bank thresholds (cosine similarity of the question to the bank's nearest phrasing).
NOT_COVERED_MIN = 0.62  # a not-covered topic this close ...
NOT_COVERED_MARGIN = 0.05  # ... and this much closer than any answerable entry: not in the study
ANSWERED_COVERAGE = 0.75
NOT_COVERED_STRONG = 0.72  # this close, even a question with several parts is about the uncovered topic
SUMMARY_MIN = 0.55  # a list answer this close to "summarise the study" is its summary
LIST_MIN = 0.62  # a list-shaped entry this close is answered as its list
LIST_SURE = 0.70  # ... (without asking for a list, the nearest entry must be this close)
LIST_LEAD = 0.03  # ... and lead the nearest single-sentence entry by this much
LIST_MARGIN = 0.06  # ... or this close to the nearest entry, when the question asks for a list
LIST_CLEAR = 0.55  # a list entry this close ...
LIST_CLEAR_LEAD = 0.15  # ... and this much closer than every other entry answers, asked for or not
# A question of several parts: a list entry among the nearest few that holds a best sentence of every
# part answers them all at once ("which scores are in panel X, and what are their ranges?").
PARTS_LIST_RANKS = 3  # how far down the bank's ranking the list may be
PARTS_LIST_MIN = 0.5  # ... how near the question it must be
PARTS_TOP = 1  # ... holding the best sentence of each part
YES_SUPPORT = 0.62  # evidence this strong answers a yes/no question with "Yes:"
OFF_TOPIC_BANK = 0.45  # a question this close to any bank question is about the study
# Nothing of the study this close (bank question, not-covered topic or sentence): off topic. On the
# tuning sets, off-topic messages came at most 0.37 near, study questions at least 0.41.
OFF_TOPIC_NEAREST = 0.39
# Kinds of message about the study or the reader's care: a message near one is not off topic.
_RELATED_KINDS = frozenset({"personal_advice", "emergency_reaction", "emergency_self_harm", "meta_summary",
                            "meta_takeaways", "meta_limitations", "meta_design"})
KIND_MIN = 0.55  # a router kind this sure, and this far ahead of a study question, is answered by
KIND_MARGIN = 0.1  # ... the bank entry that names it (a study's limitations, its takeaways)
KIND_AGREE_MIN = 0.4  # ... or this sure, the top kind of all, and its entry the bank's nearest
PER_GROUP_RANKS = 16  # how far down a group's ranking its line may come from
SUGGESTIONS = 3
TYPED_RANKS = 3  # how far down the ranking a sentence holding the wanted kind of answer may be
PARTS_MAX_SENTENCES = 6  # a question of several parts answered part by part: at most this many sentences

_WANTS_LIST = re.compile(
    r"\b(each|every|all (the|of the)|list|table|bullet|steps?|step by step|compare|comparison|break ?down|"
    r"one by one|which \w+ (goes with|for) which|side by side|overview|limitations|takeaways|main points)\b|"
    r"\b(\w+) by \2\b|"
    # Several things of a kind: "which scores are plotted", "the three measures", "what 4 things".
    r"\b(what|which) ([\w-]+ ){0,2}(scores|measures|measurements|markers|tests|scales|indices|indexes|things)\b|"
    r"\b(the|what|which|name|list|give me)( the)? (two|three|four|five|six|2|3|4|5|6) (things|measures|measurements|scores|markers|tests|scales|items|points|steps|parts)\b", re.I)
_EACH_GROUP = re.compile(r"\b(each|every|all (the )?(three|two|four|\d+)|per|both) (of the )?(groups?|diseases?|conditions?)\b|"
                         r"\bgroup by group\b|\bfor each\b|\bby (group|disease|condition)\b|"
                         r"\b(between|among|across) (the )?(three |two |different )?(groups|diseases|conditions)\b", re.I)
# One group set against the rest ("did X do as well as the others?"): every group's line answers it.
_VS_OTHERS = re.compile(r"\b(than|as|to|with|like) (the|all the) (others|other (groups?|diseases?|conditions?|ones))\b|"
                        r"\b(than|as|to|with) (the )?rest\b", re.I)
# "A glossary of the abbreviations", "list every acronym and what it means".
_GLOSSARY = re.compile(r"\b(glossary|abbreviations?|acronyms?|short forms|initialisms)\b", re.I)
_EVERY = re.compile(r"\b(glossary|all|every|each|list|bullet\w*|table|what (they|each) (means?|stands? for))\b", re.I)
_HOW_MANY = re.compile(r"\b(how many|number of|numbers|how big|sizes?|split|divided|broken down|breakdown|distributed)\b", re.I)
_AS_CONTEXT = re.compile(r"\s*\([^()]*\)\W*$")  # "(the X patients)": what a follow-up leans on
# A short topic before a colon ("Panel A: what ..., which ...?"): what every part of the question is about.
# Questions listed one after another: a "?" or ";" between them, or "..., and what ...".
_COORDINATED = re.compile(r"\?\s+\S|;\s|\b(and|also|plus)\s+(what|how|why|when|who|whom|which|where|is|are|do|does|did|was|were)\b", re.I)
_EVERYONE = re.compile(r"\b(overall|everyone|everybody|all (the )?(patients|people|groups)|each group|the whole)\b", re.I)
_ASKS_PART = re.compile(r"\W*(?:and |so |also |but |then |plus )?(?:what|how|why|when|who|whom|whose|which|where|is|are|do|does|did|was|were|"
                        r"can|could|will|would|has|have|had)\b", re.I)
_TOPIC = re.compile(r"^\s*([^:?.!,;]{2,30}?):\s+(?=\S)")
# A part of a figure named, or pointed at ("that panel"), in the message as typed.
_OWN_PAIRING = re.compile(r"\b(panel|figure|fig|table|graph|chart)s?\s+([a-z]|\d{1,3})\b|\b(that|this|the same) (panel|figure|table|graph|chart|plot)\b", re.I)
_NEGATED = re.compile(r"\b(not|no|never|isn'?t|aren'?t|doesn'?t|don'?t|didn'?t|wasn'?t|weren'?t|without|nor)\b", re.I)
# "How many patients altogether?": the whole study's count, not one group's.
_ALTOGETHER = re.compile(r"\b(altogether|all together|in total|in all|total|overall|all told|whole study|entire study)\b", re.I)
_WHICH_GROUP = re.compile(r"\b(which|what) ([\w-]+ ){0,2}(group|disease|condition)s?\b.{0,25}\b(biggest|largest|smallest|most|fewest|least)\b", re.I)
_NUMBERISH = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.I)
_YES_NO = re.compile(r"^\s*(is|are|was|were|did|does|do|can|could|has|have|had|will|would)\b", re.I)
_HEDGED = re.compile(r"\b(not|no|never|too early|could|may|might|potentially|unclear|uncertain|unknown|without)\b", re.I)


def breaks_down(text: str) -> bool:
    """The message asks for one line per group ("per condition", "for each group")."""
    return bool(_EACH_GROUP.search(text))


def _answer_types() -> tuple[list[tuple[str, re.Pattern, re.Pattern, str, bool]], dict[str, re.Pattern]]:
    """The kinds of answer (name, cue, evidence, what, abstain) and, per kind, the wordings that give
    it only in words ("long-term" for "how many months"), read once."""
    types = tomllib.loads(ANSWER_TYPES.read_text(encoding="utf-8"))["types"]
    kinds = [
        (name, re.compile("|".join(f"(?:{c})" for c in t["cues"]), re.I),
         re.compile("|".join(f"(?:{e})" for e in t["evidence"]), re.I), t["what"], t.get("abstain", True))
        for name, t in types.items()
    ]
    vague = {name: re.compile("|".join(f"(?:{v})" for v in t["vague"]), re.I) for name, t in types.items() if t.get("vague")}
    return kinds, vague


class Planner:
    """Chooses and builds the answer to one (standalone) study question."""

    def __init__(self, assistant):
        self.a = assistant
        self.composer = assistant.composer
        self.bank = assistant.bank
        self.types, self.vague = _answer_types()
        # What a sentence giving a reason says ("because", "to prepare", "led to"): the reason kind's evidence.
        self.reason = next((evidence for name, _, evidence, _, _ in self.types if name == "reason"), re.compile(r"(?!)"))
        # Each bank entry's labels: those its questions name and those of its sentences' context.
        self._entry_labels = {
            id(entry): {t for t in tokens(" ".join(entry.questions)) if "_" in t}
            | {t for s in sentences for t in self.composer.context_labels(s)}
            for st in assistant.knowledge.studies.values() for entry, sentences in st.bank}
        self.near = assistant.composer.near
        self._openings = {}
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
        if composer.wants_summary(query):
            # The study in brief: the bank's nearest list answer (its findings, its takeaways), else
            # the first sentences of its text.
            lists = [m for m in entries[:3] if m.entry.shape == "list" and m.similarity >= SUMMARY_MIN]
            # (Else the entry the pack gives as the study's summary or takeaways, wherever it ranks.)
            lists = lists or [m for m in entries if getattr(m.entry, "answers", "") in ("meta_summary", "meta_takeaways")][:1]
            if lists:
                return composer.compose(list(lists[0].sentences), request, labels=lists[0].entry.labels, title=lists[0].entry.title)
            return composer.summary(request)
        if _GLOSSARY.search(query) and _EVERY.search(query):
            reply = self.glossary(query, request)
            if reply is not None:
                return reply
        gaps = self.bank.matches(vector, study.id, "not_covered")
        related = max((v for k, v in (kinds or {}).items() if k in _RELATED_KINDS), default=0.0)
        nearest = max(best, gaps[0].similarity if gaps else 0.0, ranked[0].dense)
        if best < OFF_TOPIC_BANK and related < OFF_TOPIC_NEAREST and not self.near.uncovered_topic(query) and (
                nearest < OFF_TOPIC_NEAREST or self.near.off_topic(query, ranked)):
            return replies.off_topic(study.pack)
        premise = self.a.premises[study.id].find(query, [e.sentence for e in ranked])
        single = len(composer.parts(query)) == 1
        if premise and premise.presupposed:
            # Correct the premise, then answer the rest of the question if the study can.
            picked, support, _, _ = composer.pick(query, context, request)
            # (Each part of a question asking several things keeps its sentence.)
            rest = picked[: len(composer.parts(query))]
            sentences = [premise.sentence] + [s for s in rest if s != premise.sentence and support >= composer.min_support]
            reply = composer.compose(sentences, request, kind="correction", prefix="That is not what the study reports.")
            return _with(reply, meta={"premise": premise.claim})
        if premise and single and not premise.settles:
            # Asked, and the text makes the claim unlikely without ruling it out ("did it ever come
            # back?" of a benefit said to have lasted): not stated, with that sentence.
            return composer.not_in_study(ranked, {"claim": premise.claim}, request, f"whether {premise.claim}", [premise.sentence])
        if premise and single:
            # Asked, not assumed ("is it a daily pill?"): the contradicting sentence is the answer.
            prefix = "No:" if _YES_NO.search(query) else ""
            return _with(composer.compose([premise.sentence], request, prefix=prefix), meta={"claim": premise.claim})
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
            prefix = "No:" if panel and _YES_NO.search(query) else "That is not what the study reports."
            reply = composer.compose([*lead, wrong.sentence, *own[:1]], request, kind="correction", prefix=prefix)
            return _with(reply, meta={"premise": wrong.claim})
        scale_terms = [t for t in composer.entities(query) if not any(names_any(t, g.all_names) for g in study.groups)]
        reading = scales.read(query, scale_terms, study.sentences) if single else None
        if reading:
            # "A score of 45 on <a scale>: what does that mean?": the band holding it, from the scale's
            # sentence, cited; a value outside the whole range is corrected.
            kind = "answer" if reading.possible else "correction"
            return _with(composer.compose([reading.sentence], request, kind=kind, prefix=reading.said()),
                         meta={"scale_reading": reading.term})
        elsewhere = self.near.elsewhere(query) if single else None
        if elsewhere:
            # "Does it work for <a disease the study never names>?": not what this study looked at.
            return composer.not_in_study(ranked, {"elsewhere": elsewhere}, request, f"anything about {elsewhere}",
                                         [e.sentence for e in ranked[:1] if e.dense >= 0.35])
        if single and self.near.unknown_choice(query):
            # "was it A or B?" naming things the study never mentions: it does not say which.
            return composer.not_in_study(ranked, {"choice": True}, request, "which", [e.sentence for e in ranked[:1] if e.dense >= 0.35])
        gaps = [g for g in gaps if not labels or labels <= set(tokens(" ".join(g.entry.questions)))]
        # A question whose words the best sentence all but holds is answered, however near a gap.
        # A kind of message the study answers as a whole ("how sure can we be?") is never a gap.
        kind_top = self.kind_entry(kinds, entries)
        near = (gaps and not kind_top and gaps[0].similarity >= best + NOT_COVERED_MARGIN
                and ranked[0].coverage < ANSWERED_COVERAGE)
        if near and (gaps[0].similarity >= NOT_COVERED_STRONG or (single and gaps[0].similarity >= NOT_COVERED_MIN)):
            gap = gaps[0]
            closest = list(gap.sentences) or [e.sentence for e in ranked[:1] if e.dense >= 0.35]
            return composer.not_in_study(ranked, {"not_covered": gap.key}, request, f"anything about {gap.entry.topic}", closest)
        if self.near.individual_value(original, query) or self.near.unknown_label(query):
            return composer.not_in_study(ranked, {"individual": True}, request, "values for single patients")
        topic = self.near.uncovered_topic(query) or self.near.unknown_acronym(query)
        if topic and single and not kind_top:
            return composer.not_in_study(ranked, {"uncovered": topic}, request, f"anything about {topic}")
        beyond = self.a.premises[study.id].beyond(asking_part(query)) if single else None
        if beyond and beyond[2]:
            # "At the 5-year mark ...": a follow-up the study never had, taken for granted.
            reply = composer.compose([beyond[1]], request, kind="correction", prefix="That is not what the study reports.")
            return _with(reply, meta={"premise": f"{beyond[0]} of follow-up"})
        if beyond:
            # "Will they still be in remission in 10 years?": after the study's end, it cannot say.
            return composer.not_in_study(ranked, {"beyond": beyond[0]}, request, "anything after the time it followed the patients",
                                         [beyond[1]])
        top = self.list_entry(query, entries) if single or _WANTS_LIST.search(query) else self.clear_list(entries)
        if top is None and not single:
            top = self.list_for_parts(query, context, request, entries)
        top = kind_top or top
        # "For each group ...": one line per group, unless the nearest entry of all is a list or the
        # list found has a line for every group.
        per_group = top is not None and {g.label for g in study.groups} <= set(top.entry.labels or ())
        one_group = sum(names_any(query, g.all_names) for g in study.groups) == 1  # "for the X group, each of its measures" is about X
        if ((top is None or (top is not entries[0] and not per_group)) and len(study.groups) > 1
                and ((_EACH_GROUP.search(query) and not one_group) or _VS_OTHERS.search(query))):
            reply = self.per_group(query, context, request, vector=vector)
            if reply is not None:
                return _with(reply, suggestions=self.suggest(entries, reply))
        if top is None or top is not entries[0]:
            # "Panel A versus panels B and C": one line from each part of the figure named.
            reply = self.per_label(query, context, request, vector=vector)
            if reply is not None:
                return _with(reply, suggestions=self.suggest(entries, reply))
        if top is not None:
            picked, labels = self.with_counts(query, list(top.sentences), top.entry.labels, request)
            reply = composer.compose(picked, request, labels=tuple(labels) or top.entry.labels, title=top.entry.title)
            reply = _with(reply, meta={"bank": top.key, "bank_similarity": round(top.similarity, 3)})
        else:
            reply = (self.by_parts(query, context, request) if not single and split else None) or composer.answer(query, context, request)
        if not reply.abstained and single:
            reply = self.typed(query, reply, ranked, request) or self.yes_no(query, reply)
        return _with(reply, suggestions=self.suggest(entries, reply))

    def by_parts(self, query: str, context: str, request: Request) -> Reply | None:
        """A question of several parts that no one answer covers: each part planned on its own, as if
        asked alone (it may want a list, a kind of answer, or be something the study does not say),
        then their sentences together in the parts' order, a round from each part at a time, and a
        line saying which parts the study does not answer. A part leaning on the first ("and did they
        ...?") or on a topic before a colon ("Panel A: ..., which ...?") is read with it."""
        if len(split_parts(query)) > MAX_PARTS:
            return None  # (more parts than are answered: the composer says the rest is not covered)
        parts = [p for p in self.composer.parts(query) if not _AS_CONTEXT.match(p)]
        topic = _TOPIC.match(query)
        topic = topic if topic and LABEL.fullmatch(topic.group(1).strip()) else None  # "Panel A: ...", not "I'm a teacher: ..."
        lexicon, study = self.a.scorer.lexicon, request.study
        # Only parts that are questions of their own, each saying what it asks ("... What can I tell
        # her?" leans on all that came before it).
        if len(parts) < 2 or not all(_ASKS_PART.match(p[topic.end():] if n == 0 and topic else p)
                                     and (len(content_tokens(p)) >= 2 or any(w in lexicon.known for w in content_tokens(p)))
                                     for n, p in enumerate(parts)):
            return None
        if not _COORDINATED.search(query):
            return None  # "How can I explain to my kids, using its comparison, what it does?": one question
        # What the first part is about (a group, a part of the figure), for a later part naming none:
        # "What is shown for lupus, and what did the asterisk lead to?" asks of lupus' asterisk.
        about = [g.names[0] for g in study.groups if names_any(parts[0], g.all_names)]
        about += [t.replace("_", " ") for t in tokens(parts[0]) if "_" in t]
        answered, missing = [], []
        for n, part in enumerate(parts):
            if n and topic and topic.group(1).lower() not in part.lower():
                part = f"{topic.group(1)}: {part}"
            elif n and points_back(part):
                part = standalone(part, [{"role": "user", "content": parts[0]}], lexicon, study.groups).text
            if (n and about and not any(names_any(part, g.all_names) for g in study.groups) and not any("_" in t for t in tokens(part))
                    and not _ALTOGETHER.search(part) and not _EVERYONE.search(part)):
                part = f"{part} ({', '.join(about)})"
            part = part if part.rstrip().endswith("?") else f"{part.rstrip()}?"
            kinds = self.a.router.scores(self.a._vector(part), study.id)
            reply = self.answer(part, context, part, request, kinds=kinds, split=False)
            if reply.kind in ("answer", "correction") and not reply.abstained:
                by_text = {s.text: s for s in study.sentences}
                answered.append([by_text[c.quote] for c in reply.citations if c.role == "answer" and c.quote in by_text])
            elif reply.kind == "not_in_study":
                missing.append(reply.body.split(" The closest it gets:")[0].split("\n")[0])
        if not any(answered) or any(n and sentences and set(sentences) <= {s for earlier in answered[:n] for s in earlier}
                                    for n, sentences in enumerate(answered)):
            return None  # (a part answered only by what an earlier part gave: the composer finds what it adds)
        picked: list = []
        for round_ in range(max(map(len, answered))):
            for sentences in answered:
                if round_ < len(sentences) and sentences[round_] not in picked and len(picked) < PARTS_MAX_SENTENCES:
                    picked.append(sentences[round_])
        picked.sort(key=lambda s: next(i for i, sentences in enumerate(answered) if s in sentences))
        reply = self.composer.compose(picked, request, shown=self.composer.clauses(picked, query))
        if missing:
            said = "\n\n" + " ".join(dict.fromkeys(missing))
            reply = _with(reply, answer=reply.answer + said, body=reply.body + said)
        return _with(reply, meta={"parts": len(parts), "parts_missing": len(missing)})

    def per_group(self, query: str, context: str, request: Request, vector=None) -> Reply | None:
        """"How did each group do?": the best sentence about each of the study's groups, one line
        per group, labelled with it. (Each group's words join the question's; its vector is the
        question's.)"""
        picked, labels = [], []
        for group in request.study.groups:
            ranked, _ = self.composer.evidence(f"{query} {group.names[0]}", context, request, vector=vector, keep=PER_GROUP_RANKS)
            named = [e for e in ranked if names_any(e.sentence.text, group.names)]
            # A sentence about this group alone, before one that names every group.
            fresh = sorted((e.sentence for e in named if e.sentence not in picked), key=lambda x: _groups_named(x, request) > 1)
            if fresh:
                picked.append(fresh[0])
                labels.append(group.label)
        if len(picked) < 2:
            return None
        picked, labels = self.with_counts(f"{query} {context}", picked, labels, request)
        return self.composer.compose(picked, request, labels=tuple(labels), title="For each group")

    def per_label(self, query: str, context: str, request: Request, vector=None) -> Reply | None:
        """A question naming several parts of a figure ("compare panels B and C", "the asterisk in
        panel A versus panel B"): the best sentence of each part's legend for the question, one line
        per part, labelled with it."""
        named = list(dict.fromkeys(t for t in tokens(query) if "_" in t))
        sections = {}
        for label in named:
            kind = label.split("_")[0]
            sections.setdefault(kind, []).append(label)
        named = max(sections.values(), key=len, default=[])
        if len(named) < 2:
            return None
        ranked, _ = self.composer.evidence(query, context, request, vector=vector, keep=len(request.study.sentences))
        # A kind of answer wanted ("how long ..."): in each part, a sentence holding one comes first.
        wanted = [evidence for _, cue, evidence, _, _ in self.types if cue.search(query)][:1]
        picked, lines = [], []
        for label in named:
            mine = [e for e in ranked if label in self.composer.context_labels(e.sentence) and e.sentence not in picked
                    and self.composer.support(e) >= self.composer.min_support]
            # The one holding more of the question's words first (the part's own "asterisk", not its best overall).
            mine.sort(key=lambda e: -round(e.coverage, 1))
            own = [e.sentence for e in mine]
            if wanted:
                own.sort(key=lambda s: _holds(wanted[0], s.text))
            if own:
                picked.append(own[0])
                lines.append(self.a.index.chunk(own[0].chunk_id).section)
        if len(picked) < 2:
            return None
        return _with(self.composer.compose(picked, request, labels=tuple(lines), title="Side by side"),
                     meta={"per_label": len(picked)})

    @staticmethod
    def with_counts(query: str, picked: list, labels, request: Request) -> tuple[list, list]:
        """A list asked "... and how many patients" whose lines count nobody: first, the sentence
        that counts the people of the most groups."""
        labels = list(labels or [])
        if not _HOW_MANY.search(query) or any(PEOPLE_COUNT.search(s.text) for s in picked) or len(labels) != len(picked):
            return picked, labels

        counting = [s for s in request.study.sentences if PEOPLE_COUNT.search(s.text) and _groups_named(s, request) >= 2]
        if not counting:
            return picked, labels
        return [max(counting, key=lambda s: _groups_named(s, request)), *picked], ["How many", *labels]

    def glossary(self, query: str, request: Request) -> Reply | None:
        """Every abbreviation the study defines (of its figure legend, or of its article, when the
        question names one), one cited line per defining sentence: "XY = x-ray yield; ..."."""
        composer, study = self.composer, request.study
        part = "figure-legend" if re.search(r"\b(legend|figure|fig|panels?)\b", query, re.I) else (
            "article" if re.search(r"\b(article|text|summary)\b", query, re.I) else "")
        labels = LABEL.findall(query)
        index = self.a.index

        def in_scope(sentence) -> bool:
            chunk = index.chunk(sentence.chunk_id)
            return (not part or chunk.part == part) and (not labels or chunk.section.lower() in {x.lower() for x in labels})

        def flat(text: str) -> str:
            return re.sub(r"[\u2010-\u2015-]", "-", text).lower()

        scope = [s for s in study.sentences if in_scope(s)]
        lines: dict[str, list[str]] = {}
        for definition in self.a.scorer.lexicon.definitions.values():
            # Where the scope itself spells the term out (a legend repeats what the article defined).
            sentence = next((s for s in scope if flat(definition.long_form) in flat(s.text)
                             and find_name(definition.term, s.text)), None)
            if sentence is not None:
                lines.setdefault(sentence.sentence_id, []).append(f"{definition.term} = {definition.long_form}")
        if not lines:
            return None
        picked = [s for s in study.sentences if s.sentence_id in lines]
        shown = {sid: "; ".join(terms) + "." for sid, terms in lines.items()}
        return _with(composer.compose(picked, request, shown=shown, title="Abbreviations and what they stand for"),
                     meta={"glossary": len([t for terms in lines.values() for t in terms])})

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

    def _opening(self, sentence):
        """The first sentence of a sentence's section (where a figure panel names its group)."""
        chunk = self.a.index.chunk(sentence.chunk_id)
        return self._openings.get((chunk.doc_id, chunk.section), sentence)

    def _glossary(self, sentence) -> bool:
        """A sentence spelling out several of the study's abbreviations at once."""
        return sum(d.sentence_id == sentence.sentence_id for d in self.a.scorer.lexicon.definitions.values()) >= 3

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
            if kinds[kind] >= KIND_MIN or (n == 0 and kind == top and kinds[kind] >= KIND_AGREE_MIN):
                return match
        return None

    def list_for_parts(self, query: str, context: str, request: Request, entries):
        """For a question of several parts, the nearest list entry holding one of the best sentences
        of every part: its lines answer the whole question."""
        lists = [m for m in entries[:PARTS_LIST_RANKS] if m.entry.shape == "list" and m.similarity >= PARTS_LIST_MIN]
        if not lists:
            return None
        composer = self.composer
        best = []
        parts = [p for p in composer.parts(query) if not _AS_CONTEXT.match(p)]
        if len(parts) < 2:
            return None  # one question, with the earlier turn's subject added "(in brackets)"
        for part in parts:
            ranked, _ = composer.evidence(part, context, request, whole=query, keep=PARTS_TOP)
            best.append({e.sentence for e in ranked if composer.support(e) >= composer.min_support})
        if not all(best):
            return None  # a part the study does not answer: each part is answered (or not) on its own
        return next((m for m in lists if all(b & set(m.sentences) for b in best)), None)

    @staticmethod
    def clear_list(entries):
        """A list entry far nearer than any other: what is asked, even if not that near (a chatty
        message lands near nothing else), and even by a question of several parts ("which scales
        count higher as worse, and which lower?")."""
        second = entries[1].similarity if len(entries) > 1 else 0.0
        if entries and entries[0].entry.shape == "list" and entries[0].similarity >= LIST_CLEAR and entries[0].similarity >= second + LIST_CLEAR_LEAD:
            return entries[0]
        return None

    def list_entry(self, query: str, entries):
        """The list-shaped bank entry to answer with: the nearest entry when it is a list, or, for a
        question asking for a list ("each", "step by step", "compare"...), a list nearly as near."""
        if not entries:
            return None
        clear = self.clear_list(entries)
        if clear is not None:
            return clear
        if entries[0].similarity < LIST_MIN:
            return None
        wants = bool(_WANTS_LIST.search(query))
        single = next((m.similarity for m in entries if m.entry.shape != "list"), 0.0)
        # Unasked for, a list must be clearly the nearest: a chatty question lands near many entries.
        sure = entries[0].similarity >= LIST_SURE and entries[0].similarity >= single + LIST_LEAD
        if entries[0].entry.shape == "list" and (wants or sure):
            return entries[0]
        if wants:
            near = [m for m in entries[1:4] if m.entry.shape == "list" and m.similarity >= entries[0].similarity - LIST_MARGIN]
            return near[0] if near else None
        return None

    def typed(self, query: str, reply: Reply, ranked, request: Request) -> Reply | None:
        """A question wanting a kind of answer (a duration, an age, a place...): when the cited
        sentences do not hold one, a nearly as good sentence that does answers instead; else the
        study does not say, with the closest sentence."""
        cited = [c.quote for c in reply.citations if c.role == "answer"]
        groups_of = lambda text: any(names_any(text, g.names) for g in request.study.groups)
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

    def yes_no(self, query: str, reply: Reply) -> Reply:
        """ "Yes:" first when strong evidence plainly states it; a hedged or negated sentence is left to
        speak for itself."""
        cited = " ".join(c.quote for c in reply.citations if c.role == "answer")
        if _HEDGED.search(cited):
            return reply
        lexicon = self.a.scorer.lexicon
        # Never "Yes" about a thing the study never names ("does it work for <another disease>?").
        foreign = [w for w in content_tokens(query) if w.isalpha() and w not in lexicon.known and w not in ABOUT_A_STUDY]
        if _YES_NO.search(query) and reply.kind == "answer" and reply.meta.get("support", 0) >= YES_SUPPORT and not foreign:
            return _with(reply, answer=f"Yes: {reply.answer}", body=f"Yes: {reply.body}")
        return reply

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


def _holds(evidence: re.Pattern, text: str) -> int:
    """How well a sentence holds a wanted kind of answer: 0 with a number in it ("up to 12 months"),
    1 without one ("long-term"), 2 not at all."""
    found = [m.group(0) for m in evidence.finditer(text)]
    return 0 if any(_NUMBERISH.search(f) for f in found) else 1 if found else 2


def _named(query: str, study) -> list[str]:
    """The names of the study's groups the question names."""
    return [n for g in study.groups if names_any(query, g.all_names) for n in g.names]


def _groups_named(sentence, request: Request) -> int:
    """How many of the study's groups a sentence names."""
    return sum(names_any(sentence.text, g.names) for g in request.study.groups)


def _with(reply: Reply, **changes) -> Reply:
    meta = {**reply.meta, **changes.pop("meta", {})}
    return Reply(**{**reply.__dict__, **changes, "meta": meta})
