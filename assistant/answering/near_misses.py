"""Near misses: questions about a thing the study does not give, though it sounds close.

A topic the study's text never mentions (a pack's uncovered topics: costs, other treatments...); a
disease or an abbreviation it never names ("does it work for X?", "how many reached XYZ?"); a
choice between things it never names ("was it A-mab or B-mab?"); a labelled thing it has not
("panel F", "patient 9"); a value for one patient; and a message with nothing of the study in it.
Each check reads the study's own words (its lexicon and text), never a list of this study's
terms: the engine works for any study.
"""
from __future__ import annotations

import re

from assistant.answering.asking import asking_part
from assistant.answering.prefilter import Patterns
from assistant.retrieval.lexicon import STOPWORDS, content_tokens, names_any, tokens

# A value for one patient of the study ("patient 3's score", "each patient's level").
_ONE_BY_ONE = r"(patient\s*#?\s*\d+|(each|per) (one of the |of the )?([\w-]+ ){0,2}(patient|person|participant)s?|individual patients?)"
_INDIVIDUAL_VALUE = re.compile(
    rf"\b{_ONE_BY_ONE}\b.{{0,60}}\b(level|score|value|count|result|reading|number)s?\b|"
    rf"\b(level|score|value|count|result|reading)s?\b.{{0,40}}\b{_ONE_BY_ONE}\b|\b(number by number|patient by patient|person by person)\b",
    re.I,
)
# An abbreviation written in capitals ("XYZ", "AB12"); chat shorthand is not a topic.
_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{2,6}(?![\w-])")
_CHAT = frozenset("asap fyi btw lol lols lmao rofl haha hahaha hehe omg tbh ngl idk imo imho jk thx tia aka etc faq tldr eli pls plz okay hey hiya pdf".split())
_CHOICE = re.compile(r"\b([a-z][\w-]{3,}),?\s+or\s+(?:the |a |an )?([a-z][\w-]{3,})\b", re.I)
# "Does it work for X?", "success rate in X", "can it be given with X": what X is, up to the question's end.
_FOR_WHAT = re.compile(r"\b(work|works|worked|working|help|helps|effective|approved|tried|test|tests|tested|testing|trial(?:l?ed)?|studied|used|success rate|results?|given)\b"
                       r"(\s+[\w-]+){0,4}?\s+(for|in|on|against|together with|along with|with)\s+((?:(?!and\b|or\b)[\w'’-]+\s*){1,3})"
                       # ("... in rheumatoid arthritis or MS?": the first of the two named)
                       r"(?:\s*,?\s+(?:or|and)\s+(?:in\s+|for\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s*[?.!]?\s*$", re.I)
_TRIED = re.compile(r"test|tests|tested|testing|tried|trial(?:l?ed)?|studied|used|given", re.I)  # (a treatment tried in a group)
_OTHER_PEOPLE = re.compile(r"\b(?:child\w*|kids?|bab(?:y|ies)|teen\w*|adolescents?|juvenile|pregnan\w*|women|men|elderly|older|"
                           r"young(?:er)?|infants?|people over|people under)\b", re.I)
# What a question is asked for, not what a treatment is used for: "... for my report", "for our class".
_PURPOSE = re.compile(r"^(?:my|our|a|an|the|his|her|their|this|next|tomorrow'?s)\s+(?:[\w-]+\s+)?(?:reports?|essays?|class(?:es)?|lessons?|talks?|"
                      r"slides?|notes|assignments?|dissertation|thesis|projects?|presentations?|students|homework|coursework|exams?|"
                      r"revision|posters?|blog|newsletter|handouts?|leaflets?|seminar|journal club|lecture|module|course|write-?up|"
                      r"worksheet|quiz|podcast|video|group chat|support group|book club|records?)(?![\w-])", re.I)
