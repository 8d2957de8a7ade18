"""A decision about someone's own care, recognised by its parts rather than by a wording.

People ask for a personal decision in endless phrasings ("I can just skip it till I'm home, right?",
"too late for him to get it now?", "she'll be alright coming off her tablets, won't she?"), and a
guard per phrasing misses the next one. What they share is three parts in one place:

- a person who is not the study's: the writer, or someone they speak of (I, we, he, she, someone
  like me);
- an act of care for that person: a medicine of their own changed (stopped, skipped, halved,
  tapered, raised, switched), or a treatment had, got, started, pushed for or needed;
- a judgement asked for: should, ought, need, ok, fine, safe, too risky, too late, worth it, any
  point, makes sense, a tag ("..., right?", "won't she?"); or, for a change of one's own medicine,
  the steps of making it ("walk me through tapering my X", "how do I come off my Y?").

All three in one sentence (or the judgement in the short sentence right after the act: "Lars wants
to halve his tablets. that's fine isn't it?") make a request for a personal decision. What the
study's patients did ("were the patients able to stop their medicines?") has no person of the
writer's and no medicine of theirs, so it stays a study question. Nothing here names a study: a
treatment is "it", "this", "the treatment/therapy/infusion/cells", an abbreviation typed in
capitals, or one of the names a study pack gives its treatment.
"""
from __future__ import annotations

import re

# A person who is not the study's: the writer, or someone they speak of.
_LIKE = r"(?:someone|somebody|a (?:guy|man|woman|girl|boy|lady|person|bloke|kid|teen\w*)|people) like (?:me|him|her|us)"
_PERSON = rf"(?:i|i'?m|i'?d|i'?ll|i'?ve|me|myself|we|we'?re|us|he|he'?s|he'?d|him|she|she'?s|she'?d|her|{_LIKE})"
_OWNER = r"(?:my|his|her|our)"
# A medicine: the words for one, or a drug's name by the endings drug names are built from.
_DRUG = (r"(?:[a-z]{3,}(?:mab|cept|tinib|imus|sone|olone|trexate|olate|prine|quine|dipine|cillin|mycin|statin|pril|"
         r"sartan|azole|profen|amol|tonin|phamide|idine|azine|oxetine|pam|quenil|afil|adol|olol|arin|formin|oxine|vir))")
_MEDICINE = (r"(?:meds|medications?|medicines?|pills|tablets|steroids?|doses?|dosage|jabs?|injections?|shots|"
             r"creams?|ointments?|inhalers?|patch(?:es)?|eye ?drops|gels?|"
             rf"immunosuppressants?|antibiotics?|painkillers?|chemo|prescriptions?|{_DRUG})")
# An act that changes one's medicine whatever its object is called (taper, halve, come off ...), and
# acts that change it only when the object is a medicine (stop, skip, cut ... the introduction?).
_CHANGES_ANY = (r"(?:taper(?:s|ed|ing)?|wean(?:s|ed|ing)?(?: \w+)? off|"
                r"(?:(?:come|comes|came|coming|go|goes|went|going) off|(?:come|comes|came|coming) down on)(?= (?:my|his|her|our|it|them|those|these)\b)|"
                r"get (?:me|him|her|us) off)(?! (?:their|the (?:study|patients)))")
_CHANGES = (r"(?:stop(?:s|ped|ping)?|skip(?:s|ped|ping)?|quit(?:s|ting)?|drop(?:s|ped|ping)?|ditch(?:es|ed|ing)?|"
            r"cut(?:s|ting)?(?: down(?: on)?)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|"
            r"up(?:s|ped|ping)?|doubl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|paus(?:e|es|ed|ing)|miss(?:es|ed|ing)?|chang(?:e|es|ed|ing)|"
            r"switch(?:es|ed|ing)?(?: off)?|restart(?:s|ed|ing)?|resum(?:e|es|ed|ing)|start(?:s|ed|ing)?|"
            # (its timing changed: "moved my X to one big dose at night", "splitting my X")
            r"mov(?:e|es|ed|ing)|split(?:s|ting)?|swap(?:s|ped|ping)?|"
            # (kept on: "any point me keeping on with my X?", "should she stay on her tablets?")
            r"(?:keep(?:s|ing)?|kept) (?:on )?(?:taking|with|using|on)|carr(?:y|ies|ying|ied) on (?:with|taking)|continu(?:e|es|ed|ing)(?: (?:with|taking|on))?|"
            r"stay(?:s|ed|ing)? on|"
            r"tak(?:e|es|ing)|giv(?:e|es|ing) (?:him|her|me|us)|add(?:s|ed|ing)?|mix(?:es|ed|ing)?|combin(?:e|es|ed|ing)|"
            r"us(?:e|es|ed|ing)|appl(?:y|ies|ied|ying)|put(?:s|ting)? on|rub(?:s|bed|bing)? on)")
