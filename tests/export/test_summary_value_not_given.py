"""A document without a municipality or role (a policy document imported with no
attributes) is counted in the theme summary under words a co-author reads. Every table and
chart of the summary named it "?": the material table's "municipality | ? | 0 | 0 | 2", and
a "?" row under each theme's counts by municipality (eyes20)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
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


def test_an_attribute_no_document_has_is_left_out(demo: Path, tmp_path: Path) -> None:
    """A set of policies, none with a municipality: the summary printed "Municipality | not
    given" in the material, a by-municipality table of one "not given" row under every theme
    and ", not given" after every quote (eyes22). The attribute is left out of all of them;
    the role the policies do have stays."""
    with Project.open(demo) as project:
        project.act_as("lena")
        code = project.store.codes.list()[0].key
        ids = []
        for name, year in (("plan.txt", "2025"), ("policy.txt", "2026")):
            text = f"{POLICY} Planen gäller {year}."
            doc = project.import_text(name, text, lang="sv", attributes={"role": "policy"})
            project.add_coding(doc.id, 0, POLICY.index("."), code, "lena")
            ids.append(doc.id)
        project.make_document_set("policies", "lena", ids)
        target = tmp_path / "summary.md"
        project.export_summary(target, layer="coder", lang="en", viewer="lena", doc_set="policies")
        sheets = tmp_path / "summary.xlsx"
        project.export_summary(sheets, layer="coder", lang="en", viewer="lena", doc_set="policies")
    text = target.read_text(encoding="utf-8")
    assert "not given" not in text and "unicipalit" not in text
    assert "| role | policy |" in text and "### Counts by role" in text
    assert "— plan, policy (in Swedish" in text  # the document and its role, no more
    book = openpyxl.load_workbook(sheets, read_only=True)
    cells = {
        str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row
    }
    assert "not given" not in cells and not any("unicipalit" in c for c in cells)
