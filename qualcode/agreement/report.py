"""The agreement report: its rows, what each row shows, and the methods paragraph.

Rows hold every coefficient of one scope (a code, a coder pair on a code, a document with
its codes pooled, or all codes pooled). NaN means undefined (no variation), and is shown as
"undefined" or JSON null; a coefficient that does not apply to a scope is left out of the
row's dictionary instead, so null never stands for "not computed".
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

CONSENSUS = "consensus"


@dataclass(frozen=True, slots=True)
class AgreementRow:
    scope: str  # code | pair | document | overall
    code: str | None
    document: str | None
    coders: tuple[str, ...]
    units: int
    percent: float
    fleiss: float = math.nan
    alpha: float = math.nan
    alpha_low: float = math.nan
    alpha_high: float = math.nan
    ac1: float = math.nan
    brennan_prediger: float = math.nan
    cohen: float = math.nan
    scott: float = math.nan
    unitizing_alpha: float = math.nan
    decisions: int = 0  # rated items: units, or units x codes where codes are pooled
    resamples: int = 0  # bootstrap resamples behind alpha_low/alpha_high; 0 = no interval

    def as_dict(self) -> dict[str, Any]:
        """The row's own coefficients; ``None`` means undefined, never "not computed".

        Coefficients that do not apply to the row's scope (Cohen's kappa for three coders,
        an interval that was not bootstrapped) are left out rather than set to ``None``.
        """
        row = asdict(self)
        row["coders"] = list(self.coders)
        shown = _FIELDS[self.scope] - (set() if self.resamples else {"alpha_low", "alpha_high"})
        return {
            k: (None if isinstance(v, float) and math.isnan(v) else v)
            for k, v in row.items()
            if k in shown
        }


_COMMON = {"scope", "coders", "units", "decisions", "percent", "alpha", "ac1", "brennan_prediger"}
_FIELDS = {
    "code": _COMMON | {"code", "fleiss", "alpha_low", "alpha_high", "unitizing_alpha"},
    "pair": _COMMON | {"code", "cohen", "scott"},
    "document": _COMMON | {"document", "fleiss"},
    "overall": _COMMON | {"fleiss", "alpha_low", "alpha_high"},
}


@dataclass(slots=True)
class AgreementReport:
    coders: list[str]
    codes: list[str]
    documents: int
    units: int
    bootstrap: int
    rows: list[AgreementRow] = field(default_factory=list)
    prevalence: float = math.nan  # share of unit-code decisions where a rater applied the code

    def overall(self) -> AgreementRow:
        return next(r for r in self.rows if r.scope == "overall")

    def methods_paragraph(self) -> str:
        """A paragraph a methods section can use, with every figure it rests on.

        It names the unit of analysis and the coverage rule, the pooled coefficients with
        the bootstrap interval (percentile, resampling sentence units with all their code
        decisions), how often codes were applied (low prevalence is why percent agreement
        and AC1 run far above alpha and kappa), the per-code range of alpha with any code
        where alpha is undefined named, and the per-code range of unitizing alpha.
        """
        o = self.overall()
        per_code = [r for r in self.rows if r.scope == "code"]
        raters = [c for c in self.coders if c != CONSENSUS]
        who = (
            f"by {len(raters)} coders ({', '.join(raters)}), their consensus coding counting "
            "as one more rater (the pair rows give each coder against the consensus),"
            if CONSENSUS in self.coders
            else f"independently by {len(raters)} coders ({', '.join(raters)})"
        )
        if not self.units:
            return (
                "Intercoder agreement is undefined: no document had been worked on by every "
                f"rater ({', '.join(self.coders)})."
            )
        interval = (
            f" (95% percentile bootstrap CI {_fmt(o.alpha_low)} to {_fmt(o.alpha_high)}; "
            f"{self.bootstrap} resamples of sentence units, each with all its codes)"
            if self.bootstrap
            else ""
        )
        prevalence = (
            f" Codes were applied in {_percent(self.prevalence)} of the unit-code decisions."
            if not math.isnan(self.prevalence)
            else ""
        )
        return (
            f"Intercoder agreement was assessed on {self.units} sentence units in "
            f"{self.documents} documents, coded {who} with {len(self.codes)} codes "
            f"({o.decisions} unit-code decisions per rater). A rater was counted as having "
            "applied a code to a unit when their segments of that code covered at least half "
            "of the unit's non-space characters. Pooled over codes, Krippendorff's alpha "
            f"(nominal) was {_fmt(o.alpha)}{interval}, Fleiss' kappa {_fmt(o.fleiss)}, "
            f"Gwet's AC1 {_fmt(o.ac1)} and percent agreement {_percent(o.percent)}."
            f"{prevalence}{_range('alpha', [(r.code, r.alpha) for r in per_code])}"
            f"{_range('unitizing', [(r.code, r.unitizing_alpha) for r in per_code])}"
        )


def _percent(share: float) -> str:
    return "undefined" if math.isnan(share) else f"{share * 100:.1f}%"


def _range(kind: str, values: list[tuple[str | None, float]]) -> str:
    """One sentence on the per-code range of a coefficient, naming codes where undefined."""
    defined = [v for _, v in values if not math.isnan(v)]
    undefined = [str(code) for code, v in values if math.isnan(v)]
    if kind == "alpha":
        name = "Per code, alpha"
    else:
        name = (
            "Krippendorff's unitizing alpha (u-alpha; Krippendorff 1995, 2004) on the "
            "raters' character spans"
        )
    if not defined:
        return f" {name} was undefined for every code." if values else ""
    if len(defined) == 1:
        text = f" {name} was {_fmt(defined[0])}"
    else:
        text = f" {name} ranged from {_fmt(min(defined))} to {_fmt(max(defined))}"
    if undefined:
        text += f" (undefined, for lack of variation, for {', '.join(undefined)})"
    return text + "."


def _fmt(value: float, digits: int = 2) -> str:
    return "undefined" if math.isnan(value) else f"{value:.{digits}f}"