# (The same acts but putting on and using, which are of "it" only when "it" is a medicine:
# "I'm going to use it in my talk".)
_CHANGES_IT = _CHANGES.replace(r"|us(?:e|es|ed|ing)|appl(?:y|ies|ied|ying)|put(?:s|ting)? on|rub(?:s|bed|bing)? on", "")
# What follows a medicine's name when it names a picture or a part of a text: "the patch diagram".
_NOT_MEDICINE = re.compile(r"^\s*(?:photos?|pictures?|images?|diagrams?|figures?|charts?|examples?|slides?|sections?|data|graphs?|"
                           r"tables?|parts? of|bits?|paragraphs?|topics?|discussion|questions?|lines?|pages?|points?|lists?|"
                           r"panels?|columns?|rows?|results?|numbers?|values?|story|stories|description|wording)\b", re.I)
# How much of it: "take half her tablets", "stop all my meds".
_PORTION = r"(?:(?:half|all|some|most|none|less|more|double|twice|part|a bit) (?:of )?)?"
# Getting a treatment (for oneself or the one spoken of).
_GETS = (r"(?:get(?:ting)?|hav(?:e|ing)|try(?:ing)?|start(?:ing)?|go(?:ing)? for|push(?:ing)? for|"
         r"chas(?:e|ing)|insist(?:ing)? on|press(?:ing)? for|hold(?:ing)? out for|demand(?:ing)?|opt(?:ing)? for|go(?:ing)? ahead with|ask(?:ing)?(?: (?:my|his|her|our|their|the) (?:[\w-]+ )?(?:doctors?|specialists?|\w+ologists?|consultants?|gp|team|nurses?|physicians?|clinic|hospital))? for|"
         r"need|needs|wait(?:ing)? for|switch(?:ing)? (?:over )?to|chang(?:e|ing) over to|"
         r"mov(?:e|ing) (?:over )?to|sign(?:ing)? up for|be(?:ing)? given|giv(?:e|ing) (?:it|this|that|one) to|"
         # (going far for it: "should we travel to another country for this treatment?")
         r"(?:travel(?:l?ing)?|fly(?:ing)?|go(?:ing)?|mov(?:e|ing)) (?:abroad |overseas |(?:all the way )?to [\w-]+(?: [\w-]+)? )?for)")
_TREATMENT = (r"(?:(?:the|this|that|a|such a|one of these) (?:treatment|therapy|infusion|procedure|trial|cell therapy|"
              r"(?:[\w-]+ )?cells?(?: treatment| therapy)?)|it|this|that|(?-i:[A-Z]{2,}(?:[- ]?[A-Z]\b)?(?:[- ]cells?| therapy| treatment)?))")
# What must not follow "it/this/that" for it to be a treatment: "get this printed", "have it in
# plain words", "try that again".
_NOT_AFTER_IT = re.compile(r"^\s*(?:\w+ed|\w+en|in|as|from|out of|again|explained|read|translated|right|wrong|straight|clear|"
                           r"out|across|done|for (?:my|the) (?:class|students|notes|essay|talk))\b", re.I)
_JUDGEMENT = (r"(?:should|shall|ought|must|need(?:s)? to|have to|has to|ok|okay|alright|all right|fine|safe|risky|"
              r"dangerous|wise|sensible|reasonable|dumb|stupid|crazy|silly|daft|reckless|a (?:good|bad) idea|worth(?: it)?|(?:any|much|the) point|makes? (?:more )?sense|"
              r"smarter|wiser|safer|riskier|the (?:right|smart|wise|safe|best|better) (?:move|choice|call|thing|option)|"
              r"better|best|too late|too early|too soon|too old|bad enough|sick enough|ill enough|can (?:it|that|this) wait|"
              r"right\s*\?|right\s*$|isn'?t it|won'?t (?:she|he|i|it|they)|wouldn'?t (?:it|she|he)|surely|can (?:i|we|he|she)|"
              r"could (?:i|we|he|she)|may (?:i|we|he|she)|recommend|advise|suggest)")
# A treatment or act judged fit for the person: "would X be ok for someone like him?"
# A fact asked of the study by its own words, with no judgement of what is fit: "how many times
# would I have to get it, going by this study?", "what happens first, according to the paper?"
# (not "how long should I wait, according to the study?").
_FACT_BY_STUDY = re.compile(r"^\W*(?:so |and |but )?(?:how (?:many|often|long|much)|what|which|when)\b"
                            r"(?=[^.?!]*\b(?:going by|according to|based on|judging (?:by|from)|per|from|in) (?:this|the) "
                            r"(?:study|summary|paper|article|trial|research)\b)"
                            r"(?![^.?!]*\b(?:should|ought|safe|ok|okay|risky|fine|worth|best|better|right for)\b)", re.I)
_SUITS = re.compile(r"\b(?:be|is|are|sound|sounds|seem|seems) (?:\w+ )?(?:ok|okay|safe|fine|alright|suitable|right|good|too risky|risky|"
                    rf"dangerous|a good idea|a bad idea|worth it) for (?:me|him|her|us|{_LIKE})\b(?! to\b)", re.I)
