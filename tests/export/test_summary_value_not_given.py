"""A document without a municipality or role (a policy document imported with no
attributes) is counted in the theme summary under words a co-author reads. Every table and
chart of the summary named it "?": the material table's "municipality | ? | 0 | 0 | 2", and
a "?" row under each theme's counts by municipality (eyes20)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project

pytestmark = pytest.mark.slow  # renders whole summaries with their charts

POLICY = (
    "Nämnden ska under året se över hur ärendena fördelas i gruppen. "
    "Förvaltningen redovisar kostnaderna för externa placeringar varje kvartal."
)


@pytest.mark.parametrize(("lang", "words"), [("en", "not given"), ("sv", "ej angivet")])
def test_a_missing_attribute_is_named_in_the_summarys_language(
    demo: Path, tmp_path: Path, lang: str, words: str
) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        project.import_text("plan.txt", POLICY, lang="sv")  # no municipality, no role
        target = tmp_path / f"summary-{lang}.md"
        project.export_summary(target, layer="coder", lang=lang, viewer="lena")
    text = target.read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("|")]
    assert not [r for r in rows if "| ? |" in r], "a value printed as '?'"
    assert any(f"| {words} |" in r for r in rows)  # in the material table and by theme
