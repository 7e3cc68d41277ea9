"""Every word a theme summary prints, in Swedish and English.

A Swedish summary goes into a Swedish report as it is: headings, table headers, attribute
names, layer names, verdicts and the number format all follow the chosen language, so no
English label has to be hand-edited out of a table before a paper can use it.
"""

from __future__ import annotations

import math

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Theme summary",
        "definition": "Definition",
        "by": "By {attr}",
        "quotes": "Representative quotes",
        "agreement": "Intercoder agreement",
        "methods": "Methods",
        "decisions": "Reconciliation",
        "codings": "codings",
        "words": "coded words",
        "documents": "documents",
        "memo": "Memo",
        "code_memos": "Memos on the code",
        "layer": "Layer",
        "consensus": "consensus",
        "coder": "coder {name}",
        "all_coders": "all coders",
        "none": "No codings.",
        "code": "Code",
        "theme": "Theme",
        "units": "Units",
        "percent": "Agreement (%)",
        "alpha": "α",
        "ci": "95% CI",
        "ci_low": "CI low",
        "ci_high": "CI high",
        "material": "Material",
        "material_text": (
            "{interviews} interviews, {coded} of them with codings in this layer "
            "({layer}); a participant is the interviewee of one interview."
        ),
        "interviews": "Interviews",
        "attribute": "Attribute",
        "value": "Value",
        "coded": "Coded",
        "participants": "Participants",
        "matrix": "Themes by participant (codings; last row: participants who voiced each theme)",
        "shares": "Themes by {attr} (participants who voiced the theme, of n coded)",
        "sheet_themes": "Themes",
        "sheet_quotes": "Quotes",
        "sheet_agreement": "Agreement",
        "sheet_decisions": "Reconciliation",
        "sheet_material": "Material",
        "sheet_matrix": "Theme x participant",
        "sheet_shares": "Themes by {attr}",
        "in_participants": "{codings} codings from {participants} of {coded} participants",
        "ac1": "AC1",
        "unitizing": "α (unitizing)",
        "overall": "Overall",
        "verdict": "Verdict",
        "rationale": "Rationale",
        "decided_by": "Decided by",
        "date": "Date",
        "quote": "Quote",
        "source": "Source",
        "document": "Document",
        "speaker": "Speaker",
        "position": "Position",
        "passage": "Passage",
        "appendix": "Appendix: reconciliation decisions",
        "turn": "turn {n}",
        "chars": "characters {start}–{end}",
        "interviewer": "interviewer",
        "undefined": "undefined",
        "chart_by": "Codings by {attr}",
        "decisions_brief": (
            "{lead} decided {cases} disagreement cases ({verdicts}) and confirmed "
            "{agreed} passages the coders agreed on into the consensus."
        ),
        "verdict_accept": "accept {name}'s",
        "verdict_union": "union",
        "verdict_intersection": "intersection",
        "verdict_reject": "reject",
        "verdict_span": "own boundary",
        "municipality": "municipality",
        "role": "role",
        "lang_sv": "Swedish",
        "lang_en": "English",
        "translated_from": "translated from {language}",
        "untranslated": "in {language}, untranslated",
    },
    "sv": {
        "title": "Temasammanfattning",
        "definition": "Definition",
        "by": "Per {attr}",
        "quotes": "Representativa citat",
        "agreement": "Interbedömarreliabilitet",
        "methods": "Metod",
        "decisions": "Avstämning",
        "codings": "kodningar",
        "words": "kodade ord",
        "documents": "dokument",
        "memo": "Memo",
        "code_memos": "Memon om koden",
        "layer": "Lager",
        "consensus": "konsensus",
        "coder": "kodare {name}",
        "all_coders": "alla kodare",
        "none": "Inga kodningar.",
        "code": "Kod",
        "theme": "Tema",
        "units": "Enheter",
        "percent": "Överens (%)",
        "alpha": "α",
        "ci": "95 % KI",
        "ci_low": "KI nedre",
        "ci_high": "KI övre",
        "material": "Material",
        "material_text": (
            "{interviews} intervjuer, varav {coded} med kodningar i detta lager ({layer}); "
            "en deltagare är den intervjuade i en intervju."
        ),
        "interviews": "Intervjuer",
        "attribute": "Attribut",
        "value": "Värde",
        "coded": "Kodade",
        "participants": "Deltagare",
        "matrix": "Teman per deltagare (kodningar; sista raden: deltagare som tog upp temat)",
        "shares": "Teman per {attr} (deltagare som tog upp temat, av n kodade)",
        "sheet_themes": "Teman",
        "sheet_quotes": "Citat",
        "sheet_agreement": "Reliabilitet",
        "sheet_decisions": "Avstämning",
        "sheet_material": "Material",
        "sheet_matrix": "Tema x deltagare",
        "sheet_shares": "Teman per {attr}",
        "in_participants": "{codings} kodningar från {participants} av {coded} deltagare",
        "ac1": "AC1",
        "unitizing": "α (segment)",
        "overall": "Totalt",
        "verdict": "Beslut",
        "rationale": "Motivering",
        "decided_by": "Beslutat av",
        "date": "Datum",
        "quote": "Citat",
        "source": "Källa",
        "document": "Dokument",
        "speaker": "Talare",
        "passage": "Passage",
        "appendix": "Bilaga: avstämningsbeslut",
        "position": "Position",
        "turn": "tur {n}",
        "chars": "tecken {start}–{end}",
        "interviewer": "intervjuare",
        "undefined": "odefinierat",
        "chart_by": "Kodningar per {attr}",
        "decisions_brief": (
            "{lead} avgjorde {cases} fall där kodarna skilde sig åt ({verdicts}) och "
            "bekräftade {agreed} passager där kodarna var överens in i konsensus."
        ),
        "verdict_accept": "godta {name}s",
        "verdict_union": "union",
        "verdict_intersection": "snitt",
        "verdict_reject": "avvisa",
        "verdict_span": "egen avgränsning",
        "municipality": "kommun",
        "role": "roll",
        "lang_sv": "svenska",
        "lang_en": "engelska",
        "translated_from": "översatt från {language}",
        "untranslated": "på {language}, oöversatt",
    },
}


def label(lang: str, key: str, **values: object) -> str:
    """The label ``key`` in ``lang``; an attribute without a label keeps its own name."""
    table = LABELS.get(lang, LABELS["en"])
    text = table.get(key, key)
    return text.format(**values) if values else text


def number(value: float, lang: str, digits: int = 2) -> str:
    """A figure as a paper prints it: decimal comma in Swedish, 'undefined' for NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return label(lang, "undefined")
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "sv" else text


def layer_name(layer: str, lang: str) -> str:
    """``consensus`` / ``coder:karin`` / ``coder`` in words."""
    kind, _, name = layer.partition(":")
    if kind == "consensus":
        return label(lang, "consensus")
    return label(lang, "coder", name=name) if name else label(lang, "all_coders")


def verdict_name(verdict: str, lang: str) -> str:
    """``accept:karin`` -> "godta karins"; ``span:10-20`` -> "egen avgränsning"."""
    kind, _, rest = verdict.partition(":")
    if kind == "accept":
        return label(lang, "verdict_accept", name=rest)
    return label(lang, f"verdict_{kind}") if f"verdict_{kind}" in LABELS["en"] else verdict