# (Of a text, not a treatment: "would the summary be ok for her to read?")
_TEXT = re.compile(r"\b(summary|paper|article|figure|text|page|explanation|answer|study|chart|graph|version|handout|this|it)\b[^.?!]{0,12}$", re.I)
# A reassurance asked for: "... she'll be fine", "I'll be ok".
_REASSURED = re.compile(r"\b(?:i|she|he|we)(?:'?ll| will| would|'?d) be (?:fine|ok|okay|alright|all right|safe)\b", re.I)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
_PAST = re.compile(r"^\W*(?:(?:why|how|when|where|what|and|so|but)\s+)*(?:did|was|were|had)\b", re.I)
# A judgement alone, after the act: "I'm dropping my X. Sensible?"
_JUDGED_ALONE = re.compile(r"^\W*(?:(?:is (?:that|it|this) )?(?:ok|okay|alright|fine|safe|sensible|wise|smart|a good idea|good idea|bad idea|right|reasonable)\W*\?|"
                           r"(?:any |your )?thoughts|(?:what do (?:you|u) think|opinions?|your (?:view|take|opinion))\W*\??)\W*$", re.I)
_FOR_PERSON = re.compile(rf"\bfor (?:me|him|her|us|{_LIKE})\b", re.I)
# Which of two treatments suits the person: "between that and this, which one makes more sense for a
# guy like me?"
_CHOOSES = re.compile(r"\bwhich (?:one|option|treatment|therapy|route|of (?:the|these|those|them|the two)(?: \w+)?)?\b[^.?!]{0,40}"
                      r"\b(?:makes? (?:more |the most )?sense|is better|would be better|is best|would be best|is safer|would you (?:pick|choose)|"
                      rf"to (?:pick|choose|go (?:for|with)))\b[^.?!]{{0,30}}\bfor (?:me|him|her|us|{_LIKE}|my (?:mum|mom|dad|son|daughter|wife|husband|partner|child|kid))\b"
                      r"(?! to (?:start|read|cite|quote|look at|begin|show|use in|print|share|learn|study|revise))", re.I)
# (A choice of texts: "which panel makes more sense for me?", "which version is better for her?")
_TEXT_CHOICE = re.compile(r"\b(?:panels?|figures?|wording|summary|summaries|version|explanation|answer|simple|simpler|exact|plain|"
                          r"section|paragraph|chart|graph|table|format|style|words|sentence|quote|reading|link|page)\b", re.I)
# The person fit for a treatment: "would she count as a candidate for it?", "am I eligible?"
_KIN = (r"(?:mum|mom|mother|dad|father|son|daughter|wife|husband|partner|child|kid|baby|sister|brother|gran\w*|grand\w+|aunt|uncle|"
        r"friend|niece|nephew|cousin|boyfriend|girlfriend|fianc\w*)")
_CANDIDATE = re.compile(rf"\b(?:would|could|does|do|is|am|are|might|will) (?:i|she|he|we|my {_KIN}) (?:\w+ )?(?:count as|be|qualify as|make|be seen as) "
                        r"(?:a |an )?(?:good |suitable |possible |likely |strong |real )?(?:candidate|eligible|suitable|fit enough)\b"
                        r"(?=\s*(?:for (?:it|this|that|one|the (?:treatment|therapy|trial|infusion|procedure|cells?)|car[- ]?t\w*|(?:[\w-]+ )?cell therapy|[\w-]+ therapy|(?-i:[A-Z]{2,}[\w-]*|[A-Z]\w*-?\d[\w-]*))\b|\W*$|\s*[?.!]))", re.I)
# The person asks whether to do it: "given this paper, do I hold off and wait for X?", "so do we stop it?"
_DO_I = re.compile(r"(?:^\W*|[,;:–—]\s*|\b(?:so|and|but|then|or)\s+)(?:do|shall) (?:i|we)\b", re.I)
# Now or later, of a treatment: "do the X now or wait till after the baby?"
_NOW_OR_WAIT = re.compile(r"\b(?:now|first|straight away|right away|soon|sooner|this year|before)\s*,?\s+or\s+(?:should (?:i|we|she|he) |do (?:i|we) |just |to )?"
                          r"(?:wait|hold off|hold on|delay|put it off)\b", re.I)
# A question by its opening, without its question mark: "is it dumb if I skip my X over summer".
_ASKS_OPENING = re.compile(r"^\W*(?:so |and |but )?(?:is it|would it be|will it be|am i|is that|would that be|would i be|is this)\b", re.I)
# "that means I can quit my X?": the person's "can" asked, word order of a statement.
_CAN_I = re.compile(r"\b(?:i|we|he|she)(?: \w+)? (?:can|could|may)\b", re.I)
# The routine of one's care, skipped or cancelled: "skip his monthly bloodwork", "cancel the follow-up",
# "quit physio" (not a part of a text: "skip the follow-up section").
_ROUTINE = (r"(?:physio(?:therapy)?|bloodwork|blood ?work|blood ?tests?|blood draws?|bloods|labs|lab tests?|check-?ups?|"
            r"follow[- ]?ups?|appointments?|monitoring|scans?|clinic visits?|hospital visits?|vaccin\w*|boosters?|rehab|"
            r"rounds?|sessions?|cycles?|infusions?|drips?|treatments?)")
# Procedures of one's care, which may follow a word naming them ("her kidney biopsy", "his knee surgery").
_PROCEDURES = (r"(?:biops(?:y|ies)|surgery|surgeries|operations?|procedures?|dialysis|transfusions?|mri|ct scans?|x-?rays?|"
               r"endoscop(?:y|ies)|colonoscop(?:y|ies))")
