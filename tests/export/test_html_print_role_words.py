"""The HTML summary printed from the browser keeps a role's words whole in the first column
of "Themes by role" (render45). The English demo's table printed "head of administratio"
/ "n (n=2)" and "union representativ" / "e": the column was set for "IP3" and short roles,
and a word longer than it broke wherever the column ended."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.export.browser_kit import needs_print, printed_text

# slow: prints an html summary in headless Chromium
pytestmark = pytest.mark.slow

THEMES = {
    "dialogue": "From mission monologue to mission dialogue",
    "systems": "From individual to systems perspective",
    "integration": "From separating to integrating work environment and service quality",
    "economy": "From short-term to long-term economic governance",
}
ROLES = (  # more roles than themes: the roles go down the table's side, as in the demo
    "head of administration",
    "union representative",
    "politician",
    "unit manager",
    "social worker",
    "head of department",
)
SAID = "The committee meets the social workers every month to talk about the mission."


def _page(folder: Path) -> Path:
    with Project.create(folder / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        for key, name in THEMES.items():
            project.add_code(key, {"en": name})
        for n, role in enumerate(ROLES):
            text = f"I: How do you talk about the mission, in interview {n + 1}?\nR: {SAID}\n"
            doc = project.import_text(f"interview_{n}.txt", text, lang="en")
            project.set_attributes(doc.id, {"role": role, "municipality": "Aby"})
            start = text.index(SAID)
            for key in THEMES:
                project.add_coding(doc.id, start, start + len(SAID), key, "lena")
        return project.export_summary(folder / "s.html", layer="coder", lang="en")


def test_the_role_column_names_its_widest_word(tmp_path: Path) -> None:
    """The first header holds a printed width for "administration", wider than the
    8.5em the print style gives a first column of short names."""
    page = _page(tmp_path).read_text("utf-8")
    table = page.split("Themes by role", 1)[1].split("</table>", 1)[0]
    assert "<th scope='col' style='--first:" in table, table[:600]


@needs_print
def test_a_printed_role_table_breaks_no_role_word(tmp_path: Path) -> None:
    printed = printed_text(_page(tmp_path))
    table = printed.split("Themes by role", 1)[1].split("Definition", 1)[0]
    for word in ("administration", "representative"):
        assert word in table.split(), table  # was 'administratio' / 'n'
