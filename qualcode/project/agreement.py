"""Agreement reports: every coefficient per code, coder pair, document and overall.

Units are the documents' sentence units; a coder has coded a unit with a code when their
segments of that code cover at least half of its non-space characters. Each code gives a
units x coders 0/1 matrix; "overall" pools all codes (every unit-code decision is one
rated item). Undefined values stay NaN and print as "undefined".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from itertools import combinations
from typing import Any

import numpy as np

from qualcode.errors import ValidationError
from qualcode.model import Coding
from qualcode.project.base import Service

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

    def as_dict(self) -> dict[str, Any]:
        row = asdict(self)
        row["coders"] = list(self.coders)
        return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}


@dataclass(slots=True)
class AgreementReport:
    coders: list[str]
    codes: list[str]
    documents: int
    units: int
    bootstrap: int
    rows: list[AgreementRow] = field(default_factory=list)

    def overall(self) -> AgreementRow:
        return next(r for r in self.rows if r.scope == "overall")

    def methods_paragraph(self) -> str:
        """A paragraph a methods section can use, with every figure it rests on."""
        o = self.overall()
        per_code = [r for r in self.rows if r.scope == "code"]
        defined = [r.alpha for r in per_code if not math.isnan(r.alpha)]
        span = (
            f" Per code, alpha ranged from {min(defined):.2f} to {max(defined):.2f}."
            if defined
            else ""
        )
        interval = (
            f" (95% bootstrap CI {_fmt(o.alpha_low)} to {_fmt(o.alpha_high)}, "
            f"{self.bootstrap} resamples of units)"
            if self.bootstrap
            else ""
        )
        return (
            f"Intercoder agreement was assessed on {self.units} sentence units in "
            f"{self.documents} documents coded independently by {len(self.coders)} coders "
            f"({', '.join(self.coders)}) with {len(self.codes)} codes. A coder was counted as "
            "having applied a code to a unit when their segments covered at least half of its "
            f"non-space characters. Pooled over codes, Krippendorff's alpha (nominal) was "
            f"{_fmt(o.alpha)}{interval}, Fleiss' kappa {_fmt(o.fleiss)}, Gwet's AC1 "
            f"{_fmt(o.ac1)} and percent agreement {_fmt(o.percent * 100, 1)}%.{span}"
        )


def _fmt(value: float, digits: int = 2) -> str:
    return "undefined" if math.isnan(value) else f"{value:.{digits}f}"


class AgreementMixin(Service):
    def _documents_coded_by_all(self, raters: list[str]) -> list[str]:
        """Documents every rater has worked on: coded in, or marked in progress or done.

        A document nobody has coded would count as perfect agreement on absence and inflate
        every coefficient, so by default agreement is computed only where all raters worked.
        """
        worked = _coded_pairs(self.store.codings.list())
        for coder in self.store.coders.list():
            if coder.name in raters:
                for doc_id, status in self.store.coders.statuses(coder.id).items():
                    if status != "todo":
                        worked.add((doc_id, coder.name))
        return [
            d.id
            for d in self.store.documents.summaries()
            if all((d.id, rater) in worked for rater in raters)
        ]

    def agreement(
        self,
        coders: Sequence[str] | None = None,
        codes: Sequence[str] | None = None,
        docs: Sequence[str] | None = None,
        *,
        layer: str = "coder",
        bootstrap: int = 1000,
        seed: int = 0,
    ) -> AgreementReport:
        """Agreement among coders (``layer='coder'``) or of each coder with the consensus."""
        from qualcode.agreement.units import coverage_matrix

        team = [c.name for c in self.store.coders.list() if c.role == "coder"]
        raters = list(coders) if coders else team
        for name in raters:
            self.store.coders.by_name(name)
        if layer not in ("coder", CONSENSUS):
            raise ValidationError(f"unknown layer {layer!r}; use coder or consensus")
        if layer == CONSENSUS:
            raters = [*raters, CONSENSUS]
        if len(raters) < 2:
            raise ValidationError("agreement needs at least two coders (or a coder and consensus)")
        code_keys = list(codes) if codes else [c.key for c in self.store.codes.list()]
        code_ids = [self.store.codes.id_for_key(k) for k in code_keys]
        doc_ids = (
            [self.store.documents.resolve(d) for d in docs]
            if docs
            else self._documents_coded_by_all(raters)
        )
        names = {d.id: d.name for d in self.store.documents.summaries()}
        codings = self.store.codings.list(document_ids=doc_ids, code_ids=code_ids)
        spans: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
        for c in codings:
            rater = CONSENSUS if c.layer == CONSENSUS else c.coder
            spans.setdefault((c.document_id, c.code, rater), []).append((c.start, c.end))
        texts = self.store.documents.texts(doc_ids)
        per_doc: dict[str, dict[str, np.ndarray]] = {}
        continuum: dict[str, dict[str, list[tuple[int, int]]]] = {k: {} for k in code_keys}
        offset = total_units = 0
        for doc_id in doc_ids:
            units = self.store.documents.units(doc_id)
            total_units += len(units)
            per_doc[doc_id] = {
                key: coverage_matrix(
                    texts[doc_id],
                    units,
                    {r: spans.get((doc_id, key, r), []) for r in raters},
                    raters,
                )
                for key in code_keys
            }
            for key in code_keys:
                for r in raters:
                    continuum[key].setdefault(r, []).extend(
                        (s + offset, e + offset) for s, e in spans.get((doc_id, key, r), [])
                    )
            offset += len(texts[doc_id])
        report = AgreementReport(raters, code_keys, len(doc_ids), total_units, bootstrap)
        by_code = {k: _stack([per_doc[d][k] for d in doc_ids], len(raters)) for k in code_keys}
        for key in code_keys:
            report.rows.append(
                _row(
                    "code",
                    key,
                    None,
                    raters,
                    by_code[key],
                    bootstrap,
                    seed,
                    u_alpha=_u_alpha(continuum[key], offset),
                )
            )
            for a, b in combinations(range(len(raters)), 2):
                report.rows.append(_pair_row(key, raters[a], raters[b], by_code[key][:, [a, b]]))
        for doc_id in doc_ids:
            pooled = _stack(list(per_doc[doc_id].values()), len(raters))
            report.rows.append(
                _row("document", None, names.get(doc_id, doc_id), raters, pooled, 0, seed)
            )
        pooled = _stack(list(by_code.values()), len(raters))
        report.rows.append(_row("overall", None, None, raters, pooled, bootstrap, seed))
        return report


def _coded_pairs(codings: list[Coding]) -> set[tuple[str, str]]:
    return {(c.document_id, CONSENSUS if c.layer == CONSENSUS else c.coder) for c in codings}


def _stack(matrices: list[np.ndarray], width: int) -> np.ndarray:
    return np.concatenate(matrices) if matrices else np.zeros((0, width), dtype=np.int8)


def _row(
    scope: str,
    code: str | None,
    document: str | None,
    raters: list[str],
    matrix: np.ndarray,
    bootstrap: int,
    seed: int,
    u_alpha: float = math.nan,
) -> AgreementRow:
    from qualcode.agreement import metrics
    from qualcode.agreement.bootstrap import bootstrap_alpha

    ratings = matrix
    if not len(ratings):
        return AgreementRow(scope, code, document, tuple(raters), 0, math.nan)
    low, high = bootstrap_alpha(matrix, bootstrap, seed) if bootstrap else (math.nan, math.nan)
    return AgreementRow(
        scope,
        code,
        document,
        tuple(raters),
        len(ratings),
        percent=metrics.percent_agreement(ratings),
        fleiss=metrics.fleiss_kappa(ratings),
        alpha=metrics.krippendorff_alpha(ratings, level="nominal"),
        alpha_low=low,
        alpha_high=high,
        ac1=metrics.gwet_ac1(ratings, categories=[0, 1]),
        brennan_prediger=metrics.brennan_prediger(ratings, categories=[0, 1]),
        unitizing_alpha=u_alpha,
    )


def _pair_row(code: str, a: str, b: str, matrix: np.ndarray) -> AgreementRow:
    from qualcode.agreement import metrics

    first, second = matrix[:, 0].tolist(), matrix[:, 1].tolist()
    if not first:
        return AgreementRow("pair", code, None, (a, b), 0, math.nan)
    return AgreementRow(
        "pair",
        code,
        None,
        (a, b),
        len(first),
        percent=metrics.percent_agreement(matrix),
        alpha=metrics.krippendorff_alpha(matrix, level="nominal"),
        cohen=metrics.cohen_kappa(first, second),
        scott=metrics.scotts_pi(first, second),
        ac1=metrics.gwet_ac1(matrix, categories=[0, 1]),
        brennan_prediger=metrics.brennan_prediger(matrix, categories=[0, 1]),
    )


def _u_alpha(spans_by_rater: dict[str, list[tuple[int, int]]], length: int) -> float:
    from qualcode.agreement import metrics

    if length == 0:
        return math.nan
    return metrics.unitizing_alpha(spans_by_rater, length)