_SKIPS = (r"(?:skip(?:s|ped|ping)?|quit(?:s|ting)?|cancel(?:s|led|ed|ling|ing)?|miss(?:es|ed|ing)?|drop(?:s|ped|ping)?|"
          r"postpon(?:e|es|ed|ing)|put(?:ting)? off|push(?:ing)? back|delay(?:s|ed|ing)?|give up|giv(?:es|ing) up|ditch(?:es|ed|ing)?)")
_SKIPS_ROUTINE = (rf"{_SKIPS} (?:(?:my|his|her|our|the|this|that|next|these|those|all|any|a|an|one|another|(?:next )?\w+'s|monthly|weekly|"
                  rf"regular|yearly|annual|usual|routine|remaining|rest of (?:the|his|her|my)) )*(?:{_ROUTINE}|(?:[\w-]+ )?{_PROCEDURES})\b"
                  r"(?! (?:section|part|paragraph|question|period|time|length|data|results?|panel|column|figure|bits?|details?|talk|stuff|"
                  r"info|jargon|numbers|explanation|words|findings|images?|slides?|rotation|placement|lecture|film|module|shift|video)\b)"
                  r"(?! (?:of|in) (?:the|my|our|this|that) (?:quiz|class|journal club|lesson|course|presentation|talk|seminar|lecture|workshop|module|"
                  r"tutorial|game|competition|discussion|reading group|book club)\b)(?! and (?:go|jump|skip|move) (?:straight|right|directly|on) to\b)")
# An activity taken up again after a treatment: "can he drive again yet?", "go back to work after it".
_RESUMES = re.compile(
    # (back to it, whenever: "can she go back to the gym?"; other activities, again or yet)
    r"\b(?:go(?:ing)? back to|get(?:ting)? back to|return(?:ing)? to) (?:(?:the|my|his|her|their) )?(?:[\w-]+ )?(?:work|job|school|gym|uni|college|office|site|"
    r"shifts?|farm|yard|shop|factory|warehouse|sport|training|normal|driving|lifting|running|swimming|farming|trucking)\b"
    # (not a part of a text, "go back to the following part", "return to normal values", "... of the study")
    r"(?! (?:values?|ranges?|levels?|part|section|example|question|figure|panel|paper|study|on the|of the|in the (?:study|paper|figure|summary))\b)|"
    r"\b(?:drive|driving|fly|flying|travel\w*|swim|swimming|exercis\w*|lift (?:weights|heavy)|go (?:running|swimming|to the gym)|"
    r"play (?:sport|sports|football|rugby|tennis|golf)|drink alcohol|have sex|get pregnant)\b[^.?!]{0,30}\b(?:again|yet)\b", re.I)
# A dose for the person: "what prednisone dose would someone my size need?"
_DOSE_FOR = re.compile(
    r"\b(?:what|which|how much|how many|number of)\b[^.?!]{0,40}\b(?:doses?|dosage|mg|milligrams|cells|tablets|pills)\b[^.?!]{0,40}\b"
    r"(?:(?:would|should|will|could|might|must|do|does) (?:i|he|she|someone (?:like me|my (?:size|weight|age|build))|"
    r"a (?:person|man|woman) (?:of )?my (?:size|weight|age))|(?:i|he|she|we) (?:would|should|will|could|might|must))"
    r"\b[^.?!]{0,30}\b(?:need|take|get|be given|use|ask for|request|give (?:me|him|her|us))\b", re.I)
# A dose the care team would give the person: "how many cells would they give him?", "what dose would
# the doctors use for my son?" ("they" here is the care team, not the study's patients).
_DOSE_GIVEN = re.compile(
    r"\b(?:what|which|how much|how many|number of)\b[^.?!]{0,40}\b(?:doses?|dosage|mg|milligrams|cells|tablets|pills|infusions?)\b[^.?!]{0,20}\b"
    r"(?:would|will|might|could|should|do|does) (?:they|you|u|the doctors?|doctors|the team|the hospital|the clinic) (?:\w+ )?"
    r"(?:give|use|put in|infuse|prescribe)\b[^.?!]{0,12}\b(?:me|him|her|us|(?:my|our) " + _KIN + r")\b", re.I)
# One of the study's patients named: "if patient 4 relapsed", "one woman in the study".
_A_STUDY_PATIENT = re.compile(r"\bpatients? #?\d+|\bone (?:wo)?man\b|\b(?:in|from|of) the (?:study|trial|paper|summary|figure)\b", re.I)
# Which treatment the person should follow: "which treatment should I follow?", "what therapy should
# my mum choose?" (not a text: "which panel should I read?").
_WHICH_TREATMENT = re.compile(
    r"\b(?:which|what) (?:treatment|therapy|medicine|medication|drug)s?\b[^.?!]{0,20}\b(?:should|shall|ought|would you (?:have|pick|choose))\b"
    r"[^.?!]{0,8}\b(?:i|we|he|she|my " + _KIN + r")\b[^.?!]{0,12}\b(?:follow|take|get|choose|pick|go (?:for|with)|try|start|have|be on)\b"
    r"(?! (?:my |a |the |an |some )?(?:notes?|project|essay|homework|presentation|report|exam|assignment|talk|class|poster|slides?|research|blog|article)\b)"
    r"(?![^.?!]{0,30}\b(?:project|essay|homework|presentation|exam|assignment|notes|blog|article|class)\b)", re.I)
