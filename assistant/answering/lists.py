"""Answers laid out as lists: one line per group, per part of a question, per measure, or the lines
of a list-shaped bank entry (per-group results, steps, limitations, takeaways). One line per part of a
figure is built in figure_parts.py.

The Planner decides when a question wants one (list_choices.py); these build it.
"""
from __future__ import annotations

import re

from assistant.answering.asking import asking_part
from assistant.answering.composer import SCALE_ASKED, Request
from assistant.answering.parts import AS_CONTEXT, MAX_PARTS, MAX_SPLIT_CHARS, enumeration, split_parts
from assistant.answering.followups import FOLLOW_START, is_follow_up, points_back, standalone
from assistant.answering.mentions import LABEL
from assistant.records import Reply
from assistant.retrieval.lexicon import PEOPLE_COUNT, content_tokens, find_name, names_any, tokens

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
PER_GROUP_RANKS = 16  # how far down a group's ranking its line may come from
PARTS_MAX_SENTENCES = 6  # a question of several parts answered part by part: at most this many sentences
_WHAT_ABOUT = re.compile(r"^\W*(?:and\s+|so\s+|ok\s+)?(?:what|how) about\b", re.I)
_WANTS_LIST = re.compile(
    r"\b(each|every|all (the|of the)|list|table|bullet|steps?|step by step|compare|comparison|break ?down|"
    r"walk (me|us|them) (through|thru)|(from )?start to finish|the whole process|what happens first|"
    r"one by one|which \w+ (goes with|for) which|side by side|overview|limitations|takeaways|main points)\b|"
    r"\b(\w+) by \2\b|"
    # Several things of a kind: "which scores are plotted", "the three measures", "what 4 things".
    r"\b(what|which) ([\w-]+ ){0,2}(scores|measures|measurements|markers|tests|scales|indices|indexes|things)\b|"
    r"\b(the|what|which|name|list|give me)( the)? (two|three|four|five|six|2|3|4|5|6) (things|measures|measurements|scores|markers|tests|scales|items|points|steps|parts)\b", re.I)
# What a message is wanted for: "for my article", "for our class notes", "for the newsletter".
_PURPOSE = re.compile(r"\bfor (?:my|our|the|a|an|your) (?:[\w-]+ ){0,2}?(?:article|essay|class|lesson|notes?|poster|students?|pupils|blog|post|"
                      r"newsletter|talk|slides?|report|paper|homework|assignment|group|readers|team|piece|story|podcast|handout)\b", re.I)
_EACH_GROUP_OF = re.compile(r"\b(for |of |in )?(each|every)( (disease|condition|illness))? (group|disease|condition|illness)\b|\bgroup by group\b|\bper group\b", re.I)
_HOW_MANY = re.compile(r"\b(how many|number of|numbers|how big|sizes?|split|divided|broken down|breakdown|distributed|break(s|ing)?( [\w-]+){0,3} down|n (per|for each|in each|by) (group|disease|condition|arm))\b", re.I)
# How many people the study had, asked on its own: "how many people were actually in it?"
_PEOPLE_TOTAL = re.compile(r"^\W*(?:(?:so|ok(?:ay)?|and|but|hi|hey)\W+)*how many (?:people|patients|participants|persons|subjects|folks)"
                           r"(?: (?:were|was|are|did|took|got|had|in|overall|total|altogether|actually|actualy|really))*\b(?![^?.!]*\b(?:each|per|every|group|with|had|have)\b)", re.I)
# Questions listed one after another: a "?" or ";" between them, or "..., and what ...".
_COORDINATED = re.compile(r"\?\s+\S|;\s|\b(and|also|plus)\s+(?:(?:for|in|at|on|by|from|to|with|of|since|until)\s+)?(what|how|why|when|who|whom|which|where|is|are|do|does|did|was|were)\b", re.I)
_EVERYONE = re.compile(r"\b(overall|everyone|everybody|all (the )?(patients|people|groups)|each group|the whole)\b", re.I)
_ASKS_PART = re.compile(r"\W*(?:and |so |also |but |then |plus )?(?:(?:for|in|at|on|by|from|to|with|of|since|until) )?(?:what|how|why|when|who|whom|whose|which|where|is|are|do|does|did|was|were|"
                        r"can|could|will|would|has|have|had)\b", re.I)
