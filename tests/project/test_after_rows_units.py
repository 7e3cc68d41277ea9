"""`agree --before-after`: each coder against the consensus counts sentence units, as every
other row does. A lead of five read "units 610" in the after table over a paragraph that
said "122 sentence units in 1 document": the after rows pool the codes and counted each
unit once per code (122 units x 5 codes), where the overall row, pooled alike, said 122
(team39)."""

from __future__ import annotations

from qualcode import Project


def test_the_after_rows_count_the_sentence_units_the_overall_row_counts(trio: Project) -> None:
    case = trio.cases()[0].case
    trio.decide(case.id, "accept:karin", "karin's sentence", "lena")
    report = trio.agreement(layer="consensus")
    overall = report.overall()
    after = report.against_consensus()
    assert after and overall.units > 0
    assert {row.units for row in after} == {overall.units}
    # the paragraph's count of sentence units is the same figure
    assert f"{overall.units} sentence units" in report.methods_page("en")