# A decision asked for as a request: "tell me whether to switch from X to Y", "help me decide if I
# should stop it".
_DECIDE_FOR_ME = re.compile(r"\b(?:tell|advise|help) (?:me|us)(?: (?:decide|choose))? (?:whether|if) (?:to|i should|we should|she should|he should)\b|"
                            r"\bhelp (?:me|us) (?:decide|choose)\b", re.I)
# A treatment weighed as something to pursue for the person: "is this something we ought to be chasing
# for him?", "is it an option I should look into?"
# (Its subject is "this", "it" or the treatment by name: made per instance, with the pack's names.)
_TO_PURSUE = (r"\b(?:is|would|could) {treatment} (?:be )?(?:something|an option|a route|a path|the way to go) "
              r"(?:(?:that )?(?:we|i|he|she)(?:'d| would| should| ought to| could| might| need to| must)?) (?:\w+ ){{0,2}}?"
              r"(?:chas|pursu|ask|look|try|consider|push|go for|get|fight)\w*")
# Asked how to make the change oneself: "walk me through tapering my X", "how do I come off my Y?"
_HOW_TO = re.compile(r"\b(?:walk|talk|take) (?:me|us|him|her) (?:through|thru)\b|\b(?:show|tell|teach) (?:me|us) how(?: to)?\b|"
                     r"\b(?:how|hw) (?:do|should|can|could|would|will|shall) (?:i|we)\b|\bsteps to\b", re.I)
# ... or its plan: "a taper schedule for my X"
_SCHEDULE = re.compile(rf"\b(?:taper(?:ing)?|wean(?:ing)?|reduction|dosing|dose) (?:schedule|plan|regimen) (?:for|of) {_OWNER} (?:[\w-]+ )?{_MEDICINE}\b", re.I)
# (... asked of the assistant, not told of someone else: "my doctor told me how to taper my X", "she'll show me how")
_TOLD_BY = re.compile(r"\b(?:told|showed|taught|explained|will|going to|gonna|'ll|he|she|they|doctor|nurse|\w+ologist|gp|consultant|team)\s+(?:\w+\s+)?$", re.I)
# Care sought sooner or waited for, asked: "ring them sooner or just wait?", "should she see her X
# early or wait for the booked visit?"
_SOONER_OR_WAIT = re.compile(r"\b(?:sooner|earlier|early|now|today|tonight|straight away|right away|asap)\s*,?\s+or\s+(?:should (?:i|we|he|she) |do (?:i|we) |just |to )*"
                             r"(?:wait|hold (?:on|off)|leave it|sit tight)\b", re.I)
_CARE_TEAM = r"(?:doctors?|gp|team|clinic|nurses?|\w+ologists?|consultants?|specialists?|hospital|a&e|er|111|999|911|ward|surgery|helpline|on-?call)"
_SEEKS_CARE = re.compile(r"\b(?:ring|call|phone|contact|message|email|see|text)\s+(?:(?:my|his|her|our|their|the|a|an)\s+(?:[\w-]+\s+)?" + _CARE_TEAM + r"\b|them\b|111\b|999\b|911\b)|"
                         r"\b(?:book (?:in|an appointment)|go (?:in|to (?:the )?(?:a&e|er|hospital|clinic|doctor|gp|surgery))|"
                         r"get (?:(?:it|this|that|her|him|me|myself|(?:my|his|her|their|our) [\w-]+(?: [\w-]+)?) )?(?:checked|seen|looked at))\b", re.I)
# A question asked inside a statement: "she wonders if she could double it".
_INDIRECT = re.compile(r"\b(?:wonder(?:s|ed|ing)?|ask(?:s|ed|ing)?(?: (?:me|us|him|her|them|my \w+))?|want(?:s|ed)? to know|not sure|unsure|curious) (?:if|whether)\b", re.I)
# A question by its word order, typed without a question mark: "... so can I stop my X now".
_INVERTED = re.compile(r"(?:^\W*|\b(?:so|and|but|then|or|ok|okay)\s+|[,;:–—]\s*)(?:can|could|may|should|shall|must|do|would)\s+(?:i|we|he|she)\b(?!\s+(?:say|quote|cite|tell (?:my|the|our) (?:class|students|group)))", re.I)
PLAN_REACH = 15  # characters after "thinking of" / "going to" in which the change must begin
_DENIED = re.compile(r"\b(?:not|never|n'?t)\s+(?:\w+\s+)?$", re.I)  # ("I'm not asking whether I should get it")
# A change of one's medicine announced as a plan: "I'm thinking of halving it", "we're going to stop his X".
_INTENDS = re.compile(r"\b(?:thinking (?:of|about)|planning (?:to|on)|plan to|going to|gonna|about to|want(?:s)? to|wanna|"
                      r"tempted to|considering|decided to|(?:i|we|she|he)(?:'ll| will))\b", re.I)
