"""A document's own frame: sentences that tell how the research was done, or how a
committee dealt with a paper, fit no code.

Research prose about the turning points is coded by passage: an abstract's aim, its
findings and its conclusions take the passage's code, and the sentences that say how the
material was gathered ("Intervjuerna genomfördes med tio enhetschefer", "The data were
collected through a survey of managers") take none. Such a sentence often names the
passage's theme (the interviews were *about* sick leave, the documents *about* the
introduction of new staff), so its keywords and its meaning lift it alone, and the passage
rule lifts it with its paragraph when it has no evidence of its own. On the development
sets (benchmarks/SUGGEST.md, "Stop 29, suggest19p") these patterns found 29 sentences, in
research prose, policy text and the written interviews: 28 that both annotators left
uncoded, ten of them suggested, and one survey-based aim the engine gave the wrong code.

A unit is the study's frame when, in written text (not a speaker's turn: a social worker
who says the team "ran a survey" is telling what happened at work), it names the research
material (interviews, a survey, the empirical material, respondents, a sample; in Swedish
also the analysis, thematic or content analysis) together with a verb of gathering or
working it (carried out, collected, based on, supplemented with; analysed, used, chosen),
and reports no result ("visar", "framkom", "shows", "found"): "Enkäten visar att ..." is a
finding and keeps its score. An abstract's sentence naming the analysis methods chosen
told how its study was done and was suggested mission dialogue once its passage was read
whole (benchmarks/SUGGEST.md, "Stop 44, engine44").

Minutes and a committee's papers have a frame of their own: the formal decision on a paper
("1. Godkänna budget för nästa år", "Socialnämnden beslutar att lägga
rapporten till handlingarna", "RESOLVED that the report be noted"). It tells what was done
with a paper and nothing of what the paper argues; the codebook says so of budgets ("att
budgeten beslutas vid en viss tidpunkt, kodas inte"), yet "budget" is a keyword and the
decision point was suggested long-term economics at 0.55 (stop 30). A unit is such a
decision when it is short (at most ``DECISION_WORDS`` words: a decision that also says why,
"Anta handlingsplan ... samt uppmana nämnderna att ... göra prioriteringar på lokal nivå",
is longer and keeps its score) and holds a formal verb (approve, forward, note, adopt) with
a paper (the budget, the report, the minutes) as its object, or a paper and then the verb
in the passive ("budgeten godkändes"), and nothing after the paper says what it is for
(``_Decision``). "To approve an additional £2m annual investment" names no paper and is
no such decision; nor is "The team adopted the update on caseloads" or "Leaders agreed the
budget with the unions": "on" and "with" there say what the paper is about or with whom,
and close a decision only before a date, a number, a body or another paper.

The rule is about the turning points and codebooks like them, whose codes are what a
study found. A codebook may have a code for the method itself (a literature review coding
how each study was done): a code with a method sentence among its definitions, examples or
coded passages is such a code, and for it the rule does not apply (``method_codes``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from qualcode.nlp.scorers import Candidate

_SV_MATERIAL = (
    r"intervju(?!are)\w*|\w*intervju(?:n|er|erna)|enkät\w*|\w*enkät(?:en|er|erna)|empiri\w*|"
    r"data(?:material\w*|insamling\w*)?|materialet|dokumentation\w*|respondent\w*|"
    r"informant\w*|intervjuar\w*|intervjuguide\w*|frågeguide\w*|fokusgrupp\w*|transkri\w*|"
    r"urval\w*|tidigare studier|fallstudie\w*|tematisk analys|innehållsanalys\w*|analysmetod\w*"
)
_SV_GATHER = (
    r"samla\w* in|insaml\w*|inhämta\w*|genomför\w*|komplettera\w*|bygg\w* på|baser\w*|"
    r"består av|bestod av|spela\w* in|intervjua\w*|tillfråga\w*|skicka\w* ut|besvara\w*|"
    r"via|med hjälp av|valdes|gjorts|gjordes|analyser(?:a|as|ades|ats|ade)|användes|använde"
)
# the research's own doing, alone: "Totalt intervjuades 64 personer", "the interviewers"
_SV_ALONE = r"intervjuades|intervjuats|intervjuar(?:e|en|na)"
_SV_RESULT = (
    r"visa[rde]*|framkom\w*|framgår|framgick|pekar på|pekade på|tyder på|tydde på|"
    r"indikera\w*|bekräfta\w*|(?:menade|menar|ansåg|anser|beskrev|berättade|uppgav|"
    r"upplevde|framhöll|betonade|poängterade) att"
)
_EN_MATERIAL = (
    r"interview\w*|survey\w*|data|dataset\w*|respondents?|informants?|focus groups?|"
    r"questionnaires?|fieldwork|transcri\w*|sample|sampling|case stud(?:y|ies)"
)
_EN_GATHER = (
    r"collected|conducted|gathered|carried out|based on|drew on|draws on|drawn from|"
    r"consisted of|consists of|recorded|interviewed|administered|distributed|sent out|"
    r"completed by|supplemented"
)
_EN_ALONE = r"(?:were|was|been) interviewed|interviewers?"
_EN_RESULT = (
    r"show\w*|found|find\w*|reveal\w*|suggest\w*|indicat\w*|confirm\w*|"
    r"(?:said|described|reported|felt|believed|explained|stressed|argued) that"
)


DECISION_WORDS = 20
_SV_DECIDE = (
    r"godkänn\w*|godkände\w*|överlämna\w*|noter\w*|fastställ\w*|anta(?:s|r|git|gits)?|antog|"
    r"återremitter\w*|bordlägg\w*|lägg\w*|lades|justera\w*"
)
_SV_PAPER = (
    r"budget\w*|protokoll\w*|årsredovisning\w*|bokslut\w*|delårs\w*|rapport\w*|"
    r"informationen|dagordning\w*|föredragningslista\w*|yttrande\w*|tjänsteskrivelse\w*|"
    r"redovisning\w*|uppföljning\w*|handlingarna|(?:\w+)?plan(?:en)?|internkontroll\w*|"
    r"delegationsbeslut\w*|remissvar\w*|svar\w*"
)
_EN_DECIDE = r"approve[sd]?|approving|note[sd]?|noting|adopt(?:s|ed)?|endorse[sd]?|agree[sd]?"
_EN_PAPER = (
    r"report|reports|minutes|budget|accounts|agenda|plan|record|recommendations?|"
    r"update|information|response"
)


class _Decision:
    """A language's formal decision on a paper: a formal verb, then a paper; or a paper,
    then a verb in the passive ("the report be noted", "budgeten godkändes"): "the report
    calls for forums where councillors agree priorities" is no decision. A paper followed
    by what it is for ("a four-year plan to cut the use of agency social
    workers", "en plan för att minska placeringarna", "a plan for reducing caseloads", "en
    plan för introduktion av nya socialsekreterare") says what was decided, and argues; "for"
    and "för" before a time, a body or a formal use ("för 2025", "för socialnämnden", "for
    information") close the decision."""

    def __init__(
        self, decide: str, paper: str, passive: str, purpose: str, gap: int, after: str, filed: str
    ) -> None:
        self.decide = re.compile(rf"\b(?:{decide})\b", re.IGNORECASE)
        # the filing formula at the end ("... till handlingarna", "... for information")
        # makes it a formal act whatever the paper is about: "lägga informationen om
        # personalomsättningen till handlingarna" files a paper, it argues nothing
        self.filed = re.compile(rf"\b(?:{filed})\W*$", re.IGNORECASE)
        # the paper is the verb's object: at most ``gap`` words between them ("noted the
        # report", "godkänna förvaltningens budget"), and what follows it closes the decision
        # (the end, a number, "till kommunfullmäktige", "for 2025"). "Councillors noted the
        # budget pressures", "Managers agreed the plan would reduce caseloads", "Vi lägger stor
        # vikt vid uppföljning" report what people think or do, and keep their scores.
        self.object = re.compile(
            rf"\W+(?:\w+\W+){{0,{gap}}}?(?:{paper})(?=\s*$|\s*[^\w\s]|\s+(?:\d|(?:{after})\b))",
            re.IGNORECASE,
        )
        self.paper = re.compile(rf"\b(?:{paper})\b", re.IGNORECASE)
        self.passive = re.compile(rf"\b(?:{passive})\b", re.IGNORECASE)
        self.purpose = re.compile(rf"\b(?:{purpose})\b", re.IGNORECASE)

    def search(self, text: str) -> bool:
        if len(text.split()) > DECISION_WORDS:
            return False
        filed = self.filed.search(text) is not None
        for verb in self.decide.finditer(text):  # "godkänna budgeten", "noted the report"
            paper = self.object.match(text, verb.end())
            if paper is not None and (filed or self.purpose.search(text, paper.end()) is None):
                return True
        found = self.paper.search(text)  # "the report be noted", "budgeten godkändes"
        second = None if found is None else self.passive.search(text, found.end())
        return second is not None and self.purpose.search(text, second.end()) is None


_SV_PASSIVE = (
    r"godkän(?:ns|des|ts)|överlämna(?:s|des|ts)|noterade?s|fastställ(?:s|des|ts)|"
    r"anto(?:gs)|antas|lades|läggs|justerade?s"
)
_EN_PASSIVE = (
    r"(?:be|been|was|were|is|are)\s+(?:duly\s+)?(?:noted|approved|agreed|adopted|endorsed)"
)
# "för"/"for" before anything but a time, a body or a formal use ("för 2025", "för nästa
# år", "för socialnämnden", "for information") says what the paper is for: "antar en plan
# för introduktion av nya socialsekreterare", "adopted a plan for reducing caseloads" argue
# as "en plan för att ..." does, and keep their scores (review31).
_SV_FOR_WHEN = (
    r"nästa|kommande|innevarande|år|året|åren|perioden|\w+året|\w*nämnd\w*|"
    r"\w*styrelse\w*|\w*fullmäktige|\w*förvaltning\w*|socialtjänst\w*|kommun\w*|"
    r"kännedom|beslut|information\w*|yttrande|godkännande"
)
_EN_FOR_WHEN = (
    r"next|this|the\s+(?:next|coming|current|financial|year|period|council|committee|"
    r"cabinet|board|service|department)|year|period|financial|information|decision|"
    r"approval|noting|consultation"
)
# "med"/"with" and "om"/"on" likewise close a decision only before a date, a number, a body,
# another paper or its amendments ("godkänna budget med plan för 2025", "noted the report on
# 12 March", "approved the budget with amendments"); before anything else they say what the
# paper is about or with whom it was agreed ("agreed the budget with the unions", "adopted
# the update on caseloads", "antog rapporten om personalomsättning"), and argue (decide31).
_SV_CLOSE = (
    rf"\d|(?-i:[A-ZÅÄÖ])|(?:{_SV_FOR_WHEN})\b|(?:{_SV_PAPER})\b|"
    r"(?:de\s+|följande\s+)?(?:ändring\w*|tillägg\w*|justering\w*|bilag\w*|följande)\b"
)
_EN_CLOSE = (
    rf"\d|(?-i:[A-Z])|(?:{_EN_FOR_WHEN})\b|(?:(?:the|its|a)\s+)?(?:{_EN_PAPER})\b|"
    r"(?:the\s+)?(?:following\s+|minor\s+)?"
    r"(?:amendments?|changes|alterations|corrections?|following)\b"
)
_SV_PURPOSE = (
    r"för att|så att|som|eftersom|att|med syfte|i syfte|"
    rf"för\s+(?!\d|(?-i:[A-ZÅÄÖ])|(?:{_SV_FOR_WHEN})\b)|(?:med|om)\s+(?!{_SV_CLOSE})"
)
_EN_PURPOSE = (
    rf"to|that|which|so|because|in order|for\s+(?!\d|(?-i:[A-Z])|(?:{_EN_FOR_WHEN})\b)|"
    rf"(?:with|on)\s+(?!{_EN_CLOSE})"
)
# Words that may follow a decision's paper: where it goes, what it is for, when ("överlämna
# årsredovisningen till kommunfullmäktige", "approve the budget for 2025 and the plan").
_SV_AFTER = r"till|för|av|från|och|samt|enligt|i|per|med|om|inför|avseende|daterad"
_EN_AFTER = r"for|of|from|to|and|as|with|in|on|by|dated|subject"
# How minutes file a paper, at a decision's end: the topic named before it ("informationen om
# X", "the update on X") does not make the filing argue.
_SV_FILED = r"till\s+handlingarna|för\s+kännedom"
_EN_FILED = r"for\s+information|for\s+noting"
_DECISION = {
    "sv": _Decision(_SV_DECIDE, _SV_PAPER, _SV_PASSIVE, _SV_PURPOSE, 1, _SV_AFTER, _SV_FILED),
    "en": _Decision(_EN_DECIDE, _EN_PAPER, _EN_PASSIVE, _EN_PURPOSE, 2, _EN_AFTER, _EN_FILED),
}


class _Frame:
    """A language's frame patterns: the material, a verb of gathering it, and the research's
    own doing alone. Searched apart, one after the other (the first material word, then a
    verb after it; or the other way round): one pattern ``material.*gather`` backtracked
    through every later position for each material word, so a unit of written text with no
    full stop (a page of 30,000 characters naming "data" a thousand times) took seconds,
    and four times as long for twice the length."""

    def __init__(self, material: str, gather: str, alone: str, hints: tuple[str, ...]) -> None:
        self.material = re.compile(rf"\b(?:{material})\b", re.IGNORECASE)
        self.gather = re.compile(rf"\b(?:{gather})\b", re.IGNORECASE)
        self.alone = re.compile(rf"\b(?:{alone})\b", re.IGNORECASE)
        self.hints = hints

    def search(self, text: str) -> bool:
        """Whether ``text`` names the material and a verb of gathering it, either first
        and not the same words, or the research's own doing alone."""
        low = text.lower()
        if not any(hint in low for hint in self.hints):
            return False  # no material word, nor the interviewing: most units, cheaply
        for first, then in ((self.material, self.gather), (self.gather, self.material)):
            found = first.search(text)
            if found is not None and then.search(text, found.end()) is not None:
                return True
        return self.alone.search(text) is not None


# Every material word and every "alone" phrase holds one of these (lower case): a unit
# without any is no frame, and the patterns are not searched (a fifth of suggesting's time
# on 1M words went to them otherwise).
_SV_HINTS = (
    "intervju",
    "enkät",
    "empiri",
    "data",
    "material",
    "dokumentation",
    "respondent",
    "informant",
    "frågeguide",
    "fokusgrupp",
    "transkri",
    "urval",
    "studier",
    "fallstudie",
    "tematisk analys",
    "innehållsanalys",
    "analysmetod",
)
_EN_HINTS = (
    "interview",
    "survey",
    "data",
    "respondent",
    "informant",
    "focus group",
    "questionnaire",
    "fieldwork",
    "transcri",
    "sampl",
    "case stud",
)
_FRAME = {
    "sv": _Frame(_SV_MATERIAL, _SV_GATHER, _SV_ALONE, _SV_HINTS),
    "en": _Frame(_EN_MATERIAL, _EN_GATHER, _EN_ALONE, _EN_HINTS),
}
_RESULT = {
    "sv": re.compile(rf"\b(?:{_SV_RESULT})\b", re.IGNORECASE),
    "en": re.compile(rf"\b(?:{_EN_RESULT})\b", re.IGNORECASE),
}


def is_method(text: str, lang: str) -> bool:
    """Whether a sentence tells how a study gathered its material and reports nothing found
    (a language without patterns has no method sentences)."""
    frame, result = _FRAME.get(lang), _RESULT.get(lang)
    if frame is None or result is None:
        return False
    return frame.search(text) and result.search(text) is None


def is_decision(text: str, lang: str) -> bool:
    """Whether a unit is a committee's formal decision on a paper (see the module)."""
    decision = _DECISION.get(lang)
    return decision is not None and decision.search(text)


def is_frame(text: str, lang: str) -> bool:
    """Whether a sentence is the document's frame: a study's method or a formal decision."""
    return is_method(text, lang) or is_decision(text, lang)


def _written(candidates: Sequence[Candidate], test: Callable[[str, str], bool]) -> np.ndarray:
    return np.array([not c.spoken and test(c.text, c.lang) for c in candidates], dtype=bool)


def frame_units(candidates: Sequence[Candidate]) -> np.ndarray:
    """Per unit: a sentence of written text about how the study was done or a formal
    decision (``is_frame``). Speakers' turns are never frame: there gathering views is part
    of what is told, and a politician telling when the budget is approved tells how the
    governance works."""
    return _written(candidates, is_frame)


def study_documents(candidates: Sequence[Candidate]) -> np.ndarray:
    """Per unit: does its document report a study, holding a sentence of written text on how
    the material was gathered (``is_method``)? Such a document is research prose, and its
    readers code it by passage: an abstract's opening, findings and conclusions all take the
    passage's code (``context.passages`` reads its paragraphs whole)."""
    method = _written(candidates, is_method)
    docs = {c.document_id for c, m in zip(candidates, method, strict=True) if m}
    return np.array([c.document_id in docs for c in candidates], dtype=bool)


def decision_units(candidates: Sequence[Candidate]) -> np.ndarray:
    """Per unit: a formal decision of written text (``is_decision``)."""
    return _written(candidates, is_decision)


def method_codes(
    codes: Sequence[str],
    passages: Iterable[tuple[str, str, Iterable[str]]],
    test: Callable[[str, str], bool] = is_method,
) -> np.ndarray:
    """Per code: is a method sentence one of its passages (``passages``: text, language and
    codes of each definition, example or coded passage)? Then the codebook or the coders say
    that how a study was done is this code's matter, and its frame sentences keep its score.
    ``test=is_decision`` asks the same of formal decisions: a team that codes the budget's
    approval as long-term economics keeps its code on such decisions."""
    col = {c: j for j, c in enumerate(codes)}
    out = np.zeros(len(codes), dtype=bool)
    for text, lang, of in passages:
        mine = [col[c] for c in of if c in col]
        if mine and not out[mine].all() and test(text, lang):
            out[mine] = True
    return out