# How an answer is wanted, not what a treatment is used for: "the main result in one line", "in plain words".
_LAYOUT = re.compile(r"^(?:(?:one|a|two|three|four|five|\d+|a few|few|simple|simpler|plain|plainer|short|brief|lay|layman'?s|everyday|easy|"
                     r"normal|regular|ordinary|non-?medical|non-?technical|human|"
                     r"basic|bullet|a single|a couple of|my own|other|own)\s+)*(?:lines?|sentences?|words?|terms|nutshell|bullets?|"
                     r"points?|list|paragraphs?|tweet|summary|english)\b", re.I)
_LIST_MARK = re.compile(r"(?<!\S)\(?\d{1,2}[).](?=\s)")  # a numbered list's "1)", "2.", "(3)"
_GENERIC_PEOPLE = frozenset("people patients someone everyone anyone humans adults person them us you me it this that".split())
# A group of patients named by a condition: "the RA patients", "those rheumatoid arthritis cases".
_GROUP_OF = re.compile(r"\b(?:the|those|these|any|all|how many|of|your)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+"
                       r"(?:patients|people|participants|cases|group|groups|ones|sufferers)\b", re.I)
# ... or people with it: "were there people with X?", "anyone with X in the study?"
_WITH_CONDITION = re.compile(r"\b(?:patients|people|ppl|anyone|anybody|someone|participants|subjects|cases|those|ones|folks)\s+"
                             r"(?:who (?:had|have)|with)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)(?=\s*(?:[?.!,]|$|in\b|at\b|too\b|as well\b|treated\b|do\b|did\b|fare\w*|get on\b|got on\b|go\b|went\b|respond\w*|improve\w*|turn\w* out\b))", re.I)
# "Did anyone in the study have X?", "did the study look at X in the patients?": X, up to the question's end.
_HAD_ANY = re.compile(r"\b(?:did|were there|was there|has|have)\s+(?:any ?one|any ?body|some ?one|any (?:of (?:the|them|those) )?(?:[\w-]+ )?"
                      r"(?:patients?|participants?|people|subjects?)|any of (?:them|those)|the (?:study'?s? |trial'?s? )?(?:patients|participants)|they|patients)\s+(?:(?:in|from) (?:the|this) "
                      r"(?:study|trial|paper)\s+)?(?:ever |also |actually |end up |)?(?:have|get|develop|experience|report|suffer(?: from)?|"
                      r"show|need|go on to (?:have|get|develop))\s+(?:any |a |an |some )?(?P<what>[^?.!]+)|"
                      r"\b(?:did|does|do)\s+(?:the|this)\s+(?:study|summary|paper|article|trial|research(?:ers)?|authors)\s+"
                      r"(?:look (?:at|into|for)|check(?: for)?|measure|track|assess|examine|screen for|test for|ask about|report(?: on)?|mention)\s+"
                      r"(?:any |the |a |an )?(?P<looked>[^?.!]+)", re.I)
# ... ended before when or where it happened ("seizures after the infusion", "X in the patients").
_THEN_WHERE = re.compile(r"\s+(?:after|following|during|in|from|because|since|when|while|at|within|post|over|later|afterwards|"
                         r"too|as well|like|among|between|on|with)\b.*$", re.I)
# "that" / "it" / "the same" pointing back at what the writer told they had.
_POINTS_BACK = re.compile(r"^(?:that|it|this|the same(?: thing)?)(?:\s+(?:too|as well|also|then))?\s*$", re.I)
_TOLD_HAD = re.compile(r"\b(?:i|my [a-z]+|she|he|we)\s+(?:also\s+|then\s+|just\s+)?(?:had|got|have|has|developed|ran|caught)\s+"
                       r"(?:(?:a|an|some|this|bad|high|mild|little|slight|really|very|nasty|quite)\s+)*(?P<what>[a-z][a-z-]*(?: [a-z][a-z-]*)?)"
                       r"(?=\s+(?:of|for|after|last|the|when|that|which|and|but|at|in|on|since|a|\d)\b|\s*[,.;!?]|\s*$)", re.I)
