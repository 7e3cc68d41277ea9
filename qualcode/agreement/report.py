"""The agreement report: its rows, what each row shows, and the methods paragraph.

Rows hold every coefficient of one scope (a code, a coder pair on a code, a document with
its codes pooled, or all codes pooled). NaN means undefined (no variation), and is shown as
"undefined" or JSON null; a coefficient that does not apply to a scope is left out of the
row's dictionary instead, so null never stands for "not computed".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from typing import Any

CONSENSUS = "consensus"
# against the consensus: one row per coder, that coder against the consensus with every
# code pooled (after reconciliation); the other rows are the coders among themselves
AFTER = "coder_vs_consensus"
# among three coders or more: one row per coder with the others, every code pooled
CODER = "coder"


@dataclass(frozen=True, slots=True)
class AgreementRow:
    scope: str  # code | pair | document | overall | coder | coder_vs_consensus
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
    # a coder row: alpha of the other coders without her (codes pooled), beside her mean
    # percent and Cohen's kappa with each of them; which of five coders reads differently
    alpha_without: float = math.nan

    def as_dict(self) -> dict[str, Any]:
        """The row's own coefficients; ``None`` means undefined, never "not computed".

        Coefficients that do not apply to the row's scope (Cohen's kappa for three coders,
        an interval that was not bootstrapped) are left out rather than set to ``None``.
        """
        shown = _FIELDS[self.scope] - (set() if self.resamples else {"alpha_low", "alpha_high"})
        row: dict[str, Any] = {}
        for name in _ORDER:  # plain values, no deep copy: a report has a row per document
            if name in shown:
                value = getattr(self, name)
                if name == "coders":
                    value = list(value)
                row[name] = None if isinstance(value, float) and math.isnan(value) else value
        return row


_ORDER = tuple(f.name for f in fields(AgreementRow))
_COMMON = {"scope", "coders", "units", "decisions", "percent", "alpha", "ac1", "brennan_prediger"}
_FIELDS = {
    "code": _COMMON | {"code", "fleiss", "alpha_low", "alpha_high", "unitizing_alpha"},
    "pair": _COMMON | {"code", "cohen", "scott"},
    "document": _COMMON | {"document", "fleiss"},
    "overall": _COMMON | {"fleiss", "alpha_low", "alpha_high"},
    CODER: {"scope", "coders", "units", "decisions", "percent", "cohen", "alpha_without"},
    AFTER: _COMMON | {"cohen", "scott"},
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
    provenance: Any = None  # agreement.methods.Provenance: how the rated codings were made
    scope: str = ""  # who and what counted: "3 coders (...), 12 of 15 documents (...)"
    total_documents: int = 0  # documents in the project, of which ``documents`` counted
    # the coder who narrows the default scope most: (name, finished, documents without her)
    narrowed_by: tuple[str, int, int] | None = None
    # no document counted: the teams that finished some together, and how many each counts
    together: tuple[tuple[tuple[str, ...], int], ...] = ()
    open_cases: int = 0  # against the consensus: disagreement cases still undecided there
    # each code's name per language ({lang: {key: name}}): a paper names codes, not keys
    code_names: dict[str, dict[str, str]] = field(default_factory=dict)
    # codes no rater applied in the counted documents: their rows stand, undefined, but
    # the pooled figures (document and overall rows) leave them out
    unapplied: list[str] = field(default_factory=list)
    # chosen documents a counted coder never started ({coder: [document names]}): her
    # ratings there are missing, so the methods paragraph names them
    missing: dict[str, list[str]] = field(default_factory=dict)
    # chosen documents a coder of the default team began but did not finish: missing too
    unfinished: dict[str, list[str]] = field(default_factory=dict)
    # unit-code decisions each coder made ({coder: n}, pooled codes): the same for all
    # unless one is missing somewhere, when the methods paragraph says each one's
    decisions: dict[str, int] = field(default_factory=dict)
    # how the disagreements in the counted documents were settled, per language ({lang:
    # paragraph}; none decided: empty): the summary's reconciliation paragraph
    reconciled: dict[str, str] = field(default_factory=dict)

    def overall(self) -> AgreementRow:
        return next(r for r in self.rows if r.scope == "overall")

    def against_consensus(self) -> list[AgreementRow]:
        """Each coder against the consensus, codes pooled (empty unless the report was
        made against the consensus)."""
        return [r for r in self.rows if r.scope == AFTER]

    def frame(self) -> Any:
        """Every row as a pandas DataFrame, one column per coefficient (NaN where undefined
        or not applying to the row's scope): the agreement table for a notebook, beside
        ``Project.frames()``. ``coders`` holds each row's raters as a tuple of names, as the
        row has them, so a methods person filters by coder without splitting a joined
        string ("karin, karin2" is not karin's): ``table[table["coders"].map(lambda c:
        "karin" in c)]``, or ``table.explode("coders")`` for one row per coder. The CLI's
        table, json and csv print the names joined, as before."""
        import pandas as pd

        rows = [{name: getattr(row, name) for name in _ORDER} for row in self.rows]
        return pd.DataFrame(rows, columns=list(_ORDER))

    def methods_paragraph(self, lang: str = "en") -> str:
        """A paragraph a methods section can use, with every figure it rests on, in
        ``lang`` (the one builder: ``qualcode.agreement.methods``)."""
        from qualcode.agreement.methods import methods_paragraph

        return methods_paragraph(self, lang, self.provenance)

    def methods_page(self, lang: str = "en") -> str:
        """The methods paragraph, then how the disagreements were settled where a lead
        decided any (who, how many cases and how, what is still open, where each rationale
        is kept), as the summary's methods and reconciliation sections say it: what a
        reviewer asks of an agreement figure, beside it."""
        settled = self.reconciled.get(lang, "")
        return self.methods_paragraph(lang) + (f"\n\n{settled}" if settled else "")