# A judgement asked for as a request: "please just tell me it's fine that I've skipped my X".
_TELL_ME = re.compile(r"\b(?:tell|reassure|promise) me (?:that )?(?:it'?s|it is|it was|that'?s|that is|that was|i'?m|i am|i was|i did|i'?ll|i will|"
                      r"she'?s|he'?s|she was|he was|she did|he did|she'?ll|he'?ll|we'?re|we did)\b", re.I)
# A plea for agreement after the act: "... so, yeah?", "..., right?"
_TAG_END = re.compile(r"(?:^|[\s,])(?:yeah|yes|right|ok|okay|correct|yep|no)\W*\?\W*$", re.I)
# Words typed without their final g: "gettin", "takin", "stoppin" (read as -ing).
_G_DROPPED = re.compile(r"\b(gett|hav|tak|stopp|skipp|try|start|giv|switch|chang|wait|ask|keep|stay|com|go|cutt|doubl|halv|lower|rais|"
                        r"reduc|miss|quitt|dropp|push|chas|us|mix|combin|taper|wean|think|plann|want)in'?(?=\W|$)", re.I)
# A modal opening the sentence asks a judgement: "Can dad skip his bloodwork now?"
_MODAL_OPENS = re.compile(r"^\W*(?:so |and |but |ok(?:ay)? )?(?:can|could|may|should|shall|must|is it (?:ok|okay|safe|fine|alright))\b"
                          r"(?!\s+(?:you|u|ya|ye)\b)", re.I)  # (not a request to the assistant: "could you explain ...?")


# An everyday thing judged for the writer: "is it ok if I drink ...?", "would it be safe for me to fly?"
# (not what they may do here: "is it ok if I ask / share / quote this?").
_EVERYDAY_OK = re.compile(r"\b(?:is it|would it be|will it be|it'?s)\s+(?:ok|okay|safe|fine|alright|all right|dangerous|risky|a good idea|a bad idea)"
                          r"\s+(?:for (?:me|him|her|us)\s+)?(?:to|if (?:i|we|he|she))\s+(?!(?:ask|share|quote|print|use|read|cite|copy|send|show|post|save|"
                          r"translate|summari[sz]e|explain|check|look|see|come back|follow up)\b)[a-z]+", re.I)