# Words of any such question that name no particular thing ("problems", "side effects").
_GENERIC_THING = frozenset(content_tokens("problem problems issue issues trouble troubles side effect effects symptom symptoms "
                                          "complication complications thing things kind kinds sort type types serious bad major big "
                                          "severe other new bad worse any sign signs change changes event events reaction reactions"))
# ... which is a state or an act of care, not a thing one has: "better", "to stay on", "the injection",
# "more than one dose", "something similar".
_NOT_A_THING = re.compile(r"^(?:to|the|their|his|her|its|my|your|our|this|that|these|those|it|them|any ?(?:thing|body|one)|some ?(?:thing|one)|"
                          r"more|less|much|many|heaps|lots?|loads|a lot|way|so|really|very|quite|even|much|better|worse|"
                          r"stronger|weaker|well|worse|sicker|healthier|improved|rid|back|over|through|off|on|out|up|down|"
                          r"similar|same|different|what|which|how|anything|nothing|help|cured|fixed|treated|it)\b", re.I)
_CARE = frozenset(content_tokens("dose doses dosing injection injections infusion infusions treatment treatments therapy therapies "
                                 "cell cells medication medications medicine medicines meds drug drugs pill pills tablet tablets "
                                 "shot shots jab jabs result results outcome outcomes benefit benefits response improvement"))
_HOW_THEY_DID = re.compile(r"\b(?:how (?:did|were|have|has|do|does|are)|what happened to|how well)\b", re.I)
# ... whose name has the shape of a condition's: an abbreviation in capitals, or a word ending as
# names of illnesses end ("-itis", "-osis", "-oid", "Crohn's"; not "disease" alone: "the muscle-disease
# people" are a group the study has).
# (Not an abbreviation: "the UK patients", "the IV group" name no condition.)
_CONDITION = re.compile(r"(itis|osis|iasis|oid|aemia|emia|oma|pathy|diabetes|cancer|['’]s)$", re.I)
# A clause that sets the study aside: "not about X", "nothing to do with X", "unrelated to X", "off topic".
_SET_ASIDE = re.compile(r"\b(?:(?:this is |it'?s |this one'?s |totally |completely )?(?:not|nothing)(?: really)? (?:about|to do with|related to|regarding)|"
                        r"unrelated to|off[- ]topic(?: from)?)\b[^.,;:!?\n—–(]*", re.I)


def without_set_aside(text: str) -> str:
    """text without the clauses that set the study aside ("not about X", "unrelated to X")."""
    return _SET_ASIDE.sub(" ", text)


_POINTING = re.compile(r"\b(it|this|they|them|these|those|their|its)\b", re.I)
# "How many of the X patients reached Y?": a count of those with Y, which a sentence counting the
# group does not give. (Not "were": "how many were treated" asks the group's size.)
_HOW_MANY_OF = re.compile(r"\bhow many\b(?: of)?(?: the| those| these| all)?(?: \d+| [\w'’-]+){0,3}? "
                          r"(?:patients|people|ppl|participants|ones|of them|cases|subjects)\b(?P<rest>[^.?!]*)", re.I)
_HAD_WHAT = re.compile(r"^\W*(?:(?:in the study|actually|really|then|still|ever|eventually|finally|also) )?"
                       r"(?P<verb>reached|reach|achieved|achieve|had|have|got|get|developed|develop|relapsed|relapse|needed|need|showed|show|"
                       r"improved|improve|experienced|experience|hit|met|attained|attain|stayed|stay|lost|gained|responded|respond|went|"
                       r"recovered|worsened|died|flared)\b"
                       r"(?P<what>[^.?!]*)", re.I)
