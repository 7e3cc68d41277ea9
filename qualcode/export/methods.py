"""The agreement methods paragraph in the summary's language.

The English paragraph is the agreement report's own (``methods_paragraph``); the Swedish
one states the same figures in the same order (unit and coverage rule, pooled
coefficients with the bootstrap interval, how often codes were applied, the per-code
ranges of alpha and unitizing alpha), so a Swedish report does not carry an English
paragraph in the middle of its method section.
"""

from __future__ import annotations

import math
from typing import Any

from qualcode.export.labels import number

CONSENSUS = "consensus"


def methods_text(report: Any, lang: str) -> str:
    """The methods paragraph for ``report`` (an ``AgreementReport``) in ``lang``."""
    if lang != "sv":
        return str(report.methods_paragraph())
    raters = [c for c in report.coders if c != CONSENSUS]
    if not report.units:
        return (
            "Interbedömarreliabiliteten är odefinierad: inget dokument hade bearbetats av "
            f"alla bedömare ({', '.join(report.coders)})."
        )
    o = report.overall()
    who = (
        f"av {len(raters)} kodare ({', '.join(raters)}) och i deras konsensuskodning, som "
        "räknades som ytterligare en bedömare,"
        if CONSENSUS in report.coders
        else f"oberoende av varandra av {len(raters)} kodare ({', '.join(raters)})"
    )
    interval = (
        f" (95 % percentilbootstrapintervall {number(o.alpha_low, lang)} till "
        f"{number(o.alpha_high, lang)}; {report.bootstrap} omsamplingar av meningsenheter, "
        "var och en med alla sina koder)"
        if report.bootstrap
        else ""
    )
    prevalence = getattr(report, "prevalence", math.nan)
    applied = (
        f" Koderna tillämpades i {number(prevalence * 100, lang, 1)} % av beslutsparen enhet–kod."
        if not math.isnan(prevalence)
        else ""
    )
    decisions = getattr(o, "decisions", 0)
    per_rater = f" ({decisions} beslut enhet–kod per bedömare)" if decisions else ""
    per_code = [r for r in report.rows if r.scope == "code"]
    return (
        f"Interbedömarreliabiliteten bedömdes på {report.units} meningsenheter i "
        f"{report.documents} dokument, kodade {who} med {len(report.codes)} koder"
        f"{per_rater}. En bedömare räknades ha tillämpat en kod på en enhet när bedömarens "
        "segment med den koden täckte minst hälften av enhetens tecken utom blanksteg. "
        "Sammantaget över koderna var Krippendorffs alfa (nominal) "
        f"{number(o.alpha, lang)}{interval}, Fleiss kappa {number(o.fleiss, lang)}, Gwets "
        f"AC1 {number(o.ac1, lang)} och andelen överensstämmelse "
        f"{number(o.percent * 100, lang, 1)} %.{applied}"
        f"{_range('alpha', [(r.code, r.alpha) for r in per_code])}"
        f"{_range('unitizing', [(r.code, r.unitizing_alpha) for r in per_code])}"
    )


def _range(kind: str, values: list[tuple[str | None, float]]) -> str:
    """The per-code range of a coefficient, naming the codes where it is undefined."""
    defined = [v for _, v in values if not math.isnan(v)]
    undefined = [str(code) for code, v in values if math.isnan(v)]
    name = (
        "Per kod var alfa"
        if kind == "alpha"
        else (
            "Krippendorffs segmenteringsalfa (u-alfa; Krippendorff 1995, 2004) på "
            "bedömarnas teckenintervall var"
        )
    )
    if not defined:
        return f" {name} odefinierat för alla koder." if values else ""
    if len(defined) == 1:
        text = f" {name} {number(defined[0], 'sv')}"
    else:
        text = f" {name} mellan {number(min(defined), 'sv')} och {number(max(defined), 'sv')}"
    if undefined:
        text += f" (odefinierat, i brist på variation, för {', '.join(undefined)})"
    return text + "."