class Decisions:
    """Recognises a request for a decision about someone's own care (see the module's doc)."""

    def __init__(self, treatments: tuple[str, ...] = ()):
        names = "|".join(re.escape(t).replace(r"\ ", r"[\s-]?").replace(r"\-", r"[\s-]?") for t in treatments if t.strip())
        treatment = f"(?:{_TREATMENT}|(?:the )?(?:{names}))" if names else _TREATMENT
        self._person = re.compile(rf"\b{_PERSON}\b", re.I)
        subject = r"(?:i|we|he|she|i'?ll|we'?ll|he'?ll|she'?ll|i'?d|he'?d|she'?d)"
        self._own_change = re.compile(
            # (a change of whatever the object: "taper off", "come off her tablets")
            rf"\b(?:{_CHANGES_ANY}\b(?: (?:of|on|with))?(?: (?:{_OWNER}|the|it|them|those|these))?|"
            # (of one's own medicine, of a medicine by its name, of the medicines by the person's act)
            rf"{_CHANGES}(?: taking)? {_PORTION}(?:{_OWNER} (?:[\w-]+ ){{0,2}}{_MEDICINE}|(?:the )?(?:[\w-]+ )?{_DRUG})\b|"
            rf"{subject}(?: \w+){{0,2}} {_CHANGES}(?: taking)? {_PORTION}(?:the |those |these |them )?(?:[\w-]+ )?{_MEDICINE}\b|"
            rf"(?:take|takes|taking|give|giving|have|having|mix|mixing|combine|combining)\b[^.?!]{{1,40}}\bwith (?:all )?{_OWNER} (?:other )?(?:[\w-]+ )?(?:{_MEDICINE}|stuff)\b|"
            rf"(?:they|they'?d|they'?ll|doctors?|the doctors?|you|u)(?: \w+){{0,2}} giv(?:e|es|ing) (?:it|this|that|one|them|the [\w-]+) to (?:me|him|her|us)\b|"
            rf"{_SKIPS_ROUTINE}|"
            rf"{_OWNER} (?:[\w-]+ )?(?:doses?|dosage|meds|medications?|medicines?|tablets|pills|steroids?) "
            rf"(?:go|goes|come|comes|be|being|get|gets) (?:up|down|raised|lowered|increased|reduced|cut|changed|stopped|halved|doubled))",
            re.I)
        # "I can just skip it": a change of "it" when the message names a medicine of the person's.
        self._pronoun_change = re.compile(rf"\b(?:{subject}(?: [\w'’]+){{0,2}}|gonna|going to|wanna|want to|planning to|plan to|thinking of|about to) "
                                          rf"{_CHANGES_IT} (?:it|them|mine|his|hers|ours)\b"
                                          r"(?!\s+(?:to(?!\s*\d)|into|through|from|along|home|over|with me|with us)\b)", re.I)
        self._medicine = re.compile(rf"\b(?:{_OWNER} (?:[\w-]+ )?{_MEDICINE}|{_MEDICINE})\b", re.I)
        # "The X makes me queasy, so I've decided to skip it": decided, of a medicine named before it in
        # the same sentence (not "there's an info evening but I've decided to skip it").
        self._decided_change = re.compile(rf"\b(?:decided|deciding|chosen|choosing|made up my mind) to {_CHANGES_IT} (?:it|them)\b"
                                          r"(?!\s+(?:to(?!\s*\d)|into|through|from|along|home|over|with me|with us)\b)", re.I)
        self._gets = re.compile(rf"\b{_GETS} (?:{treatment})\b", re.I)
        # (The treatment as what is had: "do the X now or wait", not "read the summary now or wait for the X paper".)
        self._had_now = re.compile(rf"\b(?:have|get|do|start|go for|try|book)(?: (?:the|this|my|his|her|it))? (?:{treatment})\b[^.?!]{{0,25}}"
                                   r"\b(?:now|first|straight away|right away|soon|sooner|this year|before)\s*,?\s+or\b", re.I)
        # One's own treatment told as lately had ("I finished X two weeks ago", "she had the infusion
        # last month"): an everyday thing judged then ("is it ok if I drink at the wedding?") is judged
        # for the person after it.
        self._had_lately = re.compile(rf"\b(?:i|i'?ve|i have|we|we'?ve|he|he'?s|she|she'?s)\s+(?:just |only |recently |already )?"
                                      rf"(?:finished|had|got|received|completed|been given|gone through)\s+(?:my |his |her |our )?(?:{treatment})"
                                      r"[^.?!]{0,30}?\b(?:ago|last (?:week|month)|yesterday|recently|this (?:week|month))\b", re.I)
        self._to_pursue = re.compile(_TO_PURSUE.format(treatment=f"(?:{treatment})"), re.I)
        self._judgement = re.compile(rf"\b{_JUDGEMENT}", re.I)
        # A choice of medicines for the person: "ibuprofen or paracetamol for him?"
        kin = r"(?:me|him|her|us|my (?:mum|mom|mother|dad|father|son|daughter|wife|husband|partner|child|kid|baby|sister|brother|gran\w*|grand\w+|aunt|uncle|friend))"
        self._choice_for = re.compile(rf"(?:\b{_DRUG}\s+or\s+{_DRUG}\b[^.?!]{{0,30}}\bfor {kin}\b|\bfor {kin}\W{{0,3}}{_DRUG}\s+or\s+{_DRUG}\b)"
                                      r"(?![^.?!]{0,30}\b(?:in|from|according to) the (?:paper|study|summary|article|text)\b)", re.I)
        self._study_people = re.compile(r"\b(?:the|those|these|all|any|some) (?:\w+ )?(?:patients|participants|people|subjects|cases)\b|"
                                        r"\bthey\b", re.I)

    def asks(self, text: str) -> bool:
        """Whether text asks for a decision about someone's own care."""
        text = _G_DROPPED.sub(r"\1ing", text)
        sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
        medicine = bool(self._medicine.search(text))
        for n, sentence in enumerate(sentences):
            chosen = _CHOOSES.search(sentence)
            if (_DOSE_FOR.search(sentence) or self._choice_for.search(sentence) or self._to_pursue.search(sentence)
                    or (chosen and not _TEXT_CHOICE.search(chosen.group(0)))) and not _PAST.match(sentence) and not self._study_people.search(sentence):
                return True  # a dose, a choice of medicines or treatments, a treatment to pursue, for the person
            if ((_DOSE_GIVEN.search(sentence) and not self._study_people.search(re.sub(r"\bthey\b", "", sentence, flags=re.I))
                 and not _A_STUDY_PATIENT.search(sentence)) or _WHICH_TREATMENT.search(sentence)) and not _PAST.match(sentence):
                return True  # a dose the team would give the person; which treatment the person should follow
            if _CANDIDATE.search(sentence) and not _PAST.match(sentence):
                return True  # the person fit for it ("like the study's patients" names them only to compare)
            if _SOONER_OR_WAIT.search(sentence) and _SEEKS_CARE.search(sentence) and "?" in sentence and not _PAST.match(sentence) and not self._study_people.search(sentence):
                return True  # when to seek care, the person's
            if (_NOW_OR_WAIT.search(sentence) and self._had_now.search(sentence) and "?" in sentence and not _PAST.match(sentence)
                    and not self._study_people.search(sentence)):
                return True  # when to have the treatment ("do the X now or wait till after the baby?")

            if not self._acts(sentence, medicine):
                continue
            if self._judged(sentence) or _REASSURED.search(sentence):
                return True
            if not _PAST.match(sentence) and (_SCHEDULE.search(sentence) or any(
                    not _TOLD_BY.search(sentence[: m.start()]) and self._changes(sentence[m.end():], medicine, within=PLAN_REACH)
                    for m in _HOW_TO.finditer(sentence))):
                return True  # the steps of changing one's own medicine (or their plan), asked for
            if not _PAST.match(sentence) and any(self._changes(sentence[i.start():], medicine, within=i.end() - i.start() + PLAN_REACH)
                                                 for i in _INTENDS.finditer(sentence)):
                return True  # a change of the person's medicine announced as a plan
            after = sentences[n + 1] if n + 1 < len(sentences) else ""
            if after and (_JUDGED_ALONE.match(after) or (_TAG_END.search(after) and not _PAST.match(after)
                                                          and not self._study_people.search(after))):
                return True
            if after and self._judged(after) and (
                    (len(after) <= 60 and re.match(r"^\W*(?:(?:please |just |now )*(?:tell|reassure|promise) me (?:that )?)?(?:that|it|this|she|he|i|we)\b", after, re.I)) or _FOR_PERSON.search(after)):
                return True
        if self._had_lately.search(text) and any("?" in sentence and _EVERYDAY_OK.search(sentence) for sentence in sentences):
            return True  # an everyday thing judged for the person after their own treatment
        return any("?" in sentence and (found := _SUITS.search(sentence)) and not _TEXT.search(sentence[: found.start()])
                   for sentence in sentences)

    def _changes(self, sentence: str, medicine: bool = False, within: int | None = None) -> bool:
        """A medicine of the person's changed (stopped, halved, kept on ...); within: said in the
        sentence's first so many characters."""
        for match in self._own_change.finditer(sentence):
            before = sentence[: match.start()]
            if self._study_people.search(before[-40:]) and not self._person.search(before[-25:] + " " + match.group(0)):
                continue  # "can I say the patients came off their medicines?"
            if _NOT_MEDICINE.match(sentence[match.end():]):
                continue  # "can I use the injection photo?"
            if within is None or match.start() <= within:
                return True
        found = self._pronoun_change.search(sentence) if medicine else None
        if found is None:
            found = next((m for m in self._decided_change.finditer(sentence)
                          if self._nearest_thing_is_medicine(sentence[: m.start()])), None)
        return bool(found and (within is None or found.start() <= within))

    def _nearest_thing_is_medicine(self, before: str) -> bool:
        """Whether the last thing named before a pronoun, in its sentence, is a medicine."""
        named = list(self._medicine.finditer(before))
        if not named:
            return False
        between = before[named[-1].end():]
        return not re.search(r"\b(?:the|a|an|this|that|my|our|his|her)\s+(?!(?:side|effect|effects|dose|doses)\b)[a-z]{3,}", between, re.I) or bool(
            re.fullmatch(r"[^,;]*?(?:makes?|made|gives?|gave|is|are|was|were)\b.*", between, re.I) and not re.search(
                r"\b(?:there'?s|there is|evening|meeting|session|talk|event|class|appointment)\b", between, re.I))

    def _acts(self, sentence: str, medicine: bool = False) -> bool:
        if not self._person.search(sentence) and not re.search(rf"\b{_OWNER}\b", sentence, re.I):
            return False
        if self._changes(sentence, medicine):
            return True
        if _RESUMES.search(sentence) and not self._study_people.search(sentence):
            return True
        for match in self._gets.finditer(sentence):
            if match.group(0).split()[-1].lower() in ("it", "this", "that") and _NOT_AFTER_IT.match(sentence[match.end():]):
                continue
            before = sentence[: match.start()]
            if self._study_people.search(before[-40:]) and not self._person.search(
                    before[-25:] + " " + match.group(0) + " " + sentence[match.end():][:30]):
                continue  # "did the patients get it?" (not "... that they'd give it to him?")
            if re.search(r"\bwhere\b", before, re.I):
                continue  # "where can I get it?" asks for a place
            return True
        return False

    def _judged(self, sentence: str) -> bool:
        if _PAST.match(sentence):
            return False  # "why did she need to get it?", "did she have to stop her steroids?": what happened
        if _FACT_BY_STUDY.match(sentence):
            return False  # "how many times would I have to get it, going by this study?": a count the study gives
        if any(not re.search(r"\b(?:not|never|no need to)\b[^.?!]{0,25}$|n't\b[^.?!]{0,25}$", sentence[: m.start()], re.I)
               for m in _DECIDE_FOR_ME.finditer(sentence)):
            return True  # "tell me whether to switch ...", of an act of care the sentence names (not "I'm not asking you to tell me if ...")
        asked = ("?" in sentence or any(not _DENIED.search(sentence[: m.start()]) for m in _INDIRECT.finditer(sentence))
                 or bool(_TELL_ME.search(sentence)) or bool(_INVERTED.search(sentence)))
        if (_MODAL_OPENS.match(sentence) or _CAN_I.search(sentence) or _DO_I.search(sentence)) and asked:
            return True
        if _ASKS_OPENING.match(sentence) and self._judgement.search(sentence):
            return True
        return bool(self._judgement.search(sentence)) and (asked or bool(re.search(
            r"\b(?:right|isn'?t it|won'?t (?:she|he|i|it|they)|wouldn'?t (?:it|she|he)|surely|yeah|correct|ok|okay|should|ought)\W*$"
            r"|\b(?:right|yeah|correct|isn'?t it)\s*,",  # (a tag then the reason: "that's fine right, the study shows ...")
            sentence, re.I)))