# People counted: "All ... patients", "8 patients", "none of the participants", "the patients" (all of them).
_COUNTED_PEOPLE = re.compile(r"\b(?:the|these|those|all|every|each|none|no|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"fifteen|twenty|most|some|half)\b(?: (?:of )?[\w-]+){0,4}? (?:patients|people|participants|subjects|persons)\b", re.I)
# How many, not of whom: "got treated in total", "got it altogether".
_SCOPE = frozenset(tokens("total totals altogether overall together exactly actually really each every group groups whole sum"))
# (Verbs that are what is counted: "how many improved?")
_ITSELF = frozenset("improved improve relapsed relapse responded respond recovered worsened died flared".split())
# Words that tie a question to a study, whatever the study: they keep a question on topic.
ABOUT_A_STUDY = frozenset(
    tokens(
        "paper article study research researchers trial journal published publication author authors wrote written "
        "summary results findings outcome outcomes patient patients people participants treatment treated therapy "
        "drug medicine disease diseases doctor doctors effect effects cure cured figure graph chart table panel score "
        "scores scale data evidence symptoms legend caption key axis text section abstract version"
    )
)


# A few words in quotes: "'preconditioning'", "“drug-free”" (not an apostrophe inside a word: "don't").
_QUOTED = re.compile(r"(?<!\w)['‘\"“]([^'’\"”\n]{2,60})['’\"”](?!\w)")
QUOTED_WORDS = 4