# A short topic before a colon ("Panel A: what ..., which ...?"): what every part of the question is about.
_TOPIC = re.compile(r"^\s*([^:?.!,;]{2,30}?):\s+(?=\S)")
# "How many patients altogether?": the whole study's count, not one group's.
_ALTOGETHER = re.compile(r"\b(altogether|all together|in total|in all|total|overall|all told|whole study|entire study)\b", re.I)
MAX_GROUP_ITEMS = 6  # items asked of each of several groups: answered one by one up to this many
_MARK_ASKS = frozenset(tokens("mean means meaning stand stands indicate indicates show shows signify represent for about there here "
                              "panel figure graph chart plot line lines"))
_MARK = re.compile(r"\b(stars?|asterisks?|arrowheads?|arrows?|dashed|dotted|symbols?|daggers?)\b", re.I)  # a mark on a figure
_NUMBERISH = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.I)


class ListAnswers:
    """The list-shaped answers of the Planner (a mixin: it uses the Planner's assistant, composer and
    answer types)."""

    def by_parts(self, query: str, context: str, request: Request) -> Reply | None:
        """A question of several parts that no one answer covers: each part planned on its own, as if
        asked alone (it may want a list, a kind of answer, or be something the study does not say),
        then their sentences together in the parts' order, a round from each part at a time, and a
        line saying which parts the study does not answer. A part leaning on the first ("and did they
        ...?") or on a topic before a colon ("Panel A: ..., which ...?") is read with it."""
        if len(split_parts(query)) > MAX_PARTS:
            return None  # (more parts than are answered: the composer says the rest is not covered)
        lexicon, study = self.a.scorer.lexicon, request.study
        listed = enumeration(query) if len(query) <= MAX_SPLIT_CHARS else None
        if listed:
            # "For group X: the criterion, the lab values, and how long": each item asked of what the
            # lead-in names (a group, a part of the figure, a term of the study's).
            lead, parts = listed
            if _EACH_GROUP_OF.search(lead):
                # ("For each group: how many, and how long were they followed?": every item asked of each group.)
                parts = [p if _EACH_GROUP_OF.search(p) else f"{p.rstrip().rstrip('?')} for each group" for p in parts]
            about = [g.names[0] for g in study.groups if names_any(lead, g.all_names)]
            groups = list(about)
            about += [t.replace("_", " ") for t in tokens(lead) if "_" in t]
            # (What the asker wants it for is no subject of the items: "three quick ones for my article: ...")
            about += [w for w in content_tokens(_PURPOSE.sub(" ", lead)) if w in lexicon.vocabulary and not any(names_any(w, g.all_names) for g in study.groups)][:2]
            if len(groups) >= 2 and len(parts) * len(groups) <= MAX_GROUP_ITEMS:
                # "Compare groups X and Y: how many, how long, how did they do?": each item of each group.
                others = [a for a in about if a not in groups]
                parts = [f"{p} ({', '.join([g, *others])})" for p in parts for g in groups]
            else:
                parts = [f"{p} ({', '.join(about)})" if about else p for p in parts]
            topic, about, scales = None, [], []
        else:
            parts = [p for p in self.composer.parts(query) if not AS_CONTEXT.match(p)]
            topic = _TOPIC.match(query)
            topic = topic if topic and LABEL.fullmatch(topic.group(1).strip()) else None  # "Panel A: ...", not "I'm a teacher: ..."
            # A later question that only names another thing ("How long were X followed? And the Y?")
            # asks the first part's question of it.
            # ("..., and what about the one on the urine graph?" asks the first part's question too.)
            parts = [p if n == 0 or (_ASKS_PART.match(p) and not _WHAT_ABOUT.match(p)) or not FOLLOW_START.search(p) or not is_follow_up(p, lexicon)
                     else standalone(p, [{"role": "user", "content": parts[0]}], lexicon, study.groups).text
                     for n, p in enumerate(parts)]
            # Only parts that are questions of their own, each saying what it asks ("... What can I tell
            # her?" leans on all that came before it).
            if len(parts) < 2 or not all(_ASKS_PART.match(p[topic.end():] if n == 0 and topic else p)
                                         and (len(content_tokens(p)) >= 2 or any(w in lexicon.known for w in content_tokens(p))
                                              or any(cue.search(p) for _, cue, _, _, _ in self.types))  # ("who summarised it?": a kind asked by name)
                                         for n, p in enumerate(parts)):
                return None
            if not _COORDINATED.search(query):
                return None  # "How can I explain to my kids, using its comparison, what it does?": one question
            # What the first part is about (a group, a part of the figure), for a later part naming none:
            # "What is shown for group X, and what did the asterisk lead to?" asks of X's asterisk.
            about = [g.names[0] for g in study.groups if names_any(parts[0], g.all_names)]
            about += [t.replace("_", " ") for t in tokens(parts[0]) if "_" in t]
            # ... and a scale or test it names, for a later part asking only a scale's feature ("what's the range
            # of the XYZ-3, and is high good or bad?"; not "..., and what does the asterisk mean?").
            scales = [f for forms in self.specific_terms(study) for f in forms[:1]
                      if any(find_name(x, parts[0]) for x in forms) and not any(find_name(x, p) for p in parts[1:] for x in forms)]
        answered, missing, whole, typed = [], [], [], []  # (whole: answered by a bank entry's list, every line of it an answer)
        first_gap = None  # (the first part's reply saying the study does not say it)
        for n, part in enumerate(parts):
            if n and topic and topic.group(1).lower() not in part.lower():
                part = f"{topic.group(1)}: {part}"
            elif n and points_back(part):
                part = standalone(part, [{"role": "user", "content": parts[0]}], lexicon, study.groups).text
            # (a scale named before, only for a part asking nothing but a scale's feature: composer.SCALE_ASKED)
            of = about + (scales if not set(content_tokens(part)) - SCALE_ASKED else [])
            if (n and of and not any(names_any(part, g.all_names) for g in study.groups) and not any("_" in t for t in tokens(part))
                    and not any(find_name(x, part) for forms in self.specific_terms(study) for x in forms)
                    and not _ALTOGETHER.search(part) and not _EVERYONE.search(part)):
                part = f"{part.rstrip().rstrip('?').rstrip()} ({', '.join(of)})?"  # (inside the question, not a part after it)
            part = part if part.rstrip().endswith("?") else f"{part.rstrip()}?"
            kinds = self.a.router.scores(self.a._vector(part), study.id)
            reply = self.answer(part, context, part, request, kinds=kinds, split=False)
            if reply.kind in ("answer", "correction") and not reply.abstained:
                by_text = {s.text: s for s in study.sentences}
                sentences = [by_text[c.quote] for c in reply.citations if c.role == "answer" and c.quote in by_text]
                own = list(sentences)  # (a list entry's lines in its own order: its headline first)
                if listed and len(sentences) > 1:
                    # An item answered by a list (the limitations for "the caveat"): its line nearest the item first.
                    ranked, _ = self.composer.evidence(part, context, request, keep=len(study.sentences))
                    order = {e.sentence: n for n, e in enumerate(ranked)}
                    sentences.sort(key=lambda s: order.get(s, len(order)))
                answered.append(sentences)
                whole.append(own if reply.meta.get("bank") and len(sentences) > 1 else None)
                typed.append(bool(reply.meta.get("answer_type")))
            elif reply.kind == "not_in_study":
                missing.append(reply.body.split(" The closest it gets:")[0].split("\n")[0])
                first_gap = first_gap or reply
        if not any(answered) and first_gap is not None and len(missing) == len(parts):
            # Every part is something the study does not say ("which hospital? where were they treated?"): so
            # says the first part's reply, with what each other part asked.
            others = [m for m in dict.fromkeys(missing) if m not in first_gap.body]
            said = "\n\n" + " ".join(others) if others else ""
            return _with(first_gap, answer=first_gap.answer + said, body=first_gap.body + said,
                         meta={**first_gap.meta, "parts": len(parts), "parts_missing": len(missing)})
        if not any(answered) or (not listed and any(
                n and sentences and not named and set(sentences) <= {s for earlier, listing, by_name in zip(answered[:n], whole, typed)
                                                                     if listing is None and not by_name for s in earlier}
                for n, (sentences, named) in enumerate(zip(answered, typed)))):
            # (A part answered only by what an earlier part's sentence gave: the composer finds what
            # it adds. An earlier list, the limitations holding the follow-up, answers both; so does a
            # kind of answer asked by name, whose sentence may give the later part too: "who did the
            # research, and what year?")
            return None
        picked: list = []
        chosen: dict = {}
        headlines = {listing[0] for listing in whole if listing}
        # Items listed: a sentence each (the first not already given), in the list's order.
        for round_ in range(1 if listed else max(map(len, answered))):
            # (Items answered by a list choose last, among the lines the other items left.)
            for n, sentences, listing in sorted(zip(range(len(answered)), answered, whole), key=lambda x: bool(listed and x[2])):
                # (An item whose nearest sentence an earlier item gave is answered by it: its next
                # best is most often about something else, "the year" -> "followed for two years";
                # but every line of a list entry answers the item: its nearest line, or if that was
                # given or heads another item's list, its list's first line left: "what design" -> the
                # design, "which measures" -> the next measure.)
                if listed and listing:
                    free = [s for s in listing if s not in picked and (s == listing[0] or s not in headlines)]
                    fresh = sentences[:1] if sentences[0] in free else free[:1] or [s for s in listing if s not in picked][:1]
                else:
                    fresh = ([] if sentences and sentences[0] in picked else sentences[:1]) if listed else sentences[round_:round_ + 1]
                if fresh and fresh[0] not in picked and len(picked) < PARTS_MAX_SENTENCES:
                    picked.append(fresh[0])
                    chosen[fresh[0]] = n
        picked.sort(key=lambda s: chosen[s])  # (in the order of the items that chose them)
        asked = [[g for g in study.groups if names_any(parts[chosen[x]], g.all_names)] for x in picked]
        if (len(picked) > 1 and all(len(a) == 1 for a in asked) and len({a[0].label for a in asked}) == len(picked)
                and not any(names_any(x.text, g.names) for x in picked for g in study.groups)
                and all([g for g in study.groups if names_any(self._opening(x).text, g.names)] == a for x, a in zip(picked, asked))):
            # "How long were X followed? And Y?" answered by sentences that name no group ("up to 24
            # months", "up to 12 months"), each in the part of the text about the group its part asked
            # of (its opening line names that group alone): each line labelled with that group.
            reply = self.composer.compose(picked, request, labels=tuple(a[0].label for a in asked), title="For each group")
        else:
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
            # (Or one of a part of the figure whose opening names this group alone: "Arrowheads indicate
            # observation periods of up to N months" in the X group's panel.)
            named = [e for e in ranked if names_any(e.sentence.text, group.names) or (
                not any(names_any(e.sentence.text, g.names) for g in request.study.groups)
                and [g for g in request.study.groups if names_any(self._opening(e.sentence).text, g.names)] == [group])]
            # A sentence about this group alone, before one that names every group.
            fresh = sorted((e.sentence for e in named if e.sentence not in picked), key=lambda x: _groups_named(x, request) > 1)
            if fresh:
                picked.append(fresh[0])
                labels.append(group.label)
        if len(picked) < 2:
            return None
        picked, labels = self.with_counts(f"{query} {context}", picked, labels, request)
        return self.composer.compose(picked, request, labels=tuple(labels), title="For each group")

    def per_term(self, query: str, context: str, request: Request, vector=None) -> Reply | None:
        """A question comparing measures or terms it names ("which has the bigger range, X or Y?",
        "is a high score good on X compared with Y?"): for each term, its best sentence for the
        question among those naming it, one line per term, labelled with it."""
        groups = [name for g in request.study.groups for name in g.all_names]
        named = [t for t in self.composer.entities(query) if not names_any(t, groups)]
        definitions = self.composer.scorer.lexicon.definitions.values()
        terms = []
        for name in named:
            found = next((d for d in definitions if name.lower() in (d.term.lower(), d.long_form.lower())), None)
            if found is not None and found not in terms:
                terms.append(found)
        if len(terms) < 2:
            return None
        ranked, _ = self.composer.evidence(query, context, request, vector=vector, keep=len(request.study.sentences))
        wanted = [evidence for _, cue, evidence, _, _ in self.types if cue.search(query)][:1]
        picked, labels = [], []
        for term in terms[:MAX_PARTS]:
            own = [e.sentence for e in ranked if e.sentence not in picked
                   and (find_name(term.term, e.sentence.text) or find_name(term.long_form, e.sentence.text))
                   and self.composer.support(e) >= self.composer.min_support]
            # (The one holding the kind of answer wanted first, "range": its range; else the best.)
            if wanted:
                own.sort(key=lambda x: _holds(wanted[0], x.text))
            if own:
                picked.append(own[0])
                labels.append(term.term)
        if len(picked) < 2:
            return None
        return _with(self.composer.compose(picked, request, labels=tuple(labels), title="Side by side"),
                     meta={"per_term": len(picked)})

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
        added, names = [max(counting, key=lambda s: _groups_named(s, request))], ["How many"]
        # "... and what's the total?": the sentence counting everyone too, naming no group.
        everyone = [s for s in request.study.sentences if PEOPLE_COUNT.search(s.text) and not _groups_named(s, request)]
        if _ALTOGETHER.search(query) and everyone and everyone[0] not in picked:
            added, names = [everyone[0], *added], ["In all", *names]
        return [*added, *picked], [*names, *labels]

    @staticmethod
    def marks_asked(query: str, picked: list) -> list:
        """A list asked about one kind of mark on a figure ("the asterisk there, in panel X"): only its
        lines that explain that mark, when some of them do and others do not."""
        marks = {m.group(0).lower().rstrip("s") for m in _MARK.finditer(query)}
        # (Only a mark asked about, of a part of the figure: "the list in panel X, and what its lines mean" asks more.)
        rest = [t for t in content_tokens(_MARK.sub(" ", query)) if "_" not in t and t not in _MARK_ASKS]
        if not marks or rest or len(picked) < 2:
            return picked
        keep = [s for s in picked if any(re.search(rf"\b{re.escape(m)}s?\b", s.text, re.I) for m in marks)]
        return keep if keep and len(keep) < len(picked) else picked

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

    def list_for_parts(self, query: str, context: str, request: Request, entries):
        """For a question of several parts, the nearest list entry holding one of the best sentences
        of every part: its lines answer the whole question."""
        lists = [m for m in entries[:PARTS_LIST_RANKS] if m.entry.shape == "list" and m.similarity >= PARTS_LIST_MIN]
        if not lists:
            return None
        composer = self.composer
        best = []
        parts = [p for p in composer.parts(query) if not AS_CONTEXT.match(p)]
        if len(parts) < 2:
            return None  # one question, with the earlier turn's subject added "(in brackets)"
        for part in parts:
            ranked, _ = composer.evidence(part, context, request, whole=query, keep=PARTS_TOP)
            best.append({e.sentence for e in ranked if composer.support(e) >= composer.min_support})
        if not all(best):
            return None  # a part the study does not answer: each part is answered (or not) on its own
        if set.intersection(*best):
            return None  # one sentence answers every part ("how many had X, and how many Y?"): no list needed
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
        if _PEOPLE_TOTAL.match(asking_part(query)) and not _WANTS_LIST.search(query):
            return None  # ("how many people were actually in this study?": the count, not a list of findings)
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


def _holds(evidence: re.Pattern, text: str) -> int:
    """How well a sentence holds a wanted kind of answer: 0 with a number in it ("up to 12 months"),
    1 without one ("long-term"), 2 not at all."""
    found = [m.group(0) for m in evidence.finditer(text)]
    return 0 if any(_NUMBERISH.search(f) for f in found) else 1 if found else 2


def _groups_named(sentence, request: Request) -> int:
    """How many of the study's groups a sentence names."""
    return sum(names_any(sentence.text, g.names) for g in request.study.groups)


def _with(reply: Reply, **changes) -> Reply:
    meta = {**reply.meta, **changes.pop("meta", {})}
    return Reply(**{**reply.__dict__, **changes, "meta": meta})
