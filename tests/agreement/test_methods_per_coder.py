"""The methods paragraph names each coder's standing when three or more coded (mean Cohen's
kappa with the others, alpha among the others without her), as the agreement tab and
`qualcode agree` do: a paper on a team of five cited them from the terminal (eyes12)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project


def _figure(value: float, lang: str) -> str:
    text = f"{value:.3f}"
    text = "0.000" if float(text) == 0 else text
    return text.replace(".", ",") if lang == "sv" else text


def test_three_coders_each_have_their_figures_in_the_paragraph(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        report = project.agreement(bootstrap=0)
        pair = project.agreement(coders=["karin", "johan"], bootstrap=0)
    rows = [r for r in report.rows if r.scope == "coder"]
    assert len(rows) == 3
    for lang, name, without in (
        ("en", "For each coder", "alpha without"),
        ("sv", "För varje kodare", "alfa utan"),
    ):
        text = report.methods_paragraph(lang)
        assert name in text
        for r in rows:
            cohen, alpha = _figure(r.cohen, lang), _figure(r.alpha_without, lang)
            assert f"{r.coders[0]} kappa {cohen}, {without} {alpha}" in text
        assert name not in pair.methods_paragraph(lang)  # two coders: the pooled figures say it
