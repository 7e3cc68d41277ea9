"""A summary's "Teman per kommun" reads the same way in every page format (eyes37b).

The Word file set the themes down the side (where that fits a portrait page) and the
.html and .md of the same summary kept them as columns: a co-author comparing the two
read one table turned round. Every page format now sets it as the .docx does."""

from __future__ import annotations

import html
import re
from pathlib import Path

import docx
import pytest

from qualcode import Project
from tests.export.test_docx_shares_layout import _table_after


def _html_table_after(page: str, heading: str) -> list[list[str]]:
    """The rows (header first) of the table after the <h2> ``heading``."""
    after = page[page.index(f"<h2>{heading}</h2>") :]
    table = after[: after.index("</table>")]
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
    return [
        [
            html.unescape(re.sub(r"<[^>]+>", "", c))
            for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r, re.S)
        ]
        for r in rows
    ]


def _md_table_after(text: str, heading: str) -> list[list[str]]:
    after = text[text.index(f"## {heading}") :].splitlines()
    rows = [line for line in after if line.startswith("|")]
    first = after.index(rows[0])
    table = []
    for line in after[first:]:
        if not line.startswith("|"):
            break
        if not set(line) <= set("|-: "):
            table.append([c.strip().replace("\\", "") for c in line.strip("|").split("|")])
    return table


@pytest.mark.parametrize(
    ("lang", "heading"), [("sv", "Teman per kommun"), ("en", "Themes by role")]
)
def test_html_and_md_turn_the_table_as_the_docx_does(
    demo: Path, tmp_path: Path, lang: str, heading: str
) -> None:
    with Project.open(demo) as project:
        word = project.export_summary(tmp_path / "s.docx", layer="coder", lang=lang)
        page = project.export_summary(tmp_path / "s.html", layer="coder", lang=lang)
        text = project.export_summary(tmp_path / "s.md", layer="coder", lang=lang)
    _, table = _table_after(docx.Document(str(word)), heading)
    in_word = [c.text for c in table.rows[0].cells]
    in_html = _html_table_after(page.read_text(encoding="utf-8"), heading)
    assert in_html[0] == in_word
    assert [r[0] for r in in_html[1:]] == [r.cells[0].text for r in table.rows[1:]]
    in_md = _md_table_after(text.read_text(encoding="utf-8"), heading)
    assert in_md[0] == in_word
