"""The agreement methods paragraph in the summary's language.

The English paragraph is the agreement report's own (``methods_paragraph``); the Swedish
one states the same figures in the same order, so a Swedish report does not carry an
English paragraph in the middle of its method section.
"""

from __future__ import annotations

import math
from typing import Any

from qualcode.export.labels import number


def methods_text(report: Any, lang: str) -> str:
    """The methods paragraph for ``report`` (an ``AgreementReport``) in ``lang``."""
    if lang != "sv":
        return str(report.methods_paragraph())
    o = report.overall()
    per_code = [r.alpha for r in report.rows if r.scope == "code" and not math.isnan(r.alpha)]
    interval = (
        f" (95 % bootstrapkonfidensintervall {number(o.alpha_low, lang)} till "
        f"{number(o.alpha_high, lang)}, {report.bootstrap} omsamplingar av enheter)"
        if report.bootstrap
        else ""
    )
    span = (
        f" Per kod varierade alfa mellan {number(min(per_code), lang)} och "
        f"{number(max(per_code), lang)}."
        if per_code
        else ""
    )
    return (
        f"Interbedömarreliabiliteten bedömdes på {report.units} meningsenheter i "
        f"{report.documents} dokument som kodats oberoende av varandra av "
        f"{len(report.coders)} kodare ({', '.join(report.coders)}) med {len(report.codes)} "
        "koder. En kodare räknades ha tillämpat en kod på en enhet när kodarens segment "
        "täckte minst hälften av enhetens tecken utom blanksteg. Sammantaget över koderna "
        f"var Krippendorffs alfa (nominal) {number(o.alpha, lang)}{interval}, Fleiss kappa "
        f"{number(o.fleiss, lang)}, Gwets AC1 {number(o.ac1, lang)} och andelen "
        f"överensstämmelse {number(o.percent * 100, lang, 1)} %.{span}"
    )
