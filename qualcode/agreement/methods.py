"""The ONE methods paragraph: one builder, one template per language (the ``methods``
table of each file in ``qualcode/texts/``).

Both languages state the same figures in the same order: how the codings were made
(by hand, accepted suggestions, imported, with counts), by how many coders in how many
documents, the unit and coverage rule, the pooled coefficients with the bootstrap
interval (resamples and seed), how often codes were applied, the per-code ranges of alpha
and unitizing alpha, and what Krippendorff's conventions (alpha >= 0.800 for conclusions,
>= 0.667 for tentative ones) allow of these figures. The builder never says
"independently" of codings that were imported or accepted from suggestions.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from qualcode.texts import FALLBACK, LANGUAGES, texts

CONSENSUS = "consensus"
FIRM, TENTATIVE = 0.800, 0.667  # Krippendorff (2004, p. 241)
MADE = ("manual", "search", "suggestion", "import")  # how a coder's codings were made


@dataclass(frozen=True, slots=True)
class Provenance:
    """How the rated codings came about: counts by origin, documents coded and in all
    (``chosen``: all is the documents chosen by name, ``--docs``, so the paragraph says so)."""

    # manual, suggestion, import, search
    origins: Mapping[str, int] = field(default_factory=dict)
    coded_documents: int = 0
    all_documents: int = 0
    seed: int | None = None
    chosen: bool = False


TEMPLATES: dict[str, dict[str, str]] = {
    lang: texts(lang, "methods") | texts(lang, "format") for lang in LANGUAGES
}


def methods_paragraph(report: Any, lang: str = "en", provenance: Provenance | None = None) -> str:
    """The methods paragraph for ``report`` (an ``AgreementReport``) in ``lang``."""
    t = TEMPLATES.get(lang, TEMPLATES[FALLBACK])

    def num(value: float, digits: int = 3) -> str:
        # three decimals, as the agreement table beside it and the thresholds it is held
        # to (0.667, 0.800): at two the paragraph said alpha "0.61 (CI 0.55 to 0.68)"
        # over a table of 0.614, 0.552 and 0.677, and 0.6665 would read "0.67"
        if value is None or math.isnan(value):
            return t["undefined"]
        text = f"{value:.{digits}f}"
        if float(text) == 0:  # -0.0001 is "0.000", never "-0.000" in a paper
            text = f"{0.0:.{digits}f}"
        return text.replace(".", t["decimal"])

    def share(value: float) -> str:
        return (
            t["undefined"] if math.isnan(value) else t["percent"].format(value=num(value * 100, 1))
        )

    if not report.units:
        return t["undefined_all"].format(raters=", ".join(report.coders))
    o = report.overall()
    named = getattr(report, "code_names", {}).get(lang, {})
    unapplied = [str(k) for k in getattr(report, "unapplied", [])]
    raters = [c for c in report.coders if c != CONSENSUS]
    origins = dict(provenance.origins) if provenance else {}
    # coding a text search's hits is the coder's own act, as coding by hand: independent
    only_manual = not provenance or set(k for k, n in origins.items() if n) <= {"manual", "search"}
    who_key = (
        "who_consensus"
        if CONSENSUS in report.coders
        else ("who_independent" if only_manual else "who")
    )
    seed = provenance.seed if provenance else None
    interval = (
        t["interval"].format(
            low=num(o.alpha_low),
            high=num(o.alpha_high),
            resamples=report.bootstrap,
            seed=t["seed"].format(seed=seed) if seed is not None else "",
        )
        if report.bootstrap
        else ""
    )
    if report.bootstrap and math.isnan(o.alpha_low):  # said plainly, not "undefined to
        # undefined": alpha itself undefined, or too few units to resample (too_few_units)
        interval = t["no_interval_undefined" if math.isnan(o.alpha) else "no_interval_few"]
    text = t["body"].format(
        units=_count(t, "units", report.units),
        documents=_count(t, "documents", report.documents),
        who=t[who_key].format(n=len(raters), names=", ".join(raters)),
        codes=_count(t, "codes", len(report.codes) - len(unapplied)),
        decisions=_decisions(t, getattr(o, "decisions", 0), getattr(report, "decisions", {})),
        alpha=num(o.alpha),
        interval=interval,
        fleiss=num(o.fleiss),
        ac1=num(o.ac1),
        percent=share(o.percent),
    )
    missing: dict[str, list[str]] = getattr(report, "missing", {})
    unfinished: dict[str, list[str]] = getattr(report, "unfinished", {})
    if missing or unfinished:  # a coder who did not code a chosen document is no
        # disagreement there, nor one half-way through it
        gaps = [
            t["missing_item"].format(coder=c, documents=", ".join(d)) for c, d in missing.items()
        ] + [
            t["unfinished_item"].format(coder=c, documents=", ".join(d))
            for c, d in unfinished.items()
        ]
        text += t["missing"].format(gaps="; ".join(gaps))
    per_coder = [r for r in report.rows if r.scope == "coder"]  # three coders or more
    if per_coder:  # who reads the codes differently, as the agreement tab says (eyes12's five)
        items = [
            t["per_coder_item"].format(
                coder=r.coders[0], cohen=num(r.cohen), alpha=num(r.alpha_without)
            )
            for r in per_coder
        ]
        text += t["per_coder"].format(coders="; ".join(items))
    after = [r for r in report.rows if r.scope == "coder_vs_consensus"]
    if after:
        pairs = [
            t["after_pair"].format(coder=r.coders[0], alpha=num(r.alpha), cohen=num(r.cohen))
            for r in after
        ]
        text += t["after_consensus"].format(pairs="; ".join(pairs))
    still_open: int = getattr(report, "open_cases", 0)
    if CONSENSUS in report.coders and still_open:
        text += _count(t, "consensus_open", still_open)
    prevalence = getattr(report, "prevalence", math.nan)
    if not math.isnan(prevalence):
        text += t["prevalence"].format(share=share(prevalence))
    if unapplied:  # left out of the pooled figures (project/agreement.py, _applied)
        key = "unapplied_one" if len(unapplied) == 1 else "unapplied"
        text += t[key].format(n=len(unapplied), codes=", ".join(named.get(k, k) for k in unapplied))
    per_code = [
        (named.get(str(r.code), str(r.code)), r)
        for r in report.rows
        if r.scope == "code" and str(r.code) not in unapplied
    ]
    text += _range(t, num, "alpha_name", [(name, r.alpha) for name, r in per_code])
    text += _range(t, num, "unitizing_name", [(name, r.unitizing_alpha) for name, r in per_code])
    text += _conventions(t, num, o.alpha, per_code)
    return _provenance(t, provenance) + text


def _decisions(t: Mapping[str, str], pooled: int, each: Mapping[str, int]) -> str:
    """How many unit-code decisions each rater made: one number when all made the same,
    else the range and each one's. With a coder missing on a document the paragraph said
    "(224 unit-code decisions per rater)" of a coder who made 112 (lead33)."""
    counts = sorted(set(each.values()))
    if len(counts) < 2:
        return _count(t, "decisions_each", counts[0] if counts else pooled)
    raters = ", ".join(t["decisions_rater"].format(coder=c, n=n) for c, n in each.items())
    return t["decisions_apart"].format(low=counts[0], high=counts[-1], raters=raters)


def _count(t: Mapping[str, str], key: str, n: int) -> str:
    """``t[key]`` with ``n`` put in, or its ``_one`` form for exactly one where the language
    has it: a paper cannot cite "1 documents" or "1 were made by hand"."""
    one = t.get(f"{key}_one")
    return one.format(n=n) if n == 1 and one is not None else t[key].format(n=n)


def _provenance(t: Mapping[str, str], provenance: Provenance | None) -> str:
    if not provenance:
        return ""
    parts = [
        _count(t, kind, provenance.origins[kind]) for kind in MADE if provenance.origins.get(kind)
    ]
    if not parts:
        return ""
    joined = ", ".join(parts[:-1]) + t["and"] + parts[-1] if len(parts) > 1 else parts[0]
    total = sum(provenance.origins.get(k, 0) for k in MADE)
    only = [k for k in MADE if provenance.origins.get(k)]
    if len(only) == 1:  # "all 242 were imported", not "of the 242, 242 were imported"
        text = t[f"all_{only[0]}"].format(total=total)
    else:
        text = t["made"].format(total=total, parts=joined)
    if provenance.all_documents:
        key = "material_chosen" if provenance.chosen else "material"
        if provenance.all_documents == provenance.coded_documents == 1:
            key += "_one"  # "worked on 1 of the 1 documents" read as a form filled in
        text += t[key].format(coded=provenance.coded_documents, all=provenance.all_documents)
    return text + " "


def _range(t: Mapping[str, str], num: Any, name_key: str, values: list[tuple[Any, float]]) -> str:
    """The per-code range of a coefficient, naming the codes where it is undefined."""
    defined = [v for _, v in values if not math.isnan(v)]
    undefined = [str(code) for code, v in values if math.isnan(v)]
    name = t[name_key]
    if not defined:
        return t["range_none"].format(name=name) if values else ""
    if len(defined) == 1:
        text = t["range_one"].format(name=name, value=num(defined[0]))
    else:
        text = t["range_many"].format(name=name, low=num(min(defined)), high=num(max(defined)))
    if undefined:
        text += t["range_undefined"].format(codes=", ".join(undefined))
    return text + "."


def _conventions(
    t: Mapping[str, str], num: Any, alpha: float, per_code: list[tuple[str, Any]]
) -> str:
    """What the thresholds allow, pooled and per code (each by its name), said plainly."""
    if math.isnan(alpha):
        return ""
    verdict = "firm" if alpha >= FIRM else ("tentative" if alpha >= TENTATIVE else "below")
    text = t[verdict].format(alpha=num(alpha))
    firm = [name for name, r in per_code if not math.isnan(r.alpha) and r.alpha >= FIRM]
    low = [name for name, r in per_code if not math.isnan(r.alpha) and r.alpha < TENTATIVE]
    if firm:
        text += t["codes_firm"].format(codes=", ".join(firm))
    if low:
        text += t["codes_below"].format(codes=", ".join(low))
    return text
