"""The agreement report's rows from units x raters 0/1 matrices: every coefficient of one
scope (a code, a document, all codes pooled), a coder pair's, each coder's with the others,
alpha's bootstrap interval and unitizing alpha. Pure functions over numpy arrays; which
units, codes and raters count is the service's (``project/agreement.py``)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from qualcode.agreement.report import CODER, AgreementRow

if TYPE_CHECKING:  # numpy loads with the first computation, not with the CLI
    import numpy as np


def applied(code_keys: list[str], by_code: dict[str, np.ndarray]) -> list[str]:
    """The codes the pooled figures count: those some rater applied to some counted unit.
    A code nobody applied in the counted documents (one just added, one for another part
    of the study) is a column of agreed absences on every unit, as a theme was: six of
    them raised the demo's pooled alpha from 0.614 to 0.625 and its percent agreement from
    96.7 to 98.7 (red team 8). Its own row stays, undefined; when no code was applied at
    all, every code is counted, as there is nothing to pool either way."""
    applied = [k for k in code_keys if _any(by_code[k])]
    return applied or list(code_keys)


def _any(matrix: np.ndarray) -> bool:
    """Did a rater apply the code to a unit? NaN (a rating missing) is no application."""
    import numpy as np

    return bool(np.nansum(matrix) > 0) if matrix.dtype.kind == "f" else bool(matrix.any())


def complete(matrix: np.ndarray) -> np.ndarray:
    """A 0/1 matrix with no rating missing as integers, for the closed forms (the same
    values); one with a missing rating (NaN) as it is, for the general functions."""
    import numpy as np

    if matrix.dtype.kind == "f" and not np.isnan(matrix).any():
        return matrix.astype(np.int8)
    return matrix


def stack(matrices: list[np.ndarray], width: int) -> np.ndarray:
    import numpy as np

    return np.concatenate(matrices) if matrices else np.zeros((0, width), dtype=np.int8)


def row_of(
    scope: str,
    code: str | None,
    document: str | None,
    raters: list[str],
    matrix: np.ndarray,
    units: int,
) -> AgreementRow:
    """Every multi-rater coefficient of one units (x codes) by raters 0/1 matrix."""
    from qualcode.agreement import binary, metrics

    ratings = complete(matrix)
    if not len(ratings):
        return AgreementRow(scope, code, document, tuple(raters), units, math.nan)
    if ratings.dtype.kind in "biu":  # complete 0/1 coverage: closed forms, same values
        values = binary.binary_coefficients(ratings)
    else:
        values = {
            "percent": metrics.percent_agreement(ratings),
            "fleiss": metrics.fleiss_kappa_missing(ratings),
            "alpha": metrics.krippendorff_alpha(ratings, level="nominal"),
            "ac1": metrics.gwet_ac1(ratings, categories=[0, 1]),
            "brennan_prediger": metrics.brennan_prediger(ratings, categories=[0, 1]),
        }
    return AgreementRow(
        scope,
        code,
        document,
        tuple(raters),
        units,
        percent=values["percent"],
        fleiss=values["fleiss"],
        alpha=values["alpha"],
        ac1=values["ac1"],
        brennan_prediger=values["brennan_prediger"],
        decisions=len(ratings),
    )


def coder_rows(coders: list[str], by_code: list[np.ndarray], units: int) -> list[AgreementRow]:
    """Each coder with the others, codes pooled: her mean percent and Cohen's kappa with
    each of them, and alpha among them without her. With five coders the pair table has
    ten rows a code; the lead asked which coder reads the codes differently, and a coder
    whose absence raises alpha most is the one to talk to first (eyes9). Each figure is
    the one the smaller team's own report gives (codes none of its raters applied left
    out of the pool, as ``applied`` does). Two coders have nothing to add to their pair
    row, so only three or more get these rows."""
    if len(coders) < 3:
        return []

    def pooled(columns: list[int]) -> np.ndarray:
        chosen = [m[:, columns] for m in by_code]
        return stack([m for m in chosen if _any(m)] or chosen, len(columns))

    rows = []
    for j, name in enumerate(coders):
        others = [k for k in range(len(coders)) if k != j]
        pairs = [pair_row(None, name, coders[k], pooled([j, k])) for k in others]
        rest = row_of(CODER, None, None, [coders[k] for k in others], pooled(others), units)
        rows.append(
            AgreementRow(
                CODER,
                None,
                None,
                (name,),
                units,
                percent=_mean([p.percent for p in pairs]),
                cohen=_mean([p.cohen for p in pairs]),
                alpha_without=rest.alpha,
                decisions=rest.decisions,
            )
        )
    return rows


def _mean(values: list[float]) -> float:
    """The mean of the defined values (a pair without variation has no kappa)."""
    defined = [v for v in values if not math.isnan(v)]
    return sum(defined) / len(defined) if defined else math.nan


def interval(matrices: list[np.ndarray], resamples: int, seed: int) -> dict[str, Any]:
    """Bootstrap interval of alpha over units (each with all its codes), as row fields."""
    from qualcode.agreement.bootstrap import bootstrap_alpha_by_unit

    if not resamples or not matrices or not len(matrices[0]):
        return {}
    low, high = bootstrap_alpha_by_unit(matrices, resamples, seed)
    return {"alpha_low": low, "alpha_high": high, "resamples": resamples}


def pair_row(code: str | None, a: str, b: str, matrix: np.ndarray) -> AgreementRow:
    from qualcode.agreement import binary, metrics

    if matrix.dtype.kind == "f":  # a coder who did not code a document: her units left out
        import numpy as np

        matrix = matrix[~np.isnan(matrix).any(axis=1)].astype(np.int8)
    first, second = matrix[:, 0], matrix[:, 1]
    if not len(first):
        return AgreementRow("pair", code, None, (a, b), 0, math.nan)
    if matrix.dtype.kind in "biu":  # complete 0/1 coverage: closed forms, same values
        closed = binary.binary_coefficients(matrix)
        percent, alpha = closed["percent"], closed["alpha"]
        ac1, bp = closed["ac1"], closed["brennan_prediger"]
    else:
        percent = metrics.percent_agreement(matrix)
        alpha = metrics.krippendorff_alpha(matrix, level="nominal")
        ac1 = metrics.gwet_ac1(matrix, categories=[0, 1])
        bp = metrics.brennan_prediger(matrix, categories=[0, 1])
    if matrix.dtype.kind in "biu" and ((matrix == 0) | (matrix == 1)).all():
        cohen, scott = binary.binary_pair(matrix)
    else:
        cohen, scott = metrics.cohen_kappa(first, second), metrics.scotts_pi(first, second)
    return AgreementRow(
        "pair",
        code,
        None,
        (a, b),
        len(first),
        percent=percent,
        alpha=alpha,
        decisions=len(first),
        cohen=cohen,
        scott=scott,
        ac1=ac1,
        brennan_prediger=bp,
    )


def u_alpha(
    spans_by_rater: Mapping[str, Sequence[tuple[int, int]] | np.ndarray], length: int
) -> float:
    from qualcode.agreement import metrics

    if length == 0:
        return math.nan
    return metrics.unitizing_alpha(spans_by_rater, length)