class NearMisses:
    """The checks, over the served studies' words."""

    def __init__(self, scorer, knowledge):
        self.lexicon = scorer.lexicon
        self.vocabulary = scorer.lexicon.vocabulary
        sentences = scorer.index.sentences
        self._text = " ".join(" ".join(s.text.lower().split()) for s in sentences)
        topics = Patterns(re.compile(r"(?<![\w-])(" + "|".join([re.escape(w) for w in topic.words] + list(topic.patterns)) + r")(?![\w-])", re.I)
                          for topic in knowledge.topics).filtered()  # (each tried only on a question that may hold it)
        self._topics = list(zip(knowledge.topics, topics))
        names = self.group_names = {n.lower() for st in knowledge.studies.values() for g in st.groups for n in g.all_names}
        # The study's own terms: the first word of each term it defines, and its groups' names.
        self.study_terms = {t for d in self.lexicon.definitions.values() for t in tokens(d.term)[:1]} | {
            t for n in names for t in tokens(n)}
        self.initialisms = initialisms(s.text for s in sentences)
        # The words of the text's own section headings ("Outlook", "Findings"): named as a part of the
        # text ("the outlook bit", "the section on findings"), they point into the study.
        words = sorted({w for c in scorer.index.chunks for w in re.findall(r"[a-z]+", c.section.lower()) if len(w) > 4})
        self._section_named = re.compile(
            rf"\b(?:{'|'.join(map(re.escape, words))})\s+(?:section|bit|part|paragraph|heading|chapter|bits|parts)\b|"
            rf"\b(?:section|bit|part|paragraph|heading|chapter)\s+(?:on|about|called|titled|headed|named)\s+(?:the\s+)?(?:{'|'.join(map(re.escape, words))})\b",
            re.I) if words else None
        # (Those written in capitals, "ABC", that are words too: "abc" typed alone is the word.)
        self.abbreviations = {t for d in self.lexicon.definitions.values() for t in tokens(d.term)[:1]
                              if d.term.split()[0].isupper() and len(t) > 1}

    def uncovered_topic(self, question: str) -> str | None:
        """The label of a topic the question asks about that the study's text never mentions, if
        any. Only the asking clauses count: "I'm pregnant - what does X mean?" asks about X."""
        question = asking_part(question)
        for topic, pattern in self._topics:
            match = pattern.search(question)
            if match:
                # A pattern's last group is the thing it is about ("vs X": X), not its operator words.
                thing = next((g for g in reversed(match.groups()[1:]) if g), None)
                said = thing or match.group(0)
                words = [w for w in tokens(said) if w not in STOPWORDS]
                if words and not all(w in self.vocabulary for w in words):
                    return topic.label
                if thing is None and " " in said.strip() and not self.says(said):
                    return topic.label  # a phrase ("other studies") the text never uses, of words it does
        return None

    def says(self, phrase: str) -> bool:
        """Whether the studies' text holds the phrase (any case, runs of spaces as one)."""
        return " ".join(phrase.lower().split()) in self._text

    @staticmethod
    def individual_value(*texts: str) -> bool:
        """Asks for a value of one patient, or of each patient one by one."""
        return any(_INDIVIDUAL_VALUE.search(t) for t in texts)

    def elsewhere(self, query: str) -> str | None:
        """What a question asks the treatment does for or in, when the study never names it ("work for
        <another disease>", "the success rate in <another cancer>"); None when it names the study's own."""
        match = _FOR_WHAT.search(query)
        if not match:
            return None
        phrase = match.group(4).strip(" ?.!,")
        if _PURPOSE.match(phrase):
            return None  # what the question is for ("... for my report")
        if _LAYOUT.match(phrase):
            return None  # how the answer is wanted ("... in one line")
        if any("_" in t and t in self.vocabulary for t in tokens(phrase)):
            return None  # a labelled part of the study's own text or figure ("the results in Panel A taken")
        words = [w for w in re.findall(r"[a-z][a-z-]+", phrase.lower()) if w not in STOPWORDS and w not in _GENERIC_PEOPLE]
        if words and any(t not in self.lexicon.known and t not in ABOUT_A_STUDY for w in words for t in tokens(w)[:1]):
            return phrase
        return None

    def own_use(self, query: str) -> bool:
        """Asks whether the treatment was tried in one of the study's own groups ("was it tested in
        <a disease the study had>?"): the study answers that, whatever gap its wording is near."""
        match = _FOR_WHAT.search(query)
        if match and _OTHER_PEOPLE.search(match.group(0)):
            return False  # ("tried in pregnant women with <a disease of the study>": people it does not cover)
        return bool(match) and _TRIED.fullmatch(match.group(1)) is not None and any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", match.group(4), re.I) for n in self.group_names)

    def other_group(self, query: str) -> str | None:
        """A group of patients the question names by a condition the study's text never names ("how
        did the RA patients do?", "the multiple sclerosis group", "people with X"): the study had none."""
        # ("people with X" only when asked how they did: "were there people with diabetes?" may ask of
        # the study's own patients' other illnesses, which it does not report)
        with_condition = list(_WITH_CONDITION.finditer(query)) if _HOW_THEY_DID.search(query) else []
        for match in [*_GROUP_OF.finditer(query), *with_condition]:
            words = match.group(1).split()
            if match.re is _WITH_CONDITION and not _CONDITION.search(words[-1]):
                continue  # (the condition ends the phrase: not "with nephritis need dialysis")
            while words and words[0].lower() in STOPWORDS:
                words.pop(0)  # ("how many of the X patients": X)
            phrase = " ".join(words)
            words = [w for w in words if w.lower() not in STOPWORDS]
            said = re.compile(rf"(?<![\w-]){re.escape(' '.join(phrase.lower().split()))}(?![\w-])")
            if (words and any(_CONDITION.search(w) for w in words) and not said.search(self._text)
                    and not any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", phrase, re.I) for n in self.group_names)
                    and not all(t in self.lexicon.known for w in words for t in tokens(w))):
                return phrase
        return None

    def unknown_choice(self, query: str) -> bool:
        """Offers a choice ("A or B") between named things, rare words of no everyday English, that
        the study's text never names ("was it X-mab or Y-mab?"; not "one and done or loads?")."""
        lexicon = self.lexicon
        for a, b in _CHOICE.findall(query):
            words = [w.lower() for w in (a, b)]
            if not any(w in STOPWORDS or w in lexicon.english or w in lexicon.known or tokens(w)[0] in lexicon.known
                       for w in words if tokens(w)):
                return len([w for w in words if tokens(w)]) == 2
        return False

    def unknown_acronym(self, query: str) -> str | None:
        """An abbreviation the question asks about ("how many reached XYZ?") that neither the study
        nor the vocabulary knows: the study does not report it. Not in a message written all in
        capitals, and not chat shorthand ("FYI", "ASAP")."""
        text = asking_part(query)
        words = re.findall(r"[A-Za-z]{2,}", text)
        if 2 * sum(w.isupper() for w in words) > len(words):
            return None
        lexicon = self.lexicon
        for match in _ACRONYM.finditer(text):
            word = match.group(0).lower()
            # An ordinary word in capitals ("is it SAFE?") is emphasis, not an abbreviation.
            if (word in _CHAT or word in STOPWORDS or word in lexicon.known or word in lexicon.english
                    or word in self.initialisms or any(t in lexicon.known for t in tokens(word))):
                continue
            return match.group(0)
        return None

    def unmentioned(self, query: str) -> str | None:
        """What a question asks whether the study's patients had, or the study looked at, when the
        study's text never uses a word of it ("did anyone in the study have seizures?", "did the
        study look at depression or suicidal thoughts in the patients?"): the thing asked, which the
        study does not report. None when a word of it is the study's ("kidney problems") or nothing
        particular is named ("any side effects?": the pack's gaps answer that)."""
        asked = asking_part(query)
        match = _HAD_ANY.search(asked)
        if match is None:
            return None
        thing = _THEN_WHERE.sub("", match.group("what") or match.group("looked") or "").strip(" ,;:-")
        if _POINTS_BACK.match(thing):
            # ("I had a fever of 39 the week after ... Did the study patients have that too?": what the
            # writer told they had, the last thing told before the question)
            before = query[: max(query.rfind(match.group(0)), 0)] or asked[: match.start()]
            told = [m.group("what") for m in _TOLD_HAD.finditer(before)]
            thing = told[-1] if told else thing
        if _NOT_A_THING.match(thing) or re.search(r"\b(or|and) (what|not|no|something|anything)\b", thing, re.I):
            return None  # ("did they get better?", "did they have to stay on ...?", "get the injection")
        words = [w for w in content_tokens(thing) if w not in _GENERIC_THING and not w.isdigit()]
        if not words or len(words) > 4 or any(w in self.vocabulary or w in self.study_terms or w in _CARE for w in words):
            return None
        return thing

    def unknown_label(self, query: str) -> bool:
        """Asks about a labelled thing ("patient 3", "panel F") the study never mentions."""
        # (Not a list's numbering: "1) total patients 2) how many ..." names no patient 2.)
        labels = [t for t in tokens(_LIST_MARK.sub(" ", query)) if "_" in t]
        return any(label not in self.vocabulary for label in labels)

    def counted(self, query: str, groups) -> tuple[str, list[set[tuple[str, ...]]]] | None:
        """What a question counts the people with ("reached XYZ" in "how many of the A patients
        reached XYZ?", "improved"), and the ways a sentence would say it: per word, itself and its
        synonyms or long form, each a run of words that must all be there. None when it asks
        nothing beyond the group and the study's general words."""
        asked = _HOW_MANY_OF.search(asking_part(query))
        had = _HAD_WHAT.match(asked.group("rest")) if asked else None
        if not had:
            return None
        what = had.group("what")
        if not what.strip(" ?!.,"):
            if had.group("verb").lower() not in _ITSELF:
                return None  # ("how many had?")
            what = had.group("verb")
        named = {t for g in groups for n in g.all_names for t in tokens(n)}
        ways = []
        for word in content_tokens(what):
            if word in named or word in ABOUT_A_STUDY or word in _SCOPE or word in _CHAT or word.isdigit():
                continue  # (nor a chat word: "how many had A lol")
            forms = {(word,)}
            for phrase, extra in self.lexicon.expansions.items():
                if " " not in phrase and tokens(phrase)[:1] == [word]:
                    forms |= {tuple(t for t in content_tokens(v) if t not in named) for v in extra} - {()}
            ways.append(forms)
        return (" ".join(had.group(0).split()).strip(" ?!.,"), ways) if ways else None

    @staticmethod
    def names(ways: list[set[tuple[str, ...]]], text: str, groups=(), counting: bool = True, asked=()) -> bool:
        """Whether text says a word of what is counted (itself, a synonym or its long form) of people
        counted: of a number of patients, or of a group ("All A patients reached XYZ"; not "XYZ
        denotes ...", which counts nobody); of the group asked about, when one is (asked), or of no
        group. counting=False: whether it names the word at all."""
        have = set(tokens(text))
        people = not counting or bool(_COUNTED_PEOPLE.search(text)) or any(
            re.search(rf"\b{re.escape(name)}\s+(?:patients|people|participants)\b", text, re.I) for g in groups for name in g.all_names)
        named = [g for g in groups if names_any(text, g.all_names)]
        if asked and named and not set(named) & set(asked):
            return False  # ("how many of the A patients improved?" is not answered of the B patients)
        return people and any(all(t in have for t in form) for forms in ways for form in forms)

    def off_topic(self, query: str, ranked) -> bool:
        """Nothing ties the question to the study: few of its words are the study's own words,
        words about a study (paper, results, treatment...), or pronouns pointing at it. (A clause
        setting the study aside, "unrelated to X, ...", does not tie it.)"""
        query = without_set_aside(query)
        words = [w for w in content_tokens(query) if not w.isdigit()]
        words += [w for w in tokens(query) if w in ABOUT_A_STUDY and w not in words]
        pointers = _POINTING.findall(query)
        anchors = [w for w in words if w in self.lexicon.known or w in ABOUT_A_STUDY] + pointers
        if any(self._names_term(w, query) for w in set(words) & self.study_terms):
            return False  # names a term the study defines, or one of its groups
        share = len(anchors) / max(1, len(words) + len(pointers))
        return share < 0.34 and ranked[0].dense < 0.3

    def names_study(self, text: str) -> bool:
        """Whether text names a term of the study's, outside a clause that sets the study aside
        ("not about X lol - how do I change a tyre on my car?": X is named only to say the question
        is of something else)."""
        kept = without_set_aside(text)
        if self._section_named is not None and self._section_named.search(kept):
            return True
        return self.quotes_study(kept) or any(self._names_term(w, kept) for w in self.study_terms & set(self.lexicon.expand(kept)))

    def quotes_study(self, text: str) -> bool:
        """Whether text quotes a word of the study's that is no everyday word ("I don't get 'preconditioning'",
        in whatever language the rest is): a word quoted from the text points at it."""
        for quoted in _QUOTED.findall(text):
            words = re.findall(r"[a-z][a-z-]+", quoted.lower())
            if 1 <= len(words) <= QUOTED_WORDS and any(
                    len(w) >= 6 and w not in self.lexicon.english and set(tokens(w)) <= self.lexicon.vocabulary for w in words):
                return True
        return False

    def _names_term(self, word: str, query: str) -> bool:
        """The word names the study's term: an abbreviation only in capitals, or in lower case
        followed by a letter or a word of the study ("xyz-t", "xyz cells"), not as an everyday word
        ("my car insurance")."""
        if word not in self.abbreviations:
            return True
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w])", query, re.I):
            if not match.group(0).islower():
                return True
            following = re.match(r"[- ]?([a-z]+)\b", query[match.end():].lower())
            if following and (len(following.group(1)) == 1 or following.group(1) in self.lexicon.known):
                return True
        return False


def initialisms(texts) -> frozenset[str]:
    """The initials of every run of capitalised words in the texts ("Society of Example Makers" ->
    "sem"): an abbreviation a reader may use for a name the text spells out."""
    out = set()
    for text in texts:
        for run in re.findall(r"[A-Z][\w-]*(?:\s+(?:of|and|for|the|in|on|&)?\s*[A-Z][\w-]*)+", text):
            initials = "".join(w[0] for w in run.split() if w[0].isupper())
            for i in range(len(initials)):
                for j in range(i + 3, len(initials) + 1):
                    out.add(initials[i:j].lower())
    return frozenset(out)
