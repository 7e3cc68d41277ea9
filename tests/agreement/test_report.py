"""The report's rows and methods paragraph, and the unit-level bootstrap of pooled alpha."""

from __future__ import annotations

import json
import math

import numpy as np

from qualcode.agreement.bootstrap import binary_alpha, bootstrap_alpha_by_unit
from qualcode.agreement.report import AgreementReport, AgreementRow

NAN = math.nan


def report(coders: list[str], **overall: float) -> AgreementReport:
    out = AgreementReport(coders, ["a", "b"], documents=3, units=120, bootstrap=500)
    out.prevalence = 0.05
    out.rows = [
        AgreementRow("code", "a", None, tuple(coders), 120, 0.9, alpha=0.71, decisions=120),
        AgreementRow("code", "b", None, tuple(coders), 120, 1.0, alpha=NAN, decisions=120),
        AgreementRow(
            "overall",
            None,
            None,
            tuple(coders),
            120,
            **{"percent": 0.95, "alpha": 0.7, "alpha_low": 0.6, "alpha_high": 0.8, **overall},
            resamples=500,
            decisions=240,
        ),
    ]
    return out


def test_methods_paragraph_states_what_it_rests_on() -> None:
    text = report(["johan", "karin"]).methods_paragraph()
    assert "120 sentence units in 3 documents" in text
    assert "independently by 2 coders (johan, karin) with 2 codes" in text
    assert "(240 unit-code decisions per rater)" in text
    assert "95% percentile bootstrap CI 0.600 to 0.800; 500 resamples of sentence units" in text
    assert "percent agreement 95.0%" in text and "in 5.0% of the unit-code decisions" in text
    # the code without variation is named, not silently dropped from the range
    assert "For each code, alpha was 0.710 (undefined, for lack of variation, for b)" in text
    assert "unitizing alpha" in text and "was undefined for every code" in text


def test_methods_paragraph_with_the_consensus_and_undefined_values() -> None:
    text = report(["johan", "karin", "consensus"], percent=NAN, alpha=NAN).methods_paragraph()
    assert "by 2 coders (johan, karin) before reconciliation" in text
    assert "the consensus is not counted as a coder" in text
    assert "independently" not in text
    assert "alpha (nominal) was undefined" in text and "percent agreement undefined." in text
    empty = AgreementReport(["johan", "karin"], ["a"], documents=0, units=0, bootstrap=0)
    empty.rows = [AgreementRow("overall", None, None, ("johan", "karin"), 0, NAN)]
    assert "undefined: no document had been worked on by every rater" in (empty.methods_paragraph())


def test_rows_show_their_own_coefficients_and_null_only_for_undefined() -> None:
    rows = report(["johan", "karin"]).rows
    code, undefined, overall = (row.as_dict() for row in rows)
    assert "cohen" not in code and "document" not in code and "unitizing_alpha" in code
    assert "alpha_low" not in code  # no interval computed for this row
    assert undefined["alpha"] is None
    assert overall["alpha_low"] == 0.6 and overall["decisions"] == 240
    pair = AgreementRow("pair", "a", None, ("j", "k"), 10, 0.9, cohen=NAN, decisions=10)
    assert pair.as_dict()["cohen"] is None and "fleiss" not in pair.as_dict()
    json.dumps([r.as_dict() for r in rows], allow_nan=False)


def test_unit_bootstrap_matches_resampling_units_with_all_their_codes() -> None:
    rng = np.random.default_rng(4)
    n = 300
    hard = rng.random(n) < 0.3  # hard units: every code is coded less reliably there
    matrices = []
    for _ in range(3):
        truth = rng.random(n) < 0.3
        flip = np.where(hard, 0.3, 0.03)
        matrices.append(
            np.stack([truth ^ (rng.random(n) < flip) for _ in range(2)], axis=1).astype(int)
        )
    pooled = np.concatenate(matrices)
    naive = []
    for _ in range(2000):
        take = rng.integers(0, n, n)
        naive.append(binary_alpha(np.concatenate([m[take] for m in matrices])))
    low, high = np.percentile(naive, [2.5, 97.5])
    ours = bootstrap_alpha_by_unit(matrices, 2000, seed=2)
    assert abs(ours[0] - low) < 0.02 and abs(ours[1] - high) < 0.02
    assert ours[0] < binary_alpha(pooled) < ours[1]
    assert bootstrap_alpha_by_unit(matrices, 2000, seed=2) == ours


def test_methods_paragraph_names_codes_in_its_language_never_by_key() -> None:
    low = report(["johan", "karin"], alpha=0.5)
    low.rows[0] = AgreementRow("code", "a", None, ("johan", "karin"), 120, 0.9, alpha=0.4)
    low.code_names = {"en": {"a": "Workload", "b": "Trust"}, "sv": {"a": "Arbetsbörda"}}
    english, swedish = low.methods_paragraph("en"), low.methods_paragraph("sv")
    assert "Codes below 0.667: Workload." in english
    assert "(undefined, for lack of variation, for Trust)" in english
    assert "Koder under 0,667: Arbetsbörda." in swedish
    assert "för b)" in swedish  # no name in Swedish, none given: the key, as before


def test_methods_paragraph_says_all_when_every_rated_coding_came_one_way() -> None:
    from qualcode.agreement.methods import Provenance

    imported = report(["johan", "karin"])
    imported.provenance = Provenance({"import": 242}, 8, 15)
    text = imported.methods_paragraph()
    assert text.startswith("All 242 of the coders' codings rated were imported from earlier")
    assert "Of the coders'" not in text
    assert imported.methods_paragraph("sv").startswith("Samtliga 242 bedömda kodningar av kodarna")
    mixed = report(["johan", "karin"])
    mixed.provenance = Provenance({"manual": 200, "import": 42}, 8, 15)
    assert mixed.methods_paragraph().startswith(
        "Of the coders' 242 codings rated, 200 were made by hand and 42 were imported"
    )


def test_frame_is_every_row_with_every_coefficient() -> None:
    table = report(["johan", "karin"]).frame()
    assert list(table["scope"]) == ["code", "code", "overall"]
    assert list(table["coders"]) == [("johan", "karin")] * 3
    assert table.loc[2, "alpha_low"] == 0.6 and math.isnan(table.loc[1, "alpha"])
    assert table["units"].dtype.kind == "i"


def test_against_an_unfinished_consensus_the_paragraph_says_so_in_both_languages() -> None:
    unfinished = report(["johan", "karin", "consensus"])
    unfinished.open_cases = 12
    assert "The consensus was not finished: 12 disagreement cases" in (
        unfinished.methods_paragraph()
    )
    assert "Konsensus var inte färdig: 12 fall" in unfinished.methods_paragraph("sv")
    unfinished.open_cases = 0
    assert "not finished" not in unfinished.methods_paragraph()
